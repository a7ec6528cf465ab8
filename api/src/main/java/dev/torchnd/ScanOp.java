package dev.torchnd;

/** Inclusive scans a {@link Backend} implements. */
public enum ScanOp {
  CUMSUM,
  CUMPROD
}
