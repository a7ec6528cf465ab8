package dev.torchnd.nn;

import dev.torchnd.Tensor;

/** Hyperbolic tangent. PyTorch: {@code torch.nn.Tanh}. */
public class Tanh extends Module {
  /** PyTorch: {@code nn.Tanh()}. */
  public Tanh() {}

  @Override
  public Tensor forward(Tensor input) {
    return input.tanh();
  }
}
