package dev.torchnd.nd4j;

import dev.torchnd.Layout;

/**
 * Matrix products that stay in Java (small, matrix-vector, integral): rows of the output are
 * accumulated in double ({@code out[i,:] += a[i,p] * b[p,:]}, streaming through {@code b}'s rows),
 * or as a four-way dot product when the output has one column.
 */
final class MatMul {
  private MatMul() {}

  static void java(
      Access x, Layout al, Access y, Layout bl, Access z, Layout ol, boolean fp) {
    long batch = al.shape()[0];
    int n = (int) al.shape()[1];
    int k = (int) al.shape()[2];
    int m = (int) bl.shape()[2];
    long[] as = al.strides();
    long[] bs = bl.strides();
    long[] os = ol.strides();
    double[] row = new double[m];
    long[] lrow = new long[m];
    for (long bi = 0; bi < batch; bi++) {
      long aBase = al.offset() + bi * as[0];
      long bBase = bl.offset() + bi * bs[0];
      long oBase = ol.offset() + bi * os[0];
      for (int i = 0; i < n; i++) {
        long ai = aBase + i * as[1];
        if (fp && m == 1) {
          z.setD((int) (oBase + i * os[1]), dot(x, ai, as[2], y, bBase, bs[1], k));
          continue;
        }
        if (fp && x instanceof Access.F32 ax && ax.arr != null && y instanceof Access.F32 ay
            && ay.arr != null && bs[2] == 1) {
          // out[i,:] += a[i,p] * b[p,:] over contiguous rows of b: a loop C2 vectorises.
          java.util.Arrays.fill(row, 0);
          float[] av = ax.arr;
          float[] bv = ay.arr;
          for (int p = 0; p < k; p++) {
            double a = av[(int) (ai + p * as[2])];
            int bp = (int) (bBase + p * bs[1]);
            for (int j = 0; j < m; j++) {
              row[j] += a * bv[bp + j];
            }
          }
          for (int j = 0; j < m; j++) {
            z.setD((int) (oBase + i * os[1] + j * os[2]), row[j]);
          }
        } else if (fp) {
          java.util.Arrays.fill(row, 0);
          for (int p = 0; p < k; p++) {
            double av = x.getD((int) (ai + p * as[2]));
            long bp = bBase + p * bs[1];
            for (int j = 0; j < m; j++) {
              row[j] += av * y.getD((int) (bp + j * bs[2]));
            }
          }
          for (int j = 0; j < m; j++) {
            z.setD((int) (oBase + i * os[1] + j * os[2]), row[j]);
          }
        } else {
          java.util.Arrays.fill(lrow, 0);
          for (int p = 0; p < k; p++) {
            long av = x.getL((int) (ai + p * as[2]));
            long bp = bBase + p * bs[1];
            for (int j = 0; j < m; j++) {
              lrow[j] += av * y.getL((int) (bp + j * bs[2]));
            }
          }
          for (int j = 0; j < m; j++) {
            z.setL((int) (oBase + i * os[1] + j * os[2]), lrow[j]);
          }
        }
      }
    }
  }

  /** Dot product of two strided float vectors; four accumulators break the add-latency chain. */
  static double dot(Access x, long xo, long xs, Access y, long yo, long ys, int k) {
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    double a3 = 0;
    int p = 0;
    if (x instanceof Access.F32 ax && ax.arr != null && y instanceof Access.F32 ay && ay.arr != null
        && xs == 1 && ys == 1) {
      float[] u = ax.arr;
      float[] v = ay.arr;
      int xi = (int) xo;
      int yi = (int) yo;
      // Blocks of 1024 in eight float lanes (the shape BLAS sdot accumulates in), block sums in
      // double: independent lanes pipeline and C2 can pack them into vector registers.
      while (p < k) {
        int end = Math.min(k, p + 1024);
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        for (; p + 8 <= end; p += 8) {
          s0 += u[xi + p] * v[yi + p];
          s1 += u[xi + p + 1] * v[yi + p + 1];
          s2 += u[xi + p + 2] * v[yi + p + 2];
          s3 += u[xi + p + 3] * v[yi + p + 3];
          s4 += u[xi + p + 4] * v[yi + p + 4];
          s5 += u[xi + p + 5] * v[yi + p + 5];
          s6 += u[xi + p + 6] * v[yi + p + 6];
          s7 += u[xi + p + 7] * v[yi + p + 7];
        }
        for (; p < end; p++) {
          s0 += u[xi + p] * v[yi + p];
        }
        a0 += ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
      }
    } else if (x instanceof Access.F32 fx && y instanceof Access.F32 fy && xs == 1 && ys == 1) {
      int xi = (int) xo;
      int yi = (int) yo;
      for (; p + 4 <= k; p += 4) {
        a0 += (double) fx.b.get(xi + p) * fy.b.get(yi + p);
        a1 += (double) fx.b.get(xi + p + 1) * fy.b.get(yi + p + 1);
        a2 += (double) fx.b.get(xi + p + 2) * fy.b.get(yi + p + 2);
        a3 += (double) fx.b.get(xi + p + 3) * fy.b.get(yi + p + 3);
      }
    }
    for (; p < k; p++) {
      a0 += x.getD((int) (xo + p * xs)) * y.getD((int) (yo + p * ys));
    }
    return (a0 + a1) + (a2 + a3);
  }
}
