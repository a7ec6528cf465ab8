package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x·sigmoid(x)}. Prints {@code SiLU()}. PyTorch: {@code torch.nn.SiLU}. */
public class SiLU extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.SiLU()}. */
  public SiLU() {
    this(false);
  }

  /** PyTorch: {@code nn.SiLU(inplace)}. */
  public SiLU(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.silu(input, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
