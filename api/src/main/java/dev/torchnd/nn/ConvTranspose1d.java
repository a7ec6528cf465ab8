package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * Transposed 1-d convolution: weight {@code (in_channels, out_channels/groups, k)}, PyTorch's
 * seeded initialisation.
 *
 * <pre>{@code new ConvTranspose1d(2, 4, 3)   // ConvTranspose1d(2, 4, kernel_size=(3,), stride=(1,))}</pre>
 *
 * PyTorch: {@code torch.nn.ConvTranspose1d} (without forward's {@code output_size}).
 */
public class ConvTranspose1d extends ConvBase {
  /** PyTorch: {@code nn.ConvTranspose1d(in_channels, out_channels, kernel_size)}. */
  public ConvTranspose1d(long in_channels, long out_channels, long kernel_size) {
    this(in_channels, out_channels, kernel_size, 1, 0, 0, 1, true, 1);
  }

  /**
   * PyTorch: {@code nn.ConvTranspose1d(in_channels, out_channels, kernel_size, stride, padding,
   * output_padding, groups, bias, dilation)}.
   */
  public ConvTranspose1d(long in_channels, long out_channels, long kernel_size, long stride,
      long padding, long output_padding, long groups, boolean bias, long dilation) {
    this(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias,
        dilation, "zeros", Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.ConvTranspose1d(..., padding_mode, dtype=dtype)} (only "zeros"). */
  public ConvTranspose1d(long in_channels, long out_channels, long kernel_size, long stride,
      long padding, long output_padding, long groups, boolean bias, long dilation,
      String padding_mode, DType dtype) {
    super(1, true, in_channels, out_channels, new long[] {kernel_size}, new long[] {stride},
        new long[] {padding}, null, new long[] {dilation}, new long[] {output_padding}, groups,
        bias, padding_mode, dtype);
  }

  /** PyTorch: {@code conv.output_padding}. */
  public long[] output_padding() {
    return outputPadding.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.conv_transpose1d(input, weight(), bias(), stride[0], padding[0], outputPadding[0],
        groups, dilation[0]);
  }
}
