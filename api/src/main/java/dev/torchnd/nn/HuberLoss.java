package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code z < delta ? 0.5 z² : delta (z - 0.5 delta)} with {@code z = |x - y|}. PyTorch: {@code torch.nn.HuberLoss}. */
public class HuberLoss extends Loss {
  private final double delta;

  /** PyTorch: {@code nn.HuberLoss()} (delta 1). */
  public HuberLoss() {
    this("mean", 1.0);
  }

  /** PyTorch: {@code nn.HuberLoss(reduction=...)}. */
  public HuberLoss(String reduction) {
    this(reduction, 1.0);
  }

  /** PyTorch: {@code nn.HuberLoss(reduction=..., delta=...)}. */
  public HuberLoss(String reduction, double delta) {
    super(reduction);
    this.delta = delta;
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.huber_loss(input, target, reduction, delta);
  }
}
