package dev.torchnd.nd4j;

import dev.torchnd.spi.BinaryOp;
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
    };
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
    };
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
