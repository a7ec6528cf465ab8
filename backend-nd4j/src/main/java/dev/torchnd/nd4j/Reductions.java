package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;

/**
 * Reductions and scans as loops over the native buffer. float32 sums of contiguous rows and whole
 * contiguous tensors are PyTorch's cascade sum ({@link CascadeSum}), bit for bit; other floating
 * sums accumulate in double and round once (PyTorch's CPU cumsum does the same); integral ones
 * wrap in int64 like PyTorch's.
 */
final class Reductions {
  private Reductions() {}

  /** Rows at least this long take the blocked loops below. */
  private static final int BLOCKED_MIN = 16384;

  /** Lane count of the blocked loops: one L1-resident accumulator row. */
  private static final int LANES = 1024;

  /** Two per-thread scratch rows, long enough for a whole row of {@link #extremeFold}. */
  private static final ThreadLocal<float[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new float[2][BLOCKED_MIN]);

  /**
   * Long max/min as {@code acc[j] = max(acc[j], buf[j])} over 1024 lanes, each block first copied
   * to {@code buf} by {@code System.arraycopy} (the single-index form JDK 17's C2 vectorises);
   * Math.max/min propagate NaN as PyTorch does.
   */
  private static float extremeBlocked(float[] a, int off, int n, boolean max) {
    float[][] scratch = SCRATCH.get();
    float[] acc = scratch[0];
    float[] buf = scratch[1];
    int blocks = n / LANES;
    System.arraycopy(a, off, acc, 0, LANES);
    for (int b = 1; b < blocks; b++) {
      System.arraycopy(a, off + b * LANES, buf, 0, LANES);
      if (max) {
        for (int j = 0; j < LANES; j++) {
          acc[j] = Math.max(acc[j], buf[j]);
        }
      } else {
        for (int j = 0; j < LANES; j++) {
          acc[j] = Math.min(acc[j], buf[j]);
        }
      }
    }
    float m = acc[0];
    for (int j = 1; j < LANES; j++) {
      m = max ? Math.max(m, acc[j]) : Math.min(m, acc[j]);
    }
    for (int j = off + blocks * LANES; j < off + n; j++) {
      m = max ? Math.max(m, a[j]) : Math.min(m, a[j]);
    }
    return m;
  }

  /**
   * Max/min of a row by halving: copy it to scratch, then fold the upper half onto the lower
   * with {@code Math.max/min} until eight remain. The folds are single-index loops C2
   * vectorises (0.34 ns per element on 1024-long rows here, vs 0.62 for four scalar lanes);
   * max/min are commutative, NaN-propagating and give +0.0 over -0.0 in any order, so the
   * result is exactly the sequential one.
   */
  private static float extremeFold(float[] a, int off, int n, boolean max) {
    float[][] scratch = SCRATCH.get();
    float[] buf = scratch[0];
    float[] tmp = scratch[1];
    System.arraycopy(a, off, buf, 0, n);
    int len = n;
    while (len > 8) {
      int h = len >>> 1;
      int keep = len - h;
      System.arraycopy(buf, keep, tmp, 0, h);
      if (max) {
        for (int j = 0; j < h; j++) {
          buf[j] = Math.max(buf[j], tmp[j]);
        }
      } else {
        for (int j = 0; j < h; j++) {
          buf[j] = Math.min(buf[j], tmp[j]);
        }
      }
      len = keep;
    }
    float m = buf[0];
    for (int j = 1; j < len; j++) {
      m = max ? Math.max(m, buf[j]) : Math.min(m, buf[j]);
    }
    return m;
  }

  /**
   * Position of a row's first maximum, or of its first NaN: PyTorch's max/argmax loop (a new
   * best only when {@code !(v <= best)}), one pass; the taken branch is rare on most data, so
   * it predicts well. {@code a[off]} is not NaN.
   */
  private static int argmaxRow(float[] a, int off, int n) {
    float m = a[off];
    int at = 0;
    for (int j = 1; j < n; j++) {
      float v = a[off + j];
      if (!(v <= m)) {
        m = v;
        at = j;
        if (v != v) {
          break;
        }
      }
    }
    return at;
  }

  /** {@link #argmaxRow} for the minimum. */
  private static int argminRow(float[] a, int off, int n) {
    float m = a[off];
    int at = 0;
    for (int j = 1; j < n; j++) {
      float v = a[off + j];
      if (!(v >= m)) {
        m = v;
        at = j;
        if (v != v) {
          break;
        }
      }
    }
    return at;
  }

  static double extremeFloats(float[] a, int off, int n, boolean max, double init) {
    if (Simd.ON && n >= 64) {
      return SimdF32.extreme(a, off, n, max, (float) init);
    }
    if (n >= BLOCKED_MIN) {
      float m = extremeBlocked(a, off, n, max);
      return max ? Math.max((float) init, m) : Math.min((float) init, m);
    }
    if (n >= 64) {
      float m = extremeFold(a, off, n, max);
      return max ? Math.max((float) init, m) : Math.min((float) init, m);
    }
    float m0 = (float) init;
    float m1 = m0;
    float m2 = m0;
    float m3 = m0;
    int j = off;
    int stop = off + n;
    if (max) {
      for (; j + 4 <= stop; j += 4) {
        m0 = Math.max(m0, a[j]);
        m1 = Math.max(m1, a[j + 1]);
        m2 = Math.max(m2, a[j + 2]);
        m3 = Math.max(m3, a[j + 3]);
      }
      for (; j < stop; j++) {
        m0 = Math.max(m0, a[j]);
      }
      return Math.max(Math.max(m0, m1), Math.max(m2, m3));
    }
    for (; j + 4 <= stop; j += 4) {
      m0 = Math.min(m0, a[j]);
      m1 = Math.min(m1, a[j + 1]);
      m2 = Math.min(m2, a[j + 2]);
      m3 = Math.min(m3, a[j + 3]);
    }
    for (; j < stop; j++) {
      m0 = Math.min(m0, a[j]);
    }
    return Math.min(Math.min(m0, m1), Math.min(m2, m3));
  }

  static void reduce(
      ReduceOp op, Access in, DType dtype, Layout sl, int[] dims, Access out, Layout ol) {
    if ((op == ReduceOp.MAX || op == ReduceOp.MIN) && dims.length == sl.ndim()
        && sl.isContiguous() && sl.numel() > 0 && in instanceof Access.F32 f && f.arr != null) {
      // max()/min() of contiguous float32: whole chunks through the blocked loops, not one
      // callback per innermost row. Math.max/min are commutative and associative (NaN wins,
      // +0.0 beats -0.0), so the chunking cannot change the result.
      boolean max = op == ReduceOp.MAX;
      int n = (int) sl.numel();
      int off = (int) sl.offset();
      float[] arr = f.arr;
      double init = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      int k = Parallel.chunks(n, Parallel.GRAIN);
      float[] part = new float[k];
      Parallel.forChunks(n, k, (c, lo, hi) ->
          part[c] = (float) extremeFloats(arr, off + (int) lo, (int) (hi - lo), max, init));
      float m = part[0];
      for (int c = 1; c < k; c++) {
        m = max ? Math.max(m, part[c]) : Math.min(m, part[c]);
      }
      out.setD((int) ol.offset(), m);
      return;
    }
    if (op == ReduceOp.SUM && dims.length == sl.ndim() && sl.isContiguous()) {
      // Full sum of contiguous data: one tight loop, accumulated in double like the general path.
      int n = (int) sl.numel();
      int off = (int) sl.offset();
      double acc = 0;
      if (in instanceof Access.F32 f && f.arr != null) {
        // PyTorch's cascade sum and thread split, so the float result is PyTorch's bit for bit.
        out.setD((int) ol.offset(), CascadeSum.sum(f.arr, off, n));
        return;
      }
      if (in instanceof Access.F32 f) {
        // Four independent accumulators break the add-latency chain (4x faster on long rows).
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
          a0 += f.b.get(off + i);
          a1 += f.b.get(off + i + 1);
          a2 += f.b.get(off + i + 2);
          a3 += f.b.get(off + i + 3);
        }
        for (; i < n; i++) {
          a0 += f.b.get(off + i);
        }
        out.setD((int) ol.offset(), (a0 + a1) + (a2 + a3));
        return;
      }
      if (in instanceof Access.F64 f) {
        for (int i = 0; i < n; i++) {
          acc += f.b.get(off + i);
        }
        out.setD((int) ol.offset(), acc);
        return;
      }
    }
    if (op == ReduceOp.SUM && sl.isContiguous() && in instanceof Access.F32 f && f.arr != null
        && out instanceof Access.F32 o && o.arr != null && ol.isContiguous()
        && trailingDims(dims, sl.ndim()) && dims.length < sl.ndim()) {
      // Sum over the trailing dims of contiguous data (sum(-1)): each output is one contiguous
      // row's cascade sum, rows split over threads like PyTorch's parallel_dim_reduction (a row
      // is never split, so the result does not depend on the thread count).
      long len = 1;
      for (int d : dims) {
        len *= sl.shape()[d];
      }
      if (len > 0) {
        int rowLen = (int) len;
        int rows = (int) (sl.numel() / len);
        float[] src = f.arr;
        float[] dst = o.arr;
        int off = (int) sl.offset();
        int oo = (int) ol.offset();
        if (rows == 1) {
          // One output: PyTorch's two-pass reduction splits the row over threads.
          dst[oo] = CascadeSum.sum(src, off, rowLen);
          return;
        }
        Parallel.forRange(
            rows,
            Math.max(1, Parallel.GRAIN / rowLen),
            (lo, hi) -> {
              CascadeSum.Scratch sc = CascadeSum.scratch();
              for (int r = (int) lo; r < hi; r++) {
                dst[oo + r] = 0f + CascadeSum.rowSum(src, off + r * rowLen, rowLen, sc);
              }
            });
        return;
      }
    }
    if (op == ReduceOp.SUM && sl.isContiguous() && in instanceof Access.F32 f && f.arr != null
        && leadingDims(dims) && dims.length < sl.ndim()) {
      // Sum over leading dims of contiguous data (sum(0) of a matrix): PyTorch's outer cascade
      // down the columns, bit for bit; one column is a whole contiguous sum.
      long rows = 1;
      for (int d : dims) {
        rows *= sl.shape()[d];
      }
      int r = (int) rows;
      int c = (int) (sl.numel() / Math.max(1, rows));
      if (r > 0 && c == 1) {
        out.setD(Strided.offsets(ol)[0], CascadeSum.sum(f.arr, (int) sl.offset(), r));
        return;
      }
      if (r > 0 && c > 0) {
        float[] sums = new float[c];
        CascadeSum.columnSums(f.arr, (int) sl.offset(), r, c, sums);
        int[] outOffsets = Strided.offsets(ol);
        for (int j = 0; j < c; j++) {
          out.setD(outOffsets[j], sums[j]);
        }
        return;
      }
    }
    accumulate(op, in, dtype, sl, dims, out, ol);
  }

  private static boolean trailingDims(int[] dims, int nd) {
    int[] sorted = dims.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] != nd - sorted.length + i) {
        return false;
      }
    }
    return sorted.length > 0;
  }

  private static boolean leadingDims(int[] dims) {
    int[] sorted = dims.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] != i) {
        return false;
      }
    }
    return sorted.length > 0;
  }

  /**
   * Every reduction as one pass over the source in memory order, folding each element into its
   * output slot's accumulator (an accumulator layout with stride 0 on reduced dims maps source
   * positions to slots). Outer reductions ({@code sum(0)}) then stream through memory instead of
   * striding down columns, and the op is chosen once per row, not per element. Visiting the
   * source in row-major order also visits each slot's elements in row-major order of the reduced
   * dims, so a per-slot counter is the position ARGMAX/ARGMIN report.
   */
  private static void accumulate(
      ReduceOp op, Access in, DType dtype, Layout sl, int[] dims, Access out, Layout ol) {
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
    int n = (int) slots;
    Layout acc = new Layout(shape, accStrides, 0);
    boolean fp = dtype.is_floating_point();
    // Large reductions run in parallel chunks, each into its own accumulators, merged in chunk
    // order; ARGMAX/ARGMIN count positions per slot as they go, so they stay sequential.
    int k = op == ReduceOp.ARGMAX || op == ReduceOp.ARGMIN ? 1 : Strided.reduceChunks(sl.numel(), n);
    int[] outOffsets = Strided.offsets(ol);
    // A switch expression, so a new ReduceOp without a kernel does not compile.
    Runnable kernel = switch (op) {
      case SUM, PROD -> () -> {
        boolean sum = op == ReduceOp.SUM;
        if (fp) {
          double[][] accs = new double[k][n];
          for (double[] a : accs) {
            java.util.Arrays.fill(a, sum ? 0 : 1);
          }
          Strided.forEachChunked(k, c -> {
            double[] a = accs[c];
            return (base, step, len) -> {
                int si = base[0];
                int ai = base[1];
                if (sum && step[1] == 0 && step[0] == 1 && in instanceof Access.F32 f
                    && f.arr != null) {
                  // A whole contiguous row folds into one slot (sum over the last dim): PyTorch's
                  // cascade row sum, added to the slot in float as its kernel's store does.
                  a[ai] = (float) (a[ai] + (0f + CascadeSum.rowSum(f.arr, si, len)));
                } else if (sum && step[0] == 1 && step[1] == 1 && in instanceof Access.F32 f
                    && f.arr != null) {
                  // A contiguous row adds into consecutive slots (sum over a leading dim).
                  float[] arr = f.arr;
                  for (int j = 0; j < len; j++) {
                    a[ai + j] += arr[si + j];
                  }
                } else if (sum && in instanceof Access.F32 f) {
                  for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                    a[ai] += f.b.get(si);
                  }
                } else if (sum) {
                  for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                    a[ai] += in.getD(si);
                  }
                } else {
                  for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                    a[ai] *= in.getD(si);
                  }
                }
              };
            },
              sl,
              acc);
          double[] a = accs[0];
          // float32 row sums hold float values: chunks of one row merge in float, as PyTorch's
          // two-pass reduction adds its per-thread buffers.
          boolean f32 = sum && dtype == DType.float32;
          for (int c = 1; c < k; c++) {
            for (int j = 0; j < n; j++) {
              double v = sum ? a[j] + accs[c][j] : a[j] * accs[c][j];
              a[j] = f32 ? (float) v : v;
            }
          }
          for (int j = 0; j < n; j++) {
            out.setD(outOffsets[j], a[j]);
          }
        } else {
          long[][] accs = new long[k][n];
          for (long[] a : accs) {
            java.util.Arrays.fill(a, sum ? 0 : 1);
          }
          Strided.forEachChunked(k, c -> {
            long[] a = accs[c];
            return (base, step, len) -> {
                int si = base[0];
                int ai = base[1];
                for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                  a[ai] = sum ? a[ai] + in.getL(si) : a[ai] * in.getL(si);
                }
              };
            },
              sl,
              acc);
          long[] a = accs[0];
          for (int c = 1; c < k; c++) {
            for (int j = 0; j < n; j++) {
              a[j] = sum ? a[j] + accs[c][j] : a[j] * accs[c][j];
            }
          }
          for (int j = 0; j < n; j++) {
            out.setL(outOffsets[j], a[j]);
          }
        }
      };
      case MAX, MIN -> () -> {
        boolean max = op == ReduceOp.MAX;
        if (fp) {
          double[][] accs = new double[k][n];
          for (double[] a : accs) {
            java.util.Arrays.fill(a, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
          }
          Strided.forEachChunked(k, c -> {
            double[] a = accs[c];
            return (base, step, len) -> {
                int si = base[0];
                int ai = base[1];
                // A NaN sticks: no comparison with a NaN accumulator is true.
                if (step[1] == 0 && step[0] == 1 && in instanceof Access.F32 f && f.arr != null) {
                  // A contiguous row folds into one slot: four float lanes of Math.max/min, which
                  // propagate NaN as PyTorch does.
                  a[ai] = extremeFloats(f.arr, si, len, max, a[ai]);
                } else if (step[1] == 0 && in instanceof Access.F32 f && f.arr != null) {
                  // A whole row folds into one slot: keep the running extreme in a register.
                  float[] arr = f.arr;
                  double m = a[ai];
                  for (int j = 0; j < len; j++, si += step[0]) {
                    double v = arr[si];
                    if ((max ? v > m : v < m) || v != v) {
                      m = v;
                    }
                  }
                  a[ai] = m;
                } else if (in instanceof Access.F32 f) {
                  for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                    double v = f.b.get(si);
                    if ((max ? v > a[ai] : v < a[ai]) || v != v) {
                      a[ai] = v;
                    }
                  }
                } else {
                  for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                    double v = in.getD(si);
                    if ((max ? v > a[ai] : v < a[ai]) || v != v) {
                      a[ai] = v;
                    }
                  }
                }
              };
            },
              sl,
              acc);
          double[] a = accs[0];
          for (int c = 1; c < k; c++) {
            for (int j = 0; j < n; j++) {
              double v = accs[c][j];
              if (a[j] == a[j] && ((max ? v > a[j] : v < a[j]) || v != v)) {
                a[j] = v;
              }
            }
          }
          for (int j = 0; j < n; j++) {
            out.setD(outOffsets[j], a[j]);
          }
        } else {
          long[][] accs = new long[k][n];
          for (long[] a : accs) {
            java.util.Arrays.fill(a, max ? Long.MIN_VALUE : Long.MAX_VALUE);
          }
          Strided.forEachChunked(k, c -> {
            long[] a = accs[c];
            return (base, step, len) -> {
                int si = base[0];
                int ai = base[1];
                for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                  long v = in.getL(si);
                  if (max ? v > a[ai] : v < a[ai]) {
                    a[ai] = v;
                  }
                }
              };
            },
              sl,
              acc);
          long[] a = accs[0];
          for (int c = 1; c < k; c++) {
            for (int j = 0; j < n; j++) {
              a[j] = max ? Math.max(a[j], accs[c][j]) : Math.min(a[j], accs[c][j]);
            }
          }
          for (int j = 0; j < n; j++) {
            out.setL(outOffsets[j], a[j]);
          }
        }
      };
      case ARGMAX, ARGMIN -> () -> {
        boolean max = op == ReduceOp.ARGMAX;
        double[] best = new double[n];
        long[] bestL = new long[n];
        long[] bestPos = new long[n];
        long[] seen = new long[n];
        // Over the last dim only, each source row is one whole slot: rows can go to different
        // threads without splitting any slot's position count.
        long last = nd == 0 ? 1 : shape[nd - 1];
        int kArg = dims.length == 1 && dims[0] == nd - 1 && last > 1
            ? Parallel.chunks(sl.numel(), Parallel.GRAIN) : 1;
        if (kArg > 1 && sl.numel() / last < kArg) {
          kArg = 1;
        }
        Strided.forEachChunked(kArg, c -> (base, step, len) -> {
              int si = base[0];
              int ai = base[1];
              if (step[1] == 0 && step[0] == 1 && in instanceof Access.F32 f && f.arr != null) {
                // A contiguous row folding into one slot: the first position of its extreme
                // (or of its first NaN) in one pass, as PyTorch's loop finds it. The row's
                // winner replaces the slot's best only if strictly better, or a first NaN.
                float[] arr = f.arr;
                float m = arr[si];
                int at = 0;
                if (m == m) {
                  at = max ? argmaxRow(arr, si, len) : argminRow(arr, si, len);
                  m = arr[si + at];
                }
                long pos = seen[ai];
                double b = best[ai];
                if (pos == 0 || (b == b && ((max ? m > b : m < b) || m != m))) {
                  best[ai] = m;
                  bestPos[ai] = pos + at;
                }
                seen[ai] = pos + len;
                return;
              }
              for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                long pos = seen[ai]++;
                if (!fp) {
                  // Compared as long: int64 values beyond 2^53 would tie as doubles.
                  long v = in.getL(si);
                  if (pos == 0 || (max ? v > bestL[ai] : v < bestL[ai])) {
                    bestL[ai] = v;
                    bestPos[ai] = pos;
                  }
                  continue;
                }
                double v = in.getD(si);
                double b = best[ai];
                // First element, or a strictly better one; the first NaN wins and stays.
                if (pos == 0 || (b == b && ((max ? v > b : v < b) || v != v))) {
                  best[ai] = v;
                  bestPos[ai] = pos;
                }
              }
            },
            sl,
            acc);
        for (int j = 0; j < n; j++) {
          out.setL(outOffsets[j], bestPos[j]);
        }
      };
      case ALL, ANY -> () -> {
        boolean all = op == ReduceOp.ALL;
        boolean[][] accs = new boolean[k][n];
        for (boolean[] a : accs) {
          java.util.Arrays.fill(a, all);
        }
        Strided.forEachChunked(k, c -> {
          boolean[] a = accs[c];
          return (base, step, len) -> {
              int si = base[0];
              int ai = base[1];
              for (int j = 0; j < len; j++, si += step[0], ai += step[1]) {
                boolean nz = fp ? in.getD(si) != 0 : in.getL(si) != 0;
                a[ai] = all ? a[ai] && nz : a[ai] || nz;
              }
            };
          },
            sl,
            acc);
        boolean[] a = accs[0];
        for (int c = 1; c < k; c++) {
          for (int j = 0; j < n; j++) {
            a[j] = all ? a[j] && accs[c][j] : a[j] || accs[c][j];
          }
        }
        for (int j = 0; j < n; j++) {
          out.setL(outOffsets[j], a[j] ? 1 : 0);
        }
      };
    };
    kernel.run();
  }

  static void scan(
      ScanOp op, Access in, DType dtype, Layout sl, int dim, Access out, Layout ol) {
    long[] kept = sl.shape().clone();
    long len = kept[dim];
    kept[dim] = 1;
    long is = sl.strides()[dim];
    long os = ol.strides()[dim];
    boolean fp = dtype.is_floating_point();
    boolean sum = switch (op) {
      case CUMSUM -> true;
      case CUMPROD -> false;
    };
    int[] ins = Strided.offsets(new Layout(kept, sl.strides(), sl.offset()));
    int[] outs = Strided.offsets(new Layout(kept, ol.strides(), ol.offset()));
    int n = (int) len;
    int si = (int) is;
    int so = (int) os;
    // Lines are independent: split them over threads, about a grain of elements per chunk.
    Parallel.forRange(
        ins.length,
        Math.max(1, Parallel.GRAIN / Math.max(1, len)),
        (lo, hi) -> {
          for (int p = (int) lo; p < hi; p++) {
            int base = ins[p];
            int o = outs[p];
            if (fp && in instanceof Access.F32 fi && fi.arr != null
                && out instanceof Access.F32 fo && fo.arr != null) {
              // float32 lines accumulate in double and round each output, as PyTorch's CPU
              // kernel does (its acc_type for float is double).
              float[] a = fi.arr;
              float[] z = fo.arr;
              double acc = sum ? 0 : 1;
              for (int j = 0, i = base; j < n; j++, i += si, o += so) {
                acc = sum ? acc + a[i] : acc * a[i];
                z[o] = (float) acc;
              }
            } else if (fp) {
              double acc = sum ? 0 : 1;
              for (long j = 0; j < len; j++) {
                double v = in.getD((int) (base + j * is));
                acc = sum ? acc + v : acc * v;
                out.setD((int) (o + j * os), acc);
              }
            } else {
              long acc = sum ? 0 : 1;
              for (long j = 0; j < len; j++) {
                long v = in.getL((int) (base + j * is));
                acc = sum ? acc + v : acc * v;
                out.setL((int) (o + j * os), acc);
              }
            }
          }
        });
  }
}
