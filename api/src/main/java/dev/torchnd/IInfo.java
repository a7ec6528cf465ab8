package dev.torchnd;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The range of an integral dtype, PyTorch's {@code torch.iinfo}: {@link Torch#iinfo(DType)}.
 *
 * <pre>{@code iinfo(int8)   // iinfo(min=-128, max=127, dtype=int8)}</pre>
 */
public final class IInfo {
  private final DType dtype;

  IInfo(DType dtype) {
    if (dtype == DType.bool) {
      throw new IllegalArgumentException("torch.bool is not supported by torch.iinfo");
    }
    if (!dtype.isIntegral()) {
      throw new IllegalArgumentException(
          "torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'");
    }
    this.dtype = dtype;
  }

  /** The number of bits. PyTorch: {@code iinfo.bits}. */
  public int bits() {
    return dtype.itemsize() * 8;
  }

  /** The largest value. PyTorch: {@code iinfo.max}. */
  public long max() {
    return switch (dtype) {
      case uint8 -> 255;
      case int8 -> Byte.MAX_VALUE;
      case int16 -> Short.MAX_VALUE;
      case int32 -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  /** The smallest value. PyTorch: {@code iinfo.min}. */
  public long min() {
    return switch (dtype) {
      case uint8 -> 0;
      case int8 -> Byte.MIN_VALUE;
      case int16 -> Short.MIN_VALUE;
      case int32 -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }

  /** The dtype described. PyTorch: {@code iinfo.dtype} (a string there). */
  public DType dtype() {
    return dtype;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IInfo i && i.dtype == dtype;
  }

  @Override
  public int hashCode() {
    return dtype.hashCode();
  }

  /** PyTorch's {@code repr(torch.iinfo(dtype))}, numbers in C's {@code %g}. */
  @Override
  public String toString() {
    return "iinfo(min=" + g(min()) + ", max=" + g(max()) + ", dtype=" + dtype.name() + ")";
  }

  /** C's {@code printf("%g", v)}: 6 significant digits, trailing zeros removed. */
  static String g(double v) {
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(6, java.math.RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    String s;
    if (exp >= -4 && exp < 6) {
      s = r.setScale(Math.max(0, 5 - exp), java.math.RoundingMode.HALF_EVEN).toPlainString();
      if (s.contains(".")) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return s;
    }
    BigDecimal mant = r.movePointLeft(exp);
    String m = mant.setScale(5, java.math.RoundingMode.HALF_EVEN).toPlainString();
    m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
    int a = Math.abs(exp);
    return m + "e" + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
  }
}
