package dev.torchnd;

import java.util.function.DoubleBinaryOperator;

/**
 * Ops PyTorch code commonly reaches for beyond the op families: addmm, lerp, hypot, logaddexp,
 * kron, dist, tril_indices/triu_indices (var_mean/std_mean are in {@link StatsOps}). Each
 * follows its ATen function's check order and error texts, and records PyTorch's backward node
 * (derivatives.yaml).
 */
final class ExtraOps {
  private ExtraOps() {}

  /** The dtype name a C++ {@code TypeMeta} prints ({@code float}, {@code long int}). */
  private static String cpp(DType t) {
    return Clamp.cppName(t);
  }

  private static UnsupportedOperationException notImplemented(String kernel, DType t) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
  }

  // ---------------------------------------------------------------- addmm

  /** {@code beta * input + alpha * (mat1 @ mat2)}: addmm's meta checks, then the kernel's. */
  static Tensor addmm(Tensor input, Tensor mat1, Tensor mat2, Tensor beta, Tensor alpha) {
    if (mat1.dim() != 2) {
      throw new IllegalArgumentException("mat1 must be a matrix, got " + mat1.dim() + "-D tensor");
    }
    if (mat2.dim() != 2) {
      throw new IllegalArgumentException("mat2 must be a matrix, got " + mat2.dim() + "-D tensor");
    }
    if (input.dtype() != mat2.dtype()) {
      throw new IllegalArgumentException("self and mat2 must have the same dtype");
    }
    if (mat1.dtype() != mat2.dtype()) {
      throw new IllegalArgumentException("mat1 and mat2 must have the same dtype");
    }
    long n = mat1.shape[0];
    long m = mat2.shape[1];
    if (mat1.shape[1] != mat2.shape[0]) {
      throw new IllegalArgumentException(
          "mat1 and mat2 shapes cannot be multiplied (" + n + "x" + mat1.shape[1] + " and "
              + mat2.shape[0] + "x" + m + ")");
    }
    long[] shape = {n, m};
    Tensor in = input.detach().expand(shape); // raises expand's "The expanded size ..." text
    DType dt = input.dtype();
    if (dt == DType.bool || dt == DType.float16) {
      throw notImplemented("addmm_impl_cpu_", dt);
    }
    if (!dt.is_floating_point() && (beta.dtype().is_floating_point() || alpha.dtype().is_floating_point())) {
      // the kernel converts beta/alpha to the integer dtype (checked), as c10::checked_convert
      ScalarCheck.check(beta, dt);
      ScalarCheck.check(alpha, dt);
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      if ((dt == DType.float32 || dt == DType.float64) && n > 0 && m > 0 && mat1.shape[1] > 0
          && beta.doubleValue() == 1 && alpha.doubleValue() == 1
          && in.device().equals(mat1.device())) {
        // addmm_impl_cpu_: the input copied into the result, then gemm with beta = 1 (one call)
        out = LinAlg.addmmRaw(in, mat1.detach(), mat2.detach());
      } else {
        Tensor prod =
            mat1.shape[1] == 0 ? Torch.zeros(shape, dt) : mat1.detach().mm(mat2.detach());
        // gemm's beta == 0 ignores C entirely (a NaN in input does not propagate)
        Tensor scaledIn =
            beta.doubleValue() == 0 ? Torch.zeros(shape, dt) : in.mul(beta.castTo(dt));
        out = scaledIn.add(prod.mul(alpha.castTo(dt))).castTo(dt).contiguous();
        if (out.storage == input.storage) {
          out = out.clone();
        }
      }
    }
    if (!dt.is_floating_point()) {
      return out;
    }
    long[] inShape = input.shapeArray();
    boolean mat1ColumnMajor = LinAlg.columnMajor(mat1);
    boolean mat2ColumnMajor = LinAlg.columnMajor(mat2);
    return Autograd.record(
        out,
        "AddmmBackward0",
        new Tensor[] {input, mat1, mat2},
        g -> new Tensor[] {
          Autograd.sumTo(g.mul(beta.castTo(dt)), inShape),
          LinAlg.mat1Backward(g, mat2, mat1ColumnMajor).mul(alpha.castTo(dt)),
          LinAlg.mat2Backward(g, mat1, mat2ColumnMajor).mul(alpha.castTo(dt))
        },
        mat1,
        mat2);
  }

  // ---------------------------------------------------------------- lerp

  /** lerp_kernel: {@code self + w * (end - self)} for |w| < 0.5, else {@code end - (end - self) * (1 - w)}. */
  static Tensor lerp(Tensor self, Tensor end, Tensor weight) {
    boolean scalar = weight.wrappedNumber;
    if (self.dtype() != end.dtype()) {
      throw new IllegalArgumentException(
          "expected dtype " + cpp(self.dtype()) + " for `end` but got dtype " + cpp(end.dtype()));
    }
    if (!scalar && self.dtype() != weight.dtype()) {
      throw new IllegalArgumentException(
          "expected dtype " + cpp(self.dtype()) + " for `weight` but got dtype "
              + cpp(weight.dtype()));
    }
    long[] shape = Shapes.broadcast(self.shapeArray(), end.shapeArray());
    if (!scalar) {
      shape = Shapes.broadcast(shape, weight.shapeArray());
    }
    DType dt = self.dtype();
    if (!dt.is_floating_point()) {
      throw notImplemented(scalar ? "lerp_kernel_scalar" : "lerp_kernel_tensor", dt);
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      // float16/bfloat16 compute in float32 (opmath) and round once
      DType op = dt == DType.float16 || dt == DType.bfloat16 ? DType.float32 : dt;
      Tensor a = self.detach().castTo(op).expand(shape);
      Tensor b = end.detach().castTo(op).expand(shape);
      Tensor w = scalar ? Torch.full(shape, weight.doubleValue(), op)
          : weight.detach().castTo(op).expand(shape);
      Tensor diff = b.sub(a);
      Tensor low = a.add(w.mul(diff));
      Tensor high = b.sub(diff.mul(Torch.ones(shape, op).sub(w)));
      out = Torch.where(w.abs().lt(0.5), low, high).castTo(dt).contiguous();
    }
    long[] sShape = self.shapeArray();
    long[] eShape = end.shapeArray();
    if (scalar) {
      double wv = weight.doubleValue();
      return Autograd.record(
          out,
          "LerpBackward0",
          new Tensor[] {self, end},
          g -> new Tensor[] {Autograd.sumTo(g.mul(1 - wv), sShape), Autograd.sumTo(g.mul(wv), eShape)});
    }
    long[] wShape = weight.shapeArray();
    return Autograd.record(
        out,
        "LerpBackward1",
        new Tensor[] {self, end, weight},
        g -> new Tensor[] {
          Autograd.sumTo(g.mul(Torch.ones_like(weight).sub(weight)), sShape),
          Autograd.sumTo(g.mul(weight), eShape),
          Autograd.sumTo(g.mul(end.sub(self)), wShape)
        },
        self,
        end,
        weight);
  }

  // ---------------------------------------------------------------- hypot, logaddexp

  /**
   * A floating binary op computed elementwise in double and rounded to the result dtype, after
   * PyTorch's promotion, broadcast and kernel dtype check ({@code kernel} has no Half or integer
   * kernel on the CPU).
   */
  private static Tensor floatingBinary(Tensor a, Tensor b, String kernel, DoubleBinaryOperator f) {
    DType rt = Promotion.resultType(a, b);
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    if (!rt.is_floating_point() || rt == DType.float16) {
      throw notImplemented(kernel, rt);
    }
    double[] x = a.detach().castTo(rt).expand(shape).contiguous().toDoubleArray();
    double[] y = b.detach().castTo(rt).expand(shape).contiguous().toDoubleArray();
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = rt == DType.float64 ? f.applyAsDouble(x[i], y[i]) : (float) f.applyAsDouble(x[i], y[i]);
    }
    return Devices.on(Devices.common(a, b), () -> Torch.tensor(r, shape, rt)); // device support
  }

  /** {@code sqrt(a^2 + b^2)} without overflow ({@code std::hypot}). */
  static Tensor hypot(Tensor a, Tensor b) {
    Tensor out = floatingBinary(a, b, "hypot_cpu", Math::hypot);
    long[] as = a.shapeArray();
    long[] bs = b.shapeArray();
    return Autograd.record(
        out,
        "HypotBackward0",
        new Tensor[] {a, b},
        g -> new Tensor[] {
          Autograd.sumTo(g.mul(a).div(out), as), Autograd.sumTo(g.mul(b).div(out), bs)
        },
        a,
        b,
        out);
  }

  /** {@code log(exp(a) + exp(b))} as ATen computes it: {@code max + log1p(exp(-|a - b|))}. */
  static Tensor logaddexp(Tensor a, Tensor b) {
    Tensor out = floatingBinary(a, b, "logaddexp_cpu", (x, y) -> {
      if (Double.isInfinite(x) && x == y) {
        return x;
      }
      double m = x < y ? y : x; // std::max keeps a NaN first operand
      return m + Math.log1p(Math.exp(-Math.abs(x - y)));
    });
    long[] as = a.shapeArray();
    long[] bs = b.shapeArray();
    return Autograd.record(
        out,
        "LogaddexpBackward0",
        new Tensor[] {a, b},
        g -> new Tensor[] {
          Autograd.sumTo(g.div(b.sub(a).exp().add(1L)), as),
          Autograd.sumTo(g.div(a.sub(b).exp().add(1L)), bs)
        },
        a,
        b);
  }

  // ---------------------------------------------------------------- kron, dist

  /** The Kronecker product: blocks {@code a[i] * b}, dims right-aligned; ends in _unsafe_view. */
  static Tensor kron(Tensor a, Tensor b) {
    int nd = Math.max(a.dim(), b.dim());
    long[] as = new long[nd];
    long[] bs = new long[nd];
    for (int i = 0; i < nd; i++) {
      int ia = i - (nd - a.dim());
      int ib = i - (nd - b.dim());
      as[i] = ia >= 0 ? a.shape[ia] : 1;
      bs[i] = ib >= 0 ? b.shape[ib] : 1;
    }
    long[] ai = new long[2 * nd];
    long[] bi = new long[2 * nd];
    long[] outShape = new long[nd];
    for (int i = 0; i < nd; i++) {
      ai[2 * i] = as[i];
      ai[2 * i + 1] = 1;
      bi[2 * i] = 1;
      bi[2 * i + 1] = bs[i];
      outShape[i] = as[i] * bs[i];
    }
    // KronImpl takes _unsafe_view's of both operands, so a non-viewable input raises view's error
    Tensor r = a.view(ai).mul(b.view(bi)).reshape(outShape);
    return Autograd.rename(r, "UnsafeViewBackward0");
  }

  /** {@code ||a - b||_p}. */
  static Tensor dist(Tensor a, Tensor b, double p) {
    return Autograd.rename(a.sub(b).norm(p), "DistBackward0");
  }

  // ---------------------------------------------------------------- tril/triu_indices

  /** The coordinates of the lower ({@code lower}) or upper triangle, row-major, as [2, N]. */
  static Tensor triIndices(long row, long col, long offset, DType dtype, boolean lower) {
    String name = lower ? "tril_indices" : "triu_indices";
    if (row < 0) {
      throw new IllegalArgumentException("row must be non-negative, got" + row);
    }
    if (col < 0) {
      throw new IllegalArgumentException("col must be non-negative, got" + col);
    }
    if (dtype != DType.int64 && dtype != DType.int32) {
      throw notImplemented(name, dtype); // AT_DISPATCH_INDEX_TYPES: int32 and int64 only
    }
    java.util.List<long[]> hits = new java.util.ArrayList<>();
    for (long i = 0; i < row; i++) {
      for (long j = 0; j < col; j++) {
        if (lower ? j - i <= offset : j - i >= offset) {
          hits.add(new long[] {i, j});
        }
      }
    }
    long[] flat = new long[2 * hits.size()];
    for (int k = 0; k < hits.size(); k++) {
      flat[k] = hits.get(k)[0];
      flat[hits.size() + k] = hits.get(k)[1];
    }
    return Torch.tensor(flat, new long[] {2, hits.size()}, DType.int64).to(dtype);
  }
}
