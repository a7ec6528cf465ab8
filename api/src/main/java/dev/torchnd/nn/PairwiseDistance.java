package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code ‖x1 - x2 + eps‖_p} over the last dim: {@code m.call(x1, x2)}. PyTorch: {@code torch.nn.PairwiseDistance}. */
public class PairwiseDistance extends Module {
  private final double p;
  private final double eps;
  private final boolean keepdim;

  /** PyTorch: {@code nn.PairwiseDistance()} (p 2, eps 1e-6). */
  public PairwiseDistance() {
    this(2.0, 1e-6, false);
  }

  /** PyTorch: {@code nn.PairwiseDistance(p)}. */
  public PairwiseDistance(double p) {
    this(p, 1e-6, false);
  }

  /** PyTorch: {@code nn.PairwiseDistance(p, eps, keepdim)}. */
  public PairwiseDistance(double p, double eps, boolean keepdim) {
    this.p = p;
    this.eps = eps;
    this.keepdim = keepdim;
  }

  @Override
  public Tensor forward(Tensor x1, Tensor x2) {
    return F.pairwise_distance(x1, x2, p, eps, keepdim);
  }
}
