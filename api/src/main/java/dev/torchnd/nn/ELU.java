package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x > 0 ? x : alpha·(eˣ - 1)}; prints {@code ELU(alpha=1.0)}. PyTorch: {@code torch.nn.ELU}. */
public class ELU extends Module {
  private final double alpha;
  private final boolean inplace;

  /** PyTorch: {@code nn.ELU()} (alpha 1.0). */
  public ELU() {
    this(1.0, false);
  }

  /** PyTorch: {@code nn.ELU(alpha)}. */
  public ELU(double alpha) {
    this(alpha, false);
  }

  /** PyTorch: {@code nn.ELU(alpha, inplace)}. */
  public ELU(double alpha, boolean inplace) {
    this.alpha = alpha;
    this.inplace = inplace;
  }

  /** PyTorch: {@code m.alpha}. */
  public double alpha() {
    return alpha;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.elu(input, alpha, inplace);
  }

  @Override
  public String extra_repr() {
    return "alpha=" + PyRepr.repr(alpha) + (inplace ? ", inplace=True" : "");
  }
}
