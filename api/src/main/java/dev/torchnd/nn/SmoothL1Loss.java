package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code z < beta ? 0.5 z²/beta : z - 0.5 beta} with {@code z = |x - y|}. PyTorch: {@code torch.nn.SmoothL1Loss}. */
public class SmoothL1Loss extends Loss {
  private final double beta;

  /** PyTorch: {@code nn.SmoothL1Loss()} (beta 1). */
  public SmoothL1Loss() {
    this("mean", 1.0);
  }

  /** PyTorch: {@code nn.SmoothL1Loss(reduction=...)}. */
  public SmoothL1Loss(String reduction) {
    this(reduction, 1.0);
  }

  /** PyTorch: {@code nn.SmoothL1Loss(reduction=..., beta=...)}. */
  public SmoothL1Loss(String reduction, double beta) {
    super(reduction);
    this.beta = beta;
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.smooth_l1_loss(input, target, reduction, beta);
  }
}
