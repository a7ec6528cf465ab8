package dev.torchnd;

/**
 * Scalar, lane-by-lane replicas of the AVX2 code paths PyTorch 1.13's CPU samplers run, so their
 * values come out bit for bit: {@code normal_fill_16_AVX2} with {@code log256_ps} and {@code
 * sincos256_ps} from {@code avx_mathfun.h}, fused exactly where libtorch's AVX2 build fuses, and
 * the cascade sum {@code torch.sum} runs over 8-lane vectors (Categorical normalises by it).
 */
final class Avx2Math {
  private Avx2Math() {}


  private static final float ONE = 1.0f;
  private static final float HALF = 0.5f;
  private static final float TWO_PI_F = Float.intBitsToFloat(0x40c90fdb);
  private static final float MIN_NORM_POS = Float.intBitsToFloat(0x00800000);
  private static final int INV_MANT_MASK = ~0x7f800000;
  private static final int SQRTHF_BITS = 0x3f3504f3;
  private static final int ONE_BITS = 0x3f800000;
  // cephes_log_p0 .. p8
  private static final float P0 = Float.intBitsToFloat(0x3d9021bb);
  private static final float P1 = Float.intBitsToFloat(0xbdebd1b8);
  private static final float P2 = Float.intBitsToFloat(0x3def251a);
  private static final float P3 = Float.intBitsToFloat(0xbdfe5d4f);
  private static final float P4 = Float.intBitsToFloat(0x3e11e9bf);
  private static final float P5 = Float.intBitsToFloat(0xbe2aae50);
  private static final float P6 = Float.intBitsToFloat(0x3e4cceac);
  private static final float P7 = Float.intBitsToFloat(0xbe7ffffc);
  private static final float P8 = Float.intBitsToFloat(0x3eaaaaaa);
  private static final float LOG_Q1 = Float.intBitsToFloat(0xb95e8083);
  private static final float LOG_Q2 = Float.intBitsToFloat(0x3f318000);
  private static final float FOPI = Float.intBitsToFloat(0x3fa2f983);
  private static final float MINUS_DP1 = Float.intBitsToFloat(0xbf490000);
  private static final float MINUS_DP2 = Float.intBitsToFloat(0xb97da000);
  private static final float MINUS_DP3 = Float.intBitsToFloat(0xb3222169);
  private static final float COS_P0 = Float.intBitsToFloat(0x37ccf5ce);
  private static final float COS_P1 = Float.intBitsToFloat(0xbab6061a);
  private static final float COS_P2 = Float.intBitsToFloat(0x3d2aaaa5);
  private static final float SIN_P0 = Float.intBitsToFloat(0xb94ca1f9);
  private static final float SIN_P1 = Float.intBitsToFloat(0x3c08839e);
  private static final float SIN_P2 = Float.intBitsToFloat(0xbe2aaaa3);

  /**
   * {@code normal_fill_16_AVX2} over the first {@code blocks} 16-element blocks of the uniforms
   * {@code d}, written to {@code out[off, off + 16 * blocks)}. Same arithmetic as {@link
   * #normalFill16}, bit for bit.
   */
  static void normalFillBlocks(
      float[] d, int blocks, float mean, float std, float[] out, int off) {
    // log256_ps and sincos256_ps specialised to their inputs here: u1 = 1 - u lies in
    // [2^-24, 1], so the invalid-input and denormal-clamp lanes never fire, and theta = 2 pi u
    // lies in [0, 2 pi), so it has no sign and cvtt cannot overflow. One fused pass measured
    // faster than separate log and sincos passes.
    for (int b = 0; b < blocks; b++) {
      int base = b * 16;
      int o = off + base;
      for (int l = 0; l < 8; l++) {
        float r = (float) Math.sqrt(logUnit(ONE - d[base + l]) * -2.0f);
        float x = TWO_PI_F * d[base + l + 8];
        int q = (int) (x * FOPI);
        q = (q + 1) & ~1;
        float y = (float) q;
        int signSin = (q & 4) << 29;
        int polyMask = ((q & 2) >> 1) - 1;
        int signCos = (~(q - 2) & 4) << 29;
        x = Math.fma(y, MINUS_DP1, x);
        x = Math.fma(y, MINUS_DP2, x);
        x = Math.fma(y, MINUS_DP3, x);
        float z = x * x;
        float yc = Math.fma(z, COS_P0, COS_P1);
        yc = Math.fma(z, yc, COS_P2);
        float halfZ = z * HALF;
        yc = z * yc;
        yc = Math.fma(yc, z, -halfZ);
        float ys = Math.fma(SIN_P0, z, SIN_P1);
        ys = Math.fma(z, ys, SIN_P2);
        yc = yc + ONE;
        ys = z * ys;
        ys = Math.fma(ys, x, x);
        float ysin2 = Float.intBitsToFloat(Float.floatToRawIntBits(ys) & polyMask);
        float ysin1 = Float.intBitsToFloat(Float.floatToRawIntBits(yc) & ~polyMask);
        float s = ysin2 + ysin1;
        float c = (ys - ysin2) + (yc - ysin1);
        s = Float.intBitsToFloat(Float.floatToRawIntBits(s) ^ signSin);
        c = Float.intBitsToFloat(Float.floatToRawIntBits(c) ^ signCos);
        out[o + l] = Math.fma(r * c, std, mean);
        out[o + l + 8] = Math.fma(r * s, std, mean);
      }
    }
  }

  /** {@link #log} for {@code x0} in {@code [2^-24, 1]} (normal and positive). */
  private static float logUnit(float x0) {
    int bits = Float.floatToRawIntBits(x0);
    int imm0 = (bits >>> 23) - 0x7f;
    int xb = (bits & INV_MANT_MASK) | 0x3f000000;
    float x = Float.intBitsToFloat(xb);
    float e = (float) imm0 + ONE;
    int mask = (xb - SQRTHF_BITS) >> 31;
    float tmp = Float.intBitsToFloat(xb & mask);
    x = x + -ONE;
    e = e - Float.intBitsToFloat(ONE_BITS & mask);
    x = tmp + x;
    float z = x * x;
    float y = Math.fma(x, P0, P1);
    y = Math.fma(x, y, P2);
    y = Math.fma(x, y, P3);
    y = Math.fma(x, y, P4);
    y = Math.fma(x, y, P5);
    y = Math.fma(x, y, P6);
    y = Math.fma(x, y, P7);
    y = Math.fma(x, y, P8);
    y = x * y;
    y = Math.fma(y, z, e * LOG_Q1);
    y = Math.fma(-z, HALF, y);
    x = x + y;
    return Math.fma(e, LOG_Q2, x);
  }

  /** One 16-element block: lanes j and j + 8 share a Box-Muller pair. */
  static void normalFill16(float[] d, int off, float mean, float std) {
    for (int j = off; j < off + 8; j++) {
      float radius = (float) Math.sqrt(log(ONE - d[j]) * -2.0f);
      long sc = sincos(TWO_PI_F * d[j + 8]);
      d[j] = Math.fma(radius * Float.intBitsToFloat((int) sc), std, mean);
      d[j + 8] = Math.fma(radius * Float.intBitsToFloat((int) (sc >>> 32)), std, mean);
    }
  }

  /** {@code sincos256_ps}, one lane: cos bits in the low word, sin bits in the high word. */
  static long sincos(float theta) {
    int signSin = Float.floatToRawIntBits(theta) & 0x80000000;
    float x = Math.abs(theta);
    int q = cvtt(x * FOPI);
    q = (q + 1) & ~1;
    float y = (float) q;
    signSin ^= (q & 4) << 29;
    int polyMask = ((q & 2) >> 1) - 1; // all ones where (q & 2) == 0
    int signCos = (~(q - 2) & 4) << 29;
    x = Math.fma(y, MINUS_DP1, x);
    x = Math.fma(y, MINUS_DP2, x);
    x = Math.fma(y, MINUS_DP3, x);
    float z = x * x;
    float yc = Math.fma(z, COS_P0, COS_P1);
    yc = Math.fma(z, yc, COS_P2);
    float halfZ = z * HALF;
    yc = z * yc;
    yc = Math.fma(yc, z, -halfZ);
    float ys = Math.fma(SIN_P0, z, SIN_P1);
    ys = Math.fma(z, ys, SIN_P2);
    yc = yc + ONE;
    ys = z * ys;
    ys = Math.fma(ys, x, x);
    // and / andnot masks as in the AVX code (branch-free: the quadrant is random), so the
    // unselected side is +0.0.
    float ysin2 = Float.intBitsToFloat(Float.floatToRawIntBits(ys) & polyMask);
    float ysin1 = Float.intBitsToFloat(Float.floatToRawIntBits(yc) & ~polyMask);
    float s = ysin2 + ysin1;
    float c = (ys - ysin2) + (yc - ysin1);
    int sinBits = Float.floatToRawIntBits(s) ^ signSin;
    int cosBits = Float.floatToRawIntBits(c) ^ signCos;
    return ((long) sinBits << 32) | Integer.toUnsignedLong(cosBits);
  }

  /** {@code log256_ps}, one lane. */
  static float log(float x0) {
    boolean invalid = x0 <= 0f;
    float x = x0 > MIN_NORM_POS ? x0 : MIN_NORM_POS;
    int bits = Float.floatToRawIntBits(x);
    int imm0 = (bits >>> 23) - 0x7f;
    x = Float.intBitsToFloat((bits & INV_MANT_MASK) | 0x3f000000);
    float e = (float) imm0 + ONE;
    // x is in [0.5, 1), where float order is int order: mask = all ones where x < SQRTHF.
    int mask = (Float.floatToRawIntBits(x) - SQRTHF_BITS) >> 31;
    float tmp = Float.intBitsToFloat(Float.floatToRawIntBits(x) & mask);
    x = x + -ONE;
    e = e - Float.intBitsToFloat(ONE_BITS & mask);
    x = tmp + x;
    float z = x * x;
    float y = Math.fma(x, P0, P1);
    y = Math.fma(x, y, P2);
    y = Math.fma(x, y, P3);
    y = Math.fma(x, y, P4);
    y = Math.fma(x, y, P5);
    y = Math.fma(x, y, P6);
    y = Math.fma(x, y, P7);
    y = Math.fma(x, y, P8);
    y = x * y;
    y = Math.fma(y, z, e * LOG_Q1);
    y = Math.fma(-z, HALF, y);
    x = x + y;
    x = Math.fma(e, LOG_Q2, x);
    return invalid ? Float.intBitsToFloat(0xffffffff) : x;
  }

  /** {@code cvttps2dq}: truncation, with x86's 0x80000000 for NaN and out-of-range lanes. */
  private static int cvtt(float v) {
    if (Float.isNaN(v) || v >= 0x1p31f || v < -0x1p31f) {
      return Integer.MIN_VALUE;
    }
    return (int) v;
  }

  // ---- cascade sum (aten/src/ATen/native/cpu/SumKernel.cpp) ----

  /**
   * {@code torch.sum} of a contiguous 1-D float32 tensor on one thread with AVX2: PyTorch's
   * cascade sum over 8-lane vectors (4-way ILP, 4 levels), the tail added in order, then the
   * lanes. Categorical's normalisation divides by exactly this value.
   */
  static float sumFloat(float[] a) {
    int n = a.length;
    final int lanes = 8;
    if (n < lanes) {
      float[] s = rowSum(a, 0, 1, 1, n);
      return 0f + s[0];
    }
    int vecSize = n / lanes;
    float[] vec = rowSum(a, 0, lanes, lanes, vecSize);
    float acc = 0f;
    for (int k = vecSize * lanes; k < n; k++) {
      acc += a[k];
    }
    for (int k = 0; k < lanes; k++) {
      acc += vec[k];
    }
    return 0f + acc;
  }

  /** {@code row_sum}: sums {@code size} groups of {@code lanes} floats spaced by {@code stride}. */
  private static float[] rowSum(float[] a, int base, int stride, int lanes, long size) {
    final int ilp = 4;
    long sizeIlp = size / ilp;
    float[][] partial = multiRowSum(a, base, stride * ilp, stride, ilp, lanes, sizeIlp);
    for (long i = sizeIlp * ilp; i < size; i++) {
      for (int l = 0; l < lanes; l++) {
        partial[0][l] += a[(int) (base + i * stride + l)];
      }
    }
    for (int k = 1; k < ilp; k++) {
      for (int l = 0; l < lanes; l++) {
        partial[0][l] += partial[k][l];
      }
    }
    return partial[0];
  }

  private static float[][] multiRowSum(
      float[] a, int base, int rowStride, int colStride, int nrows, int lanes, long size) {
    final int levels = 4;
    int levelPower = Math.max(4, ceilLog2(size) / levels);
    long levelStep = 1L << levelPower;
    long levelMask = levelStep - 1;
    float[][][] acc = new float[levels][nrows][lanes];
    long i = 0;
    while (i + levelStep <= size) {
      for (long j = 0; j < levelStep; ++j, ++i) {
        addRow(acc[0], a, base + i * rowStride, colStride, nrows, lanes);
      }
      for (int j = 1; j < levels; ++j) {
        for (int k = 0; k < nrows; k++) {
          for (int l = 0; l < lanes; l++) {
            acc[j][k][l] += acc[j - 1][k][l];
            acc[j - 1][k][l] = 0f;
          }
        }
        long mask = levelMask << (j * levelPower);
        if ((i & mask) != 0) {
          break;
        }
      }
    }
    for (; i < size; ++i) {
      addRow(acc[0], a, base + i * rowStride, colStride, nrows, lanes);
    }
    for (int j = 1; j < levels; ++j) {
      for (int k = 0; k < nrows; k++) {
        for (int l = 0; l < lanes; l++) {
          acc[0][k][l] += acc[j][k][l];
        }
      }
    }
    return acc[0];
  }

  private static void addRow(
      float[][] acc, float[] a, long rowBase, int colStride, int nrows, int lanes) {
    for (int k = 0; k < nrows; k++) {
      for (int l = 0; l < lanes; l++) {
        acc[k][l] += a[(int) (rowBase + (long) k * colStride + l)];
      }
    }
  }

  private static int ceilLog2(long x) {
    if (x <= 2) {
      return 1;
    }
    return 64 - Long.numberOfLeadingZeros(x - 1);
  }
}
