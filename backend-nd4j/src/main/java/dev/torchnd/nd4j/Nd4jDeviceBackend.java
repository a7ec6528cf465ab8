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
import org.nd4j.linalg.api.ops.custom.BitCast;
import org.nd4j.linalg.api.ops.custom.Lgamma;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erfc;
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
  public Storage fromFloats(float[] data) {
    if (data.length == 0) {
      return allocate(DType.float32, 0);
    }
    return owning(Nd4j.createFromArray(data), DType.float32, data.length);
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
      case EXP2 -> Nd4j.exec(DynamicCustomOp.builder("Pow")
          .addInputs(fill(ones(x.rank()), x.dataType(), 2.0), x).addOutputs(z).build())[0];
      case FRAC -> x.sub(trunc(x));
      case DEG2RAD, RAD2DEG -> {
        double c = op == UnaryOp.DEG2RAD ? Math.PI / 180 : 180 / Math.PI;
        yield x.mul(x0.dataType() == DataType.DOUBLE ? c : (float) c);
      }
      case SGN -> Nd4j.exec(new Sign(x, x.ulike())).addi(0.0);
      case SIGNBIT -> signbit(x);
      case SINC -> sinc(x, x0.dataType() == DataType.BFLOAT16);
      // logit_kernel: log(x / (1 - x)) (x == 1 gives log(inf) = inf)
      case LOGIT -> Nd4j.exec(new Log(x.div(x.rsub(1.0)), x.ulike()));
      case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> special(op, x);
    };
  }

  // ------------------------------------------------------------------ special functions

  private static final double LN2 = 0.6931471805599453;
  private static final double HUGE = 268435456.0; // 2^28

  /**
   * The inverse hyperbolics and special functions, in float64 ND4J ops whatever the dtype (the
   * result is rounded once, as the CPU kernels round their double results): fdlibm's formulas for
   * asinh/acosh/atanh, libnd4j's erfc and lgamma (with std::lgamma's poles), and ATen's
   * calc_erfinv, calc_digamma and calc_i0 transcribed into elementwise ops.
   */
  private static INDArray special(UnaryOp op, INDArray x) {
    INDArray d = x.dataType() == DataType.DOUBLE ? x : x.castTo(DataType.DOUBLE);
    return switch (op) {
      case ASINH -> asinh(d);
      case ACOSH -> acosh(d);
      case ATANH -> atanh(d);
      case ERFC -> Nd4j.exec(new Erfc(d, d.ulike()));
      case ERFINV -> erfinv(x.dataType() == DataType.DOUBLE ? d : x.castTo(DataType.FLOAT));
      case LGAMMA -> {
        INDArray r = Nd4j.exec(new Lgamma(d, d.ulike()))[0];
        INDArray pole = logical(BinaryOp.LOGICAL_AND, d.lte(0), d.eq(Nd4j.exec(new Floor(d, d.ulike()))));
        yield select(pole, fill(d.shape(), DataType.DOUBLE, Double.POSITIVE_INFINITY), r);
      }
      case DIGAMMA -> digamma(d, x.dataType() != DataType.DOUBLE);
      case I0 -> i0(x.dataType() == DataType.DOUBLE ? d : x.castTo(DataType.FLOAT));
      default -> throw new AssertionError(op);
    };
  }

  private static INDArray log(INDArray x) {
    return Nd4j.exec(new Log(x, x.ulike()));
  }

  /**
   * log1p accurate near 0 (libnd4j's log1p is log(1 + x)): {@code log(u) * x / (u - 1)} with
   * {@code u = 1 + x} (Goldberg), x itself where u rounds to 1.
   */
  private static INDArray log1p(INDArray x) {
    INDArray u = x.add(1.0);
    INDArray um1 = u.sub(1.0);
    INDArray r = log(u).mul(x).div(um1);
    r = select(u.eq(Double.POSITIVE_INFINITY), u, r);
    return select(um1.eq(0.0), x, r);
  }

  private static INDArray sqrt(INDArray x) {
    return Nd4j.exec(new Sqrt(x, x.ulike()));
  }

  private static INDArray abs(INDArray x) {
    return Nd4j.exec(new Abs(x, x.ulike()));
  }

  /** {@code |r|}'s sign replaced by x's sign bit (copysign); r's own sign is dropped. */
  private static INDArray withSignOf(INDArray r, INDArray x) {
    INDArray m = abs(r);
    return select(signbit(x), Nd4j.exec(new Negative(m, m.ulike())), m);
  }

  private static INDArray asinh(INDArray d) {
    INDArray a = abs(d);
    INDArray t = d.mul(d);
    INDArray s1 = sqrt(t.add(1.0));
    INDArray small = log1p(a.add(t.div(s1.add(1.0))));
    INDArray mid = log(a.mul(2.0).add(s1.add(a).rdiv(1.0)));
    INDArray big = log(a).add(LN2);
    INDArray r = select(a.gt(HUGE), big, select(a.gt(2.0), mid, small));
    return withSignOf(r, d);
  }

  private static INDArray acosh(INDArray d) {
    INDArray t = d.sub(1.0);
    INDArray small = log1p(t.add(sqrt(t.mul(2.0).add(t.mul(t)))));
    INDArray mid = log(d.mul(2.0).sub(d.add(sqrt(d.mul(d).sub(1.0))).rdiv(1.0)));
    INDArray big = log(d).add(LN2);
    INDArray r = select(d.gt(HUGE), big, select(d.gt(2.0), mid, small));
    return select(d.lt(1.0), fill(d.shape(), DataType.DOUBLE, Double.NaN), r);
  }

  private static INDArray atanh(INDArray d) {
    INDArray a = abs(d);
    INDArray a2 = a.mul(2.0);
    INDArray lo = log1p(a2.add(a2.mul(a).div(a.rsub(1.0)))).mul(0.5);
    INDArray hi = log1p(a2.div(a.rsub(1.0))).mul(0.5);
    INDArray r = select(a.lt(0.5), lo, hi);
    // |x| > 1: log1p of a value below -1 is NaN already; keep NaN's sign out of it
    INDArray nan = logical(BinaryOp.LOGICAL_OR, a.gt(1.0), d.isNaN());
    return select(nan, fill(d.shape(), DataType.DOUBLE, Double.NaN), withSignOf(r, d));
  }

  /** calc_erfinv in ND4J ops, in y's dtype (float64, or float32 as ATen's float version). */
  private static INDArray erfinv(INDArray y) {
    DataType t = y.dataType();
    double[] a = {0.886226899, -1.645349621, 0.914624893, -0.140543331};
    double[] b = {-2.118377725, 1.442710462, -0.329097515, 0.012229801};
    double[] c = {-1.970840454, -1.624906493, 3.429567803, 1.641345311};
    double[] dd = {3.543889200, 1.637067800};
    INDArray yAbs = abs(y);
    INDArray z = y.mul(y);
    INDArray num = z.mul(a[3]).add(a[2]).mul(z).add(a[1]).mul(z).add(a[0]);
    INDArray dem = z.mul(b[3]).add(b[2]).mul(z).add(b[1]).mul(z).add(b[0]).mul(z).add(1.0);
    INDArray central = y.mul(num).div(dem);
    INDArray z2 = sqrt(log(yAbs.rsub(1.0).div(2.0)).neg());
    INDArray num2 = z2.mul(c[3]).add(c[2]).mul(z2).add(c[1]).mul(z2).add(c[0]);
    INDArray dem2 = z2.mul(dd[1]).add(dd[0]).mul(z2).add(1.0);
    INDArray tail = withSignOf(num2, y).div(dem2);
    INDArray x = select(yAbs.lte(0.7), central, tail);
    double k = t == DataType.FLOAT ? 2.0f * 0.564189583547756286948f : 2.0 / Math.sqrt(Math.PI);
    for (int i = 0; i < 2; i++) {
      INDArray erf = Nd4j.exec(new Erf(x, x.ulike()));
      INDArray e = Nd4j.exec(new Exp(x.mul(x).neg(), x.ulike())).mul(k);
      x = x.sub(erf.sub(y).div(e));
    }
    x = select(yAbs.gt(1.0), fill(y.shape(), t, Double.NaN), x);
    return select(yAbs.eq(1.0), withSignOf(fill(y.shape(), t, Double.POSITIVE_INFINITY), y), x);
  }

  /**
   * calc_digamma in ND4J ops: float64, or for float32 and the half types ATen's float version in
   * float32 arrays (the reflection term computed in float64, then rounded, as ATen does).
   */
  private static INDArray digamma(INDArray d, boolean single) {
    double[] A = {
      8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
      -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
      8.33333333333333333333E-2,
    };
    DataType t = single ? DataType.FLOAT : DataType.DOUBLE;
    long[] shape = d.shape();
    INDArray x0 = single ? d.castTo(DataType.FLOAT) : d;
    INDArray zeros = Nd4j.zeros(t, shape);
    INDArray tr = trunc(d);
    INDArray neg = d.lt(0.0);
    INDArray negInt = logical(BinaryOp.LOGICAL_AND, neg, d.eq(tr));
    // x < 0: digamma(1 - x) - pi / tan(pi * frac(x)), the term in double
    INDArray refl = Nd4j.exec(new Tan(d.sub(tr).mul(Math.PI), d.ulike())).rdiv(Math.PI);
    if (single) {
      refl = refl.castTo(DataType.FLOAT);
    }
    INDArray x = select(neg, x0.rsub(1.0), x0);
    INDArray result = zeros;
    INDArray m = x.lt(10.0);
    while (m.any()) {
      result = result.sub(select(m, x.rdiv(1.0), zeros));
      x = select(m, x.add(1.0), x);
      m = x.lt(10.0);
    }
    INDArray z = x.mul(x).rdiv(1.0);
    INDArray p = zeros.add(0.0);
    for (double c : A) {
      p = p.mul(z).add(single ? (float) c : c);
    }
    INDArray y = select(x.lt(1.0e17), z.mul(p), zeros);
    INDArray asym = result.add(log(x)).sub(x.rdiv(0.5)).sub(y);
    double psi10 = 2.25175258906672110764;
    INDArray r = select(x.eq(10.0), result.add(single ? (float) psi10 : psi10), asym);
    r = select(neg, r.sub(refl), r);
    r = select(negInt, fill(shape, t, Double.NaN), r);
    // +-0: copysign(inf, -x)
    INDArray inf = select(signbit(d), fill(shape, t, Double.POSITIVE_INFINITY),
        fill(shape, t, Double.NEGATIVE_INFINITY));
    return select(d.eq(0.0), inf, r);
  }

  private static INDArray chbevl(INDArray x, double[] c) {
    INDArray b0 = fill(x.shape(), x.dataType(), c[0]);
    INDArray b1 = Nd4j.zeros(x.dataType(), x.shape());
    INDArray b2 = b1;
    for (int i = 1; i < c.length; i++) {
      b2 = b1;
      b1 = b0;
      b0 = x.mul(b1).sub(b2).add(c[i]);
    }
    return b0.sub(b2).mul(0.5);
  }

  private static INDArray i0(INDArray d) {
    INDArray a = abs(d);
    INDArray ex = Nd4j.exec(new Exp(a, a.ulike()));
    INDArray inner = ex.mul(chbevl(a.div(2.0).sub(2.0), SpecialMath.I0_A));
    INDArray outer = ex.mul(chbevl(a.rdiv(32.0).sub(2.0), SpecialMath.I0_B)).div(sqrt(a));
    return select(a.lte(8.0), inner, outer);
  }

  /** C's trunc: ceil below zero, floor above. */
  private static INDArray trunc(INDArray x) {
    return select(x.lt(0), Nd4j.exec(new Ceil(x, x.ulike())), Nd4j.exec(new Floor(x, x.ulike())));
  }

  /** std::signbit: the sign bit of the float64 value (read by a bitcast to int64), NaN and -0 included. */
  private static INDArray signbit(INDArray x) {
    INDArray d = x.dataType() == DataType.DOUBLE ? x.dup('c') : x.castTo(DataType.DOUBLE);
    INDArray bits = Nd4j.exec(new BitCast(d, DataType.LONG, Nd4j.createUninitialized(DataType.LONG, d.shape())))[0];
    return bits.lt(0);
  }

  /**
   * sinc_kernel: 1 at 0, else sin(pi x) / (pi x) in the dtype (bfloat16: pi, the product, sin
   * and the quotient each rounded to bfloat16, as PyTorch's CPU kernel computes them).
   */
  private static INDArray sinc(INDArray x, boolean bf16) {
    double pi = bf16 ? bf16(Math.PI) : x.dataType() == DataType.DOUBLE ? Math.PI : (float) Math.PI;
    INDArray p = x.mul(pi);
    if (bf16) {
      p = p.castTo(DataType.BFLOAT16).castTo(DataType.FLOAT);
    }
    INDArray sn = Nd4j.exec(new Sin(p, p.ulike()));
    if (bf16) {
      sn = sn.castTo(DataType.BFLOAT16).castTo(DataType.FLOAT);
    }
    INDArray r = sn.div(p);
    return select(x.eq(0), fill(x.shape(), r.dataType(), 1.0), r);
  }

  private static double bf16(double v) {
    return Nd4j.scalar(v).castTo(DataType.BFLOAT16).getDouble(0);
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
      case SGN -> bool ? x : Nd4j.exec(new Sign(x, x.ulike()));
      // is_negative: false for bool
      case SIGNBIT -> bool ? Nd4j.zeros(DataType.BOOL, x.shape()) : x.lt(0);
      case EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH,
          COSH, TANH, SIGMOID, RECIPROCAL, ERF, EXP2, FRAC, DEG2RAD, RAD2DEG, SINC,
          LOGIT, ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> throw new UnsupportedOperationException(
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
    if (extraBinary(op)) {
      r = binaryExtra(op, full(a, al), full(b, bl), dt);
    } else if (dt.is_floating_point()) {
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
    if (ol.numel() <= EXPAND_BELOW) {
      // Small operands: libnd4j's broadcasting path costs milliseconds per call on shapes of a
      // few elements (int64 [4, 5] == [4, 1]: 13 ms, against 0.25 ms for equal shapes, measured
      // on ND4J's CPU backend), so the broadcast operand is expanded first.
      return new INDArray[] {in(a, al), in(b, bl)};
    }
    long[] out = ol.shape();
    for (int i = 0; i < out.length; i++) {
      if (out[i] != 1 && al.strides()[i] == 0 && bl.strides()[i] == 0) {
        return new INDArray[] {full(a, al), compact(b, bl)};
      }
    }
    return new INDArray[] {compact(a, al), compact(b, bl)};
  }

  /** Outputs up to this many elements take expanded operands in {@link #operands}. */
  private static final long EXPAND_BELOW = 1 << 16;

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
      case XLOGY, COPYSIGN, FMAX, FMIN, GCD, LCM, HEAVISIDE -> null;
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

  private static boolean extraBinary(BinaryOp op) {
    return switch (op) {
      case XLOGY, COPYSIGN, FMAX, FMIN, GCD, LCM, HEAVISIDE -> true;
      default -> false;
    };
  }

  /** xlogy, copysign, fmax/fmin, gcd/lcm, heaviside as compositions of ND4J ops (both inputs full-shape). */
  private static INDArray binaryExtra(BinaryOp op, INDArray x0, INDArray y0, DType dt) {
    boolean bool = dt == DType.bool;
    INDArray x = bool ? x0.castTo(DataType.INT) : up(x0);
    INDArray y = bool ? y0.castTo(DataType.INT) : up(y0);
    INDArray r = switch (op) {
      case XLOGY -> {
        // xlogy: NaN where y is NaN, else 0 where x is 0, else x * log(y)
        INDArray v = x.mul(Nd4j.exec(new Log(y, y.ulike())));
        v = select(x.eq(0), fill(x.shape(), x.dataType(), 0.0), v);
        yield select(y.isNaN(), fill(x.shape(), x.dataType(), Double.NaN), v);
      }
      case COPYSIGN -> {
        INDArray mag = Nd4j.exec(new Abs(x, x.ulike()));
        yield select(signbit(y), Nd4j.exec(new Negative(mag, mag.ulike())), mag);
      }
      case FMAX, FMIN -> {
        INDArray m = custom(op == BinaryOp.FMAX ? "maximum" : "minimum", x, y);
        if (dt.is_floating_point()) {
          m = select(x.isNaN(), y, select(y.isNaN(), x, m));
        }
        yield m;
      }
      case HEAVISIDE -> select(x.eq(0), y, x.gt(0).castTo(x.dataType()));
      case GCD, LCM -> {
        INDArray xl = x.castTo(DataType.LONG);
        INDArray yl = y.castTo(DataType.LONG);
        INDArray g = gcd(xl, yl);
        if (op == BinaryOp.GCD) {
          yield g;
        }
        // lcm_kernel: |a / g * b|, 0 where g is 0
        INDArray zero = g.eq(0);
        INDArray gs = select(zero, Nd4j.ones(DataType.LONG, g.shape()), g);
        INDArray v = custom("divide", xl, gs).mul(yl);
        v = Nd4j.exec(new Abs(v, v.ulike()));
        yield select(zero, Nd4j.zeros(DataType.LONG, g.shape()), v);
      }
      default -> throw new AssertionError(op);
    };
    if (bool) {
      return r.neq(0);
    }
    return r;
  }

  /** c10's calc_gcd, Euclid on absolute values, all lanes stepping together in int64. */
  private static INDArray gcd(INDArray x, INDArray y) {
    INDArray a = Nd4j.exec(new Abs(x, x.ulike()));
    INDArray b = Nd4j.exec(new Abs(y, y.ulike()));
    INDArray one = Nd4j.ones(DataType.LONG, a.shape());
    INDArray nz = a.neq(0);
    while (nz.any()) {
      INDArray as = select(nz, a, one);
      // b % a exactly (libnd4j's integer divide is exact; its integer mod is not)
      INDArray r = b.sub(custom("divide", b, as).mul(as));
      INDArray na = select(nz, r, a);
      b = select(nz, a, b);
      a = na;
      nz = a.neq(0);
    }
    return b;
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

  /**
   * libnd4j's {@code svd} op (one-sided Jacobi, or divide and conquer past {@code switchNum}
   * columns) over the [B, m, n] batch; its V comes back transposed into Vh.
   */
  @Override
  public void svd(Storage a, Layout al, boolean full, Storage u, Storage s, Storage vh) {
    long batch = al.shape()[0];
    long m = al.shape()[1];
    long n = al.shape()[2];
    long k = Math.min(m, n);
    INDArray x = full(a, al);
    boolean uv = u != null;
    if (m == 1 && n == 1) {
      // libnd4j's svd fails on 1 x 1 matrices: S = |a|, U = sign(a) (1 at 0), Vh = 1
      put(s, Layout.contiguous(new long[] {batch, 1}), org.nd4j.linalg.ops.transforms.Transforms.abs(x, true).reshape(batch, 1));
      if (uv) {
        INDArray sign = select(x.lt(0), fill(x.shape(), x.dataType(), -1),
            fill(x.shape(), x.dataType(), 1));
        put(u, Layout.contiguous(new long[] {batch, 1, 1}), sign);
        put(vh, Layout.contiguous(new long[] {batch, 1, 1}), fill(x.shape(), x.dataType(), 1));
      }
      return;
    }
    // iArgs (fullUV, calcUV, switchNum) as libnd4j's svd reads them: ND4J 1.0.0-M2.1's Svd
    // wrapper passes the two flags as bool args, which the op's shape function rejects
    INDArray[] r = Nd4j.exec(DynamicCustomOp.builder("svd").addInputs(x)
        .addIntegerArguments(full ? 1 : 0, uv ? 1 : 0, 16).build());
    put(s, Layout.contiguous(new long[] {batch, k}), r[0].reshape(batch, k));
    if (uv) {
      long uc = full ? m : k;
      long vr = full ? n : k;
      put(u, Layout.contiguous(new long[] {batch, m, uc}), r[1].reshape(batch, m, uc));
      put(vh, Layout.contiguous(new long[] {batch, vr, n}),
          r[2].reshape(batch, n, vr).permute(0, 2, 1));
    }
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
      case THRESHOLD_BACKWARD -> {
        // b <= s ? 0 : a (a NaN in b fails the test and passes a, as in PyTorch).
        INDArray o = x.ulike();
        Nd4j.exec(DynamicCustomOp.builder("select").addInputs(y.lte(s), Nd4j.zerosLike(x), x)
            .addOutputs(o).build());
        yield o;
      }
    };
    put(out, ol, r);
  }
}
