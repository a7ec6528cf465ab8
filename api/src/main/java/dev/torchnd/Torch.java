package dev.torchnd;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.Storage;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code torch} namespace: tensor creation and the function forms of tensor ops. Use it with
 * {@code import static dev.torchnd.Torch.*;} so Java code reads like PyTorch code:
 *
 * <pre>{@code
 * Tensor x = arange(12).reshape(3, 4);
 * Tensor y = exp(x.to(float32));
 * }</pre>
 */
public final class Torch {

  // ---------------------------------------- dtypes, constants, type promotion

  private Torch() {}

  public static final DType float32 = DType.float32;
  public static final DType float64 = DType.float64;
  public static final DType float16 = DType.float16;
  public static final DType bfloat16 = DType.bfloat16;
  public static final DType int64 = DType.int64;
  public static final DType int32 = DType.int32;
  public static final DType int16 = DType.int16;
  public static final DType int8 = DType.int8;
  public static final DType uint8 = DType.uint8;
  public static final DType bool = DType.bool;
  /** Alias of {@link #float32}. PyTorch: {@code torch.float}. */
  public static final DType float_ = DType.float32;
  /** Alias of {@link #float64}. PyTorch: {@code torch.double}. */
  public static final DType double_ = DType.float64;
  /** Alias of {@link #float16}. PyTorch: {@code torch.half}. */
  public static final DType half = DType.float16;
  /** Alias of {@link #int64}. PyTorch: {@code torch.long}. */
  public static final DType long_ = DType.int64;
  /** Alias of {@link #int32}. PyTorch: {@code torch.int}. */
  public static final DType int_ = DType.int32;

  private static volatile DType defaultDtype = DType.float32;

  /** Archimedes' constant as a Java double. PyTorch: {@code torch.pi}. */
  public static final double pi = Math.PI;

  /** Euler's number. PyTorch: {@code torch.e}. */
  public static final double e = Math.E;

  /** Positive infinity. PyTorch: {@code torch.inf}. */
  public static final double inf = Double.POSITIVE_INFINITY;

  /** Not a number. PyTorch: {@code torch.nan}. */
  public static final double nan = Double.NaN;

  /** PyTorch: {@code torch.get_default_dtype()}. */
  public static DType get_default_dtype() {
    return defaultDtype;
  }

  /** Sets the dtype Java floating literals and float factories use. PyTorch: {@code torch.set_default_dtype}. */
  public static void set_default_dtype(DType d) {
    if (d != DType.float32 && d != DType.float64) {
      throw new IllegalArgumentException("only floating-point types are supported as the default type");
    }
    defaultDtype = d;
  }

  /** PyTorch: {@code torch.is_tensor}. */
  public static boolean is_tensor(Object o) {
    return o instanceof Tensor;
  }

  /** PyTorch: {@code torch.promote_types}. */
  public static DType promote_types(DType a, DType b) {
    return Promotion.promoteTypes(a, b);
  }

  /** PyTorch: {@code torch.result_type(a, b)}. */
  public static DType result_type(Tensor a, Tensor b) {
    return Promotion.resultType(a, b);
  }

  /** {@code torch.result_type(tensor, scalar)}: a Java long counts as a Python int. */
  public static DType result_type(Tensor tensor, long other) {
    return Promotion.resultType(tensor, scalar(other));
  }

  /** {@code torch.result_type(tensor, scalar)}: a Java double counts as a Python float. */
  public static DType result_type(Tensor tensor, double other) {
    return Promotion.resultType(tensor, scalar(other));
  }

  /** {@code torch.result_type(tensor, scalar)}: a Java boolean counts as a Python bool. */
  public static DType result_type(Tensor tensor, boolean other) {
    return Promotion.resultType(tensor, scalar(other));
  }

  /** {@code torch.result_type(scalar, tensor)} with a Java long on the left. */
  public static DType result_type(long scalar, Tensor other) {
    return Promotion.resultType(scalar(scalar), other);
  }

  /** {@code torch.result_type(scalar, tensor)} with a Java double on the left. */
  public static DType result_type(double scalar, Tensor other) {
    return Promotion.resultType(scalar(scalar), other);
  }

  /** PyTorch: {@code torch.can_cast}. */
  public static boolean can_cast(DType from, DType to) {
    return Promotion.canCast(from, to);
  }

  /** Function form of {@link Tensor#is_floating_point()}. PyTorch: {@code torch.is_floating_point}. */
  public static boolean is_floating_point(Tensor input) {
    return input.is_floating_point();
  }

  // ---------------------------------------- tensor(...) and factories

  /** A Java integer as PyTorch wraps a Python int: int64, but it never widens a tensor's dtype. */
  static Tensor scalar(long v) {
    Tensor t = full(new long[0], v, DType.int64);
    t.wrappedNumber = true;
    t.hostScalar = v;
    return t;
  }

  /** A Java double as PyTorch wraps a Python float: kept in float64, promoted as the default dtype. */
  static Tensor scalar(double v) {
    Tensor t = full(new long[0], v, DType.float64);
    t.wrappedNumber = true;
    t.hostScalar = v;
    return t;
  }

  static Tensor scalar(boolean v) {
    Tensor t = full(new long[0], v ? 1 : 0, DType.bool);
    t.wrappedNumber = true;
    t.hostScalar = (long) (v ? 1 : 0);
    return t;
  }

  /**
   * A tensor from nested Java arrays or lists of any rank. Floating data gives the default dtype
   * (float32), integral data int64, booleans bool, as Python literals do.
   *
   * <pre>{@code tensor(new double[][] {{2, 1}, {4, 3}})   // tensor([[2., 1.],
   *                                                   //         [4., 3.]])}</pre>
   *
   * PyTorch: {@code torch.tensor(data)}.
   */
  public static Tensor tensor(Object data) {
    return tensor(data, null);
  }

  /** {@link #tensor(Object)} converted to {@code dtype}. PyTorch: {@code torch.tensor(data, dtype=dtype)}. */
  public static Tensor tensor(Object data, DType dtype) {
    if (data instanceof Tensor t) {
      Tensor c = t.detach().rawCopy(dtype == null ? t.dtype() : dtype);
      return c;
    }
    List<Long> shape = new ArrayList<>();
    inferShape(data, 0, shape);
    long[] sh = Views.toArray(shape);
    int n = (int) Shapes.numel(sh);
    double[] d = new double[n];
    long[] l = new long[n];
    int[] kind = {0}; // 0 bool, 1 int, 2 float
    int[] pos = {0};
    boolean[] any = {false};
    flatten(data, 0, sh, d, l, pos, kind, any);
    DType inferred = !any[0] ? defaultDtype
        : kind[0] == 2 ? defaultDtype : kind[0] == 1 ? DType.int64 : DType.bool;
    DType target = dtype == null ? inferred : dtype;
    if (dtype != null && any[0]) {
      for (int i = 0; i < n; i++) {
        if (kind[0] == 2) {
          ScalarCheck.check(d[i], target, false);
        } else {
          ScalarCheck.check(l[i], target, false);
        }
      }
    }
    Storage s =
        kind[0] == 2 || (!any[0])
            ? Backends.get().fromDoubles(target, d)
            : Backends.get().fromLongs(target, l);
    return new Tensor(s, target, sh, Layout.contiguousStrides(sh), 0, new int[1]);
  }

  /** A 0-d float tensor (default dtype). PyTorch: {@code torch.tensor(3.0)}. */
  public static Tensor tensor(double value) {
    return full(new long[0], value, defaultDtype);
  }

  /** A 0-d int64 tensor. PyTorch: {@code torch.tensor(3)}. */
  public static Tensor tensor(long value) {
    return full(new long[0], value, DType.int64);
  }

  /** A 0-d bool tensor. PyTorch: {@code torch.tensor(True)}. */
  public static Tensor tensor(boolean value) {
    return full(new long[0], value ? 1 : 0, DType.bool);
  }

  /** A 0-d tensor of the given dtype. */
  public static Tensor tensor(double value, DType dtype) {
    return full(new long[0], value, dtype);
  }

  /** A tensor from row-major {@code values} with the given shape and dtype. */
  public static Tensor tensor(double[] values, long[] shape, DType dtype) {
    checkCount(values.length, shape);
    Storage s = Backends.get().fromDoubles(dtype, values);
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /** A tensor from row-major integral {@code values} with the given shape and dtype. */
  public static Tensor tensor(long[] values, long[] shape, DType dtype) {
    checkCount(values.length, shape);
    Storage s = Backends.get().fromLongs(dtype, values);
    return new Tensor(s, dtype, shape.clone(), Layout.contiguousStrides(shape), 0, new int[1]);
  }

  /** PyTorch: {@code torch.tensor(data, requires_grad=True)}. */
  public static Tensor tensor(Object data, DType dtype, boolean requiresGrad) {
    return withGrad(tensor(data, dtype), requiresGrad);
  }

  /** PyTorch: {@code torch.tensor(data, dtype=dtype, device=device)}; a null dtype infers it. */
  public static Tensor tensor(Object data, DType dtype, Device device) {
    if (data instanceof Tensor t) {
      return tensor(t, dtype).to(device);
    }
    return Devices.on(device, () -> tensor(data, dtype));
  }

  private static boolean isSeq(Object o) {
    return o != null && (o.getClass().isArray() || o instanceof List);
  }

  private static int seqLen(Object o) {
    return o instanceof List<?> l ? l.size() : Array.getLength(o);
  }

  private static Object seqGet(Object o, int i) {
    return o instanceof List<?> l ? l.get(i) : Array.get(o, i);
  }

  private static void inferShape(Object data, int depth, List<Long> shape) {
    if (data == null) {
      throw new IllegalArgumentException("Could not infer dtype of NoneType");
    }
    if (!isSeq(data)) {
      return;
    }
    int len = seqLen(data);
    shape.add((long) len);
    if (len > 0) {
      inferShape(seqGet(data, 0), depth + 1, shape);
    }
  }

  private static void checkCount(int n, long[] shape) {
    Shapes.checkNonNegative(shape);
    if (Shapes.numel(shape) != n) {
      throw new IllegalArgumentException(
          "shape '" + Shapes.list(shape) + "' is invalid for input of size " + n);
    }
  }

  private static Tensor withGrad(Tensor t, boolean requiresGrad) {
    if (requiresGrad && !t.dtype().is_floating_point()) {
      throw new IllegalStateException(
          "Only Tensors of floating point and complex dtype can require gradients");
    }
    t.requiresGrad = requiresGrad;
    return t;
  }

  /** A tensor of zeros (default dtype). PyTorch: {@code torch.zeros(*size)}. */
  public static Tensor zeros(long... size) {
    return zeros(size, defaultDtype);
  }

  /** PyTorch: {@code torch.zeros(size, dtype=dtype)}. */
  public static Tensor zeros(long[] size, DType dtype) {
    return Tensor.empty(size, dtype);
  }

  /** PyTorch: {@code torch.zeros(size)} with a {@link Size}. */
  public static Tensor zeros(Size size) {
    return zeros(size.toLongArray());
  }

  /** PyTorch: {@code torch.zeros(size, dtype=dtype, requires_grad=...)}. */
  public static Tensor zeros(long[] size, DType dtype, boolean requiresGrad) {
    return withGrad(zeros(size, dtype), requiresGrad);
  }

  /** PyTorch: {@code torch.zeros(size, device=device)}. */
  public static Tensor zeros(long[] size, Device device) {
    return Devices.on(device, () -> zeros(size));
  }

  /** PyTorch: {@code torch.zeros(size, dtype=dtype, device=device)}. */
  public static Tensor zeros(long[] size, DType dtype, Device device) {
    return Devices.on(device, () -> zeros(size, dtype));
  }

  /** A tensor of ones. PyTorch: {@code torch.ones(*size)}. */
  public static Tensor ones(long... size) {
    return ones(size, defaultDtype);
  }

  /** PyTorch: {@code torch.ones(size, dtype=dtype)}. */
  public static Tensor ones(long[] size, DType dtype) {
    return full(size, 1L, dtype);
  }

  /** PyTorch: {@code torch.ones(size)} with a {@link Size}. */
  public static Tensor ones(Size size) {
    return ones(size.toLongArray());
  }

  /** PyTorch: {@code torch.ones(size, dtype=dtype, requires_grad=...)}. */
  public static Tensor ones(long[] size, DType dtype, boolean requiresGrad) {
    return withGrad(ones(size, dtype), requiresGrad);
  }

  /** PyTorch: {@code torch.ones(size, device=device)}. */
  public static Tensor ones(long[] size, Device device) {
    return Devices.on(device, () -> ones(size));
  }

  /** PyTorch: {@code torch.ones(size, dtype=dtype, device=device)}. */
  public static Tensor ones(long[] size, DType dtype, Device device) {
    return Devices.on(device, () -> ones(size, dtype));
  }

  /** Uninitialised memory in PyTorch; zero-filled here. PyTorch: {@code torch.empty(*size)}. */
  public static Tensor empty(long... size) {
    return zeros(size, defaultDtype);
  }

  /** PyTorch: {@code torch.empty(size, dtype=dtype)}. */
  public static Tensor empty(long[] size, DType dtype) {
    return zeros(size, dtype);
  }

  /** PyTorch: {@code torch.empty(size, device=device)}. */
  public static Tensor empty(long[] size, Device device) {
    return Devices.on(device, () -> empty(size));
  }

  /** PyTorch: {@code torch.empty(size, dtype=dtype, device=device)}. */
  public static Tensor empty(long[] size, DType dtype, Device device) {
    return Devices.on(device, () -> empty(size, dtype));
  }

  /** A tensor filled with a float value (default dtype). PyTorch: {@code torch.full(size, value)}. */
  public static Tensor full(long[] size, double value) {
    return full(size, value, defaultDtype);
  }

  /** A tensor filled with an integral value: int64, as PyTorch infers for an int fill. */
  public static Tensor full(long[] size, long value) {
    return full(size, value, DType.int64);
  }

  /** A tensor filled with a bool value. */
  public static Tensor full(long[] size, boolean value) {
    return full(size, value ? 1L : 0L, DType.bool);
  }

  /** PyTorch: {@code torch.full(size, value, dtype=dtype)}. */
  public static Tensor full(long[] size, double value, DType dtype) {
    Shapes.checkNonNegative(size); // at::full allocates (empty) before fill_ converts the value
    ScalarCheck.check(value, dtype, true);
    // A non-zero fill writes every element: no zero-fill before it (one pass, not two).
    boolean fill = value != 0 || Double.doubleToRawLongBits(value) != 0;
    Tensor t = fill ? Tensor.uninit(size, dtype) : Tensor.empty(size, dtype);
    if (fill) {
      Backends.get().fill(t.storage, t.layout(), value);
    }
    return t;
  }

  /** PyTorch: {@code torch.full(size, value, dtype=dtype)} for integral values. */
  public static Tensor full(long[] size, long value, DType dtype) {
    Shapes.checkNonNegative(size); // at::full allocates (empty) before fill_ converts the value
    ScalarCheck.check(value, dtype, true);
    Tensor t = value != 0 ? Tensor.uninit(size, dtype) : Tensor.empty(size, dtype);
    if (value != 0) {
      if (dtype.is_floating_point()) {
        Backends.get().fill(t.storage, t.layout(), value);
      } else {
        Backends.get().fillLong(t.storage, t.layout(), value);
      }
    }
    return t;
  }

  /** PyTorch: {@code torch.full(size, value, dtype=dtype)} with a bool value. */
  public static Tensor full(long[] size, boolean value, DType dtype) {
    return full(size, value ? 1L : 0L, dtype);
  }

  /** PyTorch: {@code torch.full(size, value, dtype=dtype, device=device)}. */
  public static Tensor full(long[] size, double value, DType dtype, Device device) {
    return Devices.on(device, () -> full(size, value, dtype));
  }

  /** PyTorch: {@code torch.full(size, value, dtype=dtype, device=device)} for integral values. */
  public static Tensor full(long[] size, long value, DType dtype, Device device) {
    return Devices.on(device, () -> full(size, value, dtype));
  }

  /** Zeros with the shape and dtype of {@code t}. PyTorch: {@code torch.zeros_like}. */
  public static Tensor zeros_like(Tensor t) {
    return Devices.on(t.device(), () -> zeros(t.shapeArray(), t.dtype())); // device support
  }

  /** PyTorch: {@code torch.zeros_like(t, dtype=dtype)}. */
  public static Tensor zeros_like(Tensor t, DType dtype) {
    return Devices.on(t.device(), () -> zeros(t.shapeArray(), dtype)); // device support
  }

  /** Ones with the shape and dtype of {@code t}. PyTorch: {@code torch.ones_like}. */
  public static Tensor ones_like(Tensor t) {
    return Devices.on(t.device(), () -> ones(t.shapeArray(), t.dtype())); // device support
  }

  /** PyTorch: {@code torch.ones_like(t, dtype=dtype)}. */
  public static Tensor ones_like(Tensor t, DType dtype) {
    return Devices.on(t.device(), () -> ones(t.shapeArray(), dtype)); // device support
  }

  /** PyTorch: {@code torch.empty_like}. */
  public static Tensor empty_like(Tensor t) {
    return Devices.on(t.device(), () -> zeros_like(t)); // device support
  }

  /** PyTorch: {@code torch.full_like(t, value)}: keeps {@code t}'s dtype. */
  public static Tensor full_like(Tensor t, double value) {
    return Devices.on(t.device(), () -> full(t.shapeArray(), value, t.dtype())); // device support
  }

  /** PyTorch: {@code torch.full_like(t, value)} with an integral value. */
  public static Tensor full_like(Tensor t, long value) {
    return Devices.on(t.device(), () -> full(t.shapeArray(), value, t.dtype())); // device support
  }

  /** PyTorch: {@code torch.full_like(t, value, dtype=dtype)}. */
  public static Tensor full_like(Tensor t, double value, DType dtype) {
    return Devices.on(t.device(), () -> full(t.shapeArray(), value, dtype)); // device support
  }

  /** PyTorch: {@code torch.full_like(t, value, dtype=dtype)} with an integral value. */
  public static Tensor full_like(Tensor t, long value, DType dtype) {
    return Devices.on(t.device(), () -> full(t.shapeArray(), value, dtype)); // device support
  }

  /** {@code [0, end)} as int64. PyTorch: {@code torch.arange(end)}. */
  public static Tensor arange(long end) {
    return arange(0L, end, 1L);
  }

  /** {@code [start, end)} as int64. PyTorch: {@code torch.arange(start, end)}. */
  public static Tensor arange(long start, long end) {
    return arange(start, end, 1L);
  }

  /** {@code [start, end)} by {@code step}, int64. PyTorch: {@code torch.arange(start, end, step)}. */
  public static Tensor arange(long start, long end, long step) {
    return arange((double) start, (double) end, (double) step, DType.int64);
  }

  /** {@code [0, end)} as the default float dtype. PyTorch: {@code torch.arange(4.0)}. */
  public static Tensor arange(double end) {
    return arange(0.0, end, 1.0);
  }

  /** Float range. PyTorch: {@code torch.arange(start, end, step)} with a float argument. */
  public static Tensor arange(double start, double end, double step) {
    return arange(start, end, step, defaultDtype);
  }

  /** PyTorch: {@code torch.arange(start, end, step)} with a float argument. */
  public static Tensor arange(double start, double end) {
    return arange(start, end, 1.0, defaultDtype);
  }

  /** PyTorch: {@code torch.arange(end, dtype=dtype)}. */
  public static Tensor arange(long end, DType dtype) {
    return arange(0.0, (double) end, 1.0, dtype);
  }

  /** PyTorch: {@code torch.arange(start, end, step, dtype=dtype)}. */
  public static Tensor arange(double start, double end, double step, DType dtype) {
    if (dtype == DType.bool) {
      throw new UnsupportedOperationException("\"arange_cpu\" not implemented for 'Bool'");
    }
    if (!dtype.is_floating_point()) {
      // PyTorch casts the bounds and step to the integral type before sizing the range.
      start = (long) start;
      end = (long) end;
      step = (long) step;
    }
    if (step == 0) {
      throw new IllegalArgumentException("step must be nonzero");
    }
    if (!(Double.isFinite(start) && Double.isFinite(end))) {
      throw new IllegalArgumentException("unsupported range: " + fmt(start) + " -> " + fmt(end));
    }
    if ((step > 0 && end < start) || (step < 0 && end > start)) {
      throw new IllegalArgumentException("upper bound and larger bound inconsistent with step sign");
    }
    long n = (long) Math.ceil((end - start) / step);
    if (dtype.is_floating_point()) {
      double[] v = new double[(int) n];
      for (int i = 0; i < n; i++) {
        // PyTorch computes start + i * step in the accumulate type (double for float32 on CPU).
        v[i] = start + i * step;
      }
      return tensor(v, new long[] {n}, dtype);
    }
    long[] v = new long[(int) n];
    long s = (long) start;
    long st = (long) step;
    for (int i = 0; i < n; i++) {
      v[i] = s + i * st;
    }
    return tensor(v, new long[] {n}, dtype);
  }

  /** PyTorch: {@code torch.arange(end, requires_grad=True)} style: float range tracked by autograd. */
  public static Tensor arange(double start, double end, double step, boolean requiresGrad) {
    return withGrad(arange(start, end, step), requiresGrad);
  }

  /** PyTorch: {@code torch.arange(end, device=device)} (int64). */
  public static Tensor arange(long end, Device device) {
    return Devices.on(device, () -> arange(end));
  }

  /** PyTorch: {@code torch.arange(end, dtype=dtype, device=device)}. */
  public static Tensor arange(long end, DType dtype, Device device) {
    return Devices.on(device, () -> arange(end, dtype));
  }

  /** PyTorch: {@code torch.arange(start, end, step, dtype=dtype, device=device)}. */
  public static Tensor arange(double start, double end, double step, DType dtype, Device device) {
    return Devices.on(device, () -> arange(start, end, step, dtype));
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  }

  /** {@code steps} evenly spaced values from start to end inclusive. PyTorch: {@code torch.linspace}. */
  public static Tensor linspace(double start, double end, long steps) {
    return linspace(start, end, steps, defaultDtype);
  }

  /** PyTorch: {@code torch.linspace(start, end, steps, dtype=dtype)}. */
  public static Tensor linspace(double start, double end, long steps, DType dtype) {
    if (steps < 0) {
      throw new IllegalArgumentException("number of steps must be non-negative");
    }
    if (dtype == DType.bool) {
      throw new UnsupportedOperationException("\"linspace_cpu\" not implemented for 'Bool'");
    }
    if (dtype == DType.float32) {
      // computed in float as PyTorch's kernel does (exact in the double array)
      float[] f = Linspace.float32(start, end, Math.toIntExact(steps));
      double[] d = new double[f.length];
      for (int i = 0; i < f.length; i++) {
        d[i] = f[i];
      }
      return tensor(d, new long[] {steps}, dtype);
    }
    if (dtype == DType.float64) {
      return tensor(Linspace.float64(start, end, Math.toIntExact(steps)), new long[] {steps}, dtype);
    }
    double[] v = new double[(int) steps];
    double step = steps > 1 ? (end - start) / (steps - 1) : 0;
    long half = steps / 2;
    for (int i = 0; i < steps; i++) {
      // PyTorch fills the first half from start and the second half from end, symmetrically.
      v[i] = steps == 1 ? start : i < half ? start + step * i : end - step * (steps - 1 - i);
    }
    if (!dtype.is_floating_point()) {
      for (int i = 0; i < steps; i++) {
        v[i] = (long) v[i];
      }
    }
    return tensor(v, new long[] {steps}, dtype);
  }

  /** PyTorch: {@code torch.linspace(start, end, steps, requires_grad=True)}. */
  public static Tensor linspace(double start, double end, long steps, boolean requiresGrad) {
    return withGrad(linspace(start, end, steps), requiresGrad);
  }

  /** PyTorch: {@code torch.linspace(start, end, steps, device=device)}. */
  public static Tensor linspace(double start, double end, long steps, Device device) {
    return Devices.on(device, () -> linspace(start, end, steps));
  }

  /** Identity matrix. PyTorch: {@code torch.eye(n)}. */
  public static Tensor eye(long n) {
    return eye(n, n, defaultDtype);
  }

  /** PyTorch: {@code torch.eye(n, m)}. */
  public static Tensor eye(long n, long m) {
    return eye(n, m, defaultDtype);
  }

  /** PyTorch: {@code torch.eye(n, m, dtype=dtype)}. */
  public static Tensor eye(long n, long m, DType dtype) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be greater or equal to 0, got " + n);
    }
    if (m < 0) {
      throw new IllegalArgumentException("m must be greater or equal to 0, got " + m);
    }
    Tensor t = zeros(new long[] {n, m}, dtype);
    for (long i = 0; i < Math.min(n, m); i++) {
      Backends.get().setLong(t.storage, i * m + i, 1);
    }
    return t;
  }

  /** PyTorch: {@code torch.eye(n, device=device)}. */
  public static Tensor eye(long n, Device device) {
    return Devices.on(device, () -> eye(n));
  }

  // ---------------------------------------- devices: torch.device, torch.cuda

  /**
   * A device from its name: {@code "cpu"}, {@code "cuda"}, {@code "cuda:0"}. PyTorch: {@code
   * torch.device(str)}.
   *
   * <pre>{@code device("cuda:0")   // device(type='cuda', index=0)}</pre>
   */
  public static Device device(String spec) {
    return Device.of(spec);
  }

  /** PyTorch: {@code torch.device(type, index)}. */
  public static Device device(String type, int index) {
    return Device.of(type, index);
  }

  /**
   * PyTorch's {@code torch.cuda} module: {@code cuda.is_available()} with {@code import static
   * dev.torchnd.Torch.*}. CUDA here is ND4J's device backend: available when the ND4J artifact is
   * {@code nd4j-cuda-11.6} (a GPU) or under the test switch {@code -Dtorchnd.cudaOnCpu=true}
   * (ND4J's CPU backend standing in for the GPU).
   */
  public static final class cuda {
    private cuda() {}

    /**
     * Whether {@code cuda} tensors can be made. PyTorch: {@code torch.cuda.is_available()}.
     *
     * <pre>{@code cuda.is_available()   // false with nd4j-native}</pre>
     */
    public static boolean is_available() {
      return Backends.cudaDeviceCount() > 0;
    }

    /** PyTorch: {@code torch.cuda.device_count()}. */
    public static int device_count() {
      return Backends.cudaDeviceCount();
    }

    /**
     * Always 0: TorchND uses one CUDA device. PyTorch: {@code torch.cuda.current_device()}.
     *
     * @throws IllegalStateException {@code Torch not compiled with CUDA enabled} without CUDA
     */
    public static int current_device() {
      return Devices.checked(Devices.cuda0()).index();
    }
  }

  // ---------------------------------------- threads

  /**
   * Threads used for one large op (elementwise loops, reductions and matrix products above
   * PyTorch's grain of 32,768 elements). Defaults like PyTorch's: {@code OMP_NUM_THREADS}, else
   * the number of processors. PyTorch: {@code torch.get_num_threads()}.
   *
   * <pre>{@code
   * get_num_threads()   // 2 on a two-core machine
   * }</pre>
   */
  public static int get_num_threads() {
    return Backends.get().numThreads();
  }

  /**
   * Sets the threads used for one large op; results of reductions may change in the last bits,
   * as in PyTorch. PyTorch: {@code torch.set_num_threads(n)}.
   *
   * <pre>{@code
   * set_num_threads(1);
   * get_num_threads()   // 1
   * }</pre>
   */
  public static void set_num_threads(int n) {
    if (n <= 0) {
      throw new IllegalStateException("set_num_threads expects a positive integer");
    }
    Backends.get().setNumThreads(n);
  }

  // ---------------------------------------- random

  /** Seeds the default generator. PyTorch: {@code torch.manual_seed(seed)}. */
  public static Generator manual_seed(long seed) {
    return Generator.default_generator().manual_seed(seed);
  }

  /** PyTorch: {@code torch.initial_seed()}. */
  public static long initial_seed() {
    return Generator.default_generator().initial_seed();
  }

  /** PyTorch: {@code torch.seed()}. */
  public static long seed() {
    return Generator.default_generator().seed();
  }

  /** PyTorch: {@code torch.get_rng_state()}: the default generator's state bytes. */
  public static byte[] get_rng_state() {
    return Generator.default_generator().get_state();
  }

  /** PyTorch: {@code torch.set_rng_state(state)}. */
  public static void set_rng_state(byte[] state) {
    Generator.default_generator().set_state(state);
  }

  /** Copies {@code v} into a new tensor; {@code v} may be a reused sampling scratch buffer. */
  private static Tensor fromSample(double[] v, long[] size, DType dtype) {
    return tensor(v, size, dtype);
  }

  /** {@link #fromSample(double[], long[], DType)} for float32 samples drawn as floats. */
  private static Tensor fromSample(float[] v, long[] size) {
    checkCount(v.length, size);
    Storage s = Backends.get().fromFloats(v);
    return new Tensor(
        s, DType.float32, size.clone(), Layout.contiguousStrides(size), 0, new int[1]);
  }

  /** N(mean, std^2) samples of {@code size} and {@code dtype} as a new tensor. */
  private static Tensor normalSample(
      Generator g, long[] size, DType dtype, double mean, double std) {
    long n = Shapes.numel(size);
    if (dtype == DType.float32) {
      return fromSample(Sampling.normalFloat32(gen(g), n, mean, std, true), size);
    }
    return fromSample(Sampling.normal(gen(g), n, dtype, mean, std, true), size, dtype);
  }

  /** Uniform samples in [0, 1), default dtype. PyTorch: {@code torch.rand(*size)}. */
  public static Tensor rand(long... size) {
    return rand(size, defaultDtype, null);
  }

  /** PyTorch: {@code torch.rand(size, dtype=dtype, generator=g)}; {@code g} may be null. */
  public static Tensor rand(long[] size, DType dtype, Generator g) {
    Shapes.checkNonNegative(size);
    requireFloat("check_uniform_bounds", dtype);
    if (dtype == DType.float32) {
      return fromSample(Sampling.uniformFloat32(gen(g), Shapes.numel(size), 0, 1, true), size);
    }
    return fromSample(
        Sampling.uniform(gen(g), Shapes.numel(size), dtype, 0, 1, true), size, dtype);
  }

  /**
   * Uniform draws on {@code device}. The numbers are the CPU generator's (drawn on the host and
   * copied), not those of PyTorch's CUDA Philox generator. PyTorch: {@code torch.rand(size,
   * device=device)}.
   */
  public static Tensor rand(long[] size, Device device) {
    return Devices.on(device, () -> rand(size));
  }

  /** PyTorch: {@code torch.rand(size, generator=g, dtype=dtype, device=device)}; drawn as on the CPU. */
  public static Tensor rand(long[] size, DType dtype, Generator g, Device device) {
    return Devices.on(device, () -> rand(size, dtype, g));
  }

  /** Standard normal samples, default dtype. PyTorch: {@code torch.randn(*size)}. */
  public static Tensor randn(long... size) {
    return randn(size, defaultDtype, null);
  }

  /** PyTorch: {@code torch.randn(size, dtype=dtype, generator=g)}; {@code g} may be null. */
  public static Tensor randn(long[] size, DType dtype, Generator g) {
    Shapes.checkNonNegative(size);
    requireFloat("normal_kernel_cpu", dtype);
    return normalSample(g, size, dtype, 0, 1);
  }

  /** PyTorch: {@code torch.randn(size, requires_grad=True)}. */
  public static Tensor randn(long[] size, boolean requiresGrad) {
    return withGrad(randn(size, defaultDtype, null), requiresGrad);
  }

  /** PyTorch: {@code torch.randn(size, device=device)}; drawn as on the CPU, then copied. */
  public static Tensor randn(long[] size, Device device) {
    return Devices.on(device, () -> randn(size));
  }

  /** PyTorch: {@code torch.randn(size, generator=g, dtype=dtype, device=device)}; drawn as on the CPU. */
  public static Tensor randn(long[] size, DType dtype, Generator g, Device device) {
    return Devices.on(device, () -> randn(size, dtype, g));
  }

  /** PyTorch: {@code torch.rand_like(t)}. */
  public static Tensor rand_like(Tensor t) {
    return Devices.on(t.device(), () -> rand(t.shapeArray(), t.dtype(), null)); // device support
  }

  /** PyTorch: {@code torch.randn_like(t)}. */
  public static Tensor randn_like(Tensor t) {
    return Devices.on(t.device(), () -> randn(t.shapeArray(), t.dtype(), null)); // device support
  }

  /** Normal samples with the given mean and std. PyTorch: {@code torch.normal(mean, std, size)}. */
  public static Tensor normal(double mean, double std, long... size) {
    Shapes.checkNonNegative(size);
    if (std < 0) {
      throw new IllegalArgumentException(
          "normal expects std >= 0.0, but found std " + Sampling.cpp(std));
    }
    return normalSample(null, size, defaultDtype, mean, std);
  }

  /** PyTorch: {@code torch.normal(mean, std, size, device=device)}; drawn as on the CPU. */
  public static Tensor normal(double mean, double std, long[] size, Device device) {
    return Devices.on(device, () -> normal(mean, std, size));
  }

  /** Uniform integers in [low, high), int64. PyTorch: {@code torch.randint(low, high, size)}. */
  public static Tensor randint(long low, long high, long... size) {
    return randint(low, high, size, DType.int64, null);
  }

  /** PyTorch: {@code torch.randint(high, size)}. */
  public static Tensor randint(long high, long[] size) {
    return randint(0, high, size, DType.int64, null);
  }

  /** PyTorch: {@code torch.randint(low, high, size, dtype=dtype, generator=g)}. */
  public static Tensor randint(long low, long high, long[] size, DType dtype, Generator g) {
    Shapes.checkNonNegative(size);
    long[] v = Sampling.randint(gen(g), Shapes.numel(size), dtype, low, high);
    return tensor(v, size, dtype);
  }

  /** PyTorch: {@code torch.randint(low, high, size, device=device)}; drawn as on the CPU. */
  public static Tensor randint(long low, long high, long[] size, Device device) {
    return Devices.on(device, () -> randint(low, high, size));
  }

  /** A random permutation of {@code [0, n)}. PyTorch: {@code torch.randperm(n)}. */
  public static Tensor randperm(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, got" + n);
    }
    return tensor(Sampling.randperm(gen(null), n), new long[] {n}, DType.int64);
  }

  /**
   * A random permutation of {@code [0, n)} drawn from {@code generator}, as PyTorch's CPU kernel
   * draws it (so a seeded {@code Generator} gives PyTorch's order).
   *
   * <pre>{@code
   * randperm(5, new Generator().manual_seed(0))   // tensor([4, 0, 1, 3, 2])
   * }</pre>
   *
   * PyTorch: {@code torch.randperm(n, generator=generator)}.
   */
  public static Tensor randperm(long n, Generator generator) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be non-negative, got" + n);
    }
    return tensor(Sampling.randperm(gen(generator), n), new long[] {n}, DType.int64);
  }

  private static Generator gen(Generator g) {
    return g != null ? g : Generator.default_generator();
  }

  private static void requireFloat(String kernel, DType dtype) {
    if (!dtype.is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"" + kernel + "\" not implemented for '" + dtype.scalarTypeName() + "'");
    }
  }

  // ---------------------------------------- joining and splitting

  /** Concatenates along {@code dim}, promoting dtypes. PyTorch: {@code torch.cat(tensors, dim)}. */
  public static Tensor cat(List<Tensor> tensors, int dim) {
    return Views.cat(tensors, dim);
  }

  /** PyTorch: {@code torch.cat(tensors, dim)}. */
  public static Tensor cat(Tensor[] tensors, int dim) {
    return Views.cat(Arrays.asList(tensors), dim);
  }

  /** PyTorch: {@code torch.cat(tensors)} (dim 0). */
  public static Tensor cat(Tensor... tensors) {
    return Views.cat(Arrays.asList(tensors), 0);
  }

  /** Stacks equal-shape tensors along a new dim. PyTorch: {@code torch.stack(tensors, dim)}. */
  public static Tensor stack(List<Tensor> tensors, int dim) {
    return Views.stack(tensors, dim);
  }

  /** PyTorch: {@code torch.stack(tensors, dim)}. */
  public static Tensor stack(Tensor[] tensors, int dim) {
    return Views.stack(Arrays.asList(tensors), dim);
  }

  /** PyTorch: {@code torch.stack(tensors)} (dim 0). */
  public static Tensor stack(Tensor... tensors) {
    return Views.stack(Arrays.asList(tensors), 0);
  }

  /** PyTorch: {@code torch.chunk(input, chunks)}. */
  public static Tensor[] chunk(Tensor input, int chunks) {
    return input.chunk(chunks);
  }

  /** PyTorch: {@code torch.chunk(input, chunks, dim)}. */
  public static Tensor[] chunk(Tensor input, int chunks, int dim) {
    return input.chunk(chunks, dim);
  }

  /** PyTorch: {@code torch.split(tensor, split_size)}. */
  public static Tensor[] split(Tensor input, long split_size) {
    return input.split(split_size);
  }

  /** PyTorch: {@code torch.split(tensor, split_size, dim)}. */
  public static Tensor[] split(Tensor input, long split_size, int dim) {
    return input.split(split_size, dim);
  }

  /** PyTorch: {@code torch.split(tensor, [sizes])}. */
  public static Tensor[] split(Tensor input, long[] split_sizes) {
    return input.split(split_sizes);
  }

  /** PyTorch: {@code torch.split(tensor, [sizes], dim)}. */
  public static Tensor[] split(Tensor input, long[] split_sizes, int dim) {
    return input.split(split_sizes, dim);
  }

  /** PyTorch: {@code torch.unbind(input)}. */
  public static Tensor[] unbind(Tensor input) {
    return input.unbind();
  }

  /** PyTorch: {@code torch.unbind(input, dim)}. */
  public static Tensor[] unbind(Tensor input, int dim) {
    return input.unbind(dim);
  }

  /**
   * Coordinate grids, "ij" indexing (the default; PyTorch 1.13 warns when it is not given).
   * PyTorch: {@code torch.meshgrid(*tensors)}.
   */
  public static Tensor[] meshgrid(Tensor... tensors) {
    return IndexOps.meshgrid(tensors, "ij");
  }

  /**
   * Coordinate grids; {@code "xy"} swaps the first two output dims (Cartesian indexing).
   * PyTorch: {@code torch.meshgrid(*tensors, indexing=indexing)}.
   *
   * <pre>{@code meshgrid(new Tensor[] {arange(2), arange(3)}, "ij")[0]
   * // tensor([[0, 0, 0],
   * //         [1, 1, 1]])}</pre>
   */
  public static Tensor[] meshgrid(Tensor[] tensors, String indexing) {
    return IndexOps.meshgrid(tensors, indexing);
  }

  /** PyTorch: {@code torch.meshgrid(tensors, indexing=indexing)}. */
  public static Tensor[] meshgrid(List<Tensor> tensors, String indexing) {
    return IndexOps.meshgrid(tensors.toArray(new Tensor[0]), indexing);
  }

  /**
   * Concatenation along dim 1 (dim 0 for 1-D tensors). PyTorch: {@code torch.hstack(tensors)}.
   *
   * <pre>{@code hstack(arange(2), arange(3))   // tensor([0, 1, 0, 1, 2])}</pre>
   */
  public static Tensor hstack(Tensor... tensors) {
    return ShapeOps.hstack(tensors);
  }

  /** PyTorch: {@code torch.hstack(tensors)}. */
  public static Tensor hstack(List<Tensor> tensors) {
    return ShapeOps.hstack(tensors.toArray(new Tensor[0]));
  }

  /**
   * Concatenation along dim 0 after {@link #atleast_2d(Tensor)}. PyTorch: {@code torch.vstack(tensors)}.
   *
   * <pre>{@code vstack(arange(2), arange(2))   // tensor([[0, 1],
   *                                       //         [0, 1]])}</pre>
   */
  public static Tensor vstack(Tensor... tensors) {
    return ShapeOps.vstack(tensors);
  }

  /** PyTorch: {@code torch.vstack(tensors)}. */
  public static Tensor vstack(List<Tensor> tensors) {
    return ShapeOps.vstack(tensors.toArray(new Tensor[0]));
  }

  /** Alias of {@link #vstack(Tensor...)}. PyTorch: {@code torch.row_stack(tensors)}. */
  public static Tensor row_stack(Tensor... tensors) {
    return ShapeOps.vstack(tensors);
  }

  /** PyTorch: {@code torch.row_stack(tensors)}. */
  public static Tensor row_stack(List<Tensor> tensors) {
    return ShapeOps.vstack(tensors.toArray(new Tensor[0]));
  }

  /**
   * Concatenation along dim 2 after {@link #atleast_3d(Tensor)}. PyTorch: {@code torch.dstack(tensors)}.
   *
   * <pre>{@code dstack(arange(2), arange(2)).shape()   // torch.Size([1, 2, 2])}</pre>
   */
  public static Tensor dstack(Tensor... tensors) {
    return ShapeOps.dstack(tensors);
  }

  /** PyTorch: {@code torch.dstack(tensors)}. */
  public static Tensor dstack(List<Tensor> tensors) {
    return ShapeOps.dstack(tensors.toArray(new Tensor[0]));
  }

  /**
   * 0-d and 1-D tensors as columns, concatenated along dim 1. PyTorch: {@code torch.column_stack(tensors)}.
   *
   * <pre>{@code column_stack(arange(2), arange(2))   // tensor([[0, 0],
   *                                             //         [1, 1]])}</pre>
   */
  public static Tensor column_stack(Tensor... tensors) {
    return ShapeOps.columnStack(tensors);
  }

  /** PyTorch: {@code torch.column_stack(tensors)}. */
  public static Tensor column_stack(List<Tensor> tensors) {
    return ShapeOps.columnStack(tensors.toArray(new Tensor[0]));
  }

  /** Alias of {@link #cat(Tensor...)}. PyTorch: {@code torch.concat(tensors)}. */
  public static Tensor concat(Tensor... tensors) {
    return Views.cat(Arrays.asList(tensors), 0);
  }

  /** Alias of {@link #cat(Tensor[], int)}. PyTorch: {@code torch.concat(tensors, dim)}. */
  public static Tensor concat(Tensor[] tensors, int dim) {
    return Views.cat(Arrays.asList(tensors), dim);
  }

  /** PyTorch: {@code torch.concat(tensors, dim)}. */
  public static Tensor concat(List<Tensor> tensors, int dim) {
    return Views.cat(tensors, dim);
  }

  /** Alias of {@link #cat(Tensor...)}. PyTorch: {@code torch.concatenate(tensors)}. */
  public static Tensor concatenate(Tensor... tensors) {
    return Views.cat(Arrays.asList(tensors), 0);
  }

  /** PyTorch: {@code torch.concatenate(tensors, dim)}. */
  public static Tensor concatenate(Tensor[] tensors, int dim) {
    return Views.cat(Arrays.asList(tensors), dim);
  }

  /** PyTorch: {@code torch.concatenate(tensors, dim)}. */
  public static Tensor concatenate(List<Tensor> tensors, int dim) {
    return Views.cat(tensors, dim);
  }

  /** Function form of {@link Tensor#movedim(int, int)}. PyTorch: {@code torch.movedim}. */
  public static Tensor movedim(Tensor input, int source, int destination) {
    return input.movedim(source, destination);
  }

  /** Function form of {@link Tensor#movedim(int[], int[])}. PyTorch: {@code torch.movedim}. */
  public static Tensor movedim(Tensor input, int[] source, int[] destination) {
    return input.movedim(source, destination);
  }

  /** Alias of {@link #movedim(Tensor, int, int)}. PyTorch: {@code torch.moveaxis}. */
  public static Tensor moveaxis(Tensor input, int source, int destination) {
    return input.movedim(source, destination);
  }

  /** Alias of {@link #movedim(Tensor, int[], int[])}. PyTorch: {@code torch.moveaxis}. */
  public static Tensor moveaxis(Tensor input, int[] source, int[] destination) {
    return input.movedim(source, destination);
  }

  /** Function form of {@link Tensor#rot90()}. PyTorch: {@code torch.rot90(input)}. */
  public static Tensor rot90(Tensor input) {
    return input.rot90();
  }

  /** PyTorch: {@code torch.rot90(input, k)}. */
  public static Tensor rot90(Tensor input, long k) {
    return input.rot90(k);
  }

  /** PyTorch: {@code torch.rot90(input, k, dims)}. */
  public static Tensor rot90(Tensor input, long k, int[] dims) {
    return input.rot90(k, dims);
  }

  /** Function form of {@link Tensor#tensor_split(long)}. PyTorch: {@code torch.tensor_split}. */
  public static Tensor[] tensor_split(Tensor input, long sections) {
    return input.tensor_split(sections);
  }

  /** PyTorch: {@code torch.tensor_split(input, sections, dim)}. */
  public static Tensor[] tensor_split(Tensor input, long sections, int dim) {
    return input.tensor_split(sections, dim);
  }

  /** PyTorch: {@code torch.tensor_split(input, indices)}. */
  public static Tensor[] tensor_split(Tensor input, long[] indices) {
    return input.tensor_split(indices);
  }

  /** PyTorch: {@code torch.tensor_split(input, indices, dim)}. */
  public static Tensor[] tensor_split(Tensor input, long[] indices, int dim) {
    return input.tensor_split(indices, dim);
  }

  /** PyTorch: {@code torch.tensor_split(input, tensor_indices_or_sections)}. */
  public static Tensor[] tensor_split(Tensor input, Tensor indices_or_sections) {
    return input.tensor_split(indices_or_sections);
  }

  /** PyTorch: {@code torch.tensor_split(input, tensor_indices_or_sections, dim)}. */
  public static Tensor[] tensor_split(Tensor input, Tensor indices_or_sections, int dim) {
    return input.tensor_split(indices_or_sections, dim);
  }

  /** Function form of {@link Tensor#hsplit(long)}. PyTorch: {@code torch.hsplit}. */
  public static Tensor[] hsplit(Tensor input, long sections) {
    return input.hsplit(sections);
  }

  /** PyTorch: {@code torch.hsplit(input, indices)}. */
  public static Tensor[] hsplit(Tensor input, long[] indices) {
    return input.hsplit(indices);
  }

  /** Function form of {@link Tensor#vsplit(long)}. PyTorch: {@code torch.vsplit}. */
  public static Tensor[] vsplit(Tensor input, long sections) {
    return input.vsplit(sections);
  }

  /** PyTorch: {@code torch.vsplit(input, indices)}. */
  public static Tensor[] vsplit(Tensor input, long[] indices) {
    return input.vsplit(indices);
  }

  /** Function form of {@link Tensor#dsplit(long)}. PyTorch: {@code torch.dsplit}. */
  public static Tensor[] dsplit(Tensor input, long sections) {
    return input.dsplit(sections);
  }

  /** PyTorch: {@code torch.dsplit(input, indices)}. */
  public static Tensor[] dsplit(Tensor input, long[] indices) {
    return input.dsplit(indices);
  }

  /**
   * {@code input} itself if it has a dim, else viewed as 1-D. PyTorch: {@code torch.atleast_1d(input)}.
   *
   * <pre>{@code atleast_1d(tensor(3))   // tensor([3])}</pre>
   */
  public static Tensor atleast_1d(Tensor input) {
    return ShapeOps.atleast1d(input);
  }

  /** Each of {@code tensors} at least 1-D. PyTorch: {@code torch.atleast_1d(*tensors)}. */
  public static Tensor[] atleast_1d(Tensor... tensors) {
    return ShapeOps.map(tensors, ShapeOps::atleast1d);
  }

  /** {@code input} with at least 2 dims (a 1-D tensor becomes a row). PyTorch: {@code torch.atleast_2d(input)}. */
  public static Tensor atleast_2d(Tensor input) {
    return ShapeOps.atleast2d(input);
  }

  /** PyTorch: {@code torch.atleast_2d(*tensors)}. */
  public static Tensor[] atleast_2d(Tensor... tensors) {
    return ShapeOps.map(tensors, ShapeOps::atleast2d);
  }

  /** {@code input} with at least 3 dims ([n] becomes [1, n, 1], [m, n] becomes [m, n, 1]). PyTorch: {@code torch.atleast_3d(input)}. */
  public static Tensor atleast_3d(Tensor input) {
    return ShapeOps.atleast3d(input);
  }

  /** PyTorch: {@code torch.atleast_3d(*tensors)}. */
  public static Tensor[] atleast_3d(Tensor... tensors) {
    return ShapeOps.map(tensors, ShapeOps::atleast3d);
  }

  /** Function form of {@link Tensor#unflatten}. PyTorch: {@code torch.unflatten(input, dim, sizes)}. */
  public static Tensor unflatten(Tensor input, int dim, long... sizes) {
    return input.unflatten(dim, sizes);
  }

  /**
   * The Cartesian product of 1-D tensors, one row per combination. PyTorch: {@code torch.cartesian_prod(*tensors)}.
   *
   * <pre>{@code cartesian_prod(arange(2), arange(2))   // tensor([[0, 0], [0, 1], [1, 0], [1, 1]])}</pre>
   */
  public static Tensor cartesian_prod(Tensor... tensors) {
    return ShapeOps.cartesianProd(tensors);
  }

  /**
   * A block-diagonal matrix of the inputs (0-d, 1-D as one row, or 2-D), in their promoted dtype.
   * PyTorch: {@code torch.block_diag(*tensors)}.
   *
   * <pre>{@code block_diag(ones(1, 1), ones(1, 2))   // tensor([[1., 0., 0.],
   *                                             //         [0., 1., 1.]])}</pre>
   */
  public static Tensor block_diag(Tensor... tensors) {
    return ShapeOps.blockDiag(tensors);
  }

  /**
   * {@code steps} values {@code 10^x} for x evenly spaced from start to end. PyTorch:
   * {@code torch.logspace(start, end, steps)}.
   *
   * <pre>{@code logspace(0, 2, 3)   // tensor([  1.,  10., 100.])}</pre>
   */
  public static Tensor logspace(double start, double end, long steps) {
    return ShapeOps.logspace(start, end, steps, 10, defaultDtype);
  }

  /** {@code base^x}. PyTorch: {@code torch.logspace(start, end, steps, base)}. */
  public static Tensor logspace(double start, double end, long steps, double base) {
    return ShapeOps.logspace(start, end, steps, base, defaultDtype);
  }

  /** PyTorch: {@code torch.logspace(start, end, steps, base, dtype=dtype)}. */
  public static Tensor logspace(double start, double end, long steps, double base, DType dtype) {
    return ShapeOps.logspace(start, end, steps, base, dtype);
  }

  // ---------------------------------------- arithmetic

  /** PyTorch: {@code torch.add}. */
  public static Tensor add(Tensor a, Tensor b) {
    return a.add(b);
  }

  /** PyTorch: {@code torch.add(input, other)} with a scalar. */
  public static Tensor add(Tensor a, double b) {
    return a.add(b);
  }

  /** {@code a + b} with a Java scalar on the left (Python's {@code 2 + x}). */
  public static Tensor add(long a, Tensor b) {
    // Python's a + b is b.__radd__(a), torch.add(b, a): the tensor is the first input
    return b.add(a);
  }

  /** {@code a + b} with a Java double on the left. */
  public static Tensor add(double a, Tensor b) {
    // Python's a + b is b.__radd__(a), torch.add(b, a): the tensor is the first input
    return b.add(a);
  }

  /** Function form of {@link Tensor#add(boolean)}. PyTorch: {@code torch.add}. */
  public static Tensor add(Tensor input, boolean other) {
    return input.add(other);
  }

  /** PyTorch: {@code torch.add(input, other, alpha=alpha)}; see {@link Tensor#add(Tensor, double)}. */
  public static Tensor add(Tensor input, Tensor other, double alpha) {
    return input.add(other, alpha);
  }

  /** Function form of {@link Tensor#add(Tensor, long)}. PyTorch: {@code torch.add}. */
  public static Tensor add(Tensor input, Tensor other, long alpha) {
    return input.add(other, alpha);
  }

  /** Function form of {@link Tensor#add(long)}. PyTorch: {@code torch.add}. */
  public static Tensor add(Tensor input, long other) {
    return input.add(other);
  }

  /** PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor a, Tensor b) {
    return a.sub(b);
  }

  /** {@code a - b} with a Java integer on the left (Python's {@code 1 - x}). */
  public static Tensor sub(long a, Tensor b) {
    return Elementwise.binary(BinaryOp.SUB, scalar(a), b);
  }

  /** {@code a - b} with a Java double on the left. */
  public static Tensor sub(double a, Tensor b) {
    return Elementwise.binary(BinaryOp.SUB, scalar(a), b);
  }

  /** Function form of {@link Tensor#sub(boolean)}. PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor input, boolean other) {
    return input.sub(other);
  }

  /** Function form of {@link Tensor#sub(Tensor, long)}. PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor input, Tensor other, long alpha) {
    return input.sub(other, alpha);
  }

  /** Function form of {@link Tensor#sub(Tensor, double)}. PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor input, Tensor other, double alpha) {
    return input.sub(other, alpha);
  }

  /** Function form of {@link Tensor#sub(double)}. PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor input, double other) {
    return input.sub(other);
  }

  /** Function form of {@link Tensor#sub(long)}. PyTorch: {@code torch.sub}. */
  public static Tensor sub(Tensor input, long other) {
    return input.sub(other);
  }

  /** PyTorch: {@code torch.mul}. */
  public static Tensor mul(Tensor a, Tensor b) {
    return a.mul(b);
  }

  /** {@code a * b} with a Java integer on the left (Python's {@code 2 * x}). */
  public static Tensor mul(long a, Tensor b) {
    // Python's a * b is b.__rmul__(a), torch.mul(b, a): the tensor is the first input
    return b.mul(a);
  }

  /** {@code a * b} with a Java double on the left. */
  public static Tensor mul(double a, Tensor b) {
    // Python's a * b is b.__rmul__(a), torch.mul(b, a): the tensor is the first input
    return b.mul(a);
  }

  /** Function form of {@link Tensor#mul(boolean)}. PyTorch: {@code torch.mul}. */
  public static Tensor mul(Tensor input, boolean other) {
    return input.mul(other);
  }

  /** Function form of {@link Tensor#mul(long)}. PyTorch: {@code torch.mul}. */
  public static Tensor mul(Tensor input, long other) {
    return input.mul(other);
  }

  /** Function form of {@link Tensor#mul(double)}. PyTorch: {@code torch.mul}. */
  public static Tensor mul(Tensor input, double other) {
    return input.mul(other);
  }

  /** PyTorch: {@code torch.div}. */
  public static Tensor div(Tensor a, Tensor b) {
    return a.div(b);
  }

  /** {@code a / b} with a Java scalar on the left: PyTorch computes {@code b.reciprocal() * a}. */
  public static Tensor div(double a, Tensor b) {
    return b.reciprocal().mul(a);
  }

  /** {@code a / b} with a Java integer on the left. */
  public static Tensor div(long a, Tensor b) {
    return b.reciprocal().mul(a);
  }

  /** Function form of {@link Tensor#div(long)}. PyTorch: {@code torch.div}. */
  public static Tensor div(Tensor input, long other) {
    return input.div(other);
  }

  /** Function form of {@link Tensor#div(double)}. PyTorch: {@code torch.div}. */
  public static Tensor div(Tensor input, double other) {
    return input.div(other);
  }

  /** Function form of {@link Tensor#div(boolean)}. PyTorch: {@code torch.div}. */
  public static Tensor div(Tensor input, boolean other) {
    return input.div(other);
  }

  /** PyTorch: {@code torch.pow}. */
  public static Tensor pow(Tensor a, Tensor b) {
    return a.pow(b);
  }

  /** PyTorch: {@code torch.pow(input, exponent)} with a scalar exponent. */
  public static Tensor pow(Tensor a, double b) {
    return a.pow(b);
  }

  /** {@code a ** b} with a Java scalar base (Python's {@code 2 ** x}). */
  public static Tensor pow(double a, Tensor b) {
    return Elementwise.binary(BinaryOp.POW, scalar(a), b);
  }

  /** {@code a ** b} with a Java integer base. */
  public static Tensor pow(long a, Tensor b) {
    return Elementwise.binary(BinaryOp.POW, scalar(a), b);
  }

  /** Function form of {@link Tensor#pow(boolean)}. PyTorch: {@code torch.pow}. */
  public static Tensor pow(Tensor input, boolean other) {
    return input.pow(other);
  }

  /** Function form of {@link Tensor#pow(long)}. PyTorch: {@code torch.pow}. */
  public static Tensor pow(Tensor input, long other) {
    return input.pow(other);
  }

  /** PyTorch: {@code torch.floor_divide}. */
  public static Tensor floor_divide(Tensor a, Tensor b) {
    return a.floor_divide(b);
  }

  /** {@code a // b} with a Java integer on the left. */
  public static Tensor floor_divide(long a, Tensor b) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, scalar(a), b);
  }

  /** {@code a // b} with a Java double on the left. */
  public static Tensor floor_divide(double a, Tensor b) {
    return Elementwise.binary(BinaryOp.FLOOR_DIVIDE, scalar(a), b);
  }

  /** Function form of {@link Tensor#floor_divide(long)}. PyTorch: {@code torch.floor_divide}. */
  public static Tensor floor_divide(Tensor input, long other) {
    return input.floor_divide(other);
  }

  /** Function form of {@link Tensor#floor_divide(double)}. PyTorch: {@code torch.floor_divide}. */
  public static Tensor floor_divide(Tensor input, double other) {
    return input.floor_divide(other);
  }

  /** Function form of {@link Tensor#floor_divide(boolean)}. PyTorch: {@code torch.floor_divide}. */
  public static Tensor floor_divide(Tensor input, boolean other) {
    return input.floor_divide(other);
  }

  /** PyTorch: {@code torch.remainder}. */
  public static Tensor remainder(Tensor a, Tensor b) {
    return a.remainder(b);
  }

  /** {@code a % b} with a Java integer on the left. */
  public static Tensor remainder(long a, Tensor b) {
    return Elementwise.binary(BinaryOp.REMAINDER, scalar(a), b);
  }

  /** {@code a % b} with a Java double on the left. */
  public static Tensor remainder(double a, Tensor b) {
    return Elementwise.binary(BinaryOp.REMAINDER, scalar(a), b);
  }

  /** Function form of {@link Tensor#remainder(long)}. PyTorch: {@code torch.remainder}. */
  public static Tensor remainder(Tensor input, long other) {
    return input.remainder(other);
  }

  /** Function form of {@link Tensor#remainder(double)}. PyTorch: {@code torch.remainder}. */
  public static Tensor remainder(Tensor input, double other) {
    return input.remainder(other);
  }

  /** Function form of {@link Tensor#remainder(boolean)}. PyTorch: {@code torch.remainder}. */
  public static Tensor remainder(Tensor input, boolean other) {
    return input.remainder(other);
  }

  /** PyTorch: {@code torch.maximum}. */
  public static Tensor maximum(Tensor a, Tensor b) {
    return a.maximum(b);
  }

  /** PyTorch: {@code torch.minimum}. */
  public static Tensor minimum(Tensor a, Tensor b) {
    return a.minimum(b);
  }

  /** Function form of {@link Tensor#atan2(Tensor)}. PyTorch: {@code torch.atan2}. */
  public static Tensor atan2(Tensor input, Tensor other) {
    return input.atan2(other);
  }

  /** Function form of {@link Tensor#divide(Tensor)}. PyTorch: {@code torch.divide}. */
  public static Tensor divide(Tensor input, Tensor other) {
    return input.divide(other);
  }

  /** Function form of {@link Tensor#fmod(double)}. PyTorch: {@code torch.fmod}. */
  public static Tensor fmod(Tensor input, double other) {
    return input.fmod(other);
  }

  /** Function form of {@link Tensor#fmod(long)}. PyTorch: {@code torch.fmod}. */
  public static Tensor fmod(Tensor input, long other) {
    return input.fmod(other);
  }

  /** Function form of {@link Tensor#fmod(Tensor)}. PyTorch: {@code torch.fmod}. */
  public static Tensor fmod(Tensor input, Tensor other) {
    return input.fmod(other);
  }

  /** Function form of {@link Tensor#fmod(boolean)}. PyTorch: {@code torch.fmod}. */
  public static Tensor fmod(Tensor input, boolean other) {
    return input.fmod(other);
  }

  /** Function form of {@link Tensor#multiply(Tensor)}. PyTorch: {@code torch.multiply}. */
  public static Tensor multiply(Tensor input, Tensor other) {
    return input.multiply(other);
  }

  /** Function form of {@link Tensor#subtract(Tensor)}. PyTorch: {@code torch.subtract}. */
  public static Tensor subtract(Tensor input, Tensor other) {
    return input.subtract(other);
  }

  /** Function form of {@link Tensor#true_divide(Tensor)}. PyTorch: {@code torch.true_divide}. */
  public static Tensor true_divide(Tensor input, Tensor other) {
    return input.true_divide(other);
  }

  /** PyTorch: {@code torch.addcmul(input, tensor1, tensor2, value=value)}. */
  public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2, double value) {
    return input.addcmul(tensor1, tensor2, value);
  }

  /** PyTorch: {@code torch.addcdiv(input, tensor1, tensor2, value=value)}. */
  public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2, double value) {
    return input.addcdiv(tensor1, tensor2, value);
  }

  // ---------------------------------------- bitwise ops

  /** Function form of {@link Tensor#bitwise_and(boolean)}. PyTorch: {@code torch.bitwise_and}. */
  public static Tensor bitwise_and(Tensor input, boolean other) {
    return input.bitwise_and(other);
  }

  /** Function form of {@link Tensor#bitwise_and(long)}. PyTorch: {@code torch.bitwise_and}. */
  public static Tensor bitwise_and(Tensor input, long other) {
    return input.bitwise_and(other);
  }

  /** Function form of {@link Tensor#bitwise_and(Tensor)}. PyTorch: {@code torch.bitwise_and}. */
  public static Tensor bitwise_and(Tensor input, Tensor other) {
    return input.bitwise_and(other);
  }

  /** {@code torch.bitwise_and(scalar, tensor)} with a Java long on the left, wrapped like a Python int. */
  public static Tensor bitwise_and(long input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_AND, scalar(input), other);
  }

  /** {@code torch.bitwise_and(scalar, tensor)} with a Java boolean on the left, wrapped like a Python bool. */
  public static Tensor bitwise_and(boolean input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_AND, scalar(input), other);
  }

  /** Function form of {@link Tensor#bitwise_not()}. PyTorch: {@code torch.bitwise_not}. */
  public static Tensor bitwise_not(Tensor input) {
    return input.bitwise_not();
  }

  /** Function form of {@link Tensor#bitwise_or(boolean)}. PyTorch: {@code torch.bitwise_or}. */
  public static Tensor bitwise_or(Tensor input, boolean other) {
    return input.bitwise_or(other);
  }

  /** Function form of {@link Tensor#bitwise_or(long)}. PyTorch: {@code torch.bitwise_or}. */
  public static Tensor bitwise_or(Tensor input, long other) {
    return input.bitwise_or(other);
  }

  /** Function form of {@link Tensor#bitwise_or(Tensor)}. PyTorch: {@code torch.bitwise_or}. */
  public static Tensor bitwise_or(Tensor input, Tensor other) {
    return input.bitwise_or(other);
  }

  /** {@code torch.bitwise_or(scalar, tensor)} with a Java long on the left, wrapped like a Python int. */
  public static Tensor bitwise_or(long input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_OR, scalar(input), other);
  }

  /** {@code torch.bitwise_or(scalar, tensor)} with a Java boolean on the left, wrapped like a Python bool. */
  public static Tensor bitwise_or(boolean input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_OR, scalar(input), other);
  }

  /** Function form of {@link Tensor#bitwise_xor(boolean)}. PyTorch: {@code torch.bitwise_xor}. */
  public static Tensor bitwise_xor(Tensor input, boolean other) {
    return input.bitwise_xor(other);
  }

  /** Function form of {@link Tensor#bitwise_xor(long)}. PyTorch: {@code torch.bitwise_xor}. */
  public static Tensor bitwise_xor(Tensor input, long other) {
    return input.bitwise_xor(other);
  }

  /** Function form of {@link Tensor#bitwise_xor(Tensor)}. PyTorch: {@code torch.bitwise_xor}. */
  public static Tensor bitwise_xor(Tensor input, Tensor other) {
    return input.bitwise_xor(other);
  }

  /** {@code torch.bitwise_xor(scalar, tensor)} with a Java long on the left, wrapped like a Python int. */
  public static Tensor bitwise_xor(long input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_XOR, scalar(input), other);
  }

  /** {@code torch.bitwise_xor(scalar, tensor)} with a Java boolean on the left, wrapped like a Python bool. */
  public static Tensor bitwise_xor(boolean input, Tensor other) {
    return Elementwise.binary(BinaryOp.BITWISE_XOR, scalar(input), other);
  }

  // ---------------------------------------- comparisons and logical ops

  /** PyTorch: {@code torch.eq}. */
  public static Tensor eq(Tensor a, Tensor b) {
    return a.eq(b);
  }

  /** Function form of {@link Tensor#eq(double)}. PyTorch: {@code torch.eq}. */
  public static Tensor eq(Tensor input, double other) {
    return input.eq(other);
  }

  /** Function form of {@link Tensor#eq(long)}. PyTorch: {@code torch.eq}. */
  public static Tensor eq(Tensor input, long other) {
    return input.eq(other);
  }

  /** Function form of {@link Tensor#eq(boolean)}. PyTorch: {@code torch.eq}. */
  public static Tensor eq(Tensor input, boolean other) {
    return input.eq(other);
  }

  /** PyTorch: {@code torch.ne}. */
  public static Tensor ne(Tensor a, Tensor b) {
    return a.ne(b);
  }

  /** Function form of {@link Tensor#ne(long)}. PyTorch: {@code torch.ne}. */
  public static Tensor ne(Tensor input, long other) {
    return input.ne(other);
  }

  /** Function form of {@link Tensor#ne(double)}. PyTorch: {@code torch.ne}. */
  public static Tensor ne(Tensor input, double other) {
    return input.ne(other);
  }

  /** Function form of {@link Tensor#ne(boolean)}. PyTorch: {@code torch.ne}. */
  public static Tensor ne(Tensor input, boolean other) {
    return input.ne(other);
  }

  /** PyTorch: {@code torch.lt}. */
  public static Tensor lt(Tensor a, Tensor b) {
    return a.lt(b);
  }

  /** Function form of {@link Tensor#lt(double)}. PyTorch: {@code torch.lt}. */
  public static Tensor lt(Tensor input, double other) {
    return input.lt(other);
  }

  /** Function form of {@link Tensor#lt(long)}. PyTorch: {@code torch.lt}. */
  public static Tensor lt(Tensor input, long other) {
    return input.lt(other);
  }

  /** Function form of {@link Tensor#lt(boolean)}. PyTorch: {@code torch.lt}. */
  public static Tensor lt(Tensor input, boolean other) {
    return input.lt(other);
  }

  /** PyTorch: {@code torch.le}. */
  public static Tensor le(Tensor a, Tensor b) {
    return a.le(b);
  }

  /** Function form of {@link Tensor#le(long)}. PyTorch: {@code torch.le}. */
  public static Tensor le(Tensor input, long other) {
    return input.le(other);
  }

  /** Function form of {@link Tensor#le(boolean)}. PyTorch: {@code torch.le}. */
  public static Tensor le(Tensor input, boolean other) {
    return input.le(other);
  }

  /** Function form of {@link Tensor#le(double)}. PyTorch: {@code torch.le}. */
  public static Tensor le(Tensor input, double other) {
    return input.le(other);
  }

  /** PyTorch: {@code torch.gt}. */
  public static Tensor gt(Tensor a, Tensor b) {
    return a.gt(b);
  }

  /** Function form of {@link Tensor#gt(boolean)}. PyTorch: {@code torch.gt}. */
  public static Tensor gt(Tensor input, boolean other) {
    return input.gt(other);
  }

  /** Function form of {@link Tensor#gt(long)}. PyTorch: {@code torch.gt}. */
  public static Tensor gt(Tensor input, long other) {
    return input.gt(other);
  }

  /** Function form of {@link Tensor#gt(double)}. PyTorch: {@code torch.gt}. */
  public static Tensor gt(Tensor input, double other) {
    return input.gt(other);
  }

  /** PyTorch: {@code torch.ge}. */
  public static Tensor ge(Tensor a, Tensor b) {
    return a.ge(b);
  }

  /** Function form of {@link Tensor#ge(boolean)}. PyTorch: {@code torch.ge}. */
  public static Tensor ge(Tensor input, boolean other) {
    return input.ge(other);
  }

  /** Function form of {@link Tensor#ge(long)}. PyTorch: {@code torch.ge}. */
  public static Tensor ge(Tensor input, long other) {
    return input.ge(other);
  }

  /** Function form of {@link Tensor#ge(double)}. PyTorch: {@code torch.ge}. */
  public static Tensor ge(Tensor input, double other) {
    return input.ge(other);
  }

  /** PyTorch: {@code torch.logical_and}. */
  public static Tensor logical_and(Tensor a, Tensor b) {
    return a.logical_and(b);
  }

  /** PyTorch: {@code torch.logical_or}. */
  public static Tensor logical_or(Tensor a, Tensor b) {
    return a.logical_or(b);
  }

  /** PyTorch: {@code torch.logical_xor}. */
  public static Tensor logical_xor(Tensor a, Tensor b) {
    return a.logical_xor(b);
  }

  /** PyTorch: {@code torch.logical_not}. */
  public static Tensor logical_not(Tensor a) {
    return a.logical_not();
  }

  /** PyTorch: {@code torch.equal}. */
  public static boolean equal(Tensor a, Tensor b) {
    return a.equal(b);
  }

  /** PyTorch: {@code torch.allclose}. */
  public static boolean allclose(Tensor a, Tensor b) {
    return a.allclose(b);
  }

  /** PyTorch: {@code torch.allclose(a, b, rtol, atol)}. */
  public static boolean allclose(Tensor a, Tensor b, double rtol, double atol) {
    return a.allclose(b, rtol, atol);
  }

  /** Function form of {@link Tensor#greater(Tensor)}. PyTorch: {@code torch.greater}. */
  public static Tensor greater(Tensor input, Tensor other) {
    return input.greater(other);
  }

  /** Function form of {@link Tensor#greater_equal(Tensor)}. PyTorch: {@code torch.greater_equal}. */
  public static Tensor greater_equal(Tensor input, Tensor other) {
    return input.greater_equal(other);
  }

  /** Function form of {@link Tensor#isclose(Tensor, double, double)}. PyTorch: {@code torch.isclose}. */
  public static Tensor isclose(Tensor input, Tensor other, double rtol, double atol) {
    return input.isclose(other, rtol, atol);
  }

  /** Function form of {@link Tensor#less(Tensor)}. PyTorch: {@code torch.less}. */
  public static Tensor less(Tensor input, Tensor other) {
    return input.less(other);
  }

  /** Function form of {@link Tensor#less_equal(Tensor)}. PyTorch: {@code torch.less_equal}. */
  public static Tensor less_equal(Tensor input, Tensor other) {
    return input.less_equal(other);
  }

  /** Function form of {@link Tensor#not_equal(Tensor)}. PyTorch: {@code torch.not_equal}. */
  public static Tensor not_equal(Tensor input, Tensor other) {
    return input.not_equal(other);
  }

  // ---------------------------------------- pointwise unary ops

  /** PyTorch: {@code torch.neg}. */
  public static Tensor neg(Tensor a) {
    return a.neg();
  }

  /** Elementwise absolute value. PyTorch: {@code torch.abs}. */
  public static Tensor abs(Tensor a) {
    return a.abs();
  }

  /**
   * Elementwise e^x; integral inputs give the default float dtype.
   *
   * <pre>{@code exp(tensor(new double[] {1, 2}))   // tensor([2.7183, 7.3891])}</pre>
   *
   * PyTorch: {@code torch.exp}.
   */
  public static Tensor exp(Tensor a) {
    return a.exp();
  }

  /** PyTorch: {@code torch.log}. */
  public static Tensor log(Tensor a) {
    return a.log();
  }

  /** PyTorch: {@code torch.sqrt}. */
  public static Tensor sqrt(Tensor a) {
    return a.sqrt();
  }

  /** PyTorch: {@code torch.sin}. */
  public static Tensor sin(Tensor a) {
    return a.sin();
  }

  /** PyTorch: {@code torch.cos}. */
  public static Tensor cos(Tensor a) {
    return a.cos();
  }

  /** PyTorch: {@code torch.tan}. */
  public static Tensor tan(Tensor a) {
    return a.tan();
  }

  /** PyTorch: {@code torch.tanh}. */
  public static Tensor tanh(Tensor a) {
    return a.tanh();
  }

  /** PyTorch: {@code torch.sigmoid}. */
  public static Tensor sigmoid(Tensor a) {
    return a.sigmoid();
  }

  /** PyTorch: {@code torch.relu}. */
  public static Tensor relu(Tensor a) {
    return a.relu();
  }

  /** PyTorch: {@code torch.floor}. */
  public static Tensor floor(Tensor a) {
    return a.floor();
  }

  /** PyTorch: {@code torch.ceil}. */
  public static Tensor ceil(Tensor a) {
    return a.ceil();
  }

  /** PyTorch: {@code torch.round}. */
  public static Tensor round(Tensor a) {
    return a.round();
  }

  /** PyTorch: {@code torch.sign}. */
  public static Tensor sign(Tensor a) {
    return a.sign();
  }

  /** PyTorch: {@code torch.square}. */
  public static Tensor square(Tensor a) {
    return a.square();
  }

  // The torch.* form of every Tensor method PyTorch also exposes as a function, with the same
  // overloads: Java int/long arguments are wrapped int64 (Python int), float/double wrapped
  // floats, boolean wrapped bools, so Torch.add(arange(3), 1) stays int64 as in PyTorch.
  // OpCoverageTest checks that none is missing.

  /** Function form of {@link Tensor#absolute()}. PyTorch: {@code torch.absolute}. */
  public static Tensor absolute(Tensor input) {
    return input.absolute();
  }

  /** Function form of {@link Tensor#acos()}. PyTorch: {@code torch.acos}. */
  public static Tensor acos(Tensor input) {
    return input.acos();
  }

  /** PyTorch: {@code torch.erf(input)}; see {@link Tensor#erf()}. */
  public static Tensor erf(Tensor input) {
    return input.erf();
  }

  // ---- inverse hyperbolics, special functions and torch.special aliases (issue 11)

  /** PyTorch: {@code torch.asinh(input)}; see {@link Tensor#asinh()}. */
  public static Tensor asinh(Tensor input) {
    return input.asinh();
  }

  /** PyTorch: {@code torch.acosh(input)}; see {@link Tensor#acosh()}. */
  public static Tensor acosh(Tensor input) {
    return input.acosh();
  }

  /** PyTorch: {@code torch.atanh(input)}; see {@link Tensor#atanh()}. */
  public static Tensor atanh(Tensor input) {
    return input.atanh();
  }

  /** PyTorch: {@code torch.erfc(input)}; see {@link Tensor#erfc()}. */
  public static Tensor erfc(Tensor input) {
    return input.erfc();
  }

  /** PyTorch: {@code torch.erfinv(input)}; see {@link Tensor#erfinv()}. */
  public static Tensor erfinv(Tensor input) {
    return input.erfinv();
  }

  /** PyTorch: {@code torch.lgamma(input)}; see {@link Tensor#lgamma()}. */
  public static Tensor lgamma(Tensor input) {
    return input.lgamma();
  }

  /** PyTorch: {@code torch.digamma(input)}; see {@link Tensor#digamma()}. */
  public static Tensor digamma(Tensor input) {
    return input.digamma();
  }

  /** PyTorch: {@code torch.i0(input)}; see {@link Tensor#i0()}. */
  public static Tensor i0(Tensor input) {
    return input.i0();
  }

  /** Alias of {@link #asinh(Tensor)}. PyTorch: {@code torch.arcsinh(input)}. */
  public static Tensor arcsinh(Tensor input) {
    return input.asinh();
  }

  /** Alias of {@link #acosh(Tensor)}. PyTorch: {@code torch.arccosh(input)}. */
  public static Tensor arccosh(Tensor input) {
    return input.acosh();
  }

  /** Alias of {@link #atanh(Tensor)}. PyTorch: {@code torch.arctanh(input)}. */
  public static Tensor arctanh(Tensor input) {
    return input.atanh();
  }

  /** {@code torch.special.erf}: {@link Tensor#erf()}. */
  public static Tensor special_erf(Tensor input) {
    return input.erf();
  }

  /** {@code torch.special.erfc}: {@link Tensor#erfc()}. */
  public static Tensor special_erfc(Tensor input) {
    return input.erfc();
  }

  /** {@code torch.special.erfinv}: {@link Tensor#erfinv()}. */
  public static Tensor special_erfinv(Tensor input) {
    return input.erfinv();
  }

  /** {@code torch.special.expit}: {@link Tensor#sigmoid()}. */
  public static Tensor special_expit(Tensor input) {
    return input.sigmoid();
  }

  /** {@code torch.special.exp2}: {@link Tensor#exp2()}. */
  public static Tensor special_exp2(Tensor input) {
    return input.exp2();
  }

  /** {@code torch.special.expm1}: {@link Tensor#expm1()}. */
  public static Tensor special_expm1(Tensor input) {
    return input.expm1();
  }

  /** {@code torch.special.log1p}: {@link Tensor#log1p()}. */
  public static Tensor special_log1p(Tensor input) {
    return input.log1p();
  }

  /** {@code torch.special.sinc}: {@link Tensor#sinc()}. */
  public static Tensor special_sinc(Tensor input) {
    return input.sinc();
  }

  /** {@code torch.special.gammaln}: {@link Tensor#lgamma()}. */
  public static Tensor special_gammaln(Tensor input) {
    return input.lgamma();
  }

  /** {@code torch.special.digamma}: {@link Tensor#digamma()}. */
  public static Tensor special_digamma(Tensor input) {
    return input.digamma();
  }

  /** {@code torch.special.psi}: {@link Tensor#digamma()}. */
  public static Tensor special_psi(Tensor input) {
    return input.digamma();
  }

  /**
   * {@code torch.special.round}: {@link Tensor#round()}, through round's {@code decimals} overload,
   * whose kernel takes floating dtypes only.
   */
  public static Tensor special_round(Tensor input) {
    if (!input.dtype().is_floating_point()) {
      throw dev.torchnd.spi.UnaryOp.notImplemented("round_vml_cpu", input.dtype());
    }
    return Autograd.rename(input.round(), "RoundBackward1");
  }

  /** {@code torch.special.i0}: {@link Tensor#i0()}. */
  public static Tensor special_i0(Tensor input) {
    return input.i0();
  }

  /** PyTorch: {@code torch.polygamma(n, input)}; see {@link Tensor#polygamma(long)}. */
  public static Tensor polygamma(long n, Tensor input) {
    return input.polygamma(n);
  }

  /** {@code torch.special.polygamma(n, input)}: {@link Tensor#polygamma(long)}. */
  public static Tensor special_polygamma(long n, Tensor input) {
    return input.polygamma(n);
  }

  /** PyTorch: {@code torch.mvlgamma(input, p)}; see {@link Tensor#mvlgamma(long)}. */
  public static Tensor mvlgamma(Tensor input, long p) {
    return input.mvlgamma(p);
  }

  /** {@code torch.special.multigammaln(input, p)}: {@link Tensor#mvlgamma(long)}. */
  public static Tensor special_multigammaln(Tensor input, long p) {
    return input.mvlgamma(p);
  }

  /** {@code torch.special.logit}: {@link Tensor#logit()}. */
  public static Tensor special_logit(Tensor input) {
    return input.logit();
  }

  /** {@code torch.special.logit(input, eps)}: {@link Tensor#logit(double)}. */
  public static Tensor special_logit(Tensor input, double eps) {
    return input.logit(eps);
  }

  /** {@code torch.special.xlogy(input, other)}: {@link Tensor#xlogy(Tensor)}. */
  public static Tensor special_xlogy(Tensor input, Tensor other) {
    return input.xlogy(other);
  }

  /** {@code torch.special.xlogy(input, int)}. */
  public static Tensor special_xlogy(Tensor input, long other) {
    return input.xlogy(other);
  }

  /** {@code torch.special.xlogy(input, float)}. */
  public static Tensor special_xlogy(Tensor input, double other) {
    return input.xlogy(other);
  }

  /** {@code torch.special.xlogy(int, other)}. */
  public static Tensor special_xlogy(long self, Tensor other) {
    return xlogy(self, other);
  }

  /** {@code torch.special.xlogy(float, other)}. */
  public static Tensor special_xlogy(double self, Tensor other) {
    return xlogy(self, other);
  }

  /** PyTorch: {@code torch.isinf(input)}. */
  public static Tensor isinf(Tensor input) {
    return input.isinf();
  }

  /** PyTorch: {@code torch.isfinite(input)}. */
  public static Tensor isfinite(Tensor input) {
    return input.isfinite();
  }

  /** PyTorch: {@code torch.nan_to_num(input)}. */
  public static Tensor nan_to_num(Tensor input) {
    return input.nan_to_num();
  }

  /** PyTorch: {@code torch.nan_to_num(input, nan, posinf, neginf)}; null keeps the default. */
  public static Tensor nan_to_num(Tensor input, Double nan, Double posinf, Double neginf) {
    return input.nan_to_num(nan, posinf, neginf);
  }

  /** Function form of {@link Tensor#asin()}. PyTorch: {@code torch.asin}. */
  public static Tensor asin(Tensor input) {
    return input.asin();
  }

  /** Function form of {@link Tensor#atan()}. PyTorch: {@code torch.atan}. */
  public static Tensor atan(Tensor input) {
    return input.atan();
  }

  /** Function form of {@link Tensor#cosh()}. PyTorch: {@code torch.cosh}. */
  public static Tensor cosh(Tensor input) {
    return input.cosh();
  }

  /** Function form of {@link Tensor#expm1()}. PyTorch: {@code torch.expm1}. */
  public static Tensor expm1(Tensor input) {
    return input.expm1();
  }

  /** Function form of {@link Tensor#isnan()}. PyTorch: {@code torch.isnan}. */
  public static Tensor isnan(Tensor input) {
    return input.isnan();
  }

  /** Function form of {@link Tensor#log10()}. PyTorch: {@code torch.log10}. */
  public static Tensor log10(Tensor input) {
    return input.log10();
  }

  /** Function form of {@link Tensor#log1p()}. PyTorch: {@code torch.log1p}. */
  public static Tensor log1p(Tensor input) {
    return input.log1p();
  }

  /** Function form of {@link Tensor#log2()}. PyTorch: {@code torch.log2}. */
  public static Tensor log2(Tensor input) {
    return input.log2();
  }

  /** Function form of {@link Tensor#negative()}. PyTorch: {@code torch.negative}. */
  public static Tensor negative(Tensor input) {
    return input.negative();
  }

  /** Function form of {@link Tensor#reciprocal()}. PyTorch: {@code torch.reciprocal}. */
  public static Tensor reciprocal(Tensor input) {
    return input.reciprocal();
  }

  /** Function form of {@link Tensor#rsqrt()}. PyTorch: {@code torch.rsqrt}. */
  public static Tensor rsqrt(Tensor input) {
    return input.rsqrt();
  }

  /** Function form of {@link Tensor#sinh()}. PyTorch: {@code torch.sinh}. */
  public static Tensor sinh(Tensor input) {
    return input.sinh();
  }

  /** Function form of {@link Tensor#trunc()}. PyTorch: {@code torch.trunc}. */
  public static Tensor trunc(Tensor input) {
    return input.trunc();
  }

  /** Function form of {@link Tensor#exp2()}. PyTorch: {@code torch.exp2(input)}. */
  public static Tensor exp2(Tensor input) {
    return input.exp2();
  }

  /** Function form of {@link Tensor#frac()}. PyTorch: {@code torch.frac(input)}. */
  public static Tensor frac(Tensor input) {
    return input.frac();
  }

  /** Function form of {@link Tensor#deg2rad()}. PyTorch: {@code torch.deg2rad(input)}. */
  public static Tensor deg2rad(Tensor input) {
    return input.deg2rad();
  }

  /** Function form of {@link Tensor#rad2deg()}. PyTorch: {@code torch.rad2deg(input)}. */
  public static Tensor rad2deg(Tensor input) {
    return input.rad2deg();
  }

  /** Function form of {@link Tensor#sgn()}. PyTorch: {@code torch.sgn(input)}. */
  public static Tensor sgn(Tensor input) {
    return input.sgn();
  }

  /** Function form of {@link Tensor#sinc()}. PyTorch: {@code torch.sinc(input)}. */
  public static Tensor sinc(Tensor input) {
    return input.sinc();
  }

  /** Function form of {@link Tensor#logit()}. PyTorch: {@code torch.logit(input)}. */
  public static Tensor logit(Tensor input) {
    return input.logit();
  }

  /** PyTorch: {@code torch.logit(input, eps)}. */
  public static Tensor logit(Tensor input, double eps) {
    return input.logit(eps);
  }

  /** Function form of {@link Tensor#signbit()}. PyTorch: {@code torch.signbit(input)}. */
  public static Tensor signbit(Tensor input) {
    return input.signbit();
  }

  /** Function form of {@link Tensor#xlogy(Tensor)}. PyTorch: {@code torch.xlogy(input, other)}. */
  public static Tensor xlogy(Tensor input, Tensor other) {
    return input.xlogy(other);
  }

  /** PyTorch: {@code torch.xlogy(input, int)}. */
  public static Tensor xlogy(Tensor input, long other) {
    return input.xlogy(other);
  }

  /** PyTorch: {@code torch.xlogy(input, float)}. */
  public static Tensor xlogy(Tensor input, double other) {
    return input.xlogy(other);
  }

  /** PyTorch: {@code torch.xlogy(int, other)}. */
  public static Tensor xlogy(long self, Tensor other) {
    return Elementwise.binary(BinaryOp.XLOGY, scalar(self), other);
  }

  /** PyTorch: {@code torch.xlogy(float, other)}. */
  public static Tensor xlogy(double self, Tensor other) {
    return Elementwise.binary(BinaryOp.XLOGY, scalar(self), other);
  }

  /** Function form of {@link Tensor#copysign(Tensor)}. PyTorch: {@code torch.copysign(input, other)}. */
  public static Tensor copysign(Tensor input, Tensor other) {
    return input.copysign(other);
  }

  /** PyTorch: {@code torch.copysign(input, int)}. */
  public static Tensor copysign(Tensor input, long other) {
    return input.copysign(other);
  }

  /** PyTorch: {@code torch.copysign(input, float)}. */
  public static Tensor copysign(Tensor input, double other) {
    return input.copysign(other);
  }

  /** Function form of {@link Tensor#float_power(Tensor)}. PyTorch: {@code torch.float_power(input, other)}. */
  public static Tensor float_power(Tensor input, Tensor other) {
    return input.float_power(other);
  }

  /** PyTorch: {@code torch.float_power(input, int)}. */
  public static Tensor float_power(Tensor input, long other) {
    return input.float_power(other);
  }

  /** PyTorch: {@code torch.float_power(input, float)}. */
  public static Tensor float_power(Tensor input, double other) {
    return input.float_power(other);
  }

  /** PyTorch: {@code torch.float_power(int, other)}. */
  public static Tensor float_power(long self, Tensor other) {
    return Elementwise.floatPower(scalar(self), other);
  }

  /** PyTorch: {@code torch.float_power(float, other)}. */
  public static Tensor float_power(double self, Tensor other) {
    return Elementwise.floatPower(scalar(self), other);
  }

  /** Function form of {@link Tensor#fmax(Tensor)}. PyTorch: {@code torch.fmax(input, other)}. */
  public static Tensor fmax(Tensor input, Tensor other) {
    return input.fmax(other);
  }

  /** Function form of {@link Tensor#fmin(Tensor)}. PyTorch: {@code torch.fmin(input, other)}. */
  public static Tensor fmin(Tensor input, Tensor other) {
    return input.fmin(other);
  }

  /** Function form of {@link Tensor#gcd(Tensor)}. PyTorch: {@code torch.gcd(input, other)}. */
  public static Tensor gcd(Tensor input, Tensor other) {
    return input.gcd(other);
  }

  /** Function form of {@link Tensor#lcm(Tensor)}. PyTorch: {@code torch.lcm(input, other)}. */
  public static Tensor lcm(Tensor input, Tensor other) {
    return input.lcm(other);
  }

  /** Function form of {@link Tensor#heaviside(Tensor)}. PyTorch: {@code torch.heaviside(input, values)}. */
  public static Tensor heaviside(Tensor input, Tensor other) {
    return input.heaviside(other);
  }

  // ---------------------------------------- clamp

  /** PyTorch: {@code torch.clamp(input, min, max)}. */
  public static Tensor clamp(Tensor a, Double min, Double max) {
    return a.clamp(min, max);
  }

  /** PyTorch: {@code torch.clamp(input, min, max)}. */
  public static Tensor clamp(Tensor a, double min, double max) {
    return a.clamp(min, max);
  }

  /** Function form of {@link Tensor#clamp(Tensor, Tensor)}. PyTorch: {@code torch.clamp}. */
  public static Tensor clamp(Tensor input, Tensor min, Tensor max) {
    return input.clamp(min, max);
  }

  /** Function form of {@link Tensor#clamp(long, long)}. PyTorch: {@code torch.clamp}. */
  public static Tensor clamp(Tensor input, long min, long max) {
    return input.clamp(min, max);
  }

  /** Function form of {@link Tensor#clamp_max(long)}. PyTorch: {@code torch.clamp_max}. */
  public static Tensor clamp_max(Tensor input, long max) {
    return input.clamp_max(max);
  }

  /** Function form of {@link Tensor#clamp_max(double)}. PyTorch: {@code torch.clamp_max}. */
  public static Tensor clamp_max(Tensor input, double max) {
    return input.clamp_max(max);
  }

  /** Function form of {@link Tensor#clamp_min(long)}. PyTorch: {@code torch.clamp_min}. */
  public static Tensor clamp_min(Tensor input, long min) {
    return input.clamp_min(min);
  }

  /** Function form of {@link Tensor#clamp_min(double)}. PyTorch: {@code torch.clamp_min}. */
  public static Tensor clamp_min(Tensor input, double min) {
    return input.clamp_min(min);
  }

  /** Function form of {@link Tensor#clip(long, long)}. PyTorch: {@code torch.clip}. */
  public static Tensor clip(Tensor input, long min, long max) {
    return input.clip(min, max);
  }

  /** Function form of {@link Tensor#clip(double, double)}. PyTorch: {@code torch.clip}. */
  public static Tensor clip(Tensor input, double min, double max) {
    return input.clip(min, max);
  }

  /** Function form of {@link Tensor#clip(Double, Double)}. PyTorch: {@code torch.clip}. */
  public static Tensor clip(Tensor input, Double min, Double max) {
    return input.clip(min, max);
  }

  // ---------------------------------------- shape and views

  private static void flatten(
      Object data, int depth, long[] shape, double[] d, long[] l, int[] pos, int[] kind, boolean[] any) {
    if (depth == shape.length) {
      if (isSeq(data)) {
        throw new IllegalArgumentException(
            "expected sequence of length "
                + shape[depth - 1]
                + " at dim "
                + (depth - 1)
                + " (got "
                + seqLen(data)
                + ")");
      }
      any[0] = true;
      int p = pos[0]++;
      if (data instanceof Boolean b) {
        d[p] = b ? 1 : 0;
        l[p] = b ? 1 : 0;
      } else if (data instanceof Double || data instanceof Float) {
        d[p] = ((Number) data).doubleValue();
        l[p] = (long) d[p];
        kind[0] = 2;
      } else if (data instanceof Number num) {
        d[p] = num.doubleValue();
        l[p] = num.longValue();
        kind[0] = Math.max(kind[0], 1);
      } else if (data instanceof Tensor t) {
        if (t.numel() != 1) {
          throw new IllegalArgumentException("only one element tensors can be converted to Python scalars");
        }
        d[p] = t.doubleValue();
        l[p] = t.longValue();
        kind[0] = Math.max(kind[0], t.dtype().is_floating_point() ? 2 : t.dtype() == DType.bool ? 0 : 1);
      } else if (data instanceof String) {
        throw new IllegalArgumentException("new(): invalid data type 'str'");
      } else {
        throw new IllegalArgumentException("Could not infer dtype of " + data.getClass().getSimpleName());
      }
      return;
    }
    if (!isSeq(data)) {
      throw new IllegalArgumentException("not a sequence");
    }
    int len = seqLen(data);
    if (len != shape[depth]) {
      throw new IllegalArgumentException(
          "expected sequence of length " + shape[depth] + " at dim " + depth + " (got " + len + ")");
    }
    Class<?> comp = data.getClass().getComponentType();
    if (comp == double.class || comp == float.class) {
      kind[0] = 2;
    } else if (comp == long.class || comp == int.class || comp == short.class || comp == byte.class) {
      kind[0] = Math.max(kind[0], 1);
    }
    for (int i = 0; i < len; i++) {
      flatten(seqGet(data, i), depth + 1, shape, d, l, pos, kind, any);
    }
  }

  /** PyTorch: {@code torch.flatten}. */
  public static Tensor flatten(Tensor a) {
    return a.flatten();
  }

  /** Function form of {@link Tensor#flatten(int, int)}. PyTorch: {@code torch.flatten}. */
  public static Tensor flatten(Tensor input, int startDim, int endDim) {
    return input.flatten(startDim, endDim);
  }

  /** Function form of {@link Tensor#flatten(int)}. PyTorch: {@code torch.flatten}. */
  public static Tensor flatten(Tensor input, int startDim) {
    return input.flatten(startDim);
  }

  /** PyTorch: {@code torch.clone}. */
  public static Tensor clone(Tensor a) {
    return a.clone();
  }

  /** PyTorch: {@code torch.reshape}. */
  public static Tensor reshape(Tensor a, long... shape) {
    return a.reshape(shape);
  }

  /** Function form of {@link Tensor#reshape(Size)}. PyTorch: {@code torch.reshape}. */
  public static Tensor reshape(Tensor input, Size shape) {
    return input.reshape(shape);
  }

  /** PyTorch: {@code torch.transpose}. */
  public static Tensor transpose(Tensor a, int d0, int d1) {
    return a.transpose(d0, d1);
  }

  /** PyTorch: {@code torch.permute}. */
  public static Tensor permute(Tensor a, int... dims) {
    return a.permute(dims);
  }

  /** PyTorch: {@code torch.squeeze}. */
  public static Tensor squeeze(Tensor a) {
    return a.squeeze();
  }

  /** Function form of {@link Tensor#squeeze(int)}. PyTorch: {@code torch.squeeze}. */
  public static Tensor squeeze(Tensor input, int dim) {
    return input.squeeze(dim);
  }

  /** PyTorch: {@code torch.unsqueeze}. */
  public static Tensor unsqueeze(Tensor a, int dim) {
    return a.unsqueeze(dim);
  }

  /** PyTorch: {@code torch.numel}. */
  public static long numel(Tensor a) {
    return a.numel();
  }

  /** PyTorch: {@code torch.broadcast_to(input, shape)}. */
  public static Tensor broadcast_to(Tensor input, long... shape) {
    return input.broadcast_to(shape);
  }

  /** Function form of {@link Tensor#narrow(int, long, long)}. PyTorch: {@code torch.narrow}. */
  public static Tensor narrow(Tensor input, int dim, long start, long length) {
    return input.narrow(dim, start, length);
  }

  /** Function form of {@link Tensor#ravel()}. PyTorch: {@code torch.ravel}. */
  public static Tensor ravel(Tensor input) {
    return input.ravel();
  }

  /** Function form of {@link Tensor#select(int, long)}. PyTorch: {@code torch.select}. */
  public static Tensor select(Tensor input, int dim, long index) {
    return input.select(dim, index);
  }

  /** Function form of {@link Tensor#swapaxes(int, int)}. PyTorch: {@code torch.swapaxes}. */
  public static Tensor swapaxes(Tensor input, int axis0, int axis1) {
    return input.swapaxes(axis0, axis1);
  }

  /** Function form of {@link Tensor#t()}. PyTorch: {@code torch.t}. */
  public static Tensor t(Tensor input) {
    return input.t();
  }

  /** PyTorch: {@code torch.diagonal(input, offset, dim1, dim2)}; see {@link Tensor#diagonal()}. */
  public static Tensor diagonal(Tensor input, long offset, int dim1, int dim2) {
    return input.diagonal(offset, dim1, dim2);
  }

  /** PyTorch: {@code torch.diagonal(input)}. */
  public static Tensor diagonal(Tensor input) {
    return input.diagonal();
  }

  // ---------------------------------------- indexing, gather, scatter, masks

  /**
   * Elementwise {@code cond ? a : b}, broadcasting all three. PyTorch: {@code torch.where}.
   */
  public static Tensor where(Tensor cond, Tensor a, Tensor b) {
    // The Python-scalar operand is converted to the result dtype (checked) before where_self
    // looks at the condition.
    DType rt = Promotion.resultType(a, b);
    ScalarCheck.check(a, rt);
    ScalarCheck.check(b, rt);
    if (cond.dtype() != DType.bool && cond.dtype() != DType.uint8) {
      throw new IllegalArgumentException(
          "where expected condition to be a boolean tensor, but got a tensor with dtype "
              + cond.dtype().scalarTypeName());
    }
    long[] shape = Shapes.broadcast(Shapes.broadcast(cond.shapeArray(), a.shapeArray()), b.shapeArray());
    Tensor c = cond.castTo(DType.bool);
    Tensor x = a.castTo(rt);
    Tensor y = b.castTo(rt);
    Tensor out = Tensor.empty(shape, rt, Devices.common(c, x, y)); // device support
    Devices.checkOperands(out, c, x, y); // device support
    Backends.get()
        .where(
            c.storage,
            Shapes.expandLayout(c.layout(), shape),
            x.storage,
            Shapes.expandLayout(x.layout(), shape),
            y.storage,
            Shapes.expandLayout(y.layout(), shape),
            out.storage,
            out.layout());
    if (!rt.is_floating_point()) {
      return out;
    }
    return Autograd.record(
        out,
        "WhereBackward0",
        new Tensor[] {a, b},
        g -> {
          Tensor z = zeros_like(g);
          return new Tensor[] {where(cond, g, z), where(cond, z, g)};
        },
        cond);
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with a Java scalar for {@code b}. */
  public static Tensor where(Tensor cond, Tensor a, double b) {
    return where(cond, a, scalar(b));
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with Java scalars. */
  public static Tensor where(Tensor cond, double a, double b) {
    return where(cond, scalar(a), scalar(b));
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with Java integers. */
  public static Tensor where(Tensor cond, long a, long b) {
    return where(cond, scalar(a), scalar(b));
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with a Java integer for {@code b}. */
  public static Tensor where(Tensor cond, Tensor a, long b) {
    return where(cond, a, scalar(b));
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with a Java double for {@code a}. */
  public static Tensor where(Tensor cond, double a, Tensor b) {
    return where(cond, scalar(a), b);
  }

  /** {@link #where(Tensor, Tensor, Tensor)} with a Java integer for {@code a}. */
  public static Tensor where(Tensor cond, long a, Tensor b) {
    return where(cond, scalar(a), b);
  }

  /**
   * The coordinates where {@code condition} is non-zero, one int64 vector per dim.
   * PyTorch: {@code torch.where(condition)} (the same as {@code nonzero(as_tuple=True)}).
   */
  public static Tensor[] where(Tensor condition) {
    return IndexOps.nonzeroTuple(condition);
  }

  /** Indices of non-zero elements as an [n, ndim] int64 tensor. PyTorch: {@code torch.nonzero}. */
  public static Tensor nonzero(Tensor t) {
    return IndexOps.nonzero(t);
  }

  /** PyTorch: {@code torch.nonzero(input, as_tuple=...)}; see {@link Tensor#nonzero(boolean)}. */
  public static Tensor[] nonzero(Tensor input, boolean as_tuple) {
    return input.nonzero(as_tuple);
  }

  /** PyTorch: {@code torch.gather(input, dim, index)}; see {@link Tensor#gather}. */
  public static Tensor gather(Tensor input, int dim, Tensor index) {
    return input.gather(dim, index);
  }

  /** PyTorch: {@code torch.scatter(input, dim, index, src)}. */
  public static Tensor scatter(Tensor input, int dim, Tensor index, Tensor src) {
    return input.scatter(dim, index, src);
  }

  /** PyTorch: {@code torch.scatter(input, dim, index, value)}. */
  public static Tensor scatter(Tensor input, int dim, Tensor index, double value) {
    return input.scatter(dim, index, value);
  }

  /** PyTorch: {@code torch.scatter(input, dim, index, value)} with a Java integer. */
  public static Tensor scatter(Tensor input, int dim, Tensor index, long value) {
    return input.scatter(dim, index, value);
  }

  /** PyTorch: {@code torch.scatter(input, dim, index, src, reduce=...)}. */
  public static Tensor scatter(Tensor input, int dim, Tensor index, Tensor src, String reduce) {
    return input.scatter(dim, index, src, reduce);
  }

  /** PyTorch: {@code torch.scatter_add(input, dim, index, src)}. */
  public static Tensor scatter_add(Tensor input, int dim, Tensor index, Tensor src) {
    return input.scatter_add(dim, index, src);
  }

  /** PyTorch: {@code torch.scatter_reduce(input, dim, index, src, reduce, include_self=...)}. */
  public static Tensor scatter_reduce(
      Tensor input, int dim, Tensor index, Tensor src, String reduce, boolean include_self) {
    return input.scatter_reduce(dim, index, src, reduce, include_self);
  }

  /** PyTorch: {@code torch.scatter_reduce(input, dim, index, src, reduce)}. */
  public static Tensor scatter_reduce(Tensor input, int dim, Tensor index, Tensor src, String reduce) {
    return input.scatter_reduce(dim, index, src, reduce);
  }

  /** PyTorch: {@code torch.index_select(input, dim, index)}. */
  public static Tensor index_select(Tensor input, int dim, Tensor index) {
    return input.index_select(dim, index);
  }

  /** PyTorch: {@code torch.masked_fill(input, mask, value)}. */
  public static Tensor masked_fill(Tensor input, Tensor mask, double value) {
    return input.masked_fill(mask, value);
  }

  /** PyTorch: {@code torch.masked_fill(input, mask, value)} with a Java integer. */
  public static Tensor masked_fill(Tensor input, Tensor mask, long value) {
    return input.masked_fill(mask, value);
  }

  /** PyTorch: {@code torch.masked_fill(input, mask, value)} with a Java boolean. */
  public static Tensor masked_fill(Tensor input, Tensor mask, boolean value) {
    return input.masked_fill(mask, value);
  }

  /** PyTorch: {@code torch.masked_fill(input, mask, value)} with a 0-d tensor value. */
  public static Tensor masked_fill(Tensor input, Tensor mask, Tensor value) {
    return input.masked_fill(mask, value);
  }

  /** PyTorch: {@code torch.masked_select(input, mask)}. */
  public static Tensor masked_select(Tensor input, Tensor mask) {
    return input.masked_select(mask);
  }

  /** PyTorch: {@code torch.take_along_dim(input, indices, dim)}. */
  public static Tensor take_along_dim(Tensor input, Tensor indices, int dim) {
    return input.take_along_dim(indices, dim);
  }

  /** PyTorch: {@code torch.take_along_dim(input, indices)}. */
  public static Tensor take_along_dim(Tensor input, Tensor indices) {
    return input.take_along_dim(indices);
  }

  /** PyTorch: {@code torch.argwhere(input)}. */
  public static Tensor argwhere(Tensor input) {
    return input.argwhere();
  }

  /** PyTorch: {@code torch.index_add(input, dim, index, source)}. */
  public static Tensor index_add(Tensor input, int dim, Tensor index, Tensor source) {
    return input.index_add(dim, index, source);
  }

  /** PyTorch: {@code torch.index_add(input, dim, index, source, alpha=alpha)}. */
  public static Tensor index_add(Tensor input, int dim, Tensor index, Tensor source, double alpha) {
    return input.index_add(dim, index, source, alpha);
  }

  /** PyTorch: {@code torch.index_fill(input, dim, index, value)}. */
  public static Tensor index_fill(Tensor input, int dim, Tensor index, double value) {
    return input.index_fill(dim, index, value);
  }

  /** PyTorch: {@code torch.index_fill(input, dim, index, value)} with a Java integer. */
  public static Tensor index_fill(Tensor input, int dim, Tensor index, long value) {
    return input.index_fill(dim, index, value);
  }

  // ---- indexing writes (issue 11, branch ops-index) ----

  /** PyTorch: {@code torch.index_put(input, indices, values, accumulate)}; see {@link Tensor#index_put(Tensor[], Tensor, boolean)}. */
  public static Tensor index_put(Tensor input, Tensor[] indices, Tensor values, boolean accumulate) {
    return input.index_put(indices, values, accumulate);
  }

  /** PyTorch: {@code torch.index_put(input, indices, values)}. */
  public static Tensor index_put(Tensor input, Tensor[] indices, Tensor values) {
    return input.index_put(indices, values);
  }

  /** PyTorch: {@code torch.index_copy(input, dim, index, source)}. */
  public static Tensor index_copy(Tensor input, int dim, Tensor index, Tensor source) {
    return input.index_copy(dim, index, source);
  }

  /** PyTorch: {@code torch.masked_scatter(input, mask, source)}. */
  public static Tensor masked_scatter(Tensor input, Tensor mask, Tensor source) {
    return input.masked_scatter(mask, source);
  }

  /** PyTorch: {@code torch.put(input, index, source, accumulate)}. */
  public static Tensor put(Tensor input, Tensor index, Tensor source, boolean accumulate) {
    return input.put(index, source, accumulate);
  }

  /** PyTorch: {@code torch.put(input, index, source)}. */
  public static Tensor put(Tensor input, Tensor index, Tensor source) {
    return input.put(index, source);
  }

  /** PyTorch: {@code torch.renorm(input, p, dim, maxnorm)}. */
  public static Tensor renorm(Tensor input, double p, int dim, double maxnorm) {
    return input.renorm(p, dim, maxnorm);
  }

  /** PyTorch: {@code torch.index_fill(input, dim, index, value)} with a 0-d tensor value. */
  public static Tensor index_fill(Tensor input, int dim, Tensor index, Tensor value) {
    return input.index_fill(dim, index, value);
  }

  // ---- end indexing writes ----

  // ---- singular value decomposition and what builds on it (issue 11, branch ops-index) ----

  /**
   * {@code {U, S, Vh}} with {@code A = U diag(S) Vh}, full U and Vh. PyTorch: {@code
   * torch.linalg.svd(A)}; {@code linalg_svd(eye(2))[1]} is {@code tensor([1., 1.])}.
   */
  public static Tensor[] linalg_svd(Tensor A) {
    return SvdOps.linalgSvd(A, true);
  }

  /** PyTorch: {@code torch.linalg.svd(A, full_matrices)} (reduced U, Vh when false). */
  public static Tensor[] linalg_svd(Tensor A, boolean full_matrices) {
    return SvdOps.linalgSvd(A, full_matrices);
  }

  /** PyTorch: {@code torch.svd(A)}: {@code {U, S, V}}, reduced. */
  public static Tensor[] svd(Tensor A) {
    return SvdOps.svd(A, true, true);
  }

  /** PyTorch: {@code torch.svd(A, some)}. */
  public static Tensor[] svd(Tensor A, boolean some) {
    return SvdOps.svd(A, some, true);
  }

  /** PyTorch: {@code torch.svd(A, some, compute_uv)} (zero U and V without compute_uv). */
  public static Tensor[] svd(Tensor A, boolean some, boolean compute_uv) {
    return SvdOps.svd(A, some, compute_uv);
  }

  /**
   * The singular values, descending. PyTorch: {@code torch.linalg.svdvals(A)}; {@code
   * linalg_svdvals(tensor(new double[][] {{3, 0}, {0, -4}}))} is {@code tensor([4., 3.])}.
   */
  public static Tensor linalg_svdvals(Tensor A) {
    return SvdOps.svdvals(A);
  }

  /** The 2-norm condition number, {@code S.max / S.min}. PyTorch: {@code torch.linalg.cond(A)}. */
  public static Tensor linalg_cond(Tensor A) {
    return SvdOps.cond(A, null);
  }

  /** PyTorch: {@code torch.linalg.cond(A, p)} for p 2, -2, 1, -1, inf, -inf. */
  public static Tensor linalg_cond(Tensor A, double p) {
    return SvdOps.cond(A, p);
  }

  /** PyTorch: {@code torch.linalg.cond(A, p)} for p 'fro' or 'nuc'. */
  public static Tensor linalg_cond(Tensor A, String p) {
    return SvdOps.cond(A, p);
  }

  /** The number of singular values above {@code eps * max(m, n) * S.max}. PyTorch: {@code torch.linalg.matrix_rank(A)}. */
  public static Tensor linalg_matrix_rank(Tensor A) {
    return SvdOps.matrixRank(A, null, null);
  }

  /** PyTorch: {@code torch.linalg.matrix_rank(A, tol=tol)} (singular values above tol). */
  public static Tensor linalg_matrix_rank(Tensor A, double tol) {
    return SvdOps.matrixRank(A, tol, 0.0);
  }

  /** PyTorch: {@code torch.linalg.matrix_rank(A, atol=atol, rtol=rtol)}. */
  public static Tensor linalg_matrix_rank(Tensor A, double atol, double rtol) {
    return SvdOps.matrixRank(A, atol, rtol);
  }

  /**
   * The Moore-Penrose pseudoinverse (singular values below {@code eps * max(m, n) * S.max}
   * dropped). PyTorch: {@code torch.linalg.pinv(A)}.
   */
  public static Tensor linalg_pinv(Tensor A) {
    return SvdOps.pinv(A, null, null);
  }

  /** PyTorch: {@code torch.linalg.pinv(A, rcond)} (relative cutoff). */
  public static Tensor linalg_pinv(Tensor A, double rcond) {
    return SvdOps.pinv(A, 0.0, rcond);
  }

  /** PyTorch: {@code torch.linalg.pinv(A, atol=atol, rtol=rtol)}. */
  public static Tensor linalg_pinv(Tensor A, double atol, double rtol) {
    return SvdOps.pinv(A, atol, rtol);
  }

  /** PyTorch: {@code torch.pinverse(A)} ({@code rcond=1e-15}). */
  public static Tensor pinverse(Tensor A) {
    return SvdOps.pinv(A, 0.0, 1e-15);
  }

  /** PyTorch: {@code torch.pinverse(A, rcond)}. */
  public static Tensor pinverse(Tensor A, double rcond) {
    return SvdOps.pinv(A, 0.0, rcond);
  }

  /**
   * Least squares {@code min ||A X - B||}: {@code {solution, residuals, rank, singular_values}}
   * as PyTorch's CPU default driver (gelsy) returns them (residuals and singular values empty).
   * PyTorch: {@code torch.linalg.lstsq(A, B)}.
   */
  public static Tensor[] linalg_lstsq(Tensor A, Tensor B) {
    return SvdOps.lstsq(A, B);
  }

  // ---- end singular value decomposition ----

  /** PyTorch: {@code torch.take(input, index)}. */
  public static Tensor take(Tensor input, Tensor index) {
    return input.take(index);
  }

  // ---------------------------------------- reordering and building

  /** PyTorch: {@code torch.flip(input, dims)}. */
  public static Tensor flip(Tensor input, int... dims) {
    return input.flip(dims);
  }

  /** PyTorch: {@code torch.roll(input, shifts)}. */
  public static Tensor roll(Tensor input, long shifts) {
    return input.roll(shifts);
  }

  /** PyTorch: {@code torch.roll(input, shifts, dims)}. */
  public static Tensor roll(Tensor input, long shifts, int dim) {
    return input.roll(shifts, dim);
  }

  /** PyTorch: {@code torch.roll(input, shifts, dims)} with tuples. */
  public static Tensor roll(Tensor input, long[] shifts, int[] dims) {
    return input.roll(shifts, dims);
  }

  /** PyTorch: {@code torch.tril(input)}. */
  public static Tensor tril(Tensor input) {
    return input.tril();
  }

  /** PyTorch: {@code torch.tril(input, diagonal)}. */
  public static Tensor tril(Tensor input, long diagonal) {
    return input.tril(diagonal);
  }

  /** PyTorch: {@code torch.triu(input)}. */
  public static Tensor triu(Tensor input) {
    return input.triu();
  }

  /** PyTorch: {@code torch.triu(input, diagonal)}. */
  public static Tensor triu(Tensor input, long diagonal) {
    return input.triu(diagonal);
  }

  /** PyTorch: {@code torch.diag(input)}. */
  public static Tensor diag(Tensor input) {
    return input.diag();
  }

  /** PyTorch: {@code torch.diag(input, diagonal)}. */
  public static Tensor diag(Tensor input, long diagonal) {
    return input.diag(diagonal);
  }

  /** PyTorch: {@code torch.tile(input, dims)}. */
  public static Tensor tile(Tensor input, long... dims) {
    return input.tile(dims);
  }

  /** PyTorch: {@code torch.repeat_interleave(input, repeats)}. */
  public static Tensor repeat_interleave(Tensor input, long repeats) {
    return input.repeat_interleave(repeats);
  }

  /** PyTorch: {@code torch.repeat_interleave(input, repeats, dim)}. */
  public static Tensor repeat_interleave(Tensor input, long repeats, int dim) {
    return input.repeat_interleave(repeats, dim);
  }

  /** PyTorch: {@code torch.repeat_interleave(input, repeats)} with a tensor of counts. */
  public static Tensor repeat_interleave(Tensor input, Tensor repeats) {
    return input.repeat_interleave(repeats);
  }

  /** PyTorch: {@code torch.repeat_interleave(input, repeats, dim)} with a tensor of counts. */
  public static Tensor repeat_interleave(Tensor input, Tensor repeats, int dim) {
    return input.repeat_interleave(repeats, dim);
  }

  /**
   * {@code i} repeated {@code repeats[i]} times. PyTorch: {@code torch.repeat_interleave(repeats)}.
   *
   * <pre>{@code repeat_interleave(tensor(new long[] {2, 1}))   // tensor([0, 0, 1])}</pre>
   */
  public static Tensor repeat_interleave(Tensor repeats) {
    if (repeats.dim() != 1) {
      throw new IllegalArgumentException("repeat_interleave only accept 1D vector as repeat");
    }
    IndexOps.checkRepeatsDtype(repeats);
    long[] idx = IndexOps.interleaveIndices(repeats.toLongArray());
    return tensor(idx, new long[] {idx.length}, repeats.dtype());
  }

  /** PyTorch: {@code torch.diag_embed(input)}. */
  public static Tensor diag_embed(Tensor input) {
    return input.diag_embed();
  }

  /** PyTorch: {@code torch.diag_embed(input, offset, dim1, dim2)}. */
  public static Tensor diag_embed(Tensor input, long offset, int dim1, int dim2) {
    return input.diag_embed(offset, dim1, dim2);
  }

  /** PyTorch: {@code torch.fliplr(input)}. */
  public static Tensor fliplr(Tensor input) {
    return input.fliplr();
  }

  /** PyTorch: {@code torch.flipud(input)}. */
  public static Tensor flipud(Tensor input) {
    return input.flipud();
  }

  // ---------------------------------------- reductions and softmax

  /** PyTorch: {@code torch.sum(input)}. */
  public static Tensor sum(Tensor a) {
    return a.sum();
  }

  /** PyTorch: {@code torch.sum(input, dim, keepdim)}. */
  public static Tensor sum(Tensor a, int dim, boolean keepdim) {
    return a.sum(dim, keepdim);
  }

  /** PyTorch: {@code torch.sum(input, dim)}. */
  public static Tensor sum(Tensor a, int dim) {
    return a.sum(dim);
  }

  /** Function form of {@link Tensor#sum(int[])}. PyTorch: {@code torch.sum}. */
  public static Tensor sum(Tensor input, int[] dims) {
    return input.sum(dims);
  }

  /** Function form of {@link Tensor#sum(int[], boolean)}. PyTorch: {@code torch.sum}. */
  public static Tensor sum(Tensor input, int[] dims, boolean keepdim) {
    return input.sum(dims, keepdim);
  }

  /** Function form of {@link Tensor#sum(DType)}. PyTorch: {@code torch.sum}. */
  public static Tensor sum(Tensor input, DType dtype) {
    return input.sum(dtype);
  }

  /** PyTorch: {@code torch.mean(input)}. */
  public static Tensor mean(Tensor a) {
    return a.mean();
  }

  /** PyTorch: {@code torch.mean(input, dim, keepdim)}. */
  public static Tensor mean(Tensor a, int dim, boolean keepdim) {
    return a.mean(dim, keepdim);
  }

  /** Function form of {@link Tensor#mean(int)}. PyTorch: {@code torch.mean}. */
  public static Tensor mean(Tensor input, int dim) {
    return input.mean(dim);
  }

  /** Function form of {@link Tensor#mean(int[], boolean)}. PyTorch: {@code torch.mean}. */
  public static Tensor mean(Tensor input, int[] dims, boolean keepdim) {
    return input.mean(dims, keepdim);
  }

  /** Function form of {@link Tensor#mean(DType)}. PyTorch: {@code torch.mean}. */
  public static Tensor mean(Tensor input, DType dtype) {
    return input.mean(dtype);
  }

  /** Function form of {@link Tensor#mean(int[])}. PyTorch: {@code torch.mean}. */
  public static Tensor mean(Tensor input, int[] dims) {
    return input.mean(dims);
  }

  /** PyTorch: {@code torch.prod}. */
  public static Tensor prod(Tensor a) {
    return a.prod();
  }

  /** Function form of {@link Tensor#prod(int, boolean)}. PyTorch: {@code torch.prod}. */
  public static Tensor prod(Tensor input, int dim, boolean keepdim) {
    return input.prod(dim, keepdim);
  }

  /** Function form of {@link Tensor#prod(int)}. PyTorch: {@code torch.prod}. */
  public static Tensor prod(Tensor input, int dim) {
    return input.prod(dim);
  }

  /** PyTorch: {@code torch.max(input)}. */
  public static Tensor max(Tensor a) {
    return a.max();
  }

  /** PyTorch: {@code torch.max(input, dim)}. */
  public static ValuesIndices max(Tensor a, int dim) {
    return a.max(dim);
  }

  /** Function form of {@link Tensor#max(Tensor)}. PyTorch: {@code torch.max}. */
  public static Tensor max(Tensor input, Tensor other) {
    return input.max(other);
  }

  /** Function form of {@link Tensor#max(int, boolean)}. PyTorch: {@code torch.max}. */
  public static ValuesIndices max(Tensor input, int dim, boolean keepdim) {
    return input.max(dim, keepdim);
  }

  /** PyTorch: {@code torch.min(input)}. */
  public static Tensor min(Tensor a) {
    return a.min();
  }

  /** Function form of {@link Tensor#min(int, boolean)}. PyTorch: {@code torch.min}. */
  public static ValuesIndices min(Tensor input, int dim, boolean keepdim) {
    return input.min(dim, keepdim);
  }

  /** Function form of {@link Tensor#min(int)}. PyTorch: {@code torch.min}. */
  public static ValuesIndices min(Tensor input, int dim) {
    return input.min(dim);
  }

  /** Function form of {@link Tensor#min(Tensor)}. PyTorch: {@code torch.min}. */
  public static Tensor min(Tensor input, Tensor other) {
    return input.min(other);
  }

  /** PyTorch: {@code torch.argmax}. */
  public static Tensor argmax(Tensor a) {
    return a.argmax();
  }

  /** Function form of {@link Tensor#argmax(int, boolean)}. PyTorch: {@code torch.argmax}. */
  public static Tensor argmax(Tensor input, int dim, boolean keepdim) {
    return input.argmax(dim, keepdim);
  }

  /** Function form of {@link Tensor#argmax(int)}. PyTorch: {@code torch.argmax}. */
  public static Tensor argmax(Tensor input, int dim) {
    return input.argmax(dim);
  }

  /** PyTorch: {@code torch.argmin}. */
  public static Tensor argmin(Tensor a) {
    return a.argmin();
  }

  /** Function form of {@link Tensor#argmin(int)}. PyTorch: {@code torch.argmin}. */
  public static Tensor argmin(Tensor input, int dim) {
    return input.argmin(dim);
  }

  /** Function form of {@link Tensor#argmin(int, boolean)}. PyTorch: {@code torch.argmin}. */
  public static Tensor argmin(Tensor input, int dim, boolean keepdim) {
    return input.argmin(dim, keepdim);
  }

  /** PyTorch: {@code torch.all}. */
  public static Tensor all(Tensor a) {
    return a.all();
  }

  /** Function form of {@link Tensor#all(int, boolean)}. PyTorch: {@code torch.all}. */
  public static Tensor all(Tensor input, int dim, boolean keepdim) {
    return input.all(dim, keepdim);
  }

  /** Function form of {@link Tensor#all(int)}. PyTorch: {@code torch.all}. */
  public static Tensor all(Tensor input, int dim) {
    return input.all(dim);
  }

  /** PyTorch: {@code torch.any}. */
  public static Tensor any(Tensor a) {
    return a.any();
  }

  /** Function form of {@link Tensor#any(int)}. PyTorch: {@code torch.any}. */
  public static Tensor any(Tensor input, int dim) {
    return input.any(dim);
  }

  /** Function form of {@link Tensor#any(int, boolean)}. PyTorch: {@code torch.any}. */
  public static Tensor any(Tensor input, int dim, boolean keepdim) {
    return input.any(dim, keepdim);
  }

  /** PyTorch: {@code torch.norm(input)}: the 2-norm of all elements. */
  public static Tensor norm(Tensor a) {
    return a.norm();
  }

  /** PyTorch: {@code torch.norm(input, p)}. */
  public static Tensor norm(Tensor a, double p) {
    return a.norm(p);
  }

  /** PyTorch: {@code torch.norm(input, p, dim, keepdim)}. */
  public static Tensor norm(Tensor a, double p, int dim, boolean keepdim) {
    return a.norm(p, dim, keepdim);
  }

  /** PyTorch: {@code torch.norm(input, p='fro', dim=dims, keepdim)}. */
  public static Tensor norm(Tensor a, String p, int[] dims, boolean keepdim) {
    if ("nuc".equals(p)) {
      // at::nuclear_norm: the 2-D form checks the rank, then both sum the singular values
      if (dims == null && a.dim() != 2) {
        throw new IllegalArgumentException(
            "Expected a tensor with 2 dimensions, but got a tensor with " + a.dim() + " dimension"
                + (a.dim() == 1 ? "" : "s") + " instead.");
      }
      int[] d = dims == null ? new int[] {-2, -1} : dims;
      return SvdOps.nuclear(a, d, keepdim);
    }
    if (!"fro".equals(p)) {
      throw new IllegalArgumentException("norm(): unsupported p '" + p + "'");
    }
    return LinAlg.norm(a, 2, dims, keepdim);
  }

  /** Function form of {@link Tensor#norm(double, int[], boolean)}. PyTorch: {@code torch.norm}. */
  public static Tensor norm(Tensor input, double p, int[] dims, boolean keepdim) {
    return input.norm(p, dims, keepdim);
  }

  /** PyTorch: {@code torch.linalg.norm(input)}: 2-norm of the flattened input. */
  public static Tensor linalg_norm(Tensor a) {
    return LinAlg.linalgNorm(a, null, null, false);
  }

  /** PyTorch: {@code torch.linalg.norm(input, ord)}. */
  public static Tensor linalg_norm(Tensor a, double ord) {
    return LinAlg.linalgNorm(a, ord, null, false);
  }

  /** PyTorch: {@code torch.linalg.norm(input, ord, dim, keepdim)}; {@code ord} null means default. */
  public static Tensor linalg_norm(Tensor a, Double ord, int[] dim, boolean keepdim) {
    return LinAlg.linalgNorm(a, ord, dim, keepdim);
  }

  /** PyTorch: {@code torch.linalg.norm(input, 'fro', dim, keepdim)}. */
  public static Tensor linalg_norm(Tensor a, String ord, int[] dim, boolean keepdim) {
    if ("nuc".equals(ord)) {
      if (dim == null && a.dim() != 2 && a.dim() != 1) {
        throw new IllegalArgumentException(
            "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got "
                + a.dim() + "D.");
      }
      return MatrixOps.matrixNorm(a, "nuc", dim == null ? new int[] {0, 1} : dim, keepdim);
    }
    if (!"fro".equals(ord)) {
      throw new IllegalArgumentException("linalg.norm: unsupported ord '" + ord + "'");
    }
    return LinAlg.frobenius(a, dim, keepdim);
  }

  /** PyTorch: {@code torch.amax(input)}. */
  public static Tensor amax(Tensor input) {
    return input.amax();
  }

  /** PyTorch: {@code torch.amax(input, dim)}. */
  public static Tensor amax(Tensor input, int dim) {
    return input.amax(dim);
  }

  /** PyTorch: {@code torch.amax(input, dim, keepdim)}. */
  public static Tensor amax(Tensor input, int dim, boolean keepdim) {
    return input.amax(dim, keepdim);
  }

  /** PyTorch: {@code torch.amax(input, dims, keepdim)}. */
  public static Tensor amax(Tensor input, int[] dims, boolean keepdim) {
    return input.amax(dims, keepdim);
  }

  /** PyTorch: {@code torch.amin(input)}. */
  public static Tensor amin(Tensor input) {
    return input.amin();
  }

  /** PyTorch: {@code torch.amin(input, dim)}. */
  public static Tensor amin(Tensor input, int dim) {
    return input.amin(dim);
  }

  /** PyTorch: {@code torch.amin(input, dim, keepdim)}. */
  public static Tensor amin(Tensor input, int dim, boolean keepdim) {
    return input.amin(dim, keepdim);
  }

  /** PyTorch: {@code torch.amin(input, dims, keepdim)}. */
  public static Tensor amin(Tensor input, int[] dims, boolean keepdim) {
    return input.amin(dims, keepdim);
  }

  /** PyTorch: {@code torch.median(input)}. */
  public static Tensor median(Tensor input) {
    return input.median();
  }

  /** PyTorch: {@code torch.median(input, dim)}. */
  public static ValuesIndices median(Tensor input, int dim) {
    return input.median(dim);
  }

  /** PyTorch: {@code torch.median(input, dim, keepdim)}. */
  public static ValuesIndices median(Tensor input, int dim, boolean keepdim) {
    return input.median(dim, keepdim);
  }

  /** Function form of {@link Tensor#std()}. PyTorch: {@code torch.std}. */
  public static Tensor std(Tensor input) {
    return input.std();
  }

  /** Function form of {@link Tensor#var()}. PyTorch: {@code torch.var}. */
  public static Tensor var(Tensor input) {
    return input.var();
  }

  /** PyTorch: {@code torch.std(input, unbiased)}. */
  public static Tensor std(Tensor input, boolean unbiased) {
    return input.std(unbiased);
  }

  /** PyTorch: {@code torch.std(input, dim)}. */
  public static Tensor std(Tensor input, int dim) {
    return input.std(dim);
  }

  /** PyTorch: {@code torch.std(input, dims)}. */
  public static Tensor std(Tensor input, int[] dims) {
    return input.std(dims);
  }

  /** PyTorch: {@code torch.std(input, dim, unbiased)}. */
  public static Tensor std(Tensor input, int dim, boolean unbiased) {
    return input.std(dim, unbiased);
  }

  /** PyTorch: {@code torch.std(input, dims, unbiased)}. */
  public static Tensor std(Tensor input, int[] dims, boolean unbiased) {
    return input.std(dims, unbiased);
  }

  /** PyTorch: {@code torch.std(input, dim, unbiased, keepdim)}. */
  public static Tensor std(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return input.std(dim, unbiased, keepdim);
  }

  /** PyTorch: {@code torch.std(input, dims, unbiased, keepdim)}. */
  public static Tensor std(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
    return input.std(dims, unbiased, keepdim);
  }

  /** PyTorch: {@code torch.std(input, dim, correction=c, keepdim=k)}. */
  public static Tensor std(Tensor input, int dim, long correction, boolean keepdim) {
    return input.std(dim, correction, keepdim);
  }

  /** PyTorch: {@code torch.std(input, dims, correction=c, keepdim=k)}. */
  public static Tensor std(Tensor input, int[] dims, long correction, boolean keepdim) {
    return input.std(dims, correction, keepdim);
  }

  /** PyTorch: {@code torch.var(input, unbiased)}. */
  public static Tensor var(Tensor input, boolean unbiased) {
    return input.var(unbiased);
  }

  /** PyTorch: {@code torch.var(input, dim)}. */
  public static Tensor var(Tensor input, int dim) {
    return input.var(dim);
  }

  /** PyTorch: {@code torch.var(input, dims)}. */
  public static Tensor var(Tensor input, int[] dims) {
    return input.var(dims);
  }

  /** PyTorch: {@code torch.var(input, dim, unbiased)}. */
  public static Tensor var(Tensor input, int dim, boolean unbiased) {
    return input.var(dim, unbiased);
  }

  /** PyTorch: {@code torch.var(input, dims, unbiased)}. */
  public static Tensor var(Tensor input, int[] dims, boolean unbiased) {
    return input.var(dims, unbiased);
  }

  /** PyTorch: {@code torch.var(input, dim, unbiased, keepdim)}. */
  public static Tensor var(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return input.var(dim, unbiased, keepdim);
  }

  /** PyTorch: {@code torch.var(input, dims, unbiased, keepdim)}. */
  public static Tensor var(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
    return input.var(dims, unbiased, keepdim);
  }

  /** PyTorch: {@code torch.var(input, dim, correction=c, keepdim=k)}. */
  public static Tensor var(Tensor input, int dim, long correction, boolean keepdim) {
    return input.var(dim, correction, keepdim);
  }

  /** PyTorch: {@code torch.var(input, dims, correction=c, keepdim=k)}. */
  public static Tensor var(Tensor input, int[] dims, long correction, boolean keepdim) {
    return input.var(dims, correction, keepdim);
  }

  /** PyTorch: {@code torch.kthvalue(input, k)}. */
  public static ValuesIndices kthvalue(Tensor input, long k) {
    return input.kthvalue(k);
  }

  /** PyTorch: {@code torch.kthvalue(input, k, dim)}. */
  public static ValuesIndices kthvalue(Tensor input, long k, int dim) {
    return input.kthvalue(k, dim);
  }

  /** PyTorch: {@code torch.kthvalue(input, k, dim, keepdim)}. */
  public static ValuesIndices kthvalue(Tensor input, long k, int dim, boolean keepdim) {
    return input.kthvalue(k, dim, keepdim);
  }

  /** PyTorch: {@code torch.mode(input)}. */
  public static ValuesIndices mode(Tensor input) {
    return input.mode();
  }

  /** PyTorch: {@code torch.mode(input, dim)}. */
  public static ValuesIndices mode(Tensor input, int dim) {
    return input.mode(dim);
  }

  /** PyTorch: {@code torch.mode(input, dim, keepdim)}. */
  public static ValuesIndices mode(Tensor input, int dim, boolean keepdim) {
    return input.mode(dim, keepdim);
  }

  /** PyTorch: {@code torch.nanmedian(input)}. */
  public static Tensor nanmedian(Tensor input) {
    return input.nanmedian();
  }

  /** PyTorch: {@code torch.nanmedian(input, dim)}. */
  public static ValuesIndices nanmedian(Tensor input, int dim) {
    return input.nanmedian(dim);
  }

  /** PyTorch: {@code torch.nanmedian(input, dim, keepdim)}. */
  public static ValuesIndices nanmedian(Tensor input, int dim, boolean keepdim) {
    return input.nanmedian(dim, keepdim);
  }

  /** PyTorch: {@code torch.nansum(input)}. */
  public static Tensor nansum(Tensor input) {
    return input.nansum();
  }

  /** PyTorch: {@code torch.nansum(input, dtype=dtype)}. */
  public static Tensor nansum(Tensor input, DType dtype) {
    return input.nansum(dtype);
  }

  /** PyTorch: {@code torch.nansum(input, dim)}. */
  public static Tensor nansum(Tensor input, int dim) {
    return input.nansum(dim);
  }

  /** PyTorch: {@code torch.nansum(input, dims)}. */
  public static Tensor nansum(Tensor input, int[] dims) {
    return input.nansum(dims);
  }

  /** PyTorch: {@code torch.nansum(input, dim, keepdim)}. */
  public static Tensor nansum(Tensor input, int dim, boolean keepdim) {
    return input.nansum(dim, keepdim);
  }

  /** PyTorch: {@code torch.nansum(input, dims, keepdim)}. */
  public static Tensor nansum(Tensor input, int[] dims, boolean keepdim) {
    return input.nansum(dims, keepdim);
  }

  /** PyTorch: {@code torch.nansum(input, dims, keepdim, dtype=dtype)}. */
  public static Tensor nansum(Tensor input, int[] dims, boolean keepdim, DType dtype) {
    return input.nansum(dims, keepdim, dtype);
  }

  /** PyTorch: {@code torch.nanmean(input)}. */
  public static Tensor nanmean(Tensor input) {
    return input.nanmean();
  }

  /** PyTorch: {@code torch.nanmean(input, dtype=dtype)}. */
  public static Tensor nanmean(Tensor input, DType dtype) {
    return input.nanmean(dtype);
  }

  /** PyTorch: {@code torch.nanmean(input, dim)}. */
  public static Tensor nanmean(Tensor input, int dim) {
    return input.nanmean(dim);
  }

  /** PyTorch: {@code torch.nanmean(input, dims)}. */
  public static Tensor nanmean(Tensor input, int[] dims) {
    return input.nanmean(dims);
  }

  /** PyTorch: {@code torch.nanmean(input, dim, keepdim)}. */
  public static Tensor nanmean(Tensor input, int dim, boolean keepdim) {
    return input.nanmean(dim, keepdim);
  }

  /** PyTorch: {@code torch.nanmean(input, dims, keepdim)}. */
  public static Tensor nanmean(Tensor input, int[] dims, boolean keepdim) {
    return input.nanmean(dims, keepdim);
  }

  /** PyTorch: {@code torch.nanmean(input, dims, keepdim, dtype=dtype)}. */
  public static Tensor nanmean(Tensor input, int[] dims, boolean keepdim, DType dtype) {
    return input.nanmean(dims, keepdim, dtype);
  }

  /** PyTorch: {@code torch.aminmax(input)}. */
  public static Tensor[] aminmax(Tensor input) {
    return input.aminmax();
  }

  /** PyTorch: {@code torch.aminmax(input, dim=dim)}. */
  public static Tensor[] aminmax(Tensor input, int dim) {
    return input.aminmax(dim);
  }

  /** PyTorch: {@code torch.aminmax(input, dim=dim, keepdim=keepdim)}. */
  public static Tensor[] aminmax(Tensor input, Integer dim, boolean keepdim) {
    return input.aminmax(dim, keepdim);
  }

  /** PyTorch: {@code torch.msort(input)}. */
  public static Tensor msort(Tensor input) {
    return input.msort();
  }

  /** PyTorch: {@code torch.quantile(input, q)}. */
  public static Tensor quantile(Tensor input, double q) {
    return input.quantile(q);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim)}. */
  public static Tensor quantile(Tensor input, double q, int dim) {
    return input.quantile(q, dim);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim, keepdim)}. */
  public static Tensor quantile(Tensor input, double q, int dim, boolean keepdim) {
    return input.quantile(q, dim, keepdim);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim, keepdim, interpolation=interpolation)}. */
  public static Tensor quantile(Tensor input, double q, Integer dim, boolean keepdim, String interpolation) {
    return input.quantile(q, dim, keepdim, interpolation);
  }

  /** PyTorch: {@code torch.quantile(input, q)}. */
  public static Tensor quantile(Tensor input, Tensor q) {
    return input.quantile(q);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim)}. */
  public static Tensor quantile(Tensor input, Tensor q, int dim) {
    return input.quantile(q, dim);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim, keepdim)}. */
  public static Tensor quantile(Tensor input, Tensor q, int dim, boolean keepdim) {
    return input.quantile(q, dim, keepdim);
  }

  /** PyTorch: {@code torch.quantile(input, q, dim, keepdim, interpolation=interpolation)}. */
  public static Tensor quantile(Tensor input, Tensor q, Integer dim, boolean keepdim, String interpolation) {
    return input.quantile(q, dim, keepdim, interpolation);
  }

  /** PyTorch: {@code torch.nanquantile(input, q)}. */
  public static Tensor nanquantile(Tensor input, double q) {
    return input.nanquantile(q);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim)}. */
  public static Tensor nanquantile(Tensor input, double q, int dim) {
    return input.nanquantile(q, dim);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim)}. */
  public static Tensor nanquantile(Tensor input, double q, int dim, boolean keepdim) {
    return input.nanquantile(q, dim, keepdim);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim, interpolation=interpolation)}. */
  public static Tensor nanquantile(Tensor input, double q, Integer dim, boolean keepdim, String interpolation) {
    return input.nanquantile(q, dim, keepdim, interpolation);
  }

  /** PyTorch: {@code torch.nanquantile(input, q)}. */
  public static Tensor nanquantile(Tensor input, Tensor q) {
    return input.nanquantile(q);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim)}. */
  public static Tensor nanquantile(Tensor input, Tensor q, int dim) {
    return input.nanquantile(q, dim);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim)}. */
  public static Tensor nanquantile(Tensor input, Tensor q, int dim, boolean keepdim) {
    return input.nanquantile(q, dim, keepdim);
  }

  /** PyTorch: {@code torch.nanquantile(input, q, dim, keepdim, interpolation=interpolation)}. */
  public static Tensor nanquantile(Tensor input, Tensor q, Integer dim, boolean keepdim, String interpolation) {
    return input.nanquantile(q, dim, keepdim, interpolation);
  }

  /** PyTorch: {@code torch.histc(input)}. */
  public static Tensor histc(Tensor input) {
    return input.histc();
  }

  /** PyTorch: {@code torch.histc(input, bins)}. */
  public static Tensor histc(Tensor input, long bins) {
    return input.histc(bins);
  }

  /** PyTorch: {@code torch.histc(input, bins, min, max)}. */
  public static Tensor histc(Tensor input, long bins, double min, double max) {
    return input.histc(bins, min, max);
  }

  /** Function form of {@link Tensor#cov()}. PyTorch: {@code torch.cov(input)}. */
  public static Tensor cov(Tensor input) {
    return input.cov();
  }

  /** PyTorch: {@code torch.cov(input, correction=c, fweights=f, aweights=a)}; weights may be null. */
  public static Tensor cov(Tensor input, long correction, Tensor fweights, Tensor aweights) {
    return input.cov(correction, fweights, aweights);
  }

  /** Function form of {@link Tensor#corrcoef()}. PyTorch: {@code torch.corrcoef(input)}. */
  public static Tensor corrcoef(Tensor input) {
    return input.corrcoef();
  }

  /**
   * For each value, the index into the innermost dim of {@code sorted_sequence} where inserting it
   * keeps the order (the first such index), as int64. PyTorch: {@code torch.searchsorted}.
   *
   * <pre>{@code searchsorted(tensor(new long[] {1, 3, 5, 7}), tensor(new long[] {3, 6, 9}))   // tensor([1, 3, 4])}</pre>
   */
  public static Tensor searchsorted(Tensor sorted_sequence, Tensor input) {
    return StatsOps.searchsorted(sorted_sequence, input, false, false, null, null);
  }

  /** PyTorch: {@code torch.searchsorted(seq, input, out_int32=o, right=r)}; {@code right} takes the last index. */
  public static Tensor searchsorted(Tensor sorted_sequence, Tensor input, boolean out_int32, boolean right) {
    return StatsOps.searchsorted(sorted_sequence, input, out_int32, right, null, null);
  }

  /**
   * PyTorch: {@code torch.searchsorted(seq, input, out_int32=o, right=r, side=s, sorter=p)}; {@code
   * side} ("left"/"right") and {@code sorter} (indices that sort {@code seq}) may be null.
   */
  public static Tensor searchsorted(Tensor sorted_sequence, Tensor input, boolean out_int32,
      boolean right, String side, Tensor sorter) {
    return StatsOps.searchsorted(sorted_sequence, input, out_int32, right, side, sorter);
  }

  /** A Python int value. PyTorch: {@code torch.searchsorted(seq, 5)}. */
  public static Tensor searchsorted(Tensor sorted_sequence, long value) {
    return searchsorted(sorted_sequence, value, false, false);
  }

  /** A Python float value. PyTorch: {@code torch.searchsorted(seq, 2.5)}. */
  public static Tensor searchsorted(Tensor sorted_sequence, double value) {
    return searchsorted(sorted_sequence, value, false, false);
  }

  /** PyTorch: {@code torch.searchsorted(seq, 5, out_int32=o, right=r)}. */
  public static Tensor searchsorted(Tensor sorted_sequence, long value, boolean out_int32, boolean right) {
    Tensor v = Devices.on(sorted_sequence.device(), () -> tensor(value)); // device support
    return StatsOps.searchsorted(sorted_sequence, v, out_int32, right, null, null);
  }

  /** PyTorch: {@code torch.searchsorted(seq, 2.5, out_int32=o, right=r)}. */
  public static Tensor searchsorted(Tensor sorted_sequence, double value, boolean out_int32, boolean right) {
    Tensor v = Devices.on(sorted_sequence.device(), () -> tensor(value, DType.float64)); // device support
    return StatsOps.searchsorted(sorted_sequence, v, out_int32, right, null, null);
  }

  /**
   * For each value, the index of its bucket among 1-D sorted {@code boundaries} (the first
   * boundary {@code >=} it), as int64. PyTorch: {@code torch.bucketize}.
   *
   * <pre>{@code bucketize(tensor(new long[] {3, 6, 9}), tensor(new long[] {1, 3, 5, 7}))   // tensor([1, 3, 4])}</pre>
   */
  public static Tensor bucketize(Tensor input, Tensor boundaries) {
    return StatsOps.bucketize(input, boundaries, false, false);
  }

  /** PyTorch: {@code torch.bucketize(input, boundaries, out_int32=o, right=r)}; {@code right}: first boundary {@code >} it. */
  public static Tensor bucketize(Tensor input, Tensor boundaries, boolean out_int32, boolean right) {
    return StatsOps.bucketize(input, boundaries, out_int32, right);
  }

  /** A Python int input. PyTorch: {@code torch.bucketize(5, boundaries)}. */
  public static Tensor bucketize(long input, Tensor boundaries) {
    return bucketize(input, boundaries, false, false);
  }

  /** A Python float input. PyTorch: {@code torch.bucketize(2.5, boundaries)}. */
  public static Tensor bucketize(double input, Tensor boundaries) {
    return bucketize(input, boundaries, false, false);
  }

  /** PyTorch: {@code torch.bucketize(5, boundaries, out_int32=o, right=r)}. */
  public static Tensor bucketize(long input, Tensor boundaries, boolean out_int32, boolean right) {
    Tensor v = Devices.on(boundaries.device(), () -> tensor(input)); // device support
    return StatsOps.bucketize(v, boundaries, out_int32, right);
  }

  /** PyTorch: {@code torch.bucketize(2.5, boundaries, out_int32=o, right=r)}. */
  public static Tensor bucketize(double input, Tensor boundaries, boolean out_int32, boolean right) {
    Tensor v = Devices.on(boundaries.device(), () -> tensor(input, DType.float64)); // device support
    return StatsOps.bucketize(v, boundaries, out_int32, right);
  }

  /** PyTorch: {@code torch.count_nonzero(input)}. */
  public static Tensor count_nonzero(Tensor input) {
    return input.count_nonzero();
  }

  /** PyTorch: {@code torch.count_nonzero(input, dim)}. */
  public static Tensor count_nonzero(Tensor input, int dim) {
    return input.count_nonzero(dim);
  }

  /** PyTorch: {@code torch.count_nonzero(input, dims)}. */
  public static Tensor count_nonzero(Tensor input, int[] dims) {
    return input.count_nonzero(dims);
  }

  /** PyTorch: {@code torch.bincount(input)}; see {@link Tensor#bincount()}. */
  public static Tensor bincount(Tensor input) {
    return input.bincount();
  }

  /** PyTorch: {@code torch.bincount(input, weights, minlength)}; {@code weights} may be null. */
  public static Tensor bincount(Tensor input, Tensor weights, long minlength) {
    return input.bincount(weights, minlength);
  }

  /**
   * Softmax along {@code dim}. PyTorch: {@code torch.softmax(input, dim)}; see {@link
   * Tensor#softmax(int)}.
   */
  public static Tensor softmax(Tensor input, int dim) {
    return input.softmax(dim);
  }

  /** PyTorch: {@code torch.softmax(input, dim, dtype=dtype)}. */
  public static Tensor softmax(Tensor input, int dim, DType dtype) {
    return input.softmax(dim, dtype);
  }

  /** PyTorch: {@code torch.log_softmax(input, dim)}. */
  public static Tensor log_softmax(Tensor input, int dim) {
    return input.log_softmax(dim);
  }

  /** PyTorch: {@code torch.log_softmax(input, dim, dtype=dtype)}. */
  public static Tensor log_softmax(Tensor input, int dim, DType dtype) {
    return input.log_softmax(dim, dtype);
  }

  /**
   * Stable {@code log(sum(exp(input)))} over {@code dim}.
   *
   * <pre>{@code logsumexp(tensor(new double[] {1, 2}), 0)   // tensor(2.3133)}</pre>
   *
   * PyTorch: {@code torch.logsumexp(input, dim)}.
   */
  public static Tensor logsumexp(Tensor input, int dim) {
    return input.logsumexp(dim);
  }

  /** PyTorch: {@code torch.logsumexp(input, dim, keepdim)}. */
  public static Tensor logsumexp(Tensor input, int dim, boolean keepdim) {
    return input.logsumexp(dim, keepdim);
  }

  /** PyTorch: {@code torch.logsumexp(input, dims, keepdim)}. */
  public static Tensor logsumexp(Tensor input, int[] dims, boolean keepdim) {
    return input.logsumexp(dims, keepdim);
  }

  // ---------------------------------------- scans

  /** PyTorch: {@code torch.cumsum(input, dim)}. */
  public static Tensor cumsum(Tensor a, int dim) {
    return a.cumsum(dim);
  }

  /** Function form of {@link Tensor#cumsum(int, DType)}. PyTorch: {@code torch.cumsum}. */
  public static Tensor cumsum(Tensor input, int dim, DType dtype) {
    return input.cumsum(dim, dtype);
  }

  /** Function form of {@link Tensor#cumprod(int)}. PyTorch: {@code torch.cumprod}. */
  public static Tensor cumprod(Tensor input, int dim) {
    return input.cumprod(dim);
  }

  /** Function form of {@link Tensor#cummax(int)}. PyTorch: {@code torch.cummax(input, dim)}. */
  public static ValuesIndices cummax(Tensor input, int dim) {
    return input.cummax(dim);
  }

  /** Function form of {@link Tensor#cummin(int)}. PyTorch: {@code torch.cummin(input, dim)}. */
  public static ValuesIndices cummin(Tensor input, int dim) {
    return input.cummin(dim);
  }

  /** Function form of {@link Tensor#logcumsumexp(int)}. PyTorch: {@code torch.logcumsumexp(input, dim)}. */
  public static Tensor logcumsumexp(Tensor input, int dim) {
    return input.logcumsumexp(dim);
  }

  /** PyTorch: {@code torch.diff(input)}. */
  public static Tensor diff(Tensor input) {
    return input.diff();
  }

  /** PyTorch: {@code torch.diff(input, n, dim)}. */
  public static Tensor diff(Tensor input, long n, int dim) {
    return input.diff(n, dim);
  }

  /** PyTorch: {@code torch.diff(input, n, dim, prepend, append)}; either may be null. */
  public static Tensor diff(Tensor input, long n, int dim, Tensor prepend, Tensor append) {
    return input.diff(n, dim, prepend, append);
  }

  // ---------------------------------------- sorting

  /** PyTorch: {@code torch.sort(input)}. */
  public static ValuesIndices sort(Tensor input) {
    return input.sort();
  }

  /** PyTorch: {@code torch.sort(input, dim)}. */
  public static ValuesIndices sort(Tensor input, int dim) {
    return input.sort(dim);
  }

  /** PyTorch: {@code torch.sort(input, dim, descending)}. */
  public static ValuesIndices sort(Tensor input, int dim, boolean descending) {
    return input.sort(dim, descending);
  }

  /** PyTorch: {@code torch.sort(input, stable=stable, dim=dim, descending=descending)}. */
  public static ValuesIndices sort(Tensor input, boolean stable, int dim, boolean descending) {
    return input.sort(stable, dim, descending);
  }

  /** PyTorch: {@code torch.argsort(input)}. */
  public static Tensor argsort(Tensor input) {
    return input.argsort();
  }

  /** PyTorch: {@code torch.argsort(input, dim)}. */
  public static Tensor argsort(Tensor input, int dim) {
    return input.argsort(dim);
  }

  /** PyTorch: {@code torch.argsort(input, dim, descending)}. */
  public static Tensor argsort(Tensor input, int dim, boolean descending) {
    return input.argsort(dim, descending);
  }

  /** PyTorch: {@code torch.argsort(input, stable=stable, dim=dim, descending=descending)}. */
  public static Tensor argsort(Tensor input, boolean stable, int dim, boolean descending) {
    return input.argsort(stable, dim, descending);
  }

  /** PyTorch: {@code torch.topk(input, k)}. */
  public static ValuesIndices topk(Tensor input, long k) {
    return input.topk(k);
  }

  /** PyTorch: {@code torch.topk(input, k, dim)}. */
  public static ValuesIndices topk(Tensor input, long k, int dim) {
    return input.topk(k, dim);
  }

  /** PyTorch: {@code torch.topk(input, k, dim, largest)}. */
  public static ValuesIndices topk(Tensor input, long k, int dim, boolean largest) {
    return input.topk(k, dim, largest);
  }

  /** PyTorch: {@code torch.topk(input, k, dim, largest, sorted)}. */
  public static ValuesIndices topk(Tensor input, long k, int dim, boolean largest, boolean sorted) {
    return input.topk(k, dim, largest, sorted);
  }

  /** PyTorch: {@code torch.unique(input)}. */
  public static Tensor unique(Tensor input) {
    return input.unique();
  }

  /** PyTorch: {@code torch.unique(input, sorted, return_inverse, return_counts)}; see {@link Tensor#unique(boolean, boolean, boolean)}. */
  public static Tensor[] unique(Tensor input, boolean sorted, boolean return_inverse, boolean return_counts) {
    return input.unique(sorted, return_inverse, return_counts);
  }

  /** PyTorch: {@code torch.unique(input, sorted, return_inverse, return_counts, dim)}. */
  public static Tensor[] unique(
      Tensor input, boolean sorted, boolean return_inverse, boolean return_counts, int dim) {
    return input.unique(sorted, return_inverse, return_counts, dim);
  }

  /** Function form of {@link Tensor#unique_consecutive()}. PyTorch: {@code torch.unique_consecutive(input)}. */
  public static Tensor unique_consecutive(Tensor input) {
    return input.unique_consecutive();
  }

  /** PyTorch: {@code torch.unique_consecutive(input, return_inverse=i, return_counts=c)}. */
  public static Tensor[] unique_consecutive(Tensor input, boolean return_inverse, boolean return_counts) {
    return input.unique_consecutive(return_inverse, return_counts);
  }

  /** PyTorch: {@code torch.unique_consecutive(input, return_inverse=i, return_counts=c, dim=d)}. */
  public static Tensor[] unique_consecutive(
      Tensor input, boolean return_inverse, boolean return_counts, int dim) {
    return input.unique_consecutive(return_inverse, return_counts, dim);
  }


  // ---------------------------------------- linear algebra

  /** PyTorch: {@code torch.dot}. */
  public static Tensor dot(Tensor a, Tensor b) {
    return a.dot(b);
  }

  /** PyTorch: {@code torch.mv}. */
  public static Tensor mv(Tensor a, Tensor v) {
    return a.mv(v);
  }

  /** PyTorch: {@code torch.mm}. */
  public static Tensor mm(Tensor a, Tensor b) {
    return a.mm(b);
  }

  /** PyTorch: {@code torch.matmul} (Python's {@code @}). */
  public static Tensor matmul(Tensor a, Tensor b) {
    return a.matmul(b);
  }

  /** PyTorch: {@code torch.bmm}. */
  public static Tensor bmm(Tensor a, Tensor b) {
    return a.bmm(b);
  }

  /**
   * Outer product of two vectors. PyTorch: {@code torch.outer(input, vec2)}.
   *
   * <pre>{@code outer(arange(2), arange(3))   // tensor([[0, 0, 0],
   *                                       //         [0, 1, 2]])}</pre>
   */
  public static Tensor outer(Tensor input, Tensor vec2) {
    return input.outer(vec2);
  }

  /** PyTorch: {@code torch.cross(input, other)} (the first dim of size 3). */
  public static Tensor cross(Tensor input, Tensor other) {
    return input.cross(other);
  }

  /** PyTorch: {@code torch.cross(input, other, dim)}. */
  public static Tensor cross(Tensor input, Tensor other, int dim) {
    return input.cross(other, dim);
  }

  /** PyTorch: {@code torch.linalg.cross(input, other, dim=-1)}. */
  public static Tensor linalg_cross(Tensor input, Tensor other) {
    return input.cross(other, -1);
  }

  /**
   * Einstein summation over {@code operands}: products, transposes, traces, diagonals, sums over
   * axes, with {@code ...} broadcasting. PyTorch: {@code torch.einsum(equation, *operands)}.
   *
   * <pre>{@code einsum("ij,jk->ik", a, b)   // a.matmul(b)
   * einsum("ii", m)                     // m.trace()}</pre>
   */
  public static Tensor einsum(String equation, Tensor... operands) {
    return MathOps.einsum(equation, operands);
  }

  /** PyTorch: {@code torch.trace(input)}. */
  public static Tensor trace(Tensor input) {
    return input.trace();
  }

  /** PyTorch: {@code torch.det(input)}. */
  public static Tensor det(Tensor input) {
    return input.det();
  }

  /** PyTorch: {@code torch.linalg.det(A)}. */
  public static Tensor linalg_det(Tensor a) {
    return a.det();
  }

  /** PyTorch: {@code torch.inverse(input)}. */
  public static Tensor inverse(Tensor input) {
    return input.inverse();
  }

  /** PyTorch: {@code torch.linalg.inv(A)}. */
  public static Tensor linalg_inv(Tensor a) {
    return a.inverse();
  }

  /**
   * {@code input + mat @ vec}. PyTorch: {@code torch.addmv(input, mat, vec)}.
   *
   * <pre>{@code addmv(ones(2), ones(2, 3), ones(3))   // tensor([4., 4.])}</pre>
   */
  public static Tensor addmv(Tensor input, Tensor mat, Tensor vec) {
    return input.addmv(mat, vec);
  }

  /** PyTorch: {@code torch.addmv(input, mat, vec, beta=beta, alpha=alpha)}. */
  public static Tensor addmv(Tensor input, Tensor mat, Tensor vec, double beta, double alpha) {
    return input.addmv(mat, vec, beta, alpha);
  }

  /** {@link #addmv(Tensor, Tensor, Tensor, double, double)} with integral beta and alpha. */
  public static Tensor addmv(Tensor input, Tensor mat, Tensor vec, long beta, long alpha) {
    return input.addmv(mat, vec, beta, alpha);
  }

  /**
   * {@code input + outer(vec1, vec2)}. PyTorch: {@code torch.addr(input, vec1, vec2)}.
   *
   * <pre>{@code addr(zeros(2, 2), arange(1.0, 3), ones(2))   // tensor([[1., 1.], [2., 2.]])}</pre>
   */
  public static Tensor addr(Tensor input, Tensor vec1, Tensor vec2) {
    return input.addr(vec1, vec2);
  }

  /** PyTorch: {@code torch.addr(input, vec1, vec2, beta=beta, alpha=alpha)}. */
  public static Tensor addr(Tensor input, Tensor vec1, Tensor vec2, double beta, double alpha) {
    return input.addr(vec1, vec2, beta, alpha);
  }

  /** {@link #addr(Tensor, Tensor, Tensor, double, double)} with integral beta and alpha. */
  public static Tensor addr(Tensor input, Tensor vec1, Tensor vec2, long beta, long alpha) {
    return input.addr(vec1, vec2, beta, alpha);
  }

  /**
   * {@code input + batch1 @ batch2} per batch. PyTorch: {@code torch.baddbmm(input, batch1, batch2)}.
   *
   * <pre>{@code baddbmm(zeros(1), ones(2, 1, 3), ones(2, 3, 1))   // tensor([[[3.]], [[3.]]])}</pre>
   */
  public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2) {
    return input.baddbmm(batch1, batch2);
  }

  /** PyTorch: {@code torch.baddbmm(input, batch1, batch2, beta=beta, alpha=alpha)}. */
  public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, double beta, double alpha) {
    return input.baddbmm(batch1, batch2, beta, alpha);
  }

  /** {@link #baddbmm(Tensor, Tensor, Tensor, double, double)} with integral beta and alpha. */
  public static Tensor baddbmm(Tensor input, Tensor batch1, Tensor batch2, long beta, long alpha) {
    return input.baddbmm(batch1, batch2, beta, alpha);
  }

  /**
   * {@code input + sum_i batch1[i] @ batch2[i]}. PyTorch: {@code torch.addbmm(input, batch1, batch2)}.
   *
   * <pre>{@code addbmm(zeros(1), ones(2, 1, 3), ones(2, 3, 1))   // tensor([[6.]])}</pre>
   */
  public static Tensor addbmm(Tensor input, Tensor batch1, Tensor batch2) {
    return input.addbmm(batch1, batch2);
  }

  /** PyTorch: {@code torch.addbmm(input, batch1, batch2, beta=beta, alpha=alpha)}. */
  public static Tensor addbmm(Tensor input, Tensor batch1, Tensor batch2, double beta, double alpha) {
    return input.addbmm(batch1, batch2, beta, alpha);
  }

  /** {@link #addbmm(Tensor, Tensor, Tensor, double, double)} with integral beta and alpha. */
  public static Tensor addbmm(Tensor input, Tensor batch1, Tensor batch2, long beta, long alpha) {
    return input.addbmm(batch1, batch2, beta, alpha);
  }

  /**
   * Contracts the last {@code dims} dims of {@code a} with the first {@code dims} of {@code b}.
   * PyTorch: {@code torch.tensordot(a, b, dims)}.
   *
   * <pre>{@code tensordot(ones(2, 3), ones(3, 4), 1)   // a 2x4 tensor of 3.}</pre>
   */
  public static Tensor tensordot(Tensor a, Tensor b, long dims) {
    return MatrixOps.tensordot(a, b, dims);
  }

  /** {@code tensordot(a, b)} with PyTorch's default {@code dims=2}. */
  public static Tensor tensordot(Tensor a, Tensor b) {
    return MatrixOps.tensordot(a, b, 2);
  }

  /**
   * Contracts dims {@code dimsA} of {@code a} with {@code dimsB} of {@code b}, pairwise.
   * PyTorch: {@code torch.tensordot(a, b, dims=(dimsA, dimsB))}.
   *
   * <pre>{@code tensordot(ones(3, 2), ones(3, 4), new int[] {0}, new int[] {0})   // 2x4 of 3.}</pre>
   */
  public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
    return MatrixOps.tensordot(a, b, dimsA, dimsB);
  }

  /** Function form of {@link Tensor#inner}. PyTorch: {@code torch.inner(input, other)}. */
  public static Tensor inner(Tensor input, Tensor other) {
    return input.inner(other);
  }

  /** Function form of {@link Tensor#vdot}. PyTorch: {@code torch.vdot(input, other)}. */
  public static Tensor vdot(Tensor input, Tensor other) {
    return input.vdot(other);
  }

  /** Function form of {@link Tensor#matrix_power}. PyTorch: {@code torch.matrix_power(input, n)}. */
  public static Tensor matrix_power(Tensor input, long n) {
    return input.matrix_power(n);
  }

  /** PyTorch: {@code torch.linalg.matrix_power(A, n)}. */
  public static Tensor linalg_matrix_power(Tensor a, long n) {
    return a.matrix_power(n);
  }

  /**
   * The product of 2-D tensors, left to right. PyTorch: {@code torch.chain_matmul(*matrices)}
   * (deprecated there in favour of {@code linalg.multi_dot}).
   *
   * <pre>{@code chain_matmul(eye(2), ones(2, 3), ones(3, 1))   // tensor([[3.], [3.]])}</pre>
   */
  public static Tensor chain_matmul(Tensor... matrices) {
    return MatrixOps.multiDot(matrices, true);
  }

  /**
   * The product of two or more tensors; the first and last may be 1-D (a row and a column).
   * PyTorch: {@code torch.linalg.multi_dot(tensors)}.
   *
   * <pre>{@code linalg_multi_dot(ones(3), ones(3, 2), ones(2))   // tensor(6.)}</pre>
   */
  public static Tensor linalg_multi_dot(Tensor... tensors) {
    return MatrixOps.multiDot(tensors, false);
  }

  /** {@link #linalg_multi_dot(Tensor...)} over a list. PyTorch: {@code torch.linalg.multi_dot(tensors)}. */
  public static Tensor linalg_multi_dot(List<Tensor> tensors) {
    return MatrixOps.multiDot(tensors.toArray(new Tensor[0]), false);
  }

  /**
   * Euclidean distances between every row of {@code x1} and every row of {@code x2} (batched).
   * PyTorch: {@code torch.cdist(x1, x2)}.
   *
   * <pre>{@code cdist(zeros(1, 2), tensor(new double[][] {{3, 4}}))   // tensor([[5.]])}</pre>
   */
  public static Tensor cdist(Tensor x1, Tensor x2) {
    return MatrixOps.cdist(x1, x2, 2);
  }

  /** The p-norm distances. PyTorch: {@code torch.cdist(x1, x2, p)}. */
  public static Tensor cdist(Tensor x1, Tensor x2, double p) {
    return MatrixOps.cdist(x1, x2, p);
  }

  /**
   * The 2-norm of all elements as one vector. PyTorch: {@code torch.linalg.vector_norm(x)}.
   *
   * <pre>{@code linalg_vector_norm(tensor(new double[] {3, 4}))   // tensor(5.)}</pre>
   */
  public static Tensor linalg_vector_norm(Tensor x) {
    return MatrixOps.vectorNorm(x, 2, null, false);
  }

  /** The {@code ord}-norm of all elements. PyTorch: {@code torch.linalg.vector_norm(x, ord)}. */
  public static Tensor linalg_vector_norm(Tensor x, double ord) {
    return MatrixOps.vectorNorm(x, ord, null, false);
  }

  /** PyTorch: {@code torch.linalg.vector_norm(x, ord, dim, keepdim)}. */
  public static Tensor linalg_vector_norm(Tensor x, double ord, int dim, boolean keepdim) {
    return MatrixOps.vectorNorm(x, ord, new int[] {dim}, keepdim);
  }

  /** PyTorch: {@code torch.linalg.vector_norm(x, ord, dim=dims, keepdim)}; null dims: all. */
  public static Tensor linalg_vector_norm(Tensor x, double ord, int[] dims, boolean keepdim) {
    return MatrixOps.vectorNorm(x, ord, dims, keepdim);
  }

  /**
   * The Frobenius norm of the matrices in the last two dims. PyTorch: {@code torch.linalg.matrix_norm(A)}.
   *
   * <pre>{@code linalg_matrix_norm(ones(2, 2))   // tensor(2.)}</pre>
   */
  public static Tensor linalg_matrix_norm(Tensor a) {
    return MatrixOps.matrixNorm(a, "fro", new int[] {-2, -1}, false);
  }

  /** PyTorch: {@code torch.linalg.matrix_norm(A, ord)} with ord {@code "fro"}. */
  public static Tensor linalg_matrix_norm(Tensor a, String ord) {
    return MatrixOps.matrixNorm(a, ord, new int[] {-2, -1}, false);
  }

  /** PyTorch: {@code torch.linalg.matrix_norm(A, ord)} with ord 1, -1, inf or -inf. */
  public static Tensor linalg_matrix_norm(Tensor a, double ord) {
    return MatrixOps.matrixNorm(a, ord, new int[] {-2, -1}, false);
  }

  /** PyTorch: {@code torch.linalg.matrix_norm(A, ord, dim, keepdim)}. */
  public static Tensor linalg_matrix_norm(Tensor a, String ord, int[] dim, boolean keepdim) {
    return MatrixOps.matrixNorm(a, ord, dim, keepdim);
  }

  /** PyTorch: {@code torch.linalg.matrix_norm(A, ord, dim, keepdim)} with a numeric ord. */
  public static Tensor linalg_matrix_norm(Tensor a, double ord, int[] dim, boolean keepdim) {
    return MatrixOps.matrixNorm(a, ord, dim, keepdim);
  }

  /**
   * The solution {@code X} of {@code A @ X = B} (B a vector or a matrix, batched).
   * PyTorch: {@code torch.linalg.solve(A, B)}.
   *
   * <pre>{@code linalg_solve(eye(2).mul(2), ones(2))   // tensor([0.5000, 0.5000])}</pre>
   */
  public static Tensor linalg_solve(Tensor a, Tensor b) {
    return MatrixOps.solve(a, b);
  }

  // ---------------------------------------- autograd

  /**
   * A scope in which operations are not recorded; use with try-with-resources.
   *
   * <pre>{@code try (var g = no_grad()) { w.sub_(w.grad().mul(lr)); }}</pre>
   *
   * PyTorch: {@code with torch.no_grad():}.
   */
  public static GradMode no_grad() {
    return new GradMode(false);
  }

  /** PyTorch: {@code with torch.enable_grad():}. */
  public static GradMode enable_grad() {
    return new GradMode(true);
  }

  /** PyTorch: {@code with torch.set_grad_enabled(mode):}. */
  public static GradMode set_grad_enabled(boolean mode) {
    return new GradMode(mode);
  }

  /** PyTorch: {@code torch.is_grad_enabled()}. */
  public static boolean is_grad_enabled() {
    return Autograd.isGradEnabled();
  }

  /**
   * Gradients of {@code outputs} with respect to {@code inputs}, without touching {@code .grad}.
   * PyTorch: {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph)}.
   */
  public static Tensor[] autograd_grad(
      Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, boolean retainGraph, boolean createGraph) {
    return Autograd.run(outputs, gradOutputs, retainGraph || createGraph, createGraph, inputs, false);
  }

  /** PyTorch: {@code torch.autograd.grad(output, input)}. */
  public static Tensor autograd_grad(Tensor output, Tensor input) {
    return Autograd.run(new Tensor[] {output}, null, false, false, new Tensor[] {input}, false)[0];
  }

  /** PyTorch: {@code torch.autograd.grad(output, input, create_graph=True)}. */
  public static Tensor autograd_grad(Tensor output, Tensor input, boolean createGraph) {
    return Autograd.run(new Tensor[] {output}, null, createGraph, createGraph, new Tensor[] {input}, false)[0];
  }

  /** Function form of {@link Tensor#detach()}. PyTorch: {@code torch.detach}. */
  public static Tensor detach(Tensor input) {
    return input.detach();
  }

  // ---------------------------------------- printing

  /** PyTorch: {@code torch.set_printoptions(precision, threshold, edgeitems, linewidth, sci_mode)}; null leaves a value. */
  public static void set_printoptions(
      Integer precision, Integer threshold, Integer edgeitems, Integer linewidth, Boolean sciMode) {
    TensorFormatter.setPrintOptions(precision, threshold, edgeitems, linewidth, sciMode);
  }

  /** PyTorch: {@code torch.set_printoptions(profile=...)}: "default", "short" or "full". */
  public static void set_printoptions(String profile) {
    TensorFormatter.setPrintOptionsProfile(profile);
  }

  // ---------------------------------------- serialization: torch.save, torch.load

  /**
   * Saves tensors, Parameters and containers of them to a file in PyTorch's zip format, which
   * PyTorch loads with {@code torch.load(f, weights_only=True)}. A {@code List} is written as a
   * Python list, a {@link dev.torchnd.serialization.Tuple} as a tuple, a {@code Map} (String or
   * integer keys) as a dict, a {@link dev.torchnd.serialization.OrderedDict} as an OrderedDict;
   * views keep their storage, offset and strides.
   *
   * <pre>{@code
   * Tensor x = arange(4);
   * save(x, "x-file");
   * Tensor x2 = load("x-file");   // tensor([0, 1, 2, 3])
   * }</pre>
   *
   * <p>PyTorch: {@code torch.save(obj, f)}.
   *
   * @throws IllegalArgumentException for an object of a type that cannot be saved
   */
  public static void save(Object obj, String path) throws java.io.IOException {
    dev.torchnd.serialization.TorchSerialization.save(obj, java.nio.file.Path.of(path));
  }

  /** As {@link #save(Object, String)}. PyTorch: {@code torch.save(obj, f)}. */
  public static void save(Object obj, java.nio.file.Path path) throws java.io.IOException {
    dev.torchnd.serialization.TorchSerialization.save(obj, path);
  }

  /**
   * As {@link #save(Object, String)}; with {@code _use_new_zipfile_serialization} false, in
   * PyTorch's older non-zip format (read by PyTorch before 1.6 too). PyTorch: {@code
   * torch.save(obj, f, _use_new_zipfile_serialization=False)}.
   */
  public static void save(Object obj, String path, boolean _use_new_zipfile_serialization)
      throws java.io.IOException {
    if (_use_new_zipfile_serialization) {
      save(obj, path);
    } else {
      dev.torchnd.serialization.TorchSerialization.saveLegacy(obj, java.nio.file.Path.of(path));
    }
  }

  /** As {@link #save(Object, String)}, to a stream left open. PyTorch: {@code torch.save(obj, buffer)}. */
  public static void save(Object obj, java.io.OutputStream out) throws java.io.IOException {
    dev.torchnd.serialization.TorchSerialization.save(obj, out);
  }

  /**
   * Loads a file written by {@code torch.save} (PyTorch's zip format or its older non-zip
   * format, from PyTorch or TorchND), always as {@code weights_only=True} does: only tensors,
   * Parameters, containers and plain values; a file naming any other Python global is refused
   * with an {@link dev.torchnd.serialization.UnpicklingError} and nothing from it is executed.
   * Tensors saved on a GPU load on the CPU. The result is cast to what the caller assigns it to.
   *
   * <pre>{@code
   * save(List.of(arange(4), zeros(4)), "x-files");
   * List<Tensor> xy = load("x-files");   // [tensor([0, 1, 2, 3]), tensor([0., 0., 0., 0.])]
   * }</pre>
   *
   * <p>Python types map to Java as: int to {@code Long} (or {@code BigInteger}), float to
   * {@code Double}, str to {@code String}, bool to {@code Boolean}, None to null, list to a
   * {@code List}, tuple to {@link dev.torchnd.serialization.Tuple}, dict to a {@code Map}
   * (insertion order), OrderedDict to {@link dev.torchnd.serialization.OrderedDict}, torch.Size
   * to {@link Size}, dtypes to {@link DType}. PyTorch: {@code torch.load(f, weights_only=True)}.
   *
   * @throws java.io.IOException for a missing, corrupted, truncated or refused file
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(String path) throws java.io.IOException {
    return (T) dev.torchnd.serialization.TorchSerialization.load(java.nio.file.Path.of(path));
  }

  /** As {@link #load(String)}. PyTorch: {@code torch.load(f)}. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(java.nio.file.Path path) throws java.io.IOException {
    return (T) dev.torchnd.serialization.TorchSerialization.load(path);
  }

  /**
   * As {@link #load(String)}, with PyTorch's {@code map_location} given as a device string:
   * {@code "cpu"} is where TorchND keeps every tensor; any other device is refused as PyTorch
   * refuses a device it does not have. PyTorch: {@code torch.load(f, map_location='cpu')}.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(String path, String map_location) throws java.io.IOException {
    dev.torchnd.serialization.TorchSerialization.checkMapLocation(map_location);
    return (T) dev.torchnd.serialization.TorchSerialization.load(java.nio.file.Path.of(path));
  }

  /** As {@link #load(String)}, reading the stream to its end. PyTorch: {@code torch.load(buffer)}. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(java.io.InputStream in) throws java.io.IOException {
    return (T) dev.torchnd.serialization.TorchSerialization.load(in);
  }

  // ---- tutorials support (out= overloads, *_like with dtype) ----

  /**
   * Writes {@code input @ other} into {@code out} (resized if its shape differs) and returns it.
   *
   * <pre>{@code matmul(ones(2, 3), ones(3, 2), y3)   // y3 is tensor([[3., 3.], [3., 3.]])}</pre>
   *
   * PyTorch: {@code torch.matmul(input, other, out=out)}.
   */
  public static Tensor matmul(Tensor input, Tensor other, Tensor out) {
    return OutArgs.into(OutArgs.matmulName(input, other), out, true, () -> matmul(input, other), input, other);
  }

  /**
   * Writes {@code input * other} into {@code out} (cast to its dtype where PyTorch allows).
   * PyTorch: {@code torch.mul(input, other, out=out)}.
   */
  public static Tensor mul(Tensor input, Tensor other, Tensor out) {
    return OutArgs.into("mul", out, false, () -> mul(input, other), input, other);
  }

  /** PyTorch: {@code torch.add(input, other, out=out)}. */
  public static Tensor add(Tensor input, Tensor other, Tensor out) {
    return OutArgs.into("add", out, false, () -> add(input, other), input, other);
  }

  /** PyTorch: {@code torch.sub(input, other, out=out)}. */
  public static Tensor sub(Tensor input, Tensor other, Tensor out) {
    return OutArgs.into("sub", out, false, () -> sub(input, other), input, other);
  }

  /** PyTorch: {@code torch.div(input, other, out=out)}. */
  public static Tensor div(Tensor input, Tensor other, Tensor out) {
    return OutArgs.into("div", out, false, () -> div(input, other), input, other);
  }

  /**
   * U[0, 1) samples shaped like {@code t}, of another floating dtype.
   *
   * <pre>{@code rand_like(tensor(new long[][] {{1, 2}, {3, 4}}), float32)   // float32 2x2}</pre>
   *
   * PyTorch: {@code torch.rand_like(t, dtype=dtype)}.
   */
  public static Tensor rand_like(Tensor t, DType dtype) {
    return Devices.on(t.device(), () -> rand(t.shapeArray(), dtype, null));
  }

  /** PyTorch: {@code torch.randn_like(t, dtype=dtype)}. */
  public static Tensor randn_like(Tensor t, DType dtype) {
    return Devices.on(t.device(), () -> randn(t.shapeArray(), dtype, null));
  }

  // ---- end tutorials support ----

  // ---- api-samplers: multinomial, bernoulli, poisson, normal overloads, randint_like ----

  /**
   * Category indices drawn from each row of {@code input} (unnormalised probabilities), int64.
   *
   * <pre>{@code manual_seed(0); multinomial(tensor(new double[] {1, 2, 3}), 2)   // tensor([2, 1])}</pre>
   *
   * PyTorch: {@code torch.multinomial(input, num_samples)}.
   */
  public static Tensor multinomial(Tensor input, long numSamples) {
    return RandomOps.multinomial(input, numSamples, false, null);
  }

  /** PyTorch: {@code torch.multinomial(input, num_samples, replacement)}. */
  public static Tensor multinomial(Tensor input, long numSamples, boolean replacement) {
    return RandomOps.multinomial(input, numSamples, replacement, null);
  }

  /** PyTorch: {@code torch.multinomial(input, num_samples, replacement, generator=g)}. */
  public static Tensor multinomial(
      Tensor input, long numSamples, boolean replacement, Generator g) {
    return RandomOps.multinomial(input, numSamples, replacement, g);
  }

  /**
   * One Bernoulli draw per element of {@code input}, which holds the probabilities.
   *
   * <pre>{@code manual_seed(0); bernoulli(full(new long[] {3}, 0.5))   // tensor([0., 0., 1.])}</pre>
   *
   * PyTorch: {@code torch.bernoulli(input)}.
   */
  public static Tensor bernoulli(Tensor input) {
    return RandomOps.bernoulli(input, null);
  }

  /** PyTorch: {@code torch.bernoulli(input, generator=g)}. */
  public static Tensor bernoulli(Tensor input, Generator g) {
    return RandomOps.bernoulli(input, g);
  }

  /** Bernoulli(p) draws shaped and typed like {@code input}. PyTorch: {@code torch.bernoulli(input, p)}. */
  public static Tensor bernoulli(Tensor input, double p) {
    return RandomOps.bernoulli(input, p, null);
  }

  /** PyTorch: {@code torch.bernoulli(input, p, generator=g)}. */
  public static Tensor bernoulli(Tensor input, double p, Generator g) {
    return RandomOps.bernoulli(input, p, g);
  }

  /**
   * One Poisson draw per rate, in the rates' dtype.
   *
   * <pre>{@code manual_seed(0); poisson(tensor(new double[] {1, 20}))   // tensor([ 0., 19.], dtype=torch.float64)}</pre>
   *
   * PyTorch: {@code torch.poisson(rates)}.
   */
  public static Tensor poisson(Tensor rates) {
    return RandomOps.poisson(rates, null);
  }

  /** PyTorch: {@code torch.poisson(rates, generator=g)}. */
  public static Tensor poisson(Tensor rates, Generator g) {
    return RandomOps.poisson(rates, g);
  }

  /**
   * One Binomial(count, prob) draw per element (prob broadcast to count's shape), count's dtype.
   * PyTorch: {@code torch.binomial(count, prob)}.
   */
  public static Tensor binomial(Tensor count, Tensor prob) {
    return RandomOps.binomial(count, prob, null);
  }

  /** PyTorch: {@code torch.binomial(count, prob, generator=g)}. */
  public static Tensor binomial(Tensor count, Tensor prob, Generator g) {
    return RandomOps.binomial(count, prob, g);
  }

  /**
   * Normal samples with elementwise means and standard deviations (broadcast), mean's dtype.
   * PyTorch: {@code torch.normal(mean, std)}.
   */
  public static Tensor normal(Tensor mean, Tensor std) {
    return RandomOps.normal(mean, std, null);
  }

  /** PyTorch: {@code torch.normal(mean, std, generator=g)}. */
  public static Tensor normal(Tensor mean, Tensor std, Generator g) {
    return RandomOps.normal(mean, std, g);
  }

  /** PyTorch: {@code torch.normal(mean_tensor, std)} (std a float). */
  public static Tensor normal(Tensor mean, double std) {
    return RandomOps.normal(mean, std, null);
  }

  /** PyTorch: {@code torch.normal(mean_tensor, std, generator=g)}. */
  public static Tensor normal(Tensor mean, double std, Generator g) {
    return RandomOps.normal(mean, std, g);
  }

  /** PyTorch: {@code torch.normal(mean, std_tensor)} (mean a float). */
  public static Tensor normal(double mean, Tensor std) {
    return RandomOps.normal(mean, std, null);
  }

  /** PyTorch: {@code torch.normal(mean, std_tensor, generator=g)}. */
  public static Tensor normal(double mean, Tensor std, Generator g) {
    return RandomOps.normal(mean, std, g);
  }

  /** PyTorch: {@code torch.normal(mean, std, size, generator=g, dtype=dtype)}; null dtype is the default. */
  public static Tensor normal(double mean, double std, long[] size, Generator g, DType dtype) {
    Shapes.checkNonNegative(size);
    DType dt = dtype != null ? dtype : defaultDtype;
    requireFloat("normal_kernel_cpu", dt);
    return fromSample(Sampling.normal(gen(g), Shapes.numel(size), dt, mean, std, true), size, dt);
  }

  /**
   * Integers uniform in [0, high) shaped like {@code input}, its dtype.
   *
   * <pre>{@code manual_seed(0); randint_like(zeros(3), 10)   // tensor([4., 9., 3.])}</pre>
   *
   * PyTorch: {@code torch.randint_like(input, high)}.
   */
  public static Tensor randint_like(Tensor input, long high) {
    return RandomOps.randintLike(input, 0, high, null, null);
  }

  /** PyTorch: {@code torch.randint_like(input, low, high)}. */
  public static Tensor randint_like(Tensor input, long low, long high) {
    return RandomOps.randintLike(input, low, high, null, null);
  }

  /** PyTorch: {@code torch.randint_like(input, low, high, dtype=dtype)}; null keeps input's dtype. */
  public static Tensor randint_like(Tensor input, long low, long high, DType dtype) {
    return RandomOps.randintLike(input, low, high, dtype, null);
  }

  // ---- end api-samplers ----

  // ---- ops-fuzz: missing ops ----

  /** {@code input + mat1 @ mat2}. PyTorch: {@code torch.addmm(input, mat1, mat2)}. */
  public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2) {
    return input.addmm(mat1, mat2);
  }

  /** {@code beta * input + alpha * (mat1 @ mat2)}. PyTorch: {@code torch.addmm(input, mat1, mat2, beta=b, alpha=a)}. */
  public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, double beta, double alpha) {
    return input.addmm(mat1, mat2, beta, alpha);
  }

  /** {@link #addmm(Tensor, Tensor, Tensor, double, double)} with integral beta and alpha. */
  public static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, long beta, long alpha) {
    return input.addmm(mat1, mat2, beta, alpha);
  }

  /** Function form of {@link Tensor#lerp(Tensor, double)}. PyTorch: {@code torch.lerp}. */
  public static Tensor lerp(Tensor input, Tensor end, double weight) {
    return input.lerp(end, weight);
  }

  /** Function form of {@link Tensor#lerp(Tensor, Tensor)}. PyTorch: {@code torch.lerp}. */
  public static Tensor lerp(Tensor input, Tensor end, Tensor weight) {
    return input.lerp(end, weight);
  }

  /** Function form of {@link Tensor#hypot}. PyTorch: {@code torch.hypot}. */
  public static Tensor hypot(Tensor input, Tensor other) {
    return input.hypot(other);
  }

  /** Function form of {@link Tensor#logaddexp}. PyTorch: {@code torch.logaddexp}. */
  public static Tensor logaddexp(Tensor input, Tensor other) {
    return input.logaddexp(other);
  }

  /** Function form of {@link Tensor#kron}. PyTorch: {@code torch.kron}. */
  public static Tensor kron(Tensor input, Tensor other) {
    return input.kron(other);
  }

  /** Function form of {@link Tensor#dist(Tensor)}. PyTorch: {@code torch.dist}. */
  public static Tensor dist(Tensor input, Tensor other) {
    return input.dist(other);
  }

  /** Function form of {@link Tensor#dist(Tensor, double)}. PyTorch: {@code torch.dist(a, b, p)}. */
  public static Tensor dist(Tensor input, Tensor other, double p) {
    return input.dist(other, p);
  }

  /**
   * {@code (var, mean)} over all elements (Bessel-corrected). PyTorch: {@code torch.var_mean(t)};
   * Python's tuple is a {@code Tensor[]}.
   *
   * <pre>{@code var_mean(tensor(new double[] {1, 2, 3}))   // {tensor(1., dtype=torch.float64), tensor(2., dtype=torch.float64)}}</pre>
   */
  public static Tensor[] var_mean(Tensor input) {
    return StatsOps.varMean(input, null, 1, false, false);
  }

  /** PyTorch: {@code torch.var_mean(t, unbiased)}. */
  public static Tensor[] var_mean(Tensor input, boolean unbiased) {
    return StatsOps.varMean(input, null, unbiased ? 1 : 0, false, false);
  }

  /** {@code (var, mean)} along {@code dim}. PyTorch: {@code torch.var_mean(t, dim)}. */
  public static Tensor[] var_mean(Tensor input, int dim) {
    return StatsOps.varMean(input, new int[] {dim}, 1, false, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dims)}; null or empty dims reduce over all. */
  public static Tensor[] var_mean(Tensor input, int[] dims) {
    return StatsOps.varMean(input, dims, 1, false, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dim, unbiased)}. */
  public static Tensor[] var_mean(Tensor input, int dim, boolean unbiased) {
    return StatsOps.varMean(input, new int[] {dim}, unbiased ? 1 : 0, false, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dims, unbiased)}. */
  public static Tensor[] var_mean(Tensor input, int[] dims, boolean unbiased) {
    return StatsOps.varMean(input, dims, unbiased ? 1 : 0, false, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dim, unbiased, keepdim)}. */
  public static Tensor[] var_mean(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return StatsOps.varMean(input, new int[] {dim}, unbiased ? 1 : 0, keepdim, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dims, unbiased, keepdim)}. */
  public static Tensor[] var_mean(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
    return StatsOps.varMean(input, dims, unbiased ? 1 : 0, keepdim, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dim, correction=c, keepdim=k)}. */
  public static Tensor[] var_mean(Tensor input, int dim, long correction, boolean keepdim) {
    return StatsOps.varMean(input, new int[] {dim}, correction, keepdim, false);
  }

  /** PyTorch: {@code torch.var_mean(t, dims, correction=c, keepdim=k)}; null dims reduce over all. */
  public static Tensor[] var_mean(Tensor input, int[] dims, long correction, boolean keepdim) {
    return StatsOps.varMean(input, dims, correction, keepdim, false);
  }

  /**
   * {@code (std, mean)} over all elements (Bessel-corrected). PyTorch: {@code torch.std_mean(t)};
   * Python's tuple is a {@code Tensor[]}.
   *
   * <pre>{@code std_mean(tensor(new double[] {1, 2, 3}))   // {tensor(1., dtype=torch.float64), tensor(2., dtype=torch.float64)}}</pre>
   */
  public static Tensor[] std_mean(Tensor input) {
    return StatsOps.varMean(input, null, 1, false, true);
  }

  /** PyTorch: {@code torch.std_mean(t, unbiased)}. */
  public static Tensor[] std_mean(Tensor input, boolean unbiased) {
    return StatsOps.varMean(input, null, unbiased ? 1 : 0, false, true);
  }

  /** {@code (std, mean)} along {@code dim}. PyTorch: {@code torch.std_mean(t, dim)}. */
  public static Tensor[] std_mean(Tensor input, int dim) {
    return StatsOps.varMean(input, new int[] {dim}, 1, false, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dims)}; null or empty dims reduce over all. */
  public static Tensor[] std_mean(Tensor input, int[] dims) {
    return StatsOps.varMean(input, dims, 1, false, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dim, unbiased)}. */
  public static Tensor[] std_mean(Tensor input, int dim, boolean unbiased) {
    return StatsOps.varMean(input, new int[] {dim}, unbiased ? 1 : 0, false, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dims, unbiased)}. */
  public static Tensor[] std_mean(Tensor input, int[] dims, boolean unbiased) {
    return StatsOps.varMean(input, dims, unbiased ? 1 : 0, false, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dim, unbiased, keepdim)}. */
  public static Tensor[] std_mean(Tensor input, int dim, boolean unbiased, boolean keepdim) {
    return StatsOps.varMean(input, new int[] {dim}, unbiased ? 1 : 0, keepdim, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dims, unbiased, keepdim)}. */
  public static Tensor[] std_mean(Tensor input, int[] dims, boolean unbiased, boolean keepdim) {
    return StatsOps.varMean(input, dims, unbiased ? 1 : 0, keepdim, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dim, correction=c, keepdim=k)}. */
  public static Tensor[] std_mean(Tensor input, int dim, long correction, boolean keepdim) {
    return StatsOps.varMean(input, new int[] {dim}, correction, keepdim, true);
  }

  /** PyTorch: {@code torch.std_mean(t, dims, correction=c, keepdim=k)}; null dims reduce over all. */
  public static Tensor[] std_mean(Tensor input, int[] dims, long correction, boolean keepdim) {
    return StatsOps.varMean(input, dims, correction, keepdim, true);
  }

  /**
   * The coordinates of the lower triangle of a {@code row x col} matrix, as a [2, N] int64
   * tensor. PyTorch: {@code torch.tril_indices(row, col)}.
   *
   * <pre>{@code tril_indices(2, 2)   // tensor([[0, 1, 1], [0, 0, 1]])}</pre>
   */
  public static Tensor tril_indices(long row, long col) {
    return ExtraOps.triIndices(row, col, 0, DType.int64, true);
  }

  /** PyTorch: {@code torch.tril_indices(row, col, offset)}. */
  public static Tensor tril_indices(long row, long col, long offset) {
    return ExtraOps.triIndices(row, col, offset, DType.int64, true);
  }

  /** PyTorch: {@code torch.tril_indices(row, col, offset, dtype=dtype)}. */
  public static Tensor tril_indices(long row, long col, long offset, DType dtype) {
    return ExtraOps.triIndices(row, col, offset, dtype, true);
  }

  /** The coordinates of the upper triangle. PyTorch: {@code torch.triu_indices(row, col)}. */
  public static Tensor triu_indices(long row, long col) {
    return ExtraOps.triIndices(row, col, 0, DType.int64, false);
  }

  /** PyTorch: {@code torch.triu_indices(row, col, offset)}. */
  public static Tensor triu_indices(long row, long col, long offset) {
    return ExtraOps.triIndices(row, col, offset, DType.int64, false);
  }

  /** PyTorch: {@code torch.triu_indices(row, col, offset, dtype=dtype)}. */
  public static Tensor triu_indices(long row, long col, long offset, DType dtype) {
    return ExtraOps.triIndices(row, col, offset, dtype, false);
  }

  // ---------------------------------------- API gaps: aliases, finfo/iinfo, broadcasting, isin,
  // shifts, trapezoid, creation helpers, scatters, windows (api-gaps)

  /** Alias of {@link #acos(Tensor)}. PyTorch: {@code torch.arccos(input)}. */
  public static Tensor arccos(Tensor input) {
    return input.arccos();
  }

  /** Alias of {@link Tensor#acos_()}. PyTorch: {@code torch.arccos_(input)}. */
  public static Tensor arccos_(Tensor input) {
    return input.arccos_();
  }

  /** Alias of {@link Tensor#asin()}. PyTorch: {@code torch.arcsin(input)}. */
  public static Tensor arcsin(Tensor input) {
    return input.arcsin();
  }

  /** Alias of {@link Tensor#asin_()}. PyTorch: {@code torch.arcsin_(input)}. */
  public static Tensor arcsin_(Tensor input) {
    return input.arcsin_();
  }

  /** Alias of {@link Tensor#atan()}. PyTorch: {@code torch.arctan(input)}. */
  public static Tensor arctan(Tensor input) {
    return input.arctan();
  }

  /** Alias of {@link Tensor#atan_()}. PyTorch: {@code torch.arctan_(input)}. */
  public static Tensor arctan_(Tensor input) {
    return input.arctan_();
  }

  /** Alias of {@link #atan2(Tensor, Tensor)}. PyTorch: {@code torch.arctan2(input, other)}. */
  public static Tensor arctan2(Tensor input, Tensor other) {
    return input.arctan2(other);
  }

  /** Alias of {@link #trunc(Tensor)}. PyTorch: {@code torch.fix(input)}. */
  public static Tensor fix(Tensor input) {
    return input.fix();
  }

  /** In-place {@link #fix(Tensor)}. PyTorch: {@code torch.fix_(input)}. */
  public static Tensor fix_(Tensor input) {
    return input.fix_();
  }

  /** Alias of {@link #transpose}. PyTorch: {@code torch.swapdims(input, dim0, dim1)}. */
  public static Tensor swapdims(Tensor input, int dim0, int dim1) {
    return input.swapdims(dim0, dim1);
  }

  /** The input itself; bool tensors raise. PyTorch: {@code torch.positive(input)}. */
  public static Tensor positive(Tensor input) {
    return input.positive();
  }

  /**
   * {@code other - input}. PyTorch: {@code torch.rsub(input, other)}.
   *
   * <pre>{@code rsub(tensor(new long[] {1, 2}), tensor(5L))   // tensor([4, 3])}</pre>
   */
  public static Tensor rsub(Tensor input, Tensor other) {
    return Autograd.rename(sub(other, input), "RsubBackward0");
  }

  /** {@code other - alpha * input}. PyTorch: {@code torch.rsub(input, other, alpha=alpha)}. */
  public static Tensor rsub(Tensor input, Tensor other, long alpha) {
    return Autograd.rename(sub(other, input, alpha), "RsubBackward0");
  }

  /** PyTorch: {@code torch.rsub(input, other, alpha=alpha)} with a float alpha. */
  public static Tensor rsub(Tensor input, Tensor other, double alpha) {
    return Autograd.rename(sub(other, input, alpha), "RsubBackward0");
  }

  /** {@code other - input} for an int. PyTorch: {@code torch.rsub(input, other)}. */
  public static Tensor rsub(Tensor input, long other) {
    return Autograd.rename(scalar(other).sub(input), "RsubBackward1");
  }

  /** {@code other - input} for a float. PyTorch: {@code torch.rsub(input, other)}. */
  public static Tensor rsub(Tensor input, double other) {
    return Autograd.rename(scalar(other).sub(input), "RsubBackward1");
  }

  /** {@code other - alpha * input}. PyTorch: {@code torch.rsub(input, other, alpha=alpha)}. */
  public static Tensor rsub(Tensor input, long other, long alpha) {
    return Autograd.rename(scalar(other).sub(input, alpha), "RsubBackward1");
  }

  /** PyTorch: {@code torch.rsub(input, other, alpha=alpha)} with float scalars. */
  public static Tensor rsub(Tensor input, double other, double alpha) {
    return Autograd.rename(scalar(other).sub(input, alpha), "RsubBackward1");
  }

  /** PyTorch: {@code torch.is_signed(input)}. */
  public static boolean is_signed(Tensor input) {
    return input.is_signed();
  }

  /** Always false (no complex dtypes). PyTorch: {@code torch.is_complex(input)}. */
  public static boolean is_complex(Tensor input) {
    return input.is_complex();
  }

  /** PyTorch: {@code torch.is_nonzero(input)}. */
  public static boolean is_nonzero(Tensor input) {
    return input.is_nonzero();
  }

  /** PyTorch: {@code torch.is_same_size(input, other)}. */
  public static boolean is_same_size(Tensor input, Tensor other) {
    return input.is_same_size(other);
  }

  /** PyTorch: {@code torch.isneginf(input)}. */
  public static Tensor isneginf(Tensor input) {
    return input.isneginf();
  }

  /** PyTorch: {@code torch.isposinf(input)}. */
  public static Tensor isposinf(Tensor input) {
    return input.isposinf();
  }

  /** PyTorch: {@code torch.isreal(input)}. */
  public static Tensor isreal(Tensor input) {
    return input.isreal();
  }

  /**
   * The numerical properties of a floating dtype. PyTorch: {@code torch.finfo(dtype)}.
   *
   * <pre>{@code finfo(float32).eps()   // 1.1920928955078125E-7}</pre>
   */
  public static FInfo finfo(DType dtype) {
    return new FInfo(dtype);
  }

  /** {@link #finfo(DType)} of the default dtype. PyTorch: {@code torch.finfo()}. */
  public static FInfo finfo() {
    return new FInfo(get_default_dtype());
  }

  /**
   * The range of an integral dtype. PyTorch: {@code torch.iinfo(dtype)}.
   *
   * <pre>{@code iinfo(int8).max()   // 127}</pre>
   */
  public static IInfo iinfo(DType dtype) {
    return new IInfo(dtype);
  }

  /**
   * The tensors expanded to their common broadcast shape (views). PyTorch:
   * {@code torch.broadcast_tensors(*tensors)}.
   */
  public static Tensor[] broadcast_tensors(Tensor... tensors) {
    return GapOps.broadcastTensors(tensors);
  }

  /**
   * The broadcast shape of several shapes. PyTorch: {@code torch.broadcast_shapes(*shapes)}.
   *
   * <pre>{@code broadcast_shapes(new long[] {2, 1}, new long[] {3})   // torch.Size([2, 3])}</pre>
   */
  public static Size broadcast_shapes(long[]... shapes) {
    return GapOps.broadcastShapes(shapes);
  }

  /**
   * True where an element of {@code elements} occurs in {@code test_elements}. PyTorch:
   * {@code torch.isin(elements, test_elements)}.
   *
   * <pre>{@code isin(tensor(new long[] {1, 2, 3}), tensor(new long[] {2}))   // tensor([False,  True, False])}</pre>
   */
  public static Tensor isin(Tensor elements, Tensor test_elements) {
    return GapOps.isin(elements, test_elements, false, false);
  }

  /** PyTorch: {@code torch.isin(elements, test_elements, assume_unique=..., invert=...)}. */
  public static Tensor isin(Tensor elements, Tensor test_elements, boolean assume_unique, boolean invert) {
    return GapOps.isin(elements, test_elements, assume_unique, invert);
  }

  /** PyTorch: {@code torch.isin(elements, test_element)} with an int test element. */
  public static Tensor isin(Tensor elements, long test_element) {
    return GapOps.isin(elements, scalar(test_element), false, false);
  }

  /** PyTorch: {@code torch.isin(elements, test_element, invert=invert)}. */
  public static Tensor isin(Tensor elements, long test_element, boolean assume_unique, boolean invert) {
    return GapOps.isin(elements, scalar(test_element), assume_unique, invert);
  }

  /** PyTorch: {@code torch.isin(elements, test_element)} with a float test element. */
  public static Tensor isin(Tensor elements, double test_element) {
    return GapOps.isin(elements, scalar(test_element), false, false);
  }

  /** PyTorch: {@code torch.isin(element, test_elements)} with an int element. */
  public static Tensor isin(long element, Tensor test_elements) {
    return GapOps.isin(scalar(element), test_elements, false, false);
  }

  /** PyTorch: {@code torch.isin(element, test_elements)} with a float element. */
  public static Tensor isin(double element, Tensor test_elements) {
    return GapOps.isin(scalar(element), test_elements, false, false);
  }

  /** PyTorch: {@code torch.split_with_sizes(input, split_sizes)}. */
  public static Tensor[] split_with_sizes(Tensor input, long[] split_sizes) {
    return input.split_with_sizes(split_sizes);
  }

  /** PyTorch: {@code torch.split_with_sizes(input, split_sizes, dim)}. */
  public static Tensor[] split_with_sizes(Tensor input, long[] split_sizes, int dim) {
    return input.split_with_sizes(split_sizes, dim);
  }

  /** PyTorch: {@code torch.diagflat(input)}. */
  public static Tensor diagflat(Tensor input) {
    return input.diagflat();
  }

  /** PyTorch: {@code torch.diagflat(input, offset)}. */
  public static Tensor diagflat(Tensor input, long offset) {
    return input.diagflat(offset);
  }

  /** PyTorch: {@code torch.logaddexp2(input, other)}. */
  public static Tensor logaddexp2(Tensor input, Tensor other) {
    return input.logaddexp2(other);
  }

  /** PyTorch: {@code torch.ldexp(input, other)}. */
  public static Tensor ldexp(Tensor input, Tensor other) {
    return input.ldexp(other);
  }

  /** PyTorch: {@code torch.frexp(input)}: (mantissa, int32 exponent). */
  public static Tensor[] frexp(Tensor input) {
    return input.frexp();
  }

  /**
   * The trapezoidal rule along {@code dim} (default -1) with unit spacing. PyTorch:
   * {@code torch.trapezoid(y)}.
   *
   * <pre>{@code trapezoid(tensor(new double[] {1, 2, 3}))   // tensor(4.)}</pre>
   */
  public static Tensor trapezoid(Tensor y) {
    return GapOps.trapezoid(y, null, 1.0, -1, false);
  }

  /** PyTorch: {@code torch.trapezoid(y, dim=dim)}. */
  public static Tensor trapezoid(Tensor y, int dim) {
    return GapOps.trapezoid(y, null, 1.0, dim, false);
  }

  /** PyTorch: {@code torch.trapezoid(y, dx=dx, dim=dim)}. */
  public static Tensor trapezoid(Tensor y, double dx, int dim) {
    return GapOps.trapezoid(y, null, dx, dim, false);
  }

  /** PyTorch: {@code torch.trapezoid(y, x)} (sample points {@code x}). */
  public static Tensor trapezoid(Tensor y, Tensor x) {
    return GapOps.trapezoid(y, x, 1.0, -1, false);
  }

  /** PyTorch: {@code torch.trapezoid(y, x, dim=dim)}. */
  public static Tensor trapezoid(Tensor y, Tensor x, int dim) {
    return GapOps.trapezoid(y, x, 1.0, dim, false);
  }

  /** Alias of {@link #trapezoid(Tensor)}. PyTorch: {@code torch.trapz(y)}. */
  public static Tensor trapz(Tensor y) {
    return trapezoid(y);
  }

  /** PyTorch: {@code torch.trapz(y, dx=dx, dim=dim)}. */
  public static Tensor trapz(Tensor y, double dx, int dim) {
    return trapezoid(y, dx, dim);
  }

  /** PyTorch: {@code torch.trapz(y, x)}. */
  public static Tensor trapz(Tensor y, Tensor x) {
    return trapezoid(y, x);
  }

  /** PyTorch: {@code torch.trapz(y, x, dim=dim)}. */
  public static Tensor trapz(Tensor y, Tensor x, int dim) {
    return trapezoid(y, x, dim);
  }

  /**
   * The running trapezoidal integral along {@code dim}. PyTorch: {@code torch.cumulative_trapezoid(y)}.
   *
   * <pre>{@code cumulative_trapezoid(tensor(new double[] {1, 2, 3}))   // tensor([1.5000, 4.0000])}</pre>
   */
  public static Tensor cumulative_trapezoid(Tensor y) {
    return GapOps.trapezoid(y, null, 1.0, -1, true);
  }

  /** PyTorch: {@code torch.cumulative_trapezoid(y, dx=dx, dim=dim)}. */
  public static Tensor cumulative_trapezoid(Tensor y, double dx, int dim) {
    return GapOps.trapezoid(y, null, dx, dim, true);
  }

  /** PyTorch: {@code torch.cumulative_trapezoid(y, x)}. */
  public static Tensor cumulative_trapezoid(Tensor y, Tensor x) {
    return GapOps.trapezoid(y, x, 1.0, -1, true);
  }

  /** PyTorch: {@code torch.cumulative_trapezoid(y, x, dim=dim)}. */
  public static Tensor cumulative_trapezoid(Tensor y, Tensor x, int dim) {
    return GapOps.trapezoid(y, x, 1.0, dim, true);
  }

  /** Function form of {@link Tensor#zero_()}. PyTorch: {@code torch.zero_(input)}. */
  public static Tensor zero_(Tensor input) {
    return input.zero_();
  }

  /** Function form of {@link Tensor#fill_(double)}. PyTorch: {@code torch.fill_(input, value)}. */
  public static Tensor fill_(Tensor input, double value) {
    return input.fill_(value);
  }

  /** PyTorch: {@code torch.fill_(input, value)} with an int value. */
  public static Tensor fill_(Tensor input, long value) {
    return input.fill_(value);
  }

  /** PyTorch: {@code torch.fill_(input, value)} with a bool value. */
  public static Tensor fill_(Tensor input, boolean value) {
    return input.fill_(value);
  }

  /**
   * A 0-d tensor of the default dtype (float32) holding {@code s}. PyTorch: {@code torch.scalar_tensor(s)}.
   *
   * <pre>{@code scalar_tensor(3)   // tensor(3.)}</pre>
   */
  public static Tensor scalar_tensor(double s) {
    return tensor(s);
  }

  /** PyTorch: {@code torch.scalar_tensor(s, dtype=dtype)}. */
  public static Tensor scalar_tensor(double s, DType dtype) {
    return tensor(s, dtype);
  }

  /**
   * The deprecated inclusive range {@code start, start + step, ..., <= end}, default dtype.
   * PyTorch: {@code torch.range(start, end, step)}.
   *
   * <pre>{@code range(1, 4, 1)   // tensor([1., 2., 3., 4.])}</pre>
   */
  public static Tensor range(double start, double end, double step) {
    return GapOps.range(start, end, step, get_default_dtype());
  }

  /** PyTorch: {@code torch.range(start, end)} (step 1). */
  public static Tensor range(double start, double end) {
    return GapOps.range(start, end, 1, get_default_dtype());
  }

  /** PyTorch: {@code torch.range(start, end, step, dtype=dtype)}. */
  public static Tensor range(double start, double end, double step, DType dtype) {
    return GapOps.range(start, end, step, dtype);
  }

  /**
   * The Vandermonde matrix of a 1-D tensor, decreasing powers. PyTorch: {@code torch.vander(x)}.
   *
   * <pre>{@code vander(tensor(new long[] {2, 3}))   // tensor([[2, 1], [3, 1]])}</pre>
   */
  public static Tensor vander(Tensor x) {
    return GapOps.vander(x, Long.MIN_VALUE, false);
  }

  /** PyTorch: {@code torch.vander(x, N)}. */
  public static Tensor vander(Tensor x, long N) {
    return GapOps.vander(x, N, false);
  }

  /** PyTorch: {@code torch.vander(x, N, increasing)}. */
  public static Tensor vander(Tensor x, long N, boolean increasing) {
    return GapOps.vander(x, N, increasing);
  }

  /**
   * The Hann window. PyTorch: {@code torch.hann_window(window_length)} (periodic).
   *
   * <pre>{@code hann_window(4)   // tensor([0.0000, 0.5000, 1.0000, 0.5000])}</pre>
   */
  public static Tensor hann_window(long window_length) {
    return GapOps.window("hann", window_length, true, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.hann_window(window_length, periodic)}. */
  public static Tensor hann_window(long window_length, boolean periodic) {
    return GapOps.window("hann", window_length, periodic, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.hann_window(window_length, periodic, dtype=dtype)}. */
  public static Tensor hann_window(long window_length, boolean periodic, DType dtype) {
    return GapOps.window("hann", window_length, periodic, 0, dtype);
  }

  /** The Hamming window. PyTorch: {@code torch.hamming_window(window_length)}. */
  public static Tensor hamming_window(long window_length) {
    return GapOps.window("hamming", window_length, true, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.hamming_window(window_length, periodic)}. */
  public static Tensor hamming_window(long window_length, boolean periodic) {
    return GapOps.window("hamming", window_length, periodic, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.hamming_window(window_length, periodic, dtype=dtype)}. */
  public static Tensor hamming_window(long window_length, boolean periodic, DType dtype) {
    return GapOps.window("hamming", window_length, periodic, 0, dtype);
  }

  /** The Blackman window. PyTorch: {@code torch.blackman_window(window_length)}. */
  public static Tensor blackman_window(long window_length) {
    return GapOps.window("blackman", window_length, true, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.blackman_window(window_length, periodic)}. */
  public static Tensor blackman_window(long window_length, boolean periodic) {
    return GapOps.window("blackman", window_length, periodic, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.blackman_window(window_length, periodic, dtype=dtype)}. */
  public static Tensor blackman_window(long window_length, boolean periodic, DType dtype) {
    return GapOps.window("blackman", window_length, periodic, 0, dtype);
  }

  /** The Bartlett (triangular) window. PyTorch: {@code torch.bartlett_window(window_length)}. */
  public static Tensor bartlett_window(long window_length) {
    return GapOps.window("bartlett", window_length, true, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.bartlett_window(window_length, periodic)}. */
  public static Tensor bartlett_window(long window_length, boolean periodic) {
    return GapOps.window("bartlett", window_length, periodic, 0, get_default_dtype());
  }

  /** PyTorch: {@code torch.bartlett_window(window_length, periodic, dtype=dtype)}. */
  public static Tensor bartlett_window(long window_length, boolean periodic, DType dtype) {
    return GapOps.window("bartlett", window_length, periodic, 0, dtype);
  }

  /** The Kaiser window with beta 12. PyTorch: {@code torch.kaiser_window(window_length)}. */
  public static Tensor kaiser_window(long window_length) {
    return GapOps.window("kaiser", window_length, true, 12.0, get_default_dtype());
  }

  /** PyTorch: {@code torch.kaiser_window(window_length, periodic)}. */
  public static Tensor kaiser_window(long window_length, boolean periodic) {
    return GapOps.window("kaiser", window_length, periodic, 12.0, get_default_dtype());
  }

  /** PyTorch: {@code torch.kaiser_window(window_length, periodic, beta)}. */
  public static Tensor kaiser_window(long window_length, boolean periodic, double beta) {
    return GapOps.window("kaiser", window_length, periodic, beta, get_default_dtype());
  }

  /** PyTorch: {@code torch.kaiser_window(window_length, periodic, beta, dtype=dtype)}. */
  public static Tensor kaiser_window(long window_length, boolean periodic, double beta, DType dtype) {
    return GapOps.window("kaiser", window_length, periodic, beta, dtype);
  }

  /**
   * Inference mode: grad off, and tensors created inside report {@link Tensor#is_inference()}.
   * PyTorch: {@code with torch.inference_mode():} ({@code try (var g = inference_mode()) { … }}).
   */
  public static InferenceMode inference_mode() {
    return GapOps.inferenceMode(true);
  }

  /** PyTorch: {@code with torch.inference_mode(mode):}; {@code false} changes nothing. */
  public static InferenceMode inference_mode(boolean mode) {
    return GapOps.inferenceMode(mode);
  }

  /** PyTorch: {@code torch.is_inference_mode_enabled()}. */
  public static boolean is_inference_mode_enabled() {
    return GapOps.inferenceActive();
  }

  /** PyTorch: {@code torch.is_inference(input)}. */
  public static boolean is_inference(Tensor input) {
    return input.is_inference();
  }

  /** PyTorch: {@code torch.bitwise_left_shift(input, other)}. */
  public static Tensor bitwise_left_shift(Tensor input, Tensor other) {
    return input.bitwise_left_shift(other);
  }

  /** PyTorch: {@code torch.bitwise_left_shift(input, other)} with an int count. */
  public static Tensor bitwise_left_shift(Tensor input, long other) {
    return input.bitwise_left_shift(other);
  }

  /** PyTorch: {@code torch.bitwise_left_shift(self, other)} with an int on the left. */
  public static Tensor bitwise_left_shift(long self, Tensor other) {
    return GapOps.shift(scalar(self), other, true);
  }

  /** PyTorch: {@code torch.bitwise_right_shift(input, other)}. */
  public static Tensor bitwise_right_shift(Tensor input, Tensor other) {
    return input.bitwise_right_shift(other);
  }

  /** PyTorch: {@code torch.bitwise_right_shift(input, other)} with an int count. */
  public static Tensor bitwise_right_shift(Tensor input, long other) {
    return input.bitwise_right_shift(other);
  }

  /** PyTorch: {@code torch.bitwise_right_shift(self, other)} with an int on the left. */
  public static Tensor bitwise_right_shift(long self, Tensor other) {
    return GapOps.shift(scalar(self), other, false);
  }

  // ---------------------------------------- end of API gaps (api-gaps)

  // ---------------------------------------- tutorials: list forms and legacy constructors

  /** PyTorch: {@code torch.cat(tensors)} with a list (dim 0). */
  public static Tensor cat(List<Tensor> tensors) {
    return Views.cat(tensors, 0);
  }

  /** PyTorch: {@code torch.stack(tensors)} with a list (dim 0). */
  public static Tensor stack(List<Tensor> tensors) {
    return stack(tensors, 0);
  }

  /**
   * The legacy constructor {@code torch.LongTensor(data)} (nested lists or arrays, as {@link
   * #tensor(Object)}, cast to int64); a Java integer instead is a size, as {@code
   * torch.LongTensor(3)} is.
   */
  public static Tensor LongTensor(Object data) {
    return legacyTensor(data, DType.int64);
  }

  /** PyTorch: {@code torch.LongTensor(*sizes)}, an int64 tensor of that size (zero-filled). */
  public static Tensor LongTensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), DType.int64);
  }

  /** PyTorch: {@code torch.LongTensor()}, an empty tensor of shape (0,). */
  public static Tensor LongTensor() {
    return legacyTensorOfSize(new long[0], DType.int64);
  }

  /** PyTorch: {@code torch.FloatTensor(data)}: float32 data; a Java integer is a size. */
  public static Tensor FloatTensor(Object data) {
    return legacyTensor(data, DType.float32);
  }

  /** PyTorch: {@code torch.FloatTensor(*sizes)}, a float32 tensor of that size (zero-filled). */
  public static Tensor FloatTensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), DType.float32);
  }

  /** PyTorch: {@code torch.FloatTensor()}, an empty tensor of shape (0,). */
  public static Tensor FloatTensor() {
    return legacyTensorOfSize(new long[0], DType.float32);
  }

  /** PyTorch: {@code torch.DoubleTensor(data)}: float64 data; a Java integer is a size. */
  public static Tensor DoubleTensor(Object data) {
    return legacyTensor(data, DType.float64);
  }

  /** PyTorch: {@code torch.DoubleTensor(*sizes)}, a float64 tensor of that size (zero-filled). */
  public static Tensor DoubleTensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), DType.float64);
  }

  /** PyTorch: {@code torch.DoubleTensor()}, an empty tensor of shape (0,). */
  public static Tensor DoubleTensor() {
    return legacyTensorOfSize(new long[0], DType.float64);
  }

  /** PyTorch: {@code torch.IntTensor(data)}: int32 data; a Java integer is a size. */
  public static Tensor IntTensor(Object data) {
    return legacyTensor(data, DType.int32);
  }

  /** PyTorch: {@code torch.IntTensor(*sizes)}, an int32 tensor of that size (zero-filled). */
  public static Tensor IntTensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), DType.int32);
  }

  /** PyTorch: {@code torch.IntTensor()}, an empty tensor of shape (0,). */
  public static Tensor IntTensor() {
    return legacyTensorOfSize(new long[0], DType.int32);
  }

  /** PyTorch: {@code torch.BoolTensor(data)}: bool data; a Java integer is a size. */
  public static Tensor BoolTensor(Object data) {
    return legacyTensor(data, DType.bool);
  }

  /** PyTorch: {@code torch.BoolTensor(*sizes)}, a bool tensor of that size (all false). */
  public static Tensor BoolTensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), DType.bool);
  }

  /** PyTorch: {@code torch.BoolTensor()}, an empty tensor of shape (0,). */
  public static Tensor BoolTensor() {
    return legacyTensorOfSize(new long[0], DType.bool);
  }

  /**
   * The legacy constructor {@code torch.Tensor(data)}: data in the default dtype (float32); a
   * Java integer is a size, as {@code torch.Tensor(3)} is.
   */
  public static Tensor Tensor(Object data) {
    if (data instanceof Tensor t) {
      return t.view_as(t); // torch.Tensor(other) is other.alias(), whatever its dtype
    }
    return legacyTensor(data, get_default_dtype());
  }

  /** PyTorch: {@code torch.Tensor(*sizes)}, a default-dtype tensor of that size (zero-filled). */
  public static Tensor Tensor(long size0, long... sizes) {
    return legacyTensorOfSize(prepend(size0, sizes), get_default_dtype());
  }

  /** PyTorch: {@code torch.Tensor()}, an empty tensor of shape (0,). */
  public static Tensor Tensor() {
    return legacyTensorOfSize(new long[0], get_default_dtype());
  }

  private static Tensor legacyTensor(Object data, DType dtype) {
    if (data instanceof Integer || data instanceof Long || data instanceof Short
        || data instanceof Byte) {
      return empty(new long[] {((Number) data).longValue()}, dtype);
    }
    if (data instanceof Number || data instanceof Boolean) {
      // torch.LongTensor(2.5): "new(): data must be a sequence (got float)"
      throw new IllegalArgumentException("new(): data must be a sequence (got "
          + (data instanceof Boolean ? "bool" : "float") + ")");
    }
    if (data instanceof Tensor t) {
      if (t.dtype() != dtype) {
        throw new IllegalArgumentException("expected " + legacyOptions(dtype, t.device())
            + " (got " + legacyOptions(t.dtype(), t.device()) + ")");
      }
      return t.view_as(t); // other.alias()
    }
    return tensor(data).to(dtype);
  }

  /** The legacy constructors' {@code (size0, *sizes)}: one size array. */
  private static long[] prepend(long size0, long[] sizes) {
    long[] size = new long[sizes.length + 1];
    size[0] = size0;
    System.arraycopy(sizes, 0, size, 1, sizes.length);
    return size;
  }

  private static Tensor legacyTensorOfSize(long[] size, DType dtype) {
    // torch.LongTensor() is tensor([], dtype=torch.int64), shape (0,)
    return empty(size.length == 0 ? new long[] {0} : size, dtype);
  }

  private static String legacyOptions(DType dtype, Device device) {
    return "TensorOptions(dtype=" + Clamp.cppName(dtype) + ", device=" + device
        + ", layout=Strided, requires_grad=false (default), pinned_memory=false (default),"
        + " memory_format=(nullopt))";
  }


  // torch.f_(input): the in-place functions PyTorch also has in the torch namespace

  /** In place. PyTorch: {@code torch.neg_(input)}, {@code input.neg_()}. */
  public static Tensor neg_(Tensor input) {
    return input.neg_();
  }

  /** In place. PyTorch: {@code torch.abs_(input)}, {@code input.abs_()}. */
  public static Tensor abs_(Tensor input) {
    return input.abs_();
  }

  /** In place. PyTorch: {@code torch.exp_(input)}, {@code input.exp_()}. */
  public static Tensor exp_(Tensor input) {
    return input.exp_();
  }

  /** In place. PyTorch: {@code torch.expm1_(input)}, {@code input.expm1_()}. */
  public static Tensor expm1_(Tensor input) {
    return input.expm1_();
  }

  /** In place. PyTorch: {@code torch.log_(input)}, {@code input.log_()}. */
  public static Tensor log_(Tensor input) {
    return input.log_();
  }

  /** In place. PyTorch: {@code torch.log2_(input)}, {@code input.log2_()}. */
  public static Tensor log2_(Tensor input) {
    return input.log2_();
  }

  /** In place. PyTorch: {@code torch.log10_(input)}, {@code input.log10_()}. */
  public static Tensor log10_(Tensor input) {
    return input.log10_();
  }

  /** In place. PyTorch: {@code torch.log1p_(input)}, {@code input.log1p_()}. */
  public static Tensor log1p_(Tensor input) {
    return input.log1p_();
  }

  /** In place. PyTorch: {@code torch.sqrt_(input)}, {@code input.sqrt_()}. */
  public static Tensor sqrt_(Tensor input) {
    return input.sqrt_();
  }

  /** In place. PyTorch: {@code torch.rsqrt_(input)}, {@code input.rsqrt_()}. */
  public static Tensor rsqrt_(Tensor input) {
    return input.rsqrt_();
  }

  /** In place. PyTorch: {@code torch.sin_(input)}, {@code input.sin_()}. */
  public static Tensor sin_(Tensor input) {
    return input.sin_();
  }

  /** In place. PyTorch: {@code torch.cos_(input)}, {@code input.cos_()}. */
  public static Tensor cos_(Tensor input) {
    return input.cos_();
  }

  /** In place. PyTorch: {@code torch.tan_(input)}, {@code input.tan_()}. */
  public static Tensor tan_(Tensor input) {
    return input.tan_();
  }

  /** In place. PyTorch: {@code torch.asin_(input)}, {@code input.asin_()}. */
  public static Tensor asin_(Tensor input) {
    return input.asin_();
  }

  /** In place. PyTorch: {@code torch.acos_(input)}, {@code input.acos_()}. */
  public static Tensor acos_(Tensor input) {
    return input.acos_();
  }

  /** In place. PyTorch: {@code torch.atan_(input)}, {@code input.atan_()}. */
  public static Tensor atan_(Tensor input) {
    return input.atan_();
  }

  /** In place. PyTorch: {@code torch.sinh_(input)}, {@code input.sinh_()}. */
  public static Tensor sinh_(Tensor input) {
    return input.sinh_();
  }

  /** In place. PyTorch: {@code torch.cosh_(input)}, {@code input.cosh_()}. */
  public static Tensor cosh_(Tensor input) {
    return input.cosh_();
  }

  /** In place. PyTorch: {@code torch.tanh_(input)}, {@code input.tanh_()}. */
  public static Tensor tanh_(Tensor input) {
    return input.tanh_();
  }

  /** In place. PyTorch: {@code torch.sigmoid_(input)}, {@code input.sigmoid_()}. */
  public static Tensor sigmoid_(Tensor input) {
    return input.sigmoid_();
  }

  /** In place. PyTorch: {@code torch.relu_(input)}, {@code input.relu_()}. */
  public static Tensor relu_(Tensor input) {
    return input.relu_();
  }

  /** In place. PyTorch: {@code torch.floor_(input)}, {@code input.floor_()}. */
  public static Tensor floor_(Tensor input) {
    return input.floor_();
  }

  /** In place. PyTorch: {@code torch.ceil_(input)}, {@code input.ceil_()}. */
  public static Tensor ceil_(Tensor input) {
    return input.ceil_();
  }

  /** In place. PyTorch: {@code torch.round_(input)}, {@code input.round_()}. */
  public static Tensor round_(Tensor input) {
    return input.round_();
  }

  /** In place. PyTorch: {@code torch.trunc_(input)}, {@code input.trunc_()}. */
  public static Tensor trunc_(Tensor input) {
    return input.trunc_();
  }

  /** In place. PyTorch: {@code torch.reciprocal_(input)}, {@code input.reciprocal_()}. */
  public static Tensor reciprocal_(Tensor input) {
    return input.reciprocal_();
  }

  /** In place. PyTorch: {@code torch.erf_(input)}, {@code input.erf_()}. */
  public static Tensor erf_(Tensor input) {
    return input.erf_();
  }

  /** In place. PyTorch: {@code torch.asinh_(input)}, {@code input.asinh_()}. */
  public static Tensor asinh_(Tensor input) {
    return input.asinh_();
  }

  /** In place. PyTorch: {@code torch.acosh_(input)}, {@code input.acosh_()}. */
  public static Tensor acosh_(Tensor input) {
    return input.acosh_();
  }

  /** In place. PyTorch: {@code torch.atanh_(input)}, {@code input.atanh_()}. */
  public static Tensor atanh_(Tensor input) {
    return input.atanh_();
  }

  /** In place. PyTorch: {@code torch.erfc_(input)}, {@code input.erfc_()}. */
  public static Tensor erfc_(Tensor input) {
    return input.erfc_();
  }

  /** In place. PyTorch: {@code torch.i0_(input)}, {@code input.i0_()}. */
  public static Tensor i0_(Tensor input) {
    return input.i0_();
  }

  /** In place. PyTorch: {@code torch.arcsinh_(input)}, {@code input.arcsinh_()}. */
  public static Tensor arcsinh_(Tensor input) {
    return input.arcsinh_();
  }

  /** In place. PyTorch: {@code torch.arccosh_(input)}, {@code input.arccosh_()}. */
  public static Tensor arccosh_(Tensor input) {
    return input.arccosh_();
  }

  /** In place. PyTorch: {@code torch.arctanh_(input)}, {@code input.arctanh_()}. */
  public static Tensor arctanh_(Tensor input) {
    return input.arctanh_();
  }

  /** In place. PyTorch: {@code torch.exp2_(input)}, {@code input.exp2_()}. */
  public static Tensor exp2_(Tensor input) {
    return input.exp2_();
  }

  /** In place. PyTorch: {@code torch.frac_(input)}, {@code input.frac_()}. */
  public static Tensor frac_(Tensor input) {
    return input.frac_();
  }

  /** In place. PyTorch: {@code torch.deg2rad_(input)}, {@code input.deg2rad_()}. */
  public static Tensor deg2rad_(Tensor input) {
    return input.deg2rad_();
  }

  /** In place. PyTorch: {@code torch.rad2deg_(input)}, {@code input.rad2deg_()}. */
  public static Tensor rad2deg_(Tensor input) {
    return input.rad2deg_();
  }

  /** In place. PyTorch: {@code torch.sinc_(input)}, {@code input.sinc_()}. */
  public static Tensor sinc_(Tensor input) {
    return input.sinc_();
  }

  /** In place. PyTorch: {@code torch.logit_(input)}, {@code input.logit_()}. */
  public static Tensor logit_(Tensor input) {
    return input.logit_();
  }

  /** In place. PyTorch: {@code torch.square_(input)}, {@code input.square_()}. */
  public static Tensor square_(Tensor input) {
    return input.square_();
  }

  /** In place. PyTorch: {@code torch.detach_(input)}, {@code input.detach_()}. */
  public static Tensor detach_(Tensor input) {
    return input.detach_();
  }

  /**
   * Fills {@code out} (resized to {@code size}) with uniform draws in its dtype, as {@code
   * rand(size)} draws them. PyTorch: {@code torch.rand(*size, out=out)}.
   */
  public static Tensor rand(long[] size, Tensor out) {
    return OutArgs.into("rand", out, true, () -> rand(size, out.dtype(), null, out.device()), out);
  }

  /** Standard normal draws into {@code out}. PyTorch: {@code torch.randn(*size, out=out)}. */
  public static Tensor randn(long[] size, Tensor out) {
    return OutArgs.into("randn", out, true, () -> randn(size, out.dtype(), null, out.device()), out);
  }

  /** Zeros into {@code out}. PyTorch: {@code torch.zeros(*size, out=out)}. */
  public static Tensor zeros(long[] size, Tensor out) {
    return OutArgs.into("zeros", out, true, () -> zeros(size, out.dtype(), out.device()), out);
  }

  /** Ones into {@code out}. PyTorch: {@code torch.ones(*size, out=out)}. */
  public static Tensor ones(long[] size, Tensor out) {
    return OutArgs.into("ones", out, true, () -> ones(size, out.dtype(), out.device()), out);
  }


  // requires_grad=True as the one keyword (torch.rand(2, 2, requires_grad=True) ...)

  /** PyTorch: {@code torch.tensor(data, requires_grad=requiresGrad)} (dtype inferred). */
  public static Tensor tensor(Object data, boolean requiresGrad) {
    return withGrad(tensor(data), requiresGrad);
  }

  /** PyTorch: {@code torch.rand(size, requires_grad=requiresGrad)}. */
  public static Tensor rand(long[] size, boolean requiresGrad) {
    return withGrad(rand(size), requiresGrad);
  }

  /** PyTorch: {@code torch.zeros(size, requires_grad=requiresGrad)}. */
  public static Tensor zeros(long[] size, boolean requiresGrad) {
    return withGrad(zeros(size), requiresGrad);
  }

  /** PyTorch: {@code torch.ones(size, requires_grad=requiresGrad)}. */
  public static Tensor ones(long[] size, boolean requiresGrad) {
    return withGrad(ones(size), requiresGrad);
  }


  /**
   * PyTorch: {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph,
   * allow_unused)}; with {@code allowUnused} an input the outputs do not reach gets null (None).
   */
  public static Tensor[] autograd_grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs,
      boolean retainGraph, boolean createGraph, boolean allowUnused) {
    return Autograd.run(outputs, gradOutputs, retainGraph, createGraph, inputs, allowUnused);
  }

  // ---------------------------------------- end of tutorials (nlp)
}
