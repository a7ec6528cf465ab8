package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Zero inside {@code [-lambd, lambd]}; prints {@code Hardshrink(0.5)}. {@code lambd} prints as given ({@code new Hardshrink(1)} is {@code Hardshrink(1)}, a
 * Python int). PyTorch: {@code torch.nn.Hardshrink}.
 */
public class Hardshrink extends Module {
  private final Number lambd;

  /** PyTorch: {@code nn.Hardshrink()} (lambd 0.5). */
  public Hardshrink() {
    this(0.5);
  }

  /** PyTorch: {@code nn.Hardshrink(lambd)}. */
  public Hardshrink(Number lambd) {
    this.lambd = lambd;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.hardshrink(input, lambd.doubleValue());
  }

  @Override
  public String extra_repr() {
    return PyRepr.repr(lambd);
  }
}
