package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * 2-d convolution layer: weight {@code (out_channels, in_channels/groups, kH, kW)} initialised
 * as PyTorch's {@code _ConvNd.reset_parameters} ({@code kaiming_uniform_(a=√5)}, bias from
 * U(-1/√fan_in, 1/√fan_in)), so a seed draws PyTorch's exact weights.
 *
 * <pre>{@code
 * new Conv2d(1, 16, 3, 2, 1)   // Conv2d(1, 16, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Conv2d} ({@code padding_mode='zeros'}; sizes given as one value
 * apply to both dims).
 */
public class Conv2d extends Module {
  private final long inChannels;
  private final long outChannels;
  private final long[] kernelSize;
  private final long[] stride;
  private final long[] padding;
  private final String paddingString;
  private final long[] dilation;
  private final long groups;
  private String paddingMode = "zeros";

  /** PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size)}. */
  public Conv2d(long in_channels, long out_channels, long kernel_size) {
    this(in_channels, out_channels, kernel_size, 1, 0);
  }

  /** PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding)}. */
  public Conv2d(long in_channels, long out_channels, long kernel_size, long stride, long padding) {
    this(in_channels, out_channels, new long[] {kernel_size}, new long[] {stride},
        new long[] {padding}, new long[] {1}, 1, true);
  }

  /** PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding, dilation, groups)}. */
  public Conv2d(long in_channels, long out_channels, long kernel_size, long stride, long padding,
      long dilation, long groups) {
    this(in_channels, out_channels, new long[] {kernel_size}, new long[] {stride},
        new long[] {padding}, new long[] {dilation}, groups, true);
  }

  /** PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size=(kH, kW))}. */
  public Conv2d(long in_channels, long out_channels, long[] kernel_size) {
    this(in_channels, out_channels, kernel_size, new long[] {1}, new long[] {0});
  }

  /** PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding)} with pairs. */
  public Conv2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding) {
    this(in_channels, out_channels, kernel_size, stride, padding, new long[] {1}, 1, true);
  }

  /**
   * PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding, dilation,
   * groups, bias)}.
   */
  public Conv2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding, long[] dilation, long groups, boolean bias) {
    this(in_channels, out_channels, kernel_size, stride, padding, null, dilation, groups, bias,
        Torch.get_default_dtype());
  }

  /**
   * {@code padding="same"} or {@code "valid"}. PyTorch: {@code nn.Conv2d(in_channels,
   * out_channels, kernel_size, padding="same")}.
   */
  public Conv2d(long in_channels, long out_channels, long kernel_size, String padding) {
    this(in_channels, out_channels, new long[] {kernel_size}, new long[] {1}, null, padding,
        new long[] {1}, 1, true, Torch.get_default_dtype());
  }

  /**
   * PyTorch: {@code nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding, dilation,
   * groups, bias, padding_mode)}; {@code padding_mode} {@code "zeros"}, {@code "reflect"},
   * {@code "replicate"} or {@code "circular"}.
   */
  public Conv2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding, long[] dilation, long groups, boolean bias, String padding_mode) {
    this(in_channels, out_channels, kernel_size, stride, padding, null, dilation, groups, bias,
        Torch.get_default_dtype());
    if (!java.util.Set.of("zeros", "reflect", "replicate", "circular").contains(padding_mode)) {
      throw new IllegalArgumentException("padding_mode must be one of {'replicate', 'reflect',"
          + " 'zeros', 'circular'}, but got padding_mode='" + padding_mode + "'");
    }
    this.paddingMode = padding_mode;
  }

  /** PyTorch: {@code conv.padding_mode}. */
  public String padding_mode() {
    return paddingMode;
  }

  /** PyTorch: {@code nn.Conv2d(..., dtype=dtype)}; {@code padding} or {@code padding_string} is null. */
  public Conv2d(long in_channels, long out_channels, long[] kernel_size, long[] stride,
      long[] padding, String padding_string, long[] dilation, long groups, boolean bias,
      DType dtype) {
    if (groups <= 0) {
      throw new IllegalArgumentException("groups must be a positive integer");
    }
    if (in_channels % groups != 0) {
      throw new IllegalArgumentException("in_channels must be divisible by groups");
    }
    if (out_channels % groups != 0) {
      throw new IllegalArgumentException("out_channels must be divisible by groups");
    }
    this.inChannels = in_channels;
    this.outChannels = out_channels;
    this.kernelSize = pair(kernel_size);
    this.stride = pair(stride);
    this.dilation = pair(dilation);
    this.groups = groups;
    if (padding_string != null) {
      if (!padding_string.equals("same") && !padding_string.equals("valid")) {
        throw new IllegalArgumentException(
            "Invalid padding string '" + padding_string + "', should be one of ['valid', 'same']");
      }
      if (padding_string.equals("same") && (this.stride[0] != 1 || this.stride[1] != 1)) {
        throw new IllegalArgumentException(
            "padding='same' is not supported for strided convolutions");
      }
      this.paddingString = padding_string;
      this.padding = null;
    } else {
      this.paddingString = null;
      this.padding = pair(padding);
    }
    register_parameter("weight", new Parameter(Torch.empty(
        new long[] {out_channels, in_channels / groups, kernelSize[0], kernelSize[1]}, dtype)));
    register_parameter("bias", bias ? new Parameter(Torch.empty(new long[] {out_channels}, dtype)) : null);
    reset_parameters();
  }

  static long[] pair(long[] v) {
    if (v.length == 1) {
      return new long[] {v[0], v[0]};
    }
    if (v.length != 2) {
      throw new IllegalArgumentException("expected an int or a pair of ints");
    }
    return v.clone();
  }

  static String tuple(long[] v) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(v[i]);
    }
    return sb.append(v.length == 1 ? ",)" : ")").toString();
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

  @Override
  public Tensor forward(Tensor input) {
    if (!paddingMode.equals("zeros")) {
      // _ConvNd's _reversed_padding_repeated_twice, then an unpadded convolution
      long[] rp = {padding[1], padding[1], padding[0], padding[0]};
      return F.conv2d(F.pad(input, rp, paddingMode, 0.0), weight(), bias(), stride,
          new long[] {0}, dilation, groups);
    }
    if (paddingString != null) {
      return F.conv2d(input, weight(), bias(), stride, paddingString, dilation, groups);
    }
    return F.conv2d(input, weight(), bias(), stride, padding, dilation, groups);
  }

  @Override
  public String extra_repr() {
    StringBuilder s = new StringBuilder();
    s.append(inChannels).append(", ").append(outChannels).append(", kernel_size=")
        .append(tuple(kernelSize)).append(", stride=").append(tuple(stride));
    if (paddingString != null) {
      s.append(", padding=").append(paddingString);
    } else if (padding[0] != 0 || padding[1] != 0) {
      s.append(", padding=").append(tuple(padding));
    }
    if (dilation[0] != 1 || dilation[1] != 1) {
      s.append(", dilation=").append(tuple(dilation));
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
