package dev.torchnd.nd4j;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * float32 reduction bodies on JDK 17's incubating Vector API, used only when {@link Simd#ON}.
 * The sum is PyTorch's cascade ({@link #cascadeRowSum}). Dot products keep the scalar loops'
 * accuracy: each block of {@link #BLOCK} elements is summed in four
 * vector accumulators (so a float lane adds at most {@code BLOCK / (4 * lanes)} values), and
 * block sums are added in double. Max/min use {@code Math.max/min} semantics lane-wise (NaN
 * propagates, +0.0 beats -0.0), so their results equal the sequential ones exactly.
 */
final class SimdF32 {
  private SimdF32() {}

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final int BLOCK = 2048;

  static int lanes() {
    return L;
  }

  private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;

  /**
   * {@link CascadeSum#rowSum} on AVX2-shaped vectors: PyTorch's {@code row_sum} literally, four
   * 8-lane accumulators per level, so every lane adds what and in which order PyTorch's does and
   * the float result is the same; {@code n >= 8}.
   */
  static float cascadeRowSum(float[] a, int off, int n) {
    int vec = n >>> 3;
    int size = vec >>> 2;
    int levelPower = Math.max(4, CascadeSum.ceilLog2(size) / 4);
    int step = 1 << levelPower;
    long mask = step - 1;
    FloatVector z = FloatVector.zero(F8);
    FloatVector a0 = z;
    FloatVector a1 = z;
    FloatVector a2 = z;
    FloatVector a3 = z;
    FloatVector b0 = z;
    FloatVector b1 = z;
    FloatVector b2 = z;
    FloatVector b3 = z;
    FloatVector c0 = z;
    FloatVector c1 = z;
    FloatVector c2 = z;
    FloatVector c3 = z;
    FloatVector d0 = z;
    FloatVector d1 = z;
    FloatVector d2 = z;
    FloatVector d3 = z;
    int i = 0;
    while (i + step <= size) {
      for (int p = off + i * 32, e = p + step * 32; p < e; p += 32) {
        a0 = a0.add(FloatVector.fromArray(F8, a, p));
        a1 = a1.add(FloatVector.fromArray(F8, a, p + 8));
        a2 = a2.add(FloatVector.fromArray(F8, a, p + 16));
        a3 = a3.add(FloatVector.fromArray(F8, a, p + 24));
      }
      i += step;
      b0 = b0.add(a0);
      b1 = b1.add(a1);
      b2 = b2.add(a2);
      b3 = b3.add(a3);
      a0 = z;
      a1 = z;
      a2 = z;
      a3 = z;
      if ((i & (mask << levelPower)) != 0) {
        continue;
      }
      c0 = c0.add(b0);
      c1 = c1.add(b1);
      c2 = c2.add(b2);
      c3 = c3.add(b3);
      b0 = z;
      b1 = z;
      b2 = z;
      b3 = z;
      if ((i & (mask << (2 * levelPower))) != 0) {
        continue;
      }
      d0 = d0.add(c0);
      d1 = d1.add(c1);
      d2 = d2.add(c2);
      d3 = d3.add(c3);
      c0 = z;
      c1 = z;
      c2 = z;
      c3 = z;
    }
    for (int p = off + i * 32, e = off + size * 32; p < e; p += 32) {
      a0 = a0.add(FloatVector.fromArray(F8, a, p));
      a1 = a1.add(FloatVector.fromArray(F8, a, p + 8));
      a2 = a2.add(FloatVector.fromArray(F8, a, p + 16));
      a3 = a3.add(FloatVector.fromArray(F8, a, p + 24));
    }
    a0 = a0.add(b0).add(c0).add(d0);
    a1 = a1.add(b1).add(c1).add(d1);
    a2 = a2.add(b2).add(c2).add(d2);
    a3 = a3.add(b3).add(c3).add(d3);
    for (int p = off + size * 32, e = off + vec * 8; p < e; p += 8) {
      a0 = a0.add(FloatVector.fromArray(F8, a, p));
    }
    a0 = a0.add(a1).add(a2).add(a3);
    float s = 0f;
    for (int p = off + vec * 8, e = off + n; p < e; p++) {
      s += a[p];
    }
    for (int k = 0; k < 8; k++) {
      s += a0.lane(k);
    }
    return s;
  }

  /** {@code u[xi] * v[yi] + ... } over {@code k} elements, fused multiply-adds as BLAS sdot does. */
  static double dot(float[] u, int xi, float[] v, int yi, int k) {
    double total = 0;
    int p = 0;
    while (p < k) {
      int end = Math.min(k, p + BLOCK);
      FloatVector s0 = FloatVector.zero(S);
      FloatVector s1 = s0;
      FloatVector s2 = s0;
      FloatVector s3 = s0;
      for (; p + 4 * L <= end; p += 4 * L) {
        s0 = FloatVector.fromArray(S, u, xi + p).fma(FloatVector.fromArray(S, v, yi + p), s0);
        s1 = FloatVector.fromArray(S, u, xi + p + L)
            .fma(FloatVector.fromArray(S, v, yi + p + L), s1);
        s2 = FloatVector.fromArray(S, u, xi + p + 2 * L)
            .fma(FloatVector.fromArray(S, v, yi + p + 2 * L), s2);
        s3 = FloatVector.fromArray(S, u, xi + p + 3 * L)
            .fma(FloatVector.fromArray(S, v, yi + p + 3 * L), s3);
      }
      for (; p + L <= end; p += L) {
        s0 = FloatVector.fromArray(S, u, xi + p).fma(FloatVector.fromArray(S, v, yi + p), s0);
      }
      float block = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
      for (; p < end; p++) {
        block += u[xi + p] * v[yi + p];
      }
      total += block;
    }
    return total;
  }

  /** Max (or min) of {@code init} and {@code a[off .. off + n)}, {@code Math.max/min} semantics. */
  static float extreme(float[] a, int off, int n, boolean max, float init) {
    int i = off;
    int stop = off + n;
    float m = init;
    if (n >= 4 * L) {
      // One loop per operator: the intrinsics need a constant one.
      FloatVector r = max ? maxBody(a, i, stop, init) : minBody(a, i, stop, init);
      i += (n / (4 * L)) * 4 * L;
      for (int j = 0; j < L; j++) {
        float x = r.lane(j);
        m = max ? Math.max(m, x) : Math.min(m, x);
      }
    }
    for (; i < stop; i++) {
      m = max ? Math.max(m, a[i]) : Math.min(m, a[i]);
    }
    return m;
  }

  private static FloatVector maxBody(float[] a, int i, int stop, float init) {
    FloatVector m0 = FloatVector.broadcast(S, init);
    FloatVector m1 = m0;
    FloatVector m2 = m0;
    FloatVector m3 = m0;
    for (; i + 4 * L <= stop; i += 4 * L) {
      m0 = m0.max(FloatVector.fromArray(S, a, i));
      m1 = m1.max(FloatVector.fromArray(S, a, i + L));
      m2 = m2.max(FloatVector.fromArray(S, a, i + 2 * L));
      m3 = m3.max(FloatVector.fromArray(S, a, i + 3 * L));
    }
    return m0.max(m1).max(m2.max(m3));
  }

  private static FloatVector minBody(float[] a, int i, int stop, float init) {
    FloatVector m0 = FloatVector.broadcast(S, init);
    FloatVector m1 = m0;
    FloatVector m2 = m0;
    FloatVector m3 = m0;
    for (; i + 4 * L <= stop; i += 4 * L) {
      m0 = m0.min(FloatVector.fromArray(S, a, i));
      m1 = m1.min(FloatVector.fromArray(S, a, i + L));
      m2 = m2.min(FloatVector.fromArray(S, a, i + 2 * L));
      m3 = m3.min(FloatVector.fromArray(S, a, i + 3 * L));
    }
    return m0.min(m1).min(m2.min(m3));
  }

  private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;
  private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
  private static final double LN2 = 0x1.62e42fefa39efp-1;
  private static final double INV_LN2 = 0x1.71547652b82fep0;
  /** 1.5 * 2^52: adding it rounds to an integer, left in the low mantissa bits. */
  private static final double SHIFT = 0x1.8p52;
  // Taylor coefficients 1/k!: on |r| <= ln2/2 the degree-10 polynomial errs below 2^-42.
  private static final double C10 = 1.0 / 3628800;
  private static final double C9 = 1.0 / 362880;
  private static final double C8 = 1.0 / 40320;
  private static final double C7 = 1.0 / 5040;
  private static final double C6 = 1.0 / 720;
  private static final double C5 = 1.0 / 120;
  private static final double C4 = 1.0 / 24;
  private static final double C3 = 1.0 / 6;
  private static final double C2 = 1.0 / 2;

  /** True when the float-to-double lanes below fit this machine (four doubles per vector). */
  static boolean expAvailable() {
    return DoubleVector.SPECIES_PREFERRED.length() >= 4;
  }

  /**
   * {@code z[zi + j] = e^x[xi + j]} for j in [0, n): four floats at a time widened to double,
   * x = k ln2 + r with |r| <= ln2/2, e^r by a degree-10 polynomial, scaled by 2^k through the
   * exponent bits and rounded once to float, so the result is within 1 ulp of the correctly
   * rounded one like {@link StridedF32Kernels#expf}. Inputs are clamped to [-126, 126] first:
   * beyond that the result is +inf or 0 anyway, and NaN stays NaN.
   */
  private static DoubleVector bc(double c) {
    return DoubleVector.broadcast(D4, c);
  }

  static void exp(float[] x, int xi, float[] z, int zi, int n) {
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      DoubleVector v = (DoubleVector) FloatVector.fromArray(F4, x, xi + j)
          .convertShape(VectorOperators.F2D, D4, 0);
      v = v.max(-126.0).min(126.0);
      DoubleVector kd = v.mul(INV_LN2).add(SHIFT);
      LongVector ki = kd.reinterpretAsLongs();
      kd = kd.sub(SHIFT);
      DoubleVector r = kd.fma(bc(-LN2), v);
      DoubleVector p = r.fma(C10, C9).fma(r, bc(C8)).fma(r, bc(C7)).fma(r, bc(C6))
          .fma(r, bc(C5)).fma(r, bc(C4)).fma(r, bc(C3)).fma(r, bc(C2)).fma(r, bc(1.0))
          .fma(r, bc(1.0));
      // 2^k: k sits in the low bits of ki (two's complement); add the bias and move it up.
      DoubleVector scale = ki.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
      ((FloatVector) p.mul(scale).convertShape(VectorOperators.D2F, F4, 0)).intoArray(z, zi + j);
    }
    for (; j < n; j++) {
      z[zi + j] = StridedF32Kernels.expf(x[xi + j]);
    }
  }
}
