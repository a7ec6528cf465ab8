package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Average pooling of the last dim to a fixed size.
 *
 * <pre>{@code new AdaptiveAvgPool1d(4)   // AdaptiveAvgPool1d(output_size=4)}</pre>
 *
 * PyTorch: {@code torch.nn.AdaptiveAvgPool1d}.
 */
public class AdaptiveAvgPool1d extends Module {
  private final long outputSize;

  /** PyTorch: {@code nn.AdaptiveAvgPool1d(output_size)}. */
  public AdaptiveAvgPool1d(long output_size) {
    this.outputSize = output_size;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.adaptive_avg_pool1d(input, outputSize);
  }

  @Override
  public String extra_repr() {
    return "output_size=" + outputSize;
  }
}
