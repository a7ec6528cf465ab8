package dev.torchnd.spi;

import dev.torchnd.DType;

/**
 * The compute engine under TorchND. All PyTorch semantics (dtypes, promotion, broadcasting,
 * shapes, errors, autograd) live in the API; a backend only allocates typed buffers and runs
 * kernels over strided layouts whose shapes and dtypes the API has already checked.
 *
 * <p>Conventions every kernel may rely on: layouts passed together have equal shapes (inputs may
 * carry stride 0 where they broadcast); {@code dst}/{@code out} layouts never contain stride 0;
 * unless a method says otherwise, inputs and output share one dtype (the API casts first).
 * Backends are found with {@link java.util.ServiceLoader}; see {@code dev.torchnd.Backends}.
 */
public interface Backend {
  String name();

  /** A zero-filled buffer of {@code numel} elements. */
  Storage allocate(DType dtype, long numel);

  /** Threads a large kernel may use; {@code torch.get_num_threads()}. */
  default int numThreads() {
    return 1;
  }

  /** Sets {@link #numThreads()} ({@code n > 0}, checked by the caller). */
  default void setNumThreads(int n) {}

  /**
   * A buffer whose contents are unspecified, for results a kernel writes in full; saves the
   * zero-fill of {@link #allocate} on hot paths.
   */
  default Storage allocateUninitialized(DType dtype, long numel) {
    return allocate(dtype, numel);
  }

  /** A buffer holding {@code data} converted to {@code dtype} (floats, or 0/1 for bool). */
  Storage fromDoubles(DType dtype, double[] data);

  /** A buffer holding {@code data} converted to {@code dtype} (wrapping like a C cast). */
  Storage fromLongs(DType dtype, long[] data);

  /**
   * A float32 buffer holding {@code data} (copied: the caller may reuse the array); by default
   * through {@link #fromDoubles}, which holds every float exactly.
   */
  default Storage fromFloats(float[] data) {
    double[] d = new double[data.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = data[i];
    }
    return fromDoubles(DType.float32, d);
  }

  double getDouble(Storage s, long index);

  long getLong(Storage s, long index);

  void setDouble(Storage s, long index, double value);

  void setLong(Storage s, long index, long value);

  /** Copies {@code src} into {@code dst} element by element, casting as PyTorch's {@code copy_}. */
  void copy(Storage src, Layout srcLayout, Storage dst, Layout dstLayout);

  /** Writes {@code value} (already representable in the dtype) into every element. */
  void fill(Storage dst, Layout layout, double value);

  /** As {@link #fill(Storage, Layout, double)} for integral values that a double cannot hold. */
  void fillLong(Storage dst, Layout layout, long value);

  /** {@code dst = op(src)}; for {@link UnaryOp#LOGICAL_NOT}, {@code dst} is bool. */
  void unary(UnaryOp op, Storage src, Layout srcLayout, Storage dst, Layout dstLayout);

  /**
   * {@code out = op(a, b)}; {@code a} and {@code b} share a dtype, {@code out} has it too except
   * for comparisons and logical ops ({@link BinaryOp#boolResult()}), whose output is bool.
   *
   * @throws ArithmeticException on integral division or remainder by zero
   */
  void binary(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout outLayout);

  /** {@code out = cond ? a : b}; {@code cond} is bool, {@code a}, {@code b}, {@code out} share a dtype. */
  void where(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol);

  /**
   * Reduces {@code src} over {@code dims} (sorted, distinct) into {@code out}, whose layout has
   * the reduced dims kept with size 1. {@code out} has the source dtype, except bool for
   * ALL/ANY and int64 for ARGMAX/ARGMIN (which take exactly one dim).
   */
  void reduce(ReduceOp op, Storage src, Layout srcLayout, int[] dims, Storage out, Layout ol);

  /** Inclusive scan along {@code dim}; {@code src} and {@code out} share dtype and shape. */
  void scan(ScanOp op, Storage src, Layout srcLayout, int dim, Storage out, Layout outLayout);

  /**
   * Batched matrix product: {@code a} is [B, n, k], {@code b} is [B, k, m], {@code out} is
   * [B, n, m], all one floating or integral dtype.
   */
  void matmul(Storage a, Layout al, Storage b, Layout bl, Storage out, Layout outLayout);

  /**
   * {@code out = c + a @ b} as one BLAS call with {@code beta = 1} where the backend has one
   * (PyTorch's {@code addmm} copies {@code c} into the result and calls gemm with {@code beta =
   * 1}, so with K split into blocks the bias joins the first block's partial sum, not the
   * finished product). {@code c} has {@code out}'s shape [B, n, m], possibly with broadcast
   * (0) strides, and does not overlap {@code out}. This default is the product, then the add.
   */
  default void matmulAdd(
      Storage a, Layout al, Storage b, Layout bl, Storage c, Layout cl, Storage out, Layout ol) {
    matmul(a, al, b, bl, out, ol);
    binary(BinaryOp.ADD, out, ol, c, cl, out, ol);
  }

  /**
   * Gathers {@code src} elements at the given storage offsets into a contiguous {@code out} of
   * the same dtype ({@code offsets.length == out} numel).
   */
  void gather(Storage src, long[] offsets, Storage out);

  /**
   * Writes the elements of {@code src} (laid out as {@code srcLayout}, same dtype, numel equal to
   * {@code offsets.length}) to {@code dst} at the given storage offsets, adding to what is there
   * when {@code accumulate}.
   */
  void scatter(Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate);

  // ---- device support: index tensors as storage ----

  /**
   * As {@link #gather(Storage, long[], Storage)} with the storage offsets in an int64 storage
   * ({@code offsetsLayout} contiguous, numel equal to {@code out}'s), so that a device backend
   * gathers by an index that never leaves the device. An offset out of the storage's range
   * throws (an {@code IndexOutOfBoundsException} or the backend's own exception): API code maps
   * invalid indices to such an offset and reports PyTorch's error. This default reads the
   * offsets to the host.
   */
  default void gather(Storage src, Storage offsets, Layout offsetsLayout, Storage out) {
    gather(src, readOffsets(offsets, offsetsLayout), out);
  }

  /** As {@link #scatter(Storage, Layout, Storage, long[], boolean)}, offsets as for the gather above. */
  default void scatter(
      Storage src, Layout srcLayout, Storage dst, Storage offsets, Layout offsetsLayout,
      boolean accumulate) {
    scatter(src, srcLayout, dst, readOffsets(offsets, offsetsLayout), accumulate);
  }

  /** The offsets of a contiguous int64 layout, read to the host; out-of-range ones throw there. */
  private long[] readOffsets(Storage offsets, Layout l) {
    long[] o = readLongs(offsets, l.offset(), Math.toIntExact(l.numel()));
    for (long v : o) {
      if (v < 0) {
        throw new IndexOutOfBoundsException("offset " + v);
      }
    }
    return o;
  }

  // ---- device support ----

  /**
   * The device type this backend's storages live on: {@code "cpu"}, or {@code "cuda"} for a
   * device backend (whose storages report {@code cuda:0} from {@link Storage#device()}).
   */
  default String deviceType() {
    return "cpu";
  }

  /** How many devices of {@link #deviceType()} this backend can use here (0: none). */
  default int deviceCount() {
    return 1;
  }

  /** {@code n} elements from {@code offset} as doubles, in one transfer where the backend can. */
  default double[] readDoubles(Storage s, long offset, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = getDouble(s, offset + i);
    }
    return out;
  }

  /** {@code n} elements from {@code offset} as longs (floats truncate), in one transfer. */
  default long[] readLongs(Storage s, long offset, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = getLong(s, offset + i);
    }
    return out;
  }

  // ---- tensor API (sort, det, inverse) ----

  /**
   * Sort along the last dim of {@code srcLayout}, NaN above every number: with {@code stable},
   * equal keys keep their order (also when {@code descending}); without, equal keys land where
   * PyTorch's CPU sort (libstdc++'s std::sort) puts them. {@code values} gets {@code src}'s dtype
   * and {@code indices} int64 positions, both laid out as given (same shape as the source).
   */
  void sort(
      Storage src,
      Layout srcLayout,
      boolean descending,
      boolean stable,
      Storage values,
      Layout valuesLayout,
      Storage indices,
      Layout indicesLayout);

  /**
   * The {@code k} largest (or smallest) elements of each row (last dim) of {@code srcLayout}, in
   * PyTorch's CPU order (sorted when {@code sorted}; ties as its partial sort leaves them), into
   * rows of {@code k}: values in {@code src}'s dtype, int64 indices.
   */
  void topk(
      Storage src,
      Layout srcLayout,
      int k,
      boolean largest,
      boolean sorted,
      Storage values,
      Layout valuesLayout,
      Storage indices,
      Layout indicesLayout);

  /** Determinants of the [B, n, n] matrices of {@code al} into contiguous {@code out} ([B], float dtype). */
  void det(Storage a, Layout al, Storage out);

  /**
   * Inverses of the [B, n, n] matrices of {@code al} into contiguous {@code out}; {@code info[b]}
   * is the 1-based index of the first zero pivot of matrix {@code b} (it is singular), else 0.
   */
  void inverse(Storage a, Layout al, Storage out, long[] info);

  // ---- singular value decomposition (issue 11, branch ops-index) ----

  /**
   * Singular value decompositions of the [B, m, n] matrices of {@code al} (float32 or float64,
   * m and n not 0): {@code s} gets the contiguous [B, k] singular values (k = min(m, n)) in
   * descending order; unless {@code u} is null, {@code u} gets contiguous [B, m, full ? m : k]
   * left singular vectors and {@code vh} [B, full ? n : k, n] conjugate-transposed right ones,
   * all in the input's dtype. Signs are the implementation's.
   */
  void svd(Storage a, Layout al, boolean full, Storage u, Storage s, Storage vh);

  /**
   * {@code dst[offsets[i]] = op(dst[offsets[i]], src[i])} for each element of {@code src} (laid
   * out as {@code srcLayout}, same dtype as {@code dst}) in order, as PyTorch's scatter_reduce
   * kernel; integral arithmetic wraps like C.
   */
  void scatterReduce(ScatterReduceOp op, Storage src, Layout srcLayout, Storage dst, long[] offsets);

  // ---- optim support: fused pointwise kernels ----

  /**
   * {@code out = op(a, b, c; scalar)} for floating dtypes ({@link PointwiseOp}); all four share a
   * dtype and {@code out}'s shape ({@code c} and {@code cl} are null for {@link
   * PointwiseOp#ADD_ALPHA}). float16/bfloat16 compute in float32. This default walks the layouts
   * element by element; backends override it with array loops.
   */
  default void pointwise(
      PointwiseOp op,
      double scalar,
      Storage a,
      Layout al,
      Storage b,
      Layout bl,
      Storage c,
      Layout cl,
      Storage out,
      Layout ol) {
    long n = ol.numel();
    long[] shape = ol.shape();
    long[] idx = new long[shape.length];
    boolean dbl = out.dtype() == DType.float64;
    float sf = (float) scalar;
    for (long i = 0; i < n; i++) {
      long ia = al.offset();
      long ib = bl.offset();
      long ic = cl == null ? 0 : cl.offset();
      long io = ol.offset();
      for (int d = 0; d < shape.length; d++) {
        ia += idx[d] * al.strides()[d];
        ib += idx[d] * bl.strides()[d];
        ic += cl == null ? 0 : idx[d] * cl.strides()[d];
        io += idx[d] * ol.strides()[d];
      }
      double x = getDouble(a, ia);
      double y = getDouble(b, ib);
      double z = c == null ? 0 : getDouble(c, ic);
      setDouble(
          out,
          io,
          dbl ? op.apply(scalar, x, y, z) : op.apply(sf, (float) x, (float) y, (float) z));
      for (int d = shape.length - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
  }

  // ---- serialization support ----

  /**
   * Copies elements {@code [start, start + count)} of {@code s} into {@code dst} as raw
   * little-endian bytes (the layout of a PyTorch storage record), advancing its position.
   * Returns false when this backend has no bulk path; callers then go element by element.
   */
  default boolean exportBytes(Storage s, long start, int count, java.nio.ByteBuffer dst) {
    return false;
  }

  /**
   * Fills elements {@code [start, start + count)} of {@code s} from raw little-endian bytes in
   * {@code src}, advancing its position; bool bytes other than 0 become 1. Returns false when
   * this backend has no bulk path.
   */
  default boolean importBytes(Storage s, long start, int count, java.nio.ByteBuffer src) {
    return false;
  }
}
