package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Max pooling over 1-d windows; the stride defaults to the kernel size.
 *
 * <pre>{@code new MaxPool1d(3)   // MaxPool1d(kernel_size=3, stride=3, padding=0, dilation=1, ceil_mode=False)}</pre>
 *
 * PyTorch: {@code torch.nn.MaxPool1d}.
 */
public class MaxPool1d extends Module {
  private final long kernelSize;
  private final long stride;
  private final long padding;
  private final long dilation;
  private final boolean ceilMode;

  /** PyTorch: {@code nn.MaxPool1d(kernel_size)}. */
  public MaxPool1d(long kernel_size) {
    this(kernel_size, kernel_size, 0, 1, false);
  }

  /** PyTorch: {@code nn.MaxPool1d(kernel_size, stride, padding, dilation, ceil_mode=ceil_mode)}. */
  public MaxPool1d(long kernel_size, long stride, long padding, long dilation, boolean ceil_mode) {
    this.kernelSize = kernel_size;
    this.stride = stride;
    this.padding = padding;
    this.dilation = dilation;
    this.ceilMode = ceil_mode;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.max_pool1d(input, kernelSize, stride, padding, dilation, ceilMode);
  }

  /** {@code {output, indices}}. PyTorch: {@code nn.MaxPool1d(..., return_indices=True)(x)}. */
  public Tensor[] forward_with_indices(Tensor input) {
    return F.max_pool1d_with_indices(input, kernelSize, stride, padding, dilation, ceilMode);
  }

  @Override
  public String extra_repr() {
    return "kernel_size=" + kernelSize + ", stride=" + stride + ", padding=" + padding
        + ", dilation=" + dilation + ", ceil_mode=" + (ceilMode ? "True" : "False");
  }
}
