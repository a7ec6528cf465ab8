package dev.torchnd;

/** Elementwise one-input kernels a {@link Backend} implements, keyed by PyTorch name. */
public enum UnaryOp {
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
  ISNAN("isnan");

  private final String torchName;

  UnaryOp(String torchName) {
    this.torchName = torchName;
  }

  public String torchName() {
    return torchName;
  }
}
