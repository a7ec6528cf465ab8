package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;

/**
 * Walks several same-shape strided layouts together, innermost dimension in a tight loop.
 * Adjacent dimensions that are contiguous in every operand are merged first, so contiguous and
 * broadcast operands degrade to one long row.
 */
final class Strided {
  private Strided() {}

  /** Called once per innermost row (or piece of one) with each operand's starting offset. */
  interface Row {
    void run(int[] base, int[] step, int n);
  }

  /**
   * The coalesced iteration space: {@code m} dims of sizes {@code cs} (innermost last), each
   * operand's strides {@code cst}, start offsets, and the innermost row cut into {@code pieces}
   * so that a parallel walk has enough units even when there are few rows.
   */
  private static final class Plan {
    final int k;
    final long numel;
    final long[] cs;
    final long[][] cst;
    final int m;
    final int[] start;
    final int inner;
    final long rows;
    int pieces = 1;
    int pieceLen;

    Plan(Layout[] layouts) {
      k = layouts.length;
      long[] shape = layouts[0].shape();
      int nd = shape.length;
      long count = 1;
      for (long d : shape) {
        count *= d;
      }
      numel = count;
      cs = new long[Math.max(nd, 1)];
      cst = new long[k][Math.max(nd, 1)];
      int dims = 0;
      for (int d = 0; d < nd; d++) {
        if (shape[d] == 1) {
          continue;
        }
        if (dims > 0) {
          boolean merge = true;
          for (int j = 0; j < k; j++) {
            if (cst[j][dims - 1] != layouts[j].strides()[d] * shape[d]) {
              merge = false;
              break;
            }
          }
          if (merge) {
            cs[dims - 1] *= shape[d];
            for (int j = 0; j < k; j++) {
              cst[j][dims - 1] = layouts[j].strides()[d];
            }
            continue;
          }
        }
        cs[dims] = shape[d];
        for (int j = 0; j < k; j++) {
          cst[j][dims] = layouts[j].strides()[d];
        }
        dims++;
      }
      m = dims;
      start = new int[k];
      for (int j = 0; j < k; j++) {
        start[j] = (int) layouts[j].offset();
      }
      inner = m == 0 ? 1 : (int) cs[m - 1];
      rows = numel == 0 ? 0 : numel / inner;
      pieceLen = inner;
    }

    long units() {
      return rows * pieces;
    }

    /** With fewer rows than chunks, cuts each row into pieces so every chunk gets a share. */
    void split(int chunks) {
      if (rows < chunks) {
        pieces = (int) ((chunks + rows - 1) / rows);
        pieceLen = (inner + pieces - 1) / pieces;
      }
    }

    /** Runs units {@code [lo, hi)}: unit {@code u} is piece {@code u % pieces} of row {@code u / pieces}. */
    void run(Row row, long lo, long hi) {
      int[] base = new int[k];
      int[] step = new int[k];
      if (m == 0) {
        System.arraycopy(start, 0, base, 0, k);
        row.run(base, step, 1);
        return;
      }
      for (int j = 0; j < k; j++) {
        step[j] = (int) cst[j][m - 1];
      }
      // Position the odometer at the first row of this range.
      long r = lo / pieces;
      long[] counter = new long[m];
      int[] cur = start.clone();
      long rem = r;
      for (int d = m - 2; d >= 0; d--) {
        counter[d] = rem % cs[d];
        rem /= cs[d];
        for (int j = 0; j < k; j++) {
          cur[j] += (int) (counter[d] * cst[j][d]);
        }
      }
      int p = (int) (lo % pieces);
      for (long u = lo; u < hi; u++) {
        long from = (long) p * pieceLen;
        int len = (int) Math.min(inner - from, pieceLen);
        if (len > 0) {
          for (int j = 0; j < k; j++) {
            base[j] = cur[j] + (int) (from * step[j]);
          }
          row.run(base, step, len);
        }
        if (++p < pieces) {
          continue;
        }
        p = 0;
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
  }

  static void forEach(Row row, Layout... layouts) {
    Plan plan = new Plan(layouts);
    if (plan.numel == 0) {
      return;
    }
    plan.run(row, 0, plan.units());
  }

  /**
   * Like {@link #forEach} but split over the intra-op threads when there are at least
   * {@link Parallel#GRAIN} elements. Only for kernels whose rows write disjoint outputs (the
   * last layout is the output and has no stride-0 dims) and whose {@code Row} keeps no state.
   */
  static void forEachParallel(Row row, Layout... layouts) {
    Plan plan = new Plan(layouts);
    if (plan.numel == 0) {
      return;
    }
    int chunks = Parallel.chunks(plan.numel, Parallel.GRAIN);
    if (chunks <= 1 || overlapping(layouts[layouts.length - 1])) {
      plan.run(row, 0, plan.units());
      return;
    }
    plan.split(chunks);
    long units = plan.units();
    long unitGrain = Math.max(1, Parallel.GRAIN / Math.max(1, plan.pieceLen));
    Parallel.forRange(units, unitGrain, (lo, hi) -> plan.run(row, lo, hi));
  }

  /**
   * For reductions into per-chunk accumulators: walks the layouts in {@code chunks} parallel
   * chunks (see {@link #reduceChunks}), chunk {@code c} with its own {@code Row} from
   * {@code rows}. Chunks cover consecutive ranges of rows in order, so merging the chunks'
   * accumulators in chunk order adds the partial results in memory order.
   */
  static void forEachChunked(
      int chunks, java.util.function.IntFunction<Row> rows, Layout... layouts) {
    Plan plan = new Plan(layouts);
    if (plan.numel == 0) {
      return;
    }
    if (chunks <= 1) {
      plan.run(rows.apply(0), 0, plan.units());
      return;
    }
    plan.split(chunks);
    Row[] perChunk = new Row[chunks];
    for (int c = 0; c < chunks; c++) {
      perChunk[c] = rows.apply(c);
    }
    long units = plan.units();
    Parallel.forChunks(
        units, (int) Math.min(chunks, units), (c, lo, hi) -> plan.run(perChunk[c], lo, hi));
  }

  /**
   * How many chunks a reduction of {@code numel} elements into {@code slots} outputs uses: one
   * unless it is large, and never so many that the per-chunk accumulators outweigh the input.
   */
  static int reduceChunks(long numel, long slots) {
    int k = Parallel.chunks(numel, Parallel.GRAIN);
    return k > 1 && slots * k <= numel / 8 ? k : 1;
  }

  private static boolean overlapping(Layout out) {
    long[] shape = out.shape();
    long[] strides = out.strides();
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] > 1 && strides[d] == 0) {
        return true;
      }
    }
    return false;
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
