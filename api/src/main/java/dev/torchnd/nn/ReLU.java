package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code max(x, 0)}. Prints {@code ReLU()}. PyTorch: {@code torch.nn.ReLU}. */
public class ReLU extends Module {
  private final boolean inplace;

  /** PyTorch: {@code nn.ReLU()}. */
  public ReLU() {
    this(false);
  }

  /** PyTorch: {@code nn.ReLU(inplace)}. */
  public ReLU(boolean inplace) {
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.relu(input, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
