package dev.torchnd.nd4j;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.Storage;
import dev.torchnd.spi.UnaryOp;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * The kernels for ops that touch a {@link BigAccess} storage (a tensor beyond what an int index
 * addresses): creation and fill, copies (contiguous(), slicing, cat, printing's summaries),
 * elementwise unary/binary/where, reductions, element reads and writes. Offsets are {@code long}
 * throughout; rows of the iteration go to {@link Parallel}'s threads. The element rules are those
 * of the int-indexed kernels ({@code Nd4jBackend}, {@code Reductions}): the same
 * {@link Kernels} functions, the same NaN and first-position rules. Other ops refuse such
 * storages ({@link #unsupported}).
 */
final class BigKernels {
  private BigKernels() {}

  static UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(
        "TorchND runs " + what + " on tensors of at most 2 GiB (or 2147483639 elements); "
            + "tensors beyond that support creation, fill, copies and indexing, elementwise "
            + "ops and reductions");
  }

  static boolean any(Storage... storages) {
    for (Storage s : storages) {
      if (s != null && ((Nd4jStorage) s).access instanceof BigAccess) {
        return true;
      }
    }
    return false;
  }

  /** Element access by long index over either kind of storage. */
  private abstract static class L {
    abstract double get(long i);

    abstract long getL(long i);

    abstract void set(long i, double v);

    abstract void setL(long i, long v);
  }

  private static final class OfBig extends L {
    private final BigAccess a;

    OfBig(BigAccess a) {
      this.a = a;
    }

    @Override
    double get(long i) {
      return a.get(i);
    }

    @Override
    long getL(long i) {
      return a.getLong(i);
    }

    @Override
    void set(long i, double v) {
      a.set(i, v);
    }

    @Override
    void setL(long i, long v) {
      a.setLong(i, v);
    }
  }

  /** A storage an int addresses (every index into it fits). */
  private static final class OfSmall extends L {
    private final Access a;

    OfSmall(Access a) {
      this.a = a;
    }

    @Override
    double get(long i) {
      return a.getD((int) i);
    }

    @Override
    long getL(long i) {
      return a.getL((int) i);
    }

    @Override
    void set(long i, double v) {
      a.setD((int) i, v);
    }

    @Override
    void setL(long i, long v) {
      a.setL((int) i, v);
    }
  }

  private static L of(Storage s) {
    Access a = ((Nd4jStorage) s).access;
    return a instanceof BigAccess b ? new OfBig(b) : new OfSmall(a);
  }

  interface Row {
    void run(long[] base, long[] step, long len);
  }

  /**
   * Calls {@code body} once per row (the last dim) of the layouts' common shape, with each
   * layout's offset of the row's first element and its stride along the row; rows go to threads
   * when {@code parallel}.
   */
  static void forEach(Row body, boolean parallel, Layout... ls) {
    long total = ls[0].numel();
    if (total == 0) {
      return;
    }
    long grain = parallel ? Parallel.GRAIN : total;
    Parallel.forRange(total, grain, (lo, hi) -> elements(ls, lo, hi, body));
  }

  /**
   * Elements {@code [lo, hi)} (row-major positions) of the common iteration of {@code ls}, as
   * runs along the last dim: a chunk may start or end inside a row, so a single long row (a 1-D
   * tensor) still splits over threads.
   */
  private static void elements(Layout[] ls, long lo, long hi, Row body) {
    if (lo >= hi) {
      return;
    }
    long[] shape = ls[0].shape();
    int nd = shape.length;
    long len = nd == 0 ? 1 : shape[nd - 1];
    int m = ls.length;
    long[] step = new long[m];
    for (int k = 0; k < m; k++) {
      step[k] = nd == 0 ? 0 : ls[k].strides()[nd - 1];
    }
    long[] idx = new long[Math.max(0, nd - 1)];
    long r = lo / len;
    long col = lo % len;
    for (int d = nd - 2; d >= 0; d--) {
      idx[d] = r % shape[d];
      r /= shape[d];
    }
    long[] base = new long[m];
    long pos = lo;
    while (pos < hi) {
      long run = Math.min(len - col, hi - pos);
      for (int k = 0; k < m; k++) {
        long off = ls[k].offset() + col * step[k];
        long[] st = ls[k].strides();
        for (int d = 0; d < nd - 1; d++) {
          off += idx[d] * st[d];
        }
        base[k] = off;
      }
      body.run(base, step, run);
      pos += run;
      col = 0;
      for (int d = nd - 2; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
  }

  static double getDouble(Storage s, long i) {
    return of(s).get(i);
  }

  static long getLong(Storage s, long i) {
    return of(s).getL(i);
  }

  static void setDouble(Storage s, long i, double v) {
    of(s).set(i, v);
  }

  static void setLong(Storage s, long i, long v) {
    of(s).setL(i, v);
  }

  static void fill(Storage dst, Layout layout, double value) {
    L out = of(dst);
    forEach((base, step, n) -> {
      long o = base[0];
      for (long j = 0; j < n; j++, o += step[0]) {
        out.set(o, value);
      }
    }, true, layout);
  }

  static void fillLong(Storage dst, Layout layout, long value) {
    L out = of(dst);
    forEach((base, step, n) -> {
      long o = base[0];
      for (long j = 0; j < n; j++, o += step[0]) {
        out.setL(o, value);
      }
    }, true, layout);
  }

  static void copy(Storage src, Layout sl, Storage dst, Layout dl) {
    L in = of(src);
    L out = of(dst);
    boolean viaDouble = src.dtype().is_floating_point();
    forEach((base, step, n) -> {
      long i = base[0];
      long o = base[1];
      for (long j = 0; j < n; j++, i += step[0], o += step[1]) {
        if (viaDouble) {
          out.set(o, in.get(i));
        } else {
          out.setL(o, in.getL(i));
        }
      }
    }, true, sl, dl);
  }

  static void unary(UnaryOp op, Storage src, Layout sl, Storage dst, Layout dl) {
    L in = of(src);
    L out = of(dst);
    if (src.dtype().is_floating_point()) {
      DoubleUnaryOperator f = op == UnaryOp.TANH ? Math::tanh : Kernels.floating(op, src.dtype());
      forEach((base, step, n) -> {
        long i = base[0];
        long o = base[1];
        for (long j = 0; j < n; j++, i += step[0], o += step[1]) {
          out.set(o, f.applyAsDouble(in.get(i)));
        }
      }, true, sl, dl);
      return;
    }
    LongUnaryOperator f = op == UnaryOp.BITWISE_NOT && src.dtype() == DType.bool
        ? Kernels.integral(UnaryOp.LOGICAL_NOT) : Kernels.integral(op);
    if (f == null) {
      throw new UnsupportedOperationException(
          op.torchName() + " has no integral kernel: cast to a floating dtype first");
    }
    forEach((base, step, n) -> {
      long i = base[0];
      long o = base[1];
      for (long j = 0; j < n; j++, i += step[0], o += step[1]) {
        out.setL(o, f.applyAsLong(in.getL(i)));
      }
    }, true, sl, dl);
  }

  static void binary(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    L x = of(a);
    L y = of(b);
    L z = of(out);
    if (a.dtype().is_floating_point()) {
      DoubleBinaryOperator f = Kernels.floating(op);
      if (f == null) {
        throw new UnsupportedOperationException(op.torchName() + " has no floating kernel");
      }
      forEach((base, step, n) -> {
        long i = base[0];
        long k = base[1];
        long o = base[2];
        for (long j = 0; j < n; j++, i += step[0], k += step[1], o += step[2]) {
          z.set(o, f.applyAsDouble(x.get(i), y.get(k)));
        }
      }, true, al, bl, ol);
      return;
    }
    LongBinaryOperator f = Kernels.integral(op);
    if (f == null) {
      throw new UnsupportedOperationException(op.torchName() + " has no integral kernel");
    }
    forEach((base, step, n) -> {
      long i = base[0];
      long k = base[1];
      long o = base[2];
      for (long j = 0; j < n; j++, i += step[0], k += step[1], o += step[2]) {
        z.setL(o, f.applyAsLong(x.getL(i), y.getL(k)));
      }
    }, true, al, bl, ol);
  }

  static void where(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out,
      Layout ol) {
    L c = of(cond);
    L x = of(a);
    L y = of(b);
    L z = of(out);
    boolean fp = a.dtype().is_floating_point();
    forEach((base, step, n) -> {
      long ci = base[0];
      long i = base[1];
      long k = base[2];
      long o = base[3];
      for (long j = 0; j < n; j++, ci += step[0], i += step[1], k += step[2], o += step[3]) {
        boolean t = c.getL(ci) != 0;
        if (fp) {
          z.set(o, t ? x.get(i) : y.get(k));
        } else {
          z.setL(o, t ? x.getL(i) : y.getL(k));
        }
      }
    }, true, cl, al, bl, ol);
  }

  static void gather(Storage src, long[] offsets, Storage out) {
    L in = of(src);
    L o = of(out);
    boolean fp = src.dtype().is_floating_point();
    for (int i = 0; i < offsets.length; i++) {
      if (fp) {
        o.set(i, in.get(offsets[i]));
      } else {
        o.setL(i, in.getL(offsets[i]));
      }
    }
  }

  static void scatter(
      Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate) {
    L in = of(src);
    L o = of(dst);
    boolean fp = src.dtype().is_floating_point();
    long[] from = offsets(srcLayout);
    for (int i = 0; i < offsets.length; i++) {
      long t = offsets[i];
      if (fp) {
        o.set(t, accumulate ? o.get(t) + in.get(from[i]) : in.get(from[i]));
      } else {
        o.setL(t, accumulate ? o.getL(t) + in.getL(from[i]) : in.getL(from[i]));
      }
    }
  }

  /** Refuses an op without a long-indexed kernel here, naming it. */
  static void refuse(String op, Storage... storages) {
    if (any(storages)) {
      throw unsupported(op);
    }
  }

  /**
   * Every reduction as one pass over the source in memory order into per-slot accumulators (a
   * stride-0 accumulator layout maps source positions to slots), as {@code Reductions} does;
   * chunks of rows run in parallel into their own accumulators, merged in chunk order, except
   * ARGMAX/ARGMIN, which count positions as they go and stay sequential.
   */
  static void reduce(ReduceOp op, Storage src, Layout sl, int[] dims, Storage out, Layout ol) {
    L in = of(src);
    L res = of(out);
    int nd = sl.ndim();
    long[] shape = sl.shape();
    boolean[] reduced = new boolean[nd];
    for (int d : dims) {
      reduced[d] = true;
    }
    long[] accStrides = new long[nd];
    long slots = 1;
    for (int d = nd - 1; d >= 0; d--) {
      if (!reduced[d]) {
        accStrides[d] = slots;
        slots *= shape[d];
      }
    }
    if (slots > Integer.MAX_VALUE - 8) {
      throw unsupported("a reduction with more than 2147483639 results");
    }
    int n = (int) slots;
    Layout acc = new Layout(shape, accStrides, 0);
    long[] outOffsets = offsets(ol);
    boolean fp = src.dtype().is_floating_point();
    boolean arg = op == ReduceOp.ARGMAX || op == ReduceOp.ARGMIN;
    // Chunk count: parallel only when the accumulators are few (one set per chunk); ARGMAX and
    // ARGMIN count positions per slot, so they split only a single slot (all dims reduced).
    int k = (arg && n > 1) || n > (1 << 16) ? 1 : Math.max(1, Parallel.threads());
    if (sl.numel() < (long) k * Parallel.GRAIN) {
      k = 1;
    }
    Acc[] accs = new Acc[k];
    for (int c = 0; c < k; c++) {
      accs[c] = new Acc(op, fp, n);
    }
    Layout[] both = {sl, acc};
    if (sl.numel() > 0) {
      Parallel.forChunks(sl.numel(), k, (c, lo, hi) -> {
        Acc a = accs[c];
        if (arg) {
          // The single slot's positions continue from this chunk's first element.
          a.first = lo;
          a.seen[0] = lo;
        }
        elements(both, lo, hi, (base, step, cnt) -> a.fold(in, base[0], step[0], (int) base[1],
            step[1], cnt));
      });
    }
    Acc a = accs[0];
    for (int c = 1; c < k; c++) {
      a.merge(accs[c]);
    }
    for (int j = 0; j < n; j++) {
      a.store(res, outOffsets[j], j);
    }
  }

  private static long[] offsets(Layout l) {
    long count = l.numel();
    long[] out = new long[(int) count];
    int[] pos = {0};
    forEach((base, step, n) -> {
      long o = base[0];
      for (long j = 0; j < n; j++, o += step[0]) {
        out[pos[0]++] = o;
      }
    }, false, l);
    return out;
  }

  /** One chunk's accumulators. */
  private static final class Acc {
    final ReduceOp op;
    final boolean fp;
    final double[] d;
    final long[] l;
    final long[] pos;
    final long[] seen;
    /** The position count a chunk starts from (ARGMAX/ARGMIN over one slot). */
    long first;

    Acc(ReduceOp op, boolean fp, int n) {
      this.op = op;
      this.fp = fp;
      boolean arg = op == ReduceOp.ARGMAX || op == ReduceOp.ARGMIN;
      d = fp || arg ? new double[n] : null;
      l = !fp || arg ? new long[n] : null;
      pos = arg ? new long[n] : null;
      seen = arg ? new long[n] : null;
      switch (op) {
        case SUM, ANY -> { }
        case PROD, ALL -> fillBoth(1, 1);
        case MAX -> fillBoth(Double.NEGATIVE_INFINITY, Long.MIN_VALUE);
        case MIN -> fillBoth(Double.POSITIVE_INFINITY, Long.MAX_VALUE);
        case ARGMAX, ARGMIN -> { }
      }
    }

    private void fillBoth(double dv, long lv) {
      if (d != null) {
        java.util.Arrays.fill(d, dv);
      }
      if (l != null) {
        java.util.Arrays.fill(l, lv);
      }
    }

    void fold(L in, long si, long ss, int ai, long as, long n) {
      int a = ai;
      long s = si;
      if (op == ReduceOp.SUM && !fp && ss == 1 && as == 0 && in instanceof OfBig big) {
        l[a] += big.a.sumLong(s, n);
        return;
      }
      switch (op) {
        case SUM -> {
          for (long j = 0; j < n; j++, s += ss, a += (int) as) {
            if (fp) {
              d[a] += in.get(s);
            } else {
              l[a] += in.getL(s);
            }
          }
        }
        case PROD -> {
          for (long j = 0; j < n; j++, s += ss, a += (int) as) {
            if (fp) {
              d[a] *= in.get(s);
            } else {
              l[a] *= in.getL(s);
            }
          }
        }
        case MAX, MIN -> {
          boolean max = op == ReduceOp.MAX;
          for (long j = 0; j < n; j++, s += ss, a += (int) as) {
            if (fp) {
              double v = in.get(s);
              // A NaN sticks: no comparison with a NaN accumulator is true.
              if ((max ? v > d[a] : v < d[a]) || v != v) {
                d[a] = v;
              }
            } else {
              long v = in.getL(s);
              if (max ? v > l[a] : v < l[a]) {
                l[a] = v;
              }
            }
          }
        }
        case ARGMAX, ARGMIN -> {
          boolean max = op == ReduceOp.ARGMAX;
          for (long j = 0; j < n; j++, s += ss, a += (int) as) {
            long p = seen[a]++;
            if (!fp) {
              long v = in.getL(s);
              if (p == first || (max ? v > l[a] : v < l[a])) {
                l[a] = v;
                pos[a] = p;
              }
              continue;
            }
            double v = in.get(s);
            double b = d[a];
            // First element, or a strictly better one; the first NaN wins and stays.
            if (p == first || (b == b && ((max ? v > b : v < b) || v != v))) {
              d[a] = v;
              pos[a] = p;
            }
          }
        }
        case ALL, ANY -> {
          boolean all = op == ReduceOp.ALL;
          for (long j = 0; j < n; j++, s += ss, a += (int) as) {
            boolean nz = fp ? in.get(s) != 0 : in.getL(s) != 0;
            long cur = l != null ? l[a] : (long) d[a];
            long next = all ? (cur != 0 && nz ? 1 : 0) : (cur != 0 || nz ? 1 : 0);
            if (l != null) {
              l[a] = next;
            } else {
              d[a] = next;
            }
          }
        }
      }
    }

    void merge(Acc o) {
      int n = d != null ? d.length : l.length;
      for (int j = 0; j < n; j++) {
        switch (op) {
          case SUM -> {
            if (fp) {
              d[j] += o.d[j];
            } else {
              l[j] += o.l[j];
            }
          }
          case PROD -> {
            if (fp) {
              d[j] *= o.d[j];
            } else {
              l[j] *= o.l[j];
            }
          }
          case MAX, MIN -> {
            boolean max = op == ReduceOp.MAX;
            if (fp) {
              double v = o.d[j];
              if (d[j] == d[j] && ((max ? v > d[j] : v < d[j]) || v != v)) {
                d[j] = v;
              }
            } else {
              l[j] = max ? Math.max(l[j], o.l[j]) : Math.min(l[j], o.l[j]);
            }
          }
          case ALL, ANY -> {
            boolean all = op == ReduceOp.ALL;
            long x = l != null ? l[j] : (long) d[j];
            long y = o.l != null ? o.l[j] : (long) o.d[j];
            long r = all ? (x != 0 && y != 0 ? 1 : 0) : (x != 0 || y != 0 ? 1 : 0);
            if (l != null) {
              l[j] = r;
            } else {
              d[j] = r;
            }
          }
          case ARGMAX, ARGMIN -> {
            // One slot, chunks in order: the later chunk wins only if strictly better, or with
            // a first NaN over a non-NaN.
            boolean max = op == ReduceOp.ARGMAX;
            boolean take;
            if (o.seen[j] == o.first) {
              take = false;
            } else if (seen[j] == first) {
              take = true;
            } else if (fp) {
              double v = o.d[j];
              take = d[j] == d[j] && ((max ? v > d[j] : v < d[j]) || v != v);
            } else {
              take = max ? o.l[j] > l[j] : o.l[j] < l[j];
            }
            if (take) {
              if (fp) {
                d[j] = o.d[j];
              } else {
                l[j] = o.l[j];
              }
              pos[j] = o.pos[j];
              seen[j] = o.seen[j];
            }
          }
        }
      }
    }

    void store(L out, long at, int j) {
      switch (op) {
        case ARGMAX, ARGMIN -> out.setL(at, pos[j]);
        case ALL, ANY -> out.setL(at, l != null ? l[j] : (long) d[j]);
        default -> {
          if (fp) {
            out.set(at, d[j]);
          } else {
            out.setL(at, l[j]);
          }
        }
      }
    }
  }
}
