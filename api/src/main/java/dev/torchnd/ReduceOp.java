package dev.torchnd;

/** Reduction kernels a {@link Backend} implements. */
public enum ReduceOp {
  SUM,
  PROD,
  MAX,
  MIN,
  ARGMAX,
  ARGMIN,
  ALL,
  ANY
}
