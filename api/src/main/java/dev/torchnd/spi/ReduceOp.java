package dev.torchnd.spi;

/**
 * Reduction kernels a {@link Backend} implements. The result dtype, empty-input rule and backward
 * rule of each are declared by {@code switch} expressions without {@code default} here and in
 * {@code Reduce}; the backend's kernel switch is exhaustive too.
 */
public enum ReduceOp implements Op {
  SUM("sum"),
  PROD("prod"),
  MAX("max"),
  MIN("min"),
  ARGMAX("argmax"),
  ARGMIN("argmin"),
  ALL("all"),
  ANY("any");

  private final String torchName;

  ReduceOp(String torchName) {
    this.torchName = torchName;
  }

  @Override
  public String torchName() {
    return torchName;
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case SUM, PROD, MAX, MIN -> true;
      // integral or bool results only
      case ARGMAX, ARGMIN, ALL, ANY -> false;
    };
  }

  /**
   * The value of the reduction over no elements (its identity), or null where PyTorch raises
   * instead (the caller raises the op's own message first).
   */
  public Long identity() {
    return switch (this) {
      case SUM, ANY -> 0L;
      case PROD, ALL -> 1L;
      case MAX, MIN, ARGMAX, ARGMIN -> null;
    };
  }
}
