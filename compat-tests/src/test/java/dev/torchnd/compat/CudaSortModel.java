package dev.torchnd.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-Java model, written from PyTorch 1.13's CUDA sources, of the order in which its CUDA
 * build returns {@code sort}/{@code argsort}/{@code topk} results; the device pass checks the
 * {@code cuda} path's ND4J implementation ({@code DeviceSort}) against it element for element.
 * No fixture can hold these orders (PyTorch was recorded without a GPU), so the model follows the
 * kernels themselves:
 *
 * <ul>
 *   <li>{@code sort_cuda_kernel} (native/cuda/Sort.cpp): a row of at most 4096 goes to {@code
 *       sortKeyValueInplace(..., stable)}, which (Sort.cu) runs the bitonic network for at most 32
 *       elements without {@code stable}, else cub's block radix sort; longer rows take the
 *       segmented radix sort. Radix sorts are stable.
 *   <li>{@code bitonicSort} (native/cuda/SortUtils.cuh), 32 wide, two items per thread, padding
 *       marked invalid; comparators {@code LTOp}/{@code GTOp} with NaN handling
 *       (SortingCommon.cuh).
 *   <li>{@code gatherTopK} (native/cuda/TensorTopK.cu): the k-th value by radix select on {@code
 *       TopKTypeConfig::convert} keys (-0.0 below 0.0, NaN above everything), then the strictly
 *       greater (or smaller) elements in index order, then the equal ones in index order; {@code
 *       topk_out_cuda} (TensorTopK.cpp) then, if {@code sorted} and more than one value, sorts
 *       the k with {@code sortKeyValueInplace(values, indices, dim, largest)} (stable=false).
 * </ul>
 */
final class CudaSortModel {
  private CudaSortModel() {}

  /** One row: its length and the comparator "element i sorts before element j". */
  interface Row {
    int length();

    boolean before(int i, int j);
  }

  /** LTOp/GTOp with handleNaN: NaN ranks above every number, two NaNs are equal. */
  static Row floats(double[] row, boolean descending) {
    return new Row() {
      public int length() {
        return row.length;
      }

      public boolean before(int i, int j) {
        double a = row[i];
        double b = row[j];
        return descending ? (Double.isNaN(a) && !Double.isNaN(b)) || a > b
            : (Double.isNaN(b) && !Double.isNaN(a)) || a < b;
      }
    };
  }

  static Row longs(long[] row, boolean descending) {
    return new Row() {
      public int length() {
        return row.length;
      }

      public boolean before(int i, int j) {
        return descending ? row[i] > row[j] : row[i] < row[j];
      }
    };
  }

  /** Row order of PyTorch CUDA's sort: positions into the row. */
  static int[] order(Row row, boolean stable) {
    int n = row.length();
    if (n <= 1) {
      return new int[n];
    }
    return !stable && n <= 32 ? bitonic(row) : stableOrder(row);
  }

  static int[] stableOrder(Row row) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      idx.add(i);
    }
    // List.sort is a stable merge sort.
    idx.sort((i, j) -> row.before(i, j) ? -1 : row.before(j, i) ? 1 : 0);
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * bitonicSortKVInPlace for one row (block_x 16 threads, 2 items each, Power2SortSize 32). The
   * keys travel with their values (the original positions), so comparing keys is comparing the
   * row's elements at those positions.
   */
  static int[] bitonic(Row row) {
    final int size32 = 32;
    int[] values = new int[size32];
    boolean[] valid = new boolean[size32];
    for (int i = 0; i < size32; i++) {
      valid[i] = i < row.length();
      values[i] = i;
    }
    for (int size = 2; size < size32; size *= 2) {
      for (int stride = size / 2; stride > 0; stride /= 2) {
        for (int t = 0; t < size32 / 2; t++) {
          boolean flag = (t & (size / 2)) != 0;
          int pos = 2 * t - (t & (stride - 1));
          swap(row, values, valid, pos, pos + stride, flag);
        }
      }
    }
    for (int stride = size32 / 2; stride > 0; stride /= 2) {
      for (int t = 0; t < size32 / 2; t++) {
        int pos = 2 * t - (t & (stride - 1));
        swap(row, values, valid, pos, pos + stride, false);
      }
    }
    int[] out = new int[row.length()];
    System.arraycopy(values, 0, out, 0, row.length());
    return out;
  }

  private static void swap(Row row, int[] v, boolean[] ok, int a, int b, boolean dir) {
    boolean swap = (ok[a] && ok[b] && row.before(v[a], v[b])) || !ok[b];
    if (swap == dir) {
      int tv = v[a];
      v[a] = v[b];
      v[b] = tv;
      boolean to = ok[a];
      ok[a] = ok[b];
      ok[b] = to;
    }
  }

  /** TopKTypeConfig::convert as a signed order: -0.0 below 0.0, every NaN the largest. */
  static long radixKey(double x) {
    if (Double.isNaN(x)) {
      return Long.MAX_VALUE;
    }
    long bits = Double.doubleToRawLongBits(x);
    return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
  }

  /**
   * Positions of PyTorch CUDA's topk of one row, given its radix keys and its comparator in the
   * direction of {@code largest}. {@code many}: the result has more than one element.
   */
  static int[] topk(long[] keys, Row row, int k, boolean largest, boolean sorted, boolean many) {
    int n = keys.length;
    long[] s = keys.clone();
    java.util.Arrays.sort(s);
    long kth = largest ? s[n - k] : s[k - 1];
    int[] out = new int[k];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (largest ? keys[i] > kth : keys[i] < kth) {
        out[w++] = i;
      }
    }
    for (int i = 0; i < n && w < k; i++) {
      if (keys[i] == kth) {
        out[w++] = i;
      }
    }
    if (sorted && many) {
      int[] sel = out;
      Row picked = new Row() {
        public int length() {
          return k;
        }

        public boolean before(int i, int j) {
          return row.before(sel[i], sel[j]);
        }
      };
      int[] q = order(picked, false);
      int[] r = new int[k];
      for (int j = 0; j < k; j++) {
        r[j] = out[q[j]];
      }
      out = r;
    }
    return out;
  }
}
