package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Kullback-Leibler divergence of log-probabilities (input) from probabilities (target), or from
 * log-probabilities with {@code log_target}; reduction {@code "batchmean"} gives the true KL.
 * PyTorch: {@code torch.nn.KLDivLoss}.
 */
public class KLDivLoss extends Loss {
  private final boolean logTarget;

  /** PyTorch: {@code nn.KLDivLoss()} (reduction 'mean'). */
  public KLDivLoss() {
    this("mean", false);
  }

  /** PyTorch: {@code nn.KLDivLoss(reduction=...)}. */
  public KLDivLoss(String reduction) {
    this(reduction, false);
  }

  /** PyTorch: {@code nn.KLDivLoss(reduction=..., log_target=...)}. */
  public KLDivLoss(String reduction, boolean logTarget) {
    super(reduction);
    this.logTarget = logTarget;
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.kl_div(input, target, reduction, logTarget);
  }
}
