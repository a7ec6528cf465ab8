package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Average pooling to a fixed output grid, whatever the input size.
 *
 * <pre>{@code new AdaptiveAvgPool2d(1)   // AdaptiveAvgPool2d(output_size=1)}</pre>
 *
 * PyTorch: {@code torch.nn.AdaptiveAvgPool2d}.
 */
public class AdaptiveAvgPool2d extends Module {
  private final long[] outputSize;

  /** PyTorch: {@code nn.AdaptiveAvgPool2d(output_size)}. */
  public AdaptiveAvgPool2d(long output_size) {
    this.outputSize = new long[] {output_size};
  }

  /** PyTorch: {@code nn.AdaptiveAvgPool2d((h, w))}. */
  public AdaptiveAvgPool2d(long[] output_size) {
    this.outputSize = output_size.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.adaptive_avg_pool2d(input, outputSize);
  }

  @Override
  public String extra_repr() {
    return "output_size=" + AvgPool2d.size(outputSize);
  }
}
