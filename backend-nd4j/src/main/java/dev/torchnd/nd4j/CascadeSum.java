package dev.torchnd.nd4j;

/**
 * PyTorch's float32 sum of a contiguous row, bit for bit: {@code cascade_sum} in
 * aten/src/ATen/native/cpu/SumKernel.cpp as built for AVX2 (8-lane vectors, the CPU capability
 * PyTorch's x86 builds run): {@code row_sum} over 8-lane vectors with 4 independent vector
 * accumulators (32 float lanes) summed in a 4-level cascade of {@code 2^levelPower} groups, the
 * tail added in order, then the 8 lanes, all in float. Each lane's additions happen in PyTorch's
 * order, so the result is the same float; the loops differ only in how they are scheduled (see
 * {@link #addGroups}).
 */
final class CascadeSum {
  private CascadeSum() {}

  /** Float lanes per group: 4 accumulators ({@code ilp_factor}) of 8-lane vectors. */
  private static final int G = 32;

  private static final int LEVELS = 4;

  private static final ThreadLocal<float[]> ACC = ThreadLocal.withInitial(() -> new float[LEVELS * G]);

  /**
   * {@code vectorized_inner_sum}'s value for one row of {@code n >= 8} floats, or
   * {@code scalar_inner_sum}'s for shorter rows; PyTorch stores {@code 0 + value} (its output
   * starts at zero), which callers add.
   */
  static float rowSum(float[] a, int off, int n) {
    if (n < 8) {
      return scalarRowSum(a, off, n);
    }
    if (Simd.ON && n >= 64) {
      return SimdF32.cascadeRowSum(a, off, n);
    }
    return scalarLanes(a, off, n);
  }

  /** {@link #rowSum} for {@code n >= 8} without the Vector API. */
  static float scalarLanes(float[] a, int off, int n) {
    int vec = n >>> 3;
    int groups = vec >>> 2;
    float[] acc = ACC.get();
    multiRowSum(a, off, groups, acc);
    // Vectors after the last whole group go into accumulator 0, then accumulators 1-3 fold into
    // it lane by lane (row_sum).
    float p0 = acc[0];
    float p1 = acc[1];
    float p2 = acc[2];
    float p3 = acc[3];
    float p4 = acc[4];
    float p5 = acc[5];
    float p6 = acc[6];
    float p7 = acc[7];
    for (int i = off + groups * G, e = off + vec * 8; i < e; i += 8) {
      p0 += a[i];
      p1 += a[i + 1];
      p2 += a[i + 2];
      p3 += a[i + 3];
      p4 += a[i + 4];
      p5 += a[i + 5];
      p6 += a[i + 6];
      p7 += a[i + 7];
    }
    for (int k = 8; k < G; k += 8) {
      p0 += acc[k];
      p1 += acc[k + 1];
      p2 += acc[k + 2];
      p3 += acc[k + 3];
      p4 += acc[k + 4];
      p5 += acc[k + 5];
      p6 += acc[k + 6];
      p7 += acc[k + 7];
    }
    float s = 0f;
    for (int i = off + vec * 8, e = off + n; i < e; i++) {
      s += a[i];
    }
    return ((((((((s + p0) + p1) + p2) + p3) + p4) + p5) + p6) + p7);
  }

  /** {@code row_sum} over scalars (rows shorter than one vector): 4 lanes, tail, fold. */
  private static float scalarRowSum(float[] a, int off, int n) {
    float p0 = 0f;
    float p1 = 0f;
    float p2 = 0f;
    float p3 = 0f;
    int i = 0;
    if (n >= 4) {
      p0 += a[off];
      p1 += a[off + 1];
      p2 += a[off + 2];
      p3 += a[off + 3];
      i = 4;
    }
    for (; i < n; i++) {
      p0 += a[off + i];
    }
    return ((p0 + p1) + p2) + p3;
  }

  /**
   * {@code multi_row_sum} over {@code size} groups of 32 lanes starting at {@code off}; leaves the
   * 32 lane sums in {@code acc[0..31]}.
   */
  private static void multiRowSum(float[] a, int off, int size, float[] acc) {
    java.util.Arrays.fill(acc, 0f);
    int levelPower = Math.max(4, ceilLog2(size) / LEVELS);
    int levelStep = 1 << levelPower;
    long levelMask = levelStep - 1;
    int i = 0;
    while (i + levelStep <= size) {
      addGroups(a, off + i * G, levelStep, acc);
      i += levelStep;
      for (int j = 1; j < LEVELS; j++) {
        int hi = j * G;
        int lo = hi - G;
        for (int k = 0; k < G; k++) {
          acc[hi + k] += acc[lo + k];
          acc[lo + k] = 0f;
        }
        if ((i & (levelMask << (j * levelPower))) != 0) {
          break;
        }
      }
    }
    addGroups(a, off + i * G, size - i, acc);
    for (int j = 1; j < LEVELS; j++) {
      for (int k = 0; k < G; k++) {
        acc[k] += acc[j * G + k];
      }
    }
  }

  /**
   * {@code acc[l] += a[base + g * 32 + l]} for {@code g < count}, each lane in order of g. The 32
   * lanes are 32 scalar locals (registers with AVX-512's 32 xmm registers): one contiguous pass,
   * 32 independent add chains. Measured on 1M floats, one thread: 226 us against 298 us for four
   * passes of eight lanes and 497 us for {@code acc[l] += a[b + l]} (which C2 does not vectorise:
   * it cannot rule out that {@code acc} and {@code a} overlap).
   */
  private static void addGroups(float[] a, int base, int count, float[] acc) {
    if (count <= 0) {
      return;
    }
    int end = base + count * G;
    float s0 = acc[0];
    float s1 = acc[1];
    float s2 = acc[2];
    float s3 = acc[3];
    float s4 = acc[4];
    float s5 = acc[5];
    float s6 = acc[6];
    float s7 = acc[7];
    float s8 = acc[8];
    float s9 = acc[9];
    float s10 = acc[10];
    float s11 = acc[11];
    float s12 = acc[12];
    float s13 = acc[13];
    float s14 = acc[14];
    float s15 = acc[15];
    float s16 = acc[16];
    float s17 = acc[17];
    float s18 = acc[18];
    float s19 = acc[19];
    float s20 = acc[20];
    float s21 = acc[21];
    float s22 = acc[22];
    float s23 = acc[23];
    float s24 = acc[24];
    float s25 = acc[25];
    float s26 = acc[26];
    float s27 = acc[27];
    float s28 = acc[28];
    float s29 = acc[29];
    float s30 = acc[30];
    float s31 = acc[31];
    for (int i = base; i < end; i += G) {
      s0 += a[i];
      s1 += a[i + 1];
      s2 += a[i + 2];
      s3 += a[i + 3];
      s4 += a[i + 4];
      s5 += a[i + 5];
      s6 += a[i + 6];
      s7 += a[i + 7];
      s8 += a[i + 8];
      s9 += a[i + 9];
      s10 += a[i + 10];
      s11 += a[i + 11];
      s12 += a[i + 12];
      s13 += a[i + 13];
      s14 += a[i + 14];
      s15 += a[i + 15];
      s16 += a[i + 16];
      s17 += a[i + 17];
      s18 += a[i + 18];
      s19 += a[i + 19];
      s20 += a[i + 20];
      s21 += a[i + 21];
      s22 += a[i + 22];
      s23 += a[i + 23];
      s24 += a[i + 24];
      s25 += a[i + 25];
      s26 += a[i + 26];
      s27 += a[i + 27];
      s28 += a[i + 28];
      s29 += a[i + 29];
      s30 += a[i + 30];
      s31 += a[i + 31];
    }
    acc[0] = s0;
    acc[1] = s1;
    acc[2] = s2;
    acc[3] = s3;
    acc[4] = s4;
    acc[5] = s5;
    acc[6] = s6;
    acc[7] = s7;
    acc[8] = s8;
    acc[9] = s9;
    acc[10] = s10;
    acc[11] = s11;
    acc[12] = s12;
    acc[13] = s13;
    acc[14] = s14;
    acc[15] = s15;
    acc[16] = s16;
    acc[17] = s17;
    acc[18] = s18;
    acc[19] = s19;
    acc[20] = s20;
    acc[21] = s21;
    acc[22] = s22;
    acc[23] = s23;
    acc[24] = s24;
    acc[25] = s25;
    acc[26] = s26;
    acc[27] = s27;
    acc[28] = s28;
    acc[29] = s29;
    acc[30] = s30;
    acc[31] = s31;
  }

  /** {@code utils::CeilLog2}. */
  static int ceilLog2(long x) {
    if (x <= 2) {
      return 1;
    }
    return 64 - Long.numberOfLeadingZeros(x - 1);
  }

  /**
   * {@code torch.sum} of {@code n} contiguous floats: below PyTorch's grain (or on one thread) one
   * row; otherwise {@code two_pass_reduction}: {@code parallel_for}'s chunks (as many as
   * {@link Parallel#chunks}, of {@code ceil(n / chunks)}) each summed as a row into a buffer of
   * {@code get_num_threads()} slots (unused ones 0), and the buffer summed as a row.
   */
  static float sum(float[] a, int off, int n) {
    int k = Parallel.chunks(n, Parallel.GRAIN);
    if (k <= 1) {
      return 0f + rowSum(a, off, n);
    }
    float[] buffer = new float[Math.max(k, Parallel.threads())];
    Parallel.forChunks(
        n, k, (c, lo, hi) -> buffer[c] = 0f + rowSum(a, off + (int) lo, (int) (hi - lo)));
    return 0f + rowSum(buffer, 0, buffer.length);
  }
}
