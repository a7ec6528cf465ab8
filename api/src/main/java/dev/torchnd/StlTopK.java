package dev.torchnd;

/**
 * {@code topk(largest=true, sorted=true)} on one row as PyTorch's CPU kernel does it: a queue of
 * (value, index) pairs ordered by libstdc++ (GCC 12) {@code std::partial_sort} when {@code k * 64
 * <= n}, else {@code std::nth_element} followed by {@code std::sort} of the first k-1. Ported
 * step by step so equal values (zero weights) come out in the same order.
 */
final class StlTopK {
  final double[] v;
  final int[] ix;

  StlTopK(double[] src, int base, int n) {
    v = new double[n];
    ix = new int[n];
    for (int j = 0; j < n; j++) {
      v[j] = src[base + j];
      ix[j] = j;
    }
  }

  void run(int k) {
    int n = v.length;
    if (k * 64L <= n) {
      partialSort(0, k, n);
    } else {
      nthElement(0, k - 1, n);
      sort(0, k - 1);
    }
  }

  private static boolean comp(double x, double y) {
    return (Double.isNaN(x) && !Double.isNaN(y)) || x > y;
  }

  private boolean comp(int a, int b) {
    return comp(v[a], v[b]);
  }

  private void swap(int a, int b) {
    double tv = v[a];
    v[a] = v[b];
    v[b] = tv;
    int ti = ix[a];
    ix[a] = ix[b];
    ix[b] = ti;
  }

  private void move(int to, int from) {
    v[to] = v[from];
    ix[to] = ix[from];
  }

  private static int lg(int n) {
    return 31 - Integer.numberOfLeadingZeros(n);
  }

  private void partialSort(int first, int middle, int last) {
    heapSelect(first, middle, last);
    sortHeap(first, middle);
  }

  private void heapSelect(int first, int middle, int last) {
    makeHeap(first, middle);
    for (int i = middle; i < last; ++i) {
      if (comp(i, first)) {
        popHeap(first, middle, i);
      }
    }
  }

  private void makeHeap(int first, int last) {
    int len = last - first;
    if (len < 2) {
      return;
    }
    int parent = (len - 2) / 2;
    while (true) {
      adjustHeap(first, parent, len, v[first + parent], ix[first + parent]);
      if (parent == 0) {
        return;
      }
      parent--;
    }
  }

  private void popHeap(int first, int last, int result) {
    double val = v[result];
    int vi = ix[result];
    move(result, first);
    adjustHeap(first, 0, last - first, val, vi);
  }

  private void adjustHeap(int first, int holeIndex, int len, double val, int vi) {
    int topIndex = holeIndex;
    int secondChild = holeIndex;
    while (secondChild < (len - 1) / 2) {
      secondChild = 2 * (secondChild + 1);
      if (comp(first + secondChild, first + (secondChild - 1))) {
        secondChild--;
      }
      move(first + holeIndex, first + secondChild);
      holeIndex = secondChild;
    }
    if ((len & 1) == 0 && secondChild == (len - 2) / 2) {
      secondChild = 2 * (secondChild + 1);
      move(first + holeIndex, first + (secondChild - 1));
      holeIndex = secondChild - 1;
    }
    int parent = (holeIndex - 1) / 2;
    while (holeIndex > topIndex && comp(v[first + parent], val)) {
      move(first + holeIndex, first + parent);
      holeIndex = parent;
      parent = (holeIndex - 1) / 2;
    }
    v[first + holeIndex] = val;
    ix[first + holeIndex] = vi;
  }

  private void sortHeap(int first, int last) {
    while (last - first > 1) {
      --last;
      popHeap(first, last, last);
    }
  }

  private void nthElement(int first, int nth, int last) {
    if (first == last || nth == last) {
      return;
    }
    int depthLimit = lg(last - first) * 2;
    while (last - first > 3) {
      if (depthLimit == 0) {
        heapSelect(first, nth + 1, last);
        swap(first, nth);
        return;
      }
      --depthLimit;
      int cut = unguardedPartitionPivot(first, last);
      if (cut <= nth) {
        first = cut;
      } else {
        last = cut;
      }
    }
    insertionSort(first, last);
  }

  private int unguardedPartitionPivot(int first, int last) {
    int mid = first + (last - first) / 2;
    moveMedianToFirst(first, first + 1, mid, last - 1);
    return unguardedPartition(first + 1, last, first);
  }

  private void moveMedianToFirst(int result, int a, int b, int c) {
    if (comp(a, b)) {
      if (comp(b, c)) {
        swap(result, b);
      } else if (comp(a, c)) {
        swap(result, c);
      } else {
        swap(result, a);
      }
    } else if (comp(a, c)) {
      swap(result, a);
    } else if (comp(b, c)) {
      swap(result, c);
    } else {
      swap(result, b);
    }
  }

  private int unguardedPartition(int first, int last, int pivot) {
    while (true) {
      while (comp(first, pivot)) {
        ++first;
      }
      --last;
      while (comp(pivot, last)) {
        --last;
      }
      if (!(first < last)) {
        return first;
      }
      swap(first, last);
      ++first;
    }
  }

  private void insertionSort(int first, int last) {
    if (first == last) {
      return;
    }
    for (int i = first + 1; i != last; ++i) {
      if (comp(i, first)) {
        double val = v[i];
        int vi = ix[i];
        for (int j = i; j > first; j--) {
          move(j, j - 1);
        }
        v[first] = val;
        ix[first] = vi;
      } else {
        unguardedLinearInsert(i);
      }
    }
  }

  private void unguardedLinearInsert(int last) {
    double val = v[last];
    int vi = ix[last];
    int next = last - 1;
    while (comp(val, v[next])) {
      move(last, next);
      last = next;
      --next;
    }
    v[last] = val;
    ix[last] = vi;
  }

  private void sort(int first, int last) {
    if (first == last) {
      return;
    }
    introsortLoop(first, last, lg(last - first) * 2);
    if (last - first > 16) {
      insertionSort(first, first + 16);
      for (int i = first + 16; i != last; ++i) {
        unguardedLinearInsert(i);
      }
    } else {
      insertionSort(first, last);
    }
  }

  private void introsortLoop(int first, int last, int depthLimit) {
    while (last - first > 16) {
      if (depthLimit == 0) {
        partialSort(first, last, last);
        return;
      }
      --depthLimit;
      int cut = unguardedPartitionPivot(first, last);
      introsortLoop(cut, last, depthLimit);
      last = cut;
    }
  }
}
