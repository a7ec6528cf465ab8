package dev.torchnd.nd4j;

/**
 * float32 matrix-vector products ({@code mv}) on heap arrays for JDK 17's C2 (no Vector API):
 * blocks of up to {@link #XB} elements of {@code x} and of a row are copied to offset 0 of
 * thread-local scratch, and one loop of {@link #L} iterations multiplies up to four pieces of
 * {@code L} elements and adds them into {@code L} float lanes.
 *
 * <p>C2's SuperWord packs loads and stores only when every array is indexed by the same
 * loop-invariant expression (different invariants count as possible aliases), so the operands are
 * copied first ({@link System#arraycopy} is an intrinsic); constant offsets ({@code r[j + 256]})
 * are fine, which lets one pass read four pieces per lane and touch the accumulator once per four
 * products instead of once per product, as the one-piece loop of {@link MatMul#dotF} does. (Eight
 * pieces per pass measured 2x slower: the loop body outgrows C2's unroll limit, and a loop that
 * is not unrolled is not vectorised.) The block of {@code x} is copied once per block and thread
 * and serves every row, so each matrix element is copied once ({@code dotF} copies both operands
 * of every row).
 *
 * <p>Order: a lane sums at most four products of a block (pairwise, in float), the lanes of a
 * block are folded pairwise into a double, and blocks add up in double: at least as accurate as
 * BLAS's float accumulation. PyTorch calls BLAS {@code sdot}/{@code sgemv}, whose order is its
 * own, so results agree to float tolerance, not bit for bit (the compat fixtures compare matrix
 * products within float32's rtol/atol).
 */
final class GemvF32 {
  private GemvF32() {}

  /** Lanes: the length of the float accumulator and of one piece. */
  static final int L = 256;

  /** Elements per block: four pieces. */
  static final int XB = 4 * L;

  /** Below this length a row is summed by the scalar loop only. */
  static final int MIN = L;

  private static final class Scratch {
    /** {@code x}'s block in pieces of 4, 2 and 1 times {@link #L} elements, each at offset 0. */
    final float[] x4 = new float[4 * L];
    final float[] x2 = new float[2 * L];
    final float[] x1 = new float[L];
    /** The row's part for the current piece. */
    final float[] r = new float[XB];
    final float[] acc = new float[L];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** {@link #rows}, each row's sum stored at {@code z[oBase + i * oStride]} (rounded to z's dtype). */
  static void rowsInto(float[] a, long aBase, long aRow, float[] x, int xBase, int k, long lo,
      long hi, Access z, long oBase, long oStride) {
    double[] sums = new double[(int) (hi - lo)];
    rows(a, aBase, aRow, x, xBase, k, lo, hi, sums);
    for (long i = lo; i < hi; i++) {
      z.setD((int) (oBase + i * oStride), sums[(int) (i - lo)]);
    }
  }

  /**
   * Rows {@code [lo, hi)} of {@code a} (row {@code i} starts at {@code aBase + i * aRow}, unit
   * stride, {@code k} long) times {@code x[xBase .. xBase + k)}: {@code out[i - lo]} is set.
   */
  static void rows(float[] a, long aBase, long aRow, float[] x, int xBase, int k, long lo, long hi,
      double[] out) {
    java.util.Arrays.fill(out, 0, (int) (hi - lo), 0);
    if (k < MIN) {
      for (long i = lo; i < hi; i++) {
        out[(int) (i - lo)] = tail(a, (int) (aBase + i * aRow), x, xBase, k);
      }
      return;
    }
    Scratch s = SCRATCH.get();
    for (int p0 = 0; p0 < k; p0 += XB) {
      int pl = Math.min(XB, k - p0);
      int c = pieces(x, xBase + p0, pl, s);
      for (long i = lo; i < hi; i++) {
        int b = (int) (aBase + i * aRow) + p0;
        java.util.Arrays.fill(s.acc, 0f);
        accumulate(a, b, pl, s);
        out[(int) (i - lo)] += fold(s.acc) + tail(a, b + c, x, xBase + p0 + c, pl - c);
      }
    }
  }

  /**
   * Copies {@code v[off .. off + pl)}'s whole pieces into {@code s.x4/x2/x1} (largest first);
   * returns the elements covered, a multiple of {@link #L}.
   */
  private static int pieces(float[] v, int off, int pl, Scratch s) {
    int c = 0;
    if (pl - c >= 4 * L) {
      System.arraycopy(v, off + c, s.x4, 0, 4 * L);
      c += 4 * L;
    }
    if (pl - c >= 2 * L) {
      System.arraycopy(v, off + c, s.x2, 0, 2 * L);
      c += 2 * L;
    }
    if (pl - c >= L) {
      System.arraycopy(v, off + c, s.x1, 0, L);
      c += L;
    }
    return c;
  }

  /** Adds {@code u[off ..]}'s whole pieces times the copied pieces of {@link #pieces} into acc. */
  private static void accumulate(float[] u, int off, int pl, Scratch s) {
    float[] r = s.r;
    float[] acc = s.acc;
    int c = 0;
    if (pl - c >= 4 * L) {
      System.arraycopy(u, off + c, r, 0, 4 * L);
      step4(r, s.x4, acc);
      c += 4 * L;
    }
    if (pl - c >= 2 * L) {
      System.arraycopy(u, off + c, r, 0, 2 * L);
      step2(r, s.x2, acc);
      c += 2 * L;
    }
    if (pl - c >= L) {
      System.arraycopy(u, off + c, r, 0, L);
      step1(r, s.x1, acc);
    }
  }

  private static void step4(float[] r, float[] x, float[] acc) {
    for (int j = 0; j < L; j++) {
      float p0 = r[j] * x[j] + r[j + L] * x[j + L];
      float p1 = r[j + 2 * L] * x[j + 2 * L] + r[j + 3 * L] * x[j + 3 * L];
      acc[j] += p0 + p1;
    }
  }

  private static void step2(float[] r, float[] x, float[] acc) {
    for (int j = 0; j < L; j++) {
      acc[j] += r[j] * x[j] + r[j + L] * x[j + L];
    }
  }

  private static void step1(float[] r, float[] x, float[] acc) {
    for (int j = 0; j < L; j++) {
      acc[j] += r[j] * x[j];
    }
  }

  /** Scalar dot of fewer than a piece's elements: eight float chains, then double. */
  private static double tail(float[] u, int xi, float[] v, int yi, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    float s4 = 0;
    float s5 = 0;
    float s6 = 0;
    float s7 = 0;
    int p = 0;
    for (; p + 8 <= n; p += 8) {
      s0 += u[xi + p] * v[yi + p];
      s1 += u[xi + p + 1] * v[yi + p + 1];
      s2 += u[xi + p + 2] * v[yi + p + 2];
      s3 += u[xi + p + 3] * v[yi + p + 3];
      s4 += u[xi + p + 4] * v[yi + p + 4];
      s5 += u[xi + p + 5] * v[yi + p + 5];
      s6 += u[xi + p + 6] * v[yi + p + 6];
      s7 += u[xi + p + 7] * v[yi + p + 7];
    }
    for (; p < n; p++) {
      s0 += u[xi + p] * v[yi + p];
    }
    return (double) ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /**
   * Pairwise sum of {@code acc[0 .. 256)} by halving (constant bounds: C2 vectorises each pass);
   * {@code MatMul}'s 512-lane blocks halve once, then fold here.
   */
  static double fold(float[] acc) {
    for (int j = 0; j < 128; j++) {
      acc[j] += acc[j + 128];
    }
    for (int j = 0; j < 64; j++) {
      acc[j] += acc[j + 64];
    }
    for (int j = 0; j < 32; j++) {
      acc[j] += acc[j + 32];
    }
    for (int j = 0; j < 16; j++) {
      acc[j] += acc[j + 16];
    }
    double s0 = (double) acc[0] + acc[8];
    double s1 = (double) acc[1] + acc[9];
    double s2 = (double) acc[2] + acc[10];
    double s3 = (double) acc[3] + acc[11];
    double s4 = (double) acc[4] + acc[12];
    double s5 = (double) acc[5] + acc[13];
    double s6 = (double) acc[6] + acc[14];
    double s7 = (double) acc[7] + acc[15];
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }
}
