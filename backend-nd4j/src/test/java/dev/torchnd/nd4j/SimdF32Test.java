package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API bodies against sequential references: the cascade sum bit for bit against the
 * scalar one (and to float accuracy), dots to float accuracy (within the scalar loops' bound), max/min exactly, with NaN, signed zeros and infinities, over lengths
 * and offsets that hit every tail. The backend's tests run with {@code jdk.incubator.vector}.
 */
class SimdF32Test {
  @Test
  void theVectorPathIsOnInTheseTests() {
    assertTrue(Simd.ON, Simd.describe());
  }

  @Test
  void sumsAndDotsMatchADoubleReference() {
    SplittableRandom r = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 7, 8, 31, 64, 65, 127, 128, 1000, 2047, 2048, 2049, 5000, 100_003,
        1 << 20, 5_000_011}) {
      for (int off : new int[] {0, 3}) {
        float[] a = new float[n + off];
        float[] b = new float[n + off];
        for (int i = 0; i < a.length; i++) {
          a[i] = (float) (r.nextDouble() * 2 - 1);
          b[i] = (float) (r.nextDouble() * 2 - 1);
        }
        double s = 0;
        double d = 0;
        double abs = 0;
        double dabs = 0;
        for (int i = off; i < off + n; i++) {
          s += a[i];
          d += (double) a[i] * b[i];
          abs += Math.abs(a[i]);
          dabs += Math.abs((double) a[i] * b[i]);
        }
        double bound = 1e-6;
        if (n >= 8) {
          // The vector cascade is PyTorch's order, as the scalar one: the same float.
          assertEquals(Float.floatToRawIntBits(CascadeSum.scalarLanes(a, off, n)),
              Float.floatToRawIntBits(SimdF32.cascadeRowSum(a, off, n)), "sum n=" + n);
          assertEquals(s, SimdF32.cascadeRowSum(a, off, n), bound * Math.max(1, abs), "sum n=" + n);
        }
        assertEquals(d, SimdF32.dot(a, off, b, off, n), bound * Math.max(1, dabs), "dot n=" + n);
      }
    }
  }

  @Test
  void extremesAreExact() {
    SplittableRandom r = new SplittableRandom(11);
    float[] specials = {Float.NaN, -0.0f, 0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
    for (int n : new int[] {1, 5, 32, 33, 64, 100, 257, 4096}) {
      for (int trial = 0; trial < 40; trial++) {
        float[] a = new float[n + 2];
        for (int i = 0; i < a.length; i++) {
          a[i] = trial % 2 == 0 ? (float) r.nextGaussian() : (r.nextBoolean() ? 0.0f : -0.0f);
        }
        if (trial % 4 == 1) {
          a[1 + r.nextInt(n)] = specials[r.nextInt(specials.length)];
        }
        for (boolean max : new boolean[] {true, false}) {
          float init = max ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
          float want = init;
          for (int i = 1; i <= n; i++) {
            want = max ? Math.max(want, a[i]) : Math.min(want, a[i]);
          }
          float got = SimdF32.extreme(a, 1, n, max, init);
          assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got),
              (max ? "max" : "min") + " n=" + n + " trial " + trial + ": " + want + " vs " + got);
        }
      }
    }
  }

  /** e^x: the scalar {@link ExpF32#expf}'s bits (SLEEF's, PyTorch's) for every lane and tail. */
  @Test
  void expGivesTheScalarBits() {
    assertTrue(Simd.EXP);
    int n = 1 << 20;
    float[] x = new float[n + 3];
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 7 == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) (r.nextDouble() * 220 - 110);
    }
    float[] specials = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f,
        88.72f, 88.73f, -87.33f, -103.9f, -104f, 100f, 100.01f, -104.01f, 126f, -126f, 200f,
        -200f, Float.MIN_VALUE, 1e-30f, -1e-30f, 1f, -1f, 0.5f};
    System.arraycopy(specials, 0, x, 1, specials.length);
    for (int len : new int[] {n, 1, 7, 9, 17, 1000}) {
      float[] z = new float[n + 3];
      SimdF32.exp(x, 1, z, 2, len);
      for (int i = 0; i < len; i++) {
        float want = ExpF32.expf(x[i + 1]);
        float got = z[i + 2];
        if (Float.isNaN(want)) {
          assertTrue(Float.isNaN(got), "exp(" + x[i + 1] + ")");
          continue;
        }
        assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got),
            "exp(" + x[i + 1] + ") = " + got + ", want " + want);
      }
      assertEquals(0f, z[1], "wrote before the range");
      assertEquals(0f, z[len + 2], "wrote past the range");
    }
  }

  /** Through the public API: the rows the benchmarks time, against float64 results. */
  @Test
  void reductionsAndProductsThroughTensors() {
    Torch.manual_seed(3);
    Tensor x = Torch.rand(300, 1030);
    Tensor xd = x.double_();
    // A float32 sum (PyTorch's cascade, in float): within a few ulps of the exact one.
    assertEquals(xd.sum().doubleValue(), x.sum().doubleValue(), 1e-6 * xd.sum().doubleValue());
    Tensor rows = x.sum(1, false).double_().sub(xd.sum(1, false)).abs().max();
    assertTrue(rows.doubleValue() < 1e-3, rows.toString());
    assertEquals(xd.max().doubleValue(), x.max().doubleValue());
    Tensor w = Torch.rand(1030);
    Tensor mv = Torch.mv(x, w).double_().sub(Torch.mv(xd, w.double_())).abs().max();
    assertTrue(mv.doubleValue() < 1e-3, mv.toString());
  }
}
