package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The float32 tanh kernel stays within one ulp of the correctly rounded result. */
class StridedF32KernelsTest {

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
