package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;
import dev.torchnd.spi.StlSort;
import dev.torchnd.spi.Storage;

/**
 * Sorts and top-k selections along the last dim of a layout, as PyTorch's CPU kernels: NaN
 * orders above every number, -0.0 equals 0.0; float keys compare as doubles, integral keys as
 * longs (so int64 beyond 2^53 stays exact). A stable sort keeps equal keys in input order (also
 * when descending); the default sort and topk reproduce libstdc++'s std::sort / nth_element /
 * partial_sort ({@link StlSort}), which PyTorch calls, so ties land where PyTorch puts them.
 */
final class SortKernels {
  private SortKernels() {}

  static void sort(
      Storage src,
      Layout sl,
      boolean descending,
      boolean stable,
      Storage values,
      Layout vl,
      Storage indices,
      Layout il) {
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
      if (stable) {
        mergeSort(order, tmp, 0, n, dk, lk, descending);
      } else {
        StlSort.sort(order, 0, n, comparator(dk, lk, descending));
      }
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

  /** PyTorch's KeyValueCompAsc / KeyValueCompDesc (and topk's smallest / largest order). */
  private static StlSort.Less comparator(double[] dk, long[] lk, boolean desc) {
    if (dk != null) {
      return desc
          ? (x, y) -> (Double.isNaN(dk[x]) && !Double.isNaN(dk[y])) || dk[x] > dk[y]
          : (x, y) -> (!Double.isNaN(dk[x]) && Double.isNaN(dk[y])) || dk[x] < dk[y];
    }
    return desc ? (x, y) -> lk[x] > lk[y] : (x, y) -> lk[x] < lk[y];
  }

  /**
   * The {@code k} largest (or smallest) of each row of {@code sl} into rows of {@code k}: PyTorch's
   * topk_impl_loop (partial_sort when {@code k * 64 <= n}, else nth_element, then a sort of the
   * first {@code k - 1} when {@code sorted}).
   */
  static void topk(
      Storage src,
      Layout sl,
      int k,
      boolean largest,
      boolean sorted,
      Storage values,
      Layout vl,
      Storage indices,
      Layout il) {
    Access in = Nd4jBackend.s(src).access;
    Access vo = Nd4jBackend.s(values).access;
    Access io = Nd4jBackend.s(indices).access;
    int nd = sl.ndim();
    int n = nd == 0 ? 1 : (int) sl.shape()[nd - 1];
    int[] so = Strided.offsets(sl);
    int[] vOff = Strided.offsets(vl);
    int[] iOff = Strided.offsets(il);
    if (n == 0 || k == 0) {
      return;
    }
    int rows = so.length / n;
    boolean fp = src.dtype().is_floating_point();
    int[] order = new int[n];
    double[] dk = fp ? new double[n] : null;
    long[] lk = fp ? null : new long[n];
    StlSort.Less c = comparator(dk, lk, largest);
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
      if ((long) k * 64 <= n) {
        StlSort.partialSort(order, 0, k, n, c);
      } else {
        StlSort.nthElement(order, 0, k - 1, n, c);
        if (sorted) {
          StlSort.sort(order, 0, k - 1, c);
        }
      }
      for (int i = 0; i < k; i++) {
        int id = order[i];
        if (fp) {
          vo.setD(vOff[r * k + i], dk[id]);
        } else {
          vo.setL(vOff[r * k + i], lk[id]);
        }
        io.setL(iOff[r * k + i], id);
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
