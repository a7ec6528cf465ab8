package dev.torchnd.nn.init;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.List;

/**
 * Parameter initialisers, each filling a tensor in place under {@code no_grad} and returning it,
 * drawing PyTorch's exact random streams (so a seeded Java model starts where the PyTorch one does).
 *
 * <pre>{@code
 * import static dev.torchnd.nn.init.Init.*;
 * normal_(net.<Linear>get(0).weight(), 0, 0.01);
 * zeros_(net.<Linear>get(0).bias());
 * }</pre>
 *
 * PyTorch: {@code torch.nn.init}.
 */
public final class Init {
  private Init() {}

  /**
   * The recommended gain for a nonlinearity: 1 for linear/conv/sigmoid, 5/3 for tanh, √2 for relu,
   * √(2/(1+slope²)) for leaky_relu, 3/4 for selu. PyTorch: {@code nn.init.calculate_gain}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static double calculate_gain(String nonlinearity) {
    return calculate_gain(nonlinearity, null);
  }

  /** With the leaky_relu negative slope (or null for 0.01). PyTorch: {@code calculate_gain(nl, param)}. */
  public static double calculate_gain(String nonlinearity, Double param) {
    switch (nonlinearity) {
      case "linear":
      case "conv1d":
      case "conv2d":
      case "conv3d":
      case "conv_transpose1d":
      case "conv_transpose2d":
      case "conv_transpose3d":
      case "sigmoid":
        return 1;
      case "tanh":
        return 5.0 / 3;
      case "relu":
        return Math.sqrt(2.0);
      case "leaky_relu":
        {
          double slope = param == null ? 0.01 : param;
          return Math.sqrt(2.0 / (1 + slope * slope));
        }
      case "selu":
        return 3.0 / 4;
      default:
        throw new IllegalArgumentException("Unsupported nonlinearity " + nonlinearity);
    }
  }

  /** Fills with U[a, b). PyTorch: {@code nn.init.uniform_(tensor, a, b)}. */
  public static Tensor uniform_(Tensor tensor, double a, double b) {
    try (var g = Torch.no_grad()) {
      return tensor.uniform_(a, b);
    }
  }

  /** U[0, 1). PyTorch: {@code nn.init.uniform_(tensor)}. */
  public static Tensor uniform_(Tensor tensor) {
    return uniform_(tensor, 0., 1.);
  }

  /** Fills with N(mean, std²). PyTorch: {@code nn.init.normal_(tensor, mean, std)}. */
  public static Tensor normal_(Tensor tensor, double mean, double std) {
    try (var g = Torch.no_grad()) {
      return tensor.normal_(mean, std);
    }
  }

  /** N(0, 1). PyTorch: {@code nn.init.normal_(tensor)}. */
  public static Tensor normal_(Tensor tensor) {
    return normal_(tensor, 0., 1.);
  }

  /** Fills with {@code val}. PyTorch: {@code nn.init.constant_(tensor, val)}. */
  public static Tensor constant_(Tensor tensor, double val) {
    try (var g = Torch.no_grad()) {
      return tensor.fill_(val);
    }
  }

  /** Fills with ones. PyTorch: {@code nn.init.ones_(tensor)}. */
  public static Tensor ones_(Tensor tensor) {
    return constant_(tensor, 1.);
  }

  /** Fills with zeros. PyTorch: {@code nn.init.zeros_(tensor)}. */
  public static Tensor zeros_(Tensor tensor) {
    try (var g = Torch.no_grad()) {
      return tensor.zero_();
    }
  }

  /**
   * {@code (fan_in, fan_out)}: {@code size(1)} and {@code size(0)} times the receptive field.
   *
   * @throws IllegalArgumentException for fewer than 2 dimensions
   */
  public static long[] _calculate_fan_in_and_fan_out(Tensor tensor) {
    if (tensor.dim() < 2) {
      throw new IllegalArgumentException(
          "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
    }
    long receptive = 1;
    for (int d = 2; d < tensor.dim(); d++) {
      receptive *= tensor.size(d);
    }
    return new long[] {tensor.size(1) * receptive, tensor.size(0) * receptive};
  }

  private static long correctFan(Tensor tensor, String mode) {
    String m = mode.toLowerCase(java.util.Locale.ROOT);
    if (!m.equals("fan_in") && !m.equals("fan_out")) {
      throw new IllegalArgumentException(
          "Mode " + m + " not supported, please use one of " + "['fan_in', 'fan_out']");
    }
    long[] fans = _calculate_fan_in_and_fan_out(tensor);
    return m.equals("fan_in") ? fans[0] : fans[1];
  }

  /**
   * Glorot uniform: U(-a, a) with {@code a = gain·√(6/(fan_in+fan_out))}. PyTorch: {@code
   * nn.init.xavier_uniform_(tensor, gain)}.
   */
  public static Tensor xavier_uniform_(Tensor tensor, double gain) {
    long[] f = _calculate_fan_in_and_fan_out(tensor);
    double std = gain * Math.sqrt(2.0 / (double) (f[0] + f[1]));
    double a = Math.sqrt(3.0) * std;
    return uniform_(tensor, -a, a);
  }

  /** PyTorch: {@code nn.init.xavier_uniform_(tensor)}. */
  public static Tensor xavier_uniform_(Tensor tensor) {
    return xavier_uniform_(tensor, 1.);
  }

  /** Glorot normal: N(0, gain²·2/(fan_in+fan_out)). PyTorch: {@code nn.init.xavier_normal_}. */
  public static Tensor xavier_normal_(Tensor tensor, double gain) {
    long[] f = _calculate_fan_in_and_fan_out(tensor);
    double std = gain * Math.sqrt(2.0 / (double) (f[0] + f[1]));
    return normal_(tensor, 0., std);
  }

  /** PyTorch: {@code nn.init.xavier_normal_(tensor)}. */
  public static Tensor xavier_normal_(Tensor tensor) {
    return xavier_normal_(tensor, 1.);
  }

  /**
   * He uniform: U(-b, b) with {@code b = gain·√(3/fan)}; {@code a} is the leaky_relu slope that the
   * gain uses. Linear's default is {@code kaiming_uniform_(w, Math.sqrt(5))}. PyTorch: {@code
   * nn.init.kaiming_uniform_(tensor, a, mode, nonlinearity)}.
   */
  public static Tensor kaiming_uniform_(Tensor tensor, double a, String mode, String nonlinearity) {
    if (tensor.shape().contains(0L)) {
      return tensor;
    }
    long fan = correctFan(tensor, mode);
    double gain = calculate_gain(nonlinearity, a);
    double std = gain / Math.sqrt(fan);
    double bound = Math.sqrt(3.0) * std;
    try (var g = Torch.no_grad()) {
      return tensor.uniform_(-bound, bound);
    }
  }

  /** PyTorch: {@code nn.init.kaiming_uniform_(tensor, a)} (fan_in, leaky_relu). */
  public static Tensor kaiming_uniform_(Tensor tensor, double a) {
    return kaiming_uniform_(tensor, a, "fan_in", "leaky_relu");
  }

  /** PyTorch: {@code nn.init.kaiming_uniform_(tensor)}. */
  public static Tensor kaiming_uniform_(Tensor tensor) {
    return kaiming_uniform_(tensor, 0, "fan_in", "leaky_relu");
  }

  /** He normal: N(0, (gain/√fan)²). PyTorch: {@code nn.init.kaiming_normal_(tensor, a, mode, nl)}. */
  public static Tensor kaiming_normal_(Tensor tensor, double a, String mode, String nonlinearity) {
    if (tensor.shape().contains(0L)) {
      return tensor;
    }
    long fan = correctFan(tensor, mode);
    double gain = calculate_gain(nonlinearity, a);
    double std = gain / Math.sqrt(fan);
    try (var g = Torch.no_grad()) {
      return tensor.normal_(0, std);
    }
  }

  /** PyTorch: {@code nn.init.kaiming_normal_(tensor, a)}. */
  public static Tensor kaiming_normal_(Tensor tensor, double a) {
    return kaiming_normal_(tensor, a, "fan_in", "leaky_relu");
  }

  /** PyTorch: {@code nn.init.kaiming_normal_(tensor)}. */
  public static Tensor kaiming_normal_(Tensor tensor) {
    return kaiming_normal_(tensor, 0, "fan_in", "leaky_relu");
  }

}
