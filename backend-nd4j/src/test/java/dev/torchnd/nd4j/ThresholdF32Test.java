package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The branch-free ReLU and threshold_backward kernels give, bit for bit, what PyTorch's
 * {@code x < 0 ? 0 : x} and {@code self <= threshold ? 0 : grad} give: over special values (±0,
 * ±inf, NaNs of both signs and with payloads, subnormals, the extremes) and random bit patterns.
 */
class ThresholdF32Test {

  private static final float[] SPECIAL = {
    0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL, 1f, -1f,
    Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
    Float.NaN, Float.intBitsToFloat(0xFFC00000), Float.intBitsToFloat(0x7F800001),
    Float.intBitsToFloat(0xFF800001), Float.intBitsToFloat(0xFFFFFFFF),
    Float.intBitsToFloat(0x7FFFFFFF), 0.5f, -0.5f, 3e-39f, -3e-39f
  };

  private static float[] values(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = i < SPECIAL.length * SPECIAL.length
          ? SPECIAL[i % SPECIAL.length]
          : rnd.nextBoolean() ? Float.intBitsToFloat(rnd.nextInt()) : (float) rnd.nextGaussian();
    }
    return v;
  }

  @Test
  void reluMatchesTheSelectBitForBit() {
    int n = 200_000;
    float[] x = values(n, 1);
    float[] out = new float[n + 3];
    ThresholdF32.relu(x, 0, out, 3, n);
    for (int i = 0; i < n; i++) {
      float want = x[i] < 0 ? 0f : x[i];
      int j = i;
      assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(out[i + 3]),
          () -> "relu bits " + Integer.toHexString(Float.floatToRawIntBits(x[j])));
    }
  }

  @Test
  void thresholdBackwardMatchesTheSelectBitForBit() {
    int n = 100_000;
    float[] grad = values(n, 2);
    // self runs over the specials against every grad special (i / SPECIAL.length).
    float[] self = new float[n];
    float[] r = values(n, 3);
    for (int i = 0; i < n; i++) {
      self[i] = i < SPECIAL.length * SPECIAL.length ? SPECIAL[i / SPECIAL.length] : r[i];
    }
    float[] thresholds = new float[SPECIAL.length + 2];
    System.arraycopy(SPECIAL, 0, thresholds, 0, SPECIAL.length);
    thresholds[SPECIAL.length] = 2.5f;
    thresholds[SPECIAL.length + 1] = -7f;
    float[] out = new float[n];
    for (float s : thresholds) {
      ThresholdF32.thresholdBackward(grad, 0, self, 0, s, out, 0, n);
      for (int i = 0; i < n; i++) {
        float want = self[i] <= s ? 0f : grad[i];
        int j = i;
        assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(out[i]),
            () -> "threshold " + s + ", self " + self[j] + ", grad " + grad[j]);
      }
    }
  }
}
