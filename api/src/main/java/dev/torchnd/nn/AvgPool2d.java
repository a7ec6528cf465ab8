package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Average pooling over 2-d windows; the stride defaults to the kernel size.
 *
 * <pre>{@code new AvgPool2d(4)   // AvgPool2d(kernel_size=4, stride=4, padding=0)}</pre>
 *
 * PyTorch: {@code torch.nn.AvgPool2d} (sizes print as given: one value, or a tuple).
 */
public class AvgPool2d extends Module {
  private final long[] kernelSize;
  private final long[] stride;
  private final long[] padding;
  private final boolean ceilMode;
  private final boolean countIncludePad;
  private final Long divisorOverride;

  /** PyTorch: {@code nn.AvgPool2d(kernel_size)}. */
  public AvgPool2d(long kernel_size) {
    this(new long[] {kernel_size}, null, new long[] {0}, false, true, null);
  }

  /** PyTorch: {@code nn.AvgPool2d(kernel_size, stride)}. */
  public AvgPool2d(long kernel_size, long stride) {
    this(kernel_size, stride, 0);
  }

  /** PyTorch: {@code nn.AvgPool2d(kernel_size, stride, padding)}. */
  public AvgPool2d(long kernel_size, long stride, long padding) {
    this(new long[] {kernel_size}, new long[] {stride}, new long[] {padding}, false, true, null);
  }

  /** PyTorch: {@code nn.AvgPool2d((kH, kW), stride, padding)}; a null stride is the kernel size. */
  public AvgPool2d(long[] kernel_size, long[] stride, long[] padding) {
    this(kernel_size, stride, padding, false, true, null);
  }

  /**
   * PyTorch: {@code nn.AvgPool2d(kernel_size, stride, padding, ceil_mode, count_include_pad,
   * divisor_override)}; a null stride is the kernel size, a null divisor None.
   */
  public AvgPool2d(long[] kernel_size, long[] stride, long[] padding, boolean ceil_mode,
      boolean count_include_pad, Long divisor_override) {
    this.kernelSize = kernel_size.clone();
    this.stride = stride == null ? kernel_size.clone() : stride.clone();
    this.padding = padding.clone();
    this.ceilMode = ceil_mode;
    this.countIncludePad = count_include_pad;
    this.divisorOverride = divisor_override;
  }

  static String size(long[] v) {
    return v.length == 1 ? Long.toString(v[0]) : Conv2d.tuple(v);
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.avg_pool2d(input, kernelSize, stride, padding, ceilMode, countIncludePad, divisorOverride);
  }

  @Override
  public String extra_repr() {
    return "kernel_size=" + size(kernelSize) + ", stride=" + size(stride) + ", padding="
        + size(padding);
  }
}
