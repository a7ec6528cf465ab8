package dev.torchnd.nn;

/** Python slice strings ({@code "1:"}, {@code ":-1"}, {@code "::2"}) over a list of length n. */
final class Slices {
  private Slices() {}

  /** {start, stop, step} as Python's {@code slice.indices(n)} gives them. */
  static int[] parse(String s, int n) {
    String[] p = s.split(":", -1);
    if (p.length < 2 || p.length > 3) {
      throw new IllegalArgumentException("not a slice: " + s);
    }
    int step = p.length == 3 && !p[2].isBlank() ? Integer.parseInt(p[2].trim()) : 1;
    if (step == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    Integer start = p[0].isBlank() ? null : Integer.parseInt(p[0].trim());
    Integer stop = p[1].isBlank() ? null : Integer.parseInt(p[1].trim());
    int lo = step > 0 ? 0 : -1;
    int hi = step > 0 ? n : n - 1;
    int a = start == null ? (step > 0 ? lo : hi) : clamp(start, n, lo, hi);
    int b = stop == null ? (step > 0 ? hi : lo) : clamp(stop, n, lo, hi);
    return new int[] {a, b, step};
  }

  private static int clamp(int v, int n, int lo, int hi) {
    if (v < 0) {
      v += n;
      return Math.max(v, lo);
    }
    return Math.min(v, hi);
  }
}
