package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The float32 exp kernel stays within one ulp of the correctly rounded result. */
class FastF32Test {

  private static float reference(float x) {
    return (float) Math.exp(x);
  }

  @Test
  void expWithinOneUlpOverTheWholeFloatRange() {
    SplittableRandom rnd = new SplittableRandom(42);
    int worst = 0;
    for (int i = 0; i < 2_000_000; i++) {
      float x = (float) (rnd.nextDouble() * 210 - 105);
      float got = FastF32.expf(x);
      float want = reference(x);
      int ulps = Math.abs(Float.floatToIntBits(got) - Float.floatToIntBits(want));
      worst = Math.max(worst, ulps);
    }
    assertTrue(worst <= 1, "worst error " + worst + " ulps");
  }

  @Test
  void expSpecialValues() {
    assertEquals(Float.POSITIVE_INFINITY, FastF32.expf(Float.POSITIVE_INFINITY));
    assertEquals(0f, FastF32.expf(Float.NEGATIVE_INFINITY));
    assertTrue(Float.isNaN(FastF32.expf(Float.NaN)));
    assertEquals(1f, FastF32.expf(0f));
    assertEquals(1f, FastF32.expf(-0f));
    assertEquals(Float.POSITIVE_INFINITY, FastF32.expf(89f));
    assertEquals(reference(88.7f), FastF32.expf(88.7f));
    assertEquals(reference(-103f), FastF32.expf(-103f)); // subnormal result
    assertEquals(0f, FastF32.expf(-110f));
  }
}
