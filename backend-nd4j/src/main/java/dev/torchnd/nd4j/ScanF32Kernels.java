package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ScanOp;

/**
 * float32 cumsum/cumprod over Java arrays, four lines at a time. A line's running value is one
 * chain of dependent double additions (PyTorch's CPU kernel accumulates float in double too), so
 * a loop over one line waits on the adder's latency every element; four interleaved lines keep
 * four chains in flight. Each line still combines its elements in order and rounds each output
 * once, so results are bit for bit those of the one-line loop in {@link Reductions#scan}. Along
 * dim 0 the four lines are neighbours in memory, so each row's cache line serves all four.
 */
final class ScanF32Kernels {
  private ScanF32Kernels() {}

  /** Lines interleaved per pass. */
  private static final int LINES = 4;

  /** Runs the scan when both storages are float32 arrays; false (nothing done) otherwise. */
  static boolean scan(ScanOp op, Access in, Layout sl, int dim, Access out, Layout ol) {
    if (!(in instanceof Access.F32 fi && fi.arr != null
        && out instanceof Access.F32 fo && fo.arr != null)) {
      return false;
    }
    boolean sum = switch (op) {
      case CUMSUM -> true;
      case CUMPROD -> false;
    };
    long[] kept = sl.shape().clone();
    int n = (int) kept[dim];
    kept[dim] = 1;
    int si = (int) sl.strides()[dim];
    int so = (int) ol.strides()[dim];
    int[] ins = Strided.offsets(new Layout(kept, sl.strides(), sl.offset()));
    int[] outs = Strided.offsets(new Layout(kept, ol.strides(), ol.offset()));
    float[] a = fi.arr;
    float[] z = fo.arr;
    // Lines are independent: about a grain of elements per chunk, a multiple of LINES lines.
    long grain = Math.max(1, Parallel.GRAIN / Math.max(1, n));
    grain = (grain + LINES - 1) / LINES * LINES;
    Parallel.forRange(
        ins.length,
        grain,
        (lo, hi) -> {
          int p = (int) lo;
          for (; p + LINES <= hi; p += LINES) {
            if (sum && si == 1 && so == 1) {
              sum4Unit(a, ins, z, outs, p, n);
            } else if (sum) {
              sum4(a, ins, z, outs, p, n, si, so);
            } else {
              prod4(a, ins, z, outs, p, n, si, so);
            }
          }
          for (; p < hi; p++) {
            one(sum, a, ins[p], z, outs[p], n, si, so);
          }
        });
    return true;
  }

  private static void sum4(
      float[] a, int[] ins, float[] z, int[] outs, int p, int n, int si, int so) {
    int i0 = ins[p];
    int i1 = ins[p + 1];
    int i2 = ins[p + 2];
    int i3 = ins[p + 3];
    int o0 = outs[p];
    int o1 = outs[p + 1];
    int o2 = outs[p + 2];
    int o3 = outs[p + 3];
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; j < n; j++) {
      s0 += a[i0];
      s1 += a[i1];
      s2 += a[i2];
      s3 += a[i3];
      z[o0] = (float) s0;
      z[o1] = (float) s1;
      z[o2] = (float) s2;
      z[o3] = (float) s3;
      i0 += si;
      i1 += si;
      i2 += si;
      i3 += si;
      o0 += so;
      o1 += so;
      o2 += so;
      o3 += so;
    }
  }

  /** {@link #sum4} along unit-stride lines: one index, which lets the JIT drop range checks. */
  private static void sum4Unit(float[] a, int[] ins, float[] z, int[] outs, int p, int n) {
    int i0 = ins[p];
    int i1 = ins[p + 1];
    int i2 = ins[p + 2];
    int i3 = ins[p + 3];
    int o0 = outs[p];
    int o1 = outs[p + 1];
    int o2 = outs[p + 2];
    int o3 = outs[p + 3];
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; j < n; j++) {
      s0 += a[i0 + j];
      s1 += a[i1 + j];
      s2 += a[i2 + j];
      s3 += a[i3 + j];
      z[o0 + j] = (float) s0;
      z[o1 + j] = (float) s1;
      z[o2 + j] = (float) s2;
      z[o3 + j] = (float) s3;
    }
  }

  private static void prod4(
      float[] a, int[] ins, float[] z, int[] outs, int p, int n, int si, int so) {
    int i0 = ins[p];
    int i1 = ins[p + 1];
    int i2 = ins[p + 2];
    int i3 = ins[p + 3];
    int o0 = outs[p];
    int o1 = outs[p + 1];
    int o2 = outs[p + 2];
    int o3 = outs[p + 3];
    double s0 = 1;
    double s1 = 1;
    double s2 = 1;
    double s3 = 1;
    for (int j = 0; j < n; j++) {
      s0 *= a[i0];
      s1 *= a[i1];
      s2 *= a[i2];
      s3 *= a[i3];
      z[o0] = (float) s0;
      z[o1] = (float) s1;
      z[o2] = (float) s2;
      z[o3] = (float) s3;
      i0 += si;
      i1 += si;
      i2 += si;
      i3 += si;
      o0 += so;
      o1 += so;
      o2 += so;
      o3 += so;
    }
  }

  private static void one(boolean sum, float[] a, int i, float[] z, int o, int n, int si, int so) {
    double acc = sum ? 0 : 1;
    if (sum) {
      for (int j = 0; j < n; j++, i += si, o += so) {
        acc += a[i];
        z[o] = (float) acc;
      }
    } else {
      for (int j = 0; j < n; j++, i += si, o += so) {
        acc *= a[i];
        z[o] = (float) acc;
      }
    }
  }
}
