package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** Poisson negative log likelihood ({@code e^x - y·x} with {@code log_input}). PyTorch: {@code torch.nn.PoissonNLLLoss}. */
public class PoissonNLLLoss extends Loss {
  private final boolean logInput;
  private final boolean full;
  private final double eps;

  /** PyTorch: {@code nn.PoissonNLLLoss()}. */
  public PoissonNLLLoss() {
    this(true, false, 1e-8, "mean");
  }

  /** PyTorch: {@code nn.PoissonNLLLoss(log_input, full, eps=..., reduction=...)}. */
  public PoissonNLLLoss(boolean logInput, boolean full, double eps, String reduction) {
    super(reduction);
    this.logInput = logInput;
    this.full = full;
    this.eps = eps;
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.poisson_nll_loss(input, target, logInput, full, eps, reduction);
  }
}
