package dev.torchnd;

/**
 * The numerical properties of a floating dtype, PyTorch's {@code torch.finfo}: {@link
 * Torch#finfo(DType)}.
 *
 * <pre>{@code finfo(float16)   // finfo(resolution=0.001, min=-65504, max=65504, eps=0.000976562, smallest_normal=6.10352e-05, tiny=6.10352e-05, dtype=float16)}</pre>
 */
public final class FInfo {
  private final DType dtype;

  FInfo(DType dtype) {
    if (!dtype.is_floating_point()) {
      throw new IllegalArgumentException(
          "torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'");
    }
    this.dtype = dtype;
  }

  /** The number of bits. PyTorch: {@code finfo.bits}. */
  public int bits() {
    return dtype.itemsize() * 8;
  }

  /** The difference between 1 and the next representable value. PyTorch: {@code finfo.eps}. */
  public double eps() {
    return switch (dtype) {
      case float32 -> Math.ulp(1.0f);
      case float64 -> Math.ulp(1.0);
      case float16 -> 0x1p-10;
      default -> 0x1p-7;
    };
  }

  /** The largest finite value. PyTorch: {@code finfo.max}. */
  public double max() {
    return switch (dtype) {
      case float32 -> Float.MAX_VALUE;
      case float64 -> Double.MAX_VALUE;
      case float16 -> 65504.0;
      default -> Float.intBitsToFloat(0x7F7F0000);
    };
  }

  /** The lowest finite value ({@code -max()}). PyTorch: {@code finfo.min}. */
  public double min() {
    return -max();
  }

  /** The smallest positive normal value. PyTorch: {@code finfo.smallest_normal}. */
  public double smallest_normal() {
    return switch (dtype) {
      case float64 -> Double.MIN_NORMAL;
      case float16 -> 0x1p-14;
      default -> Float.MIN_NORMAL;
    };
  }

  /** Alias of {@link #smallest_normal()}. PyTorch: {@code finfo.tiny}. */
  public double tiny() {
    return smallest_normal();
  }

  /** {@code 10^-digits10}, the approximate decimal resolution. PyTorch: {@code finfo.resolution}. */
  public double resolution() {
    return switch (dtype) {
      case float32 -> 1e-06;
      case float64 -> 1e-15;
      case float16 -> 0.001;
      default -> 0.01;
    };
  }

  /** The dtype described. PyTorch: {@code finfo.dtype} (a string there). */
  public DType dtype() {
    return dtype;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FInfo f && f.dtype == dtype;
  }

  @Override
  public int hashCode() {
    return dtype.hashCode();
  }

  /** PyTorch's {@code repr(torch.finfo(dtype))}, numbers in C's {@code %g}. */
  @Override
  public String toString() {
    return "finfo(resolution=" + IInfo.g(resolution()) + ", min=" + IInfo.g(min()) + ", max="
        + IInfo.g(max()) + ", eps=" + IInfo.g(eps()) + ", smallest_normal=" + IInfo.g(smallest_normal())
        + ", tiny=" + IInfo.g(tiny()) + ", dtype=" + dtype.name() + ")";
  }
}
