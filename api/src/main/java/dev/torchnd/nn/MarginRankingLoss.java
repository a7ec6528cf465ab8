package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code max(0, -y·(x1 - x2) + margin)}: {@code loss.call(x1, x2, y)}. PyTorch: {@code torch.nn.MarginRankingLoss}. */
public class MarginRankingLoss extends Loss {
  private final double margin;

  /** PyTorch: {@code nn.MarginRankingLoss()} (margin 0). */
  public MarginRankingLoss() {
    this(0.0, "mean");
  }

  /** PyTorch: {@code nn.MarginRankingLoss(margin)}. */
  public MarginRankingLoss(double margin) {
    this(margin, "mean");
  }

  /** PyTorch: {@code nn.MarginRankingLoss(margin, reduction=...)}. */
  public MarginRankingLoss(double margin, String reduction) {
    super(reduction);
    this.margin = margin;
  }

  @Override
  public Tensor forward(Tensor... inputs) {
    return F.margin_ranking_loss(inputs[0], inputs[1], inputs[2], margin, reduction);
  }
}
