package dev.torchnd.nd4j;

/**
 * Branch-free float32 selects for ReLU ({@code x < 0 ? 0 : x}) and its backward, PyTorch's
 * {@code threshold_backward} ({@code self <= threshold ? 0 : grad}). Written as {@code ?:} over
 * random signs, each element is a branch the CPU mispredicts half the time: ~5 ns per element
 * here, against ~1.2 ns for the integer form below. JDK 17's C2 neither turns a float select
 * into a blend nor vectorises float-to-int bit moves, so this stays a scalar loop.
 *
 * <p>Each float's bits map to an int key that orders like the floats themselves ({@link #key}):
 * negative floats flip their magnitude bits, so -inf &lt; ... &lt; -0 &lt; +0 &lt; ... &lt; +inf
 * as ints, with negative NaNs below -inf and positive NaNs above +inf. "The test value lies in
 * [lo, hi]" is then two integer subtractions whose sign bits form the mask that zeroes the
 * result. The result is {@code +0.0} where zeroed and the source's bits otherwise (NaN payloads
 * and -0.0 included), as PyTorch's kernels give.
 */
final class ThresholdF32 {
  private ThresholdF32() {}

  /** An int that orders as the float {@code f} does (NaNs aside). */
  static int key(float f) {
    int b = Float.floatToRawIntBits(f);
    return b ^ ((b >> 31) & 0x7FFFFFFF);
  }

  /** Key of -inf: the lowest non-NaN. */
  static final int NEG_INF = key(Float.NEGATIVE_INFINITY);

  /** Key of the negative float closest to zero: the top of "x &lt; 0". */
  static final int NEG_TINY = key(-Float.MIN_VALUE);

  /**
   * {@code out[oo + i] = key(sel[so + i]) in [lo, hi] ? +0 : src[xo + i]} for {@code i < n}.
   */
  static void zeroWhereIn(
      float[] src, int xo, float[] sel, int so, int lo, int hi, float[] out, int oo, int n) {
    for (int i = 0; i < n; i++) {
      int b = Float.floatToRawIntBits(sel[so + i]);
      int k = b ^ ((b >> 31) & 0x7FFFFFFF);
      // Both differences are >= 0 exactly when lo <= k <= hi; the mask is -1 (keep) otherwise.
      int keep = (int) ((((long) k - lo) | ((long) hi - k)) >> 63);
      out[oo + i] = Float.intBitsToFloat(Float.floatToRawIntBits(src[xo + i]) & keep);
    }
  }

  /** {@code relu}: zero where {@code x < 0} (not -0, not NaN). */
  static void relu(float[] x, int xo, float[] out, int oo, int n) {
    zeroWhereIn(x, xo, x, xo, NEG_INF, NEG_TINY, out, oo, n);
  }

  /** {@code threshold_backward(grad, self, s)}: zero where {@code self <= s} (NaN never is). */
  static void thresholdBackward(
      float[] grad, int go, float[] self, int so, float s, float[] out, int oo, int n) {
    if (Float.isNaN(s)) {
      // Nothing is <= NaN: the gradient passes everywhere (lo > hi makes the range empty).
      zeroWhereIn(grad, go, self, so, 1, 0, out, oo, n);
      return;
    }
    // -0.0 and +0.0 compare equal: "<= -0" is "<= +0", whose key is the larger.
    int hi = key(s == 0 ? 0f : s);
    zeroWhereIn(grad, go, self, so, NEG_INF, hi, out, oo, n);
  }
}
