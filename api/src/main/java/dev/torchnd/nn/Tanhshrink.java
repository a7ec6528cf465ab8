package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x - tanh(x)}. PyTorch: {@code torch.nn.Tanhshrink}. */
public class Tanhshrink extends Module {
  /** PyTorch: {@code nn.Tanhshrink()}. */
  public Tanhshrink() {}

  @Override
  public Tensor forward(Tensor input) {
    return F.tanhshrink(input);
  }
}
