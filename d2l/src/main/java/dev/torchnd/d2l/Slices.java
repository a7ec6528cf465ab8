package dev.torchnd.d2l;

/** Python slice syntax ({@code ":"}, {@code "0:2"}, {@code "-1:"}, {@code "::2"}) for iloc. */
final class Slices {
  private Slices() {}

  static int[] positions(String spec, int n, String axis) {
    String s = spec.strip();
    if (!s.contains(":")) {
      throw new IllegalArgumentException(
          "iloc on " + axis + " takes a slice here (\"" + spec + "\"); use iloc(rows, int)");
    }
    String[] p = s.split(":", -1);
    if (p.length > 3) {
      throw new IllegalArgumentException("invalid slice: " + spec);
    }
    int step = p.length == 3 && !p[2].isBlank() ? Integer.parseInt(p[2].strip()) : 1;
    if (step == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    Integer a = p[0].isBlank() ? null : Integer.parseInt(p[0].strip());
    Integer b = p[1].isBlank() ? null : Integer.parseInt(p[1].strip());
    int start;
    int stop;
    if (step > 0) {
      start = a == null ? 0 : clamp(a < 0 ? a + n : a, 0, n);
      stop = b == null ? n : clamp(b < 0 ? b + n : b, 0, n);
    } else {
      start = a == null ? n - 1 : clamp(a < 0 ? a + n : a, -1, n - 1);
      stop = b == null ? -1 : clamp(b < 0 ? b + n : b, -1, n - 1);
    }
    int count = 0;
    for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
      count++;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
      out[k++] = i;
    }
    return out;
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
