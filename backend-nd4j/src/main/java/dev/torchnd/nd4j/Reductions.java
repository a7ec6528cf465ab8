package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.Layout;
import dev.torchnd.ReduceOp;
import dev.torchnd.ScanOp;

/**
 * Reductions and scans as loops over the native buffer. Floating sums accumulate in double and
 * round once (PyTorch's CPU cumsum does the same; its sum is within an ulp); integral ones wrap
 * in int64 like PyTorch's.
 */
final class Reductions {
  private Reductions() {}

  /** Calls {@code body(inOffset, outOffset)} for every position of {@code shape}. */
  private interface Pos {
    void at(int in, int out);
  }

  private static void forPositions(long[] shape, Layout in, Layout out, Pos body) {
    Strided.forEach(
        (base, step, n) -> {
          int i = base[0];
          int o = base[1];
          for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
            body.at(i, o);
          }
        },
        new Layout(shape, in.strides(), in.offset()),
        new Layout(shape, out.strides(), out.offset()));
  }

  static void reduce(
      ReduceOp op, Access in, DType dtype, Layout sl, int[] dims, Access out, Layout ol) {
    if (op == ReduceOp.SUM && dims.length == sl.ndim() && sl.isContiguous()) {
      // Full sum of contiguous data: one tight loop, accumulated in double like the general path.
      int n = (int) sl.numel();
      int off = (int) sl.offset();
      double acc = 0;
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
    int nd = sl.ndim();
    long[] kept = sl.shape().clone();
    long[] rShape = new long[dims.length];
    long[] rStrides = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      rShape[i] = sl.shape()[dims[i]];
      rStrides[i] = sl.strides()[dims[i]];
      kept[dims[i]] = 1;
    }
    boolean fp = dtype.is_floating_point();
    double[] d = new double[1];
    long[] l = new long[2];
    boolean[] flag = new boolean[1];
    forPositions(
        kept,
        sl,
        ol,
        (base, o) -> {
          Layout inner = new Layout(rShape, rStrides, base);
          switch (op) {
            case SUM -> {
              if (fp) {
                d[0] = 0;
                each(inner, i -> d[0] += in.getD(i));
                out.setD(o, d[0]);
              } else {
                l[0] = 0;
                each(inner, i -> l[0] += in.getL(i));
                out.setL(o, l[0]);
              }
            }
            case PROD -> {
              if (fp) {
                d[0] = 1;
                each(inner, i -> d[0] *= in.getD(i));
                out.setD(o, d[0]);
              } else {
                l[0] = 1;
                each(inner, i -> l[0] *= in.getL(i));
                out.setL(o, l[0]);
              }
            }
            case MAX, MIN -> {
              boolean max = op == ReduceOp.MAX;
              if (fp) {
                d[0] = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                each(
                    inner,
                    i -> {
                      double v = in.getD(i);
                      if (Double.isNaN(v) || Double.isNaN(d[0])) {
                        d[0] = Double.NaN;
                      } else if (max ? v > d[0] : v < d[0]) {
                        d[0] = v;
                      }
                    });
                out.setD(o, d[0]);
              } else {
                l[0] = max ? Long.MIN_VALUE : Long.MAX_VALUE;
                each(
                    inner,
                    i -> {
                      long v = in.getL(i);
                      if (max ? v > l[0] : v < l[0]) {
                        l[0] = v;
                      }
                    });
                out.setL(o, l[0]);
              }
            }
            case ARGMAX, ARGMIN -> {
              boolean max = op == ReduceOp.ARGMAX;
              // l[0] = running position, l[1] = best position; d[0] = best value.
              l[0] = 0;
              l[1] = 0;
              flag[0] = false;
              each(
                  inner,
                  i -> {
                    double v = fp ? in.getD(i) : in.getL(i);
                    long pos = l[0]++;
                    if (pos == 0) {
                      d[0] = v;
                      flag[0] = Double.isNaN(v);
                      return;
                    }
                    if (flag[0]) {
                      return;
                    }
                    if (Double.isNaN(v)) {
                      d[0] = v;
                      l[1] = pos;
                      flag[0] = true;
                    } else if (max ? v > d[0] : v < d[0]) {
                      d[0] = v;
                      l[1] = pos;
                    }
                  });
              out.setL(o, l[1]);
            }
            case ALL -> {
              flag[0] = true;
              each(
                  inner,
                  i -> {
                    if (fp ? in.getD(i) == 0 : in.getL(i) == 0) {
                      flag[0] = false;
                    }
                  });
              out.setL(o, flag[0] ? 1 : 0);
            }
            case ANY -> {
              flag[0] = false;
              each(
                  inner,
                  i -> {
                    if (fp ? in.getD(i) != 0 : in.getL(i) != 0) {
                      flag[0] = true;
                    }
                  });
              out.setL(o, flag[0] ? 1 : 0);
            }
          }
        });
  }

  private interface Elem {
    void at(int offset);
  }

  private static void each(Layout layout, Elem e) {
    Strided.forEach(
        (base, step, n) -> {
          int i = base[0];
          for (int j = 0; j < n; j++, i += step[0]) {
            e.at(i);
          }
        },
        layout);
  }

  static void scan(
      ScanOp op, Access in, DType dtype, Layout sl, int dim, Access out, Layout ol) {
    long[] kept = sl.shape().clone();
    long len = kept[dim];
    kept[dim] = 1;
    long is = sl.strides()[dim];
    long os = ol.strides()[dim];
    boolean fp = dtype.is_floating_point();
    boolean sum = op == ScanOp.CUMSUM;
    forPositions(
        kept,
        sl,
        ol,
        (base, o) -> {
          if (fp) {
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
        });
  }
}
