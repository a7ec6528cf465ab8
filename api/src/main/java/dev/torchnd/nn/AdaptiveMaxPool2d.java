package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Max pooling to a fixed output grid, whatever the input size; {@link #forward_with_indices}
 * also returns the maxima's flat positions (PyTorch's {@code return_indices=True} tuple).
 *
 * <pre>{@code new AdaptiveMaxPool2d(2)   // AdaptiveMaxPool2d(output_size=2)}</pre>
 *
 * PyTorch: {@code torch.nn.AdaptiveMaxPool2d}.
 */
public class AdaptiveMaxPool2d extends Module {
  private final long[] outputSize;

  /** PyTorch: {@code nn.AdaptiveMaxPool2d(output_size)}. */
  public AdaptiveMaxPool2d(long output_size) {
    this.outputSize = new long[] {output_size};
  }

  /** PyTorch: {@code nn.AdaptiveMaxPool2d((h, w))}. */
  public AdaptiveMaxPool2d(long[] output_size) {
    this.outputSize = output_size.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.adaptive_max_pool2d(input, outputSize);
  }

  /** {@code {output, indices}}. PyTorch: {@code nn.AdaptiveMaxPool2d(size, return_indices=True)(x)}. */
  public Tensor[] forward_with_indices(Tensor input) {
    return F.adaptive_max_pool2d_with_indices(input, outputSize);
  }

  @Override
  public String extra_repr() {
    return "output_size=" + AvgPool2d.size(outputSize);
  }
}
