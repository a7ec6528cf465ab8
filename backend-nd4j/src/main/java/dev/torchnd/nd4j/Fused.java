package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.PointwiseOp;

/** The {@link PointwiseOp} kernels (add with alpha, addcmul, addcdiv) over ND4J storages. */
final class Fused {
  private Fused() {}

  /**
   * The contiguous float32 loops over one index into every array: C2's SuperWord takes float[]
   * accesses at different loop-invariant offsets as possibly aliasing and leaves such loops
   * scalar (SGD's {@code param.add_(grad, alpha=-lr)} over 200K floats: ~130 µs that way, ~45 µs
   * vectorised).
   */
  private static void aligned(
      PointwiseOp op, float s, float[] a, float[] b, float[] c, float[] out, int from, int to) {
    switch (op) {
      case ADD_ALPHA -> {
        for (int i = from; i < to; i++) {
          out[i] = Math.fma(b[i], s, a[i]);
        }
      }
      case ADDCMUL -> {
        for (int i = from; i < to; i++) {
          out[i] = Math.fma(s * b[i], c[i], a[i]);
        }
      }
      case ADDCDIV -> {
        for (int i = from; i < to; i++) {
          out[i] = a[i] + (s * b[i]) / c[i];
        }
      }
      case THRESHOLD_BACKWARD -> ThresholdF32.thresholdBackward(a, from, b, from, s, out, from, to - from);
    }
  }

  static void run(
      PointwiseOp op, double scalar, Access x, Layout al, Access y, Layout bl, Access z, Layout cl,
      Access o, Layout ol, DType dtype) {
    int n = (int) ol.numel();
    if (x instanceof Access.F32 xf && xf.arr != null && y instanceof Access.F32 yf
        && yf.arr != null && o instanceof Access.F32 of && of.arr != null
        && (z == null || (z instanceof Access.F32 zf0 && zf0.arr != null))
        && al.isContiguous() && bl.isContiguous() && ol.isContiguous()
        && (cl == null || cl.isContiguous())) {
      float[] a = xf.arr;
      float[] b = yf.arr;
      float[] c = z == null ? null : ((Access.F32) z).arr;
      float[] out = of.arr;
      int ao = (int) al.offset();
      int bo = (int) bl.offset();
      int co = cl == null ? 0 : (int) cl.offset();
      int oo = (int) ol.offset();
      float s = (float) scalar;
      Parallel.forRange(
          n,
          Parallel.GRAIN,
          (lo, hi) -> {
            int l = (int) lo;
            int h = (int) hi;
            if (ao == oo && bo == oo && (c == null || co == oo)) {
              aligned(op, s, a, b, c, out, oo + l, oo + h);
              return;
            }
            switch (op) {
              case ADD_ALPHA -> {
                for (int i = l; i < h; i++) {
                  out[oo + i] = Math.fma(b[bo + i], s, a[ao + i]);
                }
              }
              case ADDCMUL -> {
                for (int i = l; i < h; i++) {
                  out[oo + i] = Math.fma(s * b[bo + i], c[co + i], a[ao + i]);
                }
              }
              case ADDCDIV -> {
                for (int i = l; i < h; i++) {
                  out[oo + i] = a[ao + i] + (s * b[bo + i]) / c[co + i];
                }
              }
              case THRESHOLD_BACKWARD ->
                  ThresholdF32.thresholdBackward(a, ao + l, b, bo + l, s, out, oo + l, h - l);
            }
          });
      return;
    }
    boolean dbl = dtype == DType.float64;
    float sf = (float) scalar;
    Strided.Row row =
        (base, step, len) -> {
          int i = base[0];
          int j = base[1];
          int k = z == null ? 0 : base[2];
          int w = base[z == null ? 2 : 3];
          int si = step[0];
          int sj = step[1];
          int sk = z == null ? 0 : step[2];
          int sw = step[z == null ? 2 : 3];
          for (int q = 0; q < len; q++, i += si, j += sj, k += sk, w += sw) {
            double va = x.getD(i);
            double vb = y.getD(j);
            double vc = z == null ? 0 : z.getD(k);
            o.setD(
                w,
                dbl
                    ? op.apply(scalar, va, vb, vc)
                    : op.apply(sf, (float) va, (float) vb, (float) vc));
          }
        };
    if (z == null) {
      Strided.forEachParallel(row, al, bl, ol);
    } else {
      Strided.forEachParallel(row, al, bl, cl, ol);
    }
  }
}
