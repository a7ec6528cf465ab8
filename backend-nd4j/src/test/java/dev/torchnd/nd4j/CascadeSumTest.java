package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CascadeSum#scalarLanes} against a literal transcription of PyTorch's {@code row_sum} /
 * {@code multi_row_sum} (SumKernel.cpp, 8-lane vectors, 4 accumulators, 4 levels), bit for bit:
 * lengths that end in every kind of tail, cross level-1, level-2 and level-3 pushes and the
 * 512/1024/2048-float block sizes, with signed zeros, infinities and NaN (any NaN matches).
 */
class CascadeSumTest {
  /** PyTorch's loops as written: acc[level][lane], zeroed, pushed level by level. */
  static float reference(float[] a, int off, int n) {
    int vec = n / 8;
    int size = vec / 4;
    int levelPower = Math.max(4, CascadeSum.ceilLog2(size) / 4);
    int step = 1 << levelPower;
    long mask = step - 1;
    float[][] acc = new float[4][32];
    int i = 0;
    while (i + step <= size) {
      for (int j = 0; j < step; j++, i++) {
        for (int k = 0; k < 32; k++) {
          acc[0][k] += a[off + i * 32 + k];
        }
      }
      for (int j = 1; j < 4; j++) {
        for (int k = 0; k < 32; k++) {
          acc[j][k] += acc[j - 1][k];
          acc[j - 1][k] = 0f;
        }
        if ((i & (mask << (j * levelPower))) != 0) {
          break;
        }
      }
    }
    for (; i < size; i++) {
      for (int k = 0; k < 32; k++) {
        acc[0][k] += a[off + i * 32 + k];
      }
    }
    for (int j = 1; j < 4; j++) {
      for (int k = 0; k < 32; k++) {
        acc[0][k] += acc[j][k];
      }
    }
    // row_sum: leftover vectors into accumulator 0, accumulators 1-3 into 0.
    float[] p = new float[8];
    System.arraycopy(acc[0], 0, p, 0, 8);
    for (int v = size * 4; v < vec; v++) {
      for (int l = 0; l < 8; l++) {
        p[l] += a[off + v * 8 + l];
      }
    }
    for (int q = 1; q < 4; q++) {
      for (int l = 0; l < 8; l++) {
        p[l] += acc[0][q * 8 + l];
      }
    }
    // vectorized_inner_sum: the scalar tail from 0, then the 8 lanes.
    float s = 0f;
    for (int j = vec * 8; j < n; j++) {
      s += a[off + j];
    }
    for (int l = 0; l < 8; l++) {
      s += p[l];
    }
    return s;
  }

  private static void check(float[] a, int off, int n, String what) {
    float want = reference(a, off, n);
    float got = CascadeSum.scalarLanes(a, off, n);
    if (want != want && got != got) {
      // NaN either way; its payload is not specified (C2 may commute a float add's operands).
      return;
    }
    assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got),
        what + " n=" + n + " off=" + off + ": " + want + " vs " + got);
  }

  @Test
  void matchesPyTorchsLoopsBitForBit() {
    SplittableRandom r = new SplittableRandom(5);
    int[] lengths = {8, 9, 31, 32, 33, 63, 64, 100, 511, 512, 513, 1000, 1024, 1536, 1537, 2048,
        4095, 8192, 8193, 12_345, 16_384, 24_576, 100_003, 131_072, 131_104, 262_147, 524_288,
        1_048_576, 2_097_155, 4_194_304 + 4096 * 3 + 77, 16_777_216 + 1024 + 5, 17_000_003};
    for (int n : lengths) {
      float[] a = new float[n + 3];
      for (int i = 0; i < a.length; i++) {
        // Magnitudes 2^-20..2^19, so the order of additions shows in the float.
        a[i] = Math.scalb((float) (r.nextDouble() * 2 - 1), r.nextInt(40) - 20);
      }
      check(a, 0, n, "random");
      check(a, 3, n, "random");
    }
  }

  @Test
  void signedZerosInfinitiesAndNaN() {
    SplittableRandom r = new SplittableRandom(9);
    float[] specials = {-0.0f, 0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
    for (int n : new int[] {8, 40, 512, 600, 1536, 3000, 70_000}) {
      for (int trial = 0; trial < 12; trial++) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          // All -0.0 (every lane's block sum is -0.0), a mix of signed zeros, or sparse specials.
          a[i] = switch (trial % 3) {
            case 0 -> -0.0f;
            case 1 -> r.nextBoolean() ? -0.0f : 0.0f;
            default -> r.nextInt(50) == 0 ? specials[r.nextInt(specials.length)] : -0.0f;
          };
        }
        check(a, 0, n, "specials trial " + trial);
      }
    }
  }
}
