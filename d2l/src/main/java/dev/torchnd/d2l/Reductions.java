package dev.torchnd.d2l;

/** pandas' nan-skipping reductions, summing like NumPy (pairwise, 8 accumulators). */
final class Reductions {
  private Reductions() {}

  /** {@code nansum}: NaN counted as 0, summed with NumPy's pairwise algorithm. */
  static double nansum(double[] v) {
    double[] a = v.clone();
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i])) {
        a[i] = 0;
      }
    }
    return pairwise(a, 0, a.length);
  }

  /** {@code nanmean}: nansum / number of non-NaN values ({@code NaN} when there are none). */
  static double nanmean(double[] v) {
    int count = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        count++;
      }
    }
    return count == 0 ? Double.NaN : nansum(v) / count;
  }

  /** NumPy's {@code pairwise_sum} (numpy/core/src/umath/loops_utils.h.src). */
  static double pairwise(double[] a, int off, int n) {
    if (n < 8) {
      double res = -0.0;
      for (int i = 0; i < n; i++) {
        res += a[off + i];
      }
      return res;
    } else if (n <= 128) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[off + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[off + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[off + i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return pairwise(a, off, n2) + pairwise(a, off + n2, n - n2);
    }
  }
}
