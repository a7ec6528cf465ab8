package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Torch;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ScanOp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The four-line float32 scans give bit for bit what the one-line loop of {@link Reductions#scan}
 * gives: along each dim, with line counts that leave a remainder, on strided and offset inputs
 * and strided outputs, for sums and products, on one thread and on several.
 */
class ScanF32KernelsTest {

  private record Case(String name, long[] shape, long[] inStrides, long inOffset, int dim) {}

  private static final Case[] CASES = {
    new Case("2-D dim 1", new long[] {301, 517}, new long[] {517, 1}, 0, 1),
    new Case("2-D dim 0", new long[] {301, 517}, new long[] {517, 1}, 0, 0),
    new Case("3-D middle dim", new long[] {7, 33, 5}, new long[] {165, 5, 1}, 0, 1),
    new Case("transposed, dim 1", new long[] {517, 301}, new long[] {1, 517}, 0, 1),
    new Case("offset, every other column", new long[] {9, 50}, new long[] {200, 2}, 3, 1),
    new Case("one line", new long[] {1, 1000}, new long[] {1000, 1}, 0, 1),
    new Case("three lines", new long[] {3, 40}, new long[] {40, 1}, 0, 1),
    new Case("long lines, 2 per grain", new long[] {6, 20000}, new long[] {20000, 1}, 0, 1),
  };

  @Test
  void matchesTheOneLineLoop() {
    SplittableRandom rnd = new SplittableRandom(7);
    int before = Torch.get_num_threads();
    try {
      for (int threads : new int[] {1, 3}) {
        Torch.set_num_threads(threads);
        for (Case c : CASES) {
          for (ScanOp op : ScanOp.values()) {
            check(c, op, threads, false, rnd);
            check(c, op, threads, true, rnd);
          }
        }
      }
    } finally {
      Torch.set_num_threads(before);
    }
  }

  private static void check(
      Case c, ScanOp op, int threads, boolean transposedOut, SplittableRandom rnd) {
    long span = c.inOffset() + 1;
    for (int d = 0; d < c.shape().length; d++) {
      span += (c.shape()[d] - 1) * c.inStrides()[d];
    }
    float[] in = new float[(int) span];
    for (int i = 0; i < in.length; i++) {
      // Products stay finite and far from 1 both ways; sums mix signs and magnitudes.
      in[i] = op == ScanOp.CUMPROD
          ? (float) (0.9 + rnd.nextDouble() * 0.2)
          : (float) ((rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-3, 4)));
    }
    Layout sl = new Layout(c.shape(), c.inStrides(), c.inOffset());
    // Contiguous outputs (unit-stride lines along the last dim), and transposed ones for 2-D.
    long[] os = Layout.contiguousStrides(c.shape());
    if (transposedOut && c.shape().length == 2) {
      os = new long[] {1, c.shape()[0]};
    }
    Layout ol = new Layout(c.shape(), os, 0);
    int n = (int) sl.numel();
    float[] want = new float[n];
    float[] got = new float[n];
    java.util.Arrays.fill(got, Float.NaN);
    Reductions.scan(op, new Access.F32(in), DType.float32, sl, c.dim(), new Access.F32(want), ol);
    boolean ran = ScanF32Kernels.scan(op, new Access.F32(in), sl, c.dim(), new Access.F32(got), ol);
    assertTrue(ran, c.name());
    String what = c.name() + " " + op + ", " + threads + " threads, transposed out " + transposedOut;
    assertArrayEquals(want, got, 0f, what);
  }
}
