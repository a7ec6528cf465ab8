package dev.torchnd.nd4j;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.BinaryOp;
import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.spi.ScatterReduceOp;
import dev.torchnd.spi.Storage;
import dev.torchnd.spi.UnaryOp;
import java.lang.ref.Reference;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * TorchND's CPU backend, the {@code cpu} device. Storages ({@link Nd4jStorage}) of float32,
 * float64 and bool tensors are Java arrays; other dtypes are heap buffers when small, else ND4J
 * {@link DataBuffer}s; an array storage moves into a {@code DataBuffer} only when ND4J itself must
 * see it ({@link Nd4jInterop}, {@link SameDiffExport}). Compute is Java, not ND4J ops:
 * elementwise kernels, reductions, scans and sorts are loops specialised per dtype and layout
 * ({@link Kernels} over {@link Strided}/{@link Parallel}, {@link ContiguousF32Kernels}, {@link
 * StridedF32Kernels}, {@link Reductions}, {@link SortKernels}), which measured faster than ND4J's
 * per-op dispatch and let every dtype follow PyTorch's rules exactly; float matrix-matrix
 * products of at least {@code 16^3} multiply-adds call OpenBLAS's {@code cblas_sgemm}/{@code
 * dgemm} through JavaCPP ({@link Blas}), the rest (small, matrix-vector, integral) run in Java
 * ({@link MatMul}), as do {@code det}/{@code inverse} ({@link LinAlgKernels}). The one use of
 * libnd4j's kernels: large contiguous float exp/log/sqrt/sin/cos/tanh over storages already in a
 * {@code DataBuffer} ({@link Libnd4jTransforms}). It stays on the CPU under every ND4J artifact
 * (under {@code nd4j-cuda-11.6} it keeps its storages out of ND4J's device buffers); {@code cuda}
 * tensors are {@link Nd4jDeviceBackend}'s.
 */
public final class Nd4jBackend implements Backend {
  static {
    Nd4jInit.configure();
  }

  /** Products smaller than this many multiply-adds stay in Java: packing for BLAS costs more. */
  private static final long BLAS_THRESHOLD = 16 * 16 * 16;

  @Override
  public String name() {
    return "nd4j";
  }

  @Override
  public int numThreads() {
    return Parallel.threads();
  }

  @Override
  public void setNumThreads(int n) {
    Parallel.setThreads(n);
  }

  static DataType nd4jType(DType dtype) {
    return switch (dtype) {
      case float32 -> DataType.FLOAT;
      case float64 -> DataType.DOUBLE;
      case float16 -> DataType.HALF;
      case bfloat16 -> DataType.BFLOAT16;
      case int64 -> DataType.LONG;
      case int32 -> DataType.INT;
      case int16 -> DataType.SHORT;
      case int8 -> DataType.BYTE;
      case uint8 -> DataType.UBYTE;
      case bool -> DataType.BOOL;
    };
  }

  static DType torchType(DataType type) {
    return switch (type) {
      case FLOAT -> DType.float32;
      case DOUBLE -> DType.float64;
      case HALF -> DType.float16;
      case BFLOAT16 -> DType.bfloat16;
      case LONG -> DType.int64;
      case INT -> DType.int32;
      case SHORT -> DType.int16;
      case BYTE -> DType.int8;
      case UBYTE -> DType.uint8;
      case BOOL -> DType.bool;
      default -> throw new IllegalArgumentException(
          "ND4J data type " + type + " has no PyTorch equivalent");
    };
  }

  static Nd4jStorage s(Storage storage) {
    Nd4jStorage st = (Nd4jStorage) storage;
    if (st.isClosed()) {
      throw new IllegalStateException("Tensor storage was used after close()");
    }
    return st;
  }

  @Override
  public Storage allocate(DType dtype, long numel) {
    return allocate(dtype, numel, true);
  }

  @Override
  public Storage allocateUninitialized(DType dtype, long numel) {
    return allocate(dtype, numel, false);
  }

  private static Storage allocate(DType dtype, long numel, boolean zeroed) {
    // Validate before the allocation (ND4J would try to malloc whatever it is given).
    Nd4jStorage.checkAddressable(numel, dtype);
    return new Nd4jStorage(dtype, numel, zeroed);
  }

  /** Wraps an existing ND4J buffer without copying. */
  static Storage wrap(DataBuffer buffer) {
    return new Nd4jStorage(buffer, torchType(buffer.dataType()));
  }

  @Override
  public Storage fromFloats(float[] data) {
    // Written in full, so no zero-fill; chunks of array copies over the intra-op threads.
    Nd4jStorage st = (Nd4jStorage) allocate(DType.float32, data.length, false);
    if (st.access instanceof Access.F32 f && f.arr != null) {
      float[] z = f.arr;
      Parallel.forRange(data.length, 4 * Parallel.GRAIN,
          (lo, hi) -> System.arraycopy(data, (int) lo, z, (int) lo, (int) (hi - lo)));
      return st;
    }
    for (int i = 0; i < data.length; i++) {
      BigKernels.setDouble(st, i, data[i]);
    }
    return st;
  }

  @Override
  public Storage fromDoubles(DType dtype, double[] data) {
    if (dtype == DType.float32 || dtype == DType.float64) {
      // Written in full, so no zero-fill; array copies instead of an accessor call per element
      // (rand(1M) spent ~2 ms here that way).
      Nd4jStorage st = (Nd4jStorage) allocate(dtype, data.length, false);
      if (st.access instanceof Access.F32 f && f.arr != null) {
        float[] z = f.arr;
        Parallel.forRange(data.length, Parallel.GRAIN, (lo, hi) -> {
          for (int i = (int) lo; i < hi; i++) {
            z[i] = (float) data[i];
          }
        });
        return st;
      }
      if (st.access instanceof Access.F64 f && f.arr != null) {
        System.arraycopy(data, 0, f.arr, 0, data.length);
        return st;
      }
      for (int i = 0; i < data.length; i++) {
        BigKernels.setDouble(st, i, data[i]);
      }
      return st;
    }
    Nd4jStorage st = (Nd4jStorage) allocate(dtype, data.length);
    Access a = st.access;
    for (int i = 0; i < data.length; i++) {
      if (a instanceof BigAccess b) {
        b.set(i, data[i]);
      } else {
        a.setD(i, data[i]);
      }
    }
    return st;
  }

  @Override
  public Storage fromLongs(DType dtype, long[] data) {
    Nd4jStorage st = (Nd4jStorage) allocate(dtype, data.length);
    Access a = st.access;
    for (int i = 0; i < data.length; i++) {
      if (a instanceof BigAccess b) {
        b.setLong(i, data[i]);
      } else {
        a.setL(i, data[i]);
      }
    }
    return st;
  }

  @Override
  public double getDouble(Storage st, long index) {
    try {
      if (BigKernels.any(st)) {
        return BigKernels.getDouble(st, index);
      }
      return s(st).access.getD((int) index);
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  @Override
  public long getLong(Storage st, long index) {
    try {
      if (BigKernels.any(st)) {
        return BigKernels.getLong(st, index);
      }
      return s(st).access.getL((int) index);
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  @Override
  public void setDouble(Storage st, long index, double value) {
    try {
      if (BigKernels.any(st)) {
        BigKernels.setDouble(st, index, value);
        return;
      }
      s(st).access.setD((int) index, value);
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  @Override
  public void setLong(Storage st, long index, long value) {
    try {
      if (BigKernels.any(st)) {
        BigKernels.setLong(st, index, value);
        return;
      }
      s(st).access.setL((int) index, value);
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  private void copyKernel(Storage src, Layout srcLayout, Storage dst, Layout dstLayout) {
    Access in = s(src).access;
    Access out = s(dst).access;
    if (in instanceof Access.F32 a && a.arr != null && out instanceof Access.F32 b && b.arr != null) {
      StridedF32Kernels.copy(a.arr, srcLayout, b.arr, dstLayout);
      return;
    }
    if (in instanceof Access.F64 a && a.arr != null && out instanceof Access.F64 b && b.arr != null) {
      StridedF64Kernels.copy(a.arr, srcLayout, b.arr, dstLayout);
      return;
    }
    boolean viaDouble = src.dtype().is_floating_point();
    Strided.forEachParallel(
        (base, step, n) -> {
          int i = base[0];
          int o = base[1];
          if (viaDouble) {
            for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
              out.setD(o, in.getD(i));
            }
          } else {
            for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
              out.setL(o, in.getL(i));
            }
          }
        },
        srcLayout,
        dstLayout);
  }

  private void fillKernel(Storage dst, Layout layout, double value) {
    Access out = s(dst).access;
    if (out instanceof Access.F32 f && f.arr != null) {
      StridedF32Kernels.fill(f.arr, layout, (float) value);
      return;
    }
    if (out instanceof Access.F64 f && f.arr != null) {
      StridedF64Kernels.fill(f.arr, layout, value);
      return;
    }
    Strided.forEachParallel(
        (base, step, n) -> {
          int o = base[0];
          for (int j = 0; j < n; j++, o += step[0]) {
            out.setD(o, value);
          }
        },
        layout);
  }

  private void fillLongKernel(Storage dst, Layout layout, long value) {
    Access out = s(dst).access;
    Strided.forEachParallel(
        (base, step, n) -> {
          int o = base[0];
          for (int j = 0; j < n; j++, o += step[0]) {
            out.setL(o, value);
          }
        },
        layout);
  }

  private void unaryKernel(UnaryOp op, Storage src, Layout sl, Storage dst, Layout dl) {
    if (s(src).access instanceof Access.F32 a && a.arr != null
        && s(dst).access instanceof Access.F32 b && b.arr != null) {
      if (op == UnaryOp.EXP) {
        StridedF32Kernels.exp(a.arr, sl, b.arr, dl);
        return;
      }
      if (op == UnaryOp.RELU && sl.isContiguous() && dl.isContiguous()) {
        // Branch-free select: the ?: form mispredicts on random signs (ThresholdF32).
        float[] x = a.arr;
        float[] z = b.arr;
        int xo = (int) sl.offset();
        int zo = (int) dl.offset();
        Parallel.forRange(dl.numel(), Parallel.GRAIN,
            (lo, hi) -> ThresholdF32.relu(x, xo + (int) lo, z, zo + (int) lo, (int) (hi - lo)));
        return;
      }
      DoubleUnaryOperator f = op == UnaryOp.TANH ? StridedF32Kernels::tanh : Kernels.floating(op, DType.float32);
      if (f != null) {
        StridedF32Kernels.unary(f, a.arr, sl, b.arr, dl);
        return;
      }
    }
    if (Libnd4jTransforms.unary(op, s(src), sl, s(dst), dl)) {
      return;
    }
    Access in = s(src).access;
    Access out = s(dst).access;
    if (src.dtype().is_floating_point()) {
      DoubleUnaryOperator f = Kernels.floating(op, src.dtype());
      Strided.forEachParallel(
          (base, step, n) -> {
            int i = base[0];
            int o = base[1];
            for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
              out.setD(o, f.applyAsDouble(in.getD(i)));
            }
          },
          sl,
          dl);
    } else {
      // ~ on bool is logical not (PyTorch's bitwise_not kernel special-cases Bool).
      LongUnaryOperator f = op == UnaryOp.BITWISE_NOT && src.dtype() == DType.bool
          ? Kernels.integral(UnaryOp.LOGICAL_NOT) : Kernels.integral(op);
      if (f == null) {
        throw new UnsupportedOperationException(
            op.torchName() + " has no integral kernel: cast to a floating dtype first");
      }
      Strided.forEachParallel(
          (base, step, n) -> {
            int i = base[0];
            int o = base[1];
            for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
              out.setL(o, f.applyAsLong(in.getL(i)));
            }
          },
          sl,
          dl);
    }
  }

  private void binaryKernel(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    Access x = s(a).access;
    Access y = s(b).access;
    Access z = s(out).access;
    if (a.dtype().is_floating_point()) {
      DoubleBinaryOperator f = Kernels.floating(op);
      if (f == null) {
        throw new UnsupportedOperationException(
            op.torchName() + " has no floating kernel");
      }
      if (a.dtype() == DType.float32
          && out.dtype() == DType.float32
          && al.isContiguous()
          && bl.isContiguous()
          && ol.isContiguous()
          && sameContiguous(al, bl, ol)) {
        ContiguousF32Kernels.binaryF32(op, f, (Access.F32) x, (int) al.offset(), (Access.F32) y,
            (int) bl.offset(), (Access.F32) z, (int) ol.offset(), (int) ol.numel());
        return;
      }
      if (x instanceof Access.F32 xf
          && z instanceof Access.F32 zf
          && al.isContiguous()
          && ol.isContiguous()
          && java.util.Arrays.equals(al.shape(), ol.shape())
          && allZero(bl.strides())) {
        ContiguousF32Kernels.binaryF32Scalar(
            op, f, xf, (int) al.offset(), (float) y.getD((int) bl.offset()), zf,
            (int) ol.offset(), (int) ol.numel());
        return;
      }
      if (x instanceof Access.F32 xf && xf.arr != null && y instanceof Access.F32 yf
          && yf.arr != null && z instanceof Access.F32 zf && zf.arr != null) {
        StridedF32Kernels.binary(op, f, xf.arr, al, yf.arr, bl, zf.arr, ol);
        return;
      }
      if (isComparison(op) && x instanceof Access.F32 xf && xf.arr != null
          && y instanceof Access.F32 yf && yf.arr != null && z instanceof Access.B8 zb
          && zb.b.hasArray()) {
        StridedF32Kernels.compare(
            op, xf.arr, al, yf.arr, bl, zb.b.array(), -zb.b.arrayOffset(), ol);
        return;
      }
      Strided.forEachParallel(
          (base, step, n) -> {
            int i = base[0];
            int k = base[1];
            int o = base[2];
            for (int j = 0; j < n; j++, i += step[0], k += step[1], o += step[2]) {
              z.setD(o, f.applyAsDouble(x.getD(i), y.getD(k)));
            }
          },
          al,
          bl,
          ol);
    } else {
      LongBinaryOperator f = Kernels.integral(op);
      if (f == null) {
        throw new UnsupportedOperationException(op.torchName() + " has no integral kernel");
      }
      Strided.forEachParallel(
          (base, step, n) -> {
            int i = base[0];
            int k = base[1];
            int o = base[2];
            for (int j = 0; j < n; j++, i += step[0], k += step[1], o += step[2]) {
              z.setL(o, f.applyAsLong(x.getL(i), y.getL(k)));
            }
          },
          al,
          bl,
          ol);
    }
  }

  private static boolean isComparison(BinaryOp op) {
    return switch (op) {
      case EQ, NE, LT, LE, GT, GE -> true;
      case ADD, SUB, MUL, DIV, FLOOR_DIVIDE, REMAINDER, FMOD, POW, MAXIMUM, MINIMUM, ATAN2,
          LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR, BITWISE_XOR -> false;
      case XLOGY, COPYSIGN, FMAX, FMIN, GCD, LCM, HEAVISIDE -> false;
    };
  }

  private static boolean allZero(long[] strides) {
    for (long st : strides) {
      if (st != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameContiguous(Layout a, Layout b, Layout o) {
    return java.util.Arrays.equals(a.shape(), o.shape())
        && java.util.Arrays.equals(b.shape(), o.shape());
  }

  private void whereKernel(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out,
      Layout ol) {
    Access c = s(cond).access;
    Access x = s(a).access;
    Access y = s(b).access;
    Access z = s(out).access;
    boolean fp = a.dtype().is_floating_point();
    Strided.forEachParallel(
        (base, step, n) -> {
          int ci = base[0];
          int i = base[1];
          int k = base[2];
          int o = base[3];
          for (int j = 0; j < n; j++, ci += step[0], i += step[1], k += step[2], o += step[3]) {
            boolean t = c.getL(ci) != 0;
            if (fp) {
              z.setD(o, t ? x.getD(i) : y.getD(k));
            } else {
              z.setL(o, t ? x.getL(i) : y.getL(k));
            }
          }
        },
        cl,
        al,
        bl,
        ol);
  }

  private void reduceKernel(
      ReduceOp op, Storage src, Layout sl, int[] dims, Storage out, Layout ol) {
    Reductions.reduce(op, s(src).access, src.dtype(), sl, dims, s(out).access, ol);
  }

  private void scanKernel(ScanOp op, Storage src, Layout sl, int dim, Storage out, Layout ol) {
    if (src.dtype() == DType.float32
        && ScanF32Kernels.scan(op, s(src).access, sl, dim, s(out).access, ol)) {
      return;
    }
    Reductions.scan(op, s(src).access, src.dtype(), sl, dim, s(out).access, ol);
  }

  /** float32/float64 products that go to BLAS. */
  private static boolean blasShape(DType dt, Layout al, Layout bl) {
    long n = al.shape()[1];
    long k = al.shape()[2];
    long m = bl.shape()[2];
    // Matrix-vector shapes stay in Java: ND4J's GEMM with one column measured 20x slower than a loop.
    return (dt == DType.float32 || dt == DType.float64) && n * k * m >= BLAS_THRESHOLD && n > 1
        && m > 1;
  }

  private void matmulKernel(Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    DType dt = a.dtype();
    if (blasShape(dt, al, bl)
        && Blas.gemm(dt, s(a).access, al, s(b).access, bl, null, null, s(out).access, ol)) {
      return;
    }
    MatMul.java(s(a).access, al, s(b).access, bl, s(out).access, ol, dt.is_floating_point());
  }

  private void gatherKernel(Storage src, long[] offsets, Storage out) {
    Access in = s(src).access;
    Access o = s(out).access;
    if (src.dtype().is_floating_point()) {
      for (int i = 0; i < offsets.length; i++) {
        o.setD(i, in.getD((int) offsets[i]));
      }
    } else {
      for (int i = 0; i < offsets.length; i++) {
        o.setL(i, in.getL((int) offsets[i]));
      }
    }
  }

  private void scatterKernel(
      Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate) {
    Access in = s(src).access;
    Access o = s(dst).access;
    boolean fp = src.dtype().is_floating_point();
    int[] from = Strided.offsets(srcLayout);
    for (int i = 0; i < offsets.length; i++) {
      int t = (int) offsets[i];
      if (fp) {
        o.setD(t, accumulate ? o.getD(t) + in.getD(from[i]) : in.getD(from[i]));
      } else {
        o.setL(t, accumulate ? o.getL(t) + in.getL(from[i]) : in.getL(from[i]));
      }
    }
  }

  // ---- tensor API (sort, det, inverse) ----

  @Override
  public void sort(
      Storage src,
      Layout sl,
      boolean descending,
      boolean stable,
      Storage values,
      Layout vl,
      Storage indices,
      Layout il) {
    try {
      BigKernels.refuse("sort", src, values, indices);
      SortKernels.sort(src, sl, descending, stable, values, vl, indices, il);
    } finally {
      fence(src, values, indices);
    }
  }

  @Override
  public void topk(
      Storage src,
      Layout sl,
      int k,
      boolean largest,
      boolean sorted,
      Storage values,
      Layout vl,
      Storage indices,
      Layout il) {
    try {
      BigKernels.refuse("topk", src, values, indices);
      SortKernels.topk(src, sl, k, largest, sorted, values, vl, indices, il);
    } finally {
      fence(src, values, indices);
    }
  }

  @Override
  public void det(Storage a, Layout al, Storage out) {
    try {
      BigKernels.refuse("det", a, out);
      LinAlgKernels.det(a, al, out);
    } finally {
      fence(a, out);
    }
  }

  @Override
  public void inverse(Storage a, Layout al, Storage out, long[] info) {
    try {
      BigKernels.refuse("inverse", a, out);
      LinAlgKernels.inverse(a, al, out, info);
    } finally {
      fence(a, out);
    }
  }

  @Override
  public void svd(Storage a, Layout al, boolean full, Storage u, Storage s, Storage vh) {
    try {
      BigKernels.refuse("svd", a, s);
      SvdKernels.svd(a, al, full, u, s, vh);
    } finally {
      fence(a, s, u == null ? s : u, vh == null ? s : vh);
    }
  }

  @Override
  public void scatterReduce(
      ScatterReduceOp op, Storage src, Layout srcLayout, Storage dst, long[] offsets) {
    try {
      BigKernels.refuse("scatter_reduce", src, dst);
      Access in = s(src).access;
      Access o = s(dst).access;
      int[] from = Strided.offsets(srcLayout);
      boolean fp = src.dtype().is_floating_point();
      for (int i = 0; i < offsets.length; i++) {
        int t = (int) offsets[i];
        if (fp) {
          double a = o.getD(t);
          double b = in.getD(from[i]);
          o.setD(t, switch (op) {
            case SUM -> a + b;
            case PROD -> a * b;
            case AMAX -> Double.isNaN(b) ? b : Double.isNaN(a) ? a : Math.max(a, b);
            case AMIN -> Double.isNaN(b) ? b : Double.isNaN(a) ? a : Math.min(a, b);
          });
        } else {
          long a = o.getL(t);
          long b = in.getL(from[i]);
          o.setL(t, switch (op) {
            case SUM -> a + b;
            case PROD -> a * b;
            case AMAX -> Math.max(a, b);
            case AMIN -> Math.min(a, b);
          });
        }
      }
    } finally {
      fence(src, dst);
    }
  }

  // ---- optim support: fused pointwise kernels ----

  @Override
  public void pointwise(
      dev.torchnd.spi.PointwiseOp op,
      double scalar,
      Storage a,
      Layout al,
      Storage b,
      Layout bl,
      Storage c,
      Layout cl,
      Storage out,
      Layout ol) {
    try {
      BigKernels.refuse("fused optimizer steps", a, b, c, out);
      Fused.run(
          op, scalar, s(a).access, al, s(b).access, bl, c == null ? null : s(c).access, cl,
          s(out).access, ol, out.dtype());
    } finally {
      fence(a, b, c, out);
    }
  }

  // ---- serialization support ----

  @Override
  public boolean exportBytes(Storage st, long start, int count, java.nio.ByteBuffer dst) {
    try {
      BigKernels.refuse("saving and loading", st);
      Access a = s(st).access;
      int from = Math.toIntExact(start);
      java.nio.ByteBuffer out = dst.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int bytes = count * st.dtype().itemsize();
      if (a instanceof Access.F32 f) {
        if (f.arr != null) {
          out.asFloatBuffer().put(f.arr, from, count);
        } else {
          out.asFloatBuffer().put(f.b.duplicate().position(from).limit(from + count));
        }
      } else if (a instanceof Access.F64 f) {
        if (f.arr != null) {
          out.asDoubleBuffer().put(f.arr, from, count);
        } else {
          out.asDoubleBuffer().put(f.b.duplicate().position(from).limit(from + count));
        }
      } else if (a instanceof Access.F16 f) {
        out.asShortBuffer().put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.BF16 f) {
        out.asShortBuffer().put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.I64 f) {
        out.asLongBuffer().put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.I32 f) {
        out.asIntBuffer().put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.I16 f) {
        out.asShortBuffer().put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.I8 f) {
        out.put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.U8 f) {
        out.put(f.b.duplicate().position(from).limit(from + count));
      } else if (a instanceof Access.B8 f) {
        out.put(f.b.duplicate().position(from).limit(from + count));
      } else {
        return false;
      }
      dst.position(dst.position() + bytes);
      return true;
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  @Override
  public boolean importBytes(Storage st, long start, int count, java.nio.ByteBuffer src) {
    try {
      BigKernels.refuse("saving and loading", st);
      Access a = s(st).access;
      int at = Math.toIntExact(start);
      int bytes = count * st.dtype().itemsize();
      java.nio.ByteBuffer in =
          src.slice().limit(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      if (a instanceof Access.F32 f) {
        if (f.arr != null) {
          in.asFloatBuffer().get(f.arr, at, count);
        } else {
          f.b.duplicate().position(at).put(in.asFloatBuffer());
        }
      } else if (a instanceof Access.F64 f) {
        if (f.arr != null) {
          in.asDoubleBuffer().get(f.arr, at, count);
        } else {
          f.b.duplicate().position(at).put(in.asDoubleBuffer());
        }
      } else if (a instanceof Access.F16 f) {
        f.b.duplicate().position(at).put(in.asShortBuffer());
      } else if (a instanceof Access.BF16 f) {
        f.b.duplicate().position(at).put(in.asShortBuffer());
      } else if (a instanceof Access.I64 f) {
        f.b.duplicate().position(at).put(in.asLongBuffer());
      } else if (a instanceof Access.I32 f) {
        f.b.duplicate().position(at).put(in.asIntBuffer());
      } else if (a instanceof Access.I16 f) {
        f.b.duplicate().position(at).put(in.asShortBuffer());
      } else if (a instanceof Access.I8 f) {
        f.b.duplicate().position(at).put(in);
      } else if (a instanceof Access.U8 f) {
        f.b.duplicate().position(at).put(in);
      } else if (a instanceof Access.B8 f) {
        java.nio.ByteBuffer b = f.b;
        for (int i = 0; i < count; i++) {
          b.put(at + i, in.get(i) != 0 ? (byte) 1 : (byte) 0);
        }
      } else {
        return false;
      }
      src.position(src.position() + bytes);
      return true;
    } finally {
      Reference.reachabilityFence(st);
    }
  }

  // ---- memory reuse: a running kernel keeps its storages reachable ----
  // A storage's array goes back to ArrayPool once the GC finds the storage unreachable. Kernels
  // work on the arrays and Access objects, and the JIT may drop a parameter as soon as it was last
  // read, so each entry point fences its storages until the kernel has finished; otherwise
  // another thread could be handed an input array while this one still reads it. A new Backend
  // method that takes a Storage follows the same pattern (StorageReachabilityTest checks it).

  @Override
  public void copy(Storage src, Layout srcLayout, Storage dst, Layout dstLayout) {
    try {
      if (BigKernels.any(src, dst)) {
        BigKernels.copy(src, srcLayout, dst, dstLayout);
        return;
      }
      copyKernel(src, srcLayout, dst, dstLayout);
    } finally {
      fence(src, dst);
    }
  }

  @Override
  public void fill(Storage dst, Layout layout, double value) {
    try {
      if (BigKernels.any(dst)) {
        BigKernels.fill(dst, layout, value);
        return;
      }
      fillKernel(dst, layout, value);
    } finally {
      Reference.reachabilityFence(dst);
    }
  }

  @Override
  public void fillLong(Storage dst, Layout layout, long value) {
    try {
      if (BigKernels.any(dst)) {
        BigKernels.fillLong(dst, layout, value);
        return;
      }
      fillLongKernel(dst, layout, value);
    } finally {
      Reference.reachabilityFence(dst);
    }
  }

  @Override
  public void unary(UnaryOp op, Storage src, Layout sl, Storage dst, Layout dl) {
    try {
      if (BigKernels.any(src, dst)) {
        BigKernels.unary(op, src, sl, dst, dl);
        return;
      }
      unaryKernel(op, src, sl, dst, dl);
    } finally {
      fence(src, dst);
    }
  }

  @Override
  public void binary(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    try {
      if (BigKernels.any(a, b, out)) {
        BigKernels.binary(op, a, al, b, bl, out, ol);
        return;
      }
      binaryKernel(op, a, al, b, bl, out, ol);
    } finally {
      fence(a, b, out);
    }
  }

  @Override
  public void where(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out,
      Layout ol) {
    try {
      if (BigKernels.any(cond, a, b, out)) {
        BigKernels.where(cond, cl, a, al, b, bl, out, ol);
        return;
      }
      whereKernel(cond, cl, a, al, b, bl, out, ol);
    } finally {
      fence(cond, a, b, out);
    }
  }

  @Override
  public void reduce(ReduceOp op, Storage src, Layout sl, int[] dims, Storage out, Layout ol) {
    try {
      if (BigKernels.any(src, out)) {
        BigKernels.reduce(op, src, sl, dims, out, ol);
        return;
      }
      reduceKernel(op, src, sl, dims, out, ol);
    } finally {
      fence(src, out);
    }
  }

  @Override
  public void scan(ScanOp op, Storage src, Layout sl, int dim, Storage out, Layout ol) {
    try {
      BigKernels.refuse(op.torchName(), src, out);
      scanKernel(op, src, sl, dim, out, ol);
    } finally {
      fence(src, out);
    }
  }

  @Override
  public void matmul(Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    try {
      BigKernels.refuse("matrix products", a, b, out);
      matmulKernel(a, al, b, bl, out, ol);
    } finally {
      fence(a, b, out);
    }
  }

  @Override
  public void matmulAdd(
      Storage a, Layout al, Storage b, Layout bl, Storage c, Layout cl, Storage out, Layout ol) {
    try {
      BigKernels.refuse("matrix products", a, b, c, out);
      DType dt = a.dtype();
      if (blasShape(dt, al, bl) && c.dtype() == dt
          && Blas.gemm(dt, s(a).access, al, s(b).access, bl, s(c).access, cl, s(out).access, ol)) {
        return;
      }
      matmulKernel(a, al, b, bl, out, ol);
      binaryKernel(BinaryOp.ADD, out, ol, c, cl, out, ol);
    } finally {
      fence(a, b, c, out);
    }
  }

  @Override
  public void gather(Storage src, long[] offsets, Storage out) {
    try {
      if (BigKernels.any(src, out)) {
        BigKernels.gather(src, offsets, out);
        return;
      }
      gatherKernel(src, offsets, out);
    } finally {
      fence(src, out);
    }
  }

  @Override
  public void scatter(
      Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate) {
    try {
      if (BigKernels.any(src, dst)) {
        BigKernels.scatter(src, srcLayout, dst, offsets, accumulate);
        return;
      }
      scatterKernel(src, srcLayout, dst, offsets, accumulate);
    } finally {
      fence(src, dst);
    }
  }

  private static void fence(Storage a, Storage b) {
    Reference.reachabilityFence(a);
    Reference.reachabilityFence(b);
  }

  private static void fence(Storage a, Storage b, Storage c) {
    Reference.reachabilityFence(a);
    Reference.reachabilityFence(b);
    Reference.reachabilityFence(c);
  }

  private static void fence(Storage a, Storage b, Storage c, Storage d) {
    Reference.reachabilityFence(a);
    Reference.reachabilityFence(b);
    Reference.reachabilityFence(c);
    Reference.reachabilityFence(d);
  }
}
