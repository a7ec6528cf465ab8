package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** Gaussian negative log likelihood of {@code target} under mean {@code input} and variance {@code var}: {@code loss.call(input, target, var)}. PyTorch: {@code torch.nn.GaussianNLLLoss}. */
public class GaussianNLLLoss extends Loss {
  private final boolean full;
  private final double eps;

  /** PyTorch: {@code nn.GaussianNLLLoss()}. */
  public GaussianNLLLoss() {
    this(false, 1e-6, "mean");
  }

  /** PyTorch: {@code nn.GaussianNLLLoss(full=..., eps=..., reduction=...)}. */
  public GaussianNLLLoss(boolean full, double eps, String reduction) {
    super(reduction);
    this.full = full;
    this.eps = eps;
  }

  @Override
  public Tensor forward(Tensor... inputs) {
    return F.gaussian_nll_loss(inputs[0], inputs[1], inputs[2], full, eps, reduction);
  }
}
