package dev.torchnd;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Elementwise ops beyond the op enums: exp2, frac, deg2rad/rad2deg, sgn, signbit, sinc, logit,
 * xlogy, copysign, fmax/fmin, gcd/lcm, float_power, heaviside. Each follows its ATen kernel's
 * dtype rule and error text (UnaryOps.cpp, BinaryOps.cpp and their cpu kernels) and records
 * PyTorch's backward node (derivatives.yaml), the backward written in differentiable ops.
 * Values are computed in double and rounded once to the result dtype.
 */
final class PointwiseExtra {
  private PointwiseExtra() {}

  private static UnsupportedOperationException notImplemented(String kernel, DType t) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
  }

  /** Integral and bool inputs compute in the default dtype (a "floating" unary op). */
  private static DType floating(DType t) {
    return t.is_floating_point() ? t : Torch.get_default_dtype();
  }

  /** {@code f} over every element of {@code x} (as {@code rt}), a new tensor on x's device. */
  private static Tensor map(Tensor x, DType rt, DoubleUnaryOperator f) {
    double[] v = x.detach().castTo(x.dtype().is_floating_point() ? x.dtype() : DType.float64)
        .contiguous().toDoubleArray();
    double[] r = new double[v.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsDouble(v[i]);
    }
    long[] shape = x.shapeArray();
    return Devices.on(x.device(), () -> Torch.tensor(r, shape, DType.float64).castTo(rt));
  }

  private static Tensor map2(Tensor a, Tensor b, DType rt, DoubleBinaryOperator f) {
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    double[] x = a.detach().castTo(DType.float64).expand(shape).contiguous().toDoubleArray();
    double[] y = b.detach().castTo(DType.float64).expand(shape).contiguous().toDoubleArray();
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsDouble(x[i], y[i]);
    }
    return Devices.on(Devices.common(a, b), () -> Torch.tensor(r, shape, DType.float64).castTo(rt));
  }

  // ---------------------------------------------------------------- unary

  static Tensor exp2(Tensor x) {
    DType rt = floating(x.dtype());
    Tensor out = map(x, rt, v -> Math.pow(2, v));
    return Autograd.record(out, "Exp2Backward0", new Tensor[] {x},
        g -> new Tensor[] {g.mul(out).mul(Math.log(2))}, out);
  }

  static Tensor frac(Tensor x) {
    if (!x.dtype().is_floating_point()) {
      throw notImplemented("frac_cpu", x.dtype());
    }
    Tensor out = map(x, x.dtype(), v -> v - (v < 0 ? Math.ceil(v) : Math.floor(v)));
    return Autograd.record(out, "FracBackward0", new Tensor[] {x}, g -> new Tensor[] {g});
  }

  static Tensor deg2rad(Tensor x, boolean toRad) {
    DType rt = floating(x.dtype());
    // ATen multiplies by the constant rounded to the dtype (M_PI_180 as scalar_t)
    double c = toRad ? Math.PI / 180 : 180 / Math.PI;
    double k = rt == DType.float64 ? c : (float) c;
    Tensor out = map(x, rt, v -> v * k);
    return Autograd.record(out, toRad ? "Deg2RadBackward0" : "Rad2DegBackward0", new Tensor[] {x},
        g -> new Tensor[] {g.mul(k)});
  }

  static Tensor sgn(Tensor x) {
    return Autograd.rename(x.sign(), "SgnBackward0");
  }

  static Tensor signbit(Tensor x) {
    return map(x, DType.bool, v -> (Double.doubleToRawLongBits(v) < 0) ? 1 : 0);
  }

  static Tensor sinc(Tensor x) {
    DType rt = floating(x.dtype());
    if (rt == DType.float16) {
      throw notImplemented("sinc_cpu", rt);
    }
    // bfloat16 computes in bfloat16 (pi, pi * x, sin and the quotient each rounded)
    Tensor out = map(x, rt, rt == DType.bfloat16 ? PointwiseExtra::sincBf16 : PointwiseExtra::sincValue);
    return Autograd.record(out, "SincBackward0", new Tensor[] {x}, g -> {
      // derivatives.yaml: ((pi x cos(pi x) - sin(pi x)) / (pi x^2)), 0 at x == 0
      Tensor px = x.mul(Math.PI);
      Tensor d = px.cos().mul(px).sub(px.sin()).div(x.mul(x).mul(Math.PI));
      return new Tensor[] {Torch.where(x.eq(0L), Torch.zeros_like(d), d).mul(g)};
    });
  }

  private static double sincBf16(double v) {
    if (v == 0) {
      return 1;
    }
    float pi = dev.torchnd.spi.Half.roundToBf16((float) Math.PI);
    float p = dev.torchnd.spi.Half.roundToBf16(pi * (float) v);
    float sn = dev.torchnd.spi.Half.roundToBf16((float) Math.sin(p));
    return dev.torchnd.spi.Half.roundToBf16(sn / p);
  }

  private static double sincValue(double v) {
    if (v == 0) {
      return 1;
    }
    double p = Math.PI * v;
    return Math.sin(p) / p;
  }

  static Tensor logit(Tensor x, Double eps) {
    DType rt = floating(x.dtype());
    if (rt == DType.float16) {
      throw notImplemented("logit_cpu", rt);
    }
    Tensor out = map(x, rt, v -> {
      double z = v;
      if (eps != null) {
        z = Double.isNaN(v) ? v : Math.min(Math.max(v, eps), 1 - eps);
      }
      return Math.log(z / (1 - z));
    });
    return Autograd.record(out, "LogitBackward0", new Tensor[] {x}, g -> {
      Tensor d = g.div(x.mul(Torch.ones_like(x).sub(x)));
      if (eps == null) {
        Tensor outside = x.lt(0L).logical_or(x.gt(1L));
        return new Tensor[] {Torch.where(outside, Torch.full_like(d, Double.NaN), d)};
      }
      Tensor outside = x.lt(eps).logical_or(x.gt(1 - eps));
      return new Tensor[] {Torch.where(outside, Torch.zeros_like(d), d)};
    });
  }

  // ---------------------------------------------------------------- binary

  static Tensor xlogy(Tensor a, Tensor b) {
    DType rt = floating(Promotion.resultType(a, b));
    Tensor out = map2(a, b, rt, (x, y) -> {
      if (Double.isNaN(y)) {
        return Double.NaN;
      }
      if (x == 0) {
        return 0;
      }
      return x * Math.log(y);
    });
    String node = a.wrappedNumber ? "XlogyBackward1" : b.wrappedNumber ? "XlogyBackward2" : "XlogyBackward0";
    long[] as = a.shapeArray();
    long[] bs = b.shapeArray();
    return Autograd.record(out, node, new Tensor[] {a, b}, g -> {
      Tensor ga = Torch.where(a.eq(0L).logical_and(b.isnan().logical_not()),
          Torch.zeros_like(g), g.mul(b.log()));
      Tensor gb = g.mul(a).div(b);
      return new Tensor[] {Autograd.sumTo(ga, as), Autograd.sumTo(gb, bs)};
    }, a, b);
  }

  static Tensor copysign(Tensor a, Tensor b) {
    DType rt = floating(Promotion.resultType(a, b));
    Tensor out = map2(a, b, rt, Math::copySign);
    long[] as = a.shapeArray();
    String node = b.wrappedNumber ? "CopysignBackward1" : "CopysignBackward0";
    return Autograd.record(out, node, new Tensor[] {a, b}, g -> {
      // copysign_tensor_self_backward: grad * result / self, 0 where self is 0
      Tensor r = out.div(a);
      Tensor ga = Torch.where(a.eq(0L), Torch.zeros_like(r), r).mul(g);
      return new Tensor[] {Autograd.sumTo(ga, as), Torch.zeros_like(b)};
    }, a, out);
  }

  static Tensor fmaxFmin(Tensor a, Tensor b, boolean max) {
    DType rt = Promotion.resultType(a, b);
    Tensor out;
    if (rt.is_floating_point()) {
      out = map2(a, b, rt, (x, y) -> {
        if (Double.isNaN(x)) {
          return y;
        }
        if (Double.isNaN(y)) {
          return x;
        }
        return max ? Math.max(x, y) : Math.min(x, y);
      });
    } else {
      try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
        out = max ? a.detach().castTo(rt).maximum(b.detach().castTo(rt))
            : a.detach().castTo(rt).minimum(b.detach().castTo(rt));
      }
      return out;
    }
    long[] as = a.shapeArray();
    long[] bs = b.shapeArray();
    return Autograd.record(out, max ? "FmaxBackward0" : "FminBackward0", new Tensor[] {a, b}, g -> {
      Tensor pick = (max ? a.ge(b) : a.le(b)).logical_or(b.isnan());
      Tensor ga = Torch.where(pick, g, Torch.zeros_like(g));
      Tensor gb = Torch.where(pick, Torch.zeros_like(g), g);
      return new Tensor[] {Autograd.sumTo(ga, as), Autograd.sumTo(gb, bs)};
    }, a, b);
  }

  static Tensor gcdLcm(Tensor a, Tensor b, boolean gcd) {
    DType rt = Promotion.resultType(a, b);
    if (rt.is_floating_point() || rt == DType.bool) {
      throw notImplemented(gcd ? "gcd_cpu" : "lcm_cpu", rt);
    }
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    long[] x = a.detach().castTo(rt).expand(shape).contiguous().toLongArray();
    long[] y = b.detach().castTo(rt).expand(shape).contiguous().toLongArray();
    long[] r = new long[x.length];
    LongBinaryOperator f = gcd ? PointwiseExtra::gcd : PointwiseExtra::lcm;
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsLong(x[i], y[i]);
    }
    return Devices.on(Devices.common(a, b), () -> Torch.tensor(r, shape, DType.int64).castTo(rt));
  }

  /** c10's calc_gcd: Euclid on absolute values. */
  private static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (a != 0) {
      long c = a;
      a = b % a;
      b = c;
    }
    return b;
  }

  /** lcm_kernel: {@code |a / gcd * b|}, 0 when the gcd is 0. */
  private static long lcm(long a, long b) {
    long g = gcd(a, b);
    return g == 0 ? 0 : Math.abs(a / g * b);
  }

  static Tensor floatPower(Tensor a, Tensor b) {
    // float_power: both sides in float64 (a Python scalar stays a scalar)
    if (a.wrappedNumber) {
      // pow(Scalar self, Tensor exponent): PyTorch's node for a scalar base is PowBackward2
      return Autograd.rename(Torch.pow(a.doubleValue(), b.to(DType.float64)), "PowBackward2");
    }
    Tensor e = b.wrappedNumber ? Torch.scalar(b.doubleValue()) : b.to(DType.float64);
    return a.to(DType.float64).pow(e);
  }

  static Tensor heaviside(Tensor a, Tensor values) {
    if (a.dtype() != values.dtype()) {
      throw new IllegalArgumentException(
          "heaviside is not yet implemented for tensors with different dtypes.");
    }
    DType rt = a.dtype();
    Tensor out = map2(a, values, rt, (x, v) -> x == 0 ? v : (x > 0 ? 1 : 0));
    return Autograd.record(out, "NotImplemented", new Tensor[] {a, values}, g -> {
      throw new IllegalStateException("derivative for aten::heaviside is not implemented");
    });
  }

  // ---------------------------------------------------------------- in place

  /**
   * An in-place form: {@code f} of self (of a copy when autograd must keep self's old value for
   * the backward, as PyTorch saves it), cast back into self's dtype and shape.
   */
  static Tensor inplace(Tensor self, java.util.function.UnaryOperator<Tensor> f) {
    Autograd.checkInplace(self);
    Tensor result = f.apply(Autograd.isGradEnabled() && self.requiresGrad ? self.clone() : self);
    if (!Promotion.canCast(result.dtype(), self.dtype())) {
      throw new IllegalArgumentException(
          "result type " + result.dtype().scalarTypeName()
              + " can't be cast to the desired output type " + self.dtype().scalarTypeName());
    }
    if (!java.util.Arrays.equals(self.shapeArray(), result.shapeArray())) {
      throw new IllegalArgumentException(
          "output with shape " + Shapes.list(self.shapeArray())
              + " doesn't match the broadcast shape " + Shapes.list(result.shapeArray()));
    }
    return IndexOps.inplace(self, result);
  }
}
