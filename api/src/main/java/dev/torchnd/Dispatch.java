package dev.torchnd;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.PointwiseOp;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.spi.ScatterReduceOp;
import dev.torchnd.spi.Storage;
import dev.torchnd.spi.UnaryOp;

/**
 * The {@link Backend} API code calls: forwards each operation to the backend of the device its
 * storages live on, reports PyTorch's device-mismatch error, copies between devices, and lets a
 * CPU scalar join a CUDA op (PyTorch's TensorIterator allows 0-d CPU operands there).
 */
final class Dispatch implements Backend {
  /**
   * {@code -Dtorchnd.deviceOnly=true} (the build's device pass): any CPU storage reaching a
   * kernel is an error, which proves that every tensor of the pass lives on the device.
   */
  private static final boolean DEVICE_ONLY = Boolean.getBoolean("torchnd.deviceOnly");

  private final Backend cpu;

  Dispatch(Backend cpu) {
    this.cpu = cpu;
  }

  private Backend of(Storage s) {
    Device d = s.device();
    return d == Device.CPU ? cpuChecked() : Backends.of(d);
  }

  private Backend current() {
    Device d = Devices.current();
    return d == Device.CPU ? cpuChecked() : Backends.of(d);
  }

  private Backend cpuChecked() {
    if (DEVICE_ONLY) {
      throw new IllegalStateException(
          "a cpu tensor reached a kernel under -Dtorchnd.deviceOnly=true");
    }
    return cpu;
  }

  @Override
  public String name() {
    return "dispatch";
  }

  /** The router itself is no device's: it reports the cpu backend's device. */
  @Override
  public String deviceType() {
    return cpu.deviceType();
  }

  @Override
  public int deviceCount() {
    return cpu.deviceCount();
  }

  @Override
  public int numThreads() {
    return cpu.numThreads();
  }

  @Override
  public void setNumThreads(int n) {
    cpu.setNumThreads(n);
  }

  @Override
  public Storage allocate(DType dtype, long numel) {
    return current().allocate(dtype, numel);
  }

  @Override
  public Storage allocateUninitialized(DType dtype, long numel) {
    return current().allocateUninitialized(dtype, numel);
  }

  @Override
  public Storage fromDoubles(DType dtype, double[] data) {
    return current().fromDoubles(dtype, data);
  }

  @Override
  public Storage fromLongs(DType dtype, long[] data) {
    return current().fromLongs(dtype, data);
  }

  @Override
  public Storage fromFloats(float[] data) {
    return current().fromFloats(data);
  }

  @Override
  public double getDouble(Storage s, long index) {
    return of(s).getDouble(s, index);
  }

  @Override
  public long getLong(Storage s, long index) {
    return of(s).getLong(s, index);
  }

  @Override
  public void setDouble(Storage s, long index, double value) {
    of(s).setDouble(s, index, value);
  }

  @Override
  public void setLong(Storage s, long index, long value) {
    of(s).setLong(s, index, value);
  }

  @Override
  public double[] readDoubles(Storage s, long offset, int n) {
    return of(s).readDoubles(s, offset, n);
  }

  @Override
  public long[] readLongs(Storage s, long offset, int n) {
    return of(s).readLongs(s, offset, n);
  }

  /** Copies across devices too, as PyTorch's {@code copy_} does (the only op allowed to mix). */
  @Override
  public void copy(Storage src, Layout srcLayout, Storage dst, Layout dstLayout) {
    Device sd = src.device();
    Device dd = dst.device();
    if (sd.equals(dd)) {
      of(src).copy(src, srcLayout, dst, dstLayout);
      return;
    }
    Storage staged = toDevice(src, srcLayout, dst.dtype(), dd);
    of(dst).copy(staged, Layout.contiguous(srcLayout.shape()), dst, dstLayout);
  }

  /**
   * The elements of {@code src} (laid out as {@code layout}) as a new contiguous storage of
   * {@code dtype} on {@code target}: cast on the source device, one bulk transfer through the
   * host.
   */
  private Storage toDevice(Storage src, Layout layout, DType dtype, Device target) {
    Backend from = of(src);
    Backend to = target == Device.CPU ? cpu : Backends.of(target);
    long n = layout.numel();
    Storage c = from.allocateUninitialized(dtype, n);
    from.copy(src, layout, c, Layout.contiguous(layout.shape()));
    Storage out;
    if (dtype.is_floating_point()) {
      out = to.fromDoubles(dtype, from.readDoubles(c, 0, (int) n));
    } else {
      out = to.fromLongs(dtype, from.readLongs(c, 0, (int) n));
    }
    c.close();
    return out;
  }

  @Override
  public void fill(Storage dst, Layout layout, double value) {
    of(dst).fill(dst, layout, value);
  }

  @Override
  public void fillLong(Storage dst, Layout layout, long value) {
    of(dst).fillLong(dst, layout, value);
  }

  @Override
  public void unary(UnaryOp op, Storage src, Layout srcLayout, Storage dst, Layout dstLayout) {
    sameDevice(dst, src);
    of(dst).unary(op, src, srcLayout, dst, dstLayout);
  }

  @Override
  public void binary(
      BinaryOp op, Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    Device d = common(out, a, b);
    if (d != Device.CPU) {
      Storage a2 = scalarOnto(a, al, d);
      al = a2 == a ? al : scalarLayout(al);
      a = a2;
      Storage b2 = scalarOnto(b, bl, d);
      bl = b2 == b ? bl : scalarLayout(bl);
      b = b2;
      check(d, out, ol, a, al, b, bl);
    }
    of(out).binary(op, a, al, b, bl, out, ol);
  }

  @Override
  public void where(
      Storage cond, Layout cl, Storage a, Layout al, Storage b, Layout bl, Storage out,
      Layout ol) {
    Device d = common(out, cond, a, b);
    if (d != Device.CPU) {
      Storage c2 = scalarOnto(cond, cl, d);
      cl = c2 == cond ? cl : scalarLayout(cl);
      cond = c2;
      Storage a2 = scalarOnto(a, al, d);
      al = a2 == a ? al : scalarLayout(al);
      a = a2;
      Storage b2 = scalarOnto(b, bl, d);
      bl = b2 == b ? bl : scalarLayout(bl);
      b = b2;
      check(d, out, ol, cond, cl, a, al, b, bl);
    }
    of(out).where(cond, cl, a, al, b, bl, out, ol);
  }

  @Override
  public void reduce(ReduceOp op, Storage src, Layout srcLayout, int[] dims, Storage out, Layout ol) {
    sameDevice(out, src);
    of(src).reduce(op, src, srcLayout, dims, out, ol);
  }

  @Override
  public void scan(ScanOp op, Storage src, Layout srcLayout, int dim, Storage out, Layout ol) {
    sameDevice(out, src);
    of(src).scan(op, src, srcLayout, dim, out, ol);
  }

  @Override
  public void matmul(Storage a, Layout al, Storage b, Layout bl, Storage out, Layout ol) {
    sameDevice(out, a, b);
    of(a).matmul(a, al, b, bl, out, ol);
  }

  @Override
  public void matmulAdd(
      Storage a, Layout al, Storage b, Layout bl, Storage c, Layout cl, Storage out, Layout ol) {
    sameDevice(out, a, b, c);
    of(a).matmulAdd(a, al, b, bl, c, cl, out, ol);
  }

  @Override
  public void gather(Storage src, long[] offsets, Storage out) {
    sameDevice(out, src);
    of(src).gather(src, offsets, out);
  }

  @Override
  public void scatter(
      Storage src, Layout srcLayout, Storage dst, long[] offsets, boolean accumulate) {
    Device d = dst.device();
    Storage s2 = scalarOnto(src, srcLayout, d);
    srcLayout = s2 == src ? srcLayout : scalarLayout(srcLayout);
    src = s2;
    sameDevice(dst, src);
    of(dst).scatter(src, srcLayout, dst, offsets, accumulate);
  }

  @Override
  public void gather(Storage src, Storage offsets, Layout offsetsLayout, Storage out) {
    sameDevice(out, src, offsets);
    of(src).gather(src, offsets, offsetsLayout, out);
  }

  @Override
  public void scatter(
      Storage src, Layout srcLayout, Storage dst, Storage offsets, Layout offsetsLayout,
      boolean accumulate) {
    Device d = dst.device();
    Storage s2 = scalarOnto(src, srcLayout, d);
    srcLayout = s2 == src ? srcLayout : scalarLayout(srcLayout);
    src = s2;
    sameDevice(dst, src, offsets);
    of(dst).scatter(src, srcLayout, dst, offsets, offsetsLayout, accumulate);
  }

  @Override
  public void scatterReduce(
      ScatterReduceOp op, Storage src, Layout srcLayout, Storage dst, long[] offsets) {
    Device d = dst.device();
    Storage s2 = scalarOnto(src, srcLayout, d);
    srcLayout = s2 == src ? srcLayout : scalarLayout(srcLayout);
    src = s2;
    sameDevice(dst, src);
    of(dst).scatterReduce(op, src, srcLayout, dst, offsets);
  }

  @Override
  public void sort(
      Storage src, Layout sl, boolean descending, boolean stable, Storage values, Layout vl,
      Storage indices, Layout il) {
    sameDevice(src, values, indices);
    of(src).sort(src, sl, descending, stable, values, vl, indices, il);
  }

  @Override
  public void topk(
      Storage src, Layout sl, int k, boolean largest, boolean sorted, Storage values, Layout vl,
      Storage indices, Layout il) {
    sameDevice(src, values, indices);
    of(src).topk(src, sl, k, largest, sorted, values, vl, indices, il);
  }

  @Override
  public void det(Storage a, Layout al, Storage out) {
    sameDevice(a, out);
    of(a).det(a, al, out);
  }

  @Override
  public void inverse(Storage a, Layout al, Storage out, long[] info) {
    sameDevice(a, out);
    of(a).inverse(a, al, out, info);
  }

  @Override
  public void svd(Storage a, Layout al, boolean full, Storage u, Storage s, Storage vh) {
    if (u == null) {
      sameDevice(a, s);
    } else {
      sameDevice(a, u, s, vh);
    }
    of(a).svd(a, al, full, u, s, vh);
  }

  @Override
  public void pointwise(
      PointwiseOp op, double scalar, Storage a, Layout al, Storage b, Layout bl, Storage c,
      Layout cl, Storage out, Layout ol) {
    if (c == null) {
      sameDevice(out, a, b);
    } else {
      sameDevice(out, a, b, c);
    }
    of(out).pointwise(op, scalar, a, al, b, bl, c, cl, out, ol);
  }

  @Override
  public boolean exportBytes(Storage s, long start, int count, java.nio.ByteBuffer dst) {
    return of(s).exportBytes(s, start, count, dst);
  }

  @Override
  public boolean importBytes(Storage s, long start, int count, java.nio.ByteBuffer src) {
    return of(s).importBytes(s, start, count, src);
  }

  // ---------------------------------------------------------------- device rules

  /** TensorIterator's common device: the first non-CPU operand's (outputs come first). */
  private static Device common(Storage... ss) {
    for (Storage s : ss) {
      Device d = s.device();
      if (d != Device.CPU) {
        return d;
      }
    }
    return Device.CPU;
  }

  /** A CPU operand that is one element broadcast (a 0-d tensor) moves to {@code d}. */
  private Storage scalarOnto(Storage s, Layout l, Device d) {
    if (d == Device.CPU || s.device() != Device.CPU || !allZero(l.strides()) || l.numel() == 0) {
      return s;
    }
    DType t = s.dtype();
    Backend to = Backends.of(d);
    return t.is_floating_point()
        ? to.fromDoubles(t, new double[] {cpu.getDouble(s, l.offset())})
        : to.fromLongs(t, new long[] {cpu.getLong(s, l.offset())});
  }

  private static Layout scalarLayout(Layout l) {
    return new Layout(l.shape(), new long[l.shape().length], 0);
  }

  private static boolean allZero(long[] strides) {
    for (long st : strides) {
      if (st != 0) {
        return false;
      }
    }
    return true;
  }

  private static void check(Device common, Object... storagesAndLayouts) {
    for (int i = 0; i < storagesAndLayouts.length; i += 2) {
      Device d = ((Storage) storagesAndLayouts[i]).device();
      if (!d.equals(common)) {
        throw Devices.mismatch(common, d);
      }
    }
  }

  private static void sameDevice(Storage... ss) {
    Device c = common(ss);
    for (Storage s : ss) {
      if (!s.device().equals(c)) {
        throw Devices.mismatch(c, s.device());
      }
    }
  }
}
