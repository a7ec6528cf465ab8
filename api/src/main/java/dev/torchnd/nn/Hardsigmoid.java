package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code relu6(x + 3)/6}; prints {@code Hardsigmoid()} (also in place, as PyTorch). PyTorch: {@code torch.nn.Hardsigmoid}. */
public class Hardsigmoid extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.Hardsigmoid()}. */
  public Hardsigmoid() {
    this(false);
  }

  /** PyTorch: {@code nn.Hardsigmoid(inplace)}. */
  public Hardsigmoid(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.hardsigmoid(input, inplace);
  }
}
