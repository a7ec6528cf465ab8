package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x·relu6(x + 3)/6}. Prints {@code Hardswish()}. PyTorch: {@code torch.nn.Hardswish}. */
public class Hardswish extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.Hardswish()}. */
  public Hardswish() {
    this(false);
  }

  /** PyTorch: {@code nn.Hardswish(inplace)}. */
  public Hardswish(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.hardswish(input, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
