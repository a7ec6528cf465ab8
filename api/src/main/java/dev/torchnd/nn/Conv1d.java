package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * 1-d convolution layer: weight {@code (out_channels, in_channels/groups, k)}, PyTorch's seeded
 * initialisation; {@code padding_mode} {@code "zeros"}, {@code "reflect"}, {@code "replicate"}
 * or {@code "circular"}.
 *
 * <pre>{@code new Conv1d(2, 3, 3)   // Conv1d(2, 3, kernel_size=(3,), stride=(1,))}</pre>
 *
 * PyTorch: {@code torch.nn.Conv1d}.
 */
public class Conv1d extends ConvBase {
  /** PyTorch: {@code nn.Conv1d(in_channels, out_channels, kernel_size)}. */
  public Conv1d(long in_channels, long out_channels, long kernel_size) {
    this(in_channels, out_channels, kernel_size, 1, 0);
  }

  /** PyTorch: {@code nn.Conv1d(in_channels, out_channels, kernel_size, stride, padding)}. */
  public Conv1d(long in_channels, long out_channels, long kernel_size, long stride, long padding) {
    this(in_channels, out_channels, kernel_size, stride, padding, 1, 1, true, "zeros");
  }

  /**
   * PyTorch: {@code nn.Conv1d(in_channels, out_channels, kernel_size, stride, padding, dilation,
   * groups, bias, padding_mode)}.
   */
  public Conv1d(long in_channels, long out_channels, long kernel_size, long stride, long padding,
      long dilation, long groups, boolean bias, String padding_mode) {
    this(in_channels, out_channels, kernel_size, stride, padding, null, dilation, groups, bias,
        padding_mode, Torch.get_default_dtype());
  }

  /** {@code padding="same"} or {@code "valid"}. PyTorch: {@code nn.Conv1d(..., padding="same")}. */
  public Conv1d(long in_channels, long out_channels, long kernel_size, String padding) {
    this(in_channels, out_channels, kernel_size, 1, 0, padding, 1, 1, true, "zeros",
        Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.Conv1d(..., dtype=dtype)}; {@code padding_string} null unless a string. */
  public Conv1d(long in_channels, long out_channels, long kernel_size, long stride, long padding,
      String padding_string, long dilation, long groups, boolean bias, String padding_mode,
      DType dtype) {
    super(1, false, in_channels, out_channels, new long[] {kernel_size}, new long[] {stride},
        new long[] {padding}, padding_string, new long[] {dilation}, new long[] {0}, groups, bias,
        padding_mode, dtype);
  }

  @Override
  public Tensor forward(Tensor input) {
    if (!paddingMode.equals("zeros")) {
      return F.conv1d(padded(input), weight(), bias(), stride[0], 0, dilation[0], groups);
    }
    if (paddingString != null) {
      return F.conv1d(input, weight(), bias(), stride[0], paddingString, dilation[0], groups);
    }
    return F.conv1d(input, weight(), bias(), stride[0], padding[0], dilation[0], groups);
  }
}
