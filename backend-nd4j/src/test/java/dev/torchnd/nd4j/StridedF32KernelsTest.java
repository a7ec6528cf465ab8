package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The float32 exp kernel stays within one ulp of the correctly rounded result. */
class StridedF32KernelsTest {

  private static float reference(float x) {
    return (float) Math.exp(x);
  }

  @Test
  void expWithinOneUlpOverTheWholeFloatRange() {
    SplittableRandom rnd = new SplittableRandom(42);
    int worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      float x = (float) (rnd.nextDouble() * 210 - 105);
      float got = StridedF32Kernels.expf(x);
      float want = reference(x);
      int ulps = Math.abs(Float.floatToIntBits(got) - Float.floatToIntBits(want));
      worst = Math.max(worst, ulps);
    }
    assertTrue(worst <= 1, "worst error " + worst + " ulps");
  }

  private static int ulps(float x) {
    float got = StridedF32Kernels.expf(x);
    float want = reference(x);
    if (Float.isNaN(want)) {
      return Float.isNaN(got) ? 0 : Integer.MAX_VALUE;
    }
    return Math.abs(Float.floatToIntBits(got) - Float.floatToIntBits(want));
  }

  @Test
  void expWithinOneUlpAcrossAllFloatBitPatterns() {
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
  void expEveryFloatAtTheOverflowAndUnderflowEdges() {
    // All floats in [88, 128] and [-128, -86]: overflow to +inf, subnormal results, rounding to 0
    // and the switch to the slow path at |x| = 126.
    for (float[] range : new float[][] {{88f, 128f}, {-128f, -86f}}) {
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
  void expSpecialValues() {
    assertEquals(Float.POSITIVE_INFINITY, StridedF32Kernels.expf(Float.POSITIVE_INFINITY));
    assertEquals(0f, StridedF32Kernels.expf(Float.NEGATIVE_INFINITY));
    assertTrue(Float.isNaN(StridedF32Kernels.expf(Float.NaN)));
    assertEquals(1f, StridedF32Kernels.expf(0f));
    assertEquals(1f, StridedF32Kernels.expf(-0f));
    assertEquals(Float.POSITIVE_INFINITY, StridedF32Kernels.expf(89f));
    assertEquals(reference(88.7f), StridedF32Kernels.expf(88.7f));
    assertEquals(reference(-103f), StridedF32Kernels.expf(-103f)); // subnormal result
    assertEquals(0f, StridedF32Kernels.expf(-110f));
    assertEquals(Float.POSITIVE_INFINITY, StridedF32Kernels.expf(Float.MAX_VALUE));
    assertEquals(0f, StridedF32Kernels.expf(-Float.MAX_VALUE));
    assertEquals(Float.POSITIVE_INFINITY, StridedF32Kernels.expf(126f));
    assertEquals(0f, StridedF32Kernels.expf(-126f));
    assertEquals(Float.MIN_VALUE, StridedF32Kernels.expf(-103.97f));
    assertEquals(0f, StridedF32Kernels.expf(-103.98f));
    assertEquals(reference(88.72283f), StridedF32Kernels.expf(88.72283f)); // largest finite result
    assertEquals(Float.POSITIVE_INFINITY, StridedF32Kernels.expf(88.72284f));
    assertEquals(1f, StridedF32Kernels.expf(Float.MIN_VALUE));
    assertEquals(1f, StridedF32Kernels.expf(-Float.MIN_VALUE));
  }

  @Test
  void tanhWithinOneUlpForFloatInputs() {
    SplittableRandom rnd = new SplittableRandom(43);
    int worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      // Magnitudes from 1e-9 to 30, both signs: every branch of the kernel.
      float x = (float) (Math.pow(10, rnd.nextDouble() * 10.5 - 9) * (rnd.nextBoolean() ? 1 : -1));
      float got = (float) StridedF32Kernels.tanh(x);
      float want = (float) Math.tanh(x);
      worst = Math.max(worst, Math.abs(Float.floatToIntBits(got) - Float.floatToIntBits(want)));
    }
    assertTrue(worst <= 1, "worst error " + worst + " ulps");
    assertEquals(0.0, StridedF32Kernels.tanh(0.0));
    assertEquals(-0.0, StridedF32Kernels.tanh(-0.0));
    assertEquals(1.0, StridedF32Kernels.tanh(Double.POSITIVE_INFINITY));
    assertEquals(-1.0, StridedF32Kernels.tanh(-1e30));
    assertTrue(Double.isNaN(StridedF32Kernels.tanh(Double.NaN)));
  }
}
