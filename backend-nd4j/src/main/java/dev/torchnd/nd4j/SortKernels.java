package dev.torchnd.nd4j;

import dev.torchnd.Layout;
import dev.torchnd.Storage;

/**
 * Stable sorts along the last dim of a layout, as PyTorch's CPU sort: NaN orders above every
 * number, equal keys keep their input order (also when descending), -0.0 equals 0.0. Float keys
 * compare as doubles, integral keys as longs (so int64 beyond 2^53 stays exact).
 */
final class SortKernels {
  private SortKernels() {}

  static void sort(
      Storage src, Layout sl, boolean descending, Storage values, Layout vl, Storage indices, Layout il) {
    Access in = Nd4jBackend.s(src).access;
    Access vo = Nd4jBackend.s(values).access;
    Access io = Nd4jBackend.s(indices).access;
    int nd = sl.ndim();
    int n = nd == 0 ? 1 : (int) sl.shape()[nd - 1];
    int[] so = Strided.offsets(sl);
    int[] vOff = Strided.offsets(vl);
    int[] iOff = Strided.offsets(il);
    if (n == 0) {
      return;
    }
    int rows = so.length / n;
    boolean fp = src.dtype().is_floating_point();
    int[] order = new int[n];
    int[] tmp = new int[n];
    double[] dk = fp ? new double[n] : null;
    long[] lk = fp ? null : new long[n];
    for (int r = 0; r < rows; r++) {
      int base = r * n;
      for (int i = 0; i < n; i++) {
        order[i] = i;
        if (fp) {
          dk[i] = in.getD(so[base + i]);
        } else {
          lk[i] = in.getL(so[base + i]);
        }
      }
      mergeSort(order, tmp, 0, n, dk, lk, descending);
      for (int i = 0; i < n; i++) {
        int k = order[i];
        if (fp) {
          vo.setD(vOff[base + i], dk[k]);
        } else {
          vo.setL(vOff[base + i], lk[k]);
        }
        io.setL(iOff[base + i], k);
      }
    }
  }

  /** Whether key {@code b} must come strictly before key {@code a} (so a stable merge takes b). */
  private static boolean before(int b, int a, double[] dk, long[] lk, boolean desc) {
    if (dk != null) {
      double x = dk[b];
      double y = dk[a];
      boolean xn = Double.isNaN(x);
      boolean yn = Double.isNaN(y);
      if (desc) {
        return (xn && !yn) || (!xn && !yn && x > y);
      }
      return (!xn && yn) || (!xn && !yn && x < y);
    }
    return desc ? lk[b] > lk[a] : lk[b] < lk[a];
  }

  private static void mergeSort(int[] a, int[] tmp, int lo, int hi, double[] dk, long[] lk, boolean desc) {
    if (hi - lo < 16) {
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && before(v, a[j], dk, lk, desc)) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, dk, lk, desc);
    mergeSort(a, tmp, mid, hi, dk, lk, desc);
    if (!before(a[mid], a[mid - 1], dk, lk, desc)) {
      return;
    }
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    for (int k = lo; k < hi; k++) {
      if (j >= hi || (i < mid && !before(tmp[j], tmp[i], dk, lk, desc))) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
