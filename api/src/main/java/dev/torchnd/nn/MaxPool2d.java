package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Max pooling over 2-d windows; the stride defaults to the kernel size.
 *
 * <pre>{@code new MaxPool2d(2)   // MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)}</pre>
 *
 * PyTorch: {@code torch.nn.MaxPool2d} ({@code return_indices=True}'s tuple is {@link
 * #forward_with_indices}).
 */
public class MaxPool2d extends Module {
  private final long[] kernelSize;
  private final long[] stride;
  private final long[] padding;
  private final long[] dilation;
  private final boolean ceilMode;

  /** PyTorch: {@code nn.MaxPool2d(kernel_size)}. */
  public MaxPool2d(long kernel_size) {
    this(new long[] {kernel_size}, null, new long[] {0}, new long[] {1}, false);
  }

  /** PyTorch: {@code nn.MaxPool2d(kernel_size, stride)}. */
  public MaxPool2d(long kernel_size, long stride) {
    this(kernel_size, stride, 0);
  }

  /** PyTorch: {@code nn.MaxPool2d(kernel_size, stride, padding)}. */
  public MaxPool2d(long kernel_size, long stride, long padding) {
    this(new long[] {kernel_size}, new long[] {stride}, new long[] {padding}, new long[] {1}, false);
  }

  /** PyTorch: {@code nn.MaxPool2d((kH, kW), stride=(sH, sW), padding=(pH, pW))}. */
  public MaxPool2d(long[] kernel_size, long[] stride, long[] padding) {
    this(kernel_size, stride, padding, new long[] {1}, false);
  }

  /**
   * PyTorch: {@code nn.MaxPool2d(kernel_size, stride, padding, dilation, ceil_mode=ceil_mode)};
   * a null stride is the kernel size.
   */
  public MaxPool2d(long[] kernel_size, long[] stride, long[] padding, long[] dilation, boolean ceil_mode) {
    this.kernelSize = kernel_size.clone();
    this.stride = stride == null ? kernel_size.clone() : stride.clone();
    this.padding = padding.clone();
    this.dilation = dilation.clone();
    this.ceilMode = ceil_mode;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.max_pool2d(input, kernelSize, stride, padding, dilation, ceilMode);
  }

  /** {@code {output, indices}}. PyTorch: {@code nn.MaxPool2d(..., return_indices=True)(x)}. */
  public Tensor[] forward_with_indices(Tensor input) {
    return F.max_pool2d_with_indices(input, kernelSize, stride, padding, dilation, ceilMode);
  }

  @Override
  public String extra_repr() {
    return "kernel_size=" + AvgPool2d.size(kernelSize) + ", stride=" + AvgPool2d.size(stride)
        + ", padding=" + AvgPool2d.size(padding) + ", dilation=" + AvgPool2d.size(dilation)
        + ", ceil_mode=" + (ceilMode ? "True" : "False");
  }
}
