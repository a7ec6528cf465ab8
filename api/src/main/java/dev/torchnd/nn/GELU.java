package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x·Φ(x)}; prints {@code GELU(approximate='none')}. PyTorch: {@code torch.nn.GELU}. */
public class GELU extends Module {
  private final String approximate;

  /** PyTorch: {@code nn.GELU()}. */
  public GELU() {
    this("none");
  }

  /** PyTorch: {@code nn.GELU(approximate)} ({@code "none"} or {@code "tanh"}). */
  public GELU(String approximate) {
    this.approximate = approximate;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.gelu(input, approximate);
  }

  @Override
  public String extra_repr() {
    return "approximate='" + approximate + "'";
  }
}
