package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * Transposed 2-d convolution (D2L's FCN upsampling): weight {@code (in_channels,
 * out_channels/groups, kH, kW)}, PyTorch's seeded initialisation.
 *
 * <pre>{@code new ConvTranspose2d(3, 3, 4, 2, 1)   // ConvTranspose2d(3, 3, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1))}</pre>
 *
 * PyTorch: {@code torch.nn.ConvTranspose2d} (without forward's {@code output_size}).
 */
public class ConvTranspose2d extends ConvBase {
  /** PyTorch: {@code nn.ConvTranspose2d(in_channels, out_channels, kernel_size)}. */
  public ConvTranspose2d(long in_channels, long out_channels, long kernel_size) {
    this(in_channels, out_channels, kernel_size, 1, 0);
  }

  /** PyTorch: {@code nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride, padding)}. */
  public ConvTranspose2d(long in_channels, long out_channels, long kernel_size, long stride,
      long padding) {
    this(in_channels, out_channels, new long[] {kernel_size}, new long[] {stride},
        new long[] {padding}, new long[] {0}, 1, true, new long[] {1});
  }

  /**
   * PyTorch: {@code nn.ConvTranspose2d(in_channels, out_channels, kernel_size, stride, padding,
   * output_padding, groups, bias, dilation)}; sizes as one value or a pair.
   */
  public ConvTranspose2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding, long[] output_padding, long groups, boolean bias, long[] dilation) {
    this(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias,
        dilation, "zeros", Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.ConvTranspose2d(..., padding_mode, dtype=dtype)} (only "zeros"). */
  public ConvTranspose2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding, long[] output_padding, long groups, boolean bias, long[] dilation,
      String padding_mode, DType dtype) {
    super(2, true, in_channels, out_channels, kernel_size, stride, padding, null, dilation,
        output_padding, groups, bias, padding_mode, dtype);
  }

  /** PyTorch: {@code conv.output_padding}. */
  public long[] output_padding() {
    return outputPadding.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.conv_transpose2d(input, weight(), bias(), stride, padding, outputPadding, groups,
        dilation);
  }
}
