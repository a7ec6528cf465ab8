package dev.torchnd.nd4j;

import dev.torchnd.Layout;

/**
 * Walks several same-shape strided layouts together, innermost dimension in a tight loop.
 * Adjacent dimensions that are contiguous in every operand are merged first, so contiguous and
 * broadcast operands degrade to one long row.
 */
final class Strided {
  private Strided() {}

  /** Called once per innermost row with each operand's starting offset. */
  interface Row {
    void run(int[] base, int[] step, int n);
  }

  static void forEach(Row row, Layout... layouts) {
    int k = layouts.length;
    long[] shape = layouts[0].shape();
    int nd = shape.length;
    long numel = 1;
    for (long d : shape) {
      numel *= d;
    }
    if (numel == 0) {
      return;
    }
    // Coalesce dims (drop size-1 dims, merge contiguous pairs) into compact arrays.
    long[] cs = new long[Math.max(nd, 1)];
    long[][] cst = new long[k][Math.max(nd, 1)];
    int m = 0;
    for (int d = 0; d < nd; d++) {
      if (shape[d] == 1) {
        continue;
      }
      if (m > 0) {
        boolean merge = true;
        for (int j = 0; j < k; j++) {
          if (cst[j][m - 1] != layouts[j].strides()[d] * shape[d]) {
            merge = false;
            break;
          }
        }
        if (merge) {
          cs[m - 1] *= shape[d];
          for (int j = 0; j < k; j++) {
            cst[j][m - 1] = layouts[j].strides()[d];
          }
          continue;
        }
      }
      cs[m] = shape[d];
      for (int j = 0; j < k; j++) {
        cst[j][m] = layouts[j].strides()[d];
      }
      m++;
    }
    int[] base = new int[k];
    int[] step = new int[k];
    int[] start = new int[k];
    for (int j = 0; j < k; j++) {
      start[j] = (int) layouts[j].offset();
    }
    if (m == 0) {
      System.arraycopy(start, 0, base, 0, k);
      row.run(base, step, 1);
      return;
    }
    int inner = (int) cs[m - 1];
    for (int j = 0; j < k; j++) {
      step[j] = (int) cst[j][m - 1];
    }
    long rows = numel / inner;
    long[] counter = new long[m];
    int[] cur = start.clone();
    for (long r = 0; r < rows; r++) {
      System.arraycopy(cur, 0, base, 0, k);
      row.run(base, step, inner);
      // Advance the odometer over the outer dims.
      for (int d = m - 2; d >= 0; d--) {
        counter[d]++;
        if (counter[d] < cs[d]) {
          for (int j = 0; j < k; j++) {
            cur[j] += (int) cst[j][d];
          }
          break;
        }
        counter[d] = 0;
        for (int j = 0; j < k; j++) {
          cur[j] -= (int) (cst[j][d] * (cs[d] - 1));
        }
      }
    }
  }

  /** Storage offset of each element of {@code layout}, in row-major logical order. */
  static int[] offsets(Layout layout) {
    int n = (int) layout.numel();
    int[] out = new int[n];
    int[] pos = {0};
    forEach(
        (base, step, len) -> {
          int o = base[0];
          for (int i = 0; i < len; i++, o += step[0]) {
            out[pos[0]++] = o;
          }
        },
        layout);
    return out;
  }
}
