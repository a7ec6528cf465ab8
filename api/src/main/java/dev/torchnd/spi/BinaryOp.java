package dev.torchnd.spi;

import dev.torchnd.DType;

/**
 * The elementwise two-input ops: each constant's PyTorch name, result dtype, error texts and
 * differentiability are declared here in {@code switch} expressions without {@code default}; its
 * backward rule and {@code grad_fn} name are in {@code Elementwise}, its kernels in the backend's
 * {@code Kernels} (both exhaustive too). A constant missing from any of them is a compile error.
 */
public enum BinaryOp implements Op {
  ADD("add"),
  SUB("sub"),
  MUL("mul"),
  /** True division; the API only calls it on floating dtypes. */
  DIV("div"),
  FLOOR_DIVIDE("floor_divide"),
  REMAINDER("remainder"),
  FMOD("fmod"),
  POW("pow"),
  MAXIMUM("maximum"),
  MINIMUM("minimum"),
  ATAN2("atan2"),
  EQ("eq"),
  NE("ne"),
  LT("lt"),
  LE("le"),
  GT("gt"),
  GE("ge"),
  LOGICAL_AND("logical_and"),
  LOGICAL_OR("logical_or"),
  LOGICAL_XOR("logical_xor"),
  BITWISE_AND("bitwise_and"),
  BITWISE_OR("bitwise_or"),
  BITWISE_XOR("bitwise_xor"),
  // issue 11: pointwise ops formerly outside the enums (float_power stays pow in float64)
  XLOGY("xlogy"),
  COPYSIGN("copysign"),
  FMAX("fmax"),
  FMIN("fmin"),
  GCD("gcd"),
  LCM("lcm"),
  HEAVISIDE("heaviside");

  private final String torchName;

  BinaryOp(String torchName) {
    this.torchName = torchName;
  }

  @Override
  public String torchName() {
    return torchName;
  }

  /** Comparisons and logical ops produce bool whatever their inputs' dtype. */
  public boolean boolResult() {
    return switch (this) {
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR -> true;
      case ADD, SUB, MUL, DIV, FLOOR_DIVIDE, REMAINDER, FMOD, POW, MAXIMUM, MINIMUM, ATAN2,
          BITWISE_AND, BITWISE_OR, BITWISE_XOR -> false;
      case XLOGY, COPYSIGN, FMAX, FMIN, GCD, LCM, HEAVISIDE -> false;
    };
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case ADD, SUB, MUL, DIV, REMAINDER, FMOD, POW, MAXIMUM, MINIMUM, ATAN2 -> true;
      // PyTorch 1.13 records a NotImplemented node: backward raises "derivative for
      // aten::floor_divide is not implemented"
      case FLOOR_DIVIDE -> false;
      // bool or integral results only
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR,
          BITWISE_XOR -> false;
      case XLOGY, COPYSIGN, FMAX, FMIN -> true;
      // integral results only
      case GCD, LCM -> false;
      // PyTorch 1.13 records a NotImplemented node ("derivative for aten::heaviside ...")
      case HEAVISIDE -> false;
    };
  }

  /**
   * The dtype the op computes in, given its inputs' promoted dtype and the default dtype (which
   * integral inputs of true division and atan2 compute in).
   */
  public DType computeType(DType promoted, DType defaultDtype) {
    return switch (this) {
      case DIV, ATAN2, XLOGY, COPYSIGN -> promoted.is_floating_point() ? promoted : defaultDtype;
      case FMAX, FMIN, GCD, LCM, HEAVISIDE -> promoted;
      case ADD, SUB, MUL, FLOOR_DIVIDE, REMAINDER, FMOD, POW, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT,
          GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR, BITWISE_XOR -> promoted;
    };
  }

  /**
   * PyTorch's error for computing in {@code compute} where the kernel has no instantiation for
   * it, or null. PyTorch raises it at kernel dispatch, after broadcasting and the output cast
   * check; the bool checks of {@code sub} come first of all (its {@code sub_check}).
   */
  public RuntimeException dtypeError(DType compute) {
    boolean isBool = compute == DType.bool;
    return switch (this) {
      case SUB -> isBool
          ? new IllegalArgumentException(
              "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^`"
                  + " or `logical_xor()` operator instead.")
          : null;
      case FLOOR_DIVIDE -> isBool ? UnaryOp.notImplemented("div_floor_cpu", compute) : null;
      case REMAINDER -> isBool ? UnaryOp.notImplemented("remainder_cpu", compute) : null;
      case FMOD -> isBool ? UnaryOp.notImplemented("fmod_cpu", compute) : null;
      case POW -> isBool ? UnaryOp.notImplemented("pow", compute) : null;
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> compute.is_floating_point()
          ? UnaryOp.notImplemented(torchName + "_cpu", compute) : null;
      case ADD, MUL, DIV, ATAN2, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR,
          LOGICAL_XOR -> null;
      // gcd_cpu/lcm_cpu: AT_DISPATCH_INTEGRAL_TYPES
      case GCD, LCM -> isBool || compute.is_floating_point()
          ? UnaryOp.notImplemented(torchName + "_cpu", compute) : null;
      case XLOGY, COPYSIGN, FMAX, FMIN, HEAVISIDE -> null;
    };
  }
}
