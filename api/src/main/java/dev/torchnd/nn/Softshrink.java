package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Shrinks towards 0 by {@code lambd}; prints {@code Softshrink(0.5)}. {@code lambd} prints as given ({@code new Softshrink(1)} is {@code Softshrink(1)}, a
 * Python int). PyTorch: {@code torch.nn.Softshrink}.
 */
public class Softshrink extends Module {
  private final Number lambd;

  /** PyTorch: {@code nn.Softshrink()} (lambd 0.5). */
  public Softshrink() {
    this(0.5);
  }

  /** PyTorch: {@code nn.Softshrink(lambd)}. */
  public Softshrink(Number lambd) {
    this.lambd = lambd;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.softshrink(input, lambd.doubleValue());
  }

  @Override
  public String extra_repr() {
    return PyRepr.repr(lambd);
  }
}
