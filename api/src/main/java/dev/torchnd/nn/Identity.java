package dev.torchnd.nn;

import dev.torchnd.Tensor;

/** Returns its input unchanged. PyTorch: {@code torch.nn.Identity}. */
public class Identity extends Module {
  /** PyTorch: {@code nn.Identity()}. */
  public Identity() {}

  @Override
  public Tensor forward(Tensor input) {
    return input;
  }
}
