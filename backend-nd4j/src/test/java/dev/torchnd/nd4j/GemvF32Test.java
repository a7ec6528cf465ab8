package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link GemvF32#rows} against a double-precision reference, within float accuracy: row lengths
 * on and around the piece and block sizes (every combination of four-, two- and one-piece steps
 * and a scalar tail), padded rows, offsets into both arrays, row ranges that start inside the
 * matrix, and mixed magnitudes; then {@code mv} through the API on 1 and 3 threads against the
 * float64 product. (This module's tests run with the Vector API, where {@code mv} takes
 * {@link SimdF32}; {@link GemvF32#rowsInto} is the scalar default's entry, tested directly.)
 */
class GemvF32Test {

  private static final int[] KS = {
    1, 7, 255, 256, 257, 511, 512, 700, 767, 768, 1023, 1024, 1025, 1279, 1280, 1536, 1792, 2047,
    2048, 2049, 3071, 4100, 5000
  };

  @Test
  void rowsMatchADoubleReference() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int k : KS) {
      for (int n : new int[] {1, 3, 6}) {
        int pad = rnd.nextInt(3);
        int aRow = k + pad;
        int aBase = rnd.nextInt(5);
        int xBase = rnd.nextInt(5);
        float[] a = new float[aBase + n * aRow];
        float[] x = new float[xBase + k];
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) ((rnd.nextDouble() - 0.5) * Math.scalb(1.0, rnd.nextInt(-6, 7)));
        }
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) (rnd.nextDouble() - 0.5);
        }
        long lo = n > 1 ? 1 : 0;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN); // rows() sets every element of its range
        GemvF32.rows(a, aBase, aRow, x, xBase, k, lo, n, out);
        // The backend's entry: float results at a strided, offset output.
        float[] z = new float[3 + 2 * n];
        GemvF32.rowsInto(a, aBase, aRow, x, xBase, k, lo, n, new Access.F32(z), 3, 2);
        for (int i = (int) lo; i < n; i++) {
          double exact = 0;
          double abs = 0;
          for (int p = 0; p < k; p++) {
            double t = (double) a[aBase + i * aRow + p] * x[xBase + p];
            exact += t;
            abs += Math.abs(t);
          }
          double got = out[(int) (i - lo)];
          // Lanes of at most four float products, folded pairwise over 256 lanes: ~12 roundings.
          assertTrue(Math.abs(got - exact) <= 2e-6 * abs,
              "k=" + k + " n=" + n + " row " + i + ": " + got + " vs " + exact);
          assertTrue(z[3 + 2 * i] == (float) got, "rowsInto row " + i);
        }
      }
    }
  }

  @Test
  void mvMatchesFloat64OnSeveralThreads() {
    int before = Torch.get_num_threads();
    try {
      for (int threads : new int[] {1, 3}) {
        Torch.set_num_threads(threads);
        Torch.manual_seed(5);
        for (long[] s : new long[][] {{300, 1024}, {67, 3000}, {1, 2048}}) {
          Tensor a = Torch.randn(s[0], s[1]);
          Tensor w = Torch.randn(s[1]);
          Tensor got = Torch.mv(a, w).to(DType.float64);
          Tensor ref = Torch.mv(a.to(DType.float64), w.to(DType.float64));
          assertTrue(got.allclose(ref, 1e-5, 1e-4),
              threads + " threads " + s[0] + "x" + s[1] + ": "
                  + got.sub(ref).abs().max().doubleValue());
          // A column of a transposed view is not a unit-stride row: the other kernel runs.
          Tensor gotT = Torch.mv(a.t().contiguous().t(), w).to(DType.float64);
          assertTrue(gotT.allclose(ref, 1e-5, 1e-4));
        }
      }
    } finally {
      Torch.set_num_threads(before);
    }
  }
}
