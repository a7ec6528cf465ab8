package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;

/**
 * Strided copy and fill of float64 heap arrays, the loops of {@link StridedF32Kernels#copyRow}
 * for {@code double[]}: indexed directly instead of a virtual accessor per element (1022x512
 * from {@code ::2}, one thread: see benchmarks/analysis.md).
 */
final class StridedF64Kernels {
  private StridedF64Kernels() {}

  static void copy(double[] src, Layout sl, double[] dst, Layout dl) {
    Strided.forEachParallel(
        (base, step, n) -> copyRow(src, base[0], step[0], dst, base[1], step[1], n), sl, dl);
  }

  static void fill(double[] dst, Layout dl, double c) {
    Strided.forEachParallel((base, step, n) -> fillRow(dst, base[0], step[0], c, n), dl);
  }

  static void copyRow(double[] src, int i, int si, double[] dst, int o, int so, int n) {
    if (si == 1 && so == 1) {
      System.arraycopy(src, i, dst, o, n);
      return;
    }
    if (si == 0) {
      fillRow(dst, o, so, src[i], n);
      return;
    }
    if (so == 1 && si == 2) {
      for (int j = 0; j < n; j++) {
        dst[o + j] = src[i + 2 * j];
      }
      return;
    }
    if (si == 1 && so == 2) {
      for (int j = 0; j < n; j++) {
        dst[o + 2 * j] = src[i + j];
      }
      return;
    }
    for (int j = 0; j < n; j++, i += si, o += so) {
      dst[o] = src[i];
    }
  }

  static void fillRow(double[] dst, int o, int so, double c, int n) {
    if (so == 1) {
      java.util.Arrays.fill(dst, o, o + n, c);
      return;
    }
    for (int j = 0; j < n; j++, o += so) {
      dst[o] = c;
    }
  }
}
