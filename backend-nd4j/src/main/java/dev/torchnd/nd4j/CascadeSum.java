package dev.torchnd.nd4j;

/**
 * PyTorch's float32 sum of a contiguous row, bit for bit: {@code cascade_sum} in
 * aten/src/ATen/native/cpu/SumKernel.cpp as built for AVX2 (8-lane vectors, the CPU capability
 * PyTorch's x86 builds run): {@code row_sum} over 8-lane vectors with 4 independent vector
 * accumulators (32 float lanes) summed in a 4-level cascade of {@code 2^levelPower} groups, the
 * tail added in order, then the 8 lanes, all in float. Each lane's additions happen in PyTorch's
 * order, so the result is the same float; the loops differ only in how they are scheduled (see
 * {@link #scalarLanes(float[], int, int, Scratch)}).
 */
final class CascadeSum {
  private CascadeSum() {}

  /** Float lanes per group: 4 accumulators ({@code ilp_factor}) of 8-lane vectors. */
  private static final int G = 32;

  /** Per-thread scratch: three level-0 blocks of up to 64 groups, and the 4 levels' lanes. */
  static final class Scratch {
    final float[] s = new float[3 * 2048];
    final float[] acc = new float[4 * G];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** This thread's scratch, for callers that sum many rows (one ThreadLocal lookup). */
  static Scratch scratch() {
    return SCRATCH.get();
  }

  /**
   * {@code vectorized_inner_sum}'s value for one row of {@code n >= 8} floats, or
   * {@code scalar_inner_sum}'s for shorter rows; PyTorch stores {@code 0 + value} (its output
   * starts at zero), which callers add.
   */
  static float rowSum(float[] a, int off, int n) {
    return rowSum(a, off, n, null);
  }

  /** {@link #rowSum(float[], int, int)} with this thread's {@link #scratch} (or null). */
  static float rowSum(float[] a, int off, int n, Scratch sc) {
    if (n < 8) {
      return scalarRowSum(a, off, n);
    }
    if (Simd.ON && n >= 64) {
      return SimdF32.cascadeRowSum(a, off, n);
    }
    return scalarLanes(a, off, n, sc == null ? SCRATCH.get() : sc);
  }

  /** {@link #rowSum} for {@code n >= 8} without the Vector API. */
  static float scalarLanes(float[] a, int off, int n) {
    return scalarLanes(a, off, n, SCRATCH.get());
  }

  /**
   * {@code row_sum} over 8-lane vectors with C2-vectorisable loops. Each lane of a level-0 block
   * ({@code 2^levelPower} groups of 32 lanes) is a sequential sum of its column of the block; laid
   * out as the block's rows, that is {@code s[j] += s[j - 32]} over the block (a dependence at
   * distance 32, which C2 packs into 8-lane vectors), leaving the lane sums in the last row. Three
   * blocks run in one loop at constant offsets (more independent chains than one block's four;
   * four statements are more than C2 unrolls), then fold into level 1 in order. A block's first
   * row is taken as is where PyTorch adds it to 0: that differs only for -0.0, and every level
   * and the final fold start from +0.0, which no sum can turn into -0.0, so the float is the same.
   * 1M floats on one AVX2 core: about 90 us against 160 us for 32 scalar lanes (which spill on
   * 16 ymm registers) and 75 us for 90c9c95's unordered 1024-lane blocks.
   */
  static float scalarLanes(float[] a, int off, int n, Scratch sc) {
    int vec = n >>> 3;
    int groups = vec >>> 2;
    float[] acc = sc.acc;
    java.util.Arrays.fill(acc, 0f);
    if (groups > 0) {
      multiRowSum(a, off, groups, sc.s, acc);
    }
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
   * {@code multi_row_sum} over {@code size > 0} groups of 32 lanes starting at {@code off}, into
   * {@code acc} (zeroed; 4 levels of 32 lanes): leaves the 32 lane sums in {@code acc[0..31]}.
   */
  private static void multiRowSum(float[] a, int off, int size, float[] s, float[] acc) {
    int levelPower = Math.max(4, ceilLog2(size) / 4);
    int step = 1 << levelPower;
    long mask = step - 1;
    int len = step * G;
    int blocks = size >>> levelPower;
    int b = 0;
    while (b < blocks) {
      // Up to three level-0 blocks, never past the end of their level-1 block.
      int nb = Math.min(3, Math.min(blocks, (b | (step - 1)) + 1) - b);
      System.arraycopy(a, off + b * len, s, 0, nb * len);
      switch (levelPower) {
        case 4 -> blocks512(s, nb, acc);
        case 5 -> blocks1024(s, nb, acc);
        default -> blocks2048(s, nb, acc);
      }
      b += nb;
      if ((b & (step - 1)) == 0) {
        // A level-1 block is complete: PyTorch's pushes to levels 2 and 3.
        long i = (long) b << levelPower;
        for (int j = 2; j < 4; j++) {
          int hi = j * G;
          int lo = hi - G;
          for (int k = 0; k < G; k++) {
            acc[hi + k] += acc[lo + k];
            acc[lo + k] = 0f;
          }
          if ((i & (mask << (j * levelPower))) != 0) {
            break;
          }
        }
      }
    }
    int rest = size - (blocks << levelPower);
    if (rest > 0) {
      // The last, partial level-0 block stays in level 0.
      int e = rest * G;
      System.arraycopy(a, off + blocks * len, s, 0, e);
      for (int j = G; j < e; j++) {
        s[j] = s[j - G] + s[j];
      }
      System.arraycopy(s, e - G, acc, 0, G);
    }
    for (int j = 1; j < 4; j++) {
      for (int k = 0; k < G; k++) {
        acc[k] += acc[j * G + k];
      }
    }
  }

  // The block loops, one per level-0 block length (the offsets must be constants for C2 to see
  // that the three blocks' loads and stores are independent). Each sums nb (1-3) blocks at
  // s[0], s[len], s[2 * len] in place and adds their lane sums to level 1 (acc[32..63]) in order.

  private static void blocks512(float[] s, int nb, float[] acc) {
    if (nb == 3) {
      for (int j = G; j < 512; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 512] = s[j + 512 - G] + s[j + 512];
        s[j + 1024] = s[j + 1024 - G] + s[j + 1024];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = ((acc[G + k] + s[512 - G + k]) + s[1024 - G + k]) + s[1536 - G + k];
      }
    } else if (nb == 2) {
      for (int j = G; j < 512; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 512] = s[j + 512 - G] + s[j + 512];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = (acc[G + k] + s[512 - G + k]) + s[1024 - G + k];
      }
    } else {
      oneBlock(s, 512, acc);
    }
  }

  private static void blocks1024(float[] s, int nb, float[] acc) {
    if (nb == 3) {
      for (int j = G; j < 1024; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 1024] = s[j + 1024 - G] + s[j + 1024];
        s[j + 2048] = s[j + 2048 - G] + s[j + 2048];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = ((acc[G + k] + s[1024 - G + k]) + s[2048 - G + k]) + s[3072 - G + k];
      }
    } else if (nb == 2) {
      for (int j = G; j < 1024; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 1024] = s[j + 1024 - G] + s[j + 1024];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = (acc[G + k] + s[1024 - G + k]) + s[2048 - G + k];
      }
    } else {
      oneBlock(s, 1024, acc);
    }
  }

  private static void blocks2048(float[] s, int nb, float[] acc) {
    if (nb == 3) {
      for (int j = G; j < 2048; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 2048] = s[j + 2048 - G] + s[j + 2048];
        s[j + 4096] = s[j + 4096 - G] + s[j + 4096];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = ((acc[G + k] + s[2048 - G + k]) + s[4096 - G + k]) + s[6144 - G + k];
      }
    } else if (nb == 2) {
      for (int j = G; j < 2048; j++) {
        s[j] = s[j - G] + s[j];
        s[j + 2048] = s[j + 2048 - G] + s[j + 2048];
      }
      for (int k = 0; k < G; k++) {
        acc[G + k] = (acc[G + k] + s[2048 - G + k]) + s[4096 - G + k];
      }
    } else {
      oneBlock(s, 2048, acc);
    }
  }

  private static void oneBlock(float[] s, int len, float[] acc) {
    for (int j = G; j < len; j++) {
      s[j] = s[j - G] + s[j];
    }
    for (int k = 0; k < G; k++) {
      acc[G + k] += s[len - G + k];
    }
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

  /** Lanes of one band of {@link #columnSums}: five L1-resident rows of floats. */
  private static final int BAND = 1024;

  private static final ThreadLocal<float[][]> BANDS =
      ThreadLocal.withInitial(() -> new float[5][BAND]);

  /**
   * PyTorch's float32 {@code sum} over the leading dims of a contiguous block seen as
   * {@code [rows, cols]} ({@code sum(0)} of a matrix), bit for bit, into {@code out[0..cols)}
   * ({@code 0 + value}, as PyTorch's output starts at zero). That is {@code cascade_sum}'s
   * contiguous outer reduction: above the grain {@code parallel_dim_reduction} gives each thread
   * a column range rounded to 32 columns (128 bytes); in each range, whole groups of 32 columns
   * ({@code vectorized_outer_sum}; 4 columns in {@code scalar_outer_sum} below 8) sum every column
   * as one cascade over the rows ({@code multi_row_sum}), the rest in {@code row_sum}'s order
   * (four interleaved row lanes). The cascade runs across a band of columns as same-index adds
   * ({@code acc[j] += buf[j]}, each row copied to {@code buf} first), which C2 vectorises.
   */
  static void columnSums(float[] a, int off, int rows, int cols, float[] out) {
    int k = (long) rows * cols < Parallel.GRAIN ? 1 : Parallel.chunks(cols, 1);
    Parallel.forChunks(cols, k, (c, lo, hi) -> {
      if (lo >= hi) {
        return;
      }
      int begin = (int) lo - (int) lo % 32;
      int end = hi == cols ? cols : (int) hi - (int) hi % 32;
      if (k <= 1) {
        begin = 0;
        end = cols;
      }
      if (begin >= end) {
        return;
      }
      int w = end - begin;
      int whole = w >= 8 ? w - w % 32 : w - w % 4;
      float[][] bands = BANDS.get();
      for (int c0 = 0; c0 < whole; c0 += BAND) {
        int bw = Math.min(BAND, whole - c0);
        cascadeBand(a, off + begin + c0, cols, rows, bw, bands, out, begin + c0);
      }
      for (int j = begin + whole; j < end; j++) {
        out[j] = 0f + interleavedColumn(a, off + j, cols, rows);
      }
    });
  }

  /** {@code multi_row_sum} over {@code rows} rows for {@code w} adjacent columns at once. */
  private static void cascadeBand(
      float[] a, int base, int stride, int rows, int w, float[][] bands, float[] out, int o) {
    float[] acc0 = bands[0];
    float[] acc1 = bands[1];
    float[] acc2 = bands[2];
    float[] acc3 = bands[3];
    float[] buf = bands[4];
    java.util.Arrays.fill(acc1, 0, w, 0f);
    java.util.Arrays.fill(acc2, 0, w, 0f);
    java.util.Arrays.fill(acc3, 0, w, 0f);
    int levelPower = Math.max(4, ceilLog2(rows) / 4);
    int step = 1 << levelPower;
    long mask = step - 1;
    int i = 0;
    boolean open = false;
    while (i < rows) {
      int stop = Math.min(rows, i + step);
      boolean whole = stop - i == step;
      // The block's first row as is (PyTorch adds it to 0: the same but for -0.0, which level 1,
      // starting at +0.0, absorbs), then the rest added in order.
      System.arraycopy(a, base + i * stride, acc0, 0, w);
      for (int r = i + 1; r < stop; r++) {
        System.arraycopy(a, base + r * stride, buf, 0, w);
        for (int j = 0; j < w; j++) {
          acc0[j] = acc0[j] + buf[j];
        }
      }
      i = stop;
      if (!whole) {
        open = true;
        break;
      }
      for (int j = 0; j < w; j++) {
        acc1[j] = acc1[j] + acc0[j];
      }
      if ((i & (mask << levelPower)) == 0) {
        for (int j = 0; j < w; j++) {
          acc2[j] = acc2[j] + acc1[j];
          acc1[j] = 0f;
        }
        if ((i & (mask << (2 * levelPower))) == 0) {
          for (int j = 0; j < w; j++) {
            acc3[j] = acc3[j] + acc2[j];
            acc2[j] = 0f;
          }
        }
      }
    }
    if (!open) {
      java.util.Arrays.fill(acc0, 0, w, 0f);
    }
    for (int j = 0; j < w; j++) {
      out[o + j] = 0f + (((acc0[j] + acc1[j]) + acc2[j]) + acc3[j]);
    }
  }

  /** {@code row_sum} down one column: four lanes of interleaved rows, the tail, the fold. */
  private static float interleavedColumn(float[] a, int base, int stride, int rows) {
    int size = rows / 4;
    int levelPower = Math.max(4, ceilLog2(size) / 4);
    int step = 1 << levelPower;
    long mask = step - 1;
    float[] acc = new float[16];
    int i = 0;
    while (i + step <= size) {
      for (int g = 0; g < step; g++, i++) {
        int p = base + 4 * i * stride;
        acc[0] += a[p];
        acc[1] += a[p + stride];
        acc[2] += a[p + 2 * stride];
        acc[3] += a[p + 3 * stride];
      }
      for (int j = 1; j < 4; j++) {
        for (int l = 0; l < 4; l++) {
          acc[4 * j + l] += acc[4 * (j - 1) + l];
          acc[4 * (j - 1) + l] = 0f;
        }
        if ((i & (mask << (j * levelPower))) != 0) {
          break;
        }
      }
    }
    for (; i < size; i++) {
      int p = base + 4 * i * stride;
      acc[0] += a[p];
      acc[1] += a[p + stride];
      acc[2] += a[p + 2 * stride];
      acc[3] += a[p + 3 * stride];
    }
    for (int j = 1; j < 4; j++) {
      for (int l = 0; l < 4; l++) {
        acc[l] += acc[4 * j + l];
      }
    }
    for (int r = size * 4; r < rows; r++) {
      acc[0] += a[base + r * stride];
    }
    return ((acc[0] + acc[1]) + acc[2]) + acc[3];
  }
}
