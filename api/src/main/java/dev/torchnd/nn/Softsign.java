package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x / (1 + |x|)}. PyTorch: {@code torch.nn.Softsign}. */
public class Softsign extends Module {
  /** PyTorch: {@code nn.Softsign()}. */
  public Softsign() {}

  @Override
  public Tensor forward(Tensor input) {
    return F.softsign(input);
  }
}
