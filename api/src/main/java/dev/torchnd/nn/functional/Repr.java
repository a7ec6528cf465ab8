package dev.torchnd.nn.functional;

import java.util.List;

/** Python's spellings of numbers and lists, for reprs and error texts. */
public final class Repr {
  private Repr() {}

  /** Python's {@code repr(float)}: {@code 0.5}, {@code 1.0}, {@code 1e-05}, {@code inf}. */
  public static String pyFloat(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0.0" : "0.0";
    }
    String s = Double.toString(v);
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e16) {
      if (s.contains("E")) {
        s = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
        if (!s.contains(".")) {
          s = s + ".0";
        }
      }
      return s;
    }
    // Java writes these as 1.0E-5; Python as 1e-05.
    String mant = s.substring(0, s.indexOf('E'));
    int exp = Integer.parseInt(s.substring(s.indexOf('E') + 1));
    if (mant.endsWith(".0")) {
      mant = mant.substring(0, mant.length() - 2);
    }
    return mant
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exp));
  }

  /** C++'s {@code operator<<(double)} (six significant digits), as PyTorch's C++ messages print. */
  public static String cppDouble(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      String m = s.substring(0, s.indexOf('e'));
      String e = s.substring(s.indexOf('e'));
      if (m.contains(".")) {
        m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return m + e;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  /** A C++ {@code IntArrayRef} as PyTorch prints it: {@code [2, 3]}. */
  public static String list(List<Long> dims) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < dims.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(dims.get(i));
    }
    return sb.append(']').toString();
  }

  /** A Python tuple of ints: {@code (2, 5)}, {@code (5,)}. */
  public static String tuple(long... dims) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < dims.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(dims[i]);
    }
    return sb.append(dims.length == 1 ? ",)" : ")").toString();
  }
}
