package dev.torchnd.nn;

import dev.torchnd.Tensor;

/** {@code 1 / (1 + e^-x)}. PyTorch: {@code torch.nn.Sigmoid}. */
public class Sigmoid extends Module {
  /** PyTorch: {@code nn.Sigmoid()}. */
  public Sigmoid() {}

  @Override
  public Tensor forward(Tensor input) {
    return input.sigmoid();
  }
}
