package dev.torchnd.spi;

/**
 * Inclusive scans a {@link Backend} implements; the backward rule of each is an exhaustive
 * {@code switch} in {@code Reduce.scan}, its kernel one in the backend.
 */
public enum ScanOp implements Op {
  CUMSUM("cumsum"),
  CUMPROD("cumprod");

  private final String torchName;

  ScanOp(String torchName) {
    this.torchName = torchName;
  }

  @Override
  public String torchName() {
    return torchName;
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case CUMSUM, CUMPROD -> true;
    };
  }
}
