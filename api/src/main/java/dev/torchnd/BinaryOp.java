package dev.torchnd;

/** Elementwise two-input kernels a {@link Backend} implements, keyed by PyTorch name. */
public enum BinaryOp {
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

  public String torchName() {
    return torchName;
  }

  /** Comparisons and logical ops produce bool whatever their inputs' dtype. */
  public boolean boolResult() {
    return switch (this) {
      case EQ, NE, LT, LE, GT, GE, LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR -> true;
      default -> false;
    };
  }
}
