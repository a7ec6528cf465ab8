package dev.torchnd;

import dev.torchnd.spi.Layout;
import java.util.Arrays;

/**
 * The indexing writes of issue 11: {@code index_put(_)}, {@code index_copy(_)}, {@code
 * masked_scatter(_)}, {@code put(_)} and {@code renorm(_)}, with PyTorch 1.13's checks in its
 * order and error texts and the backward rules of {@code tools/autograd/derivatives.yaml}. Each
 * write is planned on the host as row-major positions of the destination and of the source (the
 * indices are small host data, as for index_add_/scatter), then {@link #writeAt} moves the
 * elements with the backend's gather/scatter, so on the device backend the data stays in ND4J
 * storage and the kernels are its ops.
 */
final class IndexWrites {
  private IndexWrites() {}

  /**
   * A copy of {@code self} (contiguous) with element {@code srcLin[k]} (row-major in {@code src})
   * written to row-major position {@code lin[k]}, added when {@code accumulate} (repeats add
   * up). Backward: self gets the gradient, with the written positions zeroed unless {@code
   * accumulate}; src gets the gradient read at {@code lin}, summed back over {@code srcLin}.
   */
  static Tensor writeAt(
      Tensor self, long[] lin, Tensor src, long[] srcLin, boolean accumulate, String name) {
    Tensor out = self.rawCopy(self.dtype());
    int n = lin.length;
    if (n > 0) {
      Tensor s = src.castTo(self.dtype());
      Tensor vals = Tensor.uninit(new long[] {n}, self.dtype(), self.device()); // device support
      Backends.get().gather(s.storage, IndexOps.storageOffsets(s, srcLin), vals.storage);
      Backends.get().scatter(vals.storage, vals.layout(), out.storage, lin, accumulate);
    }
    long[] srcShape = src.shapeArray();
    return Autograd.record(
        out,
        name,
        new Tensor[] {self, src},
        g -> {
          Tensor gs =
              accumulate || n == 0
                  ? g
                  : writeAt(g, lin, Torch.zeros(new long[0], g.dtype()), new long[n], false, name);
          Tensor gv =
              n == 0
                  ? Torch.zeros(srcShape, g.dtype())
                  : IndexOps.put(
                      IndexOps.take(g, new long[] {n}, lin, "TakeBackward0"),
                      srcShape,
                      srcLin,
                      "PutBackward0");
          return new Tensor[] {gs, gv};
        });
  }

  /** Row-major positions in {@code src} read by a broadcast of {@code src} to {@code shape}. */
  static long[] broadcastLin(long[] src, long[] shape) {
    long[] padded = new long[shape.length];
    Arrays.fill(padded, 1);
    System.arraycopy(src, 0, padded, shape.length - src.length, src.length);
    long[][] maps = new long[shape.length][];
    for (int d = 0; d < shape.length; d++) {
      maps[d] = padded[d] == 1 ? new long[(int) shape[d]] : IndexOps.identity(shape[d]);
    }
    return IndexOps.mapped(padded, shape, maps);
  }

  // ------------------------------------------------------------------ index_put

  static Tensor indexPut(Tensor self, Tensor[] indices, Tensor values, boolean accumulate) {
    Indexing.PutPlan plan = Indexing.indexPutPlan(self, indices, values, accumulate);
    long[] srcLin =
        plan.maskedFill()
            ? new long[plan.lin().length]
            : broadcastLin(values.shapeArray(), plan.resultShape());
    Tensor v = plan.maskedFill() && values.dtype() != self.dtype() ? values.to(self.dtype()) : values;
    return writeAt(self, plan.lin(), v, srcLin, accumulate, "IndexPutBackward0");
  }

  // ------------------------------------------------------------------ index_copy

  static Tensor indexCopy(Tensor self, int dim, Tensor index, Tensor source) {
    int d = Shapes.wrapDim(dim, self.dim());
    if (index.dim() >= 2) {
      throw new IndexOutOfBoundsException(
          "index_copy_(): Index should have dimension 1 or 0 (got " + index.dim() + ")");
    }
    long numIndices = index.numel();
    if (source.dim() == 0 && numIndices != 1) {
      throw new IndexOutOfBoundsException(
          "index_copy_(): When source is scalar, index should have one element (got "
              + numIndices + ")");
    } else if ((source.dim() != self.dim()) && (source.dim() != 0 && self.dim() != 0)) {
      throw new IndexOutOfBoundsException(
          "index_copy_(): When source and destination are not scalars, their dimensionality"
              + " must match. Source dimensionality (" + source.dim()
              + "), destination dimensionality (" + self.dim() + ")");
    }
    if (index.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "index_copy_(): Expected a long tensor for index, but got "
              + index.dtype().scalarTypeName());
    }
    if (self.dtype() != source.dtype()) {
      throw new IllegalArgumentException(
          "index_copy_(): self and source expected to have the same dtype, but got (self) "
              + self.dtype().scalarTypeName() + " and (source) "
              + source.dtype().scalarTypeName());
    }
    long[] selfSliced = erase(self.shapeArray(), d);
    long[] srcSliced = erase(source.shapeArray(), d);
    if (!Arrays.equals(selfSliced, srcSliced)) {
      throw new IllegalArgumentException(
          "index_copy_(): Source/destination tensor must have same slice shapes. Destination"
              + " slice shape: " + spaced(selfSliced) + " at dimension " + d
              + " and source slice shape: " + spaced(srcSliced) + " at dimension 0.");
    }
    if (!(d == 0 || d < source.dim())) {
      throw new IndexOutOfBoundsException(
          "index_copy_(): Indexing dim " + d + " is out of bounds of tensor");
    }
    long srcLen = source.dim() == 0 ? 1 : source.shape[d];
    if (numIndices != srcLen) {
      throw new IndexOutOfBoundsException(
          "index_copy_(): Number of indices (" + numIndices
              + ") should be equal to source.size(dim) (" + srcLen + ")");
    }
    long[] ss = self.dim() == 0 ? new long[] {1} : self.shapeArray();
    long size = ss[d];
    long[] vals = index.toLongArray();
    for (long v : vals) {
      if (v < 0 || v >= size) {
        throw new IndexOutOfBoundsException(
            "index_copy_(): index " + v + " is out of bounds for dimension " + d + " with size "
                + size);
      }
    }
    long[] lin = IndexOps.slicesAt(ss, d, vals);
    return writeAt(self, lin, source, IndexOps.identity(lin.length), false, "IndexCopyBackward0");
  }

  /** {@code shape} without entry {@code d} (unchanged when empty), as index_copy_ slices it. */
  private static long[] erase(long[] shape, int d) {
    if (shape.length == 0) {
      return shape;
    }
    long[] s = new long[shape.length - 1];
    for (int k = 0, j = 0; k < shape.length; k++) {
      if (k != d) {
        s[j++] = shape[k];
      }
    }
    return s;
  }

  /** A C++ {@code std::vector<int64_t>} printed with {@code <<}: elements separated by spaces. */
  private static String spaced(long[] s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length; i++) {
      sb.append(i == 0 ? "" : " ").append(s[i]);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ masked_scatter

  static Tensor maskedScatter(Tensor self, Tensor mask, Tensor source, boolean inplace) {
    if (self.dtype() != source.dtype()) {
      throw new IllegalArgumentException(
          "masked_scatter: expected self and source to have same dtypes but got"
              + self.dtype().scalarTypeName() + " and " + source.dtype().scalarTypeName());
    }
    if (!mask.dtype().isBool() && !mask.dtype().isIntegral()) {
      throw new IllegalArgumentException(
          "masked_scatter_only supports boolean masks, but got mask with dtype "
              + mask.dtype().scalarTypeName());
    }
    if (mask.dtype() != DType.bool && mask.dtype() != DType.uint8) {
      for (long v : mask.toLongArray()) {
        if (v != 0 && v != 1) {
          throw new IllegalArgumentException("Mask tensor can take 0 and 1 values only");
        }
      }
    }
    long[] shape = self.shapeArray();
    Tensor base = self;
    if (!inplace) {
      shape = Shapes.broadcast(mask.shapeArray(), self.shapeArray());
      base = self.expand(shape);
    }
    Tensor m = mask.expand(shape);
    boolean[] bits = m.ne(0L).toBooleanArray();
    int count = 0;
    for (boolean b : bits) {
      count += b ? 1 : 0;
    }
    if (count > source.numel()) {
      throw new IllegalArgumentException("Number of elements of source < number of ones in mask");
    }
    long[] lin = new long[count];
    for (int i = 0, j = 0; i < bits.length; i++) {
      if (bits[i]) {
        lin[j++] = i;
      }
    }
    return writeAt(base, lin, source, IndexOps.identity(count), false, "MaskedScatterBackward0");
  }

  // ------------------------------------------------------------------ put

  static Tensor put(Tensor self, Tensor index, Tensor source, boolean accumulate) {
    if (index.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "put_(): Expected a long tensor for index, but got " + index.dtype().scalarTypeName());
    }
    if (self.dtype() != source.dtype()) {
      throw new IllegalArgumentException(
          "put_(): self and source expected to have the same dtype, but got self.dtype = "
              + self.dtype().scalarTypeName() + " and source.dtype = "
              + source.dtype().scalarTypeName());
    }
    if (source.numel() != index.numel()) {
      throw new IndexOutOfBoundsException(
          "put_(): Expected source and index to have the same number of elements, but got"
              + " source.numel() = " + source.numel() + ", index.numel() = " + index.numel());
    }
    long[] vals = index.numel() == 0 ? new long[0] : index.reshape(source.shapeArray()).toLongArray();
    if (vals.length > 0 && self.numel() == 0) {
      throw new IndexOutOfBoundsException("put_(): Tried to put elements into an empty tensor");
    }
    long n = self.numel();
    for (int k = 0; k < vals.length; k++) {
      long v = vals[k];
      if (v < -n || v >= n) {
        throw new IndexOutOfBoundsException(
            "out of range: tried to access index " + v + " on a tensor of " + n + " elements.");
      }
      vals[k] = v < 0 ? v + n : v;
    }
    return writeAt(self, vals, source, IndexOps.identity(vals.length), accumulate, "PutBackward0");
  }

  // ------------------------------------------------------------------ index_fill (tensor value)

  /**
   * {@code index_fill(dim, index, value)} with a 0-d tensor value (PyTorch's
   * index_fill.int_Tensor): IndexFillBackward1, whose value gradient sums the gradient over the
   * distinct filled slices.
   */
  static Tensor indexFillTensor(Tensor self, int dim, Tensor index, Tensor value) {
    if (value.dim() != 0) {
      throw new IllegalArgumentException(
          "index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
              + value.dim() + " dimension(s).");
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      out = IndexOps.indexFill(self.detach(), dim, index, value.detach());
    }
    int d = Shapes.wrapDim(dim, self.dim());
    long size = self.dim() == 0 ? 1 : self.shape[d];
    long[] distinct = Arrays.stream(index.toLongArray()).map(v -> v < 0 ? v + size : v)
        .distinct().toArray();
    Tensor uniq = Torch.tensor(distinct, new long[] {distinct.length}, DType.int64).to(index.device());
    return Autograd.record(
        out,
        "IndexFillBackward1",
        new Tensor[] {self, value},
        g -> new Tensor[] {
          IndexOps.indexFill(g, d, index, Torch.scalar(0L)),
          (g.dim() == 0 ? g : g.index_select(d, uniq)).sum()
        });
  }

  // ------------------------------------------------------------------ renorm

  /**
   * PyTorch's renorm: each slice along {@code dim} whose {@code p}-norm (over the other dims,
   * accumulated in float32 for float16/bfloat16) exceeds {@code maxnorm} is scaled by {@code
   * maxnorm / (norm + 1e-7)}. The composition's gradient is renorm_backward's formula.
   */
  static Tensor renorm(Tensor self, double p, int dim, double maxnorm) {
    if (!(p > 0)) {
      throw new IllegalArgumentException("renorm: non-positive-norm not supported");
    }
    if (maxnorm < 0) {
      throw new IllegalArgumentException(
          "renorm: expected maxnorm to be >= 0 but got " + Sampling.cpp(maxnorm));
    }
    int nd = self.dim();
    if (nd <= 1) {
      throw new IllegalArgumentException(
          "renorm: input needs at least 2 dimensions, got " + nd + " dimensions");
    }
    int d = Shapes.wrapDim(dim, nd);
    int[] reduce = new int[nd - 1];
    for (int k = 0, j = 0; k < nd; k++) {
      if (k != d) {
        reduce[j++] = k;
      }
    }
    if (!self.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
              + self.dtype().scalarTypeName());
    }
    DType acc = self.dtype() == DType.float16 || self.dtype() == DType.bfloat16 ? DType.float32 : self.dtype();
    Tensor norm = Torch.linalg_vector_norm(self.to(acc), p, reduce, true);
    Tensor factor =
        Torch.where(norm.gt(maxnorm), Torch.div(maxnorm, norm.add(1e-7)), 1.0);
    return Autograd.rename(self.mul(factor.to(self.dtype())), "RenormBackward0");
  }
}
