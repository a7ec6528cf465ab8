package dev.torchnd.nn.functional;

import java.util.List;

/**
 * C++'s and Python's spellings of numbers and shapes, for reprs and error texts (Python values in
 * general: {@link dev.torchnd.PyRepr}).
 */
public final class Repr {
  private Repr() {}

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
