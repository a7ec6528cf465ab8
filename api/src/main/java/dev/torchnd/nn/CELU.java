package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code max(0, x) + min(0, alpha·(e^(x/alpha) - 1))}; prints {@code CELU(alpha=1.0)}. PyTorch: {@code torch.nn.CELU}. */
public class CELU extends Module {
  private final double alpha;
  private final boolean inplace;

  /** PyTorch: {@code nn.CELU()} (alpha 1.0). */
  public CELU() {
    this(1.0, false);
  }

  /** PyTorch: {@code nn.CELU(alpha)}. */
  public CELU(double alpha) {
    this(alpha, false);
  }

  /** PyTorch: {@code nn.CELU(alpha, inplace)}. */
  public CELU(double alpha, boolean inplace) {
    this.alpha = alpha;
    this.inplace = inplace;
  }

  /** PyTorch: {@code m.alpha}. */
  public double alpha() {
    return alpha;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.celu(input, alpha, inplace);
  }

  @Override
  public String extra_repr() {
    return "alpha=" + PyRepr.repr(alpha) + (inplace ? ", inplace=True" : "");
  }
}
