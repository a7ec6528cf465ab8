package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.spi.Layout;
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

  /** Random floats with NaN payloads and signed zeros among them: a copy must keep every bit. */
  private static float[] randomBits(SplittableRandom rnd, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = Float.intBitsToFloat(rnd.nextInt());
    }
    return a;
  }

  private static void assertSameBits(float[] want, float[] got, String what) {
    for (int i = 0; i < want.length; i++) {
      if (Float.floatToRawIntBits(want[i]) != Float.floatToRawIntBits(got[i])) {
        throw new AssertionError(what + ": element " + i + " differs");
      }
    }
  }

  @Test
  void copyRowAndFillRowMatchTheElementLoopForEveryStride() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int si = 0; si <= 6; si++) {
      for (int so = 1; so <= 3; so++) {
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 100, 1037}) {
          int i0 = rnd.nextInt(5);
          int o0 = rnd.nextInt(5);
          float[] src = randomBits(rnd, i0 + Math.max(1, si * n) + 3);
          float[] dst = randomBits(rnd, o0 + so * n + 3);
          float[] want = dst.clone();
          for (int j = 0, i = i0, o = o0; j < n; j++, i += si, o += so) {
            want[o] = src[i];
          }
          float[] got = dst.clone();
          StridedF32Kernels.copyRow(src, i0, si, got, o0, so, n);
          String what = "copyRow si=" + si + " so=" + so + " n=" + n;
          assertSameBits(want, got, what);
          float c = Float.intBitsToFloat(rnd.nextInt());
          float[] wantFill = dst.clone();
          for (int j = 0, o = o0; j < n; j++, o += so) {
            wantFill[o] = c;
          }
          float[] gotFill = dst.clone();
          StridedF32Kernels.fillRow(gotFill, o0, so, c, n);
          assertSameBits(wantFill, gotFill, "fillRow so=" + so + " n=" + n);
        }
      }
    }
  }

  @Test
  void stridedCopyAndFillOverLayoutsMatchTheElementLoop() {
    SplittableRandom rnd = new SplittableRandom(11);
    // x[1:-1, ::2] of a (64, 130) matrix, its transpose, and a broadcast row.
    Layout slice = new Layout(new long[] {62, 65}, new long[] {130, 2}, 130);
    Layout sliceT = new Layout(new long[] {65, 62}, new long[] {2, 130}, 131);
    Layout bcast = new Layout(new long[] {62, 65}, new long[] {0, 1}, 3);
    for (Layout from : new Layout[] {slice, sliceT, bcast}) {
      float[] src = randomBits(rnd, 64 * 130);
      Layout to = Layout.contiguous(from.shape());
      float[] got = new float[(int) to.numel()];
      StridedF32Kernels.copy(src, from, got, to);
      int[] offs = Strided.offsets(from);
      float[] want = new float[offs.length];
      for (int e = 0; e < offs.length; e++) {
        want[e] = src[offs[e]];
      }
      assertSameBits(want, got, "copy from " + from);
      // Writing back through the strided layout (the destination is the strided one).
      float[] dst = randomBits(rnd, 64 * 130);
      float[] wantBack = dst.clone();
      for (int e = 0; e < offs.length; e++) {
        wantBack[offs[e]] = got[e];
      }
      if (from != bcast) {
        float[] back = dst.clone();
        StridedF32Kernels.copy(got, to, back, from);
        assertSameBits(wantBack, back, "copy into " + from);
      }
      float c = rnd.nextFloat();
      float[] fill = dst.clone();
      StridedF32Kernels.fill(fill, from == bcast ? to : from, c);
      float[] wantFill = dst.clone();
      for (int e : Strided.offsets(from == bcast ? to : from)) {
        wantFill[e] = c;
      }
      assertSameBits(wantFill, fill, "fill " + from);
    }
  }

  @Test
  void float64CopyRowAndFillRowMatchTheElementLoopForEveryStride() {
    SplittableRandom rnd = new SplittableRandom(13);
    for (int si = 0; si <= 4; si++) {
      for (int so = 1; so <= 3; so++) {
        for (int n : new int[] {0, 1, 7, 16, 100, 1037}) {
          int i0 = rnd.nextInt(5);
          int o0 = rnd.nextInt(5);
          double[] src = new double[i0 + Math.max(1, si * n) + 3];
          double[] dst = new double[o0 + so * n + 3];
          for (int q = 0; q < src.length; q++) {
            src[q] = Double.longBitsToDouble(rnd.nextLong());
          }
          for (int q = 0; q < dst.length; q++) {
            dst[q] = Double.longBitsToDouble(rnd.nextLong());
          }
          double[] want = dst.clone();
          for (int j = 0, i = i0, o = o0; j < n; j++, i += si, o += so) {
            want[o] = src[i];
          }
          double[] got = dst.clone();
          StridedF64Kernels.copyRow(src, i0, si, got, o0, so, n);
          double c = rnd.nextDouble();
          double[] wantFill = dst.clone();
          for (int j = 0, o = o0; j < n; j++, o += so) {
            wantFill[o] = c;
          }
          double[] gotFill = dst.clone();
          StridedF64Kernels.fillRow(gotFill, o0, so, c, n);
          for (int q = 0; q < dst.length; q++) {
            assertEquals(Double.doubleToRawLongBits(want[q]), Double.doubleToRawLongBits(got[q]),
                "copyRow si=" + si + " so=" + so + " n=" + n + " at " + q);
            assertEquals(Double.doubleToRawLongBits(wantFill[q]),
                Double.doubleToRawLongBits(gotFill[q]), "fillRow so=" + so + " n=" + n);
          }
        }
      }
    }
  }
}
