package dev.torchnd;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.GraphOp;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.PointwiseOp;
import dev.torchnd.spi.Storage;
import dev.torchnd.spi.UnaryOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A multi-dimensional array with PyTorch's semantics: dtypes and type promotion, broadcasting,
 * views that share storage, autograd, and PyTorch's printed form. Create tensors with the static
 * functions in {@link Torch}.
 *
 * <pre>{@code
 * Tensor x = arange(12).reshape(3, 4);
 * x.get("1:3, :")   // tensor([[ 4,  5,  6,  7],
 *                   //         [ 8,  9, 10, 11]])
 * }</pre>
 */
public class Tensor implements Iterable<Tensor> {

  // ---------------------------------------- state and construction

  // Not final: set_data (PyTorch's `t.data = other`) swaps them, as Module.to(dtype) needs.
  Storage storage;
  private DType dtype;
  long[] shape;
  long[] strides;
  long offset;
  /** Shared by all views of one storage: PyTorch's version counter. */
  private final int[] versionCell;

  /** The tensor this one is a view of (null for a base tensor). */
  Tensor base;
  /** A Java scalar promoted like a Python number. */
  boolean wrappedNumber;
  /**
   * The Java value a wrapped number was made from (see {@code Torch.scalar}), so that rules reading
   * it (overflow checks, clamp's NaN bounds) need not read a {@code cuda} storage back; null for
   * every other tensor, copies and casts included.
   */
  Number hostScalar;

  /** The wrapped number's Java value where known, else the element read. */
  double scalarDouble() {
    return hostScalar != null ? hostScalar.doubleValue() : doubleValue();
  }

  /** As {@link #scalarDouble()} for integral values. */
  long scalarLong() {
    return hostScalar != null && !(hostScalar instanceof Double) ? hostScalar.longValue()
        : longValue();
  }

  boolean requiresGrad;
  Tensor grad;
  Node gradFn;
  boolean retainsGrad;
  List<UnaryOperator<Tensor>> hooks;

  Tensor(Storage storage, DType dtype, long[] shape, long[] strides, long offset, int[] versionCell) {
    this.storage = storage;
    this.dtype = dtype;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.versionCell = versionCell;
  }

  /**
   * An alias of {@code data} for subclasses such as {@code nn.Parameter}: shares its storage,
   * layout and version counter, starts outside the graph (no grad_fn) and with {@code
   * requires_grad} set as given. PyTorch: {@code torch.Tensor._make_subclass(cls, data,
   * require_grad)}.
   */
  protected Tensor(Tensor data, boolean requiresGrad) {
    this(data.storage, data.dtype, data.shape, data.strides, data.offset, data.versionCell);
    this.base = data.base;
    if (requiresGrad && !dtype.is_floating_point()) {
      throw new IllegalStateException(
          "Only Tensors of floating point and complex dtype can require gradients");
    }
    this.requiresGrad = requiresGrad;
  }

  /** A fresh contiguous tensor with uninitialised (zeroed) contents. */
  static Tensor empty(long[] shape, DType dtype) {
    Shapes.checkNonNegative(shape);
    Storage s = Backends.get().allocate(dtype, Shapes.numel(shape));
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /** As {@link #empty(long[], DType)} on {@code device} (already resolved and checked). */
  static Tensor empty(long[] shape, DType dtype, Device device) {
    Shapes.checkNonNegative(shape);
    Storage s = Backends.of(device).allocate(dtype, Shapes.numel(shape));
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /** A fresh contiguous tensor for a result that a kernel writes in full (no zero-fill). */
  static Tensor uninit(long[] shape, DType dtype) {
    Shapes.checkNonNegative(shape);
    Storage s = Backends.get().allocateUninitialized(dtype, Shapes.numel(shape));
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /** As {@link #uninit(long[], DType)} on {@code device} (already resolved and checked). */
  static Tensor uninit(long[] shape, DType dtype, Device device) {
    Shapes.checkNonNegative(shape);
    Storage s = Backends.of(device).allocateUninitialized(dtype, Shapes.numel(shape));
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /**
   * Wraps a backend storage as a tensor without copying. For backends and interop code (such as
   * {@code Nd4jInterop.fromINDArray}); PyTorch: {@code torch.as_strided} over a storage.
   */
  public static Tensor wrap(Storage storage, long[] shape, long[] strides, long offset) {
    return new Tensor(storage, storage.dtype(), shape.clone(), strides.clone(), offset, new int[1]);
  }

  /** A view sharing storage and version counter. */
  Tensor view(long[] newShape, long[] newStrides, long newOffset) {
    Tensor v = new Tensor(storage, dtype, newShape, newStrides, newOffset, versionCell);
    v.base = base != null ? base : this;
    return v;
  }

  // ---------------------------------------- metadata

  /** The element type. PyTorch: {@code t.dtype}. */
  public DType dtype() {
    return dtype;
  }

  /** The shape, e.g. {@code torch.Size([3, 4])}. PyTorch: {@code t.shape}. */
  public Size shape() {
    return new Size(shape);
  }

  /** Same as {@link #shape()}. PyTorch: {@code t.size()}. */
  public Size size() {
    return shape();
  }

  /** The length of one dimension; negative dims count from the end. PyTorch: {@code t.size(dim)}. */
  public long size(int dim) {
    if (shape.length == 0) {
      throw new IndexOutOfBoundsException(
          "Dimension specified as " + dim + " but tensor has no dimensions");
    }
    return shape[Shapes.wrapDim(dim, shape.length)];
  }

  long[] shapeArray() {
    return shape.clone();
  }

  /** Element strides. PyTorch: {@code t.stride()}. */
  public long[] stride() {
    return strides.clone();
  }

  /** PyTorch: {@code t.stride(dim)}. */
  public long stride(int dim) {
    return strides[Shapes.wrapDim(dim, shape.length)];
  }

  /** PyTorch: {@code t.storage_offset()}. */
  public long storage_offset() {
    return offset;
  }

  /** The backend buffer this tensor views (shared with its views). */
  public Storage storage() {
    return storage;
  }

  Layout layout() {
    return new Layout(shape, strides, offset);
  }

  /** Number of dimensions. PyTorch: {@code t.dim()}. */
  public int dim() {
    return shape.length;
  }

  /** Same as {@link #dim()}. PyTorch: {@code t.ndim}. */
  public int ndim() {
    return shape.length;
  }

  /** Number of elements. PyTorch: {@code t.numel()}. */
  public long numel() {
    return Shapes.numel(shape);
  }

  /** Length of the first dimension. PyTorch: {@code len(t)}. */
  public long len() {
    if (shape.length == 0) {
      throw new IllegalArgumentException("len() of a 0-d tensor");
    }
    return shape[0];
  }

  /** PyTorch: {@code t.is_contiguous()}. */
  public boolean is_contiguous() {
    return layout().isContiguous();
  }

  /** PyTorch: {@code t.is_floating_point()}. */
  public boolean is_floating_point() {
    return dtype.is_floating_point();
  }

  /** PyTorch: {@code t.element_size()}. */
  public int element_size() {
    return dtype.itemsize();
  }

  int version() {
    return versionCell[0];
  }

  void bumpVersion() {
    versionCell[0]++;
  }

  /** PyTorch: {@code t._version}. */
  public int _version() {
    return versionCell[0];
  }

  /** True when both tensors view the same storage. */
  public boolean shares_storage(Tensor other) {
    return storage == other.storage;
  }

  long storageIndex(long flat) {
    long idx = offset;
    for (int d = shape.length - 1; d >= 0; d--) {
      long n = shape[d];
      idx += (flat % n) * strides[d];
      flat /= n;
    }
    return idx;
  }

  /** The device holding this tensor's memory. PyTorch: {@code t.device}. */
  public Device device() {
    return storage.device();
  }

  /** PyTorch: {@code t.is_cuda}. */
  public boolean is_cuda() {
    return storage.device().isCuda();
  }

  /** The CUDA device index, or -1 on the CPU. PyTorch: {@code t.get_device()}. */
  public int get_device() {
    Device d = storage.device();
    return d.isCpu() ? -1 : d.index();
  }

  // ---------------------------------------- element access and Java values

  double getDoubleFlat(long flat) {
    return Backends.get().getDouble(storage, storageIndex(flat));
  }

  long getLongFlat(long flat) {
    return Backends.get().getLong(storage, storageIndex(flat));
  }

  private void requireOneElement() {
    if (numel() != 1) {
      throw new IllegalArgumentException("only one element tensors can be converted to Python scalars");
    }
  }

  /** The same as {@link #item()}. */
  public Object itemObject() {
    requireOneElement();
    if (dtype.is_floating_point()) {
      return getDoubleFlat(0);
    }
    if (dtype == DType.bool) {
      return getLongFlat(0) != 0;
    }
    return getLongFlat(0);
  }

  /**
   * The single value as the Java counterpart of the Python number PyTorch returns: {@code Long}
   * for integral dtypes, {@code Double} for floating ones, {@code Boolean} for bool. For
   * arithmetic use the typed forms {@link #doubleValue()} ({@code float(t)}), {@link #longValue()}
   * ({@code int(t)}) and {@link #booleanValue()} ({@code bool(t)}). PyTorch: {@code t.item()}.
   *
   * <pre>{@code tensor(new double[] {3.5}).item()   // 3.5
   * tensor(true).item()                  // true (Python: True)
   * tensor(new double[] {3.5}).doubleValue() + 1   // 4.5}</pre>
   */
  public Object item() {
    return itemObject();
  }

  /** PyTorch: {@code float(t)}. */
  public double doubleValue() {
    requireOneElement();
    return dtype.is_floating_point() ? getDoubleFlat(0) : getLongFlat(0);
  }

  /** PyTorch: {@code float(t)}, narrowed to a Java float. */
  public float floatValue() {
    return (float) doubleValue();
  }

  /** PyTorch: {@code int(t)}: truncates toward zero. */
  public long longValue() {
    requireOneElement();
    if (!dtype.is_floating_point()) {
      return getLongFlat(0);
    }
    double v = getDoubleFlat(0);
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(v)) {
      throw new ArithmeticException("cannot convert float infinity to integer");
    }
    if (v >= 0x1p63 || v < -0x1p63) {
      throw new ArithmeticException("Python int too large to convert to C long");
    }
    return (long) v;
  }

  /** PyTorch: {@code int(t)}, narrowed to a Java int. */
  public int intValue() {
    return (int) longValue();
  }

  /** PyTorch: {@code bool(t)}; used where Python code writes {@code if t:} or {@code while t:}. */
  public boolean booleanValue() {
    if (numel() == 0) {
      throw new IllegalStateException("Boolean value of Tensor with no values is ambiguous");
    }
    if (numel() != 1) {
      throw new IllegalStateException("Boolean value of Tensor with more than one value is ambiguous");
    }
    return dtype.is_floating_point() ? getDoubleFlat(0) != 0 : getLongFlat(0) != 0;
  }

  /** All elements in row-major order as doubles. */
  public double[] toDoubleArray() {
    Tensor c = contiguousData();
    int n = (int) numel();
    return Backends.get().readDoubles(c.storage, c.offset, n);
  }

  /** All elements in row-major order as longs (floats truncate toward zero). */
  public long[] toLongArray() {
    Tensor c = contiguousData();
    int n = (int) numel();
    return Backends.get().readLongs(c.storage, c.offset, n);
  }

  /** All elements in row-major order as floats. */
  public float[] toFloatArray() {
    double[] d = toDoubleArray();
    float[] out = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = (float) d[i];
    }
    return out;
  }

  /** All elements in row-major order as booleans (non-zero is true). */
  public boolean[] toBooleanArray() {
    long[] l = toLongArray();
    boolean[] out = new boolean[l.length];
    if (dtype.is_floating_point()) {
      double[] d = toDoubleArray();
      for (int i = 0; i < d.length; i++) {
        out[i] = d[i] != 0;
      }
      return out;
    }
    for (int i = 0; i < l.length; i++) {
      out[i] = l[i] != 0;
    }
    return out;
  }

  /**
   * Nested Java lists of {@code Long}, {@code Double} or {@code Boolean}; a 0-d tensor gives the
   * bare value. PyTorch: {@code t.tolist()}.
   */
  public Object tolist() {
    if (shape.length == 0) {
      return itemObject();
    }
    Object[] flat = new Object[(int) numel()];
    for (int i = 0; i < flat.length; i++) {
      flat[i] =
          dtype.is_floating_point()
              ? (Object) getDoubleFlat(i)
              : dtype == DType.bool ? (Object) (getLongFlat(i) != 0) : (Object) getLongFlat(i);
    }
    return nest(flat, 0, 0);
  }

  private List<Object> nest(Object[] flat, int dim, int start) {
    List<Object> out = new ArrayList<>();
    long inner = 1;
    for (int d = dim + 1; d < shape.length; d++) {
      inner *= shape[d];
    }
    for (int i = 0; i < shape[dim]; i++) {
      int s = (int) (start + i * inner);
      out.add(dim == shape.length - 1 ? flat[s] : nest(flat, dim + 1, s));
    }
    return out;
  }

  // ---------------------------------------- copies, casts, devices, fills

  /** The legacy type name, e.g. {@code torch.FloatTensor}. PyTorch: {@code t.type()}. */
  public String type() {
    return dtype.legacyTypeName();
  }

  /** {@link #to(DType)}. PyTorch: {@code t.type(dtype)}; {@link #type()} gives the type name. */
  public Tensor type(DType target) {
    return to(target);
  }

  /** A cast named by a legacy type such as {@code "torch.FloatTensor"}. PyTorch: {@code t.type(name)}. */
  public Tensor type(String legacyName) {
    for (DType d : DType.values()) {
      if (d.legacyTypeName().equals(legacyName)) {
        return to(d);
      }
    }
    throw new IllegalArgumentException("invalid type: '" + legacyName + "'");
  }

  /** Data only (no autograd): this tensor if contiguous, else a contiguous copy. */
  private Tensor contiguousData() {
    return is_contiguous() ? this : rawCopy(dtype);
  }

  /** A contiguous copy converted to {@code target}, without autograd. */
  Tensor rawCopy(DType target) {
    Tensor out = uninit(shape, target, storage.device());
    Backends.get().copy(storage, layout(), out.storage, out.layout());
    return out;
  }

  /** This tensor, or a converted copy when the dtype differs; never recorded by autograd. */
  Tensor castTo(DType target) {
    if (target == dtype) {
      return this;
    }
    Tensor t = rawCopy(target);
    t.wrappedNumber = wrappedNumber;
    return t;
  }

  /** Writes {@code src} (same shape) into this tensor's elements, casting; no autograd, no version bump. */
  void copyFrom(Tensor src) {
    Backends.get().copy(src.storage, src.layout(), storage, layout());
  }

  /** A data copy of this tensor carrying its current graph position (for in-place autograd). */
  Tensor shallowSnapshot() {
    Tensor snap = rawCopy(dtype);
    snap.requiresGrad = requiresGrad;
    snap.gradFn = gradFn;
    return snap;
  }

  /**
   * A copy with the given dtype; returns this tensor when the dtype already matches.
   * PyTorch: {@code t.to(dtype)}.
   */
  public Tensor to(DType target) {
    if (target == dtype) {
      return this;
    }
    Tensor out = rawCopy(target);
    if (target.is_floating_point()) {
      Autograd.record(GraphOp.TO_COPY, out, "ToCopyBackward0", new Tensor[] {this}, g -> new Tensor[] {g.to(dtype)});
    }
    return out;
  }

  /** PyTorch: {@code t.to(dtype, copy=True)}. */
  public Tensor to(DType target, boolean copy) {
    return copy && target == dtype ? clone() : to(target);
  }

  /**
   * This tensor on {@code device}: itself when it is already there, else a copy that autograd
   * sees through. PyTorch: {@code t.to(device)}.
   *
   * <pre>{@code ones(2).to(device("cuda"))   // tensor([1., 1.], device='cuda:0')}</pre>
   *
   * @throws IllegalStateException {@code Torch not compiled with CUDA enabled} where no CUDA
   *     backend is available
   */
  public Tensor to(Device device) {
    Device target = Devices.checked(device);
    Device here = storage.device();
    if (target.equals(here)) {
      return this;
    }
    Tensor out = uninit(shape, dtype, target);
    Backends.get().copy(storage, layout(), out.storage, out.layout());
    out.wrappedNumber = wrappedNumber;
    if (dtype.is_floating_point()) {
      Autograd.record(out, "ToCopyBackward0", new Tensor[] {this}, g -> new Tensor[] {g.to(here)});
    }
    return out;
  }

  /** PyTorch: {@code t.to("cuda:0")}; the string is parsed as {@link Device#of(String)}. */
  public Tensor to(String device) {
    return to(Device.of(device));
  }

  /** PyTorch: {@code t.to(device, dtype)}. */
  public Tensor to(Device device, DType target) {
    return to(device).to(target);
  }

  /** PyTorch: {@code t.to(other)}: the dtype and device of {@code other}. */
  public Tensor to(Tensor other) {
    return to(other.device()).to(other.dtype);
  }

  /** PyTorch: {@code t.float()}. */
  public Tensor float_() {
    return to(DType.float32);
  }

  /** PyTorch: {@code t.double()}. */
  public Tensor double_() {
    return to(DType.float64);
  }

  /** PyTorch: {@code t.long()}. */
  public Tensor long_() {
    return to(DType.int64);
  }

  /** PyTorch: {@code t.int()}. */
  public Tensor int_() {
    return to(DType.int32);
  }

  /** PyTorch: {@code t.bool()}. */
  public Tensor bool_() {
    return to(DType.bool);
  }

  /** PyTorch: {@code t.half()}. */
  public Tensor half() {
    return to(DType.float16);
  }

  /** PyTorch: {@code t.type_as(other)}. */
  public Tensor type_as(Tensor other) {
    return to(other.dtype);
  }

  /** A copy in new storage, still connected to the graph. PyTorch: {@code t.clone()}. */
  public Tensor clone() {
    Tensor out = rawCopy(dtype);
    return Autograd.record(out, "CloneBackward0", new Tensor[] {this}, g -> new Tensor[] {g});
  }

  /** This tensor if contiguous, else a contiguous copy. PyTorch: {@code t.contiguous()}. */
  public Tensor contiguous() {
    return is_contiguous() ? this : clone();
  }

  /**
   * Copies {@code src} into this tensor in place, broadcasting and casting. Returns this tensor.
   * PyTorch: {@code t.copy_(src)}.
   */
  public Tensor copy_(Tensor src) {
    Autograd.checkInplace(this);
    long[] bshape = Shapes.broadcast(shape, src.shape);
    if (!java.util.Arrays.equals(bshape, shape)) {
      throw new IllegalArgumentException(
          "output with shape " + Shapes.list(shape) + " doesn't match the broadcast shape "
              + Shapes.list(bshape));
    }
    Layout from = Shapes.expandLayout(src.layout(), shape);
    Tensor source = src;
    if (src.storage == storage) {
      source = src.rawCopy(src.dtype);
      from = Shapes.expandLayout(source.layout(), shape);
    }
    Backends.get().copy(source.storage, from, storage, layout());
    bumpVersion();
    if (Autograd.needsGrad(this, src)) {
      DType srcType = src.dtype;
      long[] srcShape = src.shapeArray();
      Autograd.record(
          this,
          "CopyBackwards",
          new Tensor[] {shallowGraphOnly(), src},
          g -> new Tensor[] {Torch.zeros_like(g), Autograd.sumTo(g, srcShape).to(srcType)});
    }
    return this;
  }

  /** A stand-in carrying only this tensor's graph position (no data needed by the rule). */
  private Tensor shallowGraphOnly() {
    Tensor t = new Tensor(storage, dtype, shape, strides, offset, new int[1]);
    t.requiresGrad = requiresGrad;
    t.gradFn = gradFn;
    return t;
  }

  /** Fills with {@code value} in place. PyTorch: {@code t.fill_(value)}. */
  public Tensor fill_(double value) {
    Autograd.checkInplace(this);
    ScalarCheck.check(value, dtype, true);
    Backends.get().fill(storage, layout(), value);
    bumpVersion();
    return this;
  }

  /** Fills with an integral {@code value} in place. PyTorch: {@code t.fill_(value)}. */
  public Tensor fill_(long value) {
    Autograd.checkInplace(this);
    ScalarCheck.check(value, dtype, true);
    if (dtype.is_floating_point()) {
      Backends.get().fill(storage, layout(), value);
    } else {
      Backends.get().fillLong(storage, layout(), value);
    }
    bumpVersion();
    return this;
  }

  /** PyTorch: {@code t.fill_(True)}. */
  public Tensor fill_(boolean value) {
    return fill_(value ? 1L : 0L);
  }

  /** Fills with zeros in place. PyTorch: {@code t.zero_()}. */
  public Tensor zero_() {
    return fill_(0L);
  }

  /**
   * Frees this tensor's buffer now instead of when the garbage collector finds it. Views share
   * the buffer, so they become unusable too; any later use raises {@link IllegalStateException}.
   * Not in PyTorch, whose buffers are reference-counted; useful in tight loops on large data.
   */
  public void close() {
    storage.close();
  }

  /** This tensor on {@code cuda:0}. PyTorch: {@code t.cuda()}. */
  public Tensor cuda() {
    return to(Devices.cuda0());
  }

  /** This tensor on {@code cuda:index}. PyTorch: {@code t.cuda(index)}. */
  public Tensor cuda(int index) {
    return to(Device.of("cuda", index));
  }

  /** This tensor in CPU memory (itself if it is there). PyTorch: {@code t.cpu()}. */
  public Tensor cpu() {
    return to(Device.CPU);
  }

  // ---------------------------------------- new_* factories

  /** Zeros of {@code size} with this tensor's dtype. PyTorch: {@code t.new_zeros(size)}. */
  public Tensor new_zeros(long... size) {
    return Torch.zeros(size, dtype);
  }

  /** Ones of {@code size} with this tensor's dtype. PyTorch: {@code t.new_ones(size)}. */
  public Tensor new_ones(long... size) {
    return Torch.ones(size, dtype);
  }

  /** Uninitialised (here: zeroed) of {@code size} with this dtype. PyTorch: {@code t.new_empty(size)}. */
  public Tensor new_empty(long... size) {
    return Torch.empty(size, dtype);
  }

  /** {@code value} everywhere, this tensor's dtype. PyTorch: {@code t.new_full(size, value)}. */
  public Tensor new_full(long[] size, double value) {
    return Torch.full(size, value, dtype);
  }

  /** {@link #new_full(long[], double)} with a Java integer. */
  public Tensor new_full(long[] size, long value) {
    return Torch.full(size, value, dtype);
  }

  /** {@link #new_full(long[], double)} with a Java boolean. */
  public Tensor new_full(long[] size, boolean value) {
    return Torch.full(size, value ? 1L : 0L, dtype);
  }

  /**
   * A new tensor from Java data (as {@link Torch#tensor(Object)} reads it) with this tensor's
   * dtype. PyTorch: {@code t.new_tensor(data)}.
   */
  public Tensor new_tensor(Object data) {
    return Torch.tensor(data, dtype);
  }

  // ---------------------------------------- autograd

  /**
   * Makes this tensor view {@code data}'s storage, dtype and shape, keeping its own identity,
   * autograd flags and version counter. PyTorch: {@code t.data = data}.
   */
  public void set_data(Tensor data) {
    this.storage = data.storage;
    this.dtype = data.dtype;
    this.shape = data.shape;
    this.strides = data.strides;
    this.offset = data.offset;
    this.base = data.base;
  }

  /** PyTorch: {@code t.requires_grad}. */
  public boolean requires_grad() {
    return requiresGrad;
  }

  /** Starts (or stops) recording operations on this leaf. PyTorch: {@code t.requires_grad_()}. */
  public Tensor requires_grad_() {
    return requires_grad_(true);
  }

  /** PyTorch: {@code t.requires_grad_(flag)}. */
  public Tensor requires_grad_(boolean flag) {
    if (gradFn != null) {
      if (!flag) {
        throw new IllegalStateException(
            "you can only change requires_grad flags of leaf variables. If you want to use a"
                + " computed variable in a subgraph that doesn't require differentiation use"
                + " var_no_grad = var.detach().");
      }
      return this;
    }
    if (flag && !dtype.is_floating_point()) {
      throw new IllegalStateException("only Tensors of floating point dtype can require gradients");
    }
    requiresGrad = flag;
    return this;
  }

  /** The accumulated gradient, or null before the first backward. PyTorch: {@code t.grad}. */
  public Tensor grad() {
    return grad;
  }

  /** Replaces (or with null clears) the gradient. PyTorch: {@code t.grad = g}. */
  public void set_grad(Tensor g) {
    if (g != null && !Arrays.equals(g.shape, shape)) {
      throw new IllegalArgumentException(
          "assigned grad has data of a different size");
    }
    grad = g;
  }

  /** PyTorch: {@code t.is_leaf}. */
  public boolean is_leaf() {
    return gradFn == null;
  }

  /**
   * The node that produced this tensor, or null for a leaf; {@code grad_fn().name()} is e.g.
   * {@code MulBackward0}, {@code next_functions()} its edges. PyTorch: {@code t.grad_fn}.
   *
   * <pre>{@code
   * ones(2).requires_grad_().mul(2).grad_fn()   // <MulBackward0 object at 0x1b6d3586>
   * }</pre>
   */
  public dev.torchnd.autograd.graph.Node grad_fn() {
    return gradFn == null ? null : gradFn.shown();
  }

  /** Keeps {@code .grad} for a non-leaf after backward. PyTorch: {@code t.retain_grad()}. */
  public void retain_grad() {
    if (!requiresGrad) {
      throw new IllegalStateException("can't retain_grad on Tensor that has requires_grad=False");
    }
    if (gradFn != null) {
      retainsGrad = true;
    }
  }

  /** PyTorch: {@code t.retains_grad}. */
  public boolean retains_grad() {
    return retainsGrad;
  }

  /**
   * Registers a function called with this tensor's gradient during backward; a non-null return
   * replaces the gradient. PyTorch: {@code t.register_hook(fn)}.
   */
  public void register_hook(UnaryOperator<Tensor> hook) {
    if (!requiresGrad) {
      throw new IllegalStateException(
          "cannot register a hook on a tensor that doesn't require gradient");
    }
    if (hooks == null) {
      hooks = new ArrayList<>();
    }
    hooks.add(hook);
  }

  /** Backpropagates from a one-element tensor. PyTorch: {@code t.backward()}. */
  public void backward() {
    backward(null, false, false);
  }

  /** Backpropagates with an explicit output gradient. PyTorch: {@code t.backward(gradient)}. */
  public void backward(Tensor gradient) {
    backward(gradient, false, false);
  }

  /** PyTorch: {@code t.backward(gradient, retain_graph, create_graph)}. */
  public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
    Autograd.run(
        new Tensor[] {this}, new Tensor[] {gradient}, retainGraph || createGraph, createGraph, null, false);
  }

  /** A tensor sharing storage with this one, outside the graph. PyTorch: {@code t.detach()}. */
  public Tensor detach() {
    Tensor t = new Tensor(storage, dtype, shape, strides, offset, versionCell);
    t.base = base;
    return t;
  }

  /** Detaches this tensor from the graph in place. PyTorch: {@code t.detach_()}. */
  public Tensor detach_() {
    gradFn = null;
    requiresGrad = false;
    return this;
  }

  /**
   * The same storage outside the graph, with a version counter of its own, so in-place writes
   * through it go unnoticed by autograd. PyTorch: {@code t.data}.
   */
  public Tensor data() {
    return new Tensor(storage, dtype, shape, strides, offset, new int[1]);
  }

  // ---------------------------------------- printing

  /**
   * PyTorch's {@code repr}, character for character.
   *
   * <pre>{@code arange(4.0)   // tensor([0., 1., 2., 3.])}</pre>
   */
  @Override
  public String toString() {
    TensorFormatter.ElementSource src =
        new TensorFormatter.ElementSource() {
          @Override
          public double getDouble(long flatIndex) {
            return getDoubleFlat(flatIndex);
          }

          @Override
          public long getLong(long flatIndex) {
            return getLongFlat(flatIndex);
          }
        };
    return TensorFormatter.repr(
        dtype, shape, src, gradFn == null ? null : gradFn.name, requiresGrad && gradFn == null,
        Devices.printed(storage.device()));
  }

  // ---------------------------------------- arithmetic

  /** Elementwise sum, broadcasting and promoting. PyTorch: {@code torch.add}. */
  public Tensor add(Tensor other) {
    return Elementwise.binary(BinaryOp.ADD, this, other);
  }

  /** {@link #add(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor add(long other) {
    return Elementwise.binary(BinaryOp.ADD, this, Torch.scalar(other));
  }

  /** {@link #add(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor add(double other) {
    return Elementwise.binary(BinaryOp.ADD, this, Torch.scalar(other));
  }

  /** {@link #add(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor add(boolean other) {
    return Elementwise.binary(BinaryOp.ADD, this, Torch.scalar(other));
  }

  /**
   * {@code this + alpha * other}, rounded once as PyTorch's fused kernel does.
   * PyTorch: {@code torch.add(input, other, alpha=alpha)}.
   */
  public Tensor add(Tensor other, double alpha) {
    return Pointwise.addAlpha(this, other, alpha, false);
  }

  /** {@link #add(Tensor, double)} with an integral alpha (allowed for integral tensors). */
  public Tensor add(Tensor other, long alpha) {
    return Pointwise.addAlpha(this, other, alpha, false);
  }

  /** In-place {@link #add(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor add_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.ADD, this, other);
  }

  /** In-place {@link #add(long)}. */
  public Tensor add_(long other) {
    return Elementwise.binaryInplace(BinaryOp.ADD, this, Torch.scalar(other));
  }

  /** In-place {@link #add(double)}. */
  public Tensor add_(double other) {
    return Elementwise.binaryInplace(BinaryOp.ADD, this, Torch.scalar(other));
  }

  /**
   * In place {@code this += alpha * other}, rounded once as PyTorch's fused kernel does.
   *
   * <pre>{@code
   * tensor(new double[] {1, 2}).add_(ones(2), -0.1)   // tensor([0.9000, 1.9000])
   * }</pre>
   *
   * PyTorch: {@code w.add_(other, alpha=alpha)}.
   */
  public Tensor add_(Tensor other, double alpha) {
    return Pointwise.addAlphaInplace(this, other, alpha, false);
  }

  /** {@link #add_(Tensor, double)} with an integral alpha. */
  public Tensor add_(Tensor other, long alpha) {
    return Pointwise.addAlphaInplace(this, other, alpha, false);
  }

  /** Elementwise difference. PyTorch: {@code torch.sub}. */
  public Tensor sub(Tensor other) {
    return Elementwise.binary(BinaryOp.SUB, this, other);
  }

  /** {@link #sub(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor sub(long other) {
    return Elementwise.binary(BinaryOp.SUB, this, Torch.scalar(other));
  }

  /** {@link #sub(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor sub(double other) {
    return Elementwise.binary(BinaryOp.SUB, this, Torch.scalar(other));
  }

  /** {@link #sub(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor sub(boolean other) {
    return Elementwise.binary(BinaryOp.SUB, this, Torch.scalar(other));
  }

  /** {@code this - alpha * other}. PyTorch: {@code torch.sub(input, other, alpha=alpha)}. */
  public Tensor sub(Tensor other, double alpha) {
    return Pointwise.addAlpha(this, other, alpha, true);
  }

  /** {@link #sub(Tensor, double)} with an integral alpha. */
  public Tensor sub(Tensor other, long alpha) {
    return Pointwise.addAlpha(this, other, alpha, true);
  }

  /** In-place {@link #sub(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor sub_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.SUB, this, other);
  }

  /** In-place {@link #sub(long)}. */
  public Tensor sub_(long other) {
    return Elementwise.binaryInplace(BinaryOp.SUB, this, Torch.scalar(other));
  }

  /** In-place {@link #sub(double)}. */
  public Tensor sub_(double other) {
    return Elementwise.binaryInplace(BinaryOp.SUB, this, Torch.scalar(other));
  }

  /** In place {@code this -= alpha * other}. PyTorch: {@code t.sub_(other, alpha=alpha)}. */
  public Tensor sub_(Tensor other, double alpha) {
    return Pointwise.addAlphaInplace(this, other, alpha, true);
  }

  /** {@link #sub_(Tensor, double)} with an integral alpha. */
  public Tensor sub_(Tensor other, long alpha) {
    return Pointwise.addAlphaInplace(this, other, alpha, true);
  }

  /** Elementwise product. PyTorch: {@code torch.mul}. */
  public Tensor mul(Tensor other) {
    return Elementwise.binary(BinaryOp.MUL, this, other);
  }

  /** {@link #mul(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor mul(long other) {
    return Elementwise.binary(BinaryOp.MUL, this, Torch.scalar(other));
  }

  /** {@link #mul(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor mul(double other) {
    return Elementwise.binary(BinaryOp.MUL, this, Torch.scalar(other));
  }

  /** {@link #mul(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor mul(boolean other) {
    return Elementwise.binary(BinaryOp.MUL, this, Torch.scalar(other));
  }

  /** In-place {@link #mul(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor mul_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.MUL, this, other);
  }

  /** In-place {@link #mul(long)}. */
  public Tensor mul_(long other) {
    return Elementwise.binaryInplace(BinaryOp.MUL, this, Torch.scalar(other));
  }

  /** In-place {@link #mul(double)}. */
  public Tensor mul_(double other) {
    return Elementwise.binaryInplace(BinaryOp.MUL, this, Torch.scalar(other));
  }

  /** True division: integer inputs give a floating result. PyTorch: {@code torch.div}. */
  public Tensor div(Tensor other) {
    return Elementwise.binary(BinaryOp.DIV, this, other);
  }

  /** {@link #div(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor div(long other) {
    return Elementwise.binary(BinaryOp.DIV, this, Torch.scalar(other));
  }

  /** {@link #div(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor div(double other) {
    return Elementwise.binary(BinaryOp.DIV, this, Torch.scalar(other));
  }

  /** {@link #div(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor div(boolean other) {
    return Elementwise.binary(BinaryOp.DIV, this, Torch.scalar(other));
  }

  /** In-place {@link #div(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor div_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.DIV, this, other);
  }

  /** In-place {@link #div(long)}. */
  public Tensor div_(long other) {
    return Elementwise.binaryInplace(BinaryOp.DIV, this, Torch.scalar(other));
  }

  /** In-place {@link #div(double)}. */
  public Tensor div_(double other) {
    return Elementwise.binaryInplace(BinaryOp.DIV, this, Torch.scalar(other));
  }

  /** Elementwise power. PyTorch: {@code torch.pow}. */
  public Tensor pow(Tensor other) {
    return Elementwise.binary(BinaryOp.POW, this, other);
  }

  /** {@link #pow(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor pow(long other) {
    return Elementwise.binary(BinaryOp.POW, this, Torch.scalar(other));
  }

  /** {@link #pow(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor pow(double other) {
    return Elementwise.binary(BinaryOp.POW, this, Torch.scalar(other));
  }

  /** {@link #pow(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor pow(boolean other) {
    return Elementwise.binary(BinaryOp.POW, this, Torch.scalar(other));
  }

  /** In-place {@link #pow(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor pow_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.POW, this, other);
  }

  /** In-place {@link #pow(long)}. */
  public Tensor pow_(long other) {
    return Elementwise.binaryInplace(BinaryOp.POW, this, Torch.scalar(other));
  }

  /** In-place {@link #pow(double)}. */
  public Tensor pow_(double other) {
    return Elementwise.binaryInplace(BinaryOp.POW, this, Torch.scalar(other));
  }

  /** Division rounded toward negative infinity (Python's {@code //}). PyTorch: {@code torch.floor_divide}. */
  public Tensor floor_divide(Tensor other) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, this, other);
  }

  /** {@link #floor_divide(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor floor_divide(long other) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, this, Torch.scalar(other));
  }

  /** {@link #floor_divide(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor floor_divide(double other) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, this, Torch.scalar(other));
  }

  /** {@link #floor_divide(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor floor_divide(boolean other) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, this, Torch.scalar(other));
  }

  /** In-place {@link #floor_divide(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor floor_divide_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.FLOOR_DIVIDE, this, other);
  }

  /** In-place {@link #floor_divide(long)}. */
  public Tensor floor_divide_(long other) {
    return Elementwise.binaryInplace(BinaryOp.FLOOR_DIVIDE, this, Torch.scalar(other));
  }

  /** In-place {@link #floor_divide(double)}. */
  public Tensor floor_divide_(double other) {
    return Elementwise.binaryInplace(BinaryOp.FLOOR_DIVIDE, this, Torch.scalar(other));
  }

  /** Python-style modulus: the result has the divisor's sign. PyTorch: {@code torch.remainder}. */
  public Tensor remainder(Tensor other) {
    return Elementwise.binary(BinaryOp.REMAINDER, this, other);
  }

  /** {@link #remainder(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor remainder(long other) {
    return Elementwise.binary(BinaryOp.REMAINDER, this, Torch.scalar(other));
  }

  /** {@link #remainder(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor remainder(double other) {
    return Elementwise.binary(BinaryOp.REMAINDER, this, Torch.scalar(other));
  }

  /** {@link #remainder(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor remainder(boolean other) {
    return Elementwise.binary(BinaryOp.REMAINDER, this, Torch.scalar(other));
  }

  /** In-place {@link #remainder(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor remainder_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.REMAINDER, this, other);
  }

  /** In-place {@link #remainder(long)}. */
  public Tensor remainder_(long other) {
    return Elementwise.binaryInplace(BinaryOp.REMAINDER, this, Torch.scalar(other));
  }

  /** In-place {@link #remainder(double)}. */
  public Tensor remainder_(double other) {
    return Elementwise.binaryInplace(BinaryOp.REMAINDER, this, Torch.scalar(other));
  }

  /** C-style modulus: the result has the dividend's sign. PyTorch: {@code torch.fmod}. */
  public Tensor fmod(Tensor other) {
    return Elementwise.binary(BinaryOp.FMOD, this, other);
  }

  /** {@link #fmod(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor fmod(long other) {
    return Elementwise.binary(BinaryOp.FMOD, this, Torch.scalar(other));
  }

  /** {@link #fmod(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor fmod(double other) {
    return Elementwise.binary(BinaryOp.FMOD, this, Torch.scalar(other));
  }

  /** {@link #fmod(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor fmod(boolean other) {
    return Elementwise.binary(BinaryOp.FMOD, this, Torch.scalar(other));
  }

  /** In-place {@link #fmod(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor fmod_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.FMOD, this, other);
  }

  /** In-place {@link #fmod(long)}. */
  public Tensor fmod_(long other) {
    return Elementwise.binaryInplace(BinaryOp.FMOD, this, Torch.scalar(other));
  }

  /** In-place {@link #fmod(double)}. */
  public Tensor fmod_(double other) {
    return Elementwise.binaryInplace(BinaryOp.FMOD, this, Torch.scalar(other));
  }

  /** Elementwise maximum; NaN propagates. PyTorch: {@code torch.maximum}. */
  public Tensor maximum(Tensor other) {
    return Elementwise.binary(BinaryOp.MAXIMUM, this, other);
  }

  /** Elementwise minimum; NaN propagates. PyTorch: {@code torch.minimum}. */
  public Tensor minimum(Tensor other) {
    return Elementwise.binary(BinaryOp.MINIMUM, this, other);
  }

  /** Elementwise arctangent of this/other with quadrant. PyTorch: {@code torch.atan2}. */
  public Tensor atan2(Tensor other) {
    return Elementwise.binary(BinaryOp.ATAN2, this, other);
  }

  /** In-place {@link #atan2(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor atan2_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.ATAN2, this, other);
  }

  /** Alias of {@link #mul(Tensor)}. PyTorch: {@code torch.multiply}. */
  public Tensor multiply(Tensor other) {
    return mul(other);
  }

  /** Alias of {@link #div(Tensor)}. PyTorch: {@code torch.divide}. */
  public Tensor divide(Tensor other) {
    return div(other);
  }

  /** Alias of {@link #sub(Tensor)}. PyTorch: {@code torch.subtract}. */
  public Tensor subtract(Tensor other) {
    return sub(other);
  }

  /** Alias of {@link #div(Tensor)}. PyTorch: {@code torch.true_divide}. */
  public Tensor true_divide(Tensor other) {
    return div(other);
  }

  /**
   * {@code this + value * tensor1 * tensor2}, broadcasting all three.
   *
   * <pre>{@code
   * ones(2).addcmul(tensor(new double[] {1, 2}), tensor(new double[] {3, 4}), 0.5)
   * // tensor([2.5000, 5.0000])
   * }</pre>
   *
   * PyTorch: {@code torch.addcmul(input, tensor1, tensor2, value=value)}.
   */
  public Tensor addcmul(Tensor tensor1, Tensor tensor2, double value) {
    return Pointwise.addc(PointwiseOp.ADDCMUL, this, tensor1, tensor2, value);
  }

  /** {@link #addcmul(Tensor, Tensor, double)} with {@code value=1}. */
  public Tensor addcmul(Tensor tensor1, Tensor tensor2) {
    return addcmul(tensor1, tensor2, 1);
  }

  /** In-place {@link #addcmul(Tensor, Tensor, double)}. PyTorch: {@code t.addcmul_}. */
  public Tensor addcmul_(Tensor tensor1, Tensor tensor2, double value) {
    return Pointwise.addcInplace(PointwiseOp.ADDCMUL, this, tensor1, tensor2, value);
  }

  /** {@link #addcmul_(Tensor, Tensor, double)} with {@code value=1}. */
  public Tensor addcmul_(Tensor tensor1, Tensor tensor2) {
    return addcmul_(tensor1, tensor2, 1);
  }

  /**
   * {@code this + value * tensor1 / tensor2}, broadcasting all three.
   *
   * <pre>{@code
   * ones(2).addcdiv(tensor(new double[] {1, 2}), tensor(new double[] {4, 4}), 2)
   * // tensor([1.5000, 2.0000])
   * }</pre>
   *
   * PyTorch: {@code torch.addcdiv(input, tensor1, tensor2, value=value)}.
   */
  public Tensor addcdiv(Tensor tensor1, Tensor tensor2, double value) {
    return Pointwise.addc(PointwiseOp.ADDCDIV, this, tensor1, tensor2, value);
  }

  /** {@link #addcdiv(Tensor, Tensor, double)} with {@code value=1}. */
  public Tensor addcdiv(Tensor tensor1, Tensor tensor2) {
    return addcdiv(tensor1, tensor2, 1);
  }

  /** In-place {@link #addcdiv(Tensor, Tensor, double)}. PyTorch: {@code t.addcdiv_}. */
  public Tensor addcdiv_(Tensor tensor1, Tensor tensor2, double value) {
    return Pointwise.addcInplace(PointwiseOp.ADDCDIV, this, tensor1, tensor2, value);
  }

  /** {@link #addcdiv_(Tensor, Tensor, double)} with {@code value=1}. */
  public Tensor addcdiv_(Tensor tensor1, Tensor tensor2) {
    return addcdiv_(tensor1, tensor2, 1);
  }

  // ---------------------------------------- bitwise ops

  /** Elementwise {@code &} of integral or bool tensors. PyTorch: {@code torch.bitwise_and}. */
  public Tensor bitwise_and(Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_AND, this, other);
  }

  /** {@link #bitwise_and(Tensor)} with a Java integer. */
  public Tensor bitwise_and(long other) {
    return Elementwise.binary(BinaryOp.BITWISE_AND, this, Torch.scalar(other));
  }

  /** {@link #bitwise_and(Tensor)} with a Java boolean. */
  public Tensor bitwise_and(boolean other) {
    return Elementwise.binary(BinaryOp.BITWISE_AND, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_and(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor bitwise_and_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_AND, this, other);
  }

  /** In-place {@link #bitwise_and(long)}. */
  public Tensor bitwise_and_(long other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_AND, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_and(boolean)}. */
  public Tensor bitwise_and_(boolean other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_AND, this, Torch.scalar(other));
  }

  /** Elementwise {@code |}. PyTorch: {@code torch.bitwise_or}. */
  public Tensor bitwise_or(Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_OR, this, other);
  }

  /** {@link #bitwise_or(Tensor)} with a Java integer. */
  public Tensor bitwise_or(long other) {
    return Elementwise.binary(BinaryOp.BITWISE_OR, this, Torch.scalar(other));
  }

  /** {@link #bitwise_or(Tensor)} with a Java boolean. */
  public Tensor bitwise_or(boolean other) {
    return Elementwise.binary(BinaryOp.BITWISE_OR, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_or(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor bitwise_or_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_OR, this, other);
  }

  /** In-place {@link #bitwise_or(long)}. */
  public Tensor bitwise_or_(long other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_OR, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_or(boolean)}. */
  public Tensor bitwise_or_(boolean other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_OR, this, Torch.scalar(other));
  }

  /** Elementwise {@code ^}. PyTorch: {@code torch.bitwise_xor}. */
  public Tensor bitwise_xor(Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_XOR, this, other);
  }

  /** {@link #bitwise_xor(Tensor)} with a Java integer. */
  public Tensor bitwise_xor(long other) {
    return Elementwise.binary(BinaryOp.BITWISE_XOR, this, Torch.scalar(other));
  }

  /** {@link #bitwise_xor(Tensor)} with a Java boolean. */
  public Tensor bitwise_xor(boolean other) {
    return Elementwise.binary(BinaryOp.BITWISE_XOR, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_xor(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor bitwise_xor_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_XOR, this, other);
  }

  /** In-place {@link #bitwise_xor(long)}. */
  public Tensor bitwise_xor_(long other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_XOR, this, Torch.scalar(other));
  }

  /** In-place {@link #bitwise_xor(boolean)}. */
  public Tensor bitwise_xor_(boolean other) {
    return Elementwise.binaryInplace(BinaryOp.BITWISE_XOR, this, Torch.scalar(other));
  }

  /** {@code ~this} for integral and bool tensors. PyTorch: {@code torch.bitwise_not}. */
  public Tensor bitwise_not() {
    return Elementwise.unary(UnaryOp.BITWISE_NOT, this);
  }

  // ---------------------------------------- comparisons and logical ops

  /** Elementwise {@code ==}; a bool tensor. PyTorch: {@code torch.eq}. */
  public Tensor eq(Tensor other) {
    return Elementwise.binary(BinaryOp.EQ, this, other);
  }

  /** {@link #eq(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor eq(long other) {
    return Elementwise.binary(BinaryOp.EQ, this, Torch.scalar(other));
  }

  /** {@link #eq(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor eq(double other) {
    return Elementwise.binary(BinaryOp.EQ, this, Torch.scalar(other));
  }

  /** {@link #eq(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor eq(boolean other) {
    return Elementwise.binary(BinaryOp.EQ, this, Torch.scalar(other));
  }

  /** In-place {@link #eq(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor eq_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.EQ, this, other);
  }

  /** In-place {@link #eq(long)}. */
  public Tensor eq_(long other) {
    return Elementwise.binaryInplace(BinaryOp.EQ, this, Torch.scalar(other));
  }

  /** In-place {@link #eq(double)}. */
  public Tensor eq_(double other) {
    return Elementwise.binaryInplace(BinaryOp.EQ, this, Torch.scalar(other));
  }

  /** Elementwise {@code !=}; a bool tensor. PyTorch: {@code torch.ne}. */
  public Tensor ne(Tensor other) {
    return Elementwise.binary(BinaryOp.NE, this, other);
  }

  /** {@link #ne(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor ne(long other) {
    return Elementwise.binary(BinaryOp.NE, this, Torch.scalar(other));
  }

  /** {@link #ne(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor ne(double other) {
    return Elementwise.binary(BinaryOp.NE, this, Torch.scalar(other));
  }

  /** {@link #ne(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor ne(boolean other) {
    return Elementwise.binary(BinaryOp.NE, this, Torch.scalar(other));
  }

  /** In-place {@link #ne(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor ne_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.NE, this, other);
  }

  /** In-place {@link #ne(long)}. */
  public Tensor ne_(long other) {
    return Elementwise.binaryInplace(BinaryOp.NE, this, Torch.scalar(other));
  }

  /** In-place {@link #ne(double)}. */
  public Tensor ne_(double other) {
    return Elementwise.binaryInplace(BinaryOp.NE, this, Torch.scalar(other));
  }

  /** Elementwise {@code <}; a bool tensor. PyTorch: {@code torch.lt}. */
  public Tensor lt(Tensor other) {
    return Elementwise.binary(BinaryOp.LT, this, other);
  }

  /** {@link #lt(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor lt(long other) {
    return Elementwise.binary(BinaryOp.LT, this, Torch.scalar(other));
  }

  /** {@link #lt(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor lt(double other) {
    return Elementwise.binary(BinaryOp.LT, this, Torch.scalar(other));
  }

  /** {@link #lt(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor lt(boolean other) {
    return Elementwise.binary(BinaryOp.LT, this, Torch.scalar(other));
  }

  /** In-place {@link #lt(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor lt_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.LT, this, other);
  }

  /** In-place {@link #lt(long)}. */
  public Tensor lt_(long other) {
    return Elementwise.binaryInplace(BinaryOp.LT, this, Torch.scalar(other));
  }

  /** In-place {@link #lt(double)}. */
  public Tensor lt_(double other) {
    return Elementwise.binaryInplace(BinaryOp.LT, this, Torch.scalar(other));
  }

  /** Elementwise {@code <=}; a bool tensor. PyTorch: {@code torch.le}. */
  public Tensor le(Tensor other) {
    return Elementwise.binary(BinaryOp.LE, this, other);
  }

  /** {@link #le(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor le(long other) {
    return Elementwise.binary(BinaryOp.LE, this, Torch.scalar(other));
  }

  /** {@link #le(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor le(double other) {
    return Elementwise.binary(BinaryOp.LE, this, Torch.scalar(other));
  }

  /** {@link #le(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor le(boolean other) {
    return Elementwise.binary(BinaryOp.LE, this, Torch.scalar(other));
  }

  /** In-place {@link #le(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor le_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.LE, this, other);
  }

  /** In-place {@link #le(long)}. */
  public Tensor le_(long other) {
    return Elementwise.binaryInplace(BinaryOp.LE, this, Torch.scalar(other));
  }

  /** In-place {@link #le(double)}. */
  public Tensor le_(double other) {
    return Elementwise.binaryInplace(BinaryOp.LE, this, Torch.scalar(other));
  }

  /** Elementwise {@code >}; a bool tensor. PyTorch: {@code torch.gt}. */
  public Tensor gt(Tensor other) {
    return Elementwise.binary(BinaryOp.GT, this, other);
  }

  /** {@link #gt(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor gt(long other) {
    return Elementwise.binary(BinaryOp.GT, this, Torch.scalar(other));
  }

  /** {@link #gt(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor gt(double other) {
    return Elementwise.binary(BinaryOp.GT, this, Torch.scalar(other));
  }

  /** {@link #gt(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor gt(boolean other) {
    return Elementwise.binary(BinaryOp.GT, this, Torch.scalar(other));
  }

  /** In-place {@link #gt(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor gt_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.GT, this, other);
  }

  /** In-place {@link #gt(long)}. */
  public Tensor gt_(long other) {
    return Elementwise.binaryInplace(BinaryOp.GT, this, Torch.scalar(other));
  }

  /** In-place {@link #gt(double)}. */
  public Tensor gt_(double other) {
    return Elementwise.binaryInplace(BinaryOp.GT, this, Torch.scalar(other));
  }

  /** Elementwise {@code >=}; a bool tensor. PyTorch: {@code torch.ge}. */
  public Tensor ge(Tensor other) {
    return Elementwise.binary(BinaryOp.GE, this, other);
  }

  /** {@link #ge(Tensor)} with a Java integer, promoted like a Python int. */
  public Tensor ge(long other) {
    return Elementwise.binary(BinaryOp.GE, this, Torch.scalar(other));
  }

  /** {@link #ge(Tensor)} with a Java double, promoted like a Python float. */
  public Tensor ge(double other) {
    return Elementwise.binary(BinaryOp.GE, this, Torch.scalar(other));
  }

  /** {@link #ge(Tensor)} with a Java boolean, promoted like a Python bool. */
  public Tensor ge(boolean other) {
    return Elementwise.binary(BinaryOp.GE, this, Torch.scalar(other));
  }

  /** In-place {@link #ge(Tensor)}; keeps this tensor's dtype and returns it. */
  public Tensor ge_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.GE, this, other);
  }

  /** In-place {@link #ge(long)}. */
  public Tensor ge_(long other) {
    return Elementwise.binaryInplace(BinaryOp.GE, this, Torch.scalar(other));
  }

  /** In-place {@link #ge(double)}. */
  public Tensor ge_(double other) {
    return Elementwise.binaryInplace(BinaryOp.GE, this, Torch.scalar(other));
  }

  /** Elementwise logical and; a bool tensor. PyTorch: {@code torch.logical_and}. */
  public Tensor logical_and(Tensor other) {
    return Elementwise.binary(BinaryOp.LOGICAL_AND, this, other);
  }

  /** Elementwise logical or; a bool tensor. PyTorch: {@code torch.logical_or}. */
  public Tensor logical_or(Tensor other) {
    return Elementwise.binary(BinaryOp.LOGICAL_OR, this, other);
  }

  /** Elementwise logical xor; a bool tensor. PyTorch: {@code torch.logical_xor}. */
  public Tensor logical_xor(Tensor other) {
    return Elementwise.binary(BinaryOp.LOGICAL_XOR, this, other);
  }

  /** Alias of {@link #gt(Tensor)}. PyTorch: {@code torch.greater}. */
  public Tensor greater(Tensor other) {
    return gt(other);
  }

  /** Alias of {@link #lt(Tensor)}. PyTorch: {@code torch.less}. */
  public Tensor less(Tensor other) {
    return lt(other);
  }

  /** Alias of {@link #ge(Tensor)}. PyTorch: {@code torch.greater_equal}. */
  public Tensor greater_equal(Tensor other) {
    return ge(other);
  }

  /** Alias of {@link #le(Tensor)}. PyTorch: {@code torch.less_equal}. */
  public Tensor less_equal(Tensor other) {
    return le(other);
  }

  /** Alias of {@link #ne(Tensor)}. PyTorch: {@code torch.not_equal}. */
  public Tensor not_equal(Tensor other) {
    return ne(other);
  }

  /** Elementwise logical not; a bool tensor. PyTorch: {@code torch.logical_not}. */
  public Tensor logical_not() {
    return Elementwise.unary(UnaryOp.LOGICAL_NOT, this);
  }

  /** True when shapes and all elements are equal. PyTorch: {@code torch.equal}. */
  public boolean equal(Tensor other) {
    if (!Arrays.equals(shape, other.shape)) {
      return false;
    }
    return eq(other).all().booleanValue();
  }

  /** PyTorch: {@code torch.allclose(input, other, rtol=1e-05, atol=1e-08)}. */
  public boolean allclose(Tensor other) {
    return allclose(other, 1e-5, 1e-8);
  }

  /** PyTorch: {@code torch.allclose(input, other, rtol, atol)}. */
  public boolean allclose(Tensor other, double rtol, double atol) {
    return isclose(other, rtol, atol).all().booleanValue();
  }

  /** PyTorch: {@code torch.isclose(input, other, rtol, atol)}. */
  public Tensor isclose(Tensor other, double rtol, double atol) {
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor a = this.detach();
      Tensor b = other.detach();
      if (a.dtype() != b.dtype()) {
        throw new IllegalArgumentException(
            a.dtype().scalarTypeName() + " did not match " + b.dtype().scalarTypeName());
      }
      if (rtol < 0) {
        throw new IllegalArgumentException("rtol must be greater than or equal to zero, but got " + rtol);
      }
      if (atol < 0) {
        throw new IllegalArgumentException("atol must be greater than or equal to zero, but got " + atol);
      }
      // PyTorch's isclose: equality, then |a - b| <= atol + rtol * |b| where that is finite;
      // bool operands compare in the default dtype.
      Tensor close = a.eq(b);
      if (rtol == 0 && atol == 0) {
        return close;
      }
      Tensor ca = a.dtype() == DType.bool ? a.to(Torch.get_default_dtype()) : a;
      Tensor cb = b.dtype() == DType.bool ? b.to(Torch.get_default_dtype()) : b;
      Tensor allowed = cb.mul(rtol).abs().add(atol);
      Tensor actual = ca.sub(cb).abs();
      Tensor finite = actual.isnan().logical_not().logical_and(actual.abs().ne(Double.POSITIVE_INFINITY));
      return close.logical_or(finite.logical_and(actual.le(allowed)));
    }
  }

  // ---------------------------------------- pointwise unary ops

  /** True where the element is NaN. PyTorch: {@code torch.isnan}. */
  public Tensor isnan() {
    return Elementwise.unary(UnaryOp.ISNAN, this);
  }

  /** PyTorch: {@code torch.square}. */
  public Tensor square() {
    return pow(2);
  }

  /** Elementwise neg. PyTorch: {@code torch.neg}. */
  public Tensor neg() {
    return Elementwise.unary(UnaryOp.NEG, this);
  }

  /** In-place {@link #neg()}. */
  public Tensor neg_() {
    return Elementwise.unaryInplace(UnaryOp.NEG, this);
  }

  /** Elementwise abs. PyTorch: {@code torch.abs}. */
  public Tensor abs() {
    return Elementwise.unary(UnaryOp.ABS, this);
  }

  /** In-place {@link #abs()}. */
  public Tensor abs_() {
    return Elementwise.unaryInplace(UnaryOp.ABS, this);
  }

  /** Elementwise exp. PyTorch: {@code torch.exp}. */
  public Tensor exp() {
    return Elementwise.unary(UnaryOp.EXP, this);
  }

  /** In-place {@link #exp()}. */
  public Tensor exp_() {
    return Elementwise.unaryInplace(UnaryOp.EXP, this);
  }

  /** Elementwise expm1. PyTorch: {@code torch.expm1}. */
  public Tensor expm1() {
    return Elementwise.unary(UnaryOp.EXPM1, this);
  }

  /** In-place {@link #expm1()}. */
  public Tensor expm1_() {
    return Elementwise.unaryInplace(UnaryOp.EXPM1, this);
  }

  /** Elementwise log. PyTorch: {@code torch.log}. */
  public Tensor log() {
    return Elementwise.unary(UnaryOp.LOG, this);
  }

  /** In-place {@link #log()}. */
  public Tensor log_() {
    return Elementwise.unaryInplace(UnaryOp.LOG, this);
  }

  /** Elementwise log2. PyTorch: {@code torch.log2}. */
  public Tensor log2() {
    return Elementwise.unary(UnaryOp.LOG2, this);
  }

  /** In-place {@link #log2()}. */
  public Tensor log2_() {
    return Elementwise.unaryInplace(UnaryOp.LOG2, this);
  }

  /** Elementwise log10. PyTorch: {@code torch.log10}. */
  public Tensor log10() {
    return Elementwise.unary(UnaryOp.LOG10, this);
  }

  /** In-place {@link #log10()}. */
  public Tensor log10_() {
    return Elementwise.unaryInplace(UnaryOp.LOG10, this);
  }

  /** Elementwise log1p. PyTorch: {@code torch.log1p}. */
  public Tensor log1p() {
    return Elementwise.unary(UnaryOp.LOG1P, this);
  }

  /** In-place {@link #log1p()}. */
  public Tensor log1p_() {
    return Elementwise.unaryInplace(UnaryOp.LOG1P, this);
  }

  /** Elementwise sqrt. PyTorch: {@code torch.sqrt}. */
  public Tensor sqrt() {
    return Elementwise.unary(UnaryOp.SQRT, this);
  }

  /** In-place {@link #sqrt()}. */
  public Tensor sqrt_() {
    return Elementwise.unaryInplace(UnaryOp.SQRT, this);
  }

  /** Elementwise rsqrt. PyTorch: {@code torch.rsqrt}. */
  public Tensor rsqrt() {
    return Elementwise.unary(UnaryOp.RSQRT, this);
  }

  /** In-place {@link #rsqrt()}. */
  public Tensor rsqrt_() {
    return Elementwise.unaryInplace(UnaryOp.RSQRT, this);
  }

  /** Elementwise sin. PyTorch: {@code torch.sin}. */
  public Tensor sin() {
    return Elementwise.unary(UnaryOp.SIN, this);
  }

  /** In-place {@link #sin()}. */
  public Tensor sin_() {
    return Elementwise.unaryInplace(UnaryOp.SIN, this);
  }

  /** Elementwise cos. PyTorch: {@code torch.cos}. */
  public Tensor cos() {
    return Elementwise.unary(UnaryOp.COS, this);
  }

  /** In-place {@link #cos()}. */
  public Tensor cos_() {
    return Elementwise.unaryInplace(UnaryOp.COS, this);
  }

  /** Elementwise tan. PyTorch: {@code torch.tan}. */
  public Tensor tan() {
    return Elementwise.unary(UnaryOp.TAN, this);
  }

  /** In-place {@link #tan()}. */
  public Tensor tan_() {
    return Elementwise.unaryInplace(UnaryOp.TAN, this);
  }

  /** Elementwise asin. PyTorch: {@code torch.asin}. */
  public Tensor asin() {
    return Elementwise.unary(UnaryOp.ASIN, this);
  }

  /** In-place {@link #asin()}. */
  public Tensor asin_() {
    return Elementwise.unaryInplace(UnaryOp.ASIN, this);
  }

  /** Elementwise acos. PyTorch: {@code torch.acos}. */
  public Tensor acos() {
    return Elementwise.unary(UnaryOp.ACOS, this);
  }

  /** In-place {@link #acos()}. */
  public Tensor acos_() {
    return Elementwise.unaryInplace(UnaryOp.ACOS, this);
  }

  /** Elementwise atan. PyTorch: {@code torch.atan}. */
  public Tensor atan() {
    return Elementwise.unary(UnaryOp.ATAN, this);
  }

  /** In-place {@link #atan()}. */
  public Tensor atan_() {
    return Elementwise.unaryInplace(UnaryOp.ATAN, this);
  }

  /** Elementwise sinh. PyTorch: {@code torch.sinh}. */
  public Tensor sinh() {
    return Elementwise.unary(UnaryOp.SINH, this);
  }

  /** In-place {@link #sinh()}. */
  public Tensor sinh_() {
    return Elementwise.unaryInplace(UnaryOp.SINH, this);
  }

  /** Elementwise cosh. PyTorch: {@code torch.cosh}. */
  public Tensor cosh() {
    return Elementwise.unary(UnaryOp.COSH, this);
  }

  /** In-place {@link #cosh()}. */
  public Tensor cosh_() {
    return Elementwise.unaryInplace(UnaryOp.COSH, this);
  }

  /** Elementwise tanh. PyTorch: {@code torch.tanh}. */
  public Tensor tanh() {
    return Elementwise.unary(UnaryOp.TANH, this);
  }

  /** In-place {@link #tanh()}. */
  public Tensor tanh_() {
    return Elementwise.unaryInplace(UnaryOp.TANH, this);
  }

  /** Elementwise sigmoid. PyTorch: {@code torch.sigmoid}. */
  public Tensor sigmoid() {
    return Elementwise.unary(UnaryOp.SIGMOID, this);
  }

  /** In-place {@link #sigmoid()}. */
  public Tensor sigmoid_() {
    return Elementwise.unaryInplace(UnaryOp.SIGMOID, this);
  }

  /** Elementwise relu. PyTorch: {@code torch.relu}. */
  public Tensor relu() {
    return Elementwise.unary(UnaryOp.RELU, this);
  }

  /** In-place {@link #relu()}. */
  public Tensor relu_() {
    return Elementwise.unaryInplace(UnaryOp.RELU, this);
  }

  /** Elementwise floor. PyTorch: {@code torch.floor}. */
  public Tensor floor() {
    return Elementwise.unary(UnaryOp.FLOOR, this);
  }

  /** In-place {@link #floor()}. */
  public Tensor floor_() {
    return Elementwise.unaryInplace(UnaryOp.FLOOR, this);
  }

  /** Elementwise ceil. PyTorch: {@code torch.ceil}. */
  public Tensor ceil() {
    return Elementwise.unary(UnaryOp.CEIL, this);
  }

  /** In-place {@link #ceil()}. */
  public Tensor ceil_() {
    return Elementwise.unaryInplace(UnaryOp.CEIL, this);
  }

  /** Elementwise round. PyTorch: {@code torch.round}. */
  public Tensor round() {
    return Elementwise.unary(UnaryOp.ROUND, this);
  }

  /** In-place {@link #round()}. */
  public Tensor round_() {
    return Elementwise.unaryInplace(UnaryOp.ROUND, this);
  }

  /** Elementwise trunc. PyTorch: {@code torch.trunc}. */
  public Tensor trunc() {
    return Elementwise.unary(UnaryOp.TRUNC, this);
  }

  /** In-place {@link #trunc()}. */
  public Tensor trunc_() {
    return Elementwise.unaryInplace(UnaryOp.TRUNC, this);
  }

  /** Elementwise sign. PyTorch: {@code torch.sign}. */
  public Tensor sign() {
    return Elementwise.unary(UnaryOp.SIGN, this);
  }

  /** In-place {@link #sign()}. */
  public Tensor sign_() {
    return Elementwise.unaryInplace(UnaryOp.SIGN, this);
  }

  /** Elementwise reciprocal. PyTorch: {@code torch.reciprocal}. */
  public Tensor reciprocal() {
    return Elementwise.unary(UnaryOp.RECIPROCAL, this);
  }

  /** In-place {@link #reciprocal()}. */
  public Tensor reciprocal_() {
    return Elementwise.unaryInplace(UnaryOp.RECIPROCAL, this);
  }

  /** Alias of {@link #neg()}. PyTorch: {@code torch.negative}. */
  public Tensor negative() {
    return neg();
  }

  /** Alias of {@link #abs()}. PyTorch: {@code torch.absolute}. */
  public Tensor absolute() {
    return abs();
  }

  /**
   * The error function, elementwise; integral and bool inputs give the default dtype.
   * PyTorch: {@code torch.erf}.
   *
   * <pre>{@code tensor(new double[] {0, 0.5}).erf()   // tensor([0.0000, 0.5205])}</pre>
   */
  public Tensor erf() {
    return Elementwise.unary(UnaryOp.ERF, this);
  }

  /** In-place {@link #erf()}. PyTorch: {@code t.erf_()}. */
  public Tensor erf_() {
    return Elementwise.unaryInplace(UnaryOp.ERF, this);
  }

  // ---- inverse hyperbolics and special functions (issue 11)

  /**
   * The inverse hyperbolic sine, elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.asinh()}.
   *
   * <pre>{@code tensor(new double[] {0, 1}).asinh()   // tensor([0.0000, 0.8814])}</pre>
   */
  public Tensor asinh() {
    return Elementwise.unary(UnaryOp.ASINH, this);
  }

  /** In-place {@link #asinh()}. PyTorch: {@code t.asinh_()}. */
  public Tensor asinh_() {
    return Elementwise.unaryInplace(UnaryOp.ASINH, this);
  }

  /**
   * The inverse hyperbolic cosine (NaN below 1), elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.acosh()}.
   *
   * <pre>{@code tensor(new double[] {1, 2}).acosh()   // tensor([0.0000, 1.3170])}</pre>
   */
  public Tensor acosh() {
    return Elementwise.unary(UnaryOp.ACOSH, this);
  }

  /** In-place {@link #acosh()}. PyTorch: {@code t.acosh_()}. */
  public Tensor acosh_() {
    return Elementwise.unaryInplace(UnaryOp.ACOSH, this);
  }

  /**
   * The inverse hyperbolic tangent (NaN outside [-1, 1]), elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.atanh()}.
   *
   * <pre>{@code tensor(new double[] {0, 0.5}).atanh()   // tensor([0.0000, 0.5493])}</pre>
   */
  public Tensor atanh() {
    return Elementwise.unary(UnaryOp.ATANH, this);
  }

  /** In-place {@link #atanh()}. PyTorch: {@code t.atanh_()}. */
  public Tensor atanh_() {
    return Elementwise.unaryInplace(UnaryOp.ATANH, this);
  }

  /**
   * The complementary error function 1 - erf(x), elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.erfc()}.
   *
   * <pre>{@code tensor(new double[] {0, 0.5}).erfc()   // tensor([1.0000, 0.4795])}</pre>
   */
  public Tensor erfc() {
    return Elementwise.unary(UnaryOp.ERFC, this);
  }

  /** In-place {@link #erfc()}. PyTorch: {@code t.erfc_()}. */
  public Tensor erfc_() {
    return Elementwise.unaryInplace(UnaryOp.ERFC, this);
  }

  /**
   * The inverse error function (NaN outside [-1, 1]), elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.erfinv()}.
   *
   * <pre>{@code tensor(new double[] {0, 0.5}).erfinv()   // tensor([0.0000, 0.4769])}</pre>
   */
  public Tensor erfinv() {
    return Elementwise.unary(UnaryOp.ERFINV, this);
  }

  /** In-place {@link #erfinv()}. PyTorch: {@code t.erfinv_()}. */
  public Tensor erfinv_() {
    return Elementwise.unaryInplace(UnaryOp.ERFINV, this);
  }

  /**
   * The log of the absolute value of the gamma function, elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.lgamma()}.
   *
   * <pre>{@code tensor(new double[] {0.5, 3}).lgamma()   // tensor([0.5724, 0.6931])}</pre>
   */
  public Tensor lgamma() {
    return Elementwise.unary(UnaryOp.LGAMMA, this);
  }

  /** In-place {@link #lgamma()}. PyTorch: {@code t.lgamma_()}. */
  public Tensor lgamma_() {
    return Elementwise.unaryInplace(UnaryOp.LGAMMA, this);
  }

  /**
   * The digamma function, the derivative of lgamma (-inf at 0, NaN at negative integers), elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.digamma()}.
   *
   * <pre>{@code tensor(new double[] {1, 2}).digamma()   // tensor([-0.5772,  0.4228])}</pre>
   */
  public Tensor digamma() {
    return Elementwise.unary(UnaryOp.DIGAMMA, this);
  }

  /** In-place {@link #digamma()}. PyTorch: {@code t.digamma_()}. */
  public Tensor digamma_() {
    return Elementwise.unaryInplace(UnaryOp.DIGAMMA, this);
  }

  /**
   * The zeroth-order modified Bessel function of the first kind, elementwise; integral and bool inputs give the default dtype. PyTorch: {@code t.i0()}.
   *
   * <pre>{@code tensor(new double[] {0, 1}).i0()   // tensor([1.0000, 1.2661])}</pre>
   */
  public Tensor i0() {
    return Elementwise.unary(UnaryOp.I0, this);
  }

  /** In-place {@link #i0()}. PyTorch: {@code t.i0_()}. */
  public Tensor i0_() {
    return Elementwise.unaryInplace(UnaryOp.I0, this);
  }

  /**
   * The n-th derivative of digamma, elementwise (n = 0 digamma, n = 1 trigamma, else through the
   * Hurwitz zeta function); integral and bool inputs give the default dtype. PyTorch: {@code
   * t.polygamma(n)}.
   *
   * <pre>{@code tensor(new double[] {1, 2}).polygamma(2)   // tensor([-2.4041, -0.4041])}</pre>
   */
  public Tensor polygamma(long n) {
    return SpecialFunctions.polygamma(n, this);
  }

  /** In-place {@link #polygamma(long)}. PyTorch: {@code t.polygamma_(n)}. */
  public Tensor polygamma_(long n) {
    return SpecialFunctions.polygammaInplace(n, this);
  }

  /**
   * The multivariate log-gamma function of dimension p, elementwise; integral inputs give the
   * default dtype. PyTorch: {@code t.mvlgamma(p)}.
   *
   * <pre>{@code tensor(new double[] {2.5, 3}).mvlgamma(2)   // tensor([1.8810, 2.6949])}</pre>
   */
  public Tensor mvlgamma(long p) {
    return SpecialFunctions.mvlgamma(this, p);
  }

  /** In-place {@link #mvlgamma(long)}. PyTorch: {@code t.mvlgamma_(p)}. */
  public Tensor mvlgamma_(long p) {
    return SpecialFunctions.mvlgammaInplace(this, p);
  }

  /** Alias of {@link #asinh()}. PyTorch: {@code t.arcsinh()}. */
  public Tensor arcsinh() {
    return asinh();
  }

  /** Alias of {@link #asinh_()}. PyTorch: {@code t.arcsinh_()}. */
  public Tensor arcsinh_() {
    return asinh_();
  }

  /** Alias of {@link #acosh()}. PyTorch: {@code t.arccosh()}. */
  public Tensor arccosh() {
    return acosh();
  }

  /** Alias of {@link #acosh_()}. PyTorch: {@code t.arccosh_()}. */
  public Tensor arccosh_() {
    return acosh_();
  }

  /** Alias of {@link #atanh()}. PyTorch: {@code t.arctanh()}. */
  public Tensor arctanh() {
    return atanh();
  }

  /** Alias of {@link #atanh_()}. PyTorch: {@code t.arctanh_()}. */
  public Tensor arctanh_() {
    return atanh_();
  }

  /** True where the element is +inf or -inf. PyTorch: {@code t.isinf()}. */
  public Tensor isinf() {
    return MathOps.isinf(this);
  }

  /** True where the element is neither infinite nor NaN. PyTorch: {@code t.isfinite()}. */
  public Tensor isfinite() {
    return MathOps.isfinite(this);
  }

  /** NaN to 0, +inf/-inf to the dtype's largest/lowest finite value. PyTorch: {@code t.nan_to_num()}. */
  public Tensor nan_to_num() {
    return MathOps.nanToNum(this, null, null, null);
  }

  /** PyTorch: {@code t.nan_to_num(nan, posinf, neginf)}; null keeps the default. */
  public Tensor nan_to_num(Double nan, Double posinf, Double neginf) {
    return MathOps.nanToNum(this, nan, posinf, neginf);
  }

  /** In-place {@link #nan_to_num(Double, Double, Double)}. */
  public Tensor nan_to_num_(Double nan, Double posinf, Double neginf) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, MathOps.nanToNum(this, nan, posinf, neginf));
  }

  /**
   * {@code 2^x} elementwise (integral inputs give the default dtype). PyTorch: {@code t.exp2()}.
   *
   * <pre>{@code tensor(new long[] {0, 3}).exp2()   // tensor([1., 8.])}</pre>
   */
  public Tensor exp2() {
    return Elementwise.unary(UnaryOp.EXP2, this);
  }

  /** In-place {@link #exp2()}. PyTorch: {@code t.exp2_()}. */
  public Tensor exp2_() {
    return Elementwise.unaryInplace(UnaryOp.EXP2, this);
  }

  /**
   * The fractional part, {@code x - trunc(x)} (floating dtypes only). PyTorch: {@code t.frac()}.
   *
   * <pre>{@code tensor(new double[] {1.5, -2.25}).frac()   // tensor([ 0.5000, -0.2500])}</pre>
   */
  public Tensor frac() {
    return Elementwise.unary(UnaryOp.FRAC, this);
  }

  /** In-place {@link #frac()}. PyTorch: {@code t.frac_()}. */
  public Tensor frac_() {
    return Elementwise.unaryInplace(UnaryOp.FRAC, this);
  }

  /**
   * Degrees to radians. PyTorch: {@code t.deg2rad()}.
   *
   * <pre>{@code tensor(new double[] {180}).deg2rad()   // tensor([3.1416])}</pre>
   */
  public Tensor deg2rad() {
    return Elementwise.unary(UnaryOp.DEG2RAD, this);
  }

  /** In-place {@link #deg2rad()}. PyTorch: {@code t.deg2rad_()}. */
  public Tensor deg2rad_() {
    return Elementwise.unaryInplace(UnaryOp.DEG2RAD, this);
  }

  /**
   * Radians to degrees. PyTorch: {@code t.rad2deg()}.
   *
   * <pre>{@code tensor(new double[] {Math.PI}).rad2deg()   // tensor([180.])}</pre>
   */
  public Tensor rad2deg() {
    return Elementwise.unary(UnaryOp.RAD2DEG, this);
  }

  /** In-place {@link #rad2deg()}. PyTorch: {@code t.rad2deg_()}. */
  public Tensor rad2deg_() {
    return Elementwise.unaryInplace(UnaryOp.RAD2DEG, this);
  }

  /**
   * The sign (for real dtypes the same as {@link #sign()}). PyTorch: {@code t.sgn()}.
   *
   * <pre>{@code tensor(new double[] {-2, 0, 3}).sgn()   // tensor([-1.,  0.,  1.])}</pre>
   */
  public Tensor sgn() {
    return Elementwise.unary(UnaryOp.SGN, this);
  }

  /** In-place {@link #sgn()}. PyTorch: {@code t.sgn_()}. */
  public Tensor sgn_() {
    return Elementwise.unaryInplace(UnaryOp.SGN, this);
  }

  /**
   * The normalized sinc, {@code sin(pi x) / (pi x)}, 1 at 0. PyTorch: {@code t.sinc()}.
   *
   * <pre>{@code tensor(new double[] {0, 0.5}).sinc()   // tensor([1.0000, 0.6366])}</pre>
   */
  public Tensor sinc() {
    return Elementwise.unary(UnaryOp.SINC, this);
  }

  /** In-place {@link #sinc()}. PyTorch: {@code t.sinc_()}. */
  public Tensor sinc_() {
    return Elementwise.unaryInplace(UnaryOp.SINC, this);
  }

  /**
   * The log-odds {@code log(x / (1 - x))}. PyTorch: {@code t.logit()}.
   *
   * <pre>{@code tensor(new double[] {0.5, 0.75}).logit()   // tensor([0.0000, 1.0986])}</pre>
   */
  public Tensor logit() {
    return Elementwise.unary(UnaryOp.LOGIT, this);
  }

  /** In-place {@link #logit()}. PyTorch: {@code t.logit_()}. */
  public Tensor logit_() {
    return Elementwise.unaryInplace(UnaryOp.LOGIT, this);
  }

  /** {@link #logit()} of {@code x} clamped to {@code [eps, 1 - eps]}. PyTorch: {@code t.logit(eps)}. */
  public Tensor logit(double eps) {
    return Elementwise.logit(this, eps);
  }

  /** In-place {@link #logit(double)}. PyTorch: {@code t.logit_(eps)}. */
  public Tensor logit_(double eps) {
    return Elementwise.inplaceComposite(this, t -> Elementwise.logit(t, eps));
  }

  /**
   * Whether the sign bit is set (true for -0.0 and negative values). PyTorch: {@code t.signbit()}.
   *
   * <pre>{@code tensor(new double[] {-0.0, 1}).signbit()   // tensor([ True, False])}</pre>
   */
  public Tensor signbit() {
    return Elementwise.unary(UnaryOp.SIGNBIT, this);
  }

  /** In-place {@link #square()}. PyTorch: {@code t.square_()}. */
  public Tensor square_() {
    return pow_(2L);
  }

  /**
   * {@code x * log(y)}, 0 where x is 0 (unless y is NaN). PyTorch: {@code t.xlogy(other)}.
   *
   * <pre>{@code tensor(new double[] {0, 2}).xlogy(tensor(new double[] {0, 3}))   // tensor([0.0000, 2.1972])}</pre>
   */
  public Tensor xlogy(Tensor other) {
    return Elementwise.binary(BinaryOp.XLOGY, this, other);
  }

  /** {@link #xlogy(Tensor)} with an integer. PyTorch: {@code t.xlogy(int)}. */
  public Tensor xlogy(long other) {
    return Elementwise.binary(BinaryOp.XLOGY, this, Torch.scalar(other));
  }

  /** {@link #xlogy(Tensor)} with a float. PyTorch: {@code t.xlogy(float)}. */
  public Tensor xlogy(double other) {
    return Elementwise.binary(BinaryOp.XLOGY, this, Torch.scalar(other));
  }

  /** In-place {@link #xlogy(Tensor)}. PyTorch: {@code t.xlogy_(other)}. */
  public Tensor xlogy_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.XLOGY, this, other);
  }

  /** In-place {@link #xlogy(long)}. PyTorch: {@code t.xlogy_(int)}. */
  public Tensor xlogy_(long other) {
    return Elementwise.binaryInplace(BinaryOp.XLOGY, this, Torch.scalar(other));
  }

  /** In-place {@link #xlogy(double)}. PyTorch: {@code t.xlogy_(float)}. */
  public Tensor xlogy_(double other) {
    return Elementwise.binaryInplace(BinaryOp.XLOGY, this, Torch.scalar(other));
  }

  /**
   * The magnitude of {@code this} with the sign of {@code other}. PyTorch: {@code t.copysign(other)}.
   *
   * <pre>{@code tensor(new double[] {1, 2}).copysign(-1.0)   // tensor([-1., -2.])}</pre>
   */
  public Tensor copysign(Tensor other) {
    return Elementwise.binary(BinaryOp.COPYSIGN, this, other);
  }

  /** {@link #copysign(Tensor)} with an integer. PyTorch: {@code t.copysign(int)}. */
  public Tensor copysign(long other) {
    return Elementwise.binary(BinaryOp.COPYSIGN, this, Torch.scalar(other));
  }

  /** {@link #copysign(Tensor)} with a float. PyTorch: {@code t.copysign(float)}. */
  public Tensor copysign(double other) {
    return Elementwise.binary(BinaryOp.COPYSIGN, this, Torch.scalar(other));
  }

  /** In-place {@link #copysign(Tensor)}. PyTorch: {@code t.copysign_(other)}. */
  public Tensor copysign_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.COPYSIGN, this, other);
  }

  /** In-place {@link #copysign(long)}. PyTorch: {@code t.copysign_(int)}. */
  public Tensor copysign_(long other) {
    return Elementwise.binaryInplace(BinaryOp.COPYSIGN, this, Torch.scalar(other));
  }

  /** In-place {@link #copysign(double)}. PyTorch: {@code t.copysign_(float)}. */
  public Tensor copysign_(double other) {
    return Elementwise.binaryInplace(BinaryOp.COPYSIGN, this, Torch.scalar(other));
  }

  /**
   * {@code this ** other} computed in float64. PyTorch: {@code t.float_power(other)}.
   *
   * <pre>{@code tensor(new long[] {2}).float_power(3)   // tensor([8.], dtype=torch.float64)}</pre>
   */
  public Tensor float_power(Tensor other) {
    return Elementwise.floatPower(this, other);
  }

  /** {@link #float_power(Tensor)} with an integer. PyTorch: {@code t.float_power(int)}. */
  public Tensor float_power(long other) {
    return Elementwise.floatPower(this, Torch.scalar(other));
  }

  /** {@link #float_power(Tensor)} with a float. PyTorch: {@code t.float_power(float)}. */
  public Tensor float_power(double other) {
    return Elementwise.floatPower(this, Torch.scalar(other));
  }

  /** In-place {@link #float_power(Tensor)}. PyTorch: {@code t.float_power_(other)}. */
  public Tensor float_power_(Tensor other) {
    return floatPowerInplace(other);
  }

  /** In-place {@link #float_power(long)}. PyTorch: {@code t.float_power_(int)}. */
  public Tensor float_power_(long other) {
    return floatPowerInplace(other);
  }

  /** In-place {@link #float_power(double)}. PyTorch: {@code t.float_power_(float)}. */
  public Tensor float_power_(double other) {
    return floatPowerInplace(other);
  }

  private Tensor floatPowerInplace(Object other) {
    if (dtype != DType.float64) {
      throw new IllegalArgumentException(
          "the base given to float_power_ has dtype " + dtype.scalarTypeName()
              + " but the operation's result requires dtype Double");
    }
    Tensor e = other instanceof Tensor t ? t : other instanceof Long l ? Torch.scalar(l) : Torch.scalar((Double) other);
    return Elementwise.inplaceComposite(this, t -> Elementwise.floatPower(t, e));
  }

  /**
   * The elementwise maximum, ignoring NaN (NaN only where both are). PyTorch: {@code t.fmax(other)}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN}).fmax(tensor(new double[] {2, 0}))   // tensor([2., 0.])}</pre>
   */
  public Tensor fmax(Tensor other) {
    return Elementwise.binary(BinaryOp.FMAX, this, other);
  }

  /**
   * The elementwise minimum, ignoring NaN. PyTorch: {@code t.fmin(other)}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN}).fmin(tensor(new double[] {2, 0}))   // tensor([1., 0.])}</pre>
   */
  public Tensor fmin(Tensor other) {
    return Elementwise.binary(BinaryOp.FMIN, this, other);
  }

  /**
   * The greatest common divisor (integral dtypes). PyTorch: {@code t.gcd(other)}.
   *
   * <pre>{@code tensor(new long[] {12, -9}).gcd(tensor(new long[] {18, 6}))   // tensor([6, 3])}</pre>
   */
  public Tensor gcd(Tensor other) {
    return Elementwise.binary(BinaryOp.GCD, this, other);
  }

  /** In-place {@link #gcd(Tensor)}. PyTorch: {@code t.gcd_(other)}. */
  public Tensor gcd_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.GCD, this, other);
  }

  /**
   * The least common multiple (integral dtypes). PyTorch: {@code t.lcm(other)}.
   *
   * <pre>{@code tensor(new long[] {4, 6}).lcm(tensor(new long[] {6, 4}))   // tensor([12, 12])}</pre>
   */
  public Tensor lcm(Tensor other) {
    return Elementwise.binary(BinaryOp.LCM, this, other);
  }

  /** In-place {@link #lcm(Tensor)}. PyTorch: {@code t.lcm_(other)}. */
  public Tensor lcm_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.LCM, this, other);
  }

  /**
   * The Heaviside step: 0 below 0, 1 above, {@code values} at 0. PyTorch: {@code t.heaviside(values)}.
   *
   * <pre>{@code tensor(new double[] {-1, 0, 2}).heaviside(tensor(new double[] {0.5}))   // tensor([0.0000, 0.5000, 1.0000])}</pre>
   */
  public Tensor heaviside(Tensor other) {
    return Elementwise.binary(BinaryOp.HEAVISIDE, this, other);
  }

  /** In-place {@link #heaviside(Tensor)}. PyTorch: {@code t.heaviside_(values)}. */
  public Tensor heaviside_(Tensor other) {
    return Elementwise.binaryInplace(BinaryOp.HEAVISIDE, this, other);
  }

  // ---------------------------------------- clamp

  /** Limits every element to [min, max]; null leaves a side open. PyTorch: {@code torch.clamp}. */
  public Tensor clamp(Double min, Double max) {
    return Clamp.clamp(this, min == null ? null : Torch.scalar(min), max == null ? null : Torch.scalar(max));
  }

  /** {@link #clamp(Double, Double)} with both bounds. */
  public Tensor clamp(double min, double max) {
    return clamp(Double.valueOf(min), Double.valueOf(max));
  }

  /** {@link #clamp(Double, Double)} with integral bounds (keeps an integral dtype). */
  public Tensor clamp(long min, long max) {
    return Clamp.clamp(this, Torch.scalar(min), Torch.scalar(max));
  }

  /** Clamp with tensor bounds (broadcast); null leaves a side open. */
  public Tensor clamp(Tensor min, Tensor max) {
    return Clamp.clamp(this, min, max);
  }

  /** PyTorch: {@code torch.clamp(input, min=min)}. */
  public Tensor clamp_min(double min) {
    return clamp(Double.valueOf(min), (Double) null);
  }

  /** PyTorch: {@code torch.clamp(input, min=min)} with an integral bound. */
  public Tensor clamp_min(long min) {
    return Clamp.clamp(this, Torch.scalar(min), null);
  }

  /** PyTorch: {@code torch.clamp(input, max=max)}. */
  public Tensor clamp_max(double max) {
    return clamp((Double) null, Double.valueOf(max));
  }

  /** PyTorch: {@code torch.clamp(input, max=max)} with an integral bound. */
  public Tensor clamp_max(long max) {
    return Clamp.clamp(this, null, Torch.scalar(max));
  }

  /** In-place clamp; keeps the dtype; null leaves a side open. PyTorch: {@code t.clamp_(min, max)}. */
  public Tensor clamp_(Double min, Double max) {
    return Clamp.clampInplace(
        this, min == null ? null : Torch.scalar(min), max == null ? null : Torch.scalar(max));
  }

  /** In-place clamp with integral bounds; null leaves a side open. */
  public Tensor clamp_(Long min, Long max) {
    return Clamp.clampInplace(
        this, min == null ? null : Torch.scalar(min), max == null ? null : Torch.scalar(max));
  }

  /** In-place clamp with integral bounds. */
  public Tensor clamp_(long min, long max) {
    return Clamp.clampInplace(this, Torch.scalar(min), Torch.scalar(max));
  }

  /** In-place clamp with both bounds. */
  public Tensor clamp_(double min, double max) {
    return Clamp.clampInplace(this, Torch.scalar(min), Torch.scalar(max));
  }

  /** Alias of {@link #clamp(Double, Double)}. PyTorch: {@code torch.clip}. */
  public Tensor clip(Double min, Double max) {
    return clamp(min, max);
  }

  /** {@link #clip(Double, Double)} with integer bounds: an integral tensor stays integral. */
  public Tensor clip(long min, long max) {
    return clamp(min, max);
  }

  /** {@link #clip(Double, Double)} with floating bounds. PyTorch: {@code torch.clip}. */
  public Tensor clip(double min, double max) {
    return clamp(min, max);
  }

  // ---------------------------------------- shape and views

  /**
   * The same data with a new shape; one dim may be -1. A view when strides allow, else a copy.
   * PyTorch: {@code t.reshape(*shape)}.
   */
  public Tensor reshape(long... shape) {
    return Views.reshape(this, shape);
  }

  /** {@link #reshape(long...)} with a {@link Size}. */
  public Tensor reshape(Size shape) {
    return Views.reshape(this, shape.toLongArray());
  }

  /** A view with a new shape; fails when the strides do not allow one. PyTorch: {@code t.view}. */
  public Tensor view(long... shape) {
    return Views.view(this, shape);
  }

  /** A view with a new dtype of the same size; only the identity is supported. */
  public Tensor view(DType target) {
    if (target != dtype) {
      throw new UnsupportedOperationException("view(dtype) between different dtypes is not supported");
    }
    return Views.view(this, shape);
  }

  /** PyTorch: {@code t.view_as(other)}. */
  public Tensor view_as(Tensor other) {
    return view(other.shape);
  }

  /** PyTorch: {@code t.reshape_as(other)}. */
  public Tensor reshape_as(Tensor other) {
    return reshape(other.shape);
  }

  /** Flattens all dims into one. PyTorch: {@code t.flatten()}. */
  public Tensor flatten() {
    return Views.flatten(this, 0, -1);
  }

  /** PyTorch: {@code t.flatten(start_dim, end_dim)}. */
  public Tensor flatten(int startDim, int endDim) {
    return Views.flatten(this, startDim, endDim);
  }

  /** PyTorch: {@code t.flatten(start_dim)}. */
  public Tensor flatten(int startDim) {
    return Views.flatten(this, startDim, -1);
  }

  /** PyTorch: {@code t.ravel()}. */
  public Tensor ravel() {
    return contiguous().view(-1); // PyTorch's ravel: one copy if needed, then a view
  }

  /** Removes every dim of size 1. PyTorch: {@code t.squeeze()}. */
  public Tensor squeeze() {
    return Views.squeeze(this, null);
  }

  /** Removes {@code dim} if its size is 1. PyTorch: {@code t.squeeze(dim)}. */
  public Tensor squeeze(int dim) {
    return Views.squeeze(this, dim);
  }

  /** Inserts a dim of size 1. PyTorch: {@code t.unsqueeze(dim)}. */
  public Tensor unsqueeze(int dim) {
    return Views.unsqueeze(this, dim);
  }

  /** Swaps two dims (a view). PyTorch: {@code t.transpose(dim0, dim1)}. */
  public Tensor transpose(int dim0, int dim1) {
    return Views.transpose(this, dim0, dim1);
  }

  /** PyTorch: {@code t.swapaxes(axis0, axis1)}. */
  public Tensor swapaxes(int axis0, int axis1) {
    return transpose(axis0, axis1);
  }

  /** Transpose of a tensor with at most 2 dims. PyTorch: {@code t.t()}. */
  public Tensor t() {
    return Autograd.rename(Views.t(this), "TBackward0");
  }

  /**
   * All dims reversed (a view). PyTorch: {@code t.T}.
   *
   * <pre>{@code arange(6).reshape(3, 2).T()   // tensor([[0, 2, 4],
   *                                           //         [1, 3, 5]])}</pre>
   */
  public Tensor T() {
    return Views.reverseDims(this);
  }

  /** Transpose of the last two dims. PyTorch: {@code t.mT}. */
  public Tensor mT() {
    if (dim() == 0) {
      return Views.transpose(this, 0, 0); // PyTorch 1.13 returns a 0-d tensor unchanged
    }
    if (dim() < 2) {
      throw new IllegalArgumentException(
          "tensor.mT is only supported on matrices or batches of matrices. Got " + dim() + "-D tensor.");
    }
    return transpose(-2, -1);
  }

  /** Reorders dims (a view). PyTorch: {@code t.permute(*dims)}. */
  public Tensor permute(int... dims) {
    return Views.permute(this, dims);
  }

  /** Broadcasts to a larger shape without copying; -1 keeps a size. PyTorch: {@code t.expand}. */
  public Tensor expand(long... sizes) {
    return Views.expand(this, sizes);
  }

  /** PyTorch: {@code t.expand_as(other)}. */
  public Tensor expand_as(Tensor other) {
    return expand(other.shape);
  }

  /** PyTorch: {@code t.narrow(dim, start, length)}. */
  public Tensor narrow(int dim, long start, long length) {
    if (dim() == 0) {
      throw new IllegalArgumentException("narrow() cannot be applied to a 0-dim tensor.");
    }
    long size = shape[Shapes.wrapDim(dim, dim())];
    if (start != size && (start < -size || start >= size)) {
      // maybe_wrap_dim(start, size): PyTorch reports start like a dim out of range
      throw new IndexOutOfBoundsException(
          "Dimension out of range (expected to be in range of [" + -size + ", " + (size - 1)
              + "], but got " + start + ")");
    }
    return Views.narrow(this, dim, start, length);
  }

  /** PyTorch: {@code t.select(dim, index)}. */
  public Tensor select(int dim, long index) {
    if (dim() == 0) {
      throw new IndexOutOfBoundsException("select() cannot be applied to a 0-dim tensor.");
    }
    int d = Shapes.wrapDim(dim, dim());
    if (index < -shape[d] || index >= shape[d]) {
      throw new IndexOutOfBoundsException(
          "select(): index " + index + " out of range for tensor of size " + Shapes.list(shape)
              + " at dimension " + d);
    }
    return Views.select(this, dim, index);
  }

  /** Splits into {@code chunks} views along dim 0 (the last may be smaller). PyTorch: {@code t.chunk(chunks)}. */
  public Tensor[] chunk(int chunks) {
    return IndexOps.chunk(this, chunks, 0);
  }

  /** {@link #chunk(int)} along {@code dim}. PyTorch: {@code t.chunk(chunks, dim)}. */
  public Tensor[] chunk(int chunks, int dim) {
    return IndexOps.chunk(this, chunks, dim);
  }

  /**
   * Views of {@code split_size} elements along dim 0 (the last may be smaller).
   * PyTorch: {@code t.split(split_size)}.
   *
   * <pre>{@code arange(5).split(2)   // [tensor([0, 1]), tensor([2, 3]), tensor([4])]}</pre>
   */
  public Tensor[] split(long split_size) {
    return IndexOps.split(this, split_size, 0);
  }

  /** {@link #split(long)} along {@code dim}. */
  public Tensor[] split(long split_size, int dim) {
    return IndexOps.split(this, split_size, dim);
  }

  /** Views of the given sizes along dim 0. PyTorch: {@code t.split([s0, s1, ...])}. */
  public Tensor[] split(long[] split_sizes) {
    return IndexOps.splitWithSizes(this, split_sizes, 0);
  }

  /** Views of the given sizes along {@code dim}. PyTorch: {@code t.split([s0, s1, ...], dim)}. */
  public Tensor[] split(long[] split_sizes, int dim) {
    return IndexOps.splitWithSizes(this, split_sizes, dim);
  }

  /** The slices along dim 0, as views without that dim. PyTorch: {@code t.unbind()}. */
  public Tensor[] unbind() {
    return IndexOps.unbind(this, 0);
  }

  /** The slices along {@code dim}. PyTorch: {@code t.unbind(dim)}. */
  public Tensor[] unbind(int dim) {
    return IndexOps.unbind(this, dim);
  }

  /** A broadcast view of the given shape. PyTorch: {@code t.broadcast_to(shape)}. */
  public Tensor broadcast_to(long... shape) {
    return Views.expand(this, shape);
  }

  /**
   * The diagonal of dims 0 and 1 as a view (its dim last). PyTorch: {@code t.diagonal()}.
   *
   * <pre>{@code arange(4).reshape(2, 2).diagonal()   // tensor([0, 3])}</pre>
   */
  public Tensor diagonal() {
    return IndexOps.diagonal(this, 0, 0, 1);
  }

  /** The {@code offset}-th diagonal of dims 0 and 1 (a view). PyTorch: {@code t.diagonal(offset)}. */
  public Tensor diagonal(long offset) {
    return IndexOps.diagonal(this, offset, 0, 1);
  }

  /** PyTorch: {@code t.diagonal(offset, dim1, dim2)}. */
  public Tensor diagonal(long offset, int dim1, int dim2) {
    return IndexOps.diagonal(this, offset, dim1, dim2);
  }

  /**
   * A view with dim {@code source} moved to position {@code destination}, the others keeping
   * their order. PyTorch: {@code t.movedim(source, destination)}.
   *
   * <pre>{@code zeros(2, 3, 4).movedim(0, -1).shape()   // torch.Size([3, 4, 2])}</pre>
   */
  public Tensor movedim(int source, int destination) {
    return ShapeOps.movedim(this, new int[] {source}, new int[] {destination});
  }

  /** Moves several dims at once. PyTorch: {@code t.movedim(source=(...), destination=(...))}. */
  public Tensor movedim(int[] source, int[] destination) {
    return ShapeOps.movedim(this, source, destination);
  }

  /** Alias of {@link #movedim(int, int)}. PyTorch: {@code t.moveaxis(source, destination)}. */
  public Tensor moveaxis(int source, int destination) {
    return movedim(source, destination);
  }

  /** Alias of {@link #movedim(int[], int[])}. PyTorch: {@code t.moveaxis(source, destination)}. */
  public Tensor moveaxis(int[] source, int[] destination) {
    return movedim(source, destination);
  }

  /**
   * Rotated by 90 degrees in the plane of dims 0 and 1 (from the first towards the second).
   * PyTorch: {@code t.rot90()}.
   *
   * <pre>{@code arange(4).reshape(2, 2).rot90()   // tensor([[1, 3],
   *                                           //         [0, 2]])}</pre>
   */
  public Tensor rot90() {
    return ShapeOps.rot90(this, 1, new int[] {0, 1});
  }

  /** Rotated {@code k} times by 90 degrees. PyTorch: {@code t.rot90(k)}. */
  public Tensor rot90(long k) {
    return ShapeOps.rot90(this, k, new int[] {0, 1});
  }

  /** Rotated {@code k} times in the plane of {@code dims}. PyTorch: {@code t.rot90(k, dims)}. */
  public Tensor rot90(long k, int[] dims) {
    return ShapeOps.rot90(this, k, dims);
  }

  /**
   * {@code sections} views along dim 0, as equal as possible (the first ones one longer).
   * PyTorch: {@code t.tensor_split(sections)}.
   *
   * <pre>{@code arange(5).tensor_split(3)   // {tensor([0, 1]), tensor([2, 3]), tensor([4])}}</pre>
   */
  public Tensor[] tensor_split(long sections) {
    return ShapeOps.tensorSplit(this, sections, 0);
  }

  /** {@link #tensor_split(long)} along {@code dim}. PyTorch: {@code t.tensor_split(sections, dim)}. */
  public Tensor[] tensor_split(long sections, int dim) {
    return ShapeOps.tensorSplit(this, sections, dim);
  }

  /** Views split before each of {@code indices} along dim 0. PyTorch: {@code t.tensor_split(indices)}. */
  public Tensor[] tensor_split(long[] indices) {
    return ShapeOps.tensorSplit(this, indices, 0);
  }

  /** PyTorch: {@code t.tensor_split(indices, dim)}. */
  public Tensor[] tensor_split(long[] indices, int dim) {
    return ShapeOps.tensorSplit(this, indices, dim);
  }

  /** A 0-d int64 tensor is a section count, a 1-D one the indices. PyTorch: {@code t.tensor_split(tensor)}. */
  public Tensor[] tensor_split(Tensor indices_or_sections) {
    return ShapeOps.tensorSplit(this, indices_or_sections, 0);
  }

  /** PyTorch: {@code t.tensor_split(tensor, dim)}. */
  public Tensor[] tensor_split(Tensor indices_or_sections, int dim) {
    return ShapeOps.tensorSplit(this, indices_or_sections, dim);
  }

  /**
   * {@code sections} equal views along dim 1 (dim 0 of a 1-D tensor). PyTorch: {@code t.hsplit(sections)}.
   *
   * <pre>{@code zeros(2, 4).hsplit(2)[0].shape()   // torch.Size([2, 2])}</pre>
   */
  public Tensor[] hsplit(long sections) {
    return ShapeOps.hvdSplit(this, "hsplit", sections);
  }

  /** Split before {@code indices} along dim 1 (0 for 1-D). PyTorch: {@code t.hsplit(indices)}. */
  public Tensor[] hsplit(long[] indices) {
    return ShapeOps.hvdSplit(this, "hsplit", indices);
  }

  /** {@code sections} equal views along dim 0 (at least 2-D). PyTorch: {@code t.vsplit(sections)}. */
  public Tensor[] vsplit(long sections) {
    return ShapeOps.hvdSplit(this, "vsplit", sections);
  }

  /** PyTorch: {@code t.vsplit(indices)}. */
  public Tensor[] vsplit(long[] indices) {
    return ShapeOps.hvdSplit(this, "vsplit", indices);
  }

  /** {@code sections} equal views along dim 2 (at least 3-D). PyTorch: {@code t.dsplit(sections)}. */
  public Tensor[] dsplit(long sections) {
    return ShapeOps.hvdSplit(this, "dsplit", sections);
  }

  /** PyTorch: {@code t.dsplit(indices)}. */
  public Tensor[] dsplit(long[] indices) {
    return ShapeOps.hvdSplit(this, "dsplit", indices);
  }

  /**
   * A view with dim {@code dim} expanded into {@code sizes} (one may be -1).
   * PyTorch: {@code t.unflatten(dim, sizes)}.
   *
   * <pre>{@code zeros(2, 6).unflatten(1, 2, 3).shape()   // torch.Size([2, 2, 3])}</pre>
   */
  public Tensor unflatten(int dim, long... sizes) {
    return ShapeOps.unflatten(this, dim, sizes);
  }

  // ---------------------------------------- indexing, gather, scatter, masks

  /**
   * Indexing with numpy syntax: {@code x.get("1:3, :")} is Python's {@code x[1:3, :]}. Basic
   * indexing returns a view; {@code "[0, 2]"} lists index advanced-style and copy.
   *
   * <pre>{@code arange(12).reshape(3, 4).get("-1")   // tensor([ 8,  9, 10, 11])}</pre>
   */
  public Tensor get(String index) {
    return Indexing.get(this, Indexing.parse(index));
  }

  /**
   * Typed indexing: items are {@code long}/{@code int} (select), {@link Index} (slices,
   * {@code None}, {@code Ellipsis}), {@code long[]} or integer/bool tensors (advanced).
   */
  public Tensor get(Object... index) {
    return Indexing.get(this, index);
  }

  /** {@code x[i]}. */
  public Tensor get(long i) {
    return Views.select(this, 0, i);
  }

  /** {@code x[i, j]}. */
  public Tensor get(long i, long j) {
    return Indexing.get(this, new Object[] {i, j});
  }

  /** {@code x[mask]} or {@code x[indices]}: advanced indexing, a copy. */
  public Tensor get(Tensor index) {
    return Indexing.get(this, new Object[] {index});
  }

  /** Python's {@code x[index] = value}, broadcasting {@code value}. */
  public void set(String index, Tensor value) {
    Indexing.set(this, Indexing.parse(index), value);
  }

  /** {@code x[index] = value} with a Java double (cast to this tensor's dtype). */
  public void set(String index, double value) {
    Indexing.set(this, Indexing.parse(index), Torch.scalar(value));
  }

  /** {@code x[index] = value} with a Java integer. */
  public void set(String index, long value) {
    Indexing.set(this, Indexing.parse(index), Torch.scalar(value));
  }

  /** {@code x[index] = value} with a Java boolean. */
  public void set(String index, boolean value) {
    Indexing.set(this, Indexing.parse(index), Torch.scalar(value));
  }

  /** Typed form of {@link #set(String, Tensor)}. */
  public void set(Object[] index, Tensor value) {
    Indexing.set(this, index, value);
  }

  /** Typed form of {@link #set(String, double)}. */
  public void set(Object[] index, double value) {
    Indexing.set(this, index, Torch.scalar(value));
  }

  /** {@code x[mask] = value}. */
  public void set(Tensor index, Tensor value) {
    Indexing.set(this, new Object[] {index}, value);
  }

  /** {@code x[mask] = value}. */
  public void set(Tensor index, double value) {
    Indexing.set(this, new Object[] {index}, Torch.scalar(value));
  }

  /** {@code x[mask] = value} with a Java integer. */
  public void set(Tensor index, long value) {
    Indexing.set(this, new Object[] {index}, Torch.scalar(value));
  }

  /** {@code x[mask] = value} with a Java boolean. */
  public void set(Tensor index, boolean value) {
    Indexing.set(this, new Object[] {index}, Torch.scalar(value));
  }

  /** Typed form of {@link #set(String, long)}. */
  public void set(Object[] index, long value) {
    Indexing.set(this, index, Torch.scalar(value));
  }

  /** {@code x[i] = value}. */
  public void set(long i, double value) {
    Indexing.set(this, new Object[] {i}, Torch.scalar(value));
  }

  /** {@code x[i, j] = value}. */
  public void set(long i, long j, double value) {
    Indexing.set(this, new Object[] {i, j}, Torch.scalar(value));
  }

  /**
   * Values along {@code dim} picked by {@code index} (int64, same rank): {@code out[i][j] =
   * self[index[i][j]][j]} for dim 0. PyTorch: {@code t.gather(dim, index)}.
   *
   * <pre>{@code tensor(new long[][] {{1, 2}, {3, 4}}).gather(1, tensor(new long[][] {{0, 0}, {1, 0}}))
   * // tensor([[1, 1],
   * //         [4, 3]])}</pre>
   */
  public Tensor gather(int dim, Tensor index) {
    return IndexOps.gather(this, dim, index);
  }

  /** A copy with {@code src}'s elements written at {@code index} along {@code dim}. PyTorch: {@code t.scatter(dim, index, src)}. */
  public Tensor scatter(int dim, Tensor index, Tensor src) {
    return IndexOps.scatter(this, dim, index, src, null, false);
  }

  /** {@link #scatter(int, Tensor, Tensor)} with one value. PyTorch: {@code t.scatter(dim, index, value)}. */
  public Tensor scatter(int dim, Tensor index, double value) {
    return IndexOps.scatter(this, dim, index, null, Torch.scalar(value), false);
  }

  /** {@link #scatter(int, Tensor, double)} with a Java integer. */
  public Tensor scatter(int dim, Tensor index, long value) {
    return IndexOps.scatter(this, dim, index, null, Torch.scalar(value), false);
  }

  /**
   * {@link #scatter(int, Tensor, Tensor)} combining with what is there: {@code reduce} "add" or
   * "multiply"; PyTorch has no derivative for it. PyTorch: {@code t.scatter(dim, index, src, reduce=...)}.
   */
  public Tensor scatter(int dim, Tensor index, Tensor src, String reduce) {
    return IndexOps.scatterWithReduce(this, dim, index, src, null, reduce);
  }

  /** {@link #scatter(int, Tensor, Tensor, String)} with one value. */
  public Tensor scatter(int dim, Tensor index, double value, String reduce) {
    return IndexOps.scatterWithReduce(this, dim, index, null, Torch.scalar(value), reduce);
  }

  /** In-place {@link #scatter(int, Tensor, Tensor)}. PyTorch: {@code t.scatter_(dim, index, src)}. */
  public Tensor scatter_(int dim, Tensor index, Tensor src) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, scatter(dim, index, src));
  }

  /** In-place {@link #scatter(int, Tensor, double)}. */
  public Tensor scatter_(int dim, Tensor index, double value) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, scatter(dim, index, value));
  }

  /** In-place {@link #scatter(int, Tensor, long)}. */
  public Tensor scatter_(int dim, Tensor index, long value) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, scatter(dim, index, value));
  }

  /** In-place {@link #scatter(int, Tensor, Tensor, String)}. PyTorch: {@code t.scatter_(dim, index, src, reduce=...)}. */
  public Tensor scatter_(int dim, Tensor index, Tensor src, String reduce) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexOps.scatterWithReduce(this, dim, index, src, null, reduce));
  }

  /**
   * A copy with {@code src}'s elements added at {@code index} along {@code dim} (repeated indices
   * accumulate). PyTorch: {@code t.scatter_add(dim, index, src)}.
   */
  public Tensor scatter_add(int dim, Tensor index, Tensor src) {
    return IndexOps.scatter(this, dim, index, src, null, true);
  }

  /**
   * A copy with {@code src}'s elements combined into the slots {@code index} names along
   * {@code dim} by {@code reduce} ("sum", "prod", "mean", "amax", "amin"); without
   * {@code include_self} the slots' own values are left out. PyTorch (1.13, beta):
   * {@code t.scatter_reduce(dim, index, src, reduce, include_self=...)}.
   *
   * <pre>{@code zeros(3).scatter_reduce(0, tensor(new long[] {0, 0, 2}), tensor(new double[] {1, 5, 2}), "amax", false)
   * // tensor([5., 0., 2.])}</pre>
   */
  public Tensor scatter_reduce(int dim, Tensor index, Tensor src, String reduce, boolean include_self) {
    return IndexOps.scatterReduce(this, dim, index, src, reduce, include_self);
  }

  /** {@link #scatter_reduce(int, Tensor, Tensor, String, boolean)} with {@code include_self=True}. */
  public Tensor scatter_reduce(int dim, Tensor index, Tensor src, String reduce) {
    return IndexOps.scatterReduce(this, dim, index, src, reduce, true);
  }

  /** In-place {@link #scatter_reduce(int, Tensor, Tensor, String, boolean)}. */
  public Tensor scatter_reduce_(int dim, Tensor index, Tensor src, String reduce, boolean include_self) {
    Autograd.checkInplace(this);
    // The backward rule reads self's original values, so the graph keeps a copy of them.
    Tensor original = Autograd.needsGrad(this, src) ? clone() : this;
    return IndexOps.inplace(
        this, IndexOps.scatterReduce(original, dim, index, src, reduce, include_self));
  }

  /** In-place {@link #scatter_add}. PyTorch: {@code t.scatter_add_(dim, index, src)}. */
  public Tensor scatter_add_(int dim, Tensor index, Tensor src) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, scatter_add(dim, index, src));
  }

  /**
   * The slices at {@code index} (a 1-D int64/int32 tensor) along {@code dim}, copied.
   * PyTorch: {@code t.index_select(dim, index)}.
   *
   * <pre>{@code arange(6).reshape(2, 3).index_select(1, tensor(new long[] {2, 0}))
   * // tensor([[2, 0],
   * //         [5, 3]])}</pre>
   */
  public Tensor index_select(int dim, Tensor index) {
    return IndexOps.indexSelect(this, dim, index);
  }

  /**
   * A copy with {@code value} where the bool {@code mask} (broadcast) is true.
   * PyTorch: {@code t.masked_fill(mask, value)}.
   *
   * <pre>{@code arange(4.0).masked_fill(arange(4).gt(1), -1.0)   // tensor([ 0.,  1., -1., -1.])}</pre>
   */
  public Tensor masked_fill(Tensor mask, double value) {
    return IndexOps.maskedFill(this, mask, Torch.scalar(value), false);
  }

  /** {@link #masked_fill(Tensor, double)} with a Java integer. */
  public Tensor masked_fill(Tensor mask, long value) {
    return IndexOps.maskedFill(this, mask, Torch.scalar(value), false);
  }

  /** {@link #masked_fill(Tensor, double)} with a Java boolean. */
  public Tensor masked_fill(Tensor mask, boolean value) {
    return IndexOps.maskedFill(this, mask, Torch.scalar(value), false);
  }

  /** {@link #masked_fill(Tensor, double)} with a 0-d tensor value (differentiable). */
  public Tensor masked_fill(Tensor mask, Tensor value) {
    return IndexOps.maskedFill(this, mask, value, false);
  }

  /** In-place {@link #masked_fill(Tensor, double)}. PyTorch: {@code t.masked_fill_(mask, value)}. */
  public Tensor masked_fill_(Tensor mask, double value) {
    return IndexOps.maskedFillInplace(this, mask, Torch.scalar(value));
  }

  /** In-place {@link #masked_fill(Tensor, long)}. */
  public Tensor masked_fill_(Tensor mask, long value) {
    return IndexOps.maskedFillInplace(this, mask, Torch.scalar(value));
  }

  /** In-place {@link #masked_fill(Tensor, boolean)}. */
  public Tensor masked_fill_(Tensor mask, boolean value) {
    return IndexOps.maskedFillInplace(this, mask, Torch.scalar(value));
  }

  /** In-place {@link #masked_fill(Tensor, Tensor)}. */
  public Tensor masked_fill_(Tensor mask, Tensor value) {
    return IndexOps.maskedFillInplace(this, mask, value);
  }

  /**
   * The elements where the bool {@code mask} (broadcast) is true, as a 1-D copy.
   * PyTorch: {@code t.masked_select(mask)}.
   */
  public Tensor masked_select(Tensor mask) {
    return IndexOps.maskedSelect(this, mask);
  }

  /** {@code cond ? this : other}, broadcasting. PyTorch: {@code t.where(condition, other)}. */
  public Tensor where(Tensor condition, Tensor other) {
    return Torch.where(condition, this, other);
  }

  /** Coordinates of the non-zero elements as an [n, ndim] int64 tensor. PyTorch: {@code t.nonzero()}. */
  public Tensor nonzero() {
    return IndexOps.nonzero(this);
  }

  /**
   * With {@code as_tuple}, one int64 vector of coordinates per dim (PyTorch's tuple); without it,
   * a one-element array holding {@link #nonzero()}. PyTorch: {@code t.nonzero(as_tuple=...)}.
   */
  public Tensor[] nonzero(boolean as_tuple) {
    return as_tuple ? IndexOps.nonzeroTuple(this) : new Tensor[] {IndexOps.nonzero(this)};
  }

  /**
   * {@link #gather} with {@code indices} and this tensor broadcast against each other except along
   * {@code dim} (the companion of argsort/argmax with keepdim). PyTorch: {@code t.take_along_dim(indices, dim)}.
   */
  public Tensor take_along_dim(Tensor indices, int dim) {
    return IndexOps.takeAlongDim(this, indices, dim);
  }

  /** Elements at flat positions {@code indices} (no negative positions). PyTorch: {@code t.take_along_dim(indices)}. */
  public Tensor take_along_dim(Tensor indices) {
    return IndexOps.takeAlongDim(this, indices, null);
  }

  /** {@link #nonzero()}. PyTorch: {@code t.argwhere()}. */
  public Tensor argwhere() {
    return IndexOps.nonzero(this);
  }

  /**
   * A copy with slice {@code i} of {@code source} added to slice {@code index[i]} along {@code dim}
   * (repeats accumulate). PyTorch: {@code t.index_add(dim, index, source)}.
   */
  public Tensor index_add(int dim, Tensor index, Tensor source) {
    return IndexOps.indexAdd(this, dim, index, source, 1);
  }

  /** PyTorch: {@code t.index_add(dim, index, source, alpha=alpha)}. */
  public Tensor index_add(int dim, Tensor index, Tensor source, double alpha) {
    return IndexOps.indexAdd(this, dim, index, source, alpha);
  }

  /** In-place {@link #index_add(int, Tensor, Tensor)}. PyTorch: {@code t.index_add_(dim, index, source)}. */
  public Tensor index_add_(int dim, Tensor index, Tensor source) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexOps.indexAdd(this, dim, index, source, 1));
  }

  /** PyTorch: {@code t.index_add_(dim, index, source, alpha=alpha)}. */
  public Tensor index_add_(int dim, Tensor index, Tensor source, double alpha) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexOps.indexAdd(this, dim, index, source, alpha));
  }

  /** A copy with the slices at {@code index} along {@code dim} set to {@code value}. PyTorch: {@code t.index_fill(dim, index, value)}. */
  public Tensor index_fill(int dim, Tensor index, double value) {
    return IndexOps.indexFill(this, dim, index, Torch.scalar(value));
  }

  /** {@link #index_fill(int, Tensor, double)} with a Java integer. */
  public Tensor index_fill(int dim, Tensor index, long value) {
    return IndexOps.indexFill(this, dim, index, Torch.scalar(value));
  }

  /** In-place {@link #index_fill(int, Tensor, double)}. */
  public Tensor index_fill_(int dim, Tensor index, double value) {
    return IndexOps.indexFillInplace(this, dim, index, Torch.scalar(value));
  }

  /** In-place {@link #index_fill(int, Tensor, long)}. */
  public Tensor index_fill_(int dim, Tensor index, long value) {
    return IndexOps.indexFillInplace(this, dim, index, Torch.scalar(value));
  }

  // ---- indexing writes (issue 11, branch ops-index: IndexWrites) ----

  /**
   * A copy with {@code values} (broadcast to the indexing result) written at {@code
   * self[indices]}, added there when {@code accumulate} (repeated indices add up). PyTorch:
   * {@code t.index_put(indices, values, accumulate)}.
   *
   * <p>{@code zeros(3).index_put(new Tensor[] {tensor(new long[] {0, 0})}, tensor(new double[] {1,
   * 2}), true)} is {@code tensor([3., 0., 0.])}.
   */
  public Tensor index_put(Tensor[] indices, Tensor values, boolean accumulate) {
    return IndexWrites.indexPut(this, indices, values, accumulate);
  }

  /** {@link #index_put(Tensor[], Tensor, boolean)} without accumulating. */
  public Tensor index_put(Tensor[] indices, Tensor values) {
    return IndexWrites.indexPut(this, indices, values, false);
  }

  /** In-place {@link #index_put(Tensor[], Tensor, boolean)}. PyTorch: {@code t.index_put_(indices, values, accumulate)}. */
  public Tensor index_put_(Tensor[] indices, Tensor values, boolean accumulate) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexWrites.indexPut(this, indices, values, accumulate));
  }

  /** In-place {@link #index_put(Tensor[], Tensor)}. PyTorch: {@code t.index_put_(indices, values)}. */
  public Tensor index_put_(Tensor[] indices, Tensor values) {
    return index_put_(indices, values, false);
  }

  /**
   * A copy with slice {@code i} of {@code source} written to slice {@code index[i]} along {@code
   * dim}. PyTorch: {@code t.index_copy(dim, index, source)}; {@code zeros(2, 2).index_copy(1,
   * tensor(new long[] {1}), ones(2, 1))} is {@code tensor([[0., 1.], [0., 1.]])}.
   */
  public Tensor index_copy(int dim, Tensor index, Tensor source) {
    return IndexWrites.indexCopy(this, dim, index, source);
  }

  /** In-place {@link #index_copy(int, Tensor, Tensor)}. PyTorch: {@code t.index_copy_(dim, index, source)}. */
  public Tensor index_copy_(int dim, Tensor index, Tensor source) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexWrites.indexCopy(this, dim, index, source));
  }

  /**
   * A copy (broadcast with {@code mask}) whose elements where {@code mask} is true take the
   * leading elements of {@code source} in row-major order. PyTorch: {@code t.masked_scatter(mask,
   * source)}; {@code zeros(3).masked_scatter(tensor(new boolean[] {true, false, true}),
   * tensor(new double[] {5, 6}))} is {@code tensor([5., 0., 6.])}.
   */
  public Tensor masked_scatter(Tensor mask, Tensor source) {
    return IndexWrites.maskedScatter(this, mask, source, false);
  }

  /** In-place {@link #masked_scatter(Tensor, Tensor)} (the mask expands to this shape). PyTorch: {@code t.masked_scatter_(mask, source)}. */
  public Tensor masked_scatter_(Tensor mask, Tensor source) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexWrites.maskedScatter(this, mask, source, true));
  }

  /**
   * A copy with {@code source}'s elements written at flat (row-major) positions {@code index},
   * negative counting from the end, added when {@code accumulate}. PyTorch: {@code t.put(index,
   * source, accumulate)}; {@code zeros(3).put(tensor(new long[] {-1}), ones(1))} is {@code
   * tensor([0., 0., 1.])}.
   */
  public Tensor put(Tensor index, Tensor source, boolean accumulate) {
    return IndexWrites.put(this, index, source, accumulate);
  }

  /** {@link #put(Tensor, Tensor, boolean)} without accumulating. */
  public Tensor put(Tensor index, Tensor source) {
    return IndexWrites.put(this, index, source, false);
  }

  /** In-place {@link #put(Tensor, Tensor, boolean)}. PyTorch: {@code t.put_(index, source, accumulate)}. */
  public Tensor put_(Tensor index, Tensor source, boolean accumulate) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexWrites.put(this, index, source, accumulate));
  }

  /** In-place {@link #put(Tensor, Tensor)}. PyTorch: {@code t.put_(index, source)}. */
  public Tensor put_(Tensor index, Tensor source) {
    return put_(index, source, false);
  }

  /**
   * Each slice along {@code dim} whose {@code p}-norm exceeds {@code maxnorm} scaled down to
   * norm {@code maxnorm}. PyTorch: {@code t.renorm(p, dim, maxnorm)}; {@code tensor(new double[][]
   * {{3, 4}, {0.3, 0.4}}).renorm(2, 0, 1)} is {@code tensor([[0.6000, 0.8000], [0.3000,
   * 0.4000]])}.
   */
  public Tensor renorm(double p, int dim, double maxnorm) {
    return IndexWrites.renorm(this, p, dim, maxnorm);
  }

  /** In-place {@link #renorm(double, int, double)}. PyTorch: {@code t.renorm_(p, dim, maxnorm)}. */
  public Tensor renorm_(double p, int dim, double maxnorm) {
    Autograd.checkInplace(this);
    // the composition saves its input: a snapshot keeps it from the write below
    Tensor src = Autograd.needsGrad(this) ? shallowSnapshot() : this;
    return IndexOps.inplace(this, IndexWrites.renorm(src, p, dim, maxnorm));
  }

  /**
   * {@link #index_fill(int, Tensor, double)} with a 0-d tensor value, which also gets a gradient.
   * PyTorch: {@code t.index_fill(dim, index, value)}.
   */
  public Tensor index_fill(int dim, Tensor index, Tensor value) {
    return IndexWrites.indexFillTensor(this, dim, index, value);
  }

  /** In-place {@link #index_fill(int, Tensor, Tensor)}. PyTorch: {@code t.index_fill_(dim, index, value)}. */
  public Tensor index_fill_(int dim, Tensor index, Tensor value) {
    Autograd.checkInplace(this);
    return IndexOps.inplace(this, IndexWrites.indexFillTensor(this, dim, index, value));
  }

  // ---- end indexing writes ----

  // ---- singular value decomposition (issue 11, branch ops-index: SvdOps) ----

  /** {@code {U, S, V}} with {@code A = U diag(S) V^T}, reduced. PyTorch: {@code t.svd()}. */
  public Tensor[] svd() {
    return SvdOps.svd(this, true, true);
  }

  /** PyTorch: {@code t.svd(some)}. */
  public Tensor[] svd(boolean some) {
    return SvdOps.svd(this, some, true);
  }

  /** PyTorch: {@code t.svd(some, compute_uv)}. */
  public Tensor[] svd(boolean some, boolean compute_uv) {
    return SvdOps.svd(this, some, compute_uv);
  }

  /** The pseudoinverse ({@code rcond=1e-15}). PyTorch: {@code t.pinverse()}. */
  public Tensor pinverse() {
    return SvdOps.pinv(this, 0.0, 1e-15);
  }

  /** PyTorch: {@code t.pinverse(rcond)}. */
  public Tensor pinverse(double rcond) {
    return SvdOps.pinv(this, 0.0, rcond);
  }

  /**
   * Elements at flat (row-major) positions {@code index}, negative counting from the end, in
   * {@code index}'s shape. PyTorch: {@code t.take(index)}.
   */
  public Tensor take(Tensor index) {
    return IndexOps.takeFlat(this, index);
  }

  // ---------------------------------------- reordering and building

  /**
   * A copy with the order of elements reversed along {@code dims}. PyTorch: {@code t.flip(dims)}.
   *
   * <pre>{@code arange(3).flip(0)   // tensor([2, 1, 0])}</pre>
   */
  public Tensor flip(int... dims) {
    return IndexOps.flip(this, dims);
  }

  /** Rolls the flattened tensor by {@code shifts} places (shape kept). PyTorch: {@code t.roll(shifts)}. */
  public Tensor roll(long shifts) {
    return IndexOps.roll(this, new long[] {shifts}, new int[0]);
  }

  /**
   * Rolls along {@code dim}: elements shifted past the end reappear at the start.
   * PyTorch: {@code t.roll(shifts, dims)}.
   *
   * <pre>{@code arange(4).roll(1, 0)   // tensor([3, 0, 1, 2])}</pre>
   */
  public Tensor roll(long shifts, int dim) {
    return IndexOps.roll(this, new long[] {shifts}, new int[] {dim});
  }

  /** Rolls along several dims at once. PyTorch: {@code t.roll(shifts, dims)} with tuples. */
  public Tensor roll(long[] shifts, int[] dims) {
    return IndexOps.roll(this, shifts, dims);
  }

  /** The lower triangle of the last two dims, zeros above. PyTorch: {@code t.tril()}. */
  public Tensor tril() {
    return IndexOps.triangle(this, 0, true);
  }

  /**
   * Keeps elements on and below the {@code diagonal}-th diagonal (positive: above the main one).
   * PyTorch: {@code t.tril(diagonal)}.
   *
   * <pre>{@code ones(2, 3).tril(1)   // tensor([[1., 1., 0.],
   *                             //         [1., 1., 1.]])}</pre>
   */
  public Tensor tril(long diagonal) {
    return IndexOps.triangle(this, diagonal, true);
  }

  /** The upper triangle of the last two dims, zeros below. PyTorch: {@code t.triu()}. */
  public Tensor triu() {
    return IndexOps.triangle(this, 0, false);
  }

  /** Keeps elements on and above the {@code diagonal}-th diagonal. PyTorch: {@code t.triu(diagonal)}. */
  public Tensor triu(long diagonal) {
    return IndexOps.triangle(this, diagonal, false);
  }

  /** In-place {@link #tril(long)}. PyTorch: {@code t.tril_(diagonal)}. */
  public Tensor tril_(long diagonal) {
    return IndexOps.triangleInplace(this, diagonal, true);
  }

  /** In-place {@link #triu(long)}. PyTorch: {@code t.triu_(diagonal)}. */
  public Tensor triu_(long diagonal) {
    return IndexOps.triangleInplace(this, diagonal, false);
  }

  /** 1-D: a square matrix with this on its diagonal; 2-D: the diagonal as a vector. PyTorch: {@code t.diag()}. */
  public Tensor diag() {
    return IndexOps.diag(this, 0);
  }

  /**
   * {@link #diag()} for the {@code diagonal}-th diagonal (positive: above the main one).
   *
   * <pre>{@code tensor(new long[] {1, 2}).diag(1)   // tensor([[0, 1, 0],
   *                                            //         [0, 0, 2],
   *                                            //         [0, 0, 0]])}</pre>
   */
  public Tensor diag(long diagonal) {
    return IndexOps.diag(this, diagonal);
  }

  /**
   * Repeats the whole tensor {@code sizes[i]} times along each dim (leading sizes add dims).
   * PyTorch: {@code t.repeat(*sizes)}.
   *
   * <pre>{@code arange(2).repeat(2, 2)   // tensor([[0, 1, 0, 1],
   *                                  //         [0, 1, 0, 1]])}</pre>
   */
  public Tensor repeat(long... sizes) {
    return IndexOps.repeat(this, sizes);
  }

  /** {@link #repeat} where fewer reps than dims repeat the trailing dims. PyTorch: {@code t.tile(dims)}. */
  public Tensor tile(long... dims) {
    return IndexOps.tile(this, dims);
  }

  /**
   * Each element repeated {@code repeats} times, flattened. PyTorch: {@code t.repeat_interleave(repeats)}.
   *
   * <pre>{@code tensor(new long[] {1, 2}).repeat_interleave(2)   // tensor([1, 1, 2, 2])}</pre>
   */
  public Tensor repeat_interleave(long repeats) {
    return IndexOps.repeatInterleave(this, Torch.tensor(repeats), null);
  }

  /** Each slice along {@code dim} repeated {@code repeats} times. PyTorch: {@code t.repeat_interleave(repeats, dim)}. */
  public Tensor repeat_interleave(long repeats, int dim) {
    return IndexOps.repeatInterleave(this, Torch.tensor(repeats), dim);
  }

  /** Element {@code i} repeated {@code repeats[i]} times, flattened. */
  public Tensor repeat_interleave(Tensor repeats) {
    return IndexOps.repeatInterleave(this, repeats, null);
  }

  /** Slice {@code i} along {@code dim} repeated {@code repeats[i]} times. */
  public Tensor repeat_interleave(Tensor repeats, int dim) {
    return IndexOps.repeatInterleave(this, repeats, dim);
  }

  /**
   * A tensor with this one's last dim on the {@code offset}-th diagonal of two new dims
   * {@code dim1}, {@code dim2} (zeros elsewhere). PyTorch: {@code t.diag_embed(offset, dim1, dim2)}.
   */
  public Tensor diag_embed(long offset, int dim1, int dim2) {
    return IndexOps.diagEmbed(this, offset, dim1, dim2);
  }

  /**
   * Each row of the last dim as the diagonal of a square matrix. PyTorch: {@code t.diag_embed()}.
   *
   * <pre>{@code tensor(new long[] {1, 2}).diag_embed()   // tensor([[1, 0],
   *                                               //         [0, 2]])}</pre>
   */
  public Tensor diag_embed() {
    return IndexOps.diagEmbed(this, 0, -2, -1);
  }

  /** Reversed along dim 1. PyTorch: {@code t.fliplr()}. */
  public Tensor fliplr() {
    if (dim() < 2) {
      throw new IllegalArgumentException("Input must be >= 2-d.");
    }
    return IndexOps.flip(this, new int[] {1});
  }

  /** Reversed along dim 0. PyTorch: {@code t.flipud()}. */
  public Tensor flipud() {
    if (dim() < 1) {
      throw new IllegalArgumentException("Input must be >= 1-d.");
    }
    return IndexOps.flip(this, new int[] {0});
  }

  // ---------------------------------------- reductions and softmax

  /**
   * Softmax along {@code dim}: {@code exp(x - max) / sum(exp(x - max))}, stable for large inputs.
   *
   * <pre>{@code tensor(new double[] {1, 2, 3}).softmax(0)   // tensor([0.0900, 0.2447, 0.6652])}</pre>
   *
   * PyTorch: {@code t.softmax(dim)}.
   */
  public Tensor softmax(int dim) {
    return SoftmaxOps.softmax(this, dim, null);
  }

  /** Converts to {@code dtype} first. PyTorch: {@code t.softmax(dim, dtype=dtype)}. */
  public Tensor softmax(int dim, DType dtype) {
    return SoftmaxOps.softmax(this, dim, dtype);
  }

  /** {@code x - max - log(sum(exp(x - max)))} along {@code dim}. PyTorch: {@code t.log_softmax(dim)}. */
  public Tensor log_softmax(int dim) {
    return SoftmaxOps.log_softmax(this, dim, null);
  }

  /** PyTorch: {@code t.log_softmax(dim, dtype=dtype)}. */
  public Tensor log_softmax(int dim, DType dtype) {
    return SoftmaxOps.log_softmax(this, dim, dtype);
  }

  /**
   * {@code log(sum(exp(x)))} over {@code dim}, computed around the maximum so it neither overflows
   * nor underflows; integral inputs give the default dtype. PyTorch: {@code t.logsumexp(dim)}.
   */
  public Tensor logsumexp(int dim) {
    return SoftmaxOps.logsumexp(this, new int[] {dim}, false);
  }

  /** PyTorch: {@code t.logsumexp(dim, keepdim)}. */
  public Tensor logsumexp(int dim, boolean keepdim) {
    return SoftmaxOps.logsumexp(this, new int[] {dim}, keepdim);
  }

  /** PyTorch: {@code t.logsumexp(dims, keepdim)}. */
  public Tensor logsumexp(int[] dims, boolean keepdim) {
    return SoftmaxOps.logsumexp(this, dims, keepdim);
  }

  /** Sum of all elements; integral and bool inputs give int64. PyTorch: {@code t.sum()}. */
  public Tensor sum() {
    return Reduce.sum(this, null, false, null);
  }

  /** PyTorch: {@code t.sum(dtype=dtype)}. */
  public Tensor sum(DType dtype) {
    return Reduce.sum(this, null, false, dtype);
  }

  /** PyTorch: {@code t.sum(dim)}. */
  public Tensor sum(int dim) {
    return Reduce.sum(this, new int[] {dim}, false, null);
  }

  /** PyTorch: {@code t.sum(dim, keepdim)}. */
  public Tensor sum(int dim, boolean keepdim) {
    return Reduce.sum(this, new int[] {dim}, keepdim, null);
  }

  /** Sum over several dims. PyTorch: {@code t.sum(dim=(0, 1), keepdim=...)}. */
  public Tensor sum(int[] dims, boolean keepdim) {
    return Reduce.sum(this, dims, keepdim, null);
  }

  /** PyTorch: {@code t.sum(dim=(0, 1))}. */
  public Tensor sum(int[] dims) {
    return Reduce.sum(this, dims, false, null);
  }

  /** Mean of all elements; needs a floating dtype. PyTorch: {@code t.mean()}. */
  public Tensor mean() {
    return Reduce.mean(this, null, false, null);
  }

  /** PyTorch: {@code t.mean(dtype=dtype)}. */
  public Tensor mean(DType dtype) {
    return Reduce.mean(this, null, false, dtype);
  }

  /** PyTorch: {@code t.mean(dim)}. */
  public Tensor mean(int dim) {
    return Reduce.mean(this, new int[] {dim}, false, null);
  }

  /** PyTorch: {@code t.mean(dim, keepdim)}. */
  public Tensor mean(int dim, boolean keepdim) {
    return Reduce.mean(this, new int[] {dim}, keepdim, null);
  }

  /** PyTorch: {@code t.mean(dim=(...), keepdim=...)}. */
  public Tensor mean(int[] dims, boolean keepdim) {
    return Reduce.mean(this, dims, keepdim, null);
  }

  /** PyTorch: {@code t.mean(dim=(...))}. */
  public Tensor mean(int[] dims) {
    return Reduce.mean(this, dims, false, null);
  }

  /** Product of all elements. PyTorch: {@code t.prod()}. */
  public Tensor prod() {
    return Reduce.prod(this, null, false, null);
  }

  /** PyTorch: {@code t.prod(dim, keepdim)}. */
  public Tensor prod(int dim, boolean keepdim) {
    return Reduce.prod(this, dim, keepdim, null);
  }

  /** PyTorch: {@code t.prod(dim)}. */
  public Tensor prod(int dim) {
    return Reduce.prod(this, dim, false, null);
  }

  /** Largest element (NaN propagates). PyTorch: {@code t.max()}. */
  public Tensor max() {
    return Reduce.extreme(this, true);
  }

  /** Largest along a dim, with indices. PyTorch: {@code t.max(dim)}. */
  public ValuesIndices max(int dim) {
    return Reduce.extremeDim(this, dim, false, true);
  }

  /** PyTorch: {@code t.max(dim, keepdim)}. */
  public ValuesIndices max(int dim, boolean keepdim) {
    return Reduce.extremeDim(this, dim, keepdim, true);
  }

  /** Elementwise maximum. PyTorch: {@code t.max(other)}. */
  public Tensor max(Tensor other) {
    return maximum(other);
  }

  /** Smallest element. PyTorch: {@code t.min()}. */
  public Tensor min() {
    return Reduce.extreme(this, false);
  }

  /** PyTorch: {@code t.min(dim)}. */
  public ValuesIndices min(int dim) {
    return Reduce.extremeDim(this, dim, false, false);
  }

  /** PyTorch: {@code t.min(dim, keepdim)}. */
  public ValuesIndices min(int dim, boolean keepdim) {
    return Reduce.extremeDim(this, dim, keepdim, false);
  }

  /** Elementwise minimum. PyTorch: {@code t.min(other)}. */
  public Tensor min(Tensor other) {
    return minimum(other);
  }

  /** Flat index of the largest element. PyTorch: {@code t.argmax()}. */
  public Tensor argmax() {
    return Reduce.argExtreme(this, null, false, true);
  }

  /** PyTorch: {@code t.argmax(dim, keepdim)}. */
  public Tensor argmax(int dim, boolean keepdim) {
    return Reduce.argExtreme(this, dim, keepdim, true);
  }

  /** PyTorch: {@code t.argmax(dim)}. */
  public Tensor argmax(int dim) {
    return Reduce.argExtreme(this, dim, false, true);
  }

  /** PyTorch: {@code t.argmin()}. */
  public Tensor argmin() {
    return Reduce.argExtreme(this, null, false, false);
  }

  /** PyTorch: {@code t.argmin(dim, keepdim)}. */
  public Tensor argmin(int dim, boolean keepdim) {
    return Reduce.argExtreme(this, dim, keepdim, false);
  }

  /** PyTorch: {@code t.argmin(dim)}. */
  public Tensor argmin(int dim) {
    return Reduce.argExtreme(this, dim, false, false);
  }

  /** True when every element is non-zero. PyTorch: {@code t.all()}. */
  public Tensor all() {
    return Reduce.allAny(this, null, false, true);
  }

  /** PyTorch: {@code t.all(dim, keepdim)}. */
  public Tensor all(int dim, boolean keepdim) {
    return Reduce.allAny(this, dim, keepdim, true);
  }

  /** PyTorch: {@code t.all(dim)}. */
  public Tensor all(int dim) {
    return Reduce.allAny(this, dim, false, true);
  }

  /** True when any element is non-zero. PyTorch: {@code t.any()}. */
  public Tensor any() {
    return Reduce.allAny(this, null, false, false);
  }

  /** PyTorch: {@code t.any(dim, keepdim)}. */
  public Tensor any(int dim, boolean keepdim) {
    return Reduce.allAny(this, dim, keepdim, false);
  }

  /** PyTorch: {@code t.any(dim)}. */
  public Tensor any(int dim) {
    return Reduce.allAny(this, dim, false, false);
  }

  /** Variance (Bessel-corrected) of all elements. PyTorch: {@code t.var()}. */
  public Tensor var() {
    return StatsOps.varStd(this, null, 1, false, false, "std and var", "VarBackward0");
  }

  /** Variance of all elements, divided by {@code N} when not {@code unbiased}. PyTorch: {@code t.var(unbiased)}. */
  public Tensor var(boolean unbiased) {
    return StatsOps.varStd(this, null, unbiased ? 1 : 0, false, false, "std and var", "VarBackward0");
  }

  /**
   * Variance along {@code dim} (Bessel-corrected). PyTorch: {@code t.var(dim)}.
   *
   * <pre>{@code tensor(new double[][] {{1, 2}, {3, 6}}).var(0)   // tensor([2., 8.], dtype=torch.float64)}</pre>
   */
  public Tensor var(int dim) {
    return var(new int[] {dim}, true, false);
  }

  /** Variance over several dims (all when empty or null). PyTorch: {@code t.var(dim=(...))}. */
  public Tensor var(int[] dims) {
    return var(dims, true, false);
  }

  /** PyTorch: {@code t.var(dim, unbiased)}. */
  public Tensor var(int dim, boolean unbiased) {
    return var(new int[] {dim}, unbiased, false);
  }

  /** PyTorch: {@code t.var(dims, unbiased)}. */
  public Tensor var(int[] dims, boolean unbiased) {
    return var(dims, unbiased, false);
  }

  /** PyTorch: {@code t.var(dim, unbiased, keepdim)}; {@code t.var(dim=0, keepdim=True)} is {@code var(0, true, true)}. */
  public Tensor var(int dim, boolean unbiased, boolean keepdim) {
    return var(new int[] {dim}, unbiased, keepdim);
  }

  /** PyTorch: {@code t.var(dims, unbiased, keepdim)}; null dims reduce over all. */
  public Tensor var(int[] dims, boolean unbiased, boolean keepdim) {
    return StatsOps.varStd(this, dims, unbiased ? 1 : 0, keepdim, false, "std and var", "VarBackward0");
  }

  /** Divided by {@code max(0, N - correction)}. PyTorch: {@code t.var(dim, correction=c, keepdim=k)}. */
  public Tensor var(int dim, long correction, boolean keepdim) {
    return var(new int[] {dim}, correction, keepdim);
  }

  /** PyTorch: {@code t.var(dims, correction=c, keepdim=k)}; null dims reduce over all. */
  public Tensor var(int[] dims, long correction, boolean keepdim) {
    return StatsOps.varStd(this, dims, correction, keepdim, false, "std and var", "VarBackward0");
  }

  /** Standard deviation (Bessel-corrected) of all elements. PyTorch: {@code t.std()}. */
  public Tensor std() {
    return StatsOps.varStd(this, null, 1, false, true, "std and var", "StdBackward0");
  }

  /** Standard deviation of all elements, divided by {@code N} when not {@code unbiased}. PyTorch: {@code t.std(unbiased)}. */
  public Tensor std(boolean unbiased) {
    return StatsOps.varStd(this, null, unbiased ? 1 : 0, false, true, "std and var", "StdBackward0");
  }

  /**
   * Standard deviation along {@code dim} (Bessel-corrected). PyTorch: {@code t.std(dim)}.
   *
   * <pre>{@code tensor(new double[][] {{1, 2}, {3, 6}}).std(0)   // tensor([1.4142, 2.8284], dtype=torch.float64)}</pre>
   */
  public Tensor std(int dim) {
    return std(new int[] {dim}, true, false);
  }

  /** Standard deviation over several dims (all when empty or null). PyTorch: {@code t.std(dim=(...))}. */
  public Tensor std(int[] dims) {
    return std(dims, true, false);
  }

  /** PyTorch: {@code t.std(dim, unbiased)}. */
  public Tensor std(int dim, boolean unbiased) {
    return std(new int[] {dim}, unbiased, false);
  }

  /** PyTorch: {@code t.std(dims, unbiased)}. */
  public Tensor std(int[] dims, boolean unbiased) {
    return std(dims, unbiased, false);
  }

  /** PyTorch: {@code t.std(dim, unbiased, keepdim)}; {@code t.std(dim=0, keepdim=True)} is {@code std(0, true, true)}. */
  public Tensor std(int dim, boolean unbiased, boolean keepdim) {
    return std(new int[] {dim}, unbiased, keepdim);
  }

  /** PyTorch: {@code t.std(dims, unbiased, keepdim)}; null dims reduce over all. */
  public Tensor std(int[] dims, boolean unbiased, boolean keepdim) {
    return StatsOps.varStd(this, dims, unbiased ? 1 : 0, keepdim, true, "std and var", "StdBackward0");
  }

  /** Divided by {@code max(0, N - correction)}. PyTorch: {@code t.std(dim, correction=c, keepdim=k)}. */
  public Tensor std(int dim, long correction, boolean keepdim) {
    return std(new int[] {dim}, correction, keepdim);
  }

  /** PyTorch: {@code t.std(dims, correction=c, keepdim=k)}; null dims reduce over all. */
  public Tensor std(int[] dims, long correction, boolean keepdim) {
    return StatsOps.varStd(this, dims, correction, keepdim, true, "std and var", "StdBackward0");
  }

  /** 2-norm (Frobenius for matrices) of all elements. PyTorch: {@code t.norm()}. */
  public Tensor norm() {
    return LinAlg.norm(this, 2, null, false);
  }

  /** p-norm of all elements. PyTorch: {@code t.norm(p)}. */
  public Tensor norm(double p) {
    return LinAlg.norm(this, p, null, false);
  }

  /** p-norm over {@code dim}. PyTorch: {@code t.norm(p, dim, keepdim)}. */
  public Tensor norm(double p, int dim, boolean keepdim) {
    return LinAlg.norm(this, p, new int[] {dim}, keepdim);
  }

  /** p-norm over several dims. PyTorch: {@code t.norm(p, dim=(...), keepdim)}. */
  public Tensor norm(double p, int[] dims, boolean keepdim) {
    return LinAlg.norm(this, p, dims, keepdim);
  }

  /** Largest value over all elements. PyTorch: {@code t.amax()}. */
  public Tensor amax() {
    return SortOps.amaxAmin(this, null, false, true);
  }

  /** Largest values along {@code dim}. PyTorch: {@code t.amax(dim)}. */
  public Tensor amax(int dim) {
    return SortOps.amaxAmin(this, new int[] {dim}, false, true);
  }

  /** PyTorch: {@code t.amax(dim, keepdim)}. */
  public Tensor amax(int dim, boolean keepdim) {
    return SortOps.amaxAmin(this, new int[] {dim}, keepdim, true);
  }

  /**
   * Largest values over several dims; the gradient is shared evenly among ties.
   * PyTorch: {@code t.amax(dims, keepdim)}.
   */
  public Tensor amax(int[] dims, boolean keepdim) {
    return SortOps.amaxAmin(this, dims, keepdim, true);
  }

  /** Smallest value over all elements. PyTorch: {@code t.amin()}. */
  public Tensor amin() {
    return SortOps.amaxAmin(this, null, false, false);
  }

  /** PyTorch: {@code t.amin(dim)}. */
  public Tensor amin(int dim) {
    return SortOps.amaxAmin(this, new int[] {dim}, false, false);
  }

  /** PyTorch: {@code t.amin(dim, keepdim)}. */
  public Tensor amin(int dim, boolean keepdim) {
    return SortOps.amaxAmin(this, new int[] {dim}, keepdim, false);
  }

  /** PyTorch: {@code t.amin(dims, keepdim)}. */
  public Tensor amin(int[] dims, boolean keepdim) {
    return SortOps.amaxAmin(this, dims, keepdim, false);
  }

  /**
   * The lower median of all elements (NaN if any is NaN). PyTorch: {@code t.median()}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 4, 2}).median()   // tensor(2)}</pre>
   */
  public Tensor median() {
    return SortOps.median(this);
  }

  /** Lower medians along {@code dim} and their indices. PyTorch: {@code t.median(dim)}. */
  public ValuesIndices median(int dim) {
    return SortOps.median(this, dim, false);
  }

  /** PyTorch: {@code t.median(dim, keepdim)}. */
  public ValuesIndices median(int dim, boolean keepdim) {
    return SortOps.median(this, dim, keepdim);
  }

  /**
   * The {@code k}-th smallest element of the last dim (NaN counts as largest) and its index.
   * PyTorch: {@code t.kthvalue(k)}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 2}).kthvalue(2)
   * // torch.return_types.kthvalue(
   * // values=tensor(2),
   * // indices=tensor(2))}</pre>
   */
  public ValuesIndices kthvalue(long k) {
    return StatsOps.kthvalue(this, k, -1, false);
  }

  /** PyTorch: {@code t.kthvalue(k, dim)}. */
  public ValuesIndices kthvalue(long k, int dim) {
    return StatsOps.kthvalue(this, k, dim, false);
  }

  /** PyTorch: {@code t.kthvalue(k, dim, keepdim)}. */
  public ValuesIndices kthvalue(long k, int dim, boolean keepdim) {
    return StatsOps.kthvalue(this, k, dim, keepdim);
  }

  /**
   * The most frequent value of the last dim (the smallest of equally frequent ones) and an index
   * of it, as PyTorch's CPU kernel picks it. PyTorch: {@code t.mode()}.
   *
   * <pre>{@code tensor(new long[] {2, 1, 2, 1, 3}).mode().values()   // tensor(1)}</pre>
   */
  public ValuesIndices mode() {
    return StatsOps.mode(this, -1, false);
  }

  /** PyTorch: {@code t.mode(dim)}. */
  public ValuesIndices mode(int dim) {
    return StatsOps.mode(this, dim, false);
  }

  /** PyTorch: {@code t.mode(dim, keepdim)}. */
  public ValuesIndices mode(int dim, boolean keepdim) {
    return StatsOps.mode(this, dim, keepdim);
  }

  /**
   * The lower median of the non-NaN elements (NaN only when all are). PyTorch: {@code t.nanmedian()}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN, 3, 2}).nanmedian()   // tensor(2., dtype=torch.float64)}</pre>
   */
  public Tensor nanmedian() {
    return StatsOps.nanmedian(this);
  }

  /** Lower medians of the non-NaN elements along {@code dim}, and their indices. PyTorch: {@code t.nanmedian(dim)}. */
  public ValuesIndices nanmedian(int dim) {
    return StatsOps.nanmedian(this, dim, false);
  }

  /** PyTorch: {@code t.nanmedian(dim, keepdim)}. */
  public ValuesIndices nanmedian(int dim, boolean keepdim) {
    return StatsOps.nanmedian(this, dim, keepdim);
  }

  /**
   * Sum of all elements, NaN counted as zero (integral inputs give int64). PyTorch: {@code t.nansum()}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN, 2}).nansum()   // tensor(3., dtype=torch.float64)}</pre>
   */
  public Tensor nansum() {
    return StatsOps.nansum(this, null, false, null);
  }

  /** PyTorch: {@code t.nansum(dtype=dtype)}. */
  public Tensor nansum(DType dtype) {
    return StatsOps.nansum(this, null, false, dtype);
  }

  /** PyTorch: {@code t.nansum(dim)}. */
  public Tensor nansum(int dim) {
    return StatsOps.nansum(this, new int[] {dim}, false, null);
  }

  /** PyTorch: {@code t.nansum(dims)}. */
  public Tensor nansum(int[] dims) {
    return StatsOps.nansum(this, dims, false, null);
  }

  /** PyTorch: {@code t.nansum(dim, keepdim)}. */
  public Tensor nansum(int dim, boolean keepdim) {
    return StatsOps.nansum(this, new int[] {dim}, keepdim, null);
  }

  /** PyTorch: {@code t.nansum(dims, keepdim)}; null dims reduce over all. */
  public Tensor nansum(int[] dims, boolean keepdim) {
    return StatsOps.nansum(this, dims, keepdim, null);
  }

  /** PyTorch: {@code t.nansum(dims, keepdim, dtype=dtype)}; null dims reduce over all. */
  public Tensor nansum(int[] dims, boolean keepdim, DType dtype) {
    return StatsOps.nansum(this, dims, keepdim, dtype);
  }

  /**
   * Mean of the non-NaN elements of a floating tensor. PyTorch: {@code t.nanmean()}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN, 2}).nanmean()   // tensor(1.5000, dtype=torch.float64)}</pre>
   */
  public Tensor nanmean() {
    return StatsOps.nanmean(this, null, false, null);
  }

  /** PyTorch: {@code t.nanmean(dtype=dtype)}. */
  public Tensor nanmean(DType dtype) {
    return StatsOps.nanmean(this, null, false, dtype);
  }

  /** PyTorch: {@code t.nanmean(dim)}. */
  public Tensor nanmean(int dim) {
    return StatsOps.nanmean(this, new int[] {dim}, false, null);
  }

  /** PyTorch: {@code t.nanmean(dims)}. */
  public Tensor nanmean(int[] dims) {
    return StatsOps.nanmean(this, dims, false, null);
  }

  /** PyTorch: {@code t.nanmean(dim, keepdim)}. */
  public Tensor nanmean(int dim, boolean keepdim) {
    return StatsOps.nanmean(this, new int[] {dim}, keepdim, null);
  }

  /** PyTorch: {@code t.nanmean(dims, keepdim)}; null dims reduce over all. */
  public Tensor nanmean(int[] dims, boolean keepdim) {
    return StatsOps.nanmean(this, dims, keepdim, null);
  }

  /** PyTorch: {@code t.nanmean(dims, keepdim, dtype=dtype)}; null dims reduce over all. */
  public Tensor nanmean(int[] dims, boolean keepdim, DType dtype) {
    return StatsOps.nanmean(this, dims, keepdim, dtype);
  }

  /**
   * {@code {min, max}} of all elements (NaN propagates); Python's namedtuple {@code (min, max)} is a
   * {@code Tensor[]}. PyTorch: {@code t.aminmax()}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 2}).aminmax()   // {tensor(1), tensor(3)}}</pre>
   */
  public Tensor[] aminmax() {
    return StatsOps.aminmax(this, null, false);
  }

  /** {@code {min, max}} along {@code dim}. PyTorch: {@code t.aminmax(dim=dim)}. */
  public Tensor[] aminmax(int dim) {
    return StatsOps.aminmax(this, dim, false);
  }

  /** PyTorch: {@code t.aminmax(dim=dim, keepdim=keepdim)}; a null dim reduces over all. */
  public Tensor[] aminmax(Integer dim, boolean keepdim) {
    return StatsOps.aminmax(this, dim, keepdim);
  }

  /**
   * Sorted ascending along dim 0 (NaN last). PyTorch: {@code t.msort()}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 2}).msort()   // tensor([1, 2, 3])}</pre>
   */
  public Tensor msort() {
    return StatsOps.msort(this);
  }

  /**
   * The {@code q}-quantile of all elements (NaN if any is NaN), interpolating linearly between neighbours. PyTorch:
   * {@code t.quantile(q)}.
   *
   * <pre>{@code tensor(new double[] {1, 2, 3, 4}).quantile(0.5)   // tensor(2.5000, dtype=torch.float64)}</pre>
   */
  public Tensor quantile(double q) {
    return StatsOps.quantile(this, q, null, false, "linear", false);
  }

  /** PyTorch: {@code t.quantile(q, dim)}. */
  public Tensor quantile(double q, int dim) {
    return StatsOps.quantile(this, q, dim, false, "linear", false);
  }

  /** PyTorch: {@code t.quantile(q, dim, keepdim)}. */
  public Tensor quantile(double q, int dim, boolean keepdim) {
    return StatsOps.quantile(this, q, dim, keepdim, "linear", false);
  }

  /**
   * With {@code interpolation} one of linear, lower, higher, midpoint, nearest; a null dim
   * flattens. PyTorch: {@code t.quantile(q, dim, keepdim, interpolation=interpolation)}.
   */
  public Tensor quantile(double q, Integer dim, boolean keepdim, String interpolation) {
    return StatsOps.quantile(this, q, dim, keepdim, interpolation, false);
  }

  /** Quantiles for each value of {@code q} (0-d or 1-D, this dtype; 1-D puts them first). PyTorch: {@code t.quantile(q)}. */
  public Tensor quantile(Tensor q) {
    return StatsOps.quantile(this, q, null, false, "linear", false);
  }

  /** PyTorch: {@code t.quantile(q, dim)}. */
  public Tensor quantile(Tensor q, int dim) {
    return StatsOps.quantile(this, q, dim, false, "linear", false);
  }

  /** PyTorch: {@code t.quantile(q, dim, keepdim)}. */
  public Tensor quantile(Tensor q, int dim, boolean keepdim) {
    return StatsOps.quantile(this, q, dim, keepdim, "linear", false);
  }

  /**
   * With {@code interpolation} one of linear, lower, higher, midpoint, nearest; a null dim
   * flattens. PyTorch: {@code t.quantile(q, dim, keepdim, interpolation=interpolation)}.
   */
  public Tensor quantile(Tensor q, Integer dim, boolean keepdim, String interpolation) {
    return StatsOps.quantile(this, q, dim, keepdim, interpolation, false);
  }

  /**
   * The {@code q}-quantile of the non-NaN elements, interpolating linearly between neighbours. PyTorch:
   * {@code t.nanquantile(q)}.
   *
   * <pre>{@code tensor(new double[] {1, Double.NaN, 3}).nanquantile(0.5)   // tensor(2., dtype=torch.float64)}</pre>
   */
  public Tensor nanquantile(double q) {
    return StatsOps.quantile(this, q, null, false, "linear", true);
  }

  /** PyTorch: {@code t.nanquantile(q, dim)}. */
  public Tensor nanquantile(double q, int dim) {
    return StatsOps.quantile(this, q, dim, false, "linear", true);
  }

  /** PyTorch: {@code t.nanquantile(q, dim, keepdim)}. */
  public Tensor nanquantile(double q, int dim, boolean keepdim) {
    return StatsOps.quantile(this, q, dim, keepdim, "linear", true);
  }

  /**
   * With {@code interpolation} one of linear, lower, higher, midpoint, nearest; a null dim
   * flattens. PyTorch: {@code t.nanquantile(q, dim, keepdim, interpolation=interpolation)}.
   */
  public Tensor nanquantile(double q, Integer dim, boolean keepdim, String interpolation) {
    return StatsOps.quantile(this, q, dim, keepdim, interpolation, true);
  }

  /** Quantiles for each value of {@code q} (0-d or 1-D, this dtype; 1-D puts them first). PyTorch: {@code t.nanquantile(q)}. */
  public Tensor nanquantile(Tensor q) {
    return StatsOps.quantile(this, q, null, false, "linear", true);
  }

  /** PyTorch: {@code t.nanquantile(q, dim)}. */
  public Tensor nanquantile(Tensor q, int dim) {
    return StatsOps.quantile(this, q, dim, false, "linear", true);
  }

  /** PyTorch: {@code t.nanquantile(q, dim, keepdim)}. */
  public Tensor nanquantile(Tensor q, int dim, boolean keepdim) {
    return StatsOps.quantile(this, q, dim, keepdim, "linear", true);
  }

  /**
   * With {@code interpolation} one of linear, lower, higher, midpoint, nearest; a null dim
   * flattens. PyTorch: {@code t.nanquantile(q, dim, keepdim, interpolation=interpolation)}.
   */
  public Tensor nanquantile(Tensor q, Integer dim, boolean keepdim, String interpolation) {
    return StatsOps.quantile(this, q, dim, keepdim, interpolation, true);
  }

  /**
   * A histogram of {@code bins} equal bins over {@code [min, max]} (the data's range when both are
   * equal), in this dtype. PyTorch: {@code t.histc(bins, min, max)}.
   *
   * <pre>{@code tensor(new double[] {1, 2, 1}).histc(4, 0, 3)   // tensor([0., 2., 1., 0.], dtype=torch.float64)}</pre>
   */
  public Tensor histc(long bins, double min, double max) {
    return StatsOps.histc(this, bins, min, max);
  }

  /** PyTorch: {@code t.histc(bins)}: over the data's range. */
  public Tensor histc(long bins) {
    return StatsOps.histc(this, bins, 0, 0);
  }

  /** PyTorch: {@code t.histc()}: 100 bins over the data's range. */
  public Tensor histc() {
    return StatsOps.histc(this, 100, 0, 0);
  }

  /**
   * The covariance matrix of the rows (variables) over the columns (observations), Bessel-corrected.
   * PyTorch: {@code t.cov()}.
   *
   * <pre>{@code tensor(new double[][] {{0, 1, 2}, {2, 1, 0}}).cov()
   * // tensor([[ 1., -1.],
   * //         [-1.,  1.]], dtype=torch.float64)}</pre>
   */
  public Tensor cov() {
    return StatsOps.cov(this, 1, null, null);
  }

  /**
   * With {@code correction} and per-observation integer {@code fweights} and floating {@code
   * aweights} (either may be null). PyTorch: {@code t.cov(correction=c, fweights=f, aweights=a)}.
   */
  public Tensor cov(long correction, Tensor fweights, Tensor aweights) {
    return StatsOps.cov(this, correction, fweights, aweights);
  }

  /**
   * Pearson correlation coefficients of the rows. PyTorch: {@code t.corrcoef()}.
   *
   * <pre>{@code tensor(new double[][] {{0, 1, 2}, {2, 1, 0}}).corrcoef()
   * // tensor([[ 1., -1.],
   * //         [-1.,  1.]], dtype=torch.float64)}</pre>
   */
  public Tensor corrcoef() {
    return StatsOps.corrcoef(this);
  }

  /** Number of non-zero elements (int64). PyTorch: {@code t.count_nonzero()}. */
  public Tensor count_nonzero() {
    return ne(0L).sum();
  }

  /** Non-zero counts along {@code dim}. PyTorch: {@code t.count_nonzero(dim)}. */
  public Tensor count_nonzero(int dim) {
    return ne(0L).sum(dim);
  }

  /** Non-zero counts over {@code dims}. PyTorch: {@code t.count_nonzero(dims)}. */
  public Tensor count_nonzero(int[] dims) {
    return ne(0L).sum(dims);
  }

  /**
   * How often each value of this 1-D non-negative integer tensor occurs, as int64 counts of length
   * {@code max + 1}. PyTorch: {@code t.bincount()}.
   *
   * <pre>{@code tensor(new long[] {1, 1, 3}).bincount()   // tensor([0, 2, 0, 1])}</pre>
   */
  public Tensor bincount() {
    return IndexOps.bincount(this, null, 0);
  }

  /**
   * Sums of {@code weights} per value (float32 weights give float32, others float64), at least
   * {@code minlength} bins; {@code weights} may be null. PyTorch: {@code t.bincount(weights, minlength)}.
   */
  public Tensor bincount(Tensor weights, long minlength) {
    return IndexOps.bincount(this, weights, minlength);
  }

  // ---------------------------------------- scans

  /** Cumulative sum along a dim; integral and bool inputs give int64. PyTorch: {@code t.cumsum}. */
  public Tensor cumsum(int dim) {
    return Reduce.scan(this, dim, null, true);
  }

  /** PyTorch: {@code t.cumsum(dim, dtype=dtype)}. */
  public Tensor cumsum(int dim, DType dtype) {
    return Reduce.scan(this, dim, dtype, true);
  }

  /** Cumulative product along a dim. PyTorch: {@code t.cumprod}. */
  public Tensor cumprod(int dim) {
    return Reduce.scan(this, dim, null, false);
  }

  /**
   * Running maximum along {@code dim} and the index where it was last reached (NaN sticks).
   * PyTorch: {@code t.cummax(dim)}.
   *
   * <pre>{@code tensor(new long[] {1, 3, 2, 3}).cummax(0)
   * // torch.return_types.cummax(
   * // values=tensor([1, 3, 3, 3]),
   * // indices=tensor([0, 1, 1, 3]))}</pre>
   */
  public ValuesIndices cummax(int dim) {
    return StatsOps.cumExtreme(this, dim, true);
  }

  /** Running minimum along {@code dim} and its last index. PyTorch: {@code t.cummin(dim)}. */
  public ValuesIndices cummin(int dim) {
    return StatsOps.cumExtreme(this, dim, false);
  }

  /**
   * {@code log(cumsum(exp(t)))} along {@code dim}, without overflow. PyTorch: {@code t.logcumsumexp(dim)}.
   *
   * <pre>{@code tensor(new double[] {0, 0}).logcumsumexp(0)   // tensor([0.0000, 0.6931], dtype=torch.float64)}</pre>
   */
  public Tensor logcumsumexp(int dim) {
    return StatsOps.logcumsumexp(this, dim);
  }

  /** Differences of neighbours along the last dim. PyTorch: {@code t.diff()}. */
  public Tensor diff() {
    return IndexOps.diff(this, 1, -1, null, null);
  }

  /**
   * The {@code n}-th forward difference along {@code dim} ({@code out[i] = x[i + 1] - x[i]},
   * XOR for bool). PyTorch: {@code t.diff(n, dim)}.
   *
   * <pre>{@code tensor(new long[] {1, 3, 6, 10}).diff(1, 0)   // tensor([2, 3, 4])}</pre>
   */
  public Tensor diff(long n, int dim) {
    return IndexOps.diff(this, n, dim, null, null);
  }

  /** {@link #diff(long, int)} of {@code cat([prepend, this, append], dim)}; either may be null. */
  public Tensor diff(long n, int dim, Tensor prepend, Tensor append) {
    return IndexOps.diff(this, n, dim, prepend, append);
  }

  // ---------------------------------------- sorting

  /**
   * Values sorted ascending along the last dim, and their original indices; equal values come
   * in the order PyTorch's CPU sort leaves them (use the {@code stable} overload for input
   * order). PyTorch: {@code t.sort()}.
   */
  public ValuesIndices sort() {
    return SortOps.sort(this, -1, false, false, false);
  }

  /** PyTorch: {@code t.sort(dim)}. */
  public ValuesIndices sort(int dim) {
    return SortOps.sort(this, dim, false, false, false);
  }

  /**
   * Sorted along {@code dim}; NaN sorts above every number. PyTorch: {@code t.sort(dim, descending)}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 2}).sort(0, true).indices()   // tensor([0, 2, 1])}</pre>
   */
  public ValuesIndices sort(int dim, boolean descending) {
    return SortOps.sort(this, dim, descending, false, false);
  }

  /** With {@code stable}, equal elements keep their input order. PyTorch: {@code t.sort(stable=stable, dim=dim, descending=descending)}. */
  public ValuesIndices sort(boolean stable, int dim, boolean descending) {
    return SortOps.sort(this, dim, descending, stable, true);
  }

  /** Indices that sort the last dim ascending. PyTorch: {@code t.argsort()}. */
  public Tensor argsort() {
    return SortOps.argsort(this, -1, false, false);
  }

  /** PyTorch: {@code t.argsort(dim)}. */
  public Tensor argsort(int dim) {
    return SortOps.argsort(this, dim, false, false);
  }

  /** PyTorch: {@code t.argsort(dim, descending)}. */
  public Tensor argsort(int dim, boolean descending) {
    return SortOps.argsort(this, dim, descending, false);
  }

  /** PyTorch: {@code t.argsort(stable=stable, dim=dim, descending=descending)}. */
  public Tensor argsort(boolean stable, int dim, boolean descending) {
    return SortOps.argsort(this, dim, descending, stable);
  }

  /**
   * The {@code k} largest elements of the last dim, largest first, and their indices.
   * PyTorch: {@code t.topk(k)}.
   *
   * <pre>{@code tensor(new long[] {1, 5, 3}).topk(2).values()   // tensor([5, 3])}</pre>
   */
  public ValuesIndices topk(long k) {
    return SortOps.topk(this, k, -1, true, true);
  }

  /** PyTorch: {@code t.topk(k, dim)}. */
  public ValuesIndices topk(long k, int dim) {
    return SortOps.topk(this, k, dim, true, true);
  }

  /** With {@code largest} false, the {@code k} smallest. PyTorch: {@code t.topk(k, dim, largest)}. */
  public ValuesIndices topk(long k, int dim, boolean largest) {
    return SortOps.topk(this, k, dim, largest, true);
  }

  /** PyTorch: {@code t.topk(k, dim, largest, sorted)}; unsorted results come in PyTorch's CPU order. */
  public ValuesIndices topk(long k, int dim, boolean largest, boolean sorted) {
    return SortOps.topk(this, k, dim, largest, sorted);
  }

  /**
   * The distinct elements, sorted, as a 1-D tensor. PyTorch: {@code t.unique()}.
   *
   * <pre>{@code tensor(new long[] {3, 1, 3}).unique()   // tensor([1, 3])}</pre>
   */
  public Tensor unique() {
    return SortOps.unique(this, false, false)[0];
  }

  /** PyTorch: {@code t.unique(sorted)}; the result is sorted either way (PyTorch leaves the order unspecified). */
  public Tensor unique(boolean sorted) {
    return SortOps.unique(this, false, false)[0];
  }

  /**
   * The distinct elements, then (when asked) each element's position among them and each
   * distinct value's count, as PyTorch's tuple. PyTorch: {@code t.unique(sorted, return_inverse,
   * return_counts)}.
   */
  public Tensor[] unique(boolean sorted, boolean return_inverse, boolean return_counts) {
    return SortOps.unique(this, return_inverse, return_counts);
  }

  /**
   * The distinct slices along {@code dim}, in lexicographic order, then (when asked) inverse
   * indices and counts. PyTorch: {@code t.unique(sorted, return_inverse, return_counts, dim)}.
   *
   * <pre>{@code tensor(new long[][] {{1, 2}, {1, 2}, {0, 5}}).unique(true, false, false, 0)[0]
   * // tensor([[0, 5],
   * //         [1, 2]])}</pre>
   */
  public Tensor[] unique(boolean sorted, boolean return_inverse, boolean return_counts, int dim) {
    return SortOps.uniqueDim(this, dim, return_inverse, return_counts);
  }

  /**
   * The first element of each run of equal consecutive elements, flattened. PyTorch: {@code
   * t.unique_consecutive()}.
   *
   * <pre>{@code tensor(new long[] {1, 1, 2, 2, 3, 1}).unique_consecutive()   // tensor([1, 2, 3, 1])}</pre>
   */
  public Tensor unique_consecutive() {
    return StatsOps.uniqueConsecutive(this, false, false)[0];
  }

  /**
   * The runs' values, then (when asked) each element's run and each run's length. PyTorch:
   * {@code t.unique_consecutive(return_inverse=i, return_counts=c)}.
   */
  public Tensor[] unique_consecutive(boolean return_inverse, boolean return_counts) {
    return StatsOps.uniqueConsecutive(this, return_inverse, return_counts);
  }

  /** Runs of equal consecutive slices along {@code dim}. PyTorch: {@code t.unique_consecutive(i, c, dim)}. */
  public Tensor[] unique_consecutive(boolean return_inverse, boolean return_counts, int dim) {
    return StatsOps.uniqueConsecutive(this, dim, return_inverse, return_counts);
  }

  // ---------------------------------------- linear algebra

  /** Inner product of two 1-D tensors of one dtype. PyTorch: {@code torch.dot}. */
  public Tensor dot(Tensor other) {
    return LinAlg.dot(this, other);
  }

  /** Matrix-vector product. PyTorch: {@code torch.mv}. */
  public Tensor mv(Tensor vec) {
    return LinAlg.mv(this, vec);
  }

  /** Matrix product of two 2-D tensors. PyTorch: {@code torch.mm}. */
  public Tensor mm(Tensor other) {
    return LinAlg.mm(this, other);
  }

  /** Matrix product with PyTorch's 1-D, 2-D and batched rules. PyTorch: {@code torch.matmul}, {@code @}. */
  public Tensor matmul(Tensor other) {
    return LinAlg.matmul(this, other);
  }

  /** Batched matrix product of 3-D tensors. PyTorch: {@code torch.bmm}. */
  public Tensor bmm(Tensor other) {
    if (dim() != 3) {
      throw new IllegalArgumentException("batch1 must be a 3D tensor");
    }
    if (other.dim() != 3) {
      throw new IllegalArgumentException("batch2 must be a 3D tensor");
    }
    if (other.shape[0] != shape[0] || other.shape[1] != shape[2]) {
      throw new IllegalArgumentException(
          "Expected size for first two dimensions of batch2 tensor to be: ["
              + shape[0] + ", " + shape[2] + "] but got: [" + other.shape[0] + ", " + other.shape[1]
              + "].");
    }
    return Autograd.rename(LinAlg.matmul(this, other), "BmmBackward0");
  }

  /** Outer product of two vectors. PyTorch: {@code t.outer(vec2)}. */
  public Tensor outer(Tensor vec2) {
    return MathOps.outer(this, vec2);
  }

  /** Cross product along the first dim of size 3. PyTorch: {@code t.cross(other)}. */
  public Tensor cross(Tensor other) {
    return MathOps.cross(this, other, null);
  }

  /** Cross product along {@code dim}. PyTorch: {@code t.cross(other, dim)}. */
  public Tensor cross(Tensor other, int dim) {
    return MathOps.cross(this, other, dim);
  }

  /** Sum of the main diagonal of a matrix. PyTorch: {@code t.trace()}. */
  public Tensor trace() {
    return MathOps.trace(this);
  }

  /** Determinant of a (batch of) square matrix. PyTorch: {@code t.det()}. */
  public Tensor det() {
    return MathOps.det(this);
  }

  /** Inverse of a (batch of) square matrix. PyTorch: {@code t.inverse()}. */
  public Tensor inverse() {
    return MathOps.inverse(this);
  }

  /**
   * {@code this + mat @ vec}. PyTorch: {@code t.addmv(mat, vec)}.
   *
   * <pre>{@code ones(2).addmv(ones(2, 3), ones(3))   // tensor([4., 4.])}</pre>
   */
  public Tensor addmv(Tensor mat, Tensor vec) {
    return MatrixOps.addmv(this, mat, vec, Torch.scalar(1L), Torch.scalar(1L));
  }

  /** {@code beta * this + alpha * (mat @ vec)}. PyTorch: {@code t.addmv(mat, vec, beta=b, alpha=a)}. */
  public Tensor addmv(Tensor mat, Tensor vec, double beta, double alpha) {
    return MatrixOps.addmv(this, mat, vec, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@link #addmv(Tensor, Tensor, double, double)} with integral beta and alpha. */
  public Tensor addmv(Tensor mat, Tensor vec, long beta, long alpha) {
    return MatrixOps.addmv(this, mat, vec, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** In-place {@link #addmv(Tensor, Tensor)}. PyTorch: {@code t.addmv_(mat, vec)}. */
  public Tensor addmv_(Tensor mat, Tensor vec) {
    return MatrixOps.inplace(this, addmv(mat, vec));
  }

  /** In-place {@link #addmv(Tensor, Tensor, double, double)}. PyTorch: {@code t.addmv_(mat, vec, beta=b, alpha=a)}. */
  public Tensor addmv_(Tensor mat, Tensor vec, double beta, double alpha) {
    return MatrixOps.inplace(this, addmv(mat, vec, beta, alpha));
  }

  /**
   * {@code this + outer(vec1, vec2)}. PyTorch: {@code t.addr(vec1, vec2)}.
   *
   * <pre>{@code zeros(2, 2).addr(arange(1.0, 3), ones(2))   // tensor([[1., 1.],
   *                                                      //         [2., 2.]])}</pre>
   */
  public Tensor addr(Tensor vec1, Tensor vec2) {
    return MatrixOps.addr(this, vec1, vec2, Torch.scalar(1L), Torch.scalar(1L));
  }

  /** {@code beta * this + alpha * outer(vec1, vec2)}. PyTorch: {@code t.addr(vec1, vec2, beta=b, alpha=a)}. */
  public Tensor addr(Tensor vec1, Tensor vec2, double beta, double alpha) {
    return MatrixOps.addr(this, vec1, vec2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@link #addr(Tensor, Tensor, double, double)} with integral beta and alpha. */
  public Tensor addr(Tensor vec1, Tensor vec2, long beta, long alpha) {
    return MatrixOps.addr(this, vec1, vec2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** In-place {@link #addr(Tensor, Tensor)}. PyTorch: {@code t.addr_(vec1, vec2)}. */
  public Tensor addr_(Tensor vec1, Tensor vec2) {
    return MatrixOps.addrInplace(this, vec1, vec2, Torch.scalar(1L), Torch.scalar(1L));
  }

  /** In-place {@link #addr(Tensor, Tensor, double, double)}. PyTorch: {@code t.addr_(vec1, vec2, beta=b, alpha=a)}. */
  public Tensor addr_(Tensor vec1, Tensor vec2, double beta, double alpha) {
    return MatrixOps.addrInplace(this, vec1, vec2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /**
   * {@code this + batch1 @ batch2} per batch. PyTorch: {@code t.baddbmm(batch1, batch2)}.
   *
   * <pre>{@code zeros(1).baddbmm(ones(2, 1, 3), ones(2, 3, 1))   // tensor([[[3.]], [[3.]]])}</pre>
   */
  public Tensor baddbmm(Tensor batch1, Tensor batch2) {
    return MatrixOps.baddbmm(this, batch1, batch2, Torch.scalar(1L), Torch.scalar(1L));
  }

  /** {@code beta * this + alpha * (batch1 @ batch2)}. PyTorch: {@code t.baddbmm(b1, b2, beta=b, alpha=a)}. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2, double beta, double alpha) {
    return MatrixOps.baddbmm(this, batch1, batch2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@link #baddbmm(Tensor, Tensor, double, double)} with integral beta and alpha. */
  public Tensor baddbmm(Tensor batch1, Tensor batch2, long beta, long alpha) {
    return MatrixOps.baddbmm(this, batch1, batch2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** In-place {@link #baddbmm(Tensor, Tensor)}. PyTorch: {@code t.baddbmm_(batch1, batch2)}. */
  public Tensor baddbmm_(Tensor batch1, Tensor batch2) {
    return MatrixOps.inplace(this, baddbmm(batch1, batch2));
  }

  /** In-place {@link #baddbmm(Tensor, Tensor, double, double)}. PyTorch: {@code t.baddbmm_(b1, b2, beta=b, alpha=a)}. */
  public Tensor baddbmm_(Tensor batch1, Tensor batch2, double beta, double alpha) {
    return MatrixOps.inplace(this, baddbmm(batch1, batch2, beta, alpha));
  }

  /**
   * {@code this + sum_i batch1[i] @ batch2[i]}. PyTorch: {@code t.addbmm(batch1, batch2)}.
   *
   * <pre>{@code zeros(1).addbmm(ones(2, 1, 3), ones(2, 3, 1))   // tensor([[6.]])}</pre>
   */
  public Tensor addbmm(Tensor batch1, Tensor batch2) {
    return MatrixOps.addbmm(this, batch1, batch2, Torch.scalar(1L), Torch.scalar(1L));
  }

  /** {@code beta * this + alpha * sum_i batch1[i] @ batch2[i]}. PyTorch: {@code t.addbmm(b1, b2, beta=b, alpha=a)}. */
  public Tensor addbmm(Tensor batch1, Tensor batch2, double beta, double alpha) {
    return MatrixOps.addbmm(this, batch1, batch2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@link #addbmm(Tensor, Tensor, double, double)} with integral beta and alpha. */
  public Tensor addbmm(Tensor batch1, Tensor batch2, long beta, long alpha) {
    return MatrixOps.addbmm(this, batch1, batch2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** In-place {@link #addbmm(Tensor, Tensor)}. PyTorch: {@code t.addbmm_(batch1, batch2)}. */
  public Tensor addbmm_(Tensor batch1, Tensor batch2) {
    return MatrixOps.inplace(this, addbmm(batch1, batch2));
  }

  /** In-place {@link #addbmm(Tensor, Tensor, double, double)}. PyTorch: {@code t.addbmm_(b1, b2, beta=b, alpha=a)}. */
  public Tensor addbmm_(Tensor batch1, Tensor batch2, double beta, double alpha) {
    return MatrixOps.inplace(this, addbmm(batch1, batch2, beta, alpha));
  }

  /**
   * Sum of products over the last dims of both. PyTorch: {@code t.inner(other)}.
   *
   * <pre>{@code arange(3.0).inner(ones(2, 3))   // tensor([3., 3.])}</pre>
   */
  public Tensor inner(Tensor other) {
    return MatrixOps.inner(this, other);
  }

  /**
   * Dot product of two 1-D tensors (conjugating the first, a no-op for real dtypes).
   * PyTorch: {@code t.vdot(other)}.
   *
   * <pre>{@code arange(3.0).vdot(ones(3))   // tensor(3.)}</pre>
   */
  public Tensor vdot(Tensor other) {
    return MatrixOps.vdot(this, other);
  }

  /**
   * The {@code n}-th power of a square matrix (or batch of them); negative {@code n} inverts.
   * PyTorch: {@code t.matrix_power(n)}.
   *
   * <pre>{@code tensor(new long[][] {{1, 1}, {0, 1}}).matrix_power(3)   // tensor([[1, 3],
   *                                                                //         [0, 1]])}</pre>
   */
  public Tensor matrix_power(long n) {
    return MatrixOps.matrixPower(this, n);
  }

  // ---------------------------------------- in-place sampling

  /**
   * Fills this tensor in place with samples of U[from, to), drawing PyTorch's exact stream.
   *
   * <pre>{@code manual_seed(0); empty(3).uniform_(-1, 1)   // tensor([-0.0075,  0.5364, -0.8230])}</pre>
   *
   * PyTorch: {@code t.uniform_(from, to)}.
   */
  public Tensor uniform_(double from, double to) {
    return InplaceSampling.uniform_(this, from, to, null);
  }

  /** PyTorch: {@code t.uniform_()} (U[0, 1)). */
  public Tensor uniform_() {
    return uniform_(0, 1);
  }

  /** PyTorch: {@code t.uniform_(from, to, generator=g)}. */
  public Tensor uniform_(double from, double to, Generator g) {
    return InplaceSampling.uniform_(this, from, to, g);
  }

  /** Fills in place with N(mean, std^2) samples. PyTorch: {@code t.normal_(mean, std)}. */
  public Tensor normal_(double mean, double std) {
    return InplaceSampling.normal_(this, mean, std, null);
  }

  /** PyTorch: {@code t.normal_()} (N(0, 1)). */
  public Tensor normal_() {
    return normal_(0, 1);
  }

  /** PyTorch: {@code t.normal_(mean, std, generator=g)}. */
  public Tensor normal_(double mean, double std, Generator g) {
    return InplaceSampling.normal_(this, mean, std, g);
  }

  /** Fills in place with Bernoulli(p) draws (0 or 1). PyTorch: {@code t.bernoulli_(p)}. */
  public Tensor bernoulli_(double p) {
    return InplaceSampling.bernoulli_(this, p, null);
  }

  /** PyTorch: {@code t.bernoulli_()} (p = 0.5). */
  public Tensor bernoulli_() {
    return bernoulli_(0.5);
  }

  /** PyTorch: {@code t.bernoulli_(p, generator=g)}. */
  public Tensor bernoulli_(double p, Generator g) {
    return InplaceSampling.bernoulli_(this, p, g);
  }

  /**
   * One Bernoulli draw per element with the probabilities of {@code p} (broadcast to this shape).
   * PyTorch: {@code t.bernoulli_(p_tensor)}.
   */
  public Tensor bernoulli_(Tensor p) {
    return InplaceSampling.bernoulli_(this, p, null);
  }

  /** PyTorch: {@code t.bernoulli_(p_tensor, generator=g)}. */
  public Tensor bernoulli_(Tensor p, Generator g) {
    return InplaceSampling.bernoulli_(this, p, g);
  }

  /** Fills in place with Exp(lambd) samples. PyTorch: {@code t.exponential_(lambd)}. */
  public Tensor exponential_(double lambd) {
    return InplaceSampling.exponential_(this, lambd, null);
  }

  /** PyTorch: {@code t.exponential_()} (lambd = 1). */
  public Tensor exponential_() {
    return exponential_(1.0);
  }

  /** PyTorch: {@code t.exponential_(lambd, generator=g)}. */
  public Tensor exponential_(double lambd, Generator g) {
    return InplaceSampling.exponential_(this, lambd, g);
  }

  /** Fills in place with integers uniform in [from, to). PyTorch: {@code t.random_(from, to)}. */
  public Tensor random_(long from, long to) {
    return InplaceSampling.random_(this, from, to, null);
  }

  /** Integers uniform in [0, to). PyTorch: {@code t.random_(to)}. */
  public Tensor random_(long to) {
    return InplaceSampling.randomTo_(this, to, null);
  }

  /**
   * Integers over the dtype's whole exactly-representable range ([0, 2^63) for int64, [0, 2^24]
   * for float32). PyTorch: {@code t.random_()}.
   */
  public Tensor random_() {
    return InplaceSampling.random_(this, null);
  }

  /** {@link #random_()} drawing from {@code generator}. PyTorch: {@code t.random_(generator=g)}. */
  public Tensor random_(Generator generator) {
    return InplaceSampling.random_(this, generator);
  }

  /** PyTorch: {@code t.random_(from, to, generator=g)}. */
  public Tensor random_(long from, long to, Generator g) {
    return InplaceSampling.random_(this, from, to, g);
  }

  // ---- api-samplers: multinomial, bernoulli, cauchy_, log_normal_, geometric_ ----

  /**
   * Category indices drawn from the (unnormalised) probabilities of each row, int64.
   *
   * <pre>{@code manual_seed(0); tensor(new double[] {0.1, 0.9}).multinomial(4, true)   // tensor([1, 1, 1, 1])}</pre>
   *
   * PyTorch: {@code t.multinomial(num_samples, replacement=False)}.
   */
  public Tensor multinomial(long numSamples) {
    return RandomOps.multinomial(this, numSamples, false, null);
  }

  /** PyTorch: {@code t.multinomial(num_samples, replacement)}. */
  public Tensor multinomial(long numSamples, boolean replacement) {
    return RandomOps.multinomial(this, numSamples, replacement, null);
  }

  /** PyTorch: {@code t.multinomial(num_samples, replacement, generator=g)}. */
  public Tensor multinomial(long numSamples, boolean replacement, Generator g) {
    return RandomOps.multinomial(this, numSamples, replacement, g);
  }

  /** One Bernoulli draw per element, this tensor holding the probabilities. PyTorch: {@code t.bernoulli()}. */
  public Tensor bernoulli() {
    return RandomOps.bernoulli(this, null);
  }

  /** PyTorch: {@code t.bernoulli(generator=g)}. */
  public Tensor bernoulli(Generator g) {
    return RandomOps.bernoulli(this, g);
  }

  /** Bernoulli(p) draws shaped and typed like this tensor. PyTorch: {@code t.bernoulli(p)}. */
  public Tensor bernoulli(double p) {
    return RandomOps.bernoulli(this, p, null);
  }

  /** PyTorch: {@code t.bernoulli(p, generator=g)}. */
  public Tensor bernoulli(double p, Generator g) {
    return RandomOps.bernoulli(this, p, g);
  }

  /**
   * Fills in place with Cauchy(median, sigma) samples.
   *
   * <pre>{@code manual_seed(0); empty(2).cauchy_()   // tensor([-3.3090,  0.1095])}</pre>
   *
   * PyTorch: {@code t.cauchy_(median, sigma)}.
   */
  public Tensor cauchy_(double median, double sigma) {
    return InplaceSampling.cauchy_(this, median, sigma, null);
  }

  /** PyTorch: {@code t.cauchy_()} (median 0, sigma 1). */
  public Tensor cauchy_() {
    return cauchy_(0, 1);
  }

  /** PyTorch: {@code t.cauchy_(median, sigma, generator=g)}. */
  public Tensor cauchy_(double median, double sigma, Generator g) {
    return InplaceSampling.cauchy_(this, median, sigma, g);
  }

  /** Fills in place with exp(N(mean, std^2)) samples. PyTorch: {@code t.log_normal_(mean, std)}. */
  public Tensor log_normal_(double mean, double std) {
    return InplaceSampling.log_normal_(this, mean, std, null);
  }

  /** PyTorch: {@code t.log_normal_()} (mean 1, std 2). */
  public Tensor log_normal_() {
    return log_normal_(1, 2);
  }

  /** PyTorch: {@code t.log_normal_(mean, std, generator=g)}. */
  public Tensor log_normal_(double mean, double std, Generator g) {
    return InplaceSampling.log_normal_(this, mean, std, g);
  }

  /**
   * Fills in place with the number of Bernoulli(p) trials up to the first success (1, 2, ...).
   * PyTorch: {@code t.geometric_(p)}.
   */
  public Tensor geometric_(double p) {
    return InplaceSampling.geometric_(this, p, null);
  }

  /** PyTorch: {@code t.geometric_(p, generator=g)}. */
  public Tensor geometric_(double p, Generator g) {
    return InplaceSampling.geometric_(this, p, g);
  }

  // ---- end api-samplers ----

  // ---- tutorials support ----

  /**
   * Backpropagates {@code gradient}, keeping the graph for another backward when asked.
   *
   * <pre>{@code out.backward(ones_like(out), true)   // out.backward(torch.ones_like(out), retain_graph=True)}</pre>
   *
   * PyTorch: {@code t.backward(gradient, retain_graph)}.
   */
  public void backward(Tensor gradient, boolean retain_graph) {
    backward(gradient, retain_graph, false);
  }

  // ---- end tutorials support ----

  // ---- ops-fuzz: missing ops ----

  /**
   * {@code beta * this + alpha * (mat1 @ mat2)}, broadcasting this tensor to the product's shape.
   * PyTorch: {@code t.addmm(mat1, mat2, beta=beta, alpha=alpha)}.
   *
   * <pre>{@code zeros(2).addmm(ones(2, 3), ones(3, 2), 1, 2)   // tensor([[6., 6.], [6., 6.]])}</pre>
   */
  public Tensor addmm(Tensor mat1, Tensor mat2, double beta, double alpha) {
    return ExtraOps.addmm(this, mat1, mat2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@link #addmm(Tensor, Tensor, double, double)} with integral beta and alpha (int tensors). */
  public Tensor addmm(Tensor mat1, Tensor mat2, long beta, long alpha) {
    return ExtraOps.addmm(this, mat1, mat2, Torch.scalar(beta), Torch.scalar(alpha));
  }

  /** {@code this + mat1 @ mat2}. PyTorch: {@code t.addmm(mat1, mat2)}. */
  public Tensor addmm(Tensor mat1, Tensor mat2) {
    return ExtraOps.addmm(this, mat1, mat2, Torch.scalar(1L), Torch.scalar(1L));
  }

  /**
   * Linear interpolation {@code this + weight * (end - this)}. PyTorch: {@code t.lerp(end, weight)}.
   *
   * <pre>{@code zeros(3).lerp(ones(3), 0.25)   // tensor([0.2500, 0.2500, 0.2500])}</pre>
   */
  public Tensor lerp(Tensor end, double weight) {
    return ExtraOps.lerp(this, end, Torch.scalar(weight));
  }

  /** {@link #lerp(Tensor, double)} with a weight tensor (broadcast). */
  public Tensor lerp(Tensor end, Tensor weight) {
    return ExtraOps.lerp(this, end, weight);
  }

  /**
   * {@code sqrt(this^2 + other^2)}, elementwise, without intermediate overflow. PyTorch:
   * {@code t.hypot(other)}.
   *
   * <pre>{@code tensor(new double[] {3, 5}).hypot(tensor(new double[] {4, 12}))   // tensor([ 5., 13.])}</pre>
   */
  public Tensor hypot(Tensor other) {
    return ExtraOps.hypot(this, other);
  }

  /**
   * {@code log(exp(this) + exp(other))}, elementwise, without overflow. PyTorch: {@code
   * t.logaddexp(other)}.
   *
   * <pre>{@code tensor(new double[] {0}).logaddexp(tensor(new double[] {0}))   // tensor([0.6931])}</pre>
   */
  public Tensor logaddexp(Tensor other) {
    return ExtraOps.logaddexp(this, other);
  }

  /**
   * The Kronecker product. PyTorch: {@code t.kron(other)}.
   *
   * <pre>{@code eye(2).kron(ones(2))   // tensor([[1., 1., 0., 0.], [0., 0., 1., 1.]])}</pre>
   */
  public Tensor kron(Tensor other) {
    return ExtraOps.kron(this, other);
  }

  /**
   * The p-norm of {@code this - other}. PyTorch: {@code t.dist(other, p)}.
   *
   * <pre>{@code zeros(2).dist(tensor(new double[] {3, 4}), 2)   // tensor(5.)}</pre>
   */
  public Tensor dist(Tensor other, double p) {
    return ExtraOps.dist(this, other, p);
  }

  /** {@link #dist(Tensor, double)} with p = 2. PyTorch: {@code t.dist(other)}. */
  public Tensor dist(Tensor other) {
    return ExtraOps.dist(this, other, 2);
  }

  /**
   * In-place clamp between tensor bounds (broadcast against this tensor; null leaves a side
   * open); keeps the dtype. PyTorch: {@code t.clamp_(min=lo, max=hi)}.
   */
  public Tensor clamp_(Tensor min, Tensor max) {
    return Clamp.clampInplace(this, min, max);
  }

  // ---------------------------------------- API gaps: aliases, dtype queries, unfold (api-gaps)

  /** Alias of {@link #acos()}. PyTorch: {@code t.arccos()}. */
  public Tensor arccos() {
    return acos();
  }

  /** Alias of {@link #acos_()}. PyTorch: {@code t.arccos_()}. */
  public Tensor arccos_() {
    return acos_();
  }

  /** Alias of {@link #asin()}. PyTorch: {@code t.arcsin()}. */
  public Tensor arcsin() {
    return asin();
  }

  /** Alias of {@link #asin_()}. PyTorch: {@code t.arcsin_()}. */
  public Tensor arcsin_() {
    return asin_();
  }

  /** Alias of {@link #atan()}. PyTorch: {@code t.arctan()}. */
  public Tensor arctan() {
    return atan();
  }

  /** Alias of {@link #atan_()}. PyTorch: {@code t.arctan_()}. */
  public Tensor arctan_() {
    return atan_();
  }

  /** Alias of {@link #atan2(Tensor)}. PyTorch: {@code t.arctan2(other)}. */
  public Tensor arctan2(Tensor other) {
    return atan2(other);
  }

  /** Alias of {@link #atan2_(Tensor)}. PyTorch: {@code t.arctan2_(other)}. */
  public Tensor arctan2_(Tensor other) {
    return atan2_(other);
  }

  /**
   * Alias of {@link #trunc()}: rounds toward zero. PyTorch: {@code t.fix()}.
   *
   * <pre>{@code tensor(new double[] {-1.5, 2.7}).fix()   // tensor([-1.,  2.])}</pre>
   */
  public Tensor fix() {
    return trunc();
  }

  /** Alias of {@link #trunc_()}. PyTorch: {@code t.fix_()}. */
  public Tensor fix_() {
    return trunc_();
  }

  /** Alias of {@link #transpose(int, int)} (a view). PyTorch: {@code t.swapdims(dim0, dim1)}. */
  public Tensor swapdims(int dim0, int dim1) {
    return transpose(dim0, dim1);
  }

  /** Alias of {@link #numel()}. PyTorch: {@code t.nelement()}. */
  public long nelement() {
    return numel();
  }

  /** Alias of {@link #dim()}. PyTorch: {@code t.ndimension()}. */
  public int ndimension() {
    return dim();
  }

  /**
   * This tensor itself (unary plus); bool tensors raise. PyTorch: {@code t.positive()}.
   *
   * <pre>{@code tensor(new long[] {-1, 2}).positive()   // tensor([-1,  2])}</pre>
   */
  public Tensor positive() {
    if (dtype == DType.bool) {
      throw new IllegalArgumentException("The `+` operator, on a bool tensor is not supported.");
    }
    return this;
  }

  /** PyTorch: {@code t.byte()}: a copy as uint8 (this tensor if already uint8). */
  public Tensor byte_() {
    return to(DType.uint8);
  }

  /** PyTorch: {@code t.char()}: as int8. */
  public Tensor char_() {
    return to(DType.int8);
  }

  /** PyTorch: {@code t.short()}: as int16. */
  public Tensor short_() {
    return to(DType.int16);
  }

  /** PyTorch: {@code t.bfloat16()}: as bfloat16. */
  public Tensor bfloat16() {
    return to(DType.bfloat16);
  }

  /** Whether the dtype is signed (everything but uint8 and bool). PyTorch: {@code t.is_signed()}. */
  public boolean is_signed() {
    return dtype != DType.uint8 && dtype != DType.bool;
  }

  /** Always false: TorchND has no complex dtypes. PyTorch: {@code t.is_complex()}. */
  public boolean is_complex() {
    return false;
  }

  /**
   * Whether the single element is nonzero; tensors of zero or several elements raise.
   * PyTorch: {@code t.is_nonzero()}.
   *
   * <pre>{@code tensor(new double[] {0.5}).is_nonzero()   // true}</pre>
   */
  public boolean is_nonzero() {
    long n = numel();
    if (n == 0) {
      throw new IllegalArgumentException("Boolean value of Tensor with no values is ambiguous");
    }
    if (n > 1) {
      throw new IllegalArgumentException(
          "Boolean value of Tensor with more than one value is ambiguous");
    }
    return booleanValue();
  }

  /** Whether {@code other} has the same shape. PyTorch: {@code t.is_same_size(other)}. */
  public boolean is_same_size(Tensor other) {
    return Arrays.equals(shape, other.shape);
  }

  /**
   * True where the element is -inf (always false for integral and bool tensors).
   * PyTorch: {@code t.isneginf()}.
   *
   * <pre>{@code tensor(new double[] {Double.NEGATIVE_INFINITY, 1}).isneginf()   // tensor([ True, False])}</pre>
   */
  public Tensor isneginf() {
    return dtype.is_floating_point() ? eq(Double.NEGATIVE_INFINITY) : Torch.zeros_like(this, DType.bool);
  }

  /** True where the element is +inf. PyTorch: {@code t.isposinf()}. */
  public Tensor isposinf() {
    return dtype.is_floating_point() ? eq(Double.POSITIVE_INFINITY) : Torch.zeros_like(this, DType.bool);
  }

  /** True everywhere (TorchND has no complex dtypes). PyTorch: {@code t.isreal()}. */
  public Tensor isreal() {
    return Torch.ones_like(this, DType.bool);
  }

  /**
   * The windows of {@code size} elements every {@code step} along {@code dim}, as a new last
   * dim (a view). PyTorch: {@code t.unfold(dim, size, step)}.
   *
   * <pre>{@code arange(5).unfold(0, 2, 2)   // tensor([[0, 1], [2, 3]])}</pre>
   */
  public Tensor unfold(int dim, long size, long step) {
    return GapOps.unfold(this, dim, size, step);
  }

  /** Splits into pieces of the given lengths along dim 0. PyTorch: {@code t.split_with_sizes(split_sizes)}. */
  public Tensor[] split_with_sizes(long[] split_sizes) {
    return split_with_sizes(split_sizes, 0);
  }

  /** PyTorch: {@code t.split_with_sizes(split_sizes, dim)}. */
  public Tensor[] split_with_sizes(long[] split_sizes, int dim) {
    return GapOps.splitWithSizes(this, split_sizes, dim);
  }

  /**
   * A 2-D tensor with the flattened input on its {@code offset}-th diagonal.
   * PyTorch: {@code t.diagflat(offset)}.
   *
   * <pre>{@code tensor(new long[] {1, 2}).diagflat(0)   // tensor([[1, 0], [0, 2]])}</pre>
   */
  public Tensor diagflat(long offset) {
    return GapOps.diagflat(this, offset);
  }

  /** {@link #diagflat(long)} with offset 0. PyTorch: {@code t.diagflat()}. */
  public Tensor diagflat() {
    return GapOps.diagflat(this, 0);
  }

  /**
   * {@code log2(2^this + 2^other)}, computed stably; floating results. PyTorch: {@code t.logaddexp2(other)}.
   *
   * <pre>{@code tensor(new double[] {1}).logaddexp2(tensor(new double[] {1}))   // tensor([2.])}</pre>
   */
  public Tensor logaddexp2(Tensor other) {
    return GapOps.logaddexp2(this, other);
  }

  /**
   * {@code this * 2^other}; integral inputs give the default dtype. PyTorch: {@code t.ldexp(other)}.
   *
   * <pre>{@code tensor(new double[] {1.5}).ldexp(tensor(new long[] {3}))   // tensor([12.])}</pre>
   */
  public Tensor ldexp(Tensor other) {
    return GapOps.ldexp(this, other);
  }

  /** In-place {@link #ldexp(Tensor)}. PyTorch: {@code t.ldexp_(other)}. */
  public Tensor ldexp_(Tensor other) {
    if (Autograd.isGradEnabled() && (requiresGrad || other.requiresGrad)) {
      // PyTorch runs mul(out=self), which refuses autograd
      throw new IllegalStateException("mul(): functions with out=... arguments don't support"
          + " automatic differentiation, but one of the arguments requires grad.");
    }
    return mul_(Torch.pow(2.0, other));
  }

  /**
   * Mantissa in [0.5, 1) and int32 exponent with {@code this = mantissa * 2^exponent}.
   * PyTorch: {@code t.frexp()}.
   *
   * <pre>{@code tensor(new double[] {8}).frexp()   // (tensor([0.5000]), tensor([4], dtype=torch.int32))}</pre>
   */
  public Tensor[] frexp() {
    return GapOps.frexp(this);
  }

  /** In-place {@code fill_} of the main diagonal (every {@code n}-th row restarting when {@code wrap}). PyTorch: {@code t.fill_diagonal_(v, wrap)}. */
  public Tensor fill_diagonal_(double fill_value, boolean wrap) {
    return GapOps.fillDiagonal(this, Torch.scalar(fill_value), wrap);
  }

  /**
   * In-place fill of the main diagonal. PyTorch: {@code t.fill_diagonal_(fill_value)}.
   *
   * <pre>{@code zeros(2, 2).fill_diagonal_(5.0)   // tensor([[5., 0.], [0., 5.]])}</pre>
   */
  public Tensor fill_diagonal_(double fill_value) {
    return fill_diagonal_(fill_value, false);
  }

  /** PyTorch: {@code t.fill_diagonal_(fill_value, wrap)} with an int value. */
  public Tensor fill_diagonal_(long fill_value, boolean wrap) {
    return GapOps.fillDiagonal(this, Torch.scalar(fill_value), wrap);
  }

  /** PyTorch: {@code t.fill_diagonal_(fill_value)} with an int value. */
  public Tensor fill_diagonal_(long fill_value) {
    return fill_diagonal_(fill_value, false);
  }

  /**
   * Whether this tensor was created in {@link Torch#inference_mode()}. PyTorch: {@code t.is_inference()}.
   */
  public boolean is_inference() {
    return inference;
  }

  /** Set by tensors created inside an inference-mode block. */
  boolean inference = GapOps.inferenceActive();

  /**
   * Elementwise left shift (integral dtypes; counts wrap as in C++ on x86).
   * PyTorch: {@code t.bitwise_left_shift(other)} ({@code t << other}).
   *
   * <pre>{@code tensor(new long[] {1, 3}).bitwise_left_shift(tensor(new long[] {2, 1}))   // tensor([4, 6])}</pre>
   */
  public Tensor bitwise_left_shift(Tensor other) {
    return GapOps.shift(this, other, true);
  }

  /** PyTorch: {@code t.bitwise_left_shift(other)} with an int count. */
  public Tensor bitwise_left_shift(long other) {
    return GapOps.shift(this, Torch.scalar(other), true);
  }

  /** In-place {@link #bitwise_left_shift(Tensor)}. PyTorch: {@code t.bitwise_left_shift_(other)}. */
  public Tensor bitwise_left_shift_(Tensor other) {
    return GapOps.shiftInplace(this, other, true);
  }

  /** PyTorch: {@code t.bitwise_left_shift_(other)} with an int count. */
  public Tensor bitwise_left_shift_(long other) {
    return GapOps.shiftInplace(this, Torch.scalar(other), true);
  }

  /**
   * Elementwise arithmetic right shift. PyTorch: {@code t.bitwise_right_shift(other)} ({@code t >> other}).
   *
   * <pre>{@code tensor(new long[] {-8, 5}).bitwise_right_shift(1)   // tensor([-4,  2])}</pre>
   */
  public Tensor bitwise_right_shift(Tensor other) {
    return GapOps.shift(this, other, false);
  }

  /** PyTorch: {@code t.bitwise_right_shift(other)} with an int count. */
  public Tensor bitwise_right_shift(long other) {
    return GapOps.shift(this, Torch.scalar(other), false);
  }

  /** In-place {@link #bitwise_right_shift(Tensor)}. PyTorch: {@code t.bitwise_right_shift_(other)}. */
  public Tensor bitwise_right_shift_(Tensor other) {
    return GapOps.shiftInplace(this, other, false);
  }

  /** PyTorch: {@code t.bitwise_right_shift_(other)} with an int count. */
  public Tensor bitwise_right_shift_(long other) {
    return GapOps.shiftInplace(this, Torch.scalar(other), false);
  }

  // ---------------------------------------- end of API gaps (api-gaps)

  // ---------------------------------------- tutorials: iteration

  /**
   * Iterates over the first dimension, as Python's {@code for row in t:} does ({@code
   * t.unbind(0)}, so each row is a view with {@code UnbindBackward0} under autograd).
   * PyTorch: {@code iter(t)}.
   */
  @Override
  public java.util.Iterator<Tensor> iterator() {
    if (dim() == 0) {
      throw new IllegalArgumentException("iteration over a 0-d tensor");
    }
    return java.util.Arrays.asList(unbind(0)).iterator();
  }


  /**
   * In place: this tensor becomes {@code unsqueeze(dim)} (same storage, new shape). PyTorch:
   * {@code t.unsqueeze_(dim)} ({@code grad_fn=<UnsqueezeBackward1>}).
   */
  public Tensor unsqueeze_(int dim) {
    return inplaceView(unsqueeze(dim), "UnsqueezeBackward1");
  }

  /** In place {@link #squeeze()}. PyTorch: {@code t.squeeze_()}. */
  public Tensor squeeze_() {
    return inplaceView(squeeze(), "SqueezeBackward2");
  }

  /** In place {@link #squeeze(int)}. PyTorch: {@code t.squeeze_(dim)}. */
  public Tensor squeeze_(int dim) {
    return inplaceView(squeeze(dim), "SqueezeBackward3");
  }

  /** In place {@link #t()}. PyTorch: {@code t.t_()}. */
  public Tensor t_() {
    if (dim() > 2) {
      throw new IllegalArgumentException(
          "t_() expects a tensor with <= 2 dimensions, but self is " + dim() + "D");
    }
    return inplaceView(t(), "TBackward1");
  }

  /** In place {@link #transpose(int, int)}. PyTorch: {@code t.transpose_(dim0, dim1)}. */
  public Tensor transpose_(int dim0, int dim1) {
    return inplaceView(transpose(dim0, dim1), "TransposeBackward1");
  }

  /** PyTorch: {@code t.swapdims_(dim0, dim1)}, {@link #transpose_(int, int)}. */
  public Tensor swapdims_(int dim0, int dim1) {
    return transpose_(dim0, dim1);
  }

  /** PyTorch: {@code t.swapaxes_(axis0, axis1)}, {@link #transpose_(int, int)}. */
  public Tensor swapaxes_(int axis0, int axis1) {
    return transpose_(axis0, axis1);
  }

  /** Takes {@code v}'s geometry (a view of this tensor) and, under autograd, its node. */
  private Tensor inplaceView(Tensor v, String name) {
    Autograd.checkInplace(this);
    this.shape = v.shape;
    this.strides = v.strides;
    this.offset = v.offset;
    if (v.gradFn != null) {
      Autograd.rename(v, name);
      this.gradFn = v.gradFn;
    }
    bumpVersion();
    return this;
  }

  // ---------------------------------------- end of tutorials (iteration)
}
