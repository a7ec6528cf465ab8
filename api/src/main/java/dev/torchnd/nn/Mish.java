package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x·tanh(softplus(x))}. Prints {@code Mish()}. PyTorch: {@code torch.nn.Mish}. */
public class Mish extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.Mish()}. */
  public Mish() {
    this(false);
  }

  /** PyTorch: {@code nn.Mish(inplace)}. */
  public Mish(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.mish(input, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
