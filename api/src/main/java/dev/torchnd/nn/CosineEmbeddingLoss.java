package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code y == 1 ? 1 - cos(x1, x2) : max(0, cos(x1, x2) - margin)}: {@code loss.call(x1, x2, y)}. PyTorch: {@code torch.nn.CosineEmbeddingLoss}. */
public class CosineEmbeddingLoss extends Loss {
  private final double margin;

  /** PyTorch: {@code nn.CosineEmbeddingLoss()} (margin 0). */
  public CosineEmbeddingLoss() {
    this(0.0, "mean");
  }

  /** PyTorch: {@code nn.CosineEmbeddingLoss(margin, reduction=...)}. */
  public CosineEmbeddingLoss(double margin, String reduction) {
    super(reduction);
    this.margin = margin;
  }

  @Override
  public Tensor forward(Tensor... inputs) {
    return F.cosine_embedding_loss(inputs[0], inputs[1], inputs[2], margin, reduction);
  }
}
