package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code y == 1 ? x : max(0, margin - x)} for targets ±1. PyTorch: {@code torch.nn.HingeEmbeddingLoss}. */
public class HingeEmbeddingLoss extends Loss {
  private final double margin;

  /** PyTorch: {@code nn.HingeEmbeddingLoss()} (margin 1). */
  public HingeEmbeddingLoss() {
    this(1.0, "mean");
  }

  /** PyTorch: {@code nn.HingeEmbeddingLoss(margin, reduction=...)}. */
  public HingeEmbeddingLoss(double margin, String reduction) {
    super(reduction);
    this.margin = margin;
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.hinge_embedding_loss(input, target, margin, reduction);
  }
}
