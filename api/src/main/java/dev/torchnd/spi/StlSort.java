package dev.torchnd.spi;

/**
 * The orderings of libstdc++'s {@code std::sort} (introsort), {@code std::nth_element}
 * (introselect) and {@code std::partial_sort} (heap select), step for step, so that elements
 * that compare equal end up where PyTorch's CPU kernels (which call these on (value, index)
 * pairs) put them. Sorts an array of element ids; {@link Less} compares the elements. Shared by
 * the CPU backend's sort kernels and the API's mode and nanmedian.
 */
public final class StlSort {
  private StlSort() {}

  /** Strict weak order on element ids. */
  public interface Less {
    boolean less(int a, int b);
  }

  private static final int THRESHOLD = 16;

  private static int lg(int n) {
    return 31 - Integer.numberOfLeadingZeros(n);
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** {@code std::sort(a + lo, a + hi, less)}. */
  public static void sort(int[] a, int lo, int hi, Less c) {
    if (lo != hi) {
      introsortLoop(a, lo, hi, lg(hi - lo) * 2, c);
      finalInsertionSort(a, lo, hi, c);
    }
  }

  /** {@code std::nth_element(a + lo, a + nth, a + hi, less)}. */
  public static void nthElement(int[] a, int lo, int nth, int hi, Less c) {
    if (lo == hi || nth == hi) {
      return;
    }
    int depth = lg(hi - lo) * 2;
    while (hi - lo > 3) {
      if (depth == 0) {
        heapSelect(a, lo, nth + 1, hi, c);
        swap(a, lo, nth);
        return;
      }
      --depth;
      int cut = unguardedPartitionPivot(a, lo, hi, c);
      if (cut <= nth) {
        lo = cut;
      } else {
        hi = cut;
      }
    }
    insertionSort(a, lo, hi, c);
  }

  /** {@code std::partial_sort(a + lo, a + mid, a + hi, less)}. */
  public static void partialSort(int[] a, int lo, int mid, int hi, Less c) {
    heapSelect(a, lo, mid, hi, c);
    sortHeap(a, lo, mid, c);
  }

  private static void introsortLoop(int[] a, int lo, int hi, int depth, Less c) {
    while (hi - lo > THRESHOLD) {
      if (depth == 0) {
        partialSort(a, lo, hi, hi, c);
        return;
      }
      --depth;
      int cut = unguardedPartitionPivot(a, lo, hi, c);
      introsortLoop(a, cut, hi, depth, c);
      hi = cut;
    }
  }

  private static int unguardedPartitionPivot(int[] a, int lo, int hi, Less c) {
    int mid = lo + (hi - lo) / 2;
    moveMedianToFirst(a, lo, lo + 1, mid, hi - 1, c);
    return unguardedPartition(a, lo + 1, hi, lo, c);
  }

  private static void moveMedianToFirst(int[] a, int result, int x, int y, int z, Less c) {
    if (c.less(a[x], a[y])) {
      if (c.less(a[y], a[z])) {
        swap(a, result, y);
      } else if (c.less(a[x], a[z])) {
        swap(a, result, z);
      } else {
        swap(a, result, x);
      }
    } else if (c.less(a[x], a[z])) {
      swap(a, result, x);
    } else if (c.less(a[y], a[z])) {
      swap(a, result, z);
    } else {
      swap(a, result, y);
    }
  }

  private static int unguardedPartition(int[] a, int first, int last, int pivot, Less c) {
    while (true) {
      while (c.less(a[first], a[pivot])) {
        ++first;
      }
      --last;
      while (c.less(a[pivot], a[last])) {
        --last;
      }
      if (!(first < last)) {
        return first;
      }
      swap(a, first, last);
      ++first;
    }
  }

  private static void finalInsertionSort(int[] a, int lo, int hi, Less c) {
    if (hi - lo > THRESHOLD) {
      insertionSort(a, lo, lo + THRESHOLD, c);
      for (int i = lo + THRESHOLD; i < hi; i++) {
        unguardedLinearInsert(a, i, c);
      }
    } else {
      insertionSort(a, lo, hi, c);
    }
  }

  private static void insertionSort(int[] a, int lo, int hi, Less c) {
    if (lo == hi) {
      return;
    }
    for (int i = lo + 1; i < hi; i++) {
      if (c.less(a[i], a[lo])) {
        int v = a[i];
        System.arraycopy(a, lo, a, lo + 1, i - lo);
        a[lo] = v;
      } else {
        unguardedLinearInsert(a, i, c);
      }
    }
  }

  private static void unguardedLinearInsert(int[] a, int last, Less c) {
    int v = a[last];
    int next = last - 1;
    while (c.less(v, a[next])) {
      a[last] = a[next];
      last = next;
      --next;
    }
    a[last] = v;
  }

  private static void heapSelect(int[] a, int lo, int mid, int hi, Less c) {
    makeHeap(a, lo, mid, c);
    for (int i = mid; i < hi; i++) {
      if (c.less(a[i], a[lo])) {
        popHeap(a, lo, mid, i, c);
      }
    }
  }

  private static void makeHeap(int[] a, int lo, int hi, Less c) {
    int len = hi - lo;
    if (len < 2) {
      return;
    }
    int parent = (len - 2) / 2;
    while (true) {
      adjustHeap(a, lo, parent, len, a[lo + parent], c);
      if (parent == 0) {
        return;
      }
      parent--;
    }
  }

  private static void popHeap(int[] a, int lo, int hi, int result, Less c) {
    int v = a[result];
    a[result] = a[lo];
    adjustHeap(a, lo, 0, hi - lo, v, c);
  }

  private static void sortHeap(int[] a, int lo, int hi, Less c) {
    while (hi - lo > 1) {
      --hi;
      popHeap(a, lo, hi, hi, c);
    }
  }

  private static void adjustHeap(int[] a, int lo, int hole, int len, int v, Less c) {
    int top = hole;
    int child = hole;
    while (child < (len - 1) / 2) {
      child = 2 * (child + 1);
      if (c.less(a[lo + child], a[lo + child - 1])) {
        child--;
      }
      a[lo + hole] = a[lo + child];
      hole = child;
    }
    if ((len & 1) == 0 && child == (len - 2) / 2) {
      child = 2 * (child + 1);
      a[lo + hole] = a[lo + child - 1];
      hole = child - 1;
    }
    int parent = (hole - 1) / 2;
    while (hole > top && c.less(a[lo + parent], v)) {
      a[lo + hole] = a[lo + parent];
      hole = parent;
      parent = (hole - 1) / 2;
    }
    a[lo + hole] = v;
  }
}
