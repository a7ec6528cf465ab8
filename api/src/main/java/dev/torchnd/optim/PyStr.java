package dev.torchnd.optim;

import dev.torchnd.PyRepr;
import java.util.List;

/** Python's {@code str()} of option values, for optimizer and scheduler messages and reprs. */
final class PyStr {
  private PyStr() {}

  /**
   * {@code str(v)}: a str as itself, anything else as its repr; option tuples (betas) arrive as
   * {@code List}s or {@code double[]}s and print as Python tuples.
   */
  static String str(Object v) {
    if (v instanceof CharSequence s) {
      return s.toString();
    }
    if (v instanceof double[] a) {
      return PyRepr.tuple(java.util.Arrays.stream(a).boxed().toList());
    }
    if (v instanceof List<?> l) {
      return PyRepr.tuple(l);
    }
    return PyRepr.repr(v);
  }
}
