package dev.torchnd;

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
  BITWISE_XOR("bitwise_xor");

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
    };
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case ADD, SUB, MUL, DIV, REMAINDER, FMOD, POW, MAXIMUM, MINIMUM, ATAN2 -> true;
      // derivatives.yaml: floor_divide's gradient is zeros_like (PyTorch 1.13 records a node)
      case FLOOR_DIVIDE -> true;
      // bool or integral results only
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR,
          BITWISE_XOR -> false;
    };
  }

  /**
   * The dtype the op computes in, given its inputs' promoted dtype; throws PyTorch's dtype error
   * where the kernel has no instantiation for it.
   */
  public DType computeType(DType promoted) {
    boolean isBool = promoted == DType.bool;
    return switch (this) {
      case SUB -> {
        if (isBool) {
          throw new IllegalArgumentException(
              "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^`"
                  + " or `logical_xor()` operator instead.");
        }
        yield promoted;
      }
      case DIV, ATAN2 -> promoted.is_floating_point() ? promoted : Torch.get_default_dtype();
      case FLOOR_DIVIDE -> notFor(isBool, "div_floor_cpu", promoted);
      case REMAINDER -> notFor(isBool, "remainder_cpu", promoted);
      case FMOD -> notFor(isBool, "fmod_cpu", promoted);
      case POW -> notFor(isBool, "pow", promoted);
      case BITWISE_AND, BITWISE_OR, BITWISE_XOR ->
          notFor(promoted.is_floating_point(), torchName + "_cpu", promoted);
      case ADD, MUL, MAXIMUM, MINIMUM, EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR,
          LOGICAL_XOR -> promoted;
    };
  }

  private static DType notFor(boolean cond, String kernel, DType t) {
    if (cond) {
      throw UnaryOp.notImplemented(kernel, t);
    }
    return t;
  }
}
