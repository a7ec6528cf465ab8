package dev.torchnd.nd4j;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
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

  // SLEEF 3.5.1's expf constants, shared with the scalar port.
  private static final float R_LN2 = ExpF32.R_LN2;
  private static final float L2U = ExpF32.L2U;
  private static final float L2L = ExpF32.L2L;
  private static final float P0 = ExpF32.P0;
  private static final float P1 = ExpF32.P1;
  private static final float P2 = ExpF32.P2;
  private static final float P3 = ExpF32.P3;
  private static final float P4 = ExpF32.P4;
  private static final float MAGIC = ExpF32.MAGIC;
  private static final int MAGIC_BITS = ExpF32.MAGIC_BITS;

  /** True when the exp body has full vectors here (at least four float lanes). */
  static boolean expAvailable() {
    return L >= 4;
  }

  private static FloatVector bc(float c) {
    return FloatVector.broadcast(S, c);
  }

  /**
   * {@code z[zi + j] = e^x[xi + j]} for j in [0, n): {@link ExpF32}'s arithmetic (SLEEF's expf,
   * PyTorch's bits) lane-wise, the reinterpretations as vector casts; the tail through
   * {@link ExpF32#expf}, which gives the same bits.
   */
  static void exp(float[] x, int xi, float[] z, int zi, int n) {
    int j = 0;
    for (; j + L <= n; j += L) {
      FloatVector d = FloatVector.fromArray(S, x, xi + j).max(-104f).min(100f);
      FloatVector kd = d.mul(R_LN2).add(MAGIC);
      IntVector q = ((IntVector) kd.reinterpretAsInts()).sub(MAGIC_BITS);
      FloatVector qf = kd.sub(MAGIC);
      FloatVector t = qf.fma(bc(L2U), d);
      t = qf.fma(bc(L2L), t);
      FloatVector u = t.fma(bc(P0), bc(P1));
      u = t.fma(u, bc(P2));
      u = t.fma(u, bc(P3));
      u = t.fma(u, bc(P4));
      u = t.fma(u, bc(0.5f));
      u = t.mul(t).fma(u, t).add(1f);
      IntVector h = q.lanewise(VectorOperators.ASHR, 1);
      FloatVector s1 = h.lanewise(VectorOperators.LSHL, 23).add(0x3f800000).reinterpretAsFloats();
      FloatVector s2 =
          q.sub(h).lanewise(VectorOperators.LSHL, 23).add(0x3f800000).reinterpretAsFloats();
      u.mul(s1).mul(s2).intoArray(z, zi + j);
    }
    for (; j < n; j++) {
      z[zi + j] = ExpF32.expf(x[xi + j]);
    }
  }
}
