package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * {@code log(1 + e^(beta·x))/beta}, linear above {@code threshold}; prints {@code Softplus(beta=1,
 * threshold=20)}, numbers as given (Java int literals print as Python ints). PyTorch: {@code
 * torch.nn.Softplus}.
 */
public class Softplus extends Module {
  private final Number beta;
  private final Number threshold;

  /** PyTorch: {@code nn.Softplus()} (beta 1, threshold 20). */
  public Softplus() {
    this(1, 20);
  }

  /** PyTorch: {@code nn.Softplus(beta)}. */
  public Softplus(Number beta) {
    this(beta, 20);
  }

  /** PyTorch: {@code nn.Softplus(beta, threshold)}. */
  public Softplus(Number beta, Number threshold) {
    this.beta = beta;
    this.threshold = threshold;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.softplus(input, beta.doubleValue(), threshold.doubleValue());
  }

  @Override
  public String extra_repr() {
    return "beta=" + PyRepr.repr(beta) + ", threshold=" + PyRepr.repr(threshold);
  }
}
