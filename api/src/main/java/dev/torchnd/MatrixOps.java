package dev.torchnd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The matrix family beyond mm/bmm/mv: addmv, addr, baddbmm, addbmm, tensordot, inner, vdot,
 * matrix_power, multi_dot/chain_matmul, cdist, linalg.vector_norm/matrix_norm, linalg.solve.
 * Each follows its ATen function's check order and error texts (LinearAlgebra.cpp, Blas.cpp,
 * Linear.cpp, Distance.cpp) and records PyTorch's backward node from derivatives.yaml, with the
 * backward written in differentiable ops so create_graph works through it.
 */
final class MatrixOps {
  private MatrixOps() {}

  private static UnsupportedOperationException notImplemented(String kernel, DType t) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
  }

  private static IllegalArgumentException scalarType(DType want, DType got) {
    return new IllegalArgumentException(
        "expected scalar type " + want.scalarTypeName() + " but found " + got.scalarTypeName());
  }

  /** {@code size(dim)} with PyTorch's wrap error, as C++ {@code t.size(d)} raises it. */
  private static long size(Tensor t, long dim) {
    return t.shape[Shapes.wrapDim(dim, t.dim())];
  }

  /** A Python scalar as the kernel sees it in dtype {@code dt}: integral dtypes truncate. */
  private static double scalarIn(Tensor s, DType dt) {
    double v = s.doubleValue();
    return dt.is_floating_point() || dt == DType.bool ? v : (double) (long) v;
  }

  /** derivatives.yaml's {@code maybe_multiply(grad, s)}: grad itself when s is 1. */
  private static Tensor maybeMultiply(Tensor g, Tensor s) {
    return s.doubleValue() == 1 ? g : g.mul(s);
  }

  /**
   * {@code beta * self + alpha * prod}, self broadcast to the product's shape, computed in the
   * product's dtype; beta == 0 ignores self (a NaN there does not propagate), as BLAS does.
   */
  private static Tensor combine(Tensor self, Tensor prod, Tensor beta, Tensor alpha, DType dt) {
    double b = scalarIn(beta, dt);
    double a = scalarIn(alpha, dt);
    Tensor scaled = a == 1 ? prod : prod.mul(Torch.scalar(a));
    if (b == 0) {
      return scaled.castTo(dt).contiguous();
    }
    Tensor in = self.expand(prod.shapeArray()).castTo(dt);
    return (b == 1 ? in : in.mul(Torch.scalar(b))).add(scaled).castTo(dt).contiguous();
  }

  // ---------------------------------------------------------------- addmv

  static Tensor addmv(Tensor self, Tensor mat, Tensor vec, Tensor beta, Tensor alpha) {
    if (!(mat.dim() == 2 && vec.dim() == 1 && self.dim() <= 1)) {
      throw new IllegalArgumentException(
          "vector + matrix @ vector expected, got " + self.dim() + ", " + mat.dim() + ", " + vec.dim());
    }
    if (!(mat.shape[1] == vec.shape[0] && (mat.shape[0] == self.numel() || self.numel() == 1))) {
      throw new IllegalArgumentException(
          "size mismatch, got " + size(self, 0) + ", " + mat.shape[0] + "x" + mat.shape[1] + ","
              + vec.shape[0]);
    }
    DType dt = vec.dtype();
    long[] shape = {mat.shape[0]};
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor s = self.detach().expand(shape);
      if (mat.numel() == 0) {
        // addmv's shortcut for an empty matrix, before any dtype dispatch
        out = beta.doubleValue() == 0 ? Torch.zeros(shape, dt) : s.mul(beta).castTo(dt).contiguous();
      } else {
        if (mat.dtype() == DType.bool || mat.dtype() == DType.float16) {
          throw notImplemented("addmv_impl_cpu", mat.dtype());
        }
        if (vec.dtype() != mat.dtype()) {
          throw scalarType(mat.dtype(), vec.dtype());
        }
        out = combine(s, mat.detach().mv(vec.detach()), beta, alpha, dt);
      }
    }
    if (!dt.is_floating_point()) {
      return out;
    }
    long[] selfShape = self.shapeArray();
    return Autograd.record(
        out,
        "AddmvBackward0",
        new Tensor[] {self, mat, vec},
        g -> new Tensor[] {
          Autograd.sumTo(maybeMultiply(g, beta), selfShape),
          maybeMultiply(Torch.outer(g, vec), alpha),
          maybeMultiply(mat.t().mv(g), alpha)
        },
        mat,
        vec);
  }

  // ---------------------------------------------------------------- addr

  static Tensor addr(Tensor self, Tensor vec1, Tensor vec2, Tensor beta, Tensor alpha) {
    if (vec1.dim() != 1) {
      throw new IllegalArgumentException(
          "addr: Expected 1-D argument vec1, but got " + vec1.dim() + "-D");
    }
    if (vec2.dim() != 1) {
      throw new IllegalArgumentException(
          "addr: Expected 1-D argument vec2, but got " + vec2.dim() + "-D");
    }
    long[] shape = {vec1.shape[0], vec2.shape[0]};
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor s = self.detach().expand(shape);
      DType dt = Promotion.resultType(self, vec1, vec2);
      if (dt == DType.bool || !dt.is_floating_point()) {
        if (beta.dtype().is_floating_point()) {
          throw new IllegalArgumentException(
              "For integral input tensors, argument beta must not be a floating point number.");
        }
        if (alpha.dtype().is_floating_point()) {
          throw new IllegalArgumentException(
              "For integral input tensors, argument alpha must not be a floating point number.");
        }
      }
      Tensor a = vec1.detach().castTo(dt).unsqueeze(1);
      Tensor b = vec2.detach().castTo(dt).unsqueeze(0);
      if (dt == DType.bool) {
        // addr_kernel's bool form: (beta && self) || (alpha && vec1 && vec2)
        Tensor prod = alpha.doubleValue() != 0 ? a.logical_and(b) : Torch.zeros(shape, DType.bool);
        out = beta.doubleValue() != 0 ? s.castTo(DType.bool).logical_or(prod) : prod.expand(shape);
        out = out.contiguous();
      } else {
        // addr_kernel computes beta * self + alpha * vec1 * vec2 in the result dtype, op by op
        Tensor prod = (alpha.doubleValue() == 1 ? a : a.mul(alpha)).mul(b);
        if (beta.doubleValue() == 0) {
          out = prod.expand(shape).castTo(dt).contiguous();
        } else {
          Tensor in = s.castTo(dt);
          out = (beta.doubleValue() == 1 ? in : in.mul(beta)).add(prod).castTo(dt).contiguous();
        }
      }
    }
    if (!out.dtype().is_floating_point()) {
      return out;
    }
    long[] selfShape = self.shapeArray();
    return Autograd.record(
        out,
        "AddrBackward0",
        new Tensor[] {self, vec1, vec2},
        g -> new Tensor[] {
          Autograd.sumTo(maybeMultiply(g, beta), selfShape),
          maybeMultiply(g.mv(vec2.castTo(g.dtype())), alpha),
          maybeMultiply(g.t().mv(vec1.castTo(g.dtype())), alpha)
        },
        vec1,
        vec2);
  }

  // ---------------------------------------------------------------- baddbmm, addbmm

  static Tensor baddbmm(Tensor self, Tensor b1, Tensor b2, Tensor beta, Tensor alpha) {
    // baddbmm expands self to {b1.size(0), b1.size(1), b2.size(2)} before its 3-D checks
    long[] shape = {size(b1, 0), size(b1, 1), size(b2, 2)};
    Tensor s = self.detach().expand(shape);
    if (b1.dim() != 3) {
      throw new IllegalArgumentException("batch1 must be a 3D tensor");
    }
    if (b2.dim() != 3) {
      throw new IllegalArgumentException("batch2 must be a 3D tensor");
    }
    if (b2.shape[0] != b1.shape[0] || b2.shape[1] != b1.shape[2]) {
      throw new IllegalArgumentException(
          "Expected size for first two dimensions of batch2 tensor to be: [" + b1.shape[0] + ", "
              + b1.shape[2] + "] but got: [" + b2.shape[0] + ", " + b2.shape[1] + "].");
    }
    // the result takes batch1's dtype; an expanded self of another dtype fails the kernel's copy
    DType dt = b1.dtype();
    if (self.dtype() != dt && !Arrays.equals(self.shapeArray(), shape)) {
      throw scalarType(dt, self.dtype());
    }
    if (dt == DType.bool || dt == DType.float16) {
      throw notImplemented("baddbmm", dt);
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor x1 = b1.detach();
      Tensor x2 = b2.detach().castTo(dt);
      if (dt == DType.bfloat16) {
        // baddbmm_cpu_kernel in bfloat16: r = self * beta, then r += alpha * b1[k] * b2[k] per
        // k, every step rounded to bfloat16
        out = lowPrecisionAccumulate(s.castTo(dt), new Tensor[] {x1}, new Tensor[] {x2}, beta, alpha, false);
      } else {
        Tensor prod = b1.shape[2] == 0 ? Torch.zeros(shape, dt) : LinAlg.bmm3(x1, x2);
        out = combine(s, prod, beta, alpha, dt);
      }
    }
    if (!dt.is_floating_point()) {
      return out;
    }
    long[] selfShape = self.shapeArray();
    return Autograd.record(
        out,
        "BaddbmmBackward0",
        new Tensor[] {self, b1, b2},
        g -> new Tensor[] {
          Autograd.sumTo(maybeMultiply(g, beta), selfShape),
          maybeMultiply(g.bmm(b2.transpose(1, 2)), alpha),
          maybeMultiply(b1.transpose(1, 2).bmm(g), alpha)
        },
        b1,
        b2);
  }

  static Tensor addbmm(Tensor self, Tensor b1, Tensor b2, Tensor beta, Tensor alpha) {
    // addbmm_out expands self to {b1.size(1), b2.size(2)} before its checks
    long[] shape = {size(b1, 1), size(b2, 2)};
    Tensor s = self.detach().expand(shape);
    if (b1.dim() != 3) {
      throw new IllegalArgumentException("batch1 must be a 3D tensor");
    }
    if (b2.dim() != 3) {
      throw new IllegalArgumentException("batch2 must be a 3D tensor");
    }
    if (b1.shape[0] != b2.shape[0]) {
      throw new IllegalArgumentException(
          "batch1 and batch2 must have same number of batches, got " + b1.shape[0] + " and "
              + b2.shape[0]);
    }
    if (b1.shape[2] != b2.shape[1]) {
      throw new IllegalArgumentException(
          "Incompatible matrix sizes for bmm (" + b1.shape[1] + "x" + b1.shape[2] + " and "
              + b2.shape[1] + "x" + b2.shape[2] + ")");
    }
    DType dt = self.dtype();
    if (dt != b2.dtype()) {
      throw new IllegalArgumentException("self and mat2 must have the same dtype");
    }
    if (b1.dtype() != b2.dtype()) {
      throw new IllegalArgumentException("mat1 and mat2 must have the same dtype");
    }
    if (dt == DType.bool || dt == DType.float16) {
      throw notImplemented("addmm_impl_cpu_", dt);
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      // addbmm_impl_: result = beta * self, then result.addmm_(b1[i], b2[i], 1, alpha) per batch
      if (dt == DType.bfloat16) {
        // bfloat16 gemm: c += a[:, k] * b[k, :] per k and batch, each step rounded
        Tensor[] l = new Tensor[(int) b1.shape[0]];
        Tensor[] r = new Tensor[l.length];
        for (int i = 0; i < l.length; i++) {
          l[i] = b1.detach().select(0, i).unsqueeze(0);
          r[i] = b2.detach().select(0, i).unsqueeze(0);
        }
        out = lowPrecisionAccumulate(s.unsqueeze(0), l, r, beta, alpha, true).squeeze(0);
      } else {
        Tensor prod = b1.shape[0] == 0 || b1.shape[2] == 0 ? Torch.zeros(shape, dt)
            : LinAlg.bmm3(b1.detach(), b2.detach()).sum(new int[] {0}, false).castTo(dt);
        out = combine(s, prod, beta, alpha, dt);
      }
    }
    if (!dt.is_floating_point()) {
      return out;
    }
    long[] selfShape = self.shapeArray();
    long[] gShape = {b1.shape[0], b1.shape[1], b2.shape[2]};
    return Autograd.record(
        out,
        "AddbmmBackward0",
        new Tensor[] {self, b1, b2},
        g -> new Tensor[] {
          Autograd.sumTo(maybeMultiply(g, beta), selfShape),
          maybeMultiply(g.unsqueeze(0).expand(gShape).bmm(b2.transpose(1, 2)), alpha),
          maybeMultiply(b1.transpose(1, 2).bmm(g.unsqueeze(0).expand(gShape)), alpha)
        },
        b1,
        b2);
  }

  /**
   * PyTorch's naive low-precision product loops: {@code r = beta * self} (zeros for beta 0), then
   * for every pair and every k {@code r += a[..., k] * (b[..., k, :] * alpha)} ({@code alphaFirst})
   * or {@code r += alpha * a[..., k] * b[..., k, :]}, each op rounded to the dtype.
   */
  private static Tensor lowPrecisionAccumulate(
      Tensor self, Tensor[] as, Tensor[] bs, Tensor beta, Tensor alpha, boolean alphaOnB) {
    DType dt = self.dtype();
    long[] shape = {as[0].shape[0], as[0].shape[1], bs[0].shape[2]};
    double bv = beta.doubleValue();
    Tensor r = bv == 0 ? Torch.zeros(shape, dt) : self.expand(shape).castTo(dt);
    if (bv != 0 && bv != 1) {
      r = r.mul(beta);
    }
    boolean scale = alpha.doubleValue() != 1;
    for (int p = 0; p < as.length; p++) {
      for (long k = 0; k < as[p].shape[2]; k++) {
        Tensor a = as[p].narrow(2, k, 1);
        Tensor b = bs[p].narrow(1, k, 1);
        Tensor term = alphaOnB ? a.mul(scale ? b.mul(alpha) : b) : (scale ? a.mul(alpha) : a).mul(b);
        r = r.add(term);
      }
    }
    return r.contiguous();
  }

  // ---------------------------------------------------------------- tensordot, inner, vdot

  /** torch.functional.tensordot's int form: the last {@code dims} of a with the first of b. */
  static Tensor tensordot(Tensor a, Tensor b, long dims) {
    if (dims < 0) {
      throw new IllegalArgumentException("tensordot expects dims >= 0, but got dims=" + dims);
    }
    int[] da = new int[(int) dims];
    int[] db = new int[(int) dims];
    for (int i = 0; i < dims; i++) {
      da[i] = (int) (i - dims);
      db[i] = i;
    }
    return tensordot(a, b, da, db);
  }

  /** ATen's tensordot (Linear.cpp): permute, reshape to matrices, mm, reshape. */
  static Tensor tensordot(Tensor a, Tensor b, int[] dims1, int[] dims2) {
    if (dims1.length != dims2.length) {
      throw new IllegalArgumentException("both dimension lists should have same length");
    }
    long csize = 1;
    Tensor t1 = a;
    Tensor t2 = b;
    for (int i = 0; i < dims1.length; i++) {
      long s1 = size(a, dims1[i]);
      long s2 = size(b, dims2[i]);
      if (s2 == 1) {
        t1 = t1.sum(new int[] {dims1[i]}, true);
      } else if (s1 == 1) {
        t2 = t2.sum(new int[] {dims2[i]}, true);
      } else {
        if (s1 != s2) {
          throw new IllegalArgumentException(
              "contracted dimensions need to match, but first has size " + s1 + " in dim "
                  + dims1[i] + " and second has size " + s2 + " in dim " + dims2[i]);
        }
        csize *= s1;
      }
    }
    boolean[] c1 = bitset(dims1, a.dim());
    boolean[] c2 = bitset(dims2, b.dim());
    List<Integer> p1 = new ArrayList<>();
    List<Integer> p2 = new ArrayList<>();
    List<Long> rsizes = new ArrayList<>();
    long size1 = 1;
    long size2 = 1;
    for (int i = 0; i < a.dim(); i++) {
      if (!c1[i]) {
        p1.add(i);
        size1 *= t1.shape[i];
        rsizes.add(t1.shape[i]);
      }
    }
    for (int x : dims1) {
      p1.add(x);
    }
    for (int x : dims2) {
      p2.add(x);
    }
    for (int i = 0; i < b.dim(); i++) {
      if (!c2[i]) {
        p2.add(i);
        size2 *= t2.shape[i];
        rsizes.add(t2.shape[i]);
      }
    }
    Tensor m1 = t1.permute(p1.stream().mapToInt(Integer::intValue).toArray()).reshape(size1, csize);
    Tensor m2 = t2.permute(p2.stream().mapToInt(Integer::intValue).toArray()).reshape(csize, size2);
    return m1.mm(m2).reshape(rsizes.stream().mapToLong(Long::longValue).toArray());
  }

  /** at::dim_list_to_bitset: wrapped dims, each at most once. */
  private static boolean[] bitset(int[] dims, int ndim) {
    boolean[] seen = new boolean[Math.max(ndim, 1)];
    for (int d : dims) {
      int w = Shapes.wrapDim(d, ndim);
      if (seen[w]) {
        throw new IllegalArgumentException("dim " + w + " appears multiple times in the list of dims");
      }
      seen[w] = true;
    }
    return Arrays.copyOf(seen, ndim);
  }

  static Tensor inner(Tensor a, Tensor b) {
    if (a.dim() == 0 || b.dim() == 0) {
      return a.mul(b);
    }
    long la = a.shape[a.dim() - 1];
    long lb = b.shape[b.dim() - 1];
    if (la != lb) {
      throw new IllegalArgumentException(
          "inner() the last dimension must match on both input tensors but got shapes "
              + Arrays.toString(a.shapeArray()) + " and " + Arrays.toString(b.shapeArray()));
    }
    return tensordot(a, b, new int[] {-1}, new int[] {-1});
  }

  static Tensor vdot(Tensor a, Tensor b) {
    // vdot checks as dot does (same texts, same order), then records its own node
    Tensor r = LinAlg.dot(a, b);
    return Autograd.rename(r, "VdotBackward0");
  }

  // ---------------------------------------------------------------- matrix_power, multi_dot

  private static void squareBatches(Tensor a, String fn) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          fn + ": The input tensor A must have at least 2 dimensions.");
    }
    long r = a.shape[a.dim() - 2];
    long c = a.shape[a.dim() - 1];
    if (r != c) {
      throw new IllegalArgumentException(
          fn + ": A must be batches of square matrices, but they are " + r + " by " + c
              + " matrices");
    }
  }

  /** LinearAlgebra.cpp's linalg_matrix_power_impl: binary decomposition of n. */
  static Tensor matrixPower(Tensor a, long n) {
    squareBatches(a, "linalg.matrix_power");
    if (n == 0) {
      // clone of an identity, shaped like a, in a's dtype; PyTorch's node is CopyBackwards
      Tensor eye = Torch.eye(a.shape[a.dim() - 1]).castTo(a.dtype()).expand(a.shapeArray());
      Tensor out;
      try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
        out = Torch.zeros_like(a).add(eye).castTo(a.dtype()).contiguous();
      }
      long[] as = a.shapeArray();
      return Autograd.record(out, "CopyBackwards", new Tensor[] {a},
          g -> new Tensor[] {Torch.zeros(as, g.dtype())});
    }
    Tensor x = a;
    if (n < 0) {
      x = a.inverse();
      n = -n;
    }
    if (n == 1) {
      return x == a ? a.clone() : x;
    }
    if (n == 2) {
      return x.matmul(x);
    }
    if (n == 3) {
      return x.matmul(x).matmul(x);
    }
    Tensor z = null;
    Tensor result = null;
    while (n > 0) {
      z = z == null ? x : z.matmul(z);
      if ((n & 1) == 1) {
        result = result == null ? z : result.matmul(z);
      }
      n >>= 1;
    }
    return result;
  }

  /** linalg.multi_dot's checks, then products left to right (PyTorch picks an order by cost). */
  static Tensor multiDot(Tensor[] ts, boolean chain) {
    int n = ts.length;
    if (chain) {
      if (n == 0) {
        throw new IllegalArgumentException("chain_matmul(): Expected one or more matrices");
      }
      if (n == 1) {
        if (ts[0].dim() != 2) {
          throw new IllegalArgumentException(
              "Tensor dimension is " + ts[0].dim() + ", expected 2 instead.");
        }
        return ts[0].clone();
      }
    }
    if (n < 2) {
      throw new IllegalArgumentException("multi_dot(): expected at least 2 tensors but got " + n);
    }
    int firstDim = ts[0].dim();
    int lastDim = ts[n - 1].dim();
    if (firstDim != 1 && firstDim != 2) {
      throw new IllegalArgumentException(
          "multi_dot(): the first tensor must be 1D or 2D but got " + firstDim + "D");
    }
    if (lastDim != 1 && lastDim != 2) {
      throw new IllegalArgumentException(
          "multi_dot(): the last tensor must be 1D or 2D but got " + lastDim + "D");
    }
    for (int i = 1; i < n - 1; i++) {
      if (ts[i].dim() != 2) {
        throw new IllegalArgumentException(
            "multi_dot(): tensor " + i + " must be 2D but got " + ts[i].dim() + "D");
      }
    }
    Tensor[] m = new Tensor[n];
    m[0] = firstDim == 1 ? ts[0].unsqueeze(0) : ts[0];
    m[n - 1] = lastDim == 1 ? ts[n - 1].unsqueeze(1) : ts[n - 1];
    for (int i = 1; i < n - 1; i++) {
      m[i] = ts[i];
    }
    DType dt = ts[0].dtype();
    for (int i = 1; i < n; i++) {
      if (ts[i].dtype() != dt) {
        throw new IllegalArgumentException(
            "multi_dot(): all tensors must have be the same dtype but tensor 0 is "
                + Clamp.cppName(dt) + " and tensor " + i + " " + Clamp.cppName(ts[i].dtype()));
      }
      if (m[i - 1].shape[1] != m[i].shape[0]) {
        throw new IllegalArgumentException(
            "multi_dot(): tensors " + (i - 1) + " and " + i + " with shapes "
                + Arrays.toString(ts[i - 1].shapeArray()) + " and "
                + Arrays.toString(ts[i].shapeArray()) + " cannot be multiplied");
      }
    }
    Tensor r = m[0];
    for (int i = 1; i < n; i++) {
      r = r.mm(m[i]);
    }
    // multi_dot views the product as its output shape (a ViewBackward0 node, as PyTorch)
    if (firstDim == 1 && lastDim == 1) {
      return r.view(new long[0]);
    }
    if (firstDim == 1) {
      return r.view(r.shape[1]);
    }
    if (lastDim == 1) {
      return r.view(r.shape[0]);
    }
    return r.view(r.shape[0], r.shape[1]);
  }

  // ---------------------------------------------------------------- cdist

  /** {@code ||x1[..., i, :] - x2[..., j, :]||_p} for every pair (Distance.cpp's cdist_impl). */
  static Tensor cdist(Tensor x1, Tensor x2, double p) {
    if (x1.dim() < 2) {
      throw new IllegalArgumentException(
          "cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
    }
    if (x2.dim() < 2) {
      throw new IllegalArgumentException(
          "cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
    }
    if (!x1.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "cdist only supports floating-point dtypes, X1 got: " + x1.dtype().scalarTypeName());
    }
    if (!x2.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "cdist only supports floating-point dtypes, X2 got: " + x2.dtype().scalarTypeName());
    }
    long c1 = x1.shape[x1.dim() - 1];
    long c2 = x2.shape[x2.dim() - 1];
    if (c1 != c2) {
      throw new IllegalArgumentException(
          "X1 and X2 must have the same number of columns. X1: " + c1 + " X2: " + c2);
    }
    if (p < 0) {
      throw new IllegalArgumentException("cdist only supports non-negative p values");
    }
    long r1 = x1.shape[x1.dim() - 2];
    long r2 = x2.shape[x2.dim() - 2];
    long[] b1 = Arrays.copyOf(x1.shapeArray(), x1.dim() - 2);
    long[] b2 = Arrays.copyOf(x2.shapeArray(), x2.dim() - 2);
    long[] batch = Shapes.broadcast(b1, b2);
    if (x1.dtype() != x2.dtype()) {
      throw scalarType(x1.dtype(), x2.dtype());
    }
    DType dt = x1.dtype();
    if (dt == DType.float16 || dt == DType.bfloat16) {
      throw notImplemented("cdist", dt);
    }
    long[] e1 = concat(batch, r1, 1, c1);
    long[] e2 = concat(batch, 1, r2, c1);
    Tensor a = x1.unsqueeze(-2).expand(e1);
    Tensor b = x2.unsqueeze(-3).expand(e2);
    Tensor diff = a.sub(b);
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      out = LinAlg.vectorNorm(diff.detach(), p, new int[] {-1}, false, "linalg.vector_norm");
      if (c1 == 0) {
        out = Torch.zeros(out.shapeArray(), dt);
      }
    }
    Tensor res = out;
    return Autograd.record(
        res,
        "CdistBackward0",
        new Tensor[] {x1, x2},
        g -> {
          Tensor d = a.sub(b);
          Tensor gd = cdistGrad(g.unsqueeze(-1), d, res.unsqueeze(-1), p);
          long[] s1 = x1.shapeArray();
          long[] s2 = x2.shapeArray();
          return new Tensor[] {
            Autograd.sumTo(gd.sum(new int[] {-2}, false), s1),
            Autograd.sumTo(gd.sum(new int[] {-3}, false).neg(), s2)
          };
        },
        x1,
        x2,
        res);
  }

  /** d||d||_p / d d times g (Distance.cpp's backward: 0 where the distance is 0). */
  private static Tensor cdistGrad(Tensor g, Tensor d, Tensor dist, double p) {
    if (p == 0) {
      return Torch.zeros_like(d);
    }
    if (p == 1) {
      return d.sign().mul(g);
    }
    if (Double.isInfinite(p)) {
      Tensor mask = d.abs().eq(dist).to(d.dtype());
      return d.sign().mul(mask).mul(g);
    }
    Tensor scale;
    if (p == 2) {
      scale = d.mul(g).div(dist);
    } else if (p < 2) {
      scale = d.sign().mul(d.abs().pow(p - 1)).mul(g).div(dist.pow(p - 1));
    } else {
      scale = d.mul(d.abs().pow(p - 2)).mul(g).div(dist.pow(p - 1));
    }
    return Torch.where(dist.eq(0.0), Torch.zeros_like(scale), scale);
  }

  private static long[] concat(long[] batch, long x, long y, long z) {
    long[] out = Arrays.copyOf(batch, batch.length + 3);
    out[batch.length] = x;
    out[batch.length + 1] = y;
    out[batch.length + 2] = z;
    return out;
  }

  // ---------------------------------------------------------------- vector_norm, matrix_norm

  static Tensor vectorNorm(Tensor t, double ord, int[] dims, boolean keepdim) {
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
              + t.dtype().scalarTypeName());
    }
    if (t.numel() == 0 && (ord < 0 || Double.isInfinite(ord))) {
      // no identity: the reduction over an empty dim (or over everything) has no value
      if (dims == null || dims.length == 0) {
        throw new IllegalArgumentException(
            "linalg.vector_norm cannot compute the " + cppNum(ord)
                + " norm on an empty tensor because the operation does not have an identity");
      }
      for (int d : Shapes.wrapDims(dims, t.dim())) {
        if (t.shape[d] == 0) {
          throw new IllegalArgumentException(
              "linalg.vector_norm cannot compute the " + cppNum(ord) + " norm on the dimension " + d
                  + "because this dimension is empty and the operation does not have an identity");
        }
      }
    }
    int[] d = dims == null || dims.length == 0 ? null : dims;
    return LinAlg.vectorNorm(t, ord, d, keepdim, "linalg.vector_norm");
  }

  /** A double as C++'s {@code ostream <<} prints it (%g, 6 digits): inf, -1, 0.5. */
  private static String cppNum(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (Double.isNaN(v)) {
      return "nan";
    }
    String g = new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", v))
        .stripTrailingZeros().toPlainString();
    return g;
  }

  private static int[] matrixDims(Tensor t, int[] dim) {
    if (t.dim() < 2) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.");
    }
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: Expected a floating point or complex tensor as input. Got "
              + t.dtype().scalarTypeName());
    }
    if (dim.length != 2) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < dim.length; i++) {
        sb.append(i == 0 ? "" : " ").append(dim[i]);
      }
      throw new IllegalArgumentException("linalg.matrix_norm: dim must be a 2-tuple. Got " + sb);
    }
    int[] w = Shapes.wrapDims(new int[] {dim[0]}, t.dim());
    int[] w2 = Shapes.wrapDims(new int[] {dim[1]}, t.dim());
    if (w[0] == w2[0]) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: dims must be different. Got (" + dim[0] + ", " + dim[1] + ")");
    }
    return new int[] {w[0], w2[0]};
  }

  /** linalg.matrix_norm with ord "fro" or "nuc". */
  static Tensor matrixNorm(Tensor t, String ord, int[] dim, boolean keepdim) {
    int[] d = matrixDims(t, dim);
    if (ord.equals("fro")) {
      return LinAlg.vectorNorm(t, 2, d, keepdim, "linalg.vector_norm");
    }
    if (ord.equals("nuc")) {
      return SvdOps.svdNorm(t, d[0], d[1], keepdim, "nuc");
    }
    throw new IllegalArgumentException("linalg.matrix_norm: Order " + ord + " not supported.");
  }

  /** linalg.matrix_norm with a numeric ord: +-1 and +-inf (column/row sums); 2 needs an SVD. */
  static Tensor matrixNorm(Tensor t, double ord, int[] dim, boolean keepdim) {
    int[] d = matrixDims(t, dim);
    double a = Math.abs(ord);
    if (!(a == 2 || a == 1 || Double.isInfinite(a))) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: Order " + (ord == Math.rint(ord) ? Long.toString((long) ord) : cppNum(ord))
              + " not supported.");
    }
    if (a == 2) {
      return SvdOps.svdNorm(t, d[0], d[1], keepdim, ord > 0 ? "2" : "-2");
    }
    int rows = d[0];
    int cols = d[1];
    if (Double.isInfinite(ord)) {
      rows = d[1];
      cols = d[0];
    }
    // PyTorch: vector_norm(A, 1, dim=rows, keepdim) then amax/amin over cols (shifted when the
    // first reduction removed a dim before it)
    boolean max = ord > 0;
    int c = rows < cols && !keepdim ? cols - 1 : cols;
    Tensor sums = LinAlg.vectorNorm(t, 1, new int[] {rows}, keepdim, "linalg.vector_norm");
    return max ? sums.amax(new int[] {c}, keepdim) : sums.amin(new int[] {c}, keepdim);
  }

  // ---------------------------------------------------------------- linalg.solve

  static Tensor solve(Tensor a, Tensor b) {
    if (!a.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.solve: Expected a floating point or complex tensor as input. Got "
              + a.dtype().scalarTypeName());
    }
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(
          "linalg.solve: Expected A and B to have the same dtype, but found A of type "
              + a.dtype().scalarTypeName() + " and B of type " + b.dtype().scalarTypeName()
              + " instead");
    }
    squareBatches(a, "linalg.solve");
    long n = a.shape[a.dim() - 1];
    // linalg_solve_is_vector_rhs: B is 1-D, or B's shape is A's without its last dim
    boolean vectorCase = b.dim() == 1 || (b.dim() == a.dim() - 1
        && Arrays.equals(b.shapeArray(), Arrays.copyOf(a.shapeArray(), a.dim() - 1)));
    Tensor bm = vectorCase ? b.unsqueeze(-1) : b;
    if (bm.dim() < 2 || bm.shape[bm.dim() - 2] != n) {
      throw new IllegalArgumentException(
          "linalg.solve: Incompatible shapes of A and B for the equation AX = B (" + n + "x" + n
              + " and " + bm.shape[bm.dim() - 2] + "x" + bm.shape[bm.dim() - 1] + ")");
    }
    if (a.dtype() == DType.float16 || a.dtype() == DType.bfloat16) {
      throw notImplemented("lu_cpu", a.dtype());
    }
    Tensor x;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor inv;
      try {
        inv = a.detach().inverse();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "torch.linalg.solve: " + (a.dim() > 2 && e.getMessage().contains("Batch element")
                ? e.getMessage().substring(12, e.getMessage().indexOf("): ") + 3) : "")
                + "The solver failed because the input matrix is singular.");
      }
      x = inv.matmul(bm.detach());
    }
    Tensor xv = vectorCase ? x.squeeze(-1) : x;
    Tensor out = xv.contiguous();
    Tensor xs = x;
    return Autograd.record(
        out,
        "LinalgSolveExBackward0",
        new Tensor[] {a, b},
        g -> {
          Tensor gm = vectorCase ? g.unsqueeze(-1) : g;
          Tensor gb = a.mT().inverse().matmul(gm);
          Tensor ga = gb.matmul(xs.mT()).neg();
          return new Tensor[] {
            Autograd.sumTo(ga, a.shapeArray()),
            Autograd.sumTo(vectorCase ? gb.squeeze(-1) : gb, b.shapeArray())
          };
        },
        a);
  }

  /** An in-place product form: the result must have self's shape; written through copy_. */
  static Tensor inplace(Tensor self, Tensor result) {
    Autograd.checkInplace(self);
    if (!Arrays.equals(self.shapeArray(), result.shapeArray())) {
      // the structured kernels' in-place check (addmv_, baddbmm_, addbmm_)
      throw new IllegalArgumentException(
          "Bad in-place call: input tensor size " + Arrays.toString(self.shapeArray())
              + " and output tensor size " + Arrays.toString(result.shapeArray()) + " should match");
    }
    return IndexOps.inplace(self, result);
  }

  /** addr_: self must be 2-D, and the promoted result must cast to self's dtype. */
  static Tensor addrInplace(Tensor self, Tensor vec1, Tensor vec2, Tensor beta, Tensor alpha) {
    if (self.dim() != 2) {
      throw new IllegalArgumentException("2D tensor expected, got " + self.dim() + "D tensor for input");
    }
    Tensor r = addr(self, vec1, vec2, beta, alpha);
    if (!Promotion.canCast(r.dtype(), self.dtype())) {
      throw new IllegalArgumentException(
          "result type " + r.dtype().scalarTypeName() + " can't be cast to the desired output type "
              + self.dtype().scalarTypeName());
    }
    return inplace(self, r);
  }
}
