package dev.torchnd.spi;

import dev.torchnd.DType;

/**
 * The elementwise one-input ops: each constant's PyTorch name, result dtype, error texts and
 * differentiability are declared here in {@code switch} expressions without {@code default}; its
 * backward rule is {@code Elementwise.recordUnary}, its kernels the backend's {@code Kernels}
 * (both exhaustive too). A constant missing from any of them is a compile error.
 */
public enum UnaryOp implements Op {
  NEG("neg"),
  ABS("abs"),
  EXP("exp"),
  EXPM1("expm1"),
  LOG("log"),
  LOG2("log2"),
  LOG10("log10"),
  LOG1P("log1p"),
  SQRT("sqrt"),
  RSQRT("rsqrt"),
  SIN("sin"),
  COS("cos"),
  TAN("tan"),
  ASIN("asin"),
  ACOS("acos"),
  ATAN("atan"),
  SINH("sinh"),
  COSH("cosh"),
  TANH("tanh"),
  SIGMOID("sigmoid"),
  RELU("relu"),
  FLOOR("floor"),
  CEIL("ceil"),
  ROUND("round"),
  TRUNC("trunc"),
  SIGN("sign"),
  RECIPROCAL("reciprocal"),
  LOGICAL_NOT("logical_not"),
  BITWISE_NOT("bitwise_not"),
  ISNAN("isnan"),
  ERF("erf"),
  // issue 11: pointwise ops formerly outside the enums
  EXP2("exp2"),
  FRAC("frac"),
  DEG2RAD("deg2rad"),
  RAD2DEG("rad2deg"),
  SGN("sgn"),
  SIGNBIT("signbit"),
  SINC("sinc"),
  LOGIT("logit"),
  // issue 11: inverse hyperbolics and special functions
  ASINH("asinh"),
  ACOSH("acosh"),
  ATANH("atanh"),
  ERFC("erfc"),
  ERFINV("erfinv"),
  LGAMMA("lgamma"),
  DIGAMMA("digamma"),
  I0("i0");

  /** How an op's result dtype follows from its input's. */
  public enum Result {
    /** The input's dtype. */
    SAME,
    /** Floating inputs keep their dtype; integral and bool ones give the default dtype. */
    FLOATING,
    /** Always bool. */
    BOOL
  }

  private final String torchName;

  UnaryOp(String torchName) {
    this.torchName = torchName;
  }

  @Override
  public String torchName() {
    return torchName;
  }

  /** The result dtype rule (PyTorch's TensorIterator config of the op's structured kernel). */
  public Result result() {
    return switch (this) {
      case EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH,
          COSH, TANH, SIGMOID, RECIPROCAL, ERF -> Result.FLOATING;
      case NEG, ABS, RELU, FLOOR, CEIL, ROUND, TRUNC, SIGN, BITWISE_NOT -> Result.SAME;
      case LOGICAL_NOT, ISNAN -> Result.BOOL;
      // frac has no integral kernel (dtypeError); sgn is sign for real dtypes
      case EXP2, DEG2RAD, RAD2DEG, SINC, LOGIT -> Result.FLOATING;
      case FRAC, SGN -> Result.SAME;
      case SIGNBIT -> Result.BOOL;
      case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> Result.FLOATING;
    };
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case NEG, ABS, EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS,
          ATAN, SINH, COSH, TANH, SIGMOID, RELU, RECIPROCAL, ERF -> true;
      // derivatives.yaml: zeros_like(grad)
      case FLOOR, CEIL, ROUND, TRUNC, SIGN -> true;
      // bool or integral results only
      case LOGICAL_NOT, BITWISE_NOT, ISNAN -> false;
      case EXP2, FRAC, DEG2RAD, RAD2DEG, SGN, SINC, LOGIT -> true;
      case SIGNBIT -> false;
      case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> true;
    };
  }

  /** Whether PyTorch 1.13's CPU kernel is a VML one (its name, in dtype errors, ends {@code _vml_cpu}). */
  private boolean vml() {
    return switch (this) {
      case EXP, LOG, LOG2, LOG10, LOG1P, EXPM1, SQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, TANH, FLOOR,
          CEIL, ROUND, TRUNC, ERF -> true;
      case NEG, ABS, RSQRT, SINH, COSH, SIGMOID, RELU, SIGN, RECIPROCAL, LOGICAL_NOT, BITWISE_NOT,
          ISNAN -> false;
      case EXP2, FRAC, DEG2RAD, RAD2DEG, SGN, SIGNBIT, SINC, LOGIT -> false;
      case ERFC, ERFINV, LGAMMA, I0 -> true;
      case ASINH, ACOSH, ATANH, DIGAMMA -> false;
    };
  }

  /**
   * PyTorch's error for this op on an input of dtype {@code in}, or null where the dtype is
   * accepted. Checked before the kernel runs, in PyTorch's order: bool, then floating, then half.
   */
  public RuntimeException dtypeError(DType in) {
    if (in == DType.bool) {
      RuntimeException e = switch (this) {
        case NEG -> new IllegalArgumentException(
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to"
                + " invert a mask, use the `~` or `logical_not()` operator instead.");
        case ABS -> notImplemented("abs_cpu", in);
        case RELU -> new UnsupportedOperationException("Boolean inputs not supported for relu");
        case FLOOR, CEIL, ROUND, TRUNC -> notImplemented(kernelName(), in);
        case EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN,
            SINH, COSH, TANH, SIGMOID, SIGN, RECIPROCAL, LOGICAL_NOT, BITWISE_NOT, ISNAN, ERF -> null;
        case FRAC -> notImplemented(kernelName(), in);
        case EXP2, DEG2RAD, RAD2DEG, SGN, SIGNBIT, SINC, LOGIT -> null;
        case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> null;
      };
      if (e != null) {
        return e;
      }
    }
    if (in.is_floating_point()) {
      RuntimeException e = switch (this) {
        case BITWISE_NOT -> notImplemented("bitwise_not_cpu", in);
        case NEG, ABS, EXP, EXPM1, LOG, LOG2, LOG10, LOG1P, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS,
            ATAN, SINH, COSH, TANH, SIGMOID, RELU, FLOOR, CEIL, ROUND, TRUNC, SIGN, RECIPROCAL,
            LOGICAL_NOT, ISNAN, ERF -> null;
        case EXP2, FRAC, DEG2RAD, RAD2DEG, SGN, SIGNBIT, SINC, LOGIT -> null;
        case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, DIGAMMA, I0 -> null;
      };
      if (e != null) {
        return e;
      }
    } else {
      // frac_cpu dispatches floating types only (integral inputs keep their dtype: SAME)
      if (this == FRAC) {
        return notImplemented(kernelName(), in);
      }
    }
    if (in == DType.float16) {
      // PyTorch 1.13's CPU kernels without a float16 instantiation.
      return switch (this) {
        case EXP, LOG, LOG2, LOG10, LOG1P, EXPM1, SQRT, RSQRT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH,
            COSH, TANH, SIGMOID, ERF -> notImplemented(kernelName(), in);
        case NEG, ABS, RELU, FLOOR, CEIL, ROUND, TRUNC, SIGN, RECIPROCAL, LOGICAL_NOT, BITWISE_NOT,
            ISNAN -> null;
        // sinc/logit: AT_DISPATCH_FLOATING_TYPES_AND1(kBFloat16); the rest take Half
        case SINC, LOGIT -> notImplemented(kernelName(), in);
        case EXP2, FRAC, DEG2RAD, RAD2DEG, SGN, SIGNBIT -> null;
        // AT_DISPATCH_FLOATING_TYPES_AND(kBFloat16, ...): no Half (digamma's kernel is named "digamma")
        case ASINH, ACOSH, ATANH, ERFC, ERFINV, LGAMMA, I0 -> notImplemented(kernelName(), in);
        case DIGAMMA -> notImplemented("digamma", in);
      };
    }
    return null;
  }

  private String kernelName() {
    return torchName + (vml() ? "_vml_cpu" : "_cpu");
  }

  /** PyTorch's {@code "kernel" not implemented for 'Dtype'} error, shared by the API's ops. */
  public static UnsupportedOperationException notImplemented(String kernel, DType t) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
  }
}
