package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;
import java.util.Set;

/**
 * PyTorch's {@code _ConvNd} for {@link Conv1d}, {@link ConvTranspose1d} and {@link
 * ConvTranspose2d}: parameters, {@code reset_parameters} (kaiming_uniform_(a=√5), the bias from
 * U(-1/√fan_in, 1/√fan_in)) and the repr.
 */
abstract class ConvBase extends Module {
  final long inChannels;
  final long outChannels;
  final long[] kernelSize;
  final long[] stride;
  final long[] padding;
  final String paddingString;
  final long[] dilation;
  final long[] outputPadding;
  final long groups;
  final String paddingMode;
  final boolean transposed;

  ConvBase(int nd, boolean transposed, long in_channels, long out_channels, long[] kernel_size,
      long[] stride, long[] padding, String padding_string, long[] dilation, long[] output_padding,
      long groups, boolean bias, String padding_mode, DType dtype) {
    if (groups <= 0) {
      throw new IllegalArgumentException("groups must be a positive integer");
    }
    if (in_channels % groups != 0) {
      throw new IllegalArgumentException("in_channels must be divisible by groups");
    }
    if (out_channels % groups != 0) {
      throw new IllegalArgumentException("out_channels must be divisible by groups");
    }
    this.kernelSize = nd(kernel_size, nd);
    this.stride = nd(stride, nd);
    this.dilation = nd(dilation, nd);
    this.outputPadding = nd(output_padding, nd);
    if (padding_string != null) {
      if (!padding_string.equals("same") && !padding_string.equals("valid")) {
        throw new IllegalArgumentException("Invalid padding string '" + padding_string
            + "', should be one of {'same', 'valid'}");
      }
      for (long s : this.stride) {
        if (padding_string.equals("same") && s != 1) {
          throw new IllegalArgumentException(
              "padding='same' is not supported for strided convolutions");
        }
      }
    }
    if (!Set.of("zeros", "reflect", "replicate", "circular").contains(padding_mode)) {
      throw new IllegalArgumentException("padding_mode must be one of {'replicate', 'reflect',"
          + " 'zeros', 'circular'}, but got padding_mode='" + padding_mode + "'");
    }
    if (transposed && !padding_mode.equals("zeros")) {
      throw new IllegalArgumentException("Only \"zeros\" padding mode is supported for "
          + getClass().getSimpleName());
    }
    this.inChannels = in_channels;
    this.outChannels = out_channels;
    this.paddingString = padding_string;
    this.padding = padding_string == null ? nd(padding, nd) : null;
    this.groups = groups;
    this.paddingMode = padding_mode;
    this.transposed = transposed;
    long[] shape = new long[nd + 2];
    shape[0] = transposed ? in_channels : out_channels;
    shape[1] = transposed ? out_channels / groups : in_channels / groups;
    System.arraycopy(kernelSize, 0, shape, 2, nd);
    register_parameter("weight", new Parameter(Torch.empty(shape, dtype)));
    register_parameter("bias",
        bias ? new Parameter(Torch.empty(new long[] {out_channels}, dtype)) : null);
    reset_parameters();
  }

  static long[] nd(long[] v, int nd) {
    if (v.length == 1) {
      long[] out = new long[nd];
      java.util.Arrays.fill(out, v[0]);
      return out;
    }
    if (v.length != nd) {
      throw new IllegalArgumentException("expected an int or a tuple of " + nd + " ints");
    }
    return v.clone();
  }

  /** Re-draws the default initialisation. PyTorch: {@code conv.reset_parameters()}. */
  public void reset_parameters() {
    Init.kaiming_uniform_(weight(), Math.sqrt(5));
    if (bias() != null) {
      long fanIn = Init._calculate_fan_in_and_fan_out(weight())[0];
      if (fanIn != 0) {
        double bound = 1 / Math.sqrt(fanIn);
        Init.uniform_(bias(), -bound, bound);
      }
    }
  }

  /** PyTorch: {@code conv.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** The bias, or null for {@code bias=False}. PyTorch: {@code conv.bias}. */
  public Parameter bias() {
    return get_parameter("bias");
  }

  /** PyTorch: {@code conv.in_channels}. */
  public long in_channels() {
    return inChannels;
  }

  /** PyTorch: {@code conv.out_channels}. */
  public long out_channels() {
    return outChannels;
  }

  /** PyTorch: {@code conv.kernel_size}. */
  public long[] kernel_size() {
    return kernelSize.clone();
  }

  /** PyTorch: {@code conv.stride}. */
  public long[] stride() {
    return stride.clone();
  }

  /** The padding, or null when given as a string. PyTorch: {@code conv.padding}. */
  public long[] padding() {
    return padding == null ? null : padding.clone();
  }

  /** PyTorch: {@code conv.dilation}. */
  public long[] dilation() {
    return dilation.clone();
  }

  /** PyTorch: {@code conv.groups}. */
  public long groups() {
    return groups;
  }

  /** PyTorch: {@code conv.padding_mode}. */
  public String padding_mode() {
    return paddingMode;
  }

  /** {@code _reversed_padding_repeated_twice}: F.pad's order (last dim first), each side. */
  long[] reversedPaddingTwice() {
    int nd = kernelSize.length;
    long[] out = new long[2 * nd];
    for (int i = 0; i < nd; i++) {
      long total;
      long left;
      if (paddingString != null && paddingString.equals("same")) {
        total = dilation[nd - 1 - i] * (kernelSize[nd - 1 - i] - 1);
        left = total / 2;
      } else {
        left = paddingString != null ? 0 : padding[nd - 1 - i];
        total = 2 * left;
      }
      out[2 * i] = left;
      out[2 * i + 1] = total - left;
    }
    return out;
  }

  /** The input padded by {@code padding_mode} (non-zeros modes only). */
  Tensor padded(Tensor input) {
    return F.pad(input, reversedPaddingTwice(), paddingMode, 0.0);
  }

  static boolean allEqual(long[] v, long x) {
    for (long e : v) {
      if (e != x) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String extra_repr() {
    StringBuilder s = new StringBuilder();
    s.append(inChannels).append(", ").append(outChannels).append(", kernel_size=")
        .append(Conv2d.tuple(kernelSize)).append(", stride=").append(Conv2d.tuple(stride));
    if (paddingString != null) {
      s.append(", padding=").append(paddingString);
    } else if (!allEqual(padding, 0)) {
      s.append(", padding=").append(Conv2d.tuple(padding));
    }
    if (!allEqual(dilation, 1)) {
      s.append(", dilation=").append(Conv2d.tuple(dilation));
    }
    if (!allEqual(outputPadding, 0)) {
      s.append(", output_padding=").append(Conv2d.tuple(outputPadding));
    }
    if (groups != 1) {
      s.append(", groups=").append(groups);
    }
    if (bias() == null) {
      s.append(", bias=False");
    }
    if (!paddingMode.equals("zeros")) {
      s.append(", padding_mode=").append(paddingMode);
    }
    return s.toString();
  }
}
