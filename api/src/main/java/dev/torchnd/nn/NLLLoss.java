package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Negative log likelihood of log-probabilities {@code (N, C)} at class indices {@code (N)}.
 * PyTorch: {@code torch.nn.NLLLoss}.
 */
public class NLLLoss extends Loss {
  private final long ignoreIndex;

  /** PyTorch: {@code nn.NLLLoss()}. */
  public NLLLoss() {
    this(null, -100, "mean");
  }

  /** PyTorch: {@code nn.NLLLoss(reduction=...)}. */
  public NLLLoss(String reduction) {
    this(null, -100, reduction);
  }

  /** PyTorch: {@code nn.NLLLoss(weight, ignore_index=..., reduction=...)}; weight may be null. */
  public NLLLoss(Tensor weight, long ignoreIndex, String reduction) {
    super(reduction);
    register_buffer("weight", weight);
    this.ignoreIndex = ignoreIndex;
  }

  /** PyTorch: {@code loss.weight}. */
  public Tensor weight() {
    return get_buffer("weight");
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.nll_loss(input, target, weight(), ignoreIndex, reduction);
  }
}
