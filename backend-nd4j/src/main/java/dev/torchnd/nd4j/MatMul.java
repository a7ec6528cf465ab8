package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;
import java.util.Arrays;

/**
 * Matrix products that stay in Java (small, matrix-vector, integral): rows of the output are
 * accumulated in double ({@code out[i,:] += a[i,p] * b[p,:]}, streaming through {@code b}'s rows),
 * or as a dot product when the output has one column.
 *
 * <p>float32 matrix-vector shapes ({@code dot}, {@code mv}, {@code t().mv}, vector-matrix) on heap
 * arrays have blocked kernels that JDK 17's C2 vectorises: it packs {@code c[j] op= a[j] * b[j]}
 * only when every array is indexed at the same offset (and never a float reduction), so each
 * block of operands is first copied into thread-local scratch at offset 0
 * ({@link System#arraycopy} is an intrinsic), multiplied lane-wise into a float accumulator
 * array, and folded at the end. Long products are split across {@link Parallel}'s threads in
 * fixed chunks whose partial sums combine in chunk order, so results are deterministic for a
 * given thread count.
 */
final class MatMul {
  private MatMul() {}

  /** Multiply-adds per parallel chunk: smaller products stay on the calling thread. */
  private static final long GRAIN = 1 << 16;

  /** Block length of the dot kernel: its three scratch blocks stay in L1. */
  private static final int B = 512;

  /** Blocks of the dot kernel summed per lane in float before they are folded into double. */
  private static final int DOT_FLUSH = 8;

  /** Columns per block of the axpy kernel. */
  private static final int TB = 1024;

  /** Rows of a float block accumulated before the block is added into the double totals. */
  private static final int FLUSH = 64;

  /** Below this many multiply-adds the plain loops below are as fast. */
  private static final long FAST_MIN = 4096;

  private static final class Scratch {
    final float[] acc = new float[Math.max(B, TB)];
    final float[] bx = new float[Math.max(B, TB)];
    final float[] by = new float[B];
    final double[] accd = new double[TB];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  static void java(
      Access x, Layout al, Access y, Layout bl, Access z, Layout ol, boolean fp) {
    long batch = al.shape()[0];
    int n = (int) al.shape()[1];
    int k = (int) al.shape()[2];
    int m = (int) bl.shape()[2];
    long[] as = al.strides();
    long[] bs = bl.strides();
    long[] os = ol.strides();
    boolean f32 = fp && x instanceof Access.F32 ax0 && ax0.arr != null
        && y instanceof Access.F32 ay0 && ay0.arr != null;
    boolean fast = f32 && (long) n * k * m >= FAST_MIN && k > 0;
    double[] row = null;
    long[] lrow = null;
    for (long bi = 0; bi < batch; bi++) {
      long aBase = al.offset() + bi * as[0];
      long bBase = bl.offset() + bi * bs[0];
      long oBase = ol.offset() + bi * os[0];
      if (fast && fastF32(((Access.F32) x).arr, aBase, as, ((Access.F32) y).arr, bBase, bs, z,
          oBase, os, n, k, m)) {
        continue;
      }
      if (row == null) {
        row = new double[m];
        lrow = new long[m];
      }
      for (int i = 0; i < n; i++) {
        long ai = aBase + i * as[1];
        if (fp && m == 1) {
          z.setD((int) (oBase + i * os[1]), dot(x, ai, as[2], y, bBase, bs[1], k));
          continue;
        }
        if (fp && x instanceof Access.F32 ax && ax.arr != null && y instanceof Access.F32 ay
            && ay.arr != null && bs[2] == 1) {
          // out[i,:] += a[i,p] * b[p,:] over contiguous rows of b.
          Arrays.fill(row, 0);
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
          Arrays.fill(row, 0);
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
          Arrays.fill(lrow, 0);
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

  /**
   * One matrix of a float32 matrix-vector shaped product on heap arrays; false when the shape or
   * strides have no fast kernel here.
   */
  private static boolean fastF32(float[] u, long aBase, long[] as, float[] v, long bBase,
      long[] bs, Access z, long oBase, long[] os, int n, int k, int m) {
    if (m == 1 && (as[2] == 1 || k == 1) && (bs[1] == 1 || k == 1)) {
      // Rows of a dotted with b's column: dot and mv.
      rowDots(u, aBase, as[1], v, bBase, z, oBase, os[1], n, k);
      return true;
    }
    if (m == 1 && as[1] == 1 && n > 1) {
      // a's columns are contiguous (a transposed view): out = sum_p b[p] * a[:,p].
      axpy(u, aBase, as[2], v, bBase, bs[1], z, oBase, os[1], n, k);
      return true;
    }
    if (n == 1 && bs[2] == 1 && m > 1) {
      // Vector-matrix: out = sum_p a[p] * b[p,:].
      axpy(v, bBase, bs[1], u, aBase, as[2], z, oBase, os[2], m, k);
      return true;
    }
    return false;
  }

  private static void rowDots(float[] u, long aBase, long aRow, float[] v, long bBase, Access z,
      long oBase, long oStride, int n, int k) {
    if (n == 1) {
      int chunks = Parallel.chunks(k, GRAIN);
      if (chunks <= 1) {
        z.setD((int) oBase, dotF(u, (int) aBase, v, (int) bBase, k));
        return;
      }
      double[] part = new double[chunks];
      Parallel.forChunks(k, chunks,
          (c, lo, hi) -> part[c] = dotF(u, (int) (aBase + lo), v, (int) (bBase + lo),
              (int) (hi - lo)));
      double s = 0;
      for (double p : part) {
        s += p;
      }
      z.setD((int) oBase, s);
      return;
    }
    long rowGrain = Math.max(1, GRAIN / k);
    Parallel.forRange(n, rowGrain, (lo, hi) -> {
      if (!Simd.ON && k >= GemvF32.XB) {
        // mv: the rows of a chunk share each copied block of v (GemvF32).
        GemvF32.rowsInto(u, aBase, aRow, v, (int) bBase, k, lo, hi, z, oBase, oStride);
        return;
      }
      for (long i = lo; i < hi; i++) {
        z.setD((int) (oBase + i * oStride), dotF(u, (int) (aBase + i * aRow), v, (int) bBase, k));
      }
    });
  }

  /**
   * {@code out[t * oStride] = sum_p c[cBase + p * cs] * mat[mBase + p * ms + t]} for {@code t <
   * len}: float blocks of {@link #FLUSH} rows, added into double totals.
   */
  private static void axpy(float[] mat, long mBase, long ms, float[] c, long cBase, long cs,
      Access z, long oBase, long oStride, int len, int k) {
    long colGrain = Math.max(1, GRAIN / k);
    Parallel.forRange(len, colGrain, (lo, hi) -> {
      Scratch s = SCRATCH.get();
      float[] acc = s.acc;
      float[] buf = s.bx;
      double[] accd = s.accd;
      for (long t0 = lo; t0 < hi; t0 += TB) {
        int tl = (int) Math.min(TB, hi - t0);
        Arrays.fill(accd, 0, tl, 0);
        for (int p0 = 0; p0 < k; p0 += FLUSH) {
          int pe = Math.min(k, p0 + FLUSH);
          Arrays.fill(acc, 0, tl, 0f);
          for (int p = p0; p < pe; p++) {
            float cp = c[(int) (cBase + p * cs)];
            System.arraycopy(mat, (int) (mBase + p * ms + t0), buf, 0, tl);
            for (int j = 0; j < tl; j++) {
              acc[j] += cp * buf[j];
            }
          }
          for (int j = 0; j < tl; j++) {
            accd[j] += acc[j];
          }
        }
        if (z instanceof Access.F32 fz && fz.arr != null && oStride == 1) {
          float[] o = fz.arr;
          int ob = (int) (oBase + t0);
          for (int j = 0; j < tl; j++) {
            o[ob + j] = (float) accd[j];
          }
        } else {
          for (int j = 0; j < tl; j++) {
            z.setD((int) (oBase + (t0 + j) * oStride), accd[j]);
          }
        }
      }
    });
  }

  /** Unit-stride float dot product: lane-wise products of copied blocks, folded pairwise. */
  static double dotF(float[] u, int xi, float[] v, int yi, int k) {
    if (Simd.ON && k >= 64) {
      return SimdF32.dot(u, xi, v, yi, k);
    }
    if (k < 2 * B) {
      return dotSmall(u, xi, v, yi, k);
    }
    Scratch s = SCRATCH.get();
    float[] acc = s.acc;
    float[] bx = s.bx;
    float[] by = s.by;
    double total = 0;
    int p = 0;
    while (p < k) {
      // Each lane sums at most DOT_FLUSH products in float before the fold moves them to double.
      int end = Math.min(k, p + DOT_FLUSH * B);
      Arrays.fill(acc, 0, B, 0f);
      for (; p + B <= end; p += B) {
        System.arraycopy(u, xi + p, bx, 0, B);
        System.arraycopy(v, yi + p, by, 0, B);
        for (int j = 0; j < B; j++) {
          acc[j] += bx[j] * by[j];
        }
      }
      int r = end - p;
      if (r > 0) {
        System.arraycopy(u, xi + p, bx, 0, r);
        System.arraycopy(v, yi + p, by, 0, r);
        for (int j = 0; j < r; j++) {
          acc[j] += bx[j] * by[j];
        }
        p = end;
      }
      total += fold(acc);
    }
    return total;
  }

  /** Pairwise sum of {@code acc[0..B)} by halving (constant bounds, so C2 vectorises each pass). */
  private static double fold(float[] acc) {
    for (int j = 0; j < 256; j++) {
      acc[j] += acc[j + 256];
    }
    return GemvF32.fold(acc);
  }

  /** Eight float lanes per block of 1024 (the shape BLAS sdot accumulates in), blocks in double. */
  private static double dotSmall(float[] u, int xi, float[] v, int yi, int k) {
    double a0 = 0;
    int p = 0;
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
    return a0;
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
      return dotF(ax.arr, (int) xo, ay.arr, (int) yo, k);
    } else if (x instanceof Access.F64 dx && dx.arr != null && y instanceof Access.F64 dy
        && dy.arr != null) {
      double[] u = dx.arr;
      double[] v = dy.arr;
      for (; p + 4 <= k; p += 4) {
        a0 += u[(int) (xo + p * xs)] * v[(int) (yo + p * ys)];
        a1 += u[(int) (xo + (p + 1) * xs)] * v[(int) (yo + (p + 1) * ys)];
        a2 += u[(int) (xo + (p + 2) * xs)] * v[(int) (yo + (p + 2) * ys)];
        a3 += u[(int) (xo + (p + 3) * xs)] * v[(int) (yo + (p + 3) * ys)];
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
