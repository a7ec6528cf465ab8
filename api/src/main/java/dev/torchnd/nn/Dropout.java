package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Zeroes elements with probability {@code p} while training (scaling the rest by 1/(1-p)); the
 * identity after {@link #eval()}. PyTorch: {@code torch.nn.Dropout}.
 */
public class Dropout extends Module {
  private final double p;
  private final boolean inplace;

  /** PyTorch: {@code nn.Dropout()} (p 0.5). */
  public Dropout() {
    this(0.5, false);
  }

  /** PyTorch: {@code nn.Dropout(p)}. */
  public Dropout(double p) {
    this(p, false);
  }

  /**
   * PyTorch: {@code nn.Dropout(p, inplace)}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= p <= 1}
   */
  public Dropout(double p, boolean inplace) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(
          "dropout probability has to be between 0 and 1, but got " + PyRepr.repr(p));
    }
    this.p = p;
    this.inplace = inplace;
  }

  /** PyTorch: {@code dropout.p}. */
  public double p() {
    return p;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.dropout(input, p, training, inplace);
  }

  @Override
  public String extra_repr() {
    return "p=" + PyRepr.repr(p) + ", inplace=" + (inplace ? "True" : "False");
  }
}
