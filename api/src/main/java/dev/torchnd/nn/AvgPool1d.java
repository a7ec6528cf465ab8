package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Average pooling over 1-d windows; the stride defaults to the kernel size.
 *
 * <pre>{@code new AvgPool1d(3)   // AvgPool1d(kernel_size=(3,), stride=(3,), padding=(0,))}</pre>
 *
 * PyTorch: {@code torch.nn.AvgPool1d}.
 */
public class AvgPool1d extends Module {
  private final long kernelSize;
  private final long stride;
  private final long padding;
  private final boolean ceilMode;
  private final boolean countIncludePad;

  /** PyTorch: {@code nn.AvgPool1d(kernel_size)}. */
  public AvgPool1d(long kernel_size) {
    this(kernel_size, kernel_size, 0, false, true);
  }

  /** PyTorch: {@code nn.AvgPool1d(kernel_size, stride, padding, ceil_mode, count_include_pad)}. */
  public AvgPool1d(long kernel_size, long stride, long padding, boolean ceil_mode,
      boolean count_include_pad) {
    this.kernelSize = kernel_size;
    this.stride = stride;
    this.padding = padding;
    this.ceilMode = ceil_mode;
    this.countIncludePad = count_include_pad;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.avg_pool1d(input, kernelSize, stride, padding, ceilMode, countIncludePad);
  }

  @Override
  public String extra_repr() {
    return "kernel_size=(" + kernelSize + ",), stride=(" + stride + ",), padding=(" + padding + ",)";
  }
}
