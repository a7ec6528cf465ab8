package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code max(d(a, p) - d(a, n) + margin, 0)}: {@code loss.call(anchor, positive, negative)}. PyTorch: {@code torch.nn.TripletMarginLoss}. */
public class TripletMarginLoss extends Loss {
  private final double margin;
  private final double p;
  private final double eps;
  private final boolean swap;

  /** PyTorch: {@code nn.TripletMarginLoss()} (margin 1, p 2). */
  public TripletMarginLoss() {
    this(1.0, 2.0, 1e-6, false, "mean");
  }

  /** PyTorch: {@code nn.TripletMarginLoss(margin)}. */
  public TripletMarginLoss(double margin) {
    this(margin, 2.0, 1e-6, false, "mean");
  }

  /** PyTorch: {@code nn.TripletMarginLoss(margin, p, eps, swap, reduction=...)}. */
  public TripletMarginLoss(double margin, double p, double eps, boolean swap, String reduction) {
    super(reduction);
    this.margin = margin;
    this.p = p;
    this.eps = eps;
    this.swap = swap;
  }

  @Override
  public Tensor forward(Tensor... inputs) {
    return F.triplet_margin_loss(inputs[0], inputs[1], inputs[2], margin, p, eps, swap, reduction);
  }
}
