package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpF32}: SLEEF's expf (the committed PyTorch fixtures check its bits, see
 * {@code PerfExpConformanceTest}); here its error bound, its specials, and that the block path
 * returns the scalar path's bits at every length, offset and stride.
 */
class ExpF32Test {

  private static int ulps(float x) {
    float got = ExpF32.expf(x);
    float want = (float) Math.exp(x);
    if (Float.isNaN(want)) {
      return Float.isNaN(got) ? 0 : Integer.MAX_VALUE;
    }
    return Math.abs(Float.floatToIntBits(got) - Float.floatToIntBits(want));
  }

  @Test
  void withinOneUlpAcrossAllFloatBitPatterns() {
    // Every 251st bit pattern, both signs: NaNs, infinities, subnormal and huge inputs included.
    int worst = 0;
    float worstX = 0;
    for (long b = 0; b <= 0xffffffffL; b += 251) {
      float x = Float.intBitsToFloat((int) b);
      int u = ulps(x);
      if (u > worst) {
        worst = u;
        worstX = x;
      }
    }
    assertTrue(worst <= 1, "worst error " + worst + " ulps at " + worstX);
  }

  @Test
  void withinOneUlpAtTheOverflowAndUnderflowEdges() {
    // All floats in [88, 101] and [-105, -86]: overflow to +inf, subnormal results, rounding to 0
    // and the clamps at 100 and -104.
    for (float[] range : new float[][] {{88f, 101f}, {-105f, -86f}}) {
      int worst = 0;
      float worstX = 0;
      for (float x = range[0]; x <= range[1]; x = Math.nextUp(x)) {
        int u = ulps(x);
        if (u > worst) {
          worst = u;
          worstX = x;
        }
      }
      assertTrue(worst <= 1, "worst error " + worst + " ulps at " + worstX);
    }
  }

  @Test
  void specialValues() {
    assertEquals(Float.POSITIVE_INFINITY, ExpF32.expf(Float.POSITIVE_INFINITY));
    assertEquals(0f, ExpF32.expf(Float.NEGATIVE_INFINITY));
    assertTrue(Float.isNaN(ExpF32.expf(Float.NaN)));
    assertEquals(1f, ExpF32.expf(0f));
    assertEquals(1f, ExpF32.expf(-0f));
    assertEquals(1f, ExpF32.expf(Float.MIN_VALUE));
    assertEquals(1f, ExpF32.expf(-Float.MIN_VALUE));
    assertEquals(Float.POSITIVE_INFINITY, ExpF32.expf(88.73f));
    assertEquals(Float.POSITIVE_INFINITY, ExpF32.expf(Float.MAX_VALUE));
    assertEquals(0f, ExpF32.expf(-Float.MAX_VALUE));
    assertEquals(0f, ExpF32.expf(-104.5f));
    assertTrue(ExpF32.expf(-103f) > 0 && ExpF32.expf(-103f) < Float.MIN_NORMAL);
    // +0, not -0, below the range.
    assertEquals(0, Float.floatToRawIntBits(ExpF32.expf(-1e30f)));
  }

  private static void assertSameBits(float want, float got, String what) {
    if (Float.isNaN(want)) {
      assertTrue(Float.isNaN(got), what);
    } else {
      assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got), what);
    }
  }

  @Test
  void blocksGiveTheScalarBitsAtEveryLengthOffsetAndStride() {
    SplittableRandom r = new SplittableRandom(7);
    float[] x = new float[3 * 2100 + 8];
    for (int i = 0; i < x.length; i++) {
      x[i] = switch (i % 11) {
        case 0 -> Float.intBitsToFloat(r.nextInt()); // any bit pattern: NaN, inf, subnormal
        case 1 -> (float) (r.nextDouble() * 18 - 105); // subnormal and zero results
        case 2 -> (float) (r.nextDouble() * 14 + 87); // overflow
        default -> (float) (r.nextDouble() * 40 - 20);
      };
    }
    int[] lengths = {0, 1, 7, 15, 16, 17, 31, 64, 511, 512, 513, 1023, 1024, 1025, 2100};
    for (int stride : new int[] {1, 2, 3, 0}) {
      for (int n : lengths) {
        for (int off : new int[] {0, 1, 5}) {
          float[] z = new float[3 * 2100 + 16];
          int zs = stride == 0 ? 1 : 3 - stride % 2; // output strides 1, 2 and 3
          ExpF32.exp(x, off, stride, z, 3, zs, n);
          for (int j = 0; j < n; j++) {
            assertSameBits(ExpF32.expf(x[off + j * stride]), z[3 + j * zs],
                "n=" + n + " off=" + off + " stride=" + stride + " j=" + j);
          }
          assertEquals(0f, z[2], "wrote before the range");
          assertEquals(0f, z[3 + Math.max(0, n - 1) * zs + (n == 0 ? 0 : 1)], "wrote past");
        }
      }
    }
  }
}
