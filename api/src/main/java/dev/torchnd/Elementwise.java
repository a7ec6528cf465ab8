package dev.torchnd;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.UnaryOp;
import java.util.Arrays;

/**
 * Elementwise ops: for each, its dtype rule, its kernel call and its backward rule, in one place.
 * Broadcasting and type promotion follow PyTorch; inputs are cast to the computation dtype before
 * they reach the backend.
 */
final class Elementwise {
  private Elementwise() {}

  // ---------------------------------------------------------------- binary

  /** The dtype a binary op computes in, given the promoted dtype; throws PyTorch's dtype errors. */
  static DType computeType(BinaryOp op, DType promoted) {
    DType compute = op.computeType(promoted, Torch.get_default_dtype());
    RuntimeException e = op.dtypeError(compute);
    if (e != null) {
      throw e;
    }
    return compute;
  }

  /** PyTorch refuses in-place writes into a tensor whose elements alias (stride 0). */
  static void checkNoInternalOverlap(Tensor t) {
    if (t.numel() == 0) {
      return; // has_internal_overlap: an empty tensor is contiguous, hence non-overlapping
    }
    for (int i = 0; i < t.dim(); i++) {
      if (t.strides[i] == 0 && t.shape[i] > 1) {
        throw new IllegalArgumentException(
            "unsupported operation: more than one element of the written-to tensor refers to a single"
                + " memory location. Please clone() the tensor before performing the operation.");
      }
    }
  }

  /**
   * The checks PyTorch's structured kernels run before building the iterator: {@code sub_check}
   * on the inputs' own dtypes, and pow's negative integer exponent (base bool counts as integral).
   */
  private static void preChecks(BinaryOp op, Tensor a, Tensor b) {
    if (op == BinaryOp.SUB && (a.dtype() == DType.bool || b.dtype() == DType.bool)) {
      if (a.dtype() == DType.bool && b.dtype() == DType.bool) {
        throw op.dtypeError(DType.bool);
      }
      throw new IllegalArgumentException(
          "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to"
              + " invert a mask, use the `~` or `logical_not()` operator instead.");
    }
    if (op == BinaryOp.POW && b.wrappedNumber && !a.dtype().is_floating_point()
        && !b.dtype().is_floating_point()) {
      if (b.scalarLong() < 0) {
        throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
      }
    }
    if (op == BinaryOp.HEAVISIDE && a.dtype() != b.dtype()) {
      // heaviside's structured meta, before broadcasting
      throw new IllegalArgumentException(
          "heaviside is not yet implemented for tensors with different dtypes.");
    }
    if (op == BinaryOp.POW && a.wrappedNumber && !b.dtype().is_floating_point()) {
      // pow(Scalar, Tensor) wraps the base in the exponent's dtype (checked, torch's dtype name)
      ScalarCheck.checkTorchName(a, b.dtype());
    }
  }

  /**
   * pow_tensor_scalar's kernel converts a Python-scalar exponent to the computation dtype
   * ({@code c10::checked_convert}) after the iterator is built, except where the structured impl
   * or the kernel never converts it: exponents 0 and 1 (fill / copy), float and double (converted
   * to double), and ±0.5 and -1 in bfloat16 (the sqrt/rsqrt/reciprocal kernels).
   */
  private static void powExponentFits(BinaryOp op, Tensor b, DType compute) {
    if (op != BinaryOp.POW || !b.wrappedNumber) {
      return;
    }
    double e = b.scalarDouble();
    if (e == 0 || e == 1 || compute == DType.float32 || compute == DType.float64
        || (compute == DType.bfloat16 && (e == 0.5 || e == -0.5 || e == -1))) {
      return;
    }
    ScalarCheck.check(b, compute);
  }

  /**
   * pow_tensor_scalar dispatches exponent 0.5 to sqrt and -0.5 to rsqrt for float, double and
   * bfloat16 (not float16), so {@code pow(-0., .5)} is -0. and {@code pow(-inf, .5)} is nan.
   */
  private static UnaryOp powAsRoot(BinaryOp op, Tensor b, DType compute) {
    if (op != BinaryOp.POW || !b.wrappedNumber
        || !(compute == DType.float32 || compute == DType.float64 || compute == DType.bfloat16)) {
      return null;
    }
    double e = b.scalarDouble();
    return e == 0.5 ? UnaryOp.SQRT : e == -0.5 ? UnaryOp.RSQRT : null;
  }

  /** PyTorch's order: pre-checks, broadcast (TensorIterator), then the kernel's dtype check. */
  static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
    preChecks(op, a, b);
    DType promoted = Promotion.resultType(a, b);
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    DType compute = computeType(op, promoted);
    powExponentFits(op, b, compute);
    DType outType = op.boolResult() ? DType.bool : compute;
    Tensor x = a.castTo(compute);
    Tensor y = b.castTo(compute);
    // float16's pow_tensor_scalar is std::pow; float, double and bfloat16 take the fast forms:
    // roots as sqrt/rsqrt kernels, 2, 3, -1, -2 as products and reciprocals
    UnaryOp root = powAsRoot(op, b, compute);
    Tensor out = root == null && op == BinaryOp.POW && b.wrappedNumber
        && compute.is_floating_point() && compute != DType.float16
        ? powScalarSpecial(x, b.scalarDouble()) : null;
    if (out == null) {
      out = Tensor.uninit(shape, outType, Devices.common(x, y)); // device support
      if (root != null) {
        Backends.get().unary(root, x.storage, x.layout(), out.storage, out.layout());
      } else {
        kernel(op, x, y, out);
      }
    }
    if (op.boolResult() || !compute.is_floating_point()) {
      return out;
    }
    return recordBinary(op, a, b, out);
  }

  /**
   * PyTorch's {@code pow_tensor_scalar_optimized_kernel}: for a floating base these exponents are
   * computed as products, roots and reciprocals in the tensor's precision ({@code x * x * x} for
   * 3, rounded twice), not by {@code std::pow}; null for the other exponents.
   */
  private static Tensor powScalarSpecial(Tensor x, double e) {
    if (e != 2 && e != 3 && e != 0.5 && e != -0.5 && e != -1 && e != -2) {
      return null;
    }
    try (var g = Torch.no_grad()) {
      if (e == 2) {
        return x.mul(x);
      }
      if (e == 3) {
        return x.mul(x).mul(x);
      }
      if (e == 0.5) {
        return x.sqrt();
      }
      if (e == -0.5) {
        return x.rsqrt();
      }
      if (e == -1) {
        return x.reciprocal();
      }
      return x.mul(x).reciprocal();
    }
  }

  private static void kernel(BinaryOp op, Tensor x, Tensor y, Tensor out) {
    Devices.checkOperands(out, x, y); // device support
    long[] shape = out.shapeArray();
    try {
      Backends.get()
          .binary(
              op,
              x.storage,
              Shapes.expandLayout(x.layout(), shape),
              y.storage,
              Shapes.expandLayout(y.layout(), shape),
              out.storage,
              out.layout());
    } catch (ArithmeticException e) {
      throw new ArithmeticException("ZeroDivisionError");
    }
  }

  /** In-place form: keeps {@code self}'s dtype and shape, as PyTorch's {@code add_} etc. do. */
  static Tensor binaryInplace(BinaryOp op, Tensor self, Tensor b) {
    Autograd.checkInplace(self);
    preChecks(op, self, b);
    checkNoInternalOverlap(self);
    DType promoted = Promotion.resultType(self, b);
    if (op == BinaryOp.POW && b.wrappedNumber && !Promotion.canCast(promoted, self.dtype())) {
      throw new IllegalArgumentException(
          "Found dtype " + self.dtype().scalarTypeName() + " but expected " + promoted.scalarTypeName());
    }
    // TensorIterator: broadcast shape, then the output's shape and cast, then the kernel's dtype.
    long[] shape = Shapes.broadcast(self.shapeArray(), b.shapeArray());
    if (!Arrays.equals(shape, self.shapeArray())) {
      throw new IllegalArgumentException(
          "output with shape "
              + Shapes.list(self.shapeArray())
              + " doesn't match the broadcast shape "
              + Shapes.list(shape));
    }
    DType compute = op.computeType(promoted, Torch.get_default_dtype());
    DType outType = op.boolResult() ? DType.bool : compute;
    if (!Promotion.canCast(outType, self.dtype())) {
      throw new IllegalArgumentException(
          "result type "
              + outType.scalarTypeName()
              + " can't be cast to the desired output type "
              + self.dtype().scalarTypeName());
    }
    computeType(op, promoted);
    powExponentFits(op, b, compute);
    Tensor before = self.requiresGrad || b.requiresGrad ? self.shallowSnapshot() : null;
    Tensor x = self.castTo(compute);
    Tensor y = b.castTo(compute);
    UnaryOp root = powAsRoot(op, b, compute);
    if (root != null) {
      Tensor tmp = Tensor.empty(shape, outType, self.device()); // device support
      Backends.get().unary(root, x.storage, x.layout(), tmp.storage, tmp.layout());
      self.copyFrom(tmp);
    } else if (x == self && outType == self.dtype() && y.storage != self.storage) {
      kernel(op, x, y, self);
    } else {
      Tensor tmp = Tensor.empty(shape, outType, self.device()); // device support
      kernel(op, x, y, tmp);
      self.copyFrom(tmp);
    }
    self.bumpVersion();
    if (before != null && !op.boolResult() && compute.is_floating_point()) {
      recordBinary(op, before, b, self);
    }
    return self;
  }

  private static String binaryNodeName(BinaryOp op, Tensor a, Tensor b) {
    return switch (op) {
      case ADD -> "AddBackward0";
      case SUB -> a.wrappedNumber ? "RsubBackward1" : "SubBackward0";
      case MUL -> "MulBackward0";
      case DIV -> "DivBackward0";
      case POW -> b.wrappedNumber ? "PowBackward0" : a.wrappedNumber ? "PowBackward1" : "PowBackward1";
      case MAXIMUM -> "MaximumBackward0";
      case MINIMUM -> "MinimumBackward0";
      case REMAINDER -> b.wrappedNumber ? "RemainderBackward0" : "RemainderBackward1";
      case FMOD -> b.wrappedNumber ? "FmodBackward0" : "FmodBackward1";
      case ATAN2 -> "Atan2Backward0";
      case FLOOR_DIVIDE, HEAVISIDE -> "NotImplemented";
      case XLOGY -> a.wrappedNumber ? "XlogyBackward1" : b.wrappedNumber ? "XlogyBackward2" : "XlogyBackward0";
      case COPYSIGN -> b.wrappedNumber ? "CopysignBackward1" : "CopysignBackward0";
      case FMAX -> "FmaxBackward0";
      case FMIN -> "FminBackward0";
      case GCD, LCM -> null; // integral results only: no node
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR,
          BITWISE_XOR -> null; // not differentiable: no node
    };
  }

  /** The backward rule of every binary op (exhaustive: a new op without one does not compile). */
  private static Tensor recordBinary(BinaryOp op, Tensor a, Tensor b, Tensor out) {
    if (!Autograd.needsGrad(a, b)) {
      return out;
    }
    String name = binaryNodeName(op, a, b);
    Tensor[] in = {a, b};
    return switch (op) {
      case ADD -> Autograd.record(op, out, name, in, g -> new Tensor[] {g, g});
      case SUB -> Autograd.record(op, out, name, in, g -> new Tensor[] {g, g.neg()});
      case MUL -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(b), g.mul(a)}, a, b);
      case DIV -> Autograd.record(
          op,
          out,
          name,
          in,
          g ->
              new Tensor[] {
                g.div(b), g.neg().mul(a).div(b.mul(b))
              },
          a,
          b);
      case POW -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor ga = null;
            Tensor gb = null;
            if (a.requiresGrad && b.wrappedNumber) {
              // PyTorch's pow_backward for a scalar exponent: grad * (e * a^(e-1)), 0 when e == 0.
              double e = b.scalarDouble();
              ga = e == 0 ? Torch.zeros_like(a) : g.mul(a.pow(e - 1).mul(e));
            } else if (a.requiresGrad) {
              Tensor e = b;
              ga = g.mul(e).mul(a.pow(e.sub(1)));
              ga = Torch.where(e.eq(0), Torch.zeros_like(ga), ga);
            }
            if (b.requiresGrad) {
              Tensor base = a;
              Tensor r = g.mul(out).mul(base.log());
              gb = Torch.where(base.eq(0).logical_and(b.ge(0)), Torch.zeros_like(r), r);
            }
            return new Tensor[] {ga, gb};
          },
          a,
          b,
          out);
      case MAXIMUM, MINIMUM -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor x = a;
            Tensor y = b;
            Tensor half = g.div(2);
            Tensor win = op == BinaryOp.MAXIMUM ? x.gt(y) : x.lt(y);
            Tensor eq = x.eq(y);
            Tensor zero = Torch.zeros_like(g);
            Tensor ga = Torch.where(win, g, Torch.where(eq, half, zero));
            Tensor gb = Torch.where(win, zero, Torch.where(eq, half, g));
            return new Tensor[] {ga, gb};
          },
          a,
          b);
      case REMAINDER -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> new Tensor[] {g, g.neg().mul(a.floor_divide(b))},
          a,
          b);
      case FMOD -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> new Tensor[] {g, g.neg().mul(a.div(b).trunc())},
          a,
          b);
      case ATAN2 -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor x = a;
            Tensor y = b;
            Tensor den = x.mul(x).add(y.mul(y));
            return new Tensor[] {g.mul(y).div(den), g.mul(x).neg().div(den)};
          },
          a,
          b);
      case FLOOR_DIVIDE, HEAVISIDE -> Autograd.notImplemented(op, out, name, in);
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR,
          BITWISE_XOR, GCD, LCM -> Autograd.notDifferentiable(op, out);
      // derivatives.yaml: self: at::xlogy(grad, other).masked_fill((self == 0.) & (other <= 0.), 0.)
      // as recorded: grad * log(other), 0 where self == 0 and other is not NaN; other: grad * self / other
      case XLOGY -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor ga = Torch.where(a.eq(0L).logical_and(b.isnan().logical_not()),
                Torch.zeros_like(g), g.mul(b.log()));
            Tensor gb = g.mul(a).div(b);
            return new Tensor[] {Autograd.sumTo(ga, a.shapeArray()), Autograd.sumTo(gb, b.shapeArray())};
          },
          a,
          b);
      // copysign_tensor_self_backward: grad * result / self, 0 where self is 0; other: zeros
      case COPYSIGN -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor r = out.div(a);
            Tensor ga = Torch.where(a.eq(0L), Torch.zeros_like(r), r).mul(g);
            return new Tensor[] {Autograd.sumTo(ga, a.shapeArray()), Torch.zeros_like(b)};
          },
          a,
          out);
      // derivatives.yaml: grad.masked_fill((self >= other).logical_or_(other.isnan()).logical_not_(), 0)
      case FMAX, FMIN -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor pick = (op == BinaryOp.FMAX ? a.ge(b) : a.le(b)).logical_or(b.isnan());
            Tensor ga = Torch.where(pick, g, Torch.zeros_like(g));
            Tensor gb = Torch.where(pick, Torch.zeros_like(g), g);
            return new Tensor[] {Autograd.sumTo(ga, a.shapeArray()), Autograd.sumTo(gb, b.shapeArray())};
          },
          a,
          b);
    };
  }

  // ---------------------------------------------------------------- unary

  static DType unaryType(UnaryOp op, DType in) {
    RuntimeException e = op.dtypeError(in);
    if (e != null) {
      throw e;
    }
    return switch (op.result()) {
      case SAME -> in;
      case FLOATING -> in.is_floating_point() ? in : Torch.get_default_dtype();
      case BOOL -> DType.bool;
    };
  }

  static Tensor unary(UnaryOp op, Tensor a) {
    DType outType = unaryType(op, a.dtype());
    DType compute = outType == DType.bool ? a.dtype() : outType;
    Tensor x = a.castTo(compute);
    Tensor out = Tensor.uninit(a.shapeArray(), outType, a.device()); // device support
    Backends.get().unary(op, x.storage, x.layout(), out.storage, out.layout());
    if (!outType.is_floating_point()) {
      return out;
    }
    return recordUnary(op, a, out);
  }

  static Tensor unaryInplace(UnaryOp op, Tensor self) {
    Autograd.checkInplace(self);
    checkNoInternalOverlap(self);
    DType outType = unaryType(op, self.dtype());
    if (!Promotion.canCast(outType, self.dtype())) {
      throw new IllegalArgumentException(
          "result type "
              + outType.scalarTypeName()
              + " can't be cast to the desired output type "
              + self.dtype().scalarTypeName());
    }
    Tensor before = self.requiresGrad ? self.shallowSnapshot() : null;
    Tensor tmp = Tensor.empty(self.shapeArray(), outType, self.device()); // device support
    Tensor x = self.castTo(outType == DType.bool ? self.dtype() : outType);
    Backends.get().unary(op, x.storage, x.layout(), tmp.storage, tmp.layout());
    self.copyFrom(tmp);
    self.bumpVersion();
    if (before != null) {
      if (op == UnaryOp.ASINH || op == UnaryOp.ACOSH || op == UnaryOp.ATANH) {
        // derivatives.yaml has no in-place formula for these: PyTorch 1.13 records
        // AsinhBackward1 (...) whose backward raises NotImplementedError
        String node = unaryNodeName(op).replace("Backward0", "Backward1");
        Autograd.record(op, self, node, new Tensor[] {before}, g -> {
          throw new UnsupportedOperationException(
              "the derivative for 'inplace version of " + op.torchName() + "' is not implemented.");
        });
      } else {
        recordUnary(op, before, self);
      }
    }
    return self;
  }

  private static String unaryNodeName(UnaryOp op) {
    String n = op.torchName();
    if (n.equals("log1p")) {
      return "Log1PBackward0"; // PyTorch's codegen capitalises the P
    }
    if (n.equals("deg2rad")) {
      return "Deg2RadBackward0";
    }
    if (n.equals("rad2deg")) {
      return "Rad2DegBackward0";
    }
    return Character.toUpperCase(n.charAt(0)) + n.substring(1) + "Backward0";
  }

  /** The backward rule of every unary op (exhaustive: a new op without one does not compile). */
  private static Tensor recordUnary(UnaryOp op, Tensor a, Tensor out) {
    if (!Autograd.needsGrad(a)) {
      return out;
    }
    String name = unaryNodeName(op);
    Tensor[] in = {a};
    return switch (op) {
      case NEG -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.neg()});
      case ABS -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(a.sign())}, a);
      case EXP -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(out)}, out);
      case EXPM1 -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(out.add(1))}, out);
      case LOG -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.div(a)}, a);
      case LOG2 -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(a.mul(Math.log(2)))}, a);
      case LOG10 -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(a.mul(Math.log(10)))}, a);
      case LOG1P -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(a.add(1))}, a);
      case SQRT -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(out.mul(2))}, out);
      case RSQRT -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(out.pow(3)).mul(-0.5)}, out);
      case SIN -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(a.cos())}, a);
      case COS -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(a.sin()).neg()}, a);
      case TAN -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(out.pow(2).add(1))}, out);
      case ASIN -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.div(Torch.ones_like(a).sub(a.pow(2)).sqrt())}, a);
      case ACOS -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.div(Torch.ones_like(a).sub(a.pow(2)).sqrt()).neg()}, a);
      case ATAN -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(a.pow(2).add(1))}, a);
      case SINH -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(a.cosh())}, a);
      case COSH -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(a.sinh())}, a);
      case TANH -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.mul(Torch.ones_like(out).sub(out.pow(2)))}, out);
      case SIGMOID -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.mul(out).mul(Torch.ones_like(out).sub(out))},
          out);
      case RELU -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {Pointwise.thresholdBackward(g, out, 0)}, out);
      case RECIPROCAL -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(out.pow(2)).neg()}, out);
      // derivatives.yaml: 2.0 / sqrt(M_PI) * exp(-(self.pow(2))) * grad
      case ERF -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.mul(a.pow(2L).neg().exp().mul(2.0 / Math.sqrt(Math.PI)))}, a);
      case FLOOR, CEIL, ROUND, TRUNC, SIGN -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {Torch.zeros_like(g)});
      case LOGICAL_NOT, BITWISE_NOT, ISNAN, SIGNBIT -> Autograd.notDifferentiable(op, out);
      // derivatives.yaml: grad * result * M_LN2
      case EXP2 -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(out).mul(Math.log(2))}, out);
      case FRAC -> Autograd.record(op, out, name, in, g -> new Tensor[] {g});
      // grad * M_PI_180 (resp. 180 / pi), the constant as the dtype's scalar
      case DEG2RAD, RAD2DEG -> {
        double k = angleFactor(op, out.dtype());
        yield Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(k)});
      }
      case SGN -> Autograd.record(op, out, name, in, g -> new Tensor[] {Torch.zeros_like(g)});
      // derivatives.yaml: ((M_PI * self * (M_PI * self).cos() - (M_PI * self).sin()) / (M_PI * self * self)), 0 at 0
      case SINC -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor px = a.mul(Math.PI);
            Tensor d = px.cos().mul(px).sub(px.sin()).div(a.mul(a).mul(Math.PI));
            return new Tensor[] {Torch.where(a.eq(0L), Torch.zeros_like(d), d).mul(g)};
          },
          a);
      // logit_backward without eps: grad / (x (1 - x)), NaN outside [0, 1]
      case LOGIT -> Autograd.record(
          op,
          out,
          name,
          in,
          g -> {
            Tensor d = g.div(a.mul(Torch.ones_like(a).sub(a)));
            Tensor outside = a.lt(0L).logical_or(a.gt(1L));
            return new Tensor[] {Torch.where(outside, Torch.full_like(d, Double.NaN), d)};
          },
          a);
      // derivatives.yaml: grad * (self.pow(2) + 1).rsqrt()
      case ASINH -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(a.pow(2L).add(1L).rsqrt())}, a);
      // grad * (self.pow(2) - 1).rsqrt()
      case ACOSH -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(a.pow(2L).sub(1L).rsqrt())}, a);
      // grad * 1 / (1 - self.pow(2))
      case ATANH -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.div(Torch.ones_like(a).sub(a.pow(2L)))}, a);
      // -2.0 / sqrt(M_PI) * exp(-(self.pow(2))) * grad
      case ERFC -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.mul(a.pow(2L).neg().exp().mul(-2.0 / Math.sqrt(Math.PI)))}, a);
      // 0.5 * sqrt(M_PI) * exp(self.erfinv().pow(2)) * grad
      case ERFINV -> Autograd.record(
          op, out, name, in,
          g -> new Tensor[] {g.mul(out.pow(2L).exp().mul(0.5 * Math.sqrt(Math.PI)))}, out);
      // grad * digamma(self)
      case LGAMMA -> Autograd.record(op, out, name, in, g -> new Tensor[] {g.mul(a.digamma())}, a);
      // grad * polygamma(1, self)
      case DIGAMMA -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(SpecialFunctions.trigamma(a))}, a);
      // grad * at::special_i1(self)
      case I0 -> Autograd.record(
          op, out, name, in, g -> new Tensor[] {g.mul(SpecialFunctions.i1(a))}, a);
    };
  }

  /** deg2rad's M_PI_180 and rad2deg's M_180_PI as the result dtype's scalar (float unless float64). */
  static double angleFactor(UnaryOp op, DType t) {
    double c = op == UnaryOp.DEG2RAD ? Math.PI / 180 : 180 / Math.PI;
    return t == DType.float64 ? c : (float) c;
  }

  /**
   * logit with eps: the input clamped to {@code [eps, 1 - eps]} (PyTorch's kernel: {@code lo =
   * eps}, {@code hi = 1 - eps}, both in the dtype; NaN stays NaN), then the LOGIT kernel; the
   * backward is logit_backward's: grad / (x (1 - x)) inside the range, 0 outside.
   */
  static Tensor logit(Tensor a, double eps) {
    DType outType = unaryType(UnaryOp.LOGIT, a.dtype());
    Tensor x = a.castTo(outType);
    double lo;
    double hi;
    if (outType == DType.float64) {
      lo = eps;
      hi = 1 - eps;
    } else if (outType == DType.bfloat16) {
      lo = dev.torchnd.spi.Half.roundToBf16((float) eps);
      hi = dev.torchnd.spi.Half.roundToBf16(1f - (float) lo);
    } else {
      lo = (float) eps;
      hi = 1f - (float) lo;
    }
    Tensor z;
    try (var g = Torch.no_grad()) {
      z = Torch.clamp(x.detach(), lo, hi);
    }
    Tensor out = Tensor.uninit(a.shapeArray(), outType, a.device()); // device support
    Backends.get().unary(UnaryOp.LOGIT, z.storage, z.layout(), out.storage, out.layout());
    if (!Autograd.needsGrad(a)) {
      return out;
    }
    return Autograd.record(UnaryOp.LOGIT, out, "LogitBackward0", new Tensor[] {a}, g -> {
      Tensor d = g.div(a.mul(Torch.ones_like(a).sub(a)));
      Tensor outside = a.lt(eps).logical_or(a.gt(1 - eps));
      return new Tensor[] {Torch.where(outside, Torch.zeros_like(d), d)};
    }, a);
  }

  /** float_power: pow with both sides in float64 (a Python scalar stays a scalar). */
  static Tensor floatPower(Tensor a, Tensor b) {
    if (a.wrappedNumber) {
      // pow(Scalar self, Tensor exponent): PyTorch's node for a scalar base is PowBackward2
      return Autograd.rename(Torch.pow(a.doubleValue(), b.to(DType.float64)), "PowBackward2");
    }
    Tensor e = b.wrappedNumber ? Torch.scalar(b.doubleValue()) : b.to(DType.float64);
    return a.to(DType.float64).pow(e);
  }

  /**
   * An in-place form of a composite op: {@code f} of self (of a copy when autograd must keep
   * self's old value for the backward, as PyTorch saves it), cast back into self's dtype and shape.
   */
  static Tensor inplaceComposite(Tensor self, java.util.function.UnaryOperator<Tensor> f) {
    Autograd.checkInplace(self);
    Tensor result = f.apply(Autograd.isGradEnabled() && self.requiresGrad ? self.clone() : self);
    if (!Promotion.canCast(result.dtype(), self.dtype())) {
      throw new IllegalArgumentException(
          "result type " + result.dtype().scalarTypeName()
              + " can't be cast to the desired output type " + self.dtype().scalarTypeName());
    }
    if (!Arrays.equals(self.shapeArray(), result.shapeArray())) {
      throw new IllegalArgumentException(
          "output with shape " + Shapes.list(self.shapeArray())
              + " doesn't match the broadcast shape " + Shapes.list(result.shapeArray()));
    }
    return IndexOps.inplace(self, result);
  }
}
