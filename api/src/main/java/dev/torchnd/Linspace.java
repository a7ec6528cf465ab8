package dev.torchnd;

/**
 * {@code torch.linspace} for float32 and float64 exactly as PyTorch 1.13's CPU kernel computes
 * it ({@code RangeFactoriesKernel.cpp}, AVX2 build): in the tensor's own precision, the first
 * half counted up from {@code start} and the rest down from {@code end}, where the decision and
 * the base are taken once per SIMD vector (8 floats, 4 doubles; the loop handles two vectors at
 * a time and the tail element by element), and inside a vector each element is {@code base +
 * j * step}. The compiler contracts {@code start + step * idx} (and {@code end - step * k}) into
 * one fused multiply-add, so those are {@code Math.fma} here; checked bit for bit against
 * PyTorch 1.13 for several sizes. Large fills are split over threads like {@code at::parallel_for}, each part
 * starting its own vectors.
 */
final class Linspace {
  private Linspace() {}

  private static final long GRAIN_SIZE = 32768;

  static float[] float32(double startD, double endD, int steps) {
    float[] v = new float[steps];
    if (steps == 0) {
      return v;
    }
    float start = (float) startD;
    float end = (float) endD;
    if (steps == 1) {
      v[0] = start;
      return v;
    }
    float step = (end - start) / (float) (steps - 1);
    int half = steps / 2;
    for (long[] part : parts(steps)) {
      int idx = (int) part[0];
      int stop = (int) part[1];
      final int vec = 8;
      for (; idx + 2 * vec <= stop; ) {
        for (int k = 0; k < 2; k++) {
          float base = idx < half ? Math.fma(step, (float) idx, start)
              : Math.fma(-step, (float) (steps - idx - 1), end);
          for (int j = 0; j < vec; j++) {
            v[idx + j] = j == 0 ? base : base + (float) j * step;
          }
          idx += vec;
        }
      }
      for (; idx < stop; idx++) {
        v[idx] = idx < half ? Math.fma(step, (float) idx, start)
            : Math.fma(-step, (float) (steps - idx - 1), end);
      }
    }
    return v;
  }

  static double[] float64(double start, double end, int steps) {
    double[] v = new double[steps];
    if (steps == 0) {
      return v;
    }
    if (steps == 1) {
      v[0] = start;
      return v;
    }
    double step = (end - start) / (double) (steps - 1);
    int half = steps / 2;
    for (long[] part : parts(steps)) {
      int idx = (int) part[0];
      int stop = (int) part[1];
      final int vec = 4;
      for (; idx + 2 * vec <= stop; ) {
        for (int k = 0; k < 2; k++) {
          double base = idx < half ? Math.fma(step, (double) idx, start)
              : Math.fma(-step, (double) (steps - idx - 1), end);
          for (int j = 0; j < vec; j++) {
            v[idx + j] = j == 0 ? base : base + j * step;
          }
          idx += vec;
        }
      }
      for (; idx < stop; idx++) {
        v[idx] = idx < half ? Math.fma(step, (double) idx, start)
            : Math.fma(-step, (double) (steps - idx - 1), end);
      }
    }
    return v;
  }

  /** The [begin, end) ranges {@code at::parallel_for(0, n, GRAIN_SIZE, ...)} hands out. */
  private static long[][] parts(long n) {
    int threads = Torch.get_num_threads();
    if (n < GRAIN_SIZE || threads <= 1) {
      return new long[][] {{0, n}};
    }
    long t = Math.min(threads, (n + GRAIN_SIZE - 1) / GRAIN_SIZE);
    long chunk = (n + t - 1) / t;
    int count = (int) ((n + chunk - 1) / chunk);
    long[][] out = new long[count][];
    for (int i = 0; i < count; i++) {
      out[i] = new long[] {i * chunk, Math.min(n, (i + 1) * chunk)};
    }
    return out;
  }
}
