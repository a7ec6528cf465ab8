package dev.torchnd;

import java.util.Arrays;

/**
 * The singular value decomposition and what PyTorch 1.13 builds on it: {@code linalg.svd},
 * {@code svd}, {@code linalg.svdvals}, {@code linalg.matrix_norm} ('nuc', +-2), {@code
 * linalg.cond}, {@code linalg.matrix_rank}, {@code linalg.pinv}/{@code pinverse} and {@code
 * linalg.lstsq}, with its checks and error texts. The decomposition itself is the backend's
 * {@link dev.torchnd.spi.Backend#svd}; backward rules are derivatives.yaml's svd_backward (the
 * svdvals shortcut U diag(gS) Vh when only S gets a gradient), pinv_backward and
 * linalg_lstsq_backward.
 */
final class SvdOps {
  private SvdOps() {}

  private static void checkInput(Tensor a, String dimsText) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(dimsText);
    }
    checkDtype(a);
  }

  private static void checkDtype(Tensor a) {
    if (!a.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "linalg.svd: Expected a floating point or complex tensor as input. Got "
              + a.dtype().scalarTypeName());
    }
    if (a.dtype() == DType.float16 || a.dtype() == DType.bfloat16) {
      throw new UnsupportedOperationException(
          "\"linalg_svd_cpu\" not implemented for '" + a.dtype().scalarTypeName() + "'");
    }
  }

  private static final String SVD_DIMS =
      "linalg.svd: The input tensor A must have at least 2 dimensions.";

  /** {U, S, Vh} without autograd ({@code uv} false: U and Vh null). */
  static Tensor[] raw(Tensor a, boolean full, boolean uv) {
    long[] shape = a.shapeArray();
    int nd = shape.length;
    long m = shape[nd - 2];
    long n = shape[nd - 1];
    long k = Math.min(m, n);
    long[] batch = Arrays.copyOf(shape, nd - 2);
    long b = Shapes.numel(batch);
    long uc = full ? m : k;
    long vr = full ? n : k;
    Device dev = a.device();
    DType dt = a.dtype();
    Tensor s = Tensor.empty(cat(batch, k), dt, dev);
    Tensor u = uv ? Tensor.empty(cat(batch, m, uc), dt, dev) : null;
    Tensor vh = uv ? Tensor.empty(cat(batch, vr, n), dt, dev) : null;
    if (b == 0) {
      return new Tensor[] {u, s, vh};
    }
    if (k == 0) {
      // LAPACK's convention for an empty matrix: the full factors are identities
      if (uv && full) {
        u = Torch.eye(m, dev).to(dt).expand(cat(batch, m, m)).contiguous();
        vh = Torch.eye(n, dev).to(dt).expand(cat(batch, n, n)).contiguous();
      }
      return new Tensor[] {u, s, vh};
    }
    Tensor a3 = a.detach().reshape(b, m, n);
    Backends.get()
        .svd(a3.storage, a3.layout(), full, uv ? u.storage : null, s.storage,
            uv ? vh.storage : null);
    return new Tensor[] {u, s, vh};
  }

  private static long[] cat(long[] batch, long... tail) {
    long[] out = Arrays.copyOf(batch, batch.length + tail.length);
    System.arraycopy(tail, 0, out, batch.length, tail.length);
    return out;
  }

  private static boolean allZero(Tensor g) {
    return g == null || g.numel() == 0 || !g.ne(0L).any().booleanValue();
  }

  /** torch.linalg.svd(A, full_matrices): {U, S, Vh}, one LinalgSvdBackward0 node for all three. */
  static Tensor[] linalgSvd(Tensor a, boolean full) {
    checkInput(a, SVD_DIMS);
    Tensor[] r = raw(a, full, true);
    if (!Autograd.needsGrad(a)) {
      return r;
    }
    Tensor u = r[0];
    Tensor s = r[1];
    Tensor vh = r[2];
    long k = s.shape[s.dim() - 1];
    Tensor uk = full ? u.narrow(-1, 0, k) : u;
    Tensor vhk = full ? vh.narrow(-2, 0, k) : vh;
    return AutogradFunction.record(
        "LinalgSvdBackward0",
        r,
        new boolean[] {true, true, true},
        new Tensor[] {a},
        g -> {
          Tensor gu = allZero(g[0]) ? null : full ? g[0].narrow(-1, 0, k) : g[0];
          Tensor gvh = allZero(g[2]) ? null : full ? g[2].narrow(-2, 0, k) : g[2];
          return new Tensor[] {svdBackward(gu, g[1], gvh, uk, s, vhk)};
        });
  }

  /** derivatives.yaml's svd_backward for real inputs (distinct singular values assumed). */
  static Tensor svdBackward(Tensor gU, Tensor gS, Tensor gVh, Tensor U, Tensor S, Tensor Vh) {
    long m = U.shape[U.dim() - 2];
    long n = Vh.shape[Vh.dim() - 1];
    if (gU == null && gVh == null) {
      return m >= n ? U.matmul(gS.unsqueeze(-1).mul(Vh)) : U.mul(gS.unsqueeze(-2)).matmul(Vh);
    }
    Tensor uhgu = gU == null ? null : skew(U.mT().matmul(gU));
    Tensor vhgv = gVh == null ? null : skew(Vh.matmul(gVh.mT()));
    Tensor s2 = S.mul(S);
    long k = S.shape[S.dim() - 1];
    Tensor e = s2.unsqueeze(-2).sub(s2.unsqueeze(-1))
        .add(Torch.eye(k, S.device()).to(S.dtype()));
    Tensor gA;
    if (gU != null && gVh != null) {
      gA = uhgu.mul(S.unsqueeze(-2)).add(S.unsqueeze(-1).mul(vhgv)).div(e);
    } else if (gU != null) {
      gA = uhgu.mul(S.unsqueeze(-2).div(e));
    } else {
      gA = S.unsqueeze(-1).mul(vhgv.div(e));
    }
    if (gS != null) {
      gA = gA.add(gS.diag_embed());
    }
    if (m > n && gU != null) {
      gA = U.matmul(gA);
      Tensor gUSinv = gU.div(S.unsqueeze(-2));
      gA = gA.add(gUSinv).sub(U.matmul(U.mT().matmul(gUSinv)));
      gA = gA.matmul(Vh);
    } else if (m < n && gVh != null) {
      gA = gA.matmul(Vh);
      Tensor sinvgVh = gVh.div(S.unsqueeze(-1));
      gA = gA.add(sinvgVh).sub(sinvgVh.matmul(Vh.mT()).matmul(Vh));
      gA = U.matmul(gA);
    } else {
      gA = m >= n ? U.matmul(gA.matmul(Vh)) : U.matmul(gA).matmul(Vh);
    }
    return gA;
  }

  private static Tensor skew(Tensor a) {
    return a.sub(a.mT());
  }

  /** torch.linalg.svdvals(A): the singular values; backward U diag(gS) Vh. */
  static Tensor svdvals(Tensor a) {
    checkInput(a, SVD_DIMS);
    boolean grad = Autograd.needsGrad(a);
    Tensor[] r = raw(a, false, grad);
    if (!grad) {
      return r[1];
    }
    Tensor u = r[0];
    Tensor vh = r[2];
    return Autograd.record(
        r[1], "LinalgSvdBackward0", new Tensor[] {a},
        g -> new Tensor[] {svdBackward(null, g, null, u, r[1], vh)});
  }

  /** torch.svd(A, some, compute_uv): {U, S, V} (V = Vh^H; zero U and V without compute_uv). */
  static Tensor[] svd(Tensor a, boolean some, boolean computeUv) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          "linalg.svd: input should have at least 2 dimensions, but has " + a.dim()
              + " dimensions instead");
    }
    if (computeUv) {
      Tensor[] r = linalgSvd(a, !some);
      return new Tensor[] {r[0], r[1], r[2].mT()};
    }
    Tensor s = svdvals(a);
    long[] sizes = a.shapeArray();
    int nd = sizes.length;
    long m = sizes[nd - 2];
    long n = sizes[nd - 1];
    sizes[nd - 1] = m;
    Tensor u = Torch.zeros(sizes.clone(), a.dtype(), a.device());
    sizes[nd - 2] = n;
    sizes[nd - 1] = n;
    Tensor vh = Torch.zeros(sizes, a.dtype(), a.device());
    return new Tensor[] {u, s, vh.mT()};
  }

  // ------------------------------------------------------------------ norms, cond, rank

  /** The dims of A moved last in the order given (create_dim_backshift_permutation). */
  private static int[] backshift(int d0, int d1, int nd) {
    int[] p = new int[nd];
    int j = 0;
    for (int i = 0; i < nd; i++) {
      if (i != d0 && i != d1) {
        p[j++] = i;
      }
    }
    p[j++] = d0;
    p[j] = d1;
    return p;
  }

  private static int[] inverse(int[] p) {
    int[] r = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      r[p[i]] = i;
    }
    return r;
  }

  /** linalg.matrix_norm's 'nuc' (sum of singular values) and +-2 (largest / smallest). */
  static Tensor svdNorm(Tensor a, int d0, int d1, boolean keepdim, String ord) {
    if (a.dtype() == DType.float16 || a.dtype() == DType.bfloat16) {
      throw new IllegalArgumentException(
          "linalg.matrix_norm: Low precision dtypes not supported. Got "
              + a.dtype().scalarTypeName());
    }
    return svdNormUnchecked(a, d0, d1, keepdim, ord);
  }

  private static Tensor svdNormUnchecked(Tensor a, int d0, int d1, boolean keepdim, String ord) {
    int[] perm = backshift(d0, d1, a.dim());
    Tensor sv = svdvals(a.permute(perm));
    Tensor r;
    if (ord.equals("nuc")) {
      r = sv.sum(-1, keepdim);
    } else {
      if (sv.shape[sv.dim() - 1] == 0) {
        throw new IndexOutOfBoundsException(
            (ord.equals("2") ? "amax" : "amin")
                + "(): Expected reduction dim -1 to have non-zero size.");
      }
      r = ord.equals("2") ? sv.amax(new int[] {-1}, keepdim) : sv.amin(new int[] {-1}, keepdim);
    }
    if (keepdim) {
      r = r.unsqueeze(-1).permute(inverse(perm));
    }
    return r;
  }

  /** at::nuclear_norm (torch.norm's 'nuc'): the singular values' sum, without matrix_norm's dtype checks. */
  static Tensor nuclear(Tensor a, int[] dims, boolean keepdim) {
    int[] d = Shapes.wrapDims(dims, a.dim());
    return svdNormUnchecked(a, d[0], d[1], keepdim, "nuc");
  }

  /** torch.linalg.cond(A) / cond(A, p) with p 2, -2 (singular values) or 'fro', 'nuc', +-1, +-inf. */
  static Tensor cond(Tensor a, Object p) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          "linalg.cond: The input tensor must have at least 2 dimensions.");
    }
    boolean svdOrd = p == null || (p instanceof Double d && Math.abs(d) == 2);
    if (!svdOrd) {
      if (p instanceof String str) {
        if (!str.equals("fro") && !str.equals("nuc")) {
          throw new IllegalArgumentException("linalg.cond got an invalid norm type: " + str);
        }
      } else {
        double d = (Double) p;
        if (!(Math.abs(d) == 1 || Double.isInfinite(d))) {
          throw new IllegalArgumentException(
              "linalg.cond got an invalid norm type: " + Sampling.cpp(d));
        }
      }
    }
    long m = a.shape[a.dim() - 2];
    long n = a.shape[a.dim() - 1];
    if (!svdOrd) {
      String name = p instanceof String str ? str
          : Double.isInfinite((Double) p) ? ((Double) p > 0 ? "inf" : "-inf")
          : String.format(java.util.Locale.ROOT, "%f", (Double) p);
      if (m != n) {
        throw new IllegalArgumentException(
            "linalg.cond(ord=" + name + "): A must be batches of square matrices, but they are "
                + m + " by " + n + " matrices");
      }
    }
    if (m == 0 && n == 0 || a.numel() == 0 && !svdOrd) {
      long[] bs = Arrays.copyOf(a.shapeArray(), a.dim() - 2);
      checkDtype(a);
      return Torch.zeros(bs, a.dtype(), a.device());
    }
    if (svdOrd) {
      Tensor sv = svdvals(a);
      long k = sv.shape[sv.dim() - 1];
      Tensor smax = sv.narrow(-1, 0, 1);
      Tensor smin = sv.narrow(-1, k - 1, 1);
      Tensor r = p != null && (Double) p == -2 ? smin.div(smax) : smax.div(smin);
      return r.squeeze(-1);
    }
    checkDtype(a);
    Tensor inv = invOrInf(a);
    return p instanceof String str
        ? normOf(a, str).mul(normOf(inv, str))
        : Torch.linalg_matrix_norm(a, (Double) p).mul(Torch.linalg_matrix_norm(inv, (Double) p));
  }

  private static Tensor normOf(Tensor a, String ord) {
    return Torch.linalg_matrix_norm(a, ord);
  }

  /** linalg_inv_ex with singular matrices' inverses set to inf (_linalg_cond_helper). */
  private static Tensor invOrInf(Tensor a) {
    try {
      return a.inverse();
    } catch (RuntimeException e) {
      if (a.dim() == 2) {
        return Torch.full(a.shapeArray(), Double.POSITIVE_INFINITY, a.dtype(), a.device());
      }
      Tensor flat = a.reshape(-1, a.shape[a.dim() - 2], a.shape[a.dim() - 1]);
      Tensor[] parts = new Tensor[(int) flat.shape[0]];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = invOrInf(flat.select(0, i));
      }
      return Torch.stack(parts).reshape(a.shapeArray());
    }
  }

  /** torch.linalg.matrix_rank(A[, atol, rtol]): count of singular values above max(atol, rtol * max). */
  static Tensor matrixRank(Tensor a, Double atol, Double rtol) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          "torch.linalg.matrix_rank: The input tensor input must have at least 2 dimensions.");
    }
    if (a.dtype() != DType.float32 && a.dtype() != DType.float64) {
      throw new IllegalArgumentException(
          "This function doesn't handle types other than float and double");
    }
    long m = a.shape[a.dim() - 2];
    long n = a.shape[a.dim() - 1];
    double at = atol == null ? 0 : atol;
    double rt = rtol != null ? rtol
        : atol == null || atol <= 0 ? eps(a.dtype()) * Math.max(m, n) : 0;
    Tensor sv;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      sv = svdvals(a.detach());
    }
    long k = sv.shape[sv.dim() - 1];
    if (k == 0) {
      return Torch.zeros(Arrays.copyOf(a.shapeArray(), a.dim() - 2), DType.int64, a.device());
    }
    Tensor tol = sv.narrow(-1, 0, 1).mul(rt).clamp_min(at);
    return sv.gt(tol).sum(-1);
  }

  private static double eps(DType t) {
    return t == DType.float64 ? Math.ulp(1.0) : Math.ulp(1.0f);
  }

  // ------------------------------------------------------------------ pinv, lstsq

  /** torch.linalg.pinv(A, atol, rtol): V diag(1/S above the cutoff) U^H; LinalgPinvBackward0. */
  static Tensor pinv(Tensor a, Double atol, Double rtol) {
    if (a.dim() < 2 || (a.dtype() != DType.float32 && a.dtype() != DType.float64)) {
      throw new IllegalArgumentException(
          "linalg.pinv(" + a.dtype().scalarTypeName() + Shapes.list(a.shapeArray())
              .replace("[", "{[").replace("]", "]}")
              + "): expected a tensor with 2 or more dimensions of float, double, cfloat or"
              + " cdouble types");
    }
    long m = a.shape[a.dim() - 2];
    long n = a.shape[a.dim() - 1];
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      if (a.numel() == 0) {
        long[] s = a.shapeArray();
        s[s.length - 2] = n;
        s[s.length - 1] = m;
        out = Torch.zeros(s, a.dtype(), a.device());
      } else {
        double at = atol == null ? 0 : atol;
        double rt = rtol != null ? rtol
            : atol == null || atol <= 0 ? eps(a.dtype()) * Math.max(m, n) : 0;
        Tensor[] r = raw(a.detach(), false, true);
        Tensor s = r[1];
        Tensor tol = s.narrow(-1, 0, 1).mul(rt).clamp_min(at);
        Tensor sinv = Torch.where(s.gt(tol), s.reciprocal(), 0.0);
        out = r[2].mT().mul(sinv.unsqueeze(-2)).matmul(r[0].mT());
      }
    }
    Tensor pinvA = out;
    return Autograd.record(
        out, "LinalgPinvBackward0", new Tensor[] {a},
        g -> new Tensor[] {pinvBackward(g, pinvA, a)});
  }

  /** derivatives.yaml's pinv_backward (real case). */
  static Tensor pinvBackward(Tensor grad, Tensor pinvA, Tensor a) {
    long m = a.shape[a.dim() - 2];
    long n = a.shape[a.dim() - 1];
    Tensor pinvAh = pinvA.mT();
    Tensor gradh = grad.mT();
    if (m <= n) {
      Tensor k = gradh.matmul(pinvA);
      Tensor kpinvAh = k.matmul(pinvAh);
      return pinvA.matmul(k).mT().neg().add(kpinvAh)
          .sub(a.matmul(pinvA).matmul(kpinvAh))
          .add(pinvAh.matmul(pinvA).matmul(gradh.sub(k.matmul(a))));
    }
    Tensor k = pinvA.matmul(gradh);
    Tensor pinvAhK = pinvAh.matmul(k);
    return k.matmul(pinvA).mT().neg()
        .add(gradh.sub(a.matmul(k)).matmul(pinvA).matmul(pinvAh))
        .add(pinvAhK)
        .sub(pinvAhK.matmul(pinvA).matmul(a));
  }

  /**
   * torch.linalg.lstsq(A, B) as the CPU's default driver gelsy answers it: {solution, residuals
   * (empty), rank, singular_values (empty)}; the solution is pinv(A) B (gelsy's minimum-norm
   * solution) and its backward linalg_lstsq_backward's.
   */
  static Tensor[] lstsq(Tensor a, Tensor b) {
    if (a.dtype() != b.dtype()) {
      throw new IllegalArgumentException(
          "torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's"
              + " dtype " + a.dtype().scalarTypeName() + " and other's dtype "
              + b.dtype().scalarTypeName());
    }
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          "torch.linalg.lstsq: input must have at least 2 dimensions.");
    }
    if (b.dim() < 1) {
      throw new IllegalArgumentException(
          "torch.linalg.lstsq: other must have at least 1 dimension.");
    }
    int diff = a.dim() - b.dim();
    if (diff < 0 || diff > 1) {
      throw new IllegalArgumentException(
          "torch.linalg.lstsq: input.dim() must be greater or equal to other.dim() and"
              + " (input.dim() - other.dim()) <= 1");
    }
    Tensor b2 = diff == 1 ? b.unsqueeze(-1) : b;
    if (a.shape[a.dim() - 2] != b2.shape[b2.dim() - 2]) {
      throw new IllegalArgumentException(
          diff == 1 ? "torch.linalg.lstsq: input.size(-2) should match other.size(-1)"
              : "torch.linalg.lstsq: input.size(-2) should match other.size(-2)");
    }
    if (a.dtype() != DType.float32 && a.dtype() != DType.float64) {
      throw new IllegalArgumentException(
          "This function doesn't handle types other than float and double");
    }
    Tensor x;
    Tensor rank;
    Tensor pinvA;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      pinvA = pinv(a.detach(), null, null);
      x = pinvA.matmul(b2.detach());
      if (diff == 1) {
        x = x.squeeze(-1);
      }
      x = x.contiguous();
      rank = matrixRank(a.detach(), null, null);
    }
    Tensor pa = pinvA;
    Tensor sol = Autograd.record(
        x, "LinalgLstsqBackward0", new Tensor[] {a, b},
        g -> {
          Tensor gx = diff == 1 ? g.unsqueeze(-1) : g;
          Tensor ga = a.requiresGrad ? pinvBackward(gx.matmul(b2.mT()), pa, a) : null;
          Tensor gb = pa.mT().matmul(gx);
          return new Tensor[] {ga, diff == 1 ? gb.squeeze(-1) : gb};
        });
    Tensor empty = Torch.zeros(new long[] {0}, a.dtype(), a.device());
    return new Tensor[] {sol, empty, rank, Torch.zeros(new long[] {0}, a.dtype(), a.device())};
  }
}
