package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code scale·elu(x, alpha)} with SELU's fixed constants. Prints {@code SELU()}. PyTorch: {@code torch.nn.SELU}. */
public class SELU extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.SELU()}. */
  public SELU() {
    this(false);
  }

  /** PyTorch: {@code nn.SELU(inplace)}. */
  public SELU(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.selu(input, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
