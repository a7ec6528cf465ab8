package dev.torchnd;

import dev.torchnd.spi.GraphOp;

/**
 * Products and norms. Unlike elementwise ops these do not promote: mixed dtypes raise PyTorch's
 * errors. Batched matrix products run as one backend call over [B, n, k] x [B, k, m].
 */
final class LinAlg {
  private LinAlg() {}

  private static void sameDtype(Tensor a, Tensor b) {
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(
          "expected scalar type "
              + a.dtype().scalarTypeName()
              + " but found "
              + b.dtype().scalarTypeName());
    }
  }

  private static void supported(DType t) {
    supported(t, "addmm_impl_cpu_");
  }

  private static void supported(DType t, String kernel) {
    if (t == DType.float16 || t == DType.bool) {
      throw new UnsupportedOperationException(
          "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
    }
  }

  static Tensor dot(Tensor a, Tensor b) {
    if (a.dim() != 1 || b.dim() != 1) {
      throw new IllegalArgumentException(
          "1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
    }
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(
          "dot : expected both vectors to have same dtype, but found "
              + a.dtype().scalarTypeName()
              + " and "
              + b.dtype().scalarTypeName());
    }
    if (a.numel() != b.numel()) {
      throw new IllegalArgumentException(
          "inconsistent tensor size, expected tensor ["
              + a.numel()
              + "] and src ["
              + b.numel()
              + "] to have the same number of elements, but got "
              + a.numel()
              + " and "
              + b.numel()
              + " elements respectively");
    }
    if (a.dtype() == DType.bool || a.dtype() == DType.float16) {
      throw new UnsupportedOperationException(
          "\"dot\" not implemented for '" + a.dtype().scalarTypeName() + "'");
    }
    Tensor out = bmm3(a.reshape(1, 1, a.numel()), b.reshape(1, b.numel(), 1)).reshape(new long[0]);
    out = out.detach();
    return Autograd.record(
        GraphOp.DOT, out, "DotBackward0", new Tensor[] {a, b}, g -> new Tensor[] {g.mul(b), g.mul(a)}, a, b);
  }

  static Tensor mv(Tensor a, Tensor v) {
    if (a.dim() == 0) {
      // mv allocates its result as empty({self.size(0)}) before addmv checks the dims
      throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
    }
    if (a.dim() != 2 || v.dim() != 1) {
      throw new IllegalArgumentException(
          "vector + matrix @ vector expected, got 1, " + a.dim() + ", " + v.dim());
    }
    if (a.shape[1] != v.shape[0]) {
      throw new IllegalArgumentException(
          "size mismatch, got " + a.shape[0] + ", " + a.shape[0] + "x" + a.shape[1] + "," + v.shape[0]);
    }
    Tensor out;
    if (a.numel() == 0) {
      // addmv's shortcut for an empty matrix, before any dtype dispatch: zeros in vec's dtype
      out = Torch.zeros(new long[] {a.shape[0]}, v.dtype());
    } else {
      supported(a.dtype(), "addmv_impl_cpu");
      sameDtype(a, v);
      out = bmm3(a.unsqueeze(0).detach(), v.reshape(1, v.numel(), 1)).reshape(a.shape[0]).detach();
    }
    return Autograd.record(
        GraphOp.MV,
        out,
        "MvBackward0",
        new Tensor[] {a, v},
        g -> new Tensor[] {g.unsqueeze(1).mul(v.unsqueeze(0)), a.t().mv(g)},
        a,
        v);
  }

  static Tensor mm(Tensor a, Tensor b) {
    if (a.dim() != 2) {
      throw new IllegalArgumentException("self must be a matrix");
    }
    if (b.dim() != 2) {
      throw new IllegalArgumentException("mat2 must be a matrix");
    }
    if (a.shape[1] != b.shape[0]) {
      throw new IllegalArgumentException(
          "mat1 and mat2 shapes cannot be multiplied ("
              + a.shape[0]
              + "x"
              + a.shape[1]
              + " and "
              + b.shape[0]
              + "x"
              + b.shape[1]
              + ")");
    }
    Tensor out;
    if (a.shape[0] == 0 || b.shape[1] == 0 || a.shape[1] == 0) {
      // addmm_impl_cpu_ returns an empty result, or zeros when k == 0, before its dtype
      // dispatch: mixed or unsupported dtypes do not raise here (result in self's dtype)
      out = Torch.zeros(new long[] {a.shape[0], b.shape[1]}, a.dtype());
    } else {
      supported(a.dtype());
      sameDtype(a, b);
      out = bmm3(a.unsqueeze(0).detach(), b.unsqueeze(0).detach()).squeeze(0).detach();
    }
    boolean aColumnMajor = columnMajor(a);
    boolean bColumnMajor = columnMajor(b);
    return Autograd.record(
        GraphOp.MM,
        out,
        "MmBackward0",
        new Tensor[] {a, b},
        g -> new Tensor[] {mat1Backward(g, b, aColumnMajor), mat2Backward(g, a, bColumnMajor)},
        a,
        b);
  }

  /**
   * The test of PyTorch's mm_mat1_backward / mm_mat2_backward on the saved input: {@code
   * strides[0] == 1 && strides[1] == sizes[0]} (column-major, e.g. {@code weight.t()}).
   */
  static boolean columnMajor(Tensor m) {
    return m.dim() == 2 && m.stride(0) == 1 && m.stride(1) == m.shape[0];
  }

  /**
   * mm_mat1_backward: {@code grad @ mat2.T}, or for a column-major mat1 {@code (mat2 @
   * grad.T).T}, so the gradient comes out in mat1's own layout.
   */
  static Tensor mat1Backward(Tensor grad, Tensor mat2, boolean mat1ColumnMajor) {
    return mat1ColumnMajor ? mat2.mm(grad.t()).t() : grad.mm(mat2.t());
  }

  /**
   * mm_mat2_backward: {@code mat1.T @ grad}, or for a column-major mat2 {@code (grad.T @
   * mat1).T}: nn.Linear's {@code weight.t()} gets its gradient row-major, in the weight's layout.
   */
  static Tensor mat2Backward(Tensor grad, Tensor mat1, boolean mat2ColumnMajor) {
    return mat2ColumnMajor ? grad.t().mm(mat1).t() : mat1.t().mm(grad);
  }

  /**
   * {@code c + a @ b} for matrices {@code a} [n, k] and {@code b} [k, m] with k, n, m > 0 and
   * {@code c} broadcastable to [n, m], one dtype, no checks and no autograd: the backend's
   * {@link dev.torchnd.spi.Backend#matmulAdd} (gemm with {@code beta = 1}, as PyTorch's addmm).
   */
  static Tensor addmmRaw(Tensor c, Tensor a, Tensor b) {
    Device dev = a.device(); // device support
    if (!b.device().equals(dev)) {
      throw Devices.mismatch(dev, b.device(), "mat2", "wrapper_addmm");
    }
    long[] shape = {1, a.shape[0], b.shape[1]};
    Tensor out = Tensor.uninit(shape, a.dtype(), dev);
    Tensor a3 = a.unsqueeze(0);
    Tensor b3 = b.unsqueeze(0);
    Tensor c3 = c.expand(a.shape[0], b.shape[1]).unsqueeze(0);
    Backends.get().matmulAdd(a3.storage, a3.layout(), b3.storage, b3.layout(), c3.storage,
        c3.layout(), out.storage, out.layout());
    return out.squeeze(0);
  }

  /** Raw batched product of 3-D tensors (no checks, no autograd). */
  static Tensor bmm3(Tensor a, Tensor b) {
    long batch = a.shape[0];
    long n = a.shape[1];
    long m = b.shape[2];
    // Kernels write every element when k > 0; with k = 0 the result is the zero-filled one.
    long[] shape = {batch, n, m};
    Device dev = a.device(); // device support
    if (!b.device().equals(dev)) {
      throw Devices.mismatch(dev, b.device(), "mat2", "wrapper_mm");
    }
    Tensor out =
        a.shape[2] > 0 ? Tensor.uninit(shape, a.dtype(), dev) : Tensor.empty(shape, a.dtype(), dev);
    if (out.numel() > 0 && a.shape[2] > 0) {
      Backends.get().matmul(a.storage, a.layout(), b.storage, b.layout(), out.storage, out.layout());
    }
    return out;
  }

  static Tensor matmul(Tensor a, Tensor b) {
    int da = a.dim();
    int db = b.dim();
    if (da == 0 || db == 0) {
      throw new IllegalArgumentException(
          "both arguments to matmul need to be at least 1D, but they are "
              + da
              + "D and "
              + db
              + "D");
    }
    if (da == 1 && db == 1) {
      return dot(a, b);
    }
    if (da == 2 && db == 1) {
      return mv(a, b);
    }
    if (da == 1 && db == 2) {
      if (a.shape[0] != b.shape[0]) {
        throw new IllegalArgumentException(
            "mat1 and mat2 shapes cannot be multiplied (1x"
                + a.shape[0]
                + " and "
                + b.shape[0]
                + "x"
                + b.shape[1]
                + ")");
      }
      // PyTorch squeezes in place here, which it names SqueezeBackward3.
      return Autograd.rename(mm(a.unsqueeze(0), b).squeeze(0), "SqueezeBackward3");
    }
    if (da == 2 && db == 2) {
      return mm(a, b);
    }
    if (shouldFold(a, db) || shouldFold(b, da)) {
      // PyTorch 1.13's _matmul_impl folds the batch dims of the larger operand into rows and runs
      // one mm/mv; for 1-D/2-D @ N-D it multiplies the transposes (b.mT @ a.T) and transposes
      // back, so errors name those operands (2-D @ 3-D fails as "mat1 and mat2 shapes ...").
      boolean transpose = db > da;
      Tensor t1 = transpose ? b.mT() : a;
      Tensor t2 = !transpose ? b : da == 2 ? a.t() : a;
      int d1 = t1.dim();
      long k = t1.shape[d1 - 1];
      long[] lead = java.util.Arrays.copyOf(t1.shapeArray(), d1 - 1);
      // Rows counted explicitly: reshape(-1, 0) would be ambiguous when k == 0 ([3, 5, 0] @ [0, 0]).
      Tensor folded = t1.reshape(Shapes.numel(lead), k);
      boolean matrix = t2.dim() == 2;
      Tensor r = matrix ? mm(folded, t2) : mv(folded, t2);
      long[] outShape = matrix ? concat1(lead, t2.shape[1]) : lead;
      Tensor out = Autograd.rename(r.reshape(outShape), "UnsafeViewBackward0"); // PyTorch: _unsafe_view
      return transpose && matrix ? out.mT().contiguous() : out;
    }
    // Batched: broadcast batch dims, treat 1-D operands as matrices then drop the added dim.
    Tensor x = da == 1 ? a.unsqueeze(0) : a;
    Tensor y = db == 1 ? b.unsqueeze(1) : b;
    long n = x.shape[x.dim() - 2];
    long k = x.shape[x.dim() - 1];
    long k2 = y.shape[y.dim() - 2];
    long m = y.shape[y.dim() - 1];
    long[] bx0 = java.util.Arrays.copyOf(x.shapeArray(), x.dim() - 2);
    long[] by0 = java.util.Arrays.copyOf(y.shapeArray(), y.dim() - 2);
    // PyTorch checks batch broadcasting first, then bmm's sizes on the expanded operands
    long bn0 = Shapes.numel(Shapes.broadcast(bx0, by0));
    if (k != k2) {
      if (db == 1) {
        throw new IllegalArgumentException(
            "size mismatch, got " + n + ", " + n + "x" + k + "," + k2);
      }
      throw new IllegalArgumentException(
          "Expected size for first two dimensions of batch2 tensor to be: ["
              + bn0
              + ", "
              + k
              + "] but got: ["
              + bn0
              + ", "
              + k2
              + "].");
    }
    long[] bx = java.util.Arrays.copyOf(x.shapeArray(), x.dim() - 2);
    long[] by = java.util.Arrays.copyOf(y.shapeArray(), y.dim() - 2);
    long[] batch = Shapes.broadcast(bx, by);
    long bn = Shapes.numel(batch);
    if (bn * n * m == 0 || k == 0) {
      // bmm's shortcut before its dtype dispatch: empty, or zeros for k == 0, in batch2's dtype
      Tensor z = Torch.zeros(concat(batch, n, m), b.dtype());
      if (da == 1) {
        z = z.squeeze(-2);
      }
      return db == 1 ? z.squeeze(-1) : z;
    }
    supported(a.dtype(), "bmm");
    sameDtype(a, b);
    long[] xs = concat(batch, n, k);
    long[] ys = concat(batch, k, m);
    Tensor xe = x.expand(xs).reshape(bn, n, k);
    Tensor ye = y.expand(ys).reshape(bn, k, m);
    Tensor out = bmm3(xe.detach(), ye.detach()).reshape(concat(batch, n, m)).detach();
    out =
        Autograd.record(
            out,
            "BmmBackward0",
            new Tensor[] {xe, ye},
            g -> {
              Tensor g3 = g.reshape(bn, n, m);
              return new Tensor[] {
                g3.matmul(ye.transpose(1, 2)), xe.transpose(1, 2).matmul(g3)
              };
            },
            xe,
            ye);
    if (da == 1) {
      out = out.squeeze(-2);
    }
    if (db == 1) {
      out = out.squeeze(-1);
    }
    // PyTorch ends its batched matmul with _unsafe_view back to the broadcast shape.
    return Autograd.rename(out, "UnsafeViewBackward0");
  }

  /**
   * PyTorch 1.13's {@code should_fold}: an operand of 3+ dims times a 1-D/2-D one is folded into
   * an mm/mv, except a 3-D operand whose last two dims are transposed over a contiguous batch
   * (e.g. {@code permute(0, 2, 1)}) against a matrix, which bmm handles without a copy.
   */
  private static boolean shouldFold(Tensor t, int otherDim) {
    int d = t.dim();
    if (d < 3 || otherDim > 2) {
      return false;
    }
    return !(d == 3 && otherDim == 2 && t.strides[2] != 1 && t.strides[0] == t.shape[1] * t.shape[2]);
  }

  private static long[] concat1(long[] a, long last) {
    long[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = last;
    return out;
  }

  private static long[] concat(long[] batch, long r, long c) {
    long[] out = java.util.Arrays.copyOf(batch, batch.length + 2);
    out[batch.length] = r;
    out[batch.length + 1] = c;
    return out;
  }

  /** Vector p-norm over {@code dims} (all when null). */
  static Tensor vectorNorm(Tensor t, double p, int[] dims, boolean keepdim, String name) {
    if (t.dtype() == DType.float16) {
      // PyTorch's norm kernels accumulate float16 in float32; the elementwise pieces have no
      // float16 CPU kernel, so compute in float32 and round once.
      return vectorNorm(t.to(DType.float32), p, dims, keepdim, name).to(DType.float16);
    }
    Tensor r;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      r = vectorNormValue(t, p, dims, keepdim);
    }
    // One node, as in PyTorch, so the gradient at norm == 0 is 0 (a composed sqrt gives NaN).
    String node = name.equals("norm") ? "NormBackward1" : "LinalgVectorNormBackward0";
    Tensor norm = r;
    return Autograd.record(
        r, node, new Tensor[] {t}, g -> new Tensor[] {normBackward(g, t, norm, p, dims, keepdim)}, t, r);
  }

  /**
   * PyTorch's {@code norm_backward}: {@code grad * self * |self|^(p-2) / norm^(p-1)}, 0 where the
   * norm is 0; p = 1 gives {@code sgn(self) * grad}; p = inf spreads grad evenly over the ties.
   * Written with differentiable ops so create_graph works through it.
   */
  private static Tensor normBackward(
      Tensor g, Tensor self, Tensor norm, double p, int[] dims, boolean keepdim) {
    if (dims != null && !keepdim) {
      int[] d = Shapes.wrapDims(dims, self.dim()).clone();
      java.util.Arrays.sort(d);
      for (int dim : d) {
        g = g.unsqueeze(dim);
        norm = norm.unsqueeze(dim);
      }
    } else if (dims == null && keepdim) {
      g = g.reshape();
      norm = norm.reshape();
    }
    if (p == 0) {
      return Torch.zeros_like(self);
    }
    if (p == 1) {
      return self.sign().mul(g);
    }
    if (Double.isInfinite(p)) {
      Tensor mask = self.abs().eq(norm).to(self.dtype());
      Tensor count = dims == null ? mask.sum() : mask.sum(dims, true);
      return self.sign().mul(g.div(count)).mul(mask);
    }
    Tensor scale;
    if (p == 2) {
      scale = self.mul(g.div(norm));
    } else {
      scale = self.mul(self.abs().pow(p - 2)).mul(g).div(norm.pow(p - 1));
    }
    return Torch.where(norm.eq(0.0), Torch.zeros_like(scale), scale);
  }

  private static Tensor vectorNormValue(Tensor t, double p, int[] dims, boolean keepdim) {
    Tensor a = t.abs();
    Tensor r;
    if (p == 2) {
      r = dims == null ? t.mul(t).sum().sqrt() : t.mul(t).sum(dims, keepdim).sqrt();
    } else if (p == 1) {
      r = dims == null ? a.sum() : a.sum(dims, keepdim);
    } else if (Double.isInfinite(p) && p > 0) {
      r = dims == null ? a.max() : reduceMax(a, dims, keepdim, true);
    } else if (Double.isInfinite(p)) {
      r = dims == null ? a.min() : reduceMax(a, dims, keepdim, false);
    } else if (p == 0) {
      Tensor nz = t.ne(0).to(t.dtype());
      r = dims == null ? nz.sum() : nz.sum(dims, keepdim);
    } else {
      Tensor s = dims == null ? a.pow(p).sum() : a.pow(p).sum(dims, keepdim);
      r = s.pow(1.0 / p);
    }
    if (dims == null && keepdim) {
      long[] ones = new long[t.dim()];
      java.util.Arrays.fill(ones, 1);
      r = r.reshape(ones);
    }
    return r;
  }

  private static Tensor reduceMax(Tensor a, int[] dims, boolean keepdim, boolean max) {
    int[] d = Shapes.wrapDims(dims, a.dim());
    Tensor r = a;
    for (int i = d.length - 1; i >= 0; i--) {
      r = max ? r.max(d[i], true).values() : r.min(d[i], true).values();
    }
    if (!keepdim) {
      for (int i = d.length - 1; i >= 0; i--) {
        r = r.squeeze(d[i]);
      }
    }
    return r;
  }

  /** PyTorch: {@code torch.norm(input, p, dim, keepdim)}. */
  static Tensor norm(Tensor t, double p, int[] dims, boolean keepdim) {
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "norm(): input dtype should be either floating point or complex. Got "
              + t.dtype().scalarTypeName()
              + " instead.");
    }
    return vectorNorm(t, p, dims, keepdim, "norm");
  }

  /** PyTorch: {@code torch.linalg.norm(input, ord, dim, keepdim)} with a numeric or null ord. */
  static Tensor linalgNorm(Tensor t, Double ord, int[] dims, boolean keepdim) {
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
              + t.dtype().scalarTypeName());
    }
    if (dims == null && ord != null && t.dim() != 1 && t.dim() != 2) {
      throw new IllegalArgumentException(
          "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got "
              + t.dim()
              + "D.");
    }
    if (dims != null && dims.length > 2) {
      throw new IllegalArgumentException(
          "linalg.norm: If dim is specified, it must be of length 1 or 2. Got "
              + java.util.Arrays.toString(dims));
    }
    if (ord == null) {
      return vectorNorm(t, 2, dims, keepdim, "linalg.norm");
    }
    boolean matrix = (dims != null && dims.length == 2) || (dims == null && t.dim() == 2);
    if (!matrix) {
      return vectorNorm(t, ord, dims, keepdim, "linalg.norm");
    }
    if (!(Math.abs(ord) == 1 || Math.abs(ord) == 2 || Double.isInfinite(ord))) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: Order "
              + (ord == Math.rint(ord) ? Long.toString(ord.longValue()) : ord.toString())
              + " not supported.");
    }
    int[] d = dims == null ? new int[] {0, 1} : Shapes.wrapDims(dims, t.dim());
    int rows = d[0];
    int cols = d[1];
    Tensor a = t.abs();
    Tensor r;
    if (ord == 1) {
      r = reduceMax(a.sum(new int[] {rows}, true), new int[] {cols}, true, true);
    } else if (ord == -1) {
      r = reduceMax(a.sum(new int[] {rows}, true), new int[] {cols}, true, false);
    } else if (Double.isInfinite(ord)) {
      r = reduceMax(a.sum(new int[] {cols}, true), new int[] {rows}, true, ord > 0);
    } else {
      return SvdOps.svdNorm(t, rows, cols, keepdim, ord > 0 ? "2" : "-2");
    }
    if (!keepdim) {
      r = r.squeeze(cols).squeeze(rows);
    }
    return r;
  }

  /** Frobenius norm, PyTorch: {@code torch.linalg.norm(input, 'fro', dim)}. */
  static Tensor frobenius(Tensor t, int[] dims, boolean keepdim) {
    if (dims == null && t.dim() < 2) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
    }
    if (dims != null && dims.length != 2) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: dim must be a 2-tuple. Got "
              + java.util.Arrays.toString(dims).replaceAll("[\\[\\]]", ""));
    }
    if (dims == null && t.dim() != 2 && t.dim() != 1) {
      throw new IllegalArgumentException(
          "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got "
              + t.dim()
              + "D.");
    }
    return vectorNorm(t, 2, dims, keepdim, "linalg.norm");
  }
}
