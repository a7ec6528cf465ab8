package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.Half;
import dev.torchnd.spi.UnaryOp;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Scalar semantics of every elementwise op, written to match PyTorch's CPU kernels (c10's
 * {@code div_floor_floating}, Python-style remainder, integer pow by squaring, NaN-propagating
 * maximum). Each switch is exhaustive: an op without a kernel does not compile.
 */
final class Kernels {
  private Kernels() {}

  /**
   * The kernel for an input of dtype {@code dt}: as {@link #floating(UnaryOp)}, except the ops
   * whose PyTorch kernel depends on the dtype (deg2rad/rad2deg multiply by the constant as the
   * dtype's scalar; bfloat16 sinc rounds each step to bfloat16).
   */
  static DoubleUnaryOperator floating(UnaryOp op, DType dt) {
    if (op == UnaryOp.DEG2RAD || op == UnaryOp.RAD2DEG) {
      double c = op == UnaryOp.DEG2RAD ? Math.PI / 180 : 180 / Math.PI;
      double k = dt == DType.float64 ? c : (float) c;
      return a -> a * k;
    }
    if (op == UnaryOp.SINC && dt == DType.bfloat16) {
      return Kernels::sincBf16;
    }
    if (op == UnaryOp.DIGAMMA && dt != DType.float64) {
      return SpecialMath::digammaF;
    }
    if (op == UnaryOp.ERFINV && dt != DType.float64) {
      return SpecialMath::erfinvF;
    }
    if (op == UnaryOp.I0 && dt != DType.float64) {
      return SpecialMath::i0F;
    }
    return floating(op);
  }

  static DoubleUnaryOperator floating(UnaryOp op) {
    return switch (op) {
      case NEG -> a -> -a;
      case ABS -> Math::abs;
      case EXP -> Math::exp;
      case EXPM1 -> Math::expm1;
      case LOG -> Math::log;
      case LOG2 -> a -> Math.log(a) / Math.log(2);
      case LOG10 -> Math::log10;
      case LOG1P -> Math::log1p;
      case SQRT -> Math::sqrt;
      case RSQRT -> a -> 1.0 / Math.sqrt(a);
      case SIN -> Math::sin;
      case COS -> Math::cos;
      case TAN -> Math::tan;
      case ASIN -> Math::asin;
      case ACOS -> Math::acos;
      case ATAN -> Math::atan;
      case SINH -> Math::sinh;
      case COSH -> Math::cosh;
      case TANH -> Math::tanh;
      case SIGMOID -> a -> 1.0 / (1.0 + Math.exp(-a));
      case RELU -> a -> a < 0 ? 0.0 : a;
      case FLOOR -> Math::floor;
      case CEIL -> Math::ceil;
      case ROUND -> Math::rint;
      case TRUNC -> a -> a < 0 ? Math.ceil(a) : Math.floor(a);
      case SIGN -> a -> Double.isNaN(a) ? 0.0 : Math.signum(a) + 0.0;
      case RECIPROCAL -> a -> 1.0 / a;
      case LOGICAL_NOT -> a -> a == 0 ? 1 : 0;
      case BITWISE_NOT -> a -> {
        throw new UnsupportedOperationException("\"bitwise_not_cpu\" not implemented for 'Float'");
      };
      case ISNAN -> a -> Double.isNaN(a) ? 1 : 0;
      case ERF -> ErfKernels::erf;
      case EXP2 -> a -> Math.pow(2, a);
      case FRAC -> a -> a - (a < 0 ? Math.ceil(a) : Math.floor(a));
      // float32's constants; float64 and bfloat16 go through floating(op, dtype)
      case DEG2RAD -> a -> a * (float) (Math.PI / 180);
      case RAD2DEG -> a -> a * (float) (180 / Math.PI);
      case SGN -> a -> Double.isNaN(a) ? 0.0 : Math.signum(a) + 0.0;
      case SIGNBIT -> a -> Double.doubleToRawLongBits(a) < 0 ? 1 : 0;
      case SINC -> a -> {
        if (a == 0) {
          return 1;
        }
        double p = Math.PI * a;
        return Math.sin(p) / p;
      };
      case LOGIT -> a -> Math.log(a / (1 - a));
      case ASINH -> SpecialMath::asinh;
      case ACOSH -> SpecialMath::acosh;
      case ATANH -> SpecialMath::atanh;
      case ERFC -> SpecialMath::erfc;
      case ERFINV -> SpecialMath::erfinv;
      case LGAMMA -> SpecialMath::lgamma;
      case DIGAMMA -> SpecialMath::digamma;
      case I0 -> SpecialMath::i0;
    };
  }

  /** sinc in bfloat16 arithmetic: pi, pi * x, sin and the quotient each rounded to bfloat16. */
  private static double sincBf16(double v) {
    if (v == 0) {
      return 1;
    }
    float pi = Half.roundToBf16((float) Math.PI);
    float p = Half.roundToBf16(pi * (float) v);
    float sn = Half.roundToBf16((float) Math.sin(p));
    return Half.roundToBf16(sn / p);
  }

  static LongUnaryOperator integral(UnaryOp op) {
    return switch (op) {
      case NEG -> a -> -a;
      case ABS -> Math::abs;
      case RELU -> a -> Math.max(a, 0);
      case FLOOR, CEIL, ROUND, TRUNC -> a -> a;
      case SIGN -> Long::signum;
      case LOGICAL_NOT -> a -> a == 0 ? 1 : 0;
      case BITWISE_NOT -> a -> ~a;
      case ISNAN -> a -> 0;
      case EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH,
          COSH, TANH, SIGMOID, RECIPROCAL, ERF -> null;
      case SGN -> Long::signum;
      // bool and integers: is_negative (false for bool)
      case SIGNBIT -> a -> a < 0 ? 1 : 0;
      case EXP2, FRAC, DEG2RAD, RAD2DEG, SINC, LOGIT -> null;
      case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> null;
    };
  }

  static DoubleBinaryOperator floating(BinaryOp op) {
    return switch (op) {
      case ADD -> Double::sum;
      case SUB -> (a, b) -> a - b;
      case MUL -> (a, b) -> a * b;
      case DIV -> (a, b) -> a / b;
      case FLOOR_DIVIDE -> Kernels::divFloor;
      case REMAINDER -> (a, b) -> {
        double m = a % b;
        return (m != 0 && (b < 0) != (m < 0)) ? m + b : m;
      };
      case FMOD -> (a, b) -> a % b;
      case POW -> Kernels::powC;
      case MAXIMUM -> (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
      case MINIMUM -> (a, b) -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
      case ATAN2 -> Math::atan2;
      case EQ -> (a, b) -> a == b ? 1 : 0;
      case NE -> (a, b) -> a != b ? 1 : 0;
      case LT -> (a, b) -> a < b ? 1 : 0;
      case LE -> (a, b) -> a <= b ? 1 : 0;
      case GT -> (a, b) -> a > b ? 1 : 0;
      case GE -> (a, b) -> a >= b ? 1 : 0;
      case LOGICAL_AND -> (a, b) -> a != 0 && b != 0 ? 1 : 0;
      case LOGICAL_OR -> (a, b) -> a != 0 || b != 0 ? 1 : 0;
      case LOGICAL_XOR -> (a, b) -> (a != 0) != (b != 0) ? 1 : 0;
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> null;
      case XLOGY -> (x, y) -> Double.isNaN(y) ? Double.NaN : x == 0 ? 0 : x * Math.log(y);
      case COPYSIGN -> Math::copySign;
      case FMAX -> (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.max(x, y);
      case FMIN -> (x, y) -> Double.isNaN(x) ? y : Double.isNaN(y) ? x : Math.min(x, y);
      case GCD, LCM -> null;
      // heaviside_kernel: a == 0 ? values : a > 0 (NaN gives 0)
      case HEAVISIDE -> (x, v) -> x == 0 ? v : (x > 0 ? 1 : 0);
    };
  }

  static LongBinaryOperator integral(BinaryOp op) {
    return switch (op) {
      case ADD -> Long::sum;
      case SUB -> (a, b) -> a - b;
      case MUL -> (a, b) -> a * b;
      case DIV -> null;
      case FLOOR_DIVIDE -> (a, b) -> {
        long q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
      };
      case REMAINDER -> (a, b) -> {
        long r = a % b;
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
      };
      case FMOD -> (a, b) -> a % b;
      case POW -> Kernels::powi;
      case MAXIMUM -> Math::max;
      case MINIMUM -> Math::min;
      case ATAN2 -> null;
      case EQ -> (a, b) -> a == b ? 1 : 0;
      case NE -> (a, b) -> a != b ? 1 : 0;
      case LT -> (a, b) -> a < b ? 1 : 0;
      case LE -> (a, b) -> a <= b ? 1 : 0;
      case GT -> (a, b) -> a > b ? 1 : 0;
      case GE -> (a, b) -> a >= b ? 1 : 0;
      case LOGICAL_AND -> (a, b) -> a != 0 && b != 0 ? 1 : 0;
      case LOGICAL_OR -> (a, b) -> a != 0 || b != 0 ? 1 : 0;
      case LOGICAL_XOR -> (a, b) -> (a != 0) != (b != 0) ? 1 : 0;
      case BITWISE_AND -> (a, b) -> a & b;
      case BITWISE_OR -> (a, b) -> a | b;
      case BITWISE_XOR -> (a, b) -> a ^ b;
      case XLOGY, COPYSIGN -> null;
      case FMAX -> Math::max;
      case FMIN -> Math::min;
      case GCD -> Kernels::gcd;
      case LCM -> Kernels::lcm;
      case HEAVISIDE -> (x, v) -> x == 0 ? v : (x > 0 ? 1 : 0);
    };
  }

  /** c10's calc_gcd: Euclid on absolute values. */
  static long gcd(long a, long b) {
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
  static long lcm(long a, long b) {
    long g = gcd(a, b);
    return g == 0 ? 0 : Math.abs(a / g * b);
  }

  /**
   * C's pow: unlike Java's Math.pow, pow(1, y) is 1 for every y (NaN included) and
   * pow(-1, +-inf) is 1.
   */
  static double powC(double a, double b) {
    if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
      return 1.0;
    }
    return Math.pow(a, b);
  }

  /** c10::div_floor_floating. */
  static double divFloor(double a, double b) {
    if (b == 0) {
      return a / b;
    }
    double mod = a % b;
    double div = (a - mod) / b;
    if (mod != 0 && (b < 0) != (mod < 0)) {
      div -= 1.0;
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, a / b);
    }
    return floordiv;
  }

  /** Integer power by squaring; negative exponents follow PyTorch's powi (0 except for ±1). */
  static long powi(long a, long b) {
    if (b < 0) {
      if (a == 1) {
        return 1;
      }
      if (a == -1) {
        return (b & 1) != 0 ? -1 : 1;
      }
      return 0;
    }
    long result = 1;
    while (b > 0) {
      if ((b & 1) != 0) {
        result *= a;
      }
      b >>= 1;
      a *= a;
    }
    return result;
  }
}
