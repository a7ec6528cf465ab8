package dev.torchnd.nd4j;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.BinaryOp;
import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.spi.Storage;
import dev.torchnd.spi.UnaryOp;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.bool.IsNaN;
import org.nd4j.linalg.api.ops.impl.transforms.custom.CumProd;
import org.nd4j.linalg.api.ops.impl.transforms.custom.CumSum;
import org.nd4j.linalg.api.ops.impl.transforms.floating.RSqrt;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.FModOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.bool.And;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.bool.Or;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.bool.Xor;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Ceil;
import org.nd4j.linalg.api.ops.impl.transforms.same.Floor;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.same.Reciprocal;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ACos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ASin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ATan;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cosh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Expm1;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log1p;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Rint;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sinh;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tan;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * TorchND's backend for the {@code cuda} device: every storage is an ND4J {@link DataBuffer} and
 * every operation is an ND4J/libnd4j op on {@code INDArray} views over it, so that ND4J's CUDA
 * backend ({@code -Pcuda}) runs them on the GPU. No kernel here loops over elements in Java;
 * element reads go through ND4J's buffer API, which keeps host and device copies in sync.
 *
 * <p>Where libnd4j's numerics differ from PyTorch's, the difference is corrected with further ND4J
 * ops: integer floor division (libnd4j truncates), float floor division and remainder (PyTorch's
 * {@code div_floor_floating} and Python's modulo, built from {@code fmod}), NaN in
 * maximum/minimum/max/min/argmax/argmin (libnd4j drops it, PyTorch propagates it), bool
 * reductions, integer pow (exact by squaring; libnd4j rounds through double) and integer scans
 * (libnd4j's cumsum/cumprod take floats only). float16/bfloat16 math runs in float32 and rounds
 * once, as PyTorch's CUDA kernels do.
 *
 * <p>Available when ND4J's backend is CUDA ({@code nd4j-cuda-11.6} on the class path, a GPU and
 * its driver present), or, for testing without a GPU, when {@code -Dtorchnd.cudaOnCpu=true}
 * makes {@code cuda} resolve to this backend over ND4J's CPU backend.
 */
public final class Nd4jDeviceBackend implements Backend {
  static {
    Nd4jInit.configure();
  }

  /** The test switch: {@code cuda} tensors on ND4J's CPU backend. */
  public static final String CUDA_ON_CPU = "torchnd.cudaOnCpu";

  private static final class Count {
    static final int DEVICES = count();

    private static int count() {
      if (Nd4jCuda.onClassPath()) {
        try {
          return Math.max(0, Nd4j.getAffinityManager().getNumberOfDevices() > 0 ? 1 : 0);
        } catch (RuntimeException | LinkageError e) {
          return 0;
        }
      }
      return Boolean.getBoolean(CUDA_ON_CPU) ? 1 : 0;
    }
  }

  /**
   * Whether {@code Nd4jInterop.from_numpy} wraps ND4J memory as a {@code cuda} tensor: under a
   * CUDA ND4J backend, and under the test switch when {@code cuda} is the default device.
   */
  static boolean interopOnDevice() {
    return Nd4jCuda.onClassPath()
        || (Boolean.getBoolean(CUDA_ON_CPU)
            && System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda"));
  }

  @Override
  public String name() {
    return "nd4j-device";
  }

  @Override
  public String deviceType() {
    return "cuda";
  }

  /**
   * 1 where a CUDA ND4J backend (or the test switch) is present, else 0; TorchND uses one CUDA
   * device, {@code cuda:0}.
   */
  @Override
  public int deviceCount() {
    return Count.DEVICES;
  }

  static DeviceStorage s(Storage st) {
    return (DeviceStorage) st;
  }

  private static DataType t(DType d) {
    return Nd4jBackend.nd4jType(d);
  }

  // ------------------------------------------------------------------ views

  /** The INDArray viewing {@code layout} of the storage (no copy). */
  static INDArray view(Storage st, Layout l) {
    DeviceStorage d = s(st);
    return Nd4j.create(d.buffer(), l.shape(), l.strides(), l.offset(), 'c', t(d.dtype));
  }

  /** As {@link #view}, with broadcast (stride-0) dims shown as size 1 for ND4J's broadcasting. */
  private static INDArray compact(Storage st, Layout l) {
    long[] shape = l.shape().clone();
    long[] strides = l.strides().clone();
    for (int i = 0; i < shape.length; i++) {
      if (strides[i] == 0) {
        shape[i] = 1;
        strides[i] = 1;
      }
    }
    return view(st, new Layout(shape, strides, l.offset()));
  }

  /** A contiguous array holding the elements of the layout (broadcasts expanded). */
  private static INDArray full(Storage st, Layout l) {
    return view(st, l).dup('c');
  }

  /** The layout as an ND4J operand: the view itself, or a contiguous copy where it broadcasts. */
  private static INDArray in(Storage st, Layout l) {
    for (long stride : l.strides()) {
      if (stride == 0) {
        return full(st, l);
      }
    }
    return view(st, l);
  }

  /** Writes {@code r} (same shape) into the storage's layout, casting to its dtype. */
  private static void put(Storage st, Layout l, INDArray r) {
    INDArray z = view(st, l);
    if (r.dataType() != z.dataType()) {
      r = r.castTo(z.dataType());
    }
    z.assign(r);
  }

  private static boolean isLow(DataType d) {
    return d == DataType.HALF || d == DataType.BFLOAT16;
  }

  /** float16/bfloat16 math runs in float32, as PyTorch's CUDA kernels compute half. */
  private static INDArray up(INDArray x) {
    return isLow(x.dataType()) ? x.castTo(DataType.FLOAT) : x;
  }

  private static INDArray custom(String op, INDArray... in) {
    return Nd4j.exec(DynamicCustomOp.builder(op).addInputs(in).build())[0];
  }

  private static INDArray fill(long[] shape, DataType type, double v) {
    return Nd4j.valueArrayOf(shape, v, type);
  }

  /** {@code cond ? a : b}, all one shape. */
  private static INDArray select(INDArray cond, INDArray a, INDArray b) {
    return custom("select", cond, a, b);
  }

  // ------------------------------------------------------------------ allocation, elements

  @Override
  public Storage allocate(DType dtype, long numel) {
    return allocate(dtype, numel, true);
  }

  @Override
  public Storage allocateUninitialized(DType dtype, long numel) {
    return allocate(dtype, numel, false);
  }

  private static DeviceStorage allocate(DType dtype, long numel, boolean zeroed) {
    if (numel < 0) {
      throw new IllegalArgumentException("negative size " + numel);
    }
    DataBuffer b = Nd4j.createBuffer(t(dtype), Math.max(numel, 1), zeroed);
    NativeBudget.allocated(numel * dtype.itemsize());
    return new DeviceStorage(b, dtype, numel, true);
  }

  /** Wraps an existing ND4J buffer (interop under a CUDA ND4J backend); shared, not copied. */
  static Storage wrap(DataBuffer buffer) {
    return new DeviceStorage(buffer, Nd4jBackend.torchType(buffer.dataType()), buffer.length(),
        false);
  }

  private static Storage owning(INDArray a, DType dtype, long n) {
    DataBuffer b = a.data();
    NativeBudget.allocated(n * dtype.itemsize());
    return new DeviceStorage(b, dtype, n, true);
  }

  @Override
  public Storage fromDoubles(DType dtype, double[] data) {
    if (data.length == 0) {
      return allocate(dtype, 0);
    }
    INDArray a = Nd4j.createFromArray(data);
    if (dtype != DType.float64) {
      a = a.castTo(t(dtype));
    }
    return owning(a, dtype, data.length);
  }

  @Override
  public Storage fromLongs(DType dtype, long[] data) {
    if (data.length == 0) {
      return allocate(dtype, 0);
    }
    INDArray a = Nd4j.createFromArray(data);
    if (dtype != DType.int64) {
      a = a.castTo(t(dtype));
    }
    return owning(a, dtype, data.length);
  }

  @Override
  public double getDouble(Storage st, long index) {
    HostReads.record(HostReads.ELEMENT, 1);
    return s(st).buffer().getDouble(index);
  }

  @Override
  public long getLong(Storage st, long index) {
    HostReads.record(HostReads.ELEMENT, 1);
    DeviceStorage d = s(st);
    if (d.dtype.is_floating_point()) {
      return (long) d.buffer().getDouble(index);
    }
    return d.buffer().getLong(index);
  }

  @Override
  public void setDouble(Storage st, long index, double value) {
    DeviceStorage d = s(st);
    if (d.dtype == DType.bool) {
      value = value != 0 ? 1 : 0;
    }
    d.buffer().put(index, value);
  }

  @Override
  public void setLong(Storage st, long index, long value) {
    DeviceStorage d = s(st);
    if (d.dtype == DType.bool) {
      value = value != 0 ? 1 : 0;
    }
    if (d.dtype.is_floating_point()) {
      d.buffer().put(index, (double) value);
    } else {
      d.buffer().put(index, value);
    }
  }

  @Override
  public double[] readDoubles(Storage st, long offset, int n) {
    if (n == 0) {
      return new double[0];
    }
    HostReads.record(HostReads.BULK, n);
    INDArray v = view(st, new Layout(new long[] {n}, new long[] {1}, offset));
    return v.castTo(DataType.DOUBLE).toDoubleVector();
  }

  @Override
  public long[] readLongs(Storage st, long offset, int n) {
    if (n == 0) {
      return new long[0];
    }
    HostReads.record(HostReads.BULK, n);
    INDArray v = view(st, new Layout(new long[] {n}, new long[] {1}, offset));
    return v.castTo(DataType.LONG).toLongVector();
  }

  // ------------------------------------------------------------------ copy, fill

  @Override
  public void copy(Storage src, Layout sl, Storage dst, Layout dl) {
    if (sl.numel() == 0) {
      return;
    }
    INDArray x = view(src, sl);
    if (src.dtype() != dst.dtype()) {
      x = cast(x, dst.dtype());
    } else if (src == dst) {
      x = x.dup('c');
    }
    view(dst, dl).assign(x);
  }

  /** PyTorch's casts: float to bool is {@code != 0} (NaN is true), otherwise C casts. */
  private static INDArray cast(INDArray x, DType to) {
    if (to == DType.bool) {
      return x.dataType() == DataType.BOOL ? x : x.neq(0);
    }
    return x.castTo(t(to));
  }

  @Override
  public void fill(Storage dst, Layout l, double value) {
    if (l.numel() == 0) {
      return;
    }
    DType d = dst.dtype();
    if (d.is_floating_point()) {
      view(dst, l).assign(value);
    } else {
      put(dst, l, fill(l.shape(), DataType.DOUBLE, value));
    }
  }

  @Override
  public void fillLong(Storage dst, Layout l, long value) {
    if (l.numel() == 0) {
      return;
    }
    DType d = dst.dtype();
    if (d.is_floating_point()) {
      fill(dst, l, (double) value);
      return;
    }
    // Through a long array: a double would round integers beyond 2^53.
    INDArray one = Nd4j.createFromArray(new long[] {value}).castTo(t(d));
    INDArray z = view(dst, l);
    Nd4j.exec(DynamicCustomOp.builder("assign").addInputs(z, one.reshape(ones(l.ndim())))
        .addOutputs(z).build());
  }

  private static long[] ones(int n) {
    long[] s = new long[n];
    java.util.Arrays.fill(s, 1);
    return s;
  }

  // ------------------------------------------------------------------ unary

  @Override
  public void unary(UnaryOp op, Storage src, Layout sl, Storage dst, Layout dl) {
    if (sl.numel() == 0) {
      return;
    }
    INDArray x = in(src, sl);
    DType dt = src.dtype();
    if (dt.is_floating_point()) {
      // The kernel writes straight into the destination view when no cast is needed.
      INDArray target = dst.dtype() == dt && !isLow(x.dataType()) ? view(dst, dl) : null;
      INDArray r = unaryFloat(op, x, target);
      if (r != target) {
        put(dst, dl, r);
      }
    } else {
      put(dst, dl, unaryIntegral(op, x, dt));
    }
  }

  private static INDArray unaryFloat(UnaryOp op, INDArray x0, INDArray target) {
    INDArray x = up(x0);
    INDArray z = target != null ? target : x.ulike();
    return switch (op) {
      case NEG -> Nd4j.exec(new Negative(x, z));
      case ABS -> Nd4j.exec(new Abs(x, z));
      case EXP -> Nd4j.exec(new Exp(x, z));
      case EXPM1 -> Nd4j.exec(new Expm1(x, z));
      case LOG -> Nd4j.exec(new Log(x, z));
      case LOG2 -> Nd4j.exec(new Log(x, x.ulike())).divi(Math.log(2));
      case LOG10 -> Nd4j.exec(new Log(x, x.ulike())).divi(Math.log(10));
      case LOG1P -> Nd4j.exec(new Log1p(x, z));
      case SQRT -> Nd4j.exec(new Sqrt(x, z));
      case RSQRT -> Nd4j.exec(new RSqrt(x, z));
      case SIN -> Nd4j.exec(new Sin(x, z));
      case COS -> Nd4j.exec(new Cos(x, z));
      case TAN -> Nd4j.exec(new Tan(x, z));
      case ASIN -> Nd4j.exec(new ASin(x, z));
      case ACOS -> Nd4j.exec(new ACos(x, z));
      case ATAN -> Nd4j.exec(new ATan(x, z));
      case SINH -> Nd4j.exec(new Sinh(x, z));
      case COSH -> Nd4j.exec(new Cosh(x, z));
      case TANH -> Nd4j.exec(new Tanh(x, z));
      case SIGMOID -> Nd4j.exec(new Sigmoid(x, z));
      case RELU -> Nd4j.exec(new RectifiedLinear(x, z, 0.0));
      case FLOOR -> Nd4j.exec(new Floor(x, z));
      case CEIL -> Nd4j.exec(new Ceil(x, z));
      // PyTorch rounds half to even: rint, not libnd4j's round (half away from zero).
      case ROUND -> Nd4j.exec(new Rint(x, z));
      case TRUNC -> select(x.lt(0), Nd4j.exec(new Ceil(x, x.ulike())),
          Nd4j.exec(new Floor(x, x.ulike())));
      // libnd4j's sign keeps -0.0; PyTorch's is +0.0 there (and 0 for NaN, as libnd4j).
      case SIGN -> Nd4j.exec(new Sign(x, x.ulike())).addi(0.0);
      case RECIPROCAL -> Nd4j.exec(new Reciprocal(x, z));
      case LOGICAL_NOT -> x.eq(0);
      case BITWISE_NOT -> throw new UnsupportedOperationException(
          "\"bitwise_not_cpu\" not implemented for 'Float'");
      case ISNAN -> Nd4j.exec(new IsNaN(x, Nd4j.createUninitialized(DataType.BOOL, x.shape())));
      case ERF -> Nd4j.exec(new Erf(x, z));
    };
  }

  private static INDArray unaryIntegral(UnaryOp op, INDArray x, DType dt) {
    boolean bool = dt == DType.bool;
    return switch (op) {
      case NEG -> Nd4j.exec(new Negative(x, x.ulike()));
      case ABS -> bool ? x : Nd4j.exec(new Abs(x, x.ulike()));
      case RELU -> bool ? x : custom("maximum", x, Nd4j.zeros(x.dataType(), ones(x.rank())));
      case FLOOR, CEIL, ROUND, TRUNC -> x;
      case SIGN -> bool ? x : Nd4j.exec(new Sign(x, x.ulike()));
      case LOGICAL_NOT -> x.eq(0);
      case BITWISE_NOT -> bool ? x.eq(0) : bitwiseNot(x, dt);
      case ISNAN -> Nd4j.zeros(DataType.BOOL, x.shape());
      case EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH,
          COSH, TANH, SIGMOID, RECIPROCAL, ERF -> throw new UnsupportedOperationException(
              op.torchName() + " has no integral kernel: cast to a floating dtype first");
    };
  }

  /** {@code m.any()} read back to the host to steer it (one device-to-host transfer). */
  static boolean anyOnHost(INDArray m) {
    HostReads.record(HostReads.SYNC, 1);
    return m.any();
  }

  /** {@code ~x} as {@code -x - 1} for signed types, {@code 255 - x} for uint8. */
  private static INDArray bitwiseNot(INDArray x, DType dt) {
    INDArray w = x.castTo(DataType.LONG);
    INDArray r = dt == DType.uint8
        ? w.rsub(255)
        : Nd4j.exec(new Negative(w, w.ulike())).subi(1);
    return r.castTo(x.dataType());
  }

  // ------------------------------------------------------------------ binary

  @Override
  public void binary(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    if (ol.numel() == 0) {
      return;
    }
    DType dt = a.dtype();
    if (direct(op, dt, out.dtype())) {
      // One broadcasting libnd4j op writing straight into the destination view.
      INDArray[] xy = operands(a, al, b, bl, ol);
      Nd4j.exec(DynamicCustomOp.builder(broadcastName(op)).addInputs(xy)
          .addOutputs(view(out, ol)).build());
      return;
    }
    INDArray r;
    if (dt.is_floating_point()) {
      r = binaryFloat(op, a, al, b, bl, ol);
    } else {
      r = binaryIntegral(op, a, al, b, bl, ol, dt);
    }
    put(out, ol, r);
  }

  /**
   * The two inputs for a broadcasting ND4J op: broadcast dims shown as size 1, except that when
   * both are size 1 in a dim the output is not, the first is expanded in full.
   */
  private static INDArray[] operands(Storage a, Layout al, Storage b, Layout bl, Layout ol) {
    long[] out = ol.shape();
    for (int i = 0; i < out.length; i++) {
      if (out[i] != 1 && al.strides()[i] == 0 && bl.strides()[i] == 0) {
        return new INDArray[] {full(a, al), compact(b, bl)};
      }
    }
    return new INDArray[] {compact(a, al), compact(b, bl)};
  }

  /** Ops whose libnd4j kernel already computes PyTorch's result in the destination's dtype. */
  private static boolean direct(BinaryOp op, DType dt, DType outType) {
    if (dt == DType.bool || isLow(t(dt)) || (!op.boolResult() && outType != dt)) {
      return false;
    }
    return switch (op) {
      case ADD, SUB, MUL, EQ, NE, LT, LE, GT, GE -> true;
      case DIV, ATAN2, POW -> dt.is_floating_point();
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> !dt.is_floating_point();
      default -> false;
    };
  }

  private static String broadcastName(BinaryOp op) {
    return switch (op) {
      case ADD -> "add";
      case SUB -> "subtract";
      case MUL -> "multiply";
      case DIV -> "divide";
      case MAXIMUM -> "maximum";
      case MINIMUM -> "minimum";
      case POW -> "Pow";
      case ATAN2 -> "tf_atan2";
      case EQ -> "equals";
      case NE -> "not_equals";
      case LT -> "less";
      case LE -> "less_equal";
      case GT -> "greater";
      case GE -> "greater_equal";
      case BITWISE_AND -> "bitwise_and";
      case BITWISE_OR -> "bitwise_or";
      case BITWISE_XOR -> "bitwise_xor";
      case FLOOR_DIVIDE, REMAINDER, FMOD, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR -> null;
    };
  }

  private static INDArray binaryFloat(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Layout ol) {
    switch (op) {
      case LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR -> {
        return logical(op, full(a, al).neq(0), full(b, bl).neq(0));
      }
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> throw new UnsupportedOperationException(
          op.torchName() + " has no floating kernel");
      default -> {}
    }
    String name = broadcastName(op);
    if (name != null) {
      INDArray[] xy = operands(a, al, b, bl, ol);
      INDArray x = up(xy[0]);
      INDArray y = up(xy[1]);
      INDArray z = op.boolResult()
          ? Nd4j.createUninitialized(DataType.BOOL, ol.shape())
          : Nd4j.createUninitialized(x.dataType(), ol.shape());
      Nd4j.exec(DynamicCustomOp.builder(name).addInputs(x, y).addOutputs(z).build());
      if (op == BinaryOp.MAXIMUM || op == BinaryOp.MINIMUM) {
        // libnd4j's max(NaN, 1) is 1; PyTorch's maximum propagates NaN from either side.
        INDArray nan = full(a, al).isNaN();
        INDArray nanB = full(b, bl).isNaN();
        INDArray any = logical(BinaryOp.LOGICAL_OR, nan, nanB);
        z = select(any, fill(ol.shape(), z.dataType(), Double.NaN), z);
      }
      return z;
    }
    INDArray x = up(full(a, al));
    INDArray y = up(full(b, bl));
    INDArray mod = Nd4j.exec(new FModOp(x, y, x.ulike()));
    return switch (op) {
      case FMOD -> mod;
      case REMAINDER -> {
        // Python's modulo: fmod, then + b where the signs differ (not libnd4j's floormod).
        INDArray adjust = mod.neq(0).castTo(DataType.BOOL);
        INDArray signs = logical(BinaryOp.LOGICAL_XOR, y.lt(0), mod.lt(0));
        INDArray fix = logical(BinaryOp.LOGICAL_AND, adjust, signs);
        yield select(fix, mod.add(y), mod);
      }
      case FLOOR_DIVIDE -> divFloor(x, y, mod);
      default -> throw new AssertionError(op);
    };
  }

  /** c10's {@code div_floor_floating}, elementwise in ND4J ops. */
  private static INDArray divFloor(INDArray a, INDArray b, INDArray mod) {
    INDArray div = a.sub(mod).divi(b);
    INDArray signs = logical(BinaryOp.LOGICAL_XOR, b.lt(0), mod.lt(0));
    INDArray fix = logical(BinaryOp.LOGICAL_AND, mod.neq(0), signs);
    div = select(fix, div.sub(1.0), div);
    INDArray fl = Nd4j.exec(new Floor(div, div.ulike()));
    fl = select(div.sub(fl).gt(0.5), fl.add(1.0), fl);
    INDArray q = a.div(b);
    // div == 0: copysign(0, a / b)
    // q is finite wherever div == 0, so q * 0 is a zero carrying q's sign.
    fl = select(div.eq(0), q.mul(0.0), fl);
    return select(b.eq(0), q, fl);
  }

  private static INDArray logical(BinaryOp op, INDArray x, INDArray y) {
    INDArray z = Nd4j.createUninitialized(DataType.BOOL, x.shape());
    return switch (op) {
      case LOGICAL_AND -> Nd4j.exec(new And(x, y, z));
      case LOGICAL_OR -> Nd4j.exec(new Or(x, y, z));
      case LOGICAL_XOR -> Nd4j.exec(new Xor(x, y, z));
      default -> throw new AssertionError(op);
    };
  }

  private static INDArray binaryIntegral(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Layout ol, DType dt) {
    boolean bool = dt == DType.bool;
    switch (op) {
      case LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR -> {
        return logical(op, asBool(full(a, al)), asBool(full(b, bl)));
      }
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> {
        if (bool) {
          BinaryOp l = op == BinaryOp.BITWISE_AND ? BinaryOp.LOGICAL_AND
              : op == BinaryOp.BITWISE_OR ? BinaryOp.LOGICAL_OR : BinaryOp.LOGICAL_XOR;
          return logical(l, full(a, al), full(b, bl));
        }
      }
      case ATAN2, DIV -> throw new UnsupportedOperationException(
          op.torchName() + " has no integral kernel");
      default -> {}
    }
    if (bool) {
      // Arithmetic on bool (add/mul/max/min/comparisons) computes on 0/1 bytes.
      INDArray x = full(a, al).castTo(DataType.INT);
      INDArray y = full(b, bl).castTo(DataType.INT);
      INDArray r = integralOp(op, x, y, ol, DataType.INT);
      return op.boolResult() ? r : r.neq(0);
    }
    INDArray[] xy = operands(a, al, b, bl, ol);
    return integralOp(op, xy[0], xy[1], ol, t(dt));
  }

  private static INDArray asBool(INDArray x) {
    return x.dataType() == DataType.BOOL ? x : x.neq(0);
  }

  private static INDArray integralOp(BinaryOp op, INDArray x, INDArray y, Layout ol, DataType dt) {
    switch (op) {
      case FLOOR_DIVIDE, REMAINDER, FMOD -> {
        if (anyOnHost(y.eq(0))) {
          throw new ArithmeticException("ZeroDivisionError");
        }
      }
      default -> {}
    }
    switch (op) {
      case POW -> {
        return powi(broadcastTo(x, ol), broadcastTo(y, ol));
      }
      case FLOOR_DIVIDE -> {
        // libnd4j's integer floordiv truncates; PyTorch floors.
        INDArray xf = broadcastTo(x, ol);
        INDArray yf = broadcastTo(y, ol);
        INDArray q = custom("divide", xf, yf);
        INDArray r = xf.sub(q.mul(yf));
        INDArray signs = logical(BinaryOp.LOGICAL_XOR, r.lt(0), yf.lt(0));
        INDArray fix = logical(BinaryOp.LOGICAL_AND, r.neq(0), signs);
        return select(fix, q.sub(1), q);
      }
      case FMOD, REMAINDER -> {
        // libnd4j's integer fmod/floormod compute through float (wrong past 2^24: 2147483647 %
        // 10 gives 8); its integer divide is exact: x - trunc(x / y) * y, plus y where the
        // remainder's sign differs from y's (Python's modulo).
        INDArray xf = broadcastTo(x, ol);
        INDArray yf = broadcastTo(y, ol);
        INDArray r = xf.sub(custom("divide", xf, yf).mul(yf));
        if (op == BinaryOp.FMOD) {
          return r;
        }
        INDArray signs = logical(BinaryOp.LOGICAL_XOR, r.lt(0), yf.lt(0));
        INDArray fix = logical(BinaryOp.LOGICAL_AND, r.neq(0), signs);
        return select(fix, r.add(yf), r);
      }
      default -> {}
    }
    INDArray z = op.boolResult()
        ? Nd4j.createUninitialized(DataType.BOOL, ol.shape())
        : Nd4j.createUninitialized(dt, ol.shape());
    Nd4j.exec(DynamicCustomOp.builder(broadcastName(op)).addInputs(x, y).addOutputs(z).build());
    return z;
  }

  /** libnd4j's broadcast_to: INDArray.broadcast copies int64 through double (rounds past 2^53). */
  private static INDArray broadcastTo(INDArray x, Layout ol) {
    return java.util.Arrays.equals(x.shape(), ol.shape()) ? x
        : Nd4j.exec(DynamicCustomOp.builder("broadcast_to")
            .addInputs(x, Nd4j.createFromArray(ol.shape())).build())[0];
  }

  /**
   * PyTorch's integer pow: exact by squaring (wrapping like C), negative exponents give 0 except
   * for bases ±1. libnd4j's pow goes through double and rounds large results.
   */
  private static INDArray powi(INDArray base0, INDArray exp0) {
    DataType dt = base0.dataType();
    INDArray base = base0.dup('c');
    INDArray e = exp0.dup('c');
    INDArray neg = e.lt(0);
    INDArray result = Nd4j.ones(dt, base.shape());
    e = select(neg, e.ulike().assign(0), e);
    while (anyOnHost(e.gt(0))) {
      INDArray odd = isOdd(e);
      result = select(odd, result.mul(base), result);
      base = base.mul(base);
      e = custom("divide", e, Nd4j.ones(dt, ones(e.rank())).muli(2));
    }
    if (anyOnHost(neg)) {
      INDArray b = base0.dup('c');
      INDArray oddExp = isOdd(exp0.dup('c'));
      INDArray minusOne = select(oddExp, b.ulike().assign(-1), b.ulike().assign(1));
      INDArray negValue = select(b.eq(1), b.ulike().assign(1),
          select(b.eq(-1), minusOne, b.ulike().assign(0)));
      result = select(neg, negValue, result);
    }
    return result;
  }

  /**
   * Parity of an integer array, exact for every int64: libnd4j's floormod goes through float, so
   * {@code 16777217 % 2} would read as even. x - trunc(x / 2) * 2 is ±1 for odd x, 0 for even.
   */
  private static INDArray isOdd(INDArray e) {
    INDArray two = Nd4j.ones(e.dataType(), ones(e.rank())).muli(2);
    return e.sub(custom("divide", e, two).mul(two)).neq(0);
  }

  // ------------------------------------------------------------------ where

  @Override
  public void where(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out,
      Layout ol) {
    if (ol.numel() == 0) {
      return;
    }
    INDArray c = in(cond, cl);
    if (c.dataType() != DataType.BOOL) {
      c = c.neq(0);
    }
    Nd4j.exec(DynamicCustomOp.builder("select").addInputs(c, in(a, al), in(b, bl))
        .addOutputs(view(out, ol)).build());
  }

  // ------------------------------------------------------------------ reductions, scans

  @Override
  public void reduce(ReduceOp op, Storage src, Layout sl, int[] dims, Storage out, Layout ol) {
    if (sl.numel() == 0) {
      return;
    }
    if (sl.ndim() == 0) {
      // A 0-d input reduces as one element of a 1-d one.
      sl = new Layout(new long[] {1}, new long[] {1}, sl.offset());
      dims = new int[] {0};
    }
    INDArray x = view(src, sl);
    DType dt = src.dtype();
    boolean fp = dt.is_floating_point();
    int[] d = dims.length == 0 ? allDims(sl.ndim()) : dims;
    INDArray r;
    switch (op) {
      case ALL, ANY -> {
        INDArray m = (dt == DType.bool ? x : x.neq(0)).castTo(DataType.INT);
        INDArray k = op == ReduceOp.ALL ? m.min(true, d) : m.max(true, d);
        r = k.neq(0);
      }
      case SUM, PROD, MAX, MIN -> {
        INDArray w = smallInt(dt) ? x.castTo(DataType.INT) : up(x);
        r = switch (op) {
          case SUM -> w.sum(true, d);
          case PROD -> w.prod(true, d);
          case MAX -> w.max(true, d);
          default -> w.min(true, d);
        };
        if (fp && (op == ReduceOp.MAX || op == ReduceOp.MIN)) {
          // libnd4j's max/min skip NaN; PyTorch's propagate it.
          INDArray nans = x.isNaN().castTo(DataType.INT).max(true, d);
          r = select(nans.neq(0), fill(r.shape(), r.dataType(), Double.NaN), r);
        }
      }
      case ARGMAX, ARGMIN -> {
        int dim = d[0];
        INDArray w = smallInt(dt) ? x.castTo(DataType.INT) : x;
        INDArray idx = op == ReduceOp.ARGMAX ? Nd4j.argMax(w, dim) : Nd4j.argMin(w, dim);
        idx = idx.reshape(ol.shape());
        if (fp) {
          // PyTorch counts NaN as the extreme: the first NaN's index wins.
          INDArray nanMask = x.isNaN().castTo(DataType.INT);
          INDArray any = nanMask.max(true, dim);
          INDArray first = Nd4j.argMax(nanMask, dim).reshape(ol.shape());
          idx = select(any.reshape(ol.shape()).neq(0), first, idx);
        }
        r = idx;
      }
      default -> throw new AssertionError(op);
    }
    put(out, ol, r.reshape(ol.shape()));
  }

  /**
   * bool and the 8/16-bit integer types reduce as int32: libnd4j's max over a uint8 array holding
   * one 0 gives 1.
   */
  private static boolean smallInt(DType dt) {
    return switch (dt) {
      case bool, uint8, int8, int16 -> true;
      default -> false;
    };
  }

  private static int[] allDims(int n) {
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      d[i] = i;
    }
    return d;
  }

  @Override
  public void scan(ScanOp op, Storage src, Layout sl, int dim, Storage out, Layout ol) {
    if (sl.numel() == 0) {
      return;
    }
    INDArray x = full(src, sl);
    if (sl.ndim() == 0) {
      put(out, ol, x);
      return;
    }
    DType dt = src.dtype();
    if (dt.is_floating_point()) {
      put(out, ol, scanFloat(op, up(x), dim));
      return;
    }
    // libnd4j's cumsum/cumprod take floating inputs only: integers scan in int64 by doubling
    // steps (Hillis-Steele), exact and wrapping on overflow as PyTorch's int64 arithmetic does.
    put(out, ol, scanLong(op, x.castTo(DataType.LONG), dim));
  }

  /**
   * Inclusive scan of int64 {@code x} along {@code dim}: after the step with shift s each element
   * combines the 2s elements ending at it; log2(n) whole-array ND4J ops. Sums and products are
   * exact modulo 2^64, so the order of combination does not change the result.
   */
  private static INDArray scanLong(ScanOp op, INDArray x, int dim) {
    int nd = x.rank();
    int[] perm = new int[nd];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != dim) {
        perm[j++] = i;
      }
    }
    perm[nd - 1] = dim;
    int[] inv = new int[nd];
    for (int i = 0; i < nd; i++) {
      inv[perm[i]] = i;
    }
    long len = x.size(dim);
    long rows = x.length() / len;
    INDArray w = x.permute(perm).dup('c');
    long[] moved = w.shape();
    w = w.reshape(rows, len);
    for (long s = 1; s < len; s *= 2) {
      INDArray head = w.get(all(), interval(0, len - s));
      INDArray tail = w.get(all(), interval(s, len));
      INDArray combined = op == ScanOp.CUMSUM ? tail.add(head) : tail.mul(head);
      w.get(all(), interval(s, len)).assign(combined);
    }
    return w.reshape(moved).permute(inv);
  }

  private static INDArray scanFloat(ScanOp op, INDArray x, int dim) {
    INDArray z = x.ulike();
    if (op == ScanOp.CUMSUM) {
      Nd4j.exec(new CumSum(x, z, false, false, dim));
    } else {
      Nd4j.exec(new CumProd(x, z, false, false, dim));
    }
    return z;
  }

  // ------------------------------------------------------------------ products, indexing

  @Override
  public void matmul(Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    if (ol.numel() == 0) {
      return;
    }
    INDArray x = full(a, al);
    INDArray y = full(b, bl);
    boolean low = isLow(x.dataType());
    if (low) {
      // PyTorch's half GEMM accumulates in float32.
      x = x.castTo(DataType.FLOAT);
      y = y.castTo(DataType.FLOAT);
    }
    INDArray r;
    if (al.shape()[0] == 1) {
      long n = al.shape()[1];
      long k = al.shape()[2];
      long m = bl.shape()[2];
      r = custom("matmul", x.reshape(n, k), y.reshape(k, m)).reshape(1, n, m);
    } else {
      r = custom("matmul", x, y);
    }
    put(out, ol, r);
  }

  /** The whole storage as a 1-D array. */
  private static INDArray flat(Storage st) {
    long n = st.size();
    return view(st, new Layout(new long[] {n}, new long[] {1}, 0));
  }

  @Override
  public void gather(Storage src, long[] offsets, Storage out) {
    if (offsets.length == 0) {
      return;
    }
    INDArray r = gatherFlat(flat(src), Nd4j.createFromArray(offsets));
    put(out, new Layout(new long[] {offsets.length}, new long[] {1}, 0), r);
  }

  /**
   * By offsets held in a device storage: the index never leaves the device. libnd4j's gather
   * checks its indices (an offset at or past the storage's end throws), which the API relies on
   * to report PyTorch's out-of-range errors.
   */
  @Override
  public void gather(Storage src, Storage offsets, Layout offsetsLayout, Storage out) {
    long n = offsetsLayout.numel();
    if (n == 0) {
      return;
    }
    INDArray idx = in(offsets, offsetsLayout).reshape(n);
    INDArray r = gatherFlat(flat(src), idx);
    put(out, new Layout(new long[] {n}, new long[] {1}, 0), r);
  }

  @Override
  public void scatter(
      Storage src, Layout srcLayout, Storage dst, Storage offsets, Layout offsetsLayout,
      boolean accumulate) {
    long n = offsetsLayout.numel();
    if (n == 0) {
      return;
    }
    scatterBy(src, srcLayout, dst, in(offsets, offsetsLayout).reshape(n), accumulate);
  }

  /** {@code x[idx]} of a 1-d array (libnd4j's gather takes no bool: bools go through int8). */
  private static INDArray gatherFlat(INDArray x, INDArray idx) {
    boolean bool = x.dataType() == DataType.BOOL;
    INDArray in = bool ? x.castTo(DataType.BYTE) : x;
    INDArray r = Nd4j.exec(DynamicCustomOp.builder("gather").addInputs(in, idx)
        .addIntegerArguments(0).build())[0];
    return bool ? r.neq(0) : r;
  }

  @Override
  public void scatter(
      Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate) {
    if (offsets.length == 0) {
      return;
    }
    scatterBy(src, srcLayout, dst, Nd4j.createFromArray(offsets), accumulate);
  }

  private static void scatterBy(
      Storage src, Layout srcLayout, Storage dst, INDArray idx, boolean accumulate) {
    INDArray upd = full(src, srcLayout).reshape(idx.length());
    INDArray ref = flat(dst);
    if (dst.dtype() == DType.bool) {
      // libnd4j's scatter ops take numeric types: run on bytes and write back.
      INDArray w = ref.castTo(DataType.INT);
      scatterOp(accumulate, w, idx, upd.castTo(DataType.INT));
      ref.assign(w.neq(0));
      return;
    }
    scatterOp(accumulate, ref, idx, upd);
  }

  @Override
  public void scatterReduce(
      dev.torchnd.spi.ScatterReduceOp op, Storage src, Layout srcLayout, Storage dst, long[] offsets) {
    if (offsets.length == 0) {
      return;
    }
    INDArray upd = full(src, srcLayout).reshape(offsets.length);
    INDArray idx = Nd4j.createFromArray(offsets);
    INDArray ref = flat(dst);
    String name = switch (op) {
      case SUM -> "scatter_add";
      case PROD -> "scatter_mul";
      case AMAX -> "scatter_max";
      case AMIN -> "scatter_min";
    };
    boolean fp = dst.dtype().is_floating_point();
    INDArray nanHit = null;
    INDArray selfNan = null;
    if (fp && (op == dev.torchnd.spi.ScatterReduceOp.AMAX || op == dev.torchnd.spi.ScatterReduceOp.AMIN)) {
      // A NaN already in the destination must survive too (libnd4j's min/max drop it).
      selfNan = ref.isNaN();
      // PyTorch propagates NaN through amax/amin; libnd4j's scatter_max/min may not, so the
      // targets that receive a NaN are marked first and set to NaN afterwards.
      INDArray isNan = upd.isNaN().castTo(DataType.INT);
      nanHit = Nd4j.zeros(DataType.INT, ref.length());
      Nd4j.exec(DynamicCustomOp.builder("scatter_max")
          .addInputs(nanHit, idx, isNan).addOutputs(nanHit).addBooleanArguments(true, true).build());
    }
    // lock=true: duplicate indices combine deterministically, in order.
    Nd4j.exec(DynamicCustomOp.builder(name)
        .addInputs(ref, idx, upd).addOutputs(ref).addBooleanArguments(true, true).build());
    if (nanHit != null) {
      INDArray mask = logical(BinaryOp.LOGICAL_OR, nanHit.neq(0), selfNan);
      INDArray nan = Nd4j.valueArrayOf(ref.shape(), Double.NaN, ref.dataType());
      ref.assign(select(mask, nan, ref.dup()));
    }
  }

  private static void scatterOp(boolean accumulate, INDArray ref, INDArray idx, INDArray upd) {
    // lock=true: duplicate indices accumulate (or last-write) deterministically.
    Nd4j.exec(DynamicCustomOp.builder(accumulate ? "scatter_add" : "scatter_upd")
        .addInputs(ref, idx, upd).addOutputs(ref).addBooleanArguments(true, true).build());
  }
  // ---- tensor API (sort, det, inverse) ----

  /**
   * PyTorch 1.13's CUDA sort ({@link DeviceSort}): rows of up to 32 elements without {@code
   * stable} in its bitonic network's order, all others stably; n log n through libnd4j's sort.
   */
  @Override
  public void sort(
      Storage src, Layout sl, boolean descending, boolean stable, Storage values, Layout vl,
      Storage indices, Layout il) {
    if (sl.numel() == 0) {
      return;
    }
    INDArray x = rows(src, sl);
    INDArray order = DeviceSort.order(x, descending, stable);
    put(values, vl, DeviceSort.takeRows(x, order).reshape(vl.shape()));
    put(indices, il, order.reshape(il.shape()));
  }

  /** PyTorch 1.13's CUDA topk ({@link DeviceSort#topk}). */
  @Override
  public void topk(
      Storage src, Layout sl, int k, boolean largest, boolean sorted, Storage values, Layout vl,
      Storage indices, Layout il) {
    if (vl.numel() == 0) {
      return;
    }
    INDArray[] r = DeviceSort.topk(rows(src, sl), k, largest, sorted);
    put(values, vl, r[0].reshape(vl.shape()));
    put(indices, il, r[1].reshape(il.shape()));
  }

  /** The input as contiguous [rows, last dim] (float16/bfloat16 in float32, exactly). */
  private static INDArray rows(Storage src, Layout sl) {
    int nd = sl.ndim();
    long len = nd == 0 ? 1 : sl.shape()[nd - 1];
    return up(full(src, sl)).reshape(sl.numel() / len, len);
  }

  @Override
  public void det(Storage a, Layout al, Storage out) {
    INDArray m = up(full(a, al));
    INDArray d = custom("matrix_determinant", m);
    put(out, Layout.contiguous(new long[] {al.shape()[0]}), d.reshape(al.shape()[0]));
  }

  @Override
  public void inverse(Storage a, Layout al, Storage out, long[] info) {
    long batch = al.shape()[0];
    long n = al.shape()[1];
    INDArray m = up(full(a, al));
    // PyTorch hands the row-major matrix to LAPACK as column-major, so it factors A^T and
    // reports A^T's first zero pivot (1-based).
    long[] zeroPivot = zeroPivots(m.permute(0, 2, 1).dup('c'), batch, n);
    boolean singular = false;
    for (int b = 0; b < batch; b++) {
      info[b] = zeroPivot[b];
      singular |= info[b] != 0;
    }
    if (singular) {
      return;
    }
    INDArray inv = custom("matrix_inverse", m);
    put(out, Layout.contiguous(new long[] {batch, n, n}), inv);
  }

  /**
   * LAPACK getrf's {@code info} for each of the [B, n, n] matrices: Gaussian elimination with
   * partial pivoting (first largest |pivot|, as idamax), batched in ND4J ops; the 1-based column
   * of the first exactly-zero pivot, else 0. libnd4j's own lu op fails on singular input.
   */
  private static long[] zeroPivots(INDArray m, long batch, long n) {
    DataType dt = m.dataType();
    INDArray info = Nd4j.zeros(dt, batch);
    INDArray rowIds = Nd4j.arange(0, n).castTo(dt).reshape(1, n).repeat(0, batch);
    INDArray batchIds = Nd4j.arange(0, batch).castTo(DataType.LONG).reshape(batch, 1)
        .repeat(1, n);
    for (long k = 0; k < n; k++) {
      INDArray col = m.get(all(), interval(k, n), point(k));
      INDArray piv = Nd4j.argMax(Nd4j.exec(new Abs(col, col.ulike())), 1).castTo(dt)
          .addi(k).reshape(batch, 1);
      INDArray kk = Nd4j.valueArrayOf(new long[] {batch, n}, (double) k, dt);
      INDArray pivB = piv.repeat(1, n);
      // Rows k and piv swap places in each matrix.
      INDArray perm = select(rowIds.eq(k), pivB, select(rowIds.eq(pivB), kk, rowIds));
      INDArray idx = Nd4j.stack(2, batchIds, perm.castTo(DataType.LONG));
      m = Nd4j.exec(DynamicCustomOp.builder("gather_nd").addInputs(m, idx).build())[0];
      INDArray pivot = m.get(all(), point(k), point(k)).reshape(batch);
      INDArray isZero = pivot.eq(0);
      info = select(logical(BinaryOp.LOGICAL_AND, info.eq(0), isZero),
          Nd4j.valueArrayOf(new long[] {batch}, (double) (k + 1), dt), info);
      if (k + 1 < n) {
        INDArray safe = select(isZero, Nd4j.ones(dt, batch), pivot).reshape(batch, 1);
        INDArray factors = m.get(all(), interval(k + 1, n), point(k)).div(safe);
        factors = select(isZero.reshape(batch, 1).repeat(1, n - k - 1),
            factors.ulike().assign(0), factors);
        INDArray rowK = m.get(all(), point(k), interval(k + 1, n)).reshape(batch, 1, n - k - 1);
        INDArray update = factors.reshape(batch, n - k - 1, 1).mul(
            rowK.repeat(1, n - k - 1));
        INDArray trailing = m.get(all(), interval(k + 1, n), interval(k + 1, n));
        trailing.subi(update);
      }
    }
    HostReads.record(HostReads.BULK, batch);
    return info.castTo(DataType.LONG).toLongVector();
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex all() {
    return org.nd4j.linalg.indexing.NDArrayIndex.all();
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex interval(long from, long to) {
    return org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to);
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex point(long i) {
    return org.nd4j.linalg.indexing.NDArrayIndex.point(i);
  }

  // ---- optim support: fused pointwise kernels ----

  /**
   * {@code x * y + z} rounded once, as C's fma, in float64 ND4J ops: Dekker's exact product and
   * Knuth's two-sum give the product's and the sum's rounding errors, added back before the one
   * final rounding (exact except in double-rounding ties, far rarer than 1 in 2^50).
   */
  private static INDArray fma(INDArray x, INDArray y, INDArray z) {
    INDArray p = x.mul(y);
    INDArray[] xs = split(x);
    INDArray[] ys = split(y);
    INDArray e = xs[0].mul(ys[0]).subi(p).addi(xs[0].mul(ys[1])).addi(xs[1].mul(ys[0]))
        .addi(xs[1].mul(ys[1]));
    INDArray sum = p.add(z);
    INDArray bb = sum.sub(p);
    INDArray err = p.sub(sum.sub(bb)).addi(z.sub(bb));
    INDArray r = sum.add(e.add(err));
    // Where the product is not finite the error terms are NaN: fall back to the plain sum.
    return select(sum.isInfinite(), sum, select(r.isNaN(), sum, r));
  }

  /** Veltkamp's split of float64 values into two 26-bit halves (hi + lo == x exactly). */
  private static INDArray[] split(INDArray x) {
    INDArray t = x.mul(134217729.0);
    INDArray hi = t.sub(t.sub(x));
    return new INDArray[] {hi, x.sub(hi)};
  }

  /**
   * PyTorch's CPU rounding of the fused optimizer kernels: float32 computes {@code a + s * b}
   * and {@code a + t * c} in float64 (the product is exact there, one rounding to float32 after,
   * as the fused multiply-add has); float64 rounds twice where PyTorch fuses (within 1 ulp).
   */
  @Override
  public void pointwise(
      dev.torchnd.spi.PointwiseOp op, double scalar, Storage a, Layout al, Storage b, Layout bl,
      Storage c, Layout cl, Storage out, Layout ol) {
    if (ol.numel() == 0) {
      return;
    }
    boolean dbl = out.dtype() == DType.float64;
    double s = dbl ? scalar : (float) scalar;
    INDArray x = up(full(a, al));
    INDArray y = up(full(b, bl));
    INDArray r = switch (op) {
      case ADD_ALPHA -> dbl
          ? fma(y, Nd4j.valueArrayOf(y.shape(), s, DataType.DOUBLE), x)
          : x.castTo(DataType.DOUBLE).addi(y.castTo(DataType.DOUBLE).muli(s))
              .castTo(DataType.FLOAT);
      case ADDCMUL -> {
        INDArray z = up(full(c, cl));
        INDArray t = y.mul(s);
        yield dbl
            ? fma(t, z, x)
            : x.castTo(DataType.DOUBLE).addi(t.castTo(DataType.DOUBLE)
                .muli(z.castTo(DataType.DOUBLE))).castTo(DataType.FLOAT);
      }
      case ADDCDIV -> x.add(y.mul(s).divi(up(full(c, cl))));
    };
    put(out, ol, r);
  }
}
