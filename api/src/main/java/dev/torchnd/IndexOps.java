package dev.torchnd;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ScatterReduceOp;
import dev.torchnd.spi.UnaryOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Ops that move elements by index: gather/scatter, index_select, masked_fill/masked_select,
 * flip, roll, repeat, repeat_interleave, diag, tril/triu. Each is planned here as a list of
 * row-major source positions ({@link #take}) or destination positions ({@link #put}); the
 * backend's {@link Backend#gather}/{@link Backend#scatter} move the elements. {@code take} and
 * {@code put} are each other's adjoint and both record, so gradients of any order flow.
 */
final class IndexOps {
  private IndexOps() {}

  // ------------------------------------------------------------------ primitives

  /** Row-major positions of {@code t} converted to storage offsets. */
  static long[] storageOffsets(Tensor t, long[] lin) {
    long[] out = new long[lin.length];
    if (t.is_contiguous()) {
      for (int i = 0; i < lin.length; i++) {
        out[i] = t.offset + lin[i];
      }
      return out;
    }
    int nd = t.dim();
    for (int i = 0; i < lin.length; i++) {
      long rem = lin[i];
      long o = t.offset;
      for (int d = nd - 1; d >= 0; d--) {
        long s = t.shape[d];
        o += (rem % s) * t.strides[d];
        rem /= s;
      }
      out[i] = o;
    }
    return out;
  }

  /** {@code out.flat[k] = src.flat[lin[k]]}: a new contiguous tensor of {@code outShape}. */
  static Tensor take(Tensor src, long[] outShape, long[] lin, String name) {
    Tensor out = Tensor.uninit(outShape, src.dtype(), src.device()); // device support
    if (lin.length > 0) {
      Backends.get().gather(src.storage, storageOffsets(src, lin), out.storage);
    }
    long[] inShape = src.shapeArray();
    return Autograd.record(
        out, name, new Tensor[] {src}, g -> new Tensor[] {put(g, inShape, lin, "TakeBackward0")});
  }

  /** {@code out = zeros(shape); out.flat[lin[k]] += src.flat[k]}; the adjoint of {@link #take}. */
  static Tensor put(Tensor src, long[] shape, long[] lin, String name) {
    Tensor out = Tensor.empty(shape, src.dtype(), src.device()); // device support
    if (lin.length > 0) {
      Backends.get().scatter(src.storage, src.layout(), out.storage, lin, true);
    }
    long[] srcShape = src.shapeArray();
    return Autograd.record(
        out, name, new Tensor[] {src}, g -> new Tensor[] {take(g, srcShape, lin, "PutBackward0")});
  }

  // ---- the device path: index plans as int64 tensors on the device ----

  /**
   * Whether {@code t}'s index plan is computed as tensors where it lives (a {@code cuda} tensor):
   * the index then never goes to the host, as the device kernels of PyTorch read it.
   */
  static boolean onDevice(Tensor t) {
    return t.storage.device() != Device.CPU;
  }

  /** The position invalid indices map to: past every storage, so the backend's gather throws. */
  static final long OUT_OF_RANGE = Long.MAX_VALUE / 4;

  /**
   * Row-major positions in a tensor of {@code shape} read (or written) by the elements of a box
   * of {@code box} sizes whose coordinate along {@code dim} is {@code index} (of {@code box}'s
   * rank, broadcasting to it) and whose other coordinates are their own: a contiguous int64
   * tensor of {@code box}'s sizes on the index's device. Where the index is outside {@code [0,
   * bound)} the position is {@link #OUT_OF_RANGE}, for the backend to refuse.
   */
  static Tensor positions(long[] shape, long[] box, int dim, Tensor index, long bound) {
    long[] cs = Layout.contiguousStrides(nonempty(shape));
    long[] bs = nonempty(box);
    Device dev = index.device();
    try (var g = new Autograd.NoGrad()) {
      Tensor idx = index.castTo(DType.int64);
      Tensor lin = idx.mul(cs[dim]);
      for (int k = 0; k < bs.length; k++) {
        if (k == dim || bs[k] == 1) {
          continue;
        }
        long[] rs = new long[bs.length];
        Arrays.fill(rs, 1);
        rs[k] = bs[k];
        lin = lin.add(Torch.arange(bs[k], DType.int64, dev).mul(cs[k]).reshape(rs));
      }
      Tensor bad = idx.lt(0L).logical_or(idx.ge(bound));
      return lin.masked_fill(bad, OUT_OF_RANGE).expand(bs).contiguous().castTo(DType.int64);
    }
  }

  /** As {@link #take}, by positions held in an int64 tensor on {@code src}'s device. */
  static Tensor take(Tensor src, long[] outShape, Tensor lin, String name) {
    Tensor out = Tensor.uninit(outShape, src.dtype(), src.device());
    if (lin.numel() > 0) {
      Tensor data = src.is_contiguous() ? src : src.rawCopy(src.dtype());
      Tensor off = lin;
      if (data.offset != 0) {
        try (var g = new Autograd.NoGrad()) {
          off = lin.add(data.offset);
        }
      }
      Backends.get().gather(data.storage, off.storage, off.layout(), out.storage);
    }
    long[] inShape = src.shapeArray();
    return Autograd.record(
        out, name, new Tensor[] {src}, g -> new Tensor[] {put(g, inShape, lin, "TakeBackward0")});
  }

  /** As {@link #put}, by positions held in an int64 tensor on {@code src}'s device. */
  static Tensor put(Tensor src, long[] shape, Tensor lin, String name) {
    Tensor out = Tensor.empty(shape, src.dtype(), src.device());
    if (lin.numel() > 0) {
      Backends.get().scatter(src.storage, src.layout(), out.storage, lin.storage, lin.layout(), true);
    }
    long[] srcShape = src.shapeArray();
    return Autograd.record(
        out, name, new Tensor[] {src}, g -> new Tensor[] {take(g, srcShape, lin, "PutBackward0")});
  }

  /**
   * Row-major positions of a source of {@code srcShape} read by an output of {@code outShape}
   * whose coordinate {@code i} along dim {@code d} reads source coordinate {@code maps[d][i]}.
   */
  static long[] mapped(long[] srcShape, long[] outShape, long[][] maps) {
    int nd = outShape.length;
    long[] cs = Layout.contiguousStrides(srcShape);
    long n = Shapes.numel(outShape);
    long[] lin = new long[Math.toIntExact(n)];
    if (n == 0) {
      return lin;
    }
    long[] idx = new long[nd];
    long cur = 0;
    for (int d = 0; d < nd; d++) {
      cur += maps[d][0] * cs[d];
    }
    for (int k = 0; k < n; k++) {
      lin[k] = cur;
      for (int d = nd - 1; d >= 0; d--) {
        cur -= maps[d][(int) idx[d]] * cs[d];
        idx[d]++;
        if (idx[d] < outShape[d]) {
          cur += maps[d][(int) idx[d]] * cs[d];
          break;
        }
        idx[d] = 0;
        cur += maps[d][0] * cs[d];
      }
    }
    return lin;
  }

  static long[] identity(long n) {
    long[] m = new long[(int) n];
    for (int i = 0; i < n; i++) {
      m[i] = i;
    }
    return m;
  }

  /** Sizes of a 0-d tensor seen as one element of a 1-d tensor (PyTorch's ensure_nonempty). */
  private static long[] nonempty(long[] shape) {
    return shape.length == 0 ? new long[] {1} : shape;
  }

  // ------------------------------------------------------------------ gather / scatter

  private static void checkLongIndex(String op, Tensor index) {
    if (index.numel() != 0 && index.dtype() != DType.int64) {
      throw new IllegalArgumentException(op + "(): Expected dtype int64 for index");
    }
  }

  /** Row-major positions in a tensor of {@code shape} addressed by {@code index} along dim. */
  private static long[] alongDim(long[] shape, int dim, Tensor index, long bound, int reportDim) {
    long[] is = nonempty(index.shapeArray());
    long[] cs = Layout.contiguousStrides(nonempty(shape));
    long[] vals = index.toLongArray();
    long[] lin = new long[vals.length];
    int nd = is.length;
    long[] pos = new long[nd];
    for (int k = 0; k < vals.length; k++) {
      long v = vals[k];
      if (v < 0 || v >= bound) {
        throw new IndexOutOfBoundsException(
            "index " + v + " is out of bounds for dimension " + reportDim + " with size " + bound);
      }
      long o = 0;
      for (int d = 0; d < nd; d++) {
        o += (d == dim ? v : pos[d]) * cs[d];
      }
      lin[k] = o;
      for (int d = nd - 1; d >= 0; d--) {
        if (++pos[d] < is[d]) {
          break;
        }
        pos[d] = 0;
      }
    }
    return lin;
  }

  /** Row-major positions in a tensor of {@code shape} of each element of a sub-box {@code box}. */
  private static long[] box(long[] shape, long[] box) {
    long[][] maps = new long[box.length][];
    for (int d = 0; d < box.length; d++) {
      maps[d] = identity(box[d]);
    }
    return mapped(shape, box, maps);
  }

  static Tensor gather(Tensor self, int dim, Tensor index) {
    int d = Shapes.wrapDim(dim, self.dim());
    checkLongIndex("gather", index);
    if (index.numel() == 0) {
      return Autograd.record(
          Tensor.empty(index.shapeArray(), self.dtype(), self.device()), "GatherBackward0", new Tensor[] {self},
          g -> new Tensor[] {Torch.zeros(self.shapeArray(), g.dtype())});
    }
    long[] ss = nonempty(self.shapeArray());
    long[] is = nonempty(index.shapeArray());
    if (ss.length != is.length) {
      throw new IllegalArgumentException(
          "Index tensor must have the same number of dimensions as input tensor");
    }
    for (int i = 0; i < ss.length; i++) {
      if (i != d && is[i] > ss[i]) {
        throw new IllegalArgumentException(
            "Size does not match at dimension " + i + " expected index " + Shapes.list(index.shapeArray())
                + " to be smaller than self " + Shapes.list(self.shapeArray())
                + " apart from dimension " + d);
      }
    }
    if (onDevice(self) && onDevice(index)) {
      Tensor lin = positions(self.shapeArray(), is, d, index.reshape(is), ss[d]);
      try {
        return take(self, index.shapeArray(), lin, "GatherBackward0");
      } catch (RuntimeException e) {
        alongDim(self.shapeArray(), d, index, ss[d], d); // PyTorch's error for the bad index
        throw e;
      }
    }
    long[] lin = alongDim(self.shapeArray(), d, index, ss[d], d);
    Tensor out = take(self, index.shapeArray(), lin, "GatherBackward0");
    return out;
  }

  private static void scatterChecks(String op, Tensor self, int d, Tensor index, Tensor src) {
    checkLongIndex(op, index);
    if (src != null && self.dtype() != src.dtype()) {
      throw new IllegalArgumentException(op + "(): Expected self.dtype to be equal to src.dtype");
    }
    if (index.numel() == 0) {
      return;
    }
    long[] ss = nonempty(self.shapeArray());
    long[] is = nonempty(index.shapeArray());
    if (ss.length != is.length) {
      throw new IllegalArgumentException(
          "Index tensor must have the same number of dimensions as self tensor");
    }
    boolean wrong = false;
    for (int i = 0; i < ss.length; i++) {
      if (i != d && is[i] > ss[i]) {
        wrong = true;
        break;
      }
    }
    if (src != null) {
      long[] rs = nonempty(src.shapeArray());
      if (!wrong) {
        for (int i = 0; i < ss.length; i++) {
          long srcSize = src.dim() == 0 ? 1 : src.shape[Shapes.wrapDim(i, src.dim())];
          if (is[i] > srcSize) {
            wrong = true;
            break;
          }
        }
      }
      if (rs.length != is.length) {
        throw new IllegalArgumentException(
            "Index tensor must have the same number of dimensions as src tensor");
      }
      if (wrong) {
        throw new IllegalArgumentException(
            "Expected index " + Shapes.list(index.shapeArray()) + " to be smaller than self "
                + Shapes.list(self.shapeArray()) + " apart from dimension " + d
                + " and to be smaller size than src " + Shapes.list(src.shapeArray()));
      }
    } else if (wrong) {
      throw new IllegalArgumentException(
          "Expected index " + Shapes.list(index.shapeArray()) + " to be smaller than self "
              + Shapes.list(self.shapeArray()) + " apart from dimension " + d);
    }
  }

  /**
   * {@code self.scatter(dim, index, src)} ({@code src} null: {@code value}); with {@code add},
   * scatter_add. Out of place; the in-place forms copy the result back.
   */
  static Tensor scatter(Tensor self, int dim, Tensor index, Tensor src, Tensor value, boolean add) {
    // PyTorch's checks name scatter_add "scatter" too.
    String op = "scatter";
    int d = Shapes.wrapDim(dim, self.dim());
    scatterChecks(op, self, d, index, src);
    Tensor out = self.rawCopy(self.dtype());
    long[] srcLin = null;
    long[] lin = new long[0];
    if (index.numel() > 0) {
      long bound = nonempty(self.shapeArray())[d];
      boolean dev = onDevice(out) && onDevice(index);
      long[] is = nonempty(index.shapeArray());
      Tensor linT = dev ? positions(self.shapeArray(), is, d, index.reshape(is), bound) : null;
      if (!dev) {
        lin = alongDim(self.shapeArray(), d, index, bound, d);
      }
      Tensor vals;
      if (src != null) {
        srcLin = box(nonempty(src.shapeArray()), nonempty(index.shapeArray()));
        vals = Tensor.uninit(index.shapeArray(), self.dtype(), self.device()); // device support
        Backends.get().gather(src.storage, storageOffsets(src, srcLin), vals.storage);
      } else {
        ScalarCheck.check(value, self.dtype());
        vals = value.castTo(self.dtype()).expand(index.shapeArray());
      }
      if (dev) {
        try {
          Backends.get().scatter(
              vals.storage, vals.layout(), out.storage, linT.storage, linT.layout(), add);
        } catch (RuntimeException e) {
          alongDim(self.shapeArray(), d, index, bound, d); // PyTorch's error for the bad index
          throw e;
        }
      } else {
        Backends.get().scatter(vals.storage, vals.layout(), out.storage, lin, add);
      }
    }
    long[] srcShape = src == null ? null : src.shapeArray();
    long[] srcLinF = srcLin;
    long[] idxShape = index.shapeArray();
    String name = add ? "ScatterAddBackward0" : src != null ? "ScatterBackward0" : "ScatterBackward1";
    Tensor[] inputs = src != null ? new Tensor[] {self, src} : new Tensor[] {self};
    return Autograd.record(
        out,
        name,
        inputs,
        g -> {
          Tensor gs = add ? g : scatter(g, d, index, null, Torch.zeros(new long[0], g.dtype()), false);
          if (src == null) {
            return new Tensor[] {gs};
          }
          Tensor picked = gather(g, d, index);
          Tensor gsrc =
              Arrays.equals(srcShape, idxShape) ? picked
                  : index.numel() == 0 ? Torch.zeros(srcShape, g.dtype())
                  : put(picked, srcShape, srcLinF, "PutBackward0");
          return new Tensor[] {gs, gsrc};
        },
        index);
  }

  /** Whether some elements of {@code t} share one memory location (a broadcast dim). */
  static boolean overlaps(Tensor t) {
    for (int i = 0; i < t.dim(); i++) {
      if (t.strides[i] == 0 && t.shape[i] > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes {@code value} at row-major positions {@code lin} of {@code self} only, in order: how
   * PyTorch's masked_fill_/index_fill_/tril_ kernels act on a receiver whose elements share
   * memory (they do not refuse one, unlike most in-place ops).
   */
  private static Tensor fillAt(Tensor self, long[] lin, Tensor value) {
    if (lin.length > 0) {
      Tensor v = value.castTo(self.dtype()).expand(new long[] {lin.length});
      Backends.get().scatter(v.storage, v.layout(), self.storage, storageOffsets(self, lin), false);
    }
    self.bumpVersion();
    return self;
  }

  static Tensor maskedFillInplace(Tensor self, Tensor mask, Tensor value) {
    Autograd.checkInplace(self);
    if (!overlaps(self) || Autograd.needsGrad(self, value)) {
      return inplace(self, maskedFill(self, mask, value, true));
    }
    maskedFill(self.detach(), mask, value, true); // PyTorch's checks, same order
    return fillAt(self, positionsWhere(boolMask(mask).expand(self.shapeArray())), value);
  }

  static Tensor indexFillInplace(Tensor self, int dim, Tensor index, Tensor value) {
    Autograd.checkInplace(self);
    if (!overlaps(self) || Autograd.needsGrad(self)) {
      return inplace(self, indexFill(self, dim, index, value));
    }
    indexFill(self.detach(), dim, index, value);
    int d = Shapes.wrapDim(dim, self.dim());
    long size = self.dim() == 0 ? 1 : self.shape[d];
    long[] vals = index.toLongArray();
    for (int k = 0; k < vals.length; k++) {
      vals[k] = vals[k] < 0 ? vals[k] + size : vals[k];
    }
    return fillAt(self, slicesAt(nonempty(self.shapeArray()), d, vals), value);
  }

  static Tensor triangleInplace(Tensor self, long k, boolean lower) {
    Autograd.checkInplace(self);
    Tensor result = triangle(self, k, lower);
    if (!overlaps(self) || Autograd.needsGrad(self)) {
      return inplace(self, result);
    }
    long rows = self.shape[self.dim() - 2];
    long cols = self.shape[self.dim() - 1];
    long n = self.numel();
    long[] lin = new long[(int) n];
    int p = 0;
    for (long i = 0; i < n; i++) {
      long r = (i / cols) % rows;
      long c = i % cols;
      if (lower ? c - r > k : c - r < k) {
        lin[p++] = i;
      }
    }
    return fillAt(self, Arrays.copyOf(lin, p), Torch.scalar(0L));
  }

  private static long[] positionsWhere(Tensor boolMask) {
    boolean[] bits = boolMask.toBooleanArray();
    int count = 0;
    for (boolean b : bits) {
      if (b) {
        count++;
      }
    }
    long[] lin = new long[count];
    for (int i = 0, j = 0; i < bits.length; i++) {
      if (bits[i]) {
        lin[j++] = i;
      }
    }
    return lin;
  }

  /** In place through {@code copy_}, under the out-of-place op's node name. */
  static Tensor inplace(Tensor self, Tensor result) {
    Elementwise.checkNoInternalOverlap(self);
    self.copy_(result);
    return result.gradFn == null ? self : Autograd.rename(self, result.gradFn.name);
  }

  // ------------------------------------------------------------------ index_select

  static Tensor indexSelect(Tensor self, int dim, Tensor index) {
    int d = Shapes.wrapDim(dim, self.dim());
    long n = index.numel();
    if (index.dim() > 1) {
      throw new IndexOutOfBoundsException("index_select(): Index is supposed to be a vector");
    }
    if (index.dtype() != DType.int64 && index.dtype() != DType.int32) {
      throw new IllegalArgumentException("index_select(): Expected dtype int32 or int64 for index");
    }
    long size = nonempty(self.shapeArray())[d];
    if (self.dim() > 0 && onDevice(self) && onDevice(index)) {
      long[] outShape = self.shapeArray();
      outShape[d] = n;
      long[] rs = new long[outShape.length];
      Arrays.fill(rs, 1);
      rs[d] = n;
      Tensor lin = positions(self.shapeArray(), outShape, d, index.reshape(rs), size);
      try {
        return take(self, outShape, lin, "IndexSelectBackward0");
      } catch (RuntimeException e) {
        inRange(index.toLongArray(), size);
        throw e;
      }
    }
    long[] vals = index.toLongArray();
    inRange(vals, size);
    if (self.dim() == 0) {
      return take(self, new long[0], new long[] {0}, "IndexSelectBackward0");
    }
    return selectAlong(self, d, vals, "IndexSelectBackward0");
  }

  /** PyTorch's check of index_select's and index_add_'s indices. */
  private static void inRange(long[] vals, long size) {
    for (long v : vals) {
      if (v < 0 || v >= size) {
        throw new IndexOutOfBoundsException("index out of range in self");
      }
    }
  }

  /** A copy of {@code self} whose coordinate {@code i} along {@code d} is source {@code src[i]}. */
  static Tensor selectAlong(Tensor self, int d, long[] src, String name) {
    long[] outShape = self.shapeArray();
    outShape[d] = src.length;
    long[][] maps = new long[outShape.length][];
    for (int k = 0; k < outShape.length; k++) {
      maps[k] = k == d ? src : identity(outShape[k]);
    }
    return take(self, outShape, mapped(self.shapeArray(), outShape, maps), name);
  }

  // ------------------------------------------------------------------ masks

  /**
   * masked_fill's mask as bool: PyTorch 1.13 also takes uint8 (deprecated) and other integral
   * masks holding only 0 and 1.
   */
  private static Tensor boolMask(Tensor mask) {
    if (mask.dtype() == DType.bool) {
      return mask;
    }
    if (!mask.dtype().isIntegral()) {
      throw new IllegalArgumentException(
          "masked_fill_ only supports boolean masks, but got mask with dtype "
              + mask.dtype().scalarTypeName());
    }
    if (mask.dtype() != DType.uint8) {
      for (long v : mask.toLongArray()) {
        if (v != 0 && v != 1) {
          throw new IllegalArgumentException("Mask tensor can take 0 and 1 values only");
        }
      }
    }
    return mask.ne(0L);
  }

  static Tensor maskedFill(Tensor self, Tensor mask, Tensor value, boolean inplace) {
    mask = boolMask(mask);
    Tensor v;
    String name;
    if (value.wrappedNumber) {
      ScalarCheck.check(value, self.dtype());
      v = value.castTo(self.dtype());
      v.wrappedNumber = false;
      name = "MaskedFillBackward0";
    } else {
      if (value.dim() != 0) {
        throw new IllegalArgumentException(
            "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                + value.dim() + " dimension(s).");
      }
      v = value.to(self.dtype());
      name = "MaskedFillBackward1";
    }
    Tensor m = mask;
    if (inplace) {
      long[] b = Shapes.broadcast(mask.shapeArray(), self.shapeArray());
      if (!Arrays.equals(b, self.shapeArray())) {
        throw new IllegalArgumentException(
            "output with shape " + Shapes.list(self.shapeArray())
                + " doesn't match the broadcast shape " + Shapes.list(b));
      }
      m = mask.expand(self.shapeArray());
    }
    return Autograd.rename(Torch.where(m, v, self), name);
  }

  static Tensor maskedSelect(Tensor self, Tensor mask) {
    if (mask.dtype() != DType.bool && mask.dtype() != DType.uint8) {
      throw new IllegalArgumentException("masked_select: expected BoolTensor or ByteTensor for mask");
    }
    long[] shape = Shapes.broadcast(mask.shapeArray(), self.shapeArray());
    Tensor m = (mask.dtype() == DType.bool ? mask : mask.ne(0L)).expand(shape);
    Tensor s = self.expand(shape);
    boolean[] bits = m.toBooleanArray();
    int count = 0;
    for (boolean b : bits) {
      if (b) {
        count++;
      }
    }
    long[] lin = new long[count];
    for (int i = 0, j = 0; i < bits.length; i++) {
      if (bits[i]) {
        lin[j++] = i;
      }
    }
    return take(s, new long[] {count}, lin, "MaskedSelectBackward0");
  }

  /** Row-major positions of the non-zero (true, non-zero, NaN) elements of {@code t}. */
  static long[] nonzeroPositions(Tensor t) {
    Tensor b = t.dtype() == DType.bool ? t : t.ne(0L);
    boolean[] bits = b.toBooleanArray();
    int count = 0;
    for (boolean x : bits) {
      if (x) {
        count++;
      }
    }
    long[] out = new long[count];
    for (int i = 0, j = 0; i < bits.length; i++) {
      if (bits[i]) {
        out[j++] = i;
      }
    }
    return out;
  }

  /** {@code torch.nonzero(t)}: an [n, ndim] int64 tensor of coordinates. */
  static Tensor nonzero(Tensor t) {
    long[] pos = nonzeroPositions(t);
    int nd = t.dim();
    long[] coords = new long[pos.length * nd];
    long[] cs = Layout.contiguousStrides(t.shapeArray());
    for (int i = 0; i < pos.length; i++) {
      long rem = pos[i];
      for (int d = 0; d < nd; d++) {
        coords[i * nd + d] = t.shape[d] == 0 ? 0 : rem / cs[d];
        rem -= coords[i * nd + d] * cs[d];
      }
    }
    return Torch.tensor(coords, new long[] {pos.length, nd}, DType.int64);
  }

  /** {@code torch.nonzero(t, as_tuple=True)}: one int64 vector of coordinates per dim. */
  static Tensor[] nonzeroTuple(Tensor t) {
    if (t.dim() == 0) {
      return new Tensor[] {Torch.zeros(new long[] {nonzeroPositions(t).length}, DType.int64)};
    }
    Tensor nz = nonzero(t);
    Tensor[] out = new Tensor[t.dim()];
    for (int d = 0; d < out.length; d++) {
      out[d] = nz.select(1, d).contiguous();
    }
    return out;
  }

  // ------------------------------------------------------------------ flip / roll

  static Tensor flip(Tensor self, int[] dims) {
    int nd = self.dim();
    boolean[] flipped = new boolean[Math.max(nd, 1)];
    int unique = 0;
    for (int dim : dims) {
      int d = Shapes.wrapDim(dim, nd);
      if (!flipped[d]) {
        unique++;
      }
      flipped[d] = true;
    }
    if (unique != dims.length) {
      throw new IllegalArgumentException("dim " + firstRepeat(dims, nd)
          + " appears multiple times in the list of dims");
    }
    long[] shape = self.shapeArray();
    long[][] maps = new long[nd][];
    for (int d = 0; d < nd; d++) {
      maps[d] = identity(shape[d]);
      if (flipped[d]) {
        for (int i = 0; i < shape[d]; i++) {
          maps[d][i] = shape[d] - 1 - i;
        }
      }
    }
    return take(self, shape, mapped(shape, shape, maps), "FlipBackward0");
  }

  private static int firstRepeat(int[] dims, int nd) {
    boolean[] seen = new boolean[Math.max(nd, 1)];
    for (int dim : dims) {
      int d = Shapes.wrapDim(dim, nd);
      if (seen[d]) {
        return d;
      }
      seen[d] = true;
    }
    return -1;
  }

  static Tensor roll(Tensor self, long[] shifts, int[] dims) {
    if (shifts.length == 0) {
      throw new IllegalArgumentException("`shifts` required");
    }
    if (dims.length == 0 && shifts.length == 1) {
      Tensor flat = self.flatten();
      Tensor r = rollDims(flat, shifts, new int[] {0});
      return Autograd.rename(r.view(self.shapeArray()), "RollBackward0");
    }
    if (shifts.length != dims.length) {
      throw new IllegalArgumentException(
          "shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + dims.length);
    }
    return rollDims(self, shifts, dims);
  }

  private static Tensor rollDims(Tensor self, long[] shifts, int[] dims) {
    int nd = self.dim();
    if (nd == 0) {
      throw new IndexOutOfBoundsException(
          "Dimension specified as " + dims[0] + " but tensor has no dimensions");
    }
    long[] shape = self.shapeArray();
    long[][] maps = new long[nd][];
    for (int d = 0; d < nd; d++) {
      maps[d] = identity(shape[d]);
    }
    for (int k = 0; k < dims.length; k++) {
      int d = Shapes.wrapDim(dims[k], nd);
      long n = shape[d];
      if (n == 0) {
        continue;
      }
      long s = Math.floorMod(shifts[k], n);
      long[] m = new long[(int) n];
      for (int i = 0; i < n; i++) {
        m[i] = maps[d][(int) Math.floorMod(i - s, n)];
      }
      maps[d] = m;
    }
    return take(self, shape, mapped(shape, shape, maps), "RollBackward0");
  }

  // ------------------------------------------------------------------ repeat / tile

  static Tensor repeat(Tensor self, long[] repeats) {
    int nd = self.dim();
    if (repeats.length < nd) {
      throw new IllegalArgumentException(
          "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
    }
    int n = repeats.length;
    long[] padded = new long[n];
    Arrays.fill(padded, 1);
    System.arraycopy(self.shape, 0, padded, n - nd, nd);
    long[] outShape = new long[n];
    for (int d = 0; d < n; d++) {
      outShape[d] = padded[d] * repeats[d];
    }
    Shapes.checkNonNegative(outShape);
    long[][] maps = new long[n][];
    for (int d = 0; d < n; d++) {
      maps[d] = new long[(int) outShape[d]];
      for (int i = 0; i < outShape[d]; i++) {
        maps[d][i] = i % padded[d];
      }
    }
    Tensor src = self.dim() == n ? self : self.reshape(padded);
    Tensor out = take(src, outShape, mapped(padded, outShape, maps), "RepeatBackward0");
    return out;
  }

  static Tensor tile(Tensor self, long[] dims) {
    int nd = self.dim();
    long[] reps = dims;
    if (dims.length < nd) {
      reps = new long[nd];
      Arrays.fill(reps, 1);
      System.arraycopy(dims, 0, reps, nd - dims.length, dims.length);
    }
    return repeat(self, reps);
  }

  /** Source indices of repeat_interleave: {@code i} repeated {@code counts[i]} times. */
  static long[] interleaveIndices(long[] counts) {
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("repeats can not be negative");
      }
      total += c;
    }
    long[] out = new long[Math.toIntExact(total)];
    int p = 0;
    for (int i = 0; i < counts.length; i++) {
      for (long k = 0; k < counts[i]; k++) {
        out[p++] = i;
      }
    }
    return out;
  }

  static void checkRepeatsDtype(Tensor repeats) {
    if (repeats.dtype() != DType.int64 && repeats.dtype() != DType.int32) {
      throw new UnsupportedOperationException(
          "\"repeat_interleave_cpu\" not implemented for '" + repeats.dtype().scalarTypeName() + "'");
    }
  }

  static Tensor repeatInterleave(Tensor self, Tensor repeats, Integer dim) {
    Tensor input = self;
    int d;
    if (dim == null) {
      input = self.flatten();
      d = 0;
    } else {
      if (self.dim() == 0) {
        throw new IndexOutOfBoundsException(
            "Dimension specified as " + dim + " but tensor has no dimensions");
      }
      d = Shapes.wrapDim(dim, self.dim());
    }
    long size = input.dim() == 0 ? 1 : input.shape[d];
    long[] counts;
    if (repeats.dim() == 0 || (repeats.dim() == 1 && repeats.shape[0] == 1)) {
      counts = new long[(int) size];
      Arrays.fill(counts, repeats.reshape(1).toLongArray()[0]);
    } else if (repeats.dim() == 1) {
      if (repeats.shape[0] != size) {
        throw new IllegalArgumentException("repeats must have the same size as input along dim");
      }
      counts = repeats.toLongArray();
    } else {
      throw new IllegalArgumentException("repeats must be 0-dim or 1-dim tensor");
    }
    checkRepeatsDtype(repeats);
    long[] idx = interleaveIndices(counts);
    return indexSelect(input, d, Torch.tensor(idx, new long[] {idx.length}, DType.int64));
  }

  // ------------------------------------------------------------------ diag / tril / triu

  static Tensor diag(Tensor self, long k) {
    if (self.dim() == 1) {
      long n = self.shape[0];
      long size = n + Math.abs(k);
      long[] lin = new long[(int) n];
      for (int i = 0; i < n; i++) {
        long r = k >= 0 ? i : i - k;
        long c = k >= 0 ? i + k : i;
        lin[i] = r * size + c;
      }
      return put(self, new long[] {size, size}, lin, "DiagBackward0");
    }
    if (self.dim() == 2) {
      long rows = self.shape[0];
      long cols = self.shape[1];
      long n = k >= 0 ? Math.max(0, Math.min(rows, cols - k)) : Math.max(0, Math.min(rows + k, cols));
      long[] lin = new long[(int) n];
      for (int i = 0; i < n; i++) {
        long r = k >= 0 ? i : i - k;
        long c = k >= 0 ? i + k : i;
        lin[i] = r * cols + c;
      }
      return take(self, new long[] {n}, lin, "DiagBackward0");
    }
    throw new IllegalArgumentException("matrix or a vector expected");
  }

  static Tensor triangle(Tensor self, long k, boolean lower) {
    String name = lower ? "tril" : "triu";
    if (self.dim() == 0) {
      throw new IndexOutOfBoundsException("Dimension specified as -2 but tensor has no dimensions");
    }
    if (self.dim() < 2) {
      Shapes.wrapDim(-2, self.dim()); // PyTorch reads size(-2) first: its range error
    }
    long rows = self.shape[self.dim() - 2];
    long cols = self.shape[self.dim() - 1];
    boolean[] keep = new boolean[(int) (rows * cols)];
    for (long r = 0; r < rows; r++) {
      for (long c = 0; c < cols; c++) {
        keep[(int) (r * cols + c)] = lower ? c - r <= k : c - r >= k;
      }
    }
    long[] bits = new long[keep.length];
    for (int i = 0; i < keep.length; i++) {
      bits[i] = keep[i] ? 1 : 0;
    }
    Tensor mask = Torch.tensor(bits, new long[] {rows, cols}, DType.bool);
    Tensor zero = Torch.zeros(new long[0], self.dtype());
    return Autograd.rename(Torch.where(mask, self, zero), lower ? "TrilBackward0" : "TriuBackward0");
  }

  // ------------------------------------------------------------------ splitting

  static Tensor[] split(Tensor self, long splitSize, int dim) {
    if (self.dim() == 0) {
      throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
    }
    int d = Shapes.wrapDim(dim, self.dim());
    if (splitSize < 0) {
      throw new IllegalArgumentException(
          "split expects split_size be non-negative, but got split_size=" + splitSize);
    }
    long size = self.shape[d];
    if (splitSize == 0 && size != 0) {
      throw new IllegalArgumentException(
          "split_size can only be 0 if dimension size is 0, but got dimension size of " + size);
    }
    long num = 1;
    if (splitSize != 0) {
      num = Math.max((size + splitSize - 1) / splitSize, 1);
    }
    long last = splitSize - (splitSize * num - size);
    Tensor[] out = new Tensor[(int) num];
    for (int i = 0; i < num; i++) {
      long len = i < num - 1 ? splitSize : last;
      out[i] = Autograd.rename(self.narrow(d, i * splitSize, len), "SplitBackward0");
    }
    return out;
  }

  static Tensor[] splitWithSizes(Tensor self, long[] sizes, int dim) {
    if (self.dim() == 0) {
      throw new IllegalArgumentException("split expects at least a 1-dimensional tensor");
    }
    int d = Shapes.wrapDim(dim, self.dim());
    long size = self.shape[d];
    long sum = 0;
    for (long z : sizes) {
      sum += z;
    }
    if (sum != size) {
      throw new IllegalArgumentException(
          "split_with_sizes expects split_sizes to sum exactly to " + size
              + " (input tensor's size at dimension " + d + "), but got split_sizes="
              + Shapes.list(sizes));
    }
    Tensor[] out = new Tensor[sizes.length];
    long start = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] < 0) {
        throw new IllegalArgumentException(
            "split_with_sizes expects split_sizes have only non-negative entries, but got"
                + " split_sizes=" + Shapes.list(sizes));
      }
      out[i] = Autograd.rename(self.narrow(d, start, sizes[i]), "SplitWithSizesBackward0");
      start += sizes[i];
    }
    return out;
  }

  static Tensor[] chunk(Tensor self, int chunks, int dim) {
    if (self.dim() == 0) {
      throw new IllegalArgumentException("chunk expects at least a 1-dimensional tensor");
    }
    if (chunks <= 0) {
      throw new IllegalArgumentException(
          "chunk expects `chunks` to be greater than 0, got: " + chunks);
    }
    int d = Shapes.wrapDim(dim, self.dim());
    long size = self.shape[d];
    long splitSize = (size + chunks - 1) / chunks;
    if (splitSize == 0 && size == 0) {
      long[] sizes = new long[chunks];
      Tensor[] parts = splitWithSizes(self, sizes, d);
      for (Tensor p : parts) {
        Autograd.rename(p, "SplitBackward0");
      }
      return parts;
    }
    return split(self, splitSize, d);
  }

  static Tensor[] unbind(Tensor self, int dim) {
    if (self.dim() == 0) {
      throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
    }
    int d = Shapes.wrapDim(dim, self.dim());
    Tensor[] out = new Tensor[(int) self.shape[d]];
    for (int i = 0; i < out.length; i++) {
      out[i] = Autograd.rename(self.select(d, i), "UnbindBackward0");
    }
    return out;
  }

  static Tensor[] meshgrid(Tensor[] tensors, String indexing) {
    if (tensors.length == 0) {
      throw new IllegalArgumentException("meshgrid expects a non-empty TensorList");
    }
    for (int i = 0; i < tensors.length - 1; i++) {
      if (tensors[i].dtype() != tensors[i + 1].dtype()) {
        throw new IllegalArgumentException(
            "meshgrid expects all tensors to have the same dtype");
      }
    }
    for (Tensor t : tensors) {
      if (t.dim() > 1) {
        throw new IllegalArgumentException(
            "torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: " + t);
      }
    }
    boolean swap;
    if (indexing.equals("xy")) {
      swap = tensors.length >= 2;
    } else if (indexing.equals("ij")) {
      swap = false;
    } else {
      throw new IllegalArgumentException(
          "torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
    }
    List<Tensor> refs = new ArrayList<>(Arrays.asList(tensors));
    if (swap) {
      refs.set(0, tensors[1]);
      refs.set(1, tensors[0]);
    }
    int n = refs.size();
    long[] shape = new long[n];
    for (int i = 0; i < n; i++) {
      shape[i] = refs.get(i).numel();
    }
    Tensor[] grids = new Tensor[n];
    long[] viewShape = new long[n];
    Arrays.fill(viewShape, 1);
    for (int i = 0; i < n; i++) {
      viewShape[i] = -1;
      grids[i] = refs.get(i).view(viewShape).expand(shape);
      viewShape[i] = 1;
    }
    if (swap) {
      Tensor t = grids[0];
      grids[0] = grids[1];
      grids[1] = t;
    }
    return grids;
  }

  // ------------------------------------------------------------------ index_add / index_fill / take / diagonal

  /** Row-major positions in {@code shape} of every element whose coordinate along d is idx[i]. */
  static long[] slicesAt(long[] shape, int d, long[] idx) {
    long[] box = shape.clone();
    box[d] = idx.length;
    long[][] maps = new long[shape.length][];
    for (int k = 0; k < shape.length; k++) {
      maps[k] = k == d ? idx : identity(box[k]);
    }
    return mapped(shape, box, maps);
  }

  static Tensor indexAdd(Tensor self, int dim, Tensor index, Tensor source, double alpha) {
    int d = Shapes.wrapDim(dim, self.dim());
    long n = index.numel();
    if (index.dim() > 1) {
      throw new IndexOutOfBoundsException(
          "index_add_(): Index is supposed to be a vector, but got dim: " + index.dim()
              + " with type: " + index.dtype().scalarTypeName() + " and size: "
              + Shapes.list(index.shapeArray()));
    }
    if (index.dtype() != DType.int64 && index.dtype() != DType.int32) {
      throw new IllegalArgumentException(
          "index_add_(): Expected dtype int32/int64 for index but got: " + index.dtype().scalarTypeName());
    }
    if (self.dtype() != source.dtype()) {
      throw new IllegalArgumentException(
          "index_add_(): self (" + self.dtype().scalarTypeName() + ") and source ("
              + source.dtype().scalarTypeName() + ") must have the same scalar type");
    }
    if (!(d == 0 || d < source.dim())) {
      throw new IndexOutOfBoundsException(
          "index_add_(): Indexing dim " + d + " is out of bounds of the source tensor with dim "
              + source.dim());
    }
    long srcLen = source.dim() == 0 ? 1 : source.shape[d];
    if (n != srcLen) {
      throw new IllegalArgumentException(
          "index_add_(): Number of indices (" + n + ") should be equal to source.size(dim): ("
              + srcLen + "), for dim: " + d);
    }
    long size = self.dim() == 0 ? 1 : self.shape[d];
    boolean dev = self.dim() > 0 && onDevice(self) && onDevice(index);
    long[] vals = dev ? null : index.toLongArray();
    if (!dev) {
      inRange(vals, size);
    }
    long[] ss = nonempty(self.shapeArray());
    long[] rs = nonempty(source.shapeArray());
    for (int k = 0, q = 0; k < ss.length; k++) {
      if (k == d) {
        continue;
      }
      if (k >= rs.length || rs[k] != ss[k]) {
        throw new IllegalArgumentException(
            "The size of tensor a (" + ss[k] + ") must match the size of tensor b ("
                + (k < rs.length ? rs[k] : 1) + ") at non-singleton dimension " + q);
      }
      q++;
    }
    if (rs.length != ss.length) {
      throw new IllegalArgumentException(
          "index_add_(): source must have the same number of dimensions as self");
    }
    if (dev) {
      return indexAddOnDevice(self, d, index, source, alpha, ss, size);
    }
    long[] lin = slicesAt(ss, d, vals);
    Tensor out = self.rawCopy(self.dtype());
    Tensor src = alpha == 1 ? source : source.detach().mul(alpha);
    if (lin.length > 0) {
      Backends.get().scatter(src.storage, src.layout(), out.storage, lin, true);
    }
    long[] srcShape = source.shapeArray();
    return Autograd.record(
        out,
        "IndexAddBackward0",
        new Tensor[] {self, source},
        g -> {
          Tensor gs = take(g, srcShape, lin, "TakeBackward0");
          return new Tensor[] {g, alpha == 1 ? gs : gs.mul(alpha)};
        });
  }

  /** index_add_'s kernel with the positions computed on the device from the index. */
  private static Tensor indexAddOnDevice(
      Tensor self, int d, Tensor index, Tensor source, double alpha, long[] ss, long size) {
    long[] box = ss.clone();
    box[d] = index.numel();
    long[] rs = new long[box.length];
    Arrays.fill(rs, 1);
    rs[d] = box[d];
    Tensor lin = positions(ss, box, d, index.reshape(rs), size);
    Tensor out = self.rawCopy(self.dtype());
    Tensor src = alpha == 1 ? source : source.detach().mul(alpha);
    if (lin.numel() > 0) {
      try {
        Backends.get().scatter(
            src.storage, src.layout(), out.storage, lin.storage, lin.layout(), true);
      } catch (RuntimeException e) {
        inRange(index.toLongArray(), size);
        throw e;
      }
    }
    long[] srcShape = source.shapeArray();
    return Autograd.record(
        out,
        "IndexAddBackward0",
        new Tensor[] {self, source},
        g -> {
          Tensor gs = take(g, srcShape, lin, "TakeBackward0");
          return new Tensor[] {g, alpha == 1 ? gs : gs.mul(alpha)};
        });
  }

  static Tensor indexFill(Tensor self, int dim, Tensor index, Tensor value) {
    int d = Shapes.wrapDim(dim, self.dim());
    if (index.dim() > 1) {
      throw new IndexOutOfBoundsException("Index has to be a vector/scalar");
    }
    if (index.dtype() != DType.int64) {
      throw new IllegalArgumentException("index_fill_(): Expected dtype int64 for index.");
    }
    long size = self.dim() == 0 ? 1 : self.shape[d];
    long[] vals = index.toLongArray();
    for (int k = 0; k < vals.length; k++) {
      long v = vals[k];
      if (v < -size || v >= size) {
        throw new IndexOutOfBoundsException(
            "index " + v + " is out of bounds for dimension " + d + " with size " + size);
      }
      vals[k] = v < 0 ? v + size : v;
    }
    ScalarCheck.check(value, self.dtype());
    Tensor out = self.rawCopy(self.dtype());
    long[] lin = slicesAt(nonempty(self.shapeArray()), d, vals);
    if (lin.length > 0) {
      Tensor v = value.castTo(self.dtype()).expand(new long[] {lin.length});
      Backends.get().scatter(v.storage, v.layout(), out.storage, lin, false);
    }
    return Autograd.record(
        out,
        "IndexFillBackward0",
        new Tensor[] {self},
        g -> new Tensor[] {indexFill(g, d, index, Torch.scalar(0L))});
  }

  static Tensor takeFlat(Tensor self, Tensor index) {
    if (index.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "take(): Expected a long tensor for index, but got " + index.dtype().scalarTypeName());
    }
    long n = self.numel();
    long[] vals = index.toLongArray();
    for (int k = 0; k < vals.length; k++) {
      long v = vals[k];
      if (v < -n || v >= n) {
        throw new IndexOutOfBoundsException(
            "out of range: tried to access index " + v + " on a tensor of " + n + " elements.");
      }
      vals[k] = v < 0 ? v + n : v;
    }
    return take(self, index.shapeArray(), vals, "TakeBackward0");
  }

  /**
   * Row-major positions, in a tensor of {@code shape}, of the elements of its {@code offset}-th
   * diagonal over dims {@code a != b}, in the order of the diagonal view (other dims, then the
   * diagonal).
   */
  static long[] diagonalPositions(long[] shape, long offset, int a, int b) {
    int nd = shape.length;
    long sa = shape[a];
    long sb = shape[b];
    long n = offset >= 0 ? Math.max(Math.min(sa, sb - offset), 0) : Math.max(Math.min(sa + offset, sb), 0);
    long[] vshape = new long[nd - 1];
    for (int k = 0, p = 0; k < nd; k++) {
      if (k != a && k != b) {
        vshape[p++] = shape[k];
      }
    }
    vshape[nd - 2] = n;
    long[] cs = Layout.contiguousStrides(shape);
    long total = Shapes.numel(vshape);
    long[] lin = new long[(int) total];
    long[] pos = new long[vshape.length];
    long base = n > 0 ? (offset >= 0 ? offset * cs[b] : -offset * cs[a]) : 0;
    for (int k = 0; k < total; k++) {
      long o = base;
      for (int q = 0, p = 0; q < nd; q++) {
        if (q != a && q != b) {
          o += pos[p++] * cs[q];
        }
      }
      o += pos[vshape.length - 1] * (cs[a] + cs[b]);
      lin[k] = o;
      for (int q = vshape.length - 1; q >= 0; q--) {
        if (++pos[q] < vshape[q]) {
          break;
        }
        pos[q] = 0;
      }
    }
    return lin;
  }

  static Tensor diagEmbed(Tensor self, long offset, int dim1, int dim2) {
    int nd = self.dim() + 1;
    int a = Shapes.wrapDim(dim1, nd);
    int b = Shapes.wrapDim(dim2, nd);
    if (a == b) {
      throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
    }
    long len = Math.abs(offset) + (self.dim() == 0 ? 1 : self.shape[self.dim() - 1]);
    List<Long> sizes = new ArrayList<>();
    for (int k = 0; k < self.dim() - 1; k++) {
      sizes.add(self.shape[k]);
    }
    sizes.add(Math.min(a, b), len);
    sizes.add(Math.max(a, b), len);
    long[] shape = Views.toArray(sizes);
    return put(self, shape, diagonalPositions(shape, offset, a, b), "DiagEmbedBackward0");
  }

  static Tensor takeAlongDim(Tensor self, Tensor indices, Integer dim) {
    if (dim == null) {
      return gather(self.view(-1), 0, indices.view(-1));
    }
    if (self.dim() != indices.dim()) {
      throw new IllegalArgumentException(
          "torch.take_along_dim(): input and indices should have the same number of dimensions, but"
              + " got " + self.dim() + " dimensions for input, and " + indices.dim()
              + " dimensions for indices");
    }
    if (indices.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "torch.take_along_dim(): dtype of indices should be Long but got "
              + indices.dtype().scalarTypeName());
    }
    int d = Shapes.wrapDim(dim, self.dim());
    long[] selfSizes = self.shapeArray();
    if (self.dim() > 0) {
      selfSizes[d] = indices.shape[d];
    }
    Tensor ib = indices.broadcast_to(Shapes.broadcast(selfSizes, indices.shapeArray()));
    long[] idxSizes = indices.shapeArray();
    if (self.dim() > 0) {
      idxSizes[d] = self.shape[d];
    }
    Tensor sb = self.broadcast_to(Shapes.broadcast(idxSizes, self.shapeArray()));
    return gather(sb, d, ib);
  }

  static Tensor diagonal(Tensor self, long offset, int dim1, int dim2) {
    int nd = self.dim();
    int a = Shapes.wrapDim(dim1, nd);
    int b = Shapes.wrapDim(dim2, nd);
    if (a == b) {
      throw new IllegalArgumentException("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
    }
    long sa = self.shape[a];
    long sb = self.shape[b];
    long n = offset >= 0 ? Math.max(Math.min(sa, sb - offset), 0) : Math.max(Math.min(sa + offset, sb), 0);
    long start = self.offset;
    if (n > 0) {
      start += offset >= 0 ? offset * self.strides[b] : -offset * self.strides[a];
    }
    long[] shape = new long[nd - 1];
    long[] st = new long[nd - 1];
    for (int k = 0, p = 0; k < nd; k++) {
      if (k != a && k != b) {
        shape[p] = self.shape[k];
        st[p++] = self.strides[k];
      }
    }
    shape[nd - 2] = n;
    st[nd - 2] = self.strides[a] + self.strides[b];
    Tensor v = self.view(shape, st, start);
    if (!Autograd.needsGrad(self)) {
      return Autograd.record(v, "DiagonalBackward0", new Tensor[] {self}, null);
    }
    long[] lin = diagonalPositions(self.shapeArray(), offset, a, b);
    long[] inShape = self.shapeArray();
    return Autograd.record(
        v, "DiagonalBackward0", new Tensor[] {self},
        g -> new Tensor[] {put(g, inShape, lin, "PutBackward0")});
  }

  // ------------------------------------------------------------------ bincount / diff

  static Tensor bincount(Tensor self, Tensor weights, long minlength) {
    if (!self.dtype().isIntegral()) {
      throw UnaryOp.notImplemented("bincount_cpu", self.dtype());
    }
    if (minlength < 0) {
      throw new IllegalArgumentException("minlength should be >= 0");
    }
    DType out = weights == null ? DType.int64
        : weights.dtype() == DType.float32 ? DType.float32 : DType.float64;
    if (self.dim() == 1 && self.numel() == 0) {
      return Torch.zeros(new long[] {minlength}, out);
    }
    long[] vals = self.toLongArray();
    long max = -1;
    for (long v : vals) {
      if (v < 0 || self.dim() != 1) {
        throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
      }
      max = Math.max(max, v);
    }
    if (self.dim() != 1) {
      throw new IllegalArgumentException("bincount only supports 1-d non-negative integral inputs.");
    }
    if (weights != null && (weights.dim() != 1 || weights.shape[0] != self.shape[0])) {
      throw new IllegalArgumentException("weights should be 1-d and have the same length as input");
    }
    long bins = Math.max(max + 1, minlength);
    Tensor w = weights == null ? Torch.ones(new long[] {vals.length}, DType.int64)
        : weights.detach().castTo(out);
    return put(w, new long[] {bins}, vals, "PutBackward0");
  }

  static Tensor diff(Tensor self, long n, int dim, Tensor prepend, Tensor append) {
    if (self.dim() < 1) {
      throw new IllegalArgumentException("diff expects input to be at least one-dimensional");
    }
    int d = Shapes.wrapDim(dim, self.dim());
    Tensor x = self;
    for (Tensor other : new Tensor[] {prepend, append}) {
      if (other == null) {
        continue;
      }
      if (other.dim() != self.dim()) {
        throw new IllegalArgumentException(
            "diff expects prepend or append to be the same dimension as input");
      }
      for (int k = 0; k < self.dim(); k++) {
        if (k != d && other.shape[k] != self.shape[k]) {
          throw new IllegalArgumentException(
              "diff expects the shape of tensor to prepend or append to match that of input except"
                  + " along the differencing dimension; input.size(" + k + ") = " + self.shape[k]
                  + ", but got tensor.size(" + k + ") = " + other.shape[k]);
        }
      }
    }
    if (prepend != null || append != null) {
      List<Tensor> parts = new ArrayList<>();
      if (prepend != null) {
        parts.add(prepend);
      }
      parts.add(self);
      if (append != null) {
        parts.add(append);
      }
      x = Views.cat(parts, d);
    }
    for (long k = 0; k < n; k++) {
      long len = x.shape[d];
      if (len == 0) {
        break;
      }
      Tensor hi = x.narrow(d, 1, len - 1);
      Tensor lo = x.narrow(d, 0, len - 1);
      x = x.dtype() == DType.bool ? hi.logical_xor(lo) : hi.sub(lo);
    }
    return x;
  }

  // ------------------------------------------------------------------ scatter_reduce

  /** {@code self.scatter_reduce(dim, index, src, reduce, include_self)} (PyTorch 1.13, beta). */
  static Tensor scatterReduce(
      Tensor self, int dim, Tensor index, Tensor src, String reduce, boolean includeSelf) {
    int d = Shapes.wrapDim(dim, self.dim());
    ScatterReduceOp op;
    boolean mean = false;
    switch (reduce) {
      case "sum" -> op = ScatterReduceOp.SUM;
      case "prod" -> op = ScatterReduceOp.PROD;
      case "mean" -> {
        op = ScatterReduceOp.SUM;
        mean = true;
      }
      case "amax" -> op = ScatterReduceOp.AMAX;
      case "amin" -> op = ScatterReduceOp.AMIN;
      default -> throw new IllegalArgumentException(
          "reduce argument must be either sum, prod, mean, amax or amin.");
    }
    scatterChecks("scatter", self, d, index, src);
    Tensor out = self.rawCopy(self.dtype());
    long[] lin = new long[0];
    long[] srcLin = null;
    if (index.numel() > 0) {
      lin = alongDim(self.shapeArray(), d, index, nonempty(self.shapeArray())[d], d);
      srcLin = box(nonempty(src.shapeArray()), nonempty(index.shapeArray()));
      Tensor vals = Tensor.uninit(index.shapeArray(), self.dtype());
      Backends.get().gather(src.storage, storageOffsets(src, srcLin), vals.storage);
      if (!includeSelf) {
        Tensor init = switch (op) {
          case SUM -> Torch.scalar(0L);
          case PROD -> Torch.scalar(1L);
          case AMAX -> self.dtype().is_floating_point() ? Torch.scalar(Double.NEGATIVE_INFINITY)
              : Torch.scalar(minOf(self.dtype()));
          case AMIN -> self.dtype().is_floating_point() ? Torch.scalar(Double.POSITIVE_INFINITY)
              : Torch.scalar(maxOf(self.dtype()));
        };
        Tensor v = init.castTo(self.dtype()).expand(new long[] {lin.length});
        Backends.get().scatter(v.storage, v.layout(), out.storage, lin, false);
      }
      Backends.get().scatterReduce(op, vals.storage, vals.layout(), out.storage, lin);
      if (mean) {
        Tensor n = includeSelf ? Torch.ones(self.shapeArray(), self.dtype())
            : Torch.zeros(self.shapeArray(), self.dtype());
        Tensor one = Torch.ones(new long[] {lin.length}, self.dtype());
        Backends.get().scatter(one.storage, one.layout(), n.storage, lin, true);
        n = Torch.where(n.eq(0L), Torch.ones(new long[0], self.dtype()), n);
        out = self.dtype().is_floating_point() ? out.div(n) : out.floor_divide(n);
      }
    }
    Tensor result = out.detach();
    long[] srcShape = src.shapeArray();
    long[] idxShape = index.shapeArray();
    long[] srcLinF = srcLin;
    return Autograd.record(
        result,
        "ScatterReduceBackward0",
        new Tensor[] {self, src},
        g -> scatterReduceBackward(g, self, d, index, src, reduce, includeSelf, result, srcShape,
            idxShape, srcLinF),
        self, src, index);
  }

  private static long minOf(DType t) {
    return switch (t) {
      case int32 -> Integer.MIN_VALUE;
      case int16 -> Short.MIN_VALUE;
      case int8 -> Byte.MIN_VALUE;
      case uint8, bool -> 0;
      default -> Long.MIN_VALUE;
    };
  }

  private static long maxOf(DType t) {
    return switch (t) {
      case int32 -> Integer.MAX_VALUE;
      case int16 -> Short.MAX_VALUE;
      case int8 -> Byte.MAX_VALUE;
      case uint8 -> 255;
      case bool -> 1;
      default -> Long.MAX_VALUE;
    };
  }

  /** PyTorch's scatter_reduce_backward (FunctionsManual.cpp), in tensor ops. */
  private static Tensor[] scatterReduceBackward(
      Tensor grad, Tensor self, int d, Tensor index, Tensor src, String reduce, boolean includeSelf,
      Tensor result, long[] srcShape, long[] idxShape, long[] srcLin) {
    Tensor gSelf;
    Tensor gSrc;
    switch (reduce) {
      case "sum" -> {
        gSelf = grad;
        gSrc = grad.gather(d, index);
      }
      case "prod" -> {
        Tensor maskedSelf = self.masked_fill(self.eq(0L), 1L);
        Tensor maskedSelfResult = maskedSelf.scatter_reduce(d, index, src, reduce, includeSelf);
        gSelf = grad.mul(maskedSelfResult).div(maskedSelf);
        Tensor srcZero = src.eq(0L);
        Tensor srcNumZeros = Torch.zeros_like(self).scatter_add(d, index, srcZero.to(self.dtype()))
            .gather(d, index);
        Tensor srcSingleZero = srcZero.logical_and(srcNumZeros.eq(1L));
        Tensor maskedSrc = src.masked_fill(srcSingleZero, 1L);
        Tensor maskedSrcResult = self.scatter_reduce(d, index, maskedSrc, reduce, includeSelf);
        gSrc = Torch.where(
            srcSingleZero,
            grad.mul(maskedSrcResult).gather(d, index),
            grad.mul(result).gather(d, index).div(src.masked_fill(srcZero, 1L)));
      }
      case "mean" -> {
        Tensor n = includeSelf ? Torch.ones_like(grad) : Torch.zeros_like(grad);
        n = n.scatter_add(d, index, Torch.ones_like(src));
        n = n.masked_fill(n.eq(0L), 1L);
        gSelf = grad.div(n);
        gSrc = grad.gather(d, index).div(n.gather(d, index));
      }
      default -> {
        Tensor value = result.gather(d, index);
        Tensor selfIsResult = self.eq(result).to(self.dtype());
        Tensor srcIsResult = src.eq(value).to(self.dtype());
        Tensor count = selfIsResult.scatter_add(d, index, srcIsResult);
        Tensor distributed = grad.div(count);
        gSelf = selfIsResult.mul(distributed);
        gSrc = srcIsResult.mul(distributed.gather(d, index));
      }
    }
    if (!includeSelf) {
      gSelf = gSelf.scatter(d, index, 0L);
    }
    if (!Arrays.equals(srcShape, idxShape)) {
      gSrc = srcLin == null ? Torch.zeros(srcShape, grad.dtype()) : put(gSrc, srcShape, srcLin, "PutBackward0");
    }
    return new Tensor[] {gSelf, gSrc};
  }

  /** {@code self.scatter(dim, index, src, reduce=...)}: PyTorch records no derivative for it. */
  static Tensor scatterWithReduce(Tensor self, int dim, Tensor index, Tensor src, Tensor value, String reduce) {
    ScatterReduceOp op = switch (reduce) {
      case "add" -> ScatterReduceOp.SUM;
      case "multiply" -> ScatterReduceOp.PROD;
      default -> throw new IllegalArgumentException("reduce argument must be either add or multiply.");
    };
    int d = Shapes.wrapDim(dim, self.dim());
    scatterChecks("scatter", self, d, index, src);
    Tensor out = self.rawCopy(self.dtype());
    if (index.numel() > 0) {
      long[] lin = alongDim(self.shapeArray(), d, index, nonempty(self.shapeArray())[d], d);
      Tensor vals;
      if (src != null) {
        long[] srcLin = box(nonempty(src.shapeArray()), nonempty(index.shapeArray()));
        vals = Tensor.uninit(index.shapeArray(), self.dtype());
        Backends.get().gather(src.storage, storageOffsets(src, srcLin), vals.storage);
      } else {
        ScalarCheck.check(value, self.dtype());
        vals = value.castTo(self.dtype()).expand(index.shapeArray());
      }
      Backends.get().scatterReduce(op, vals.storage, vals.layout(), out.storage, lin);
    }
    return Autograd.record(
        out,
        "NotImplemented",
        src != null ? new Tensor[] {self, src} : new Tensor[] {self},
        g -> {
          throw new UnsupportedOperationException("derivative for aten::scatter is not implemented");
        });
  }
}
