package dev.torchnd.spi;

/**
 * How {@link Backend#scatterReduce} combines a scattered element with the one already there
 * (PyTorch's scatter_reduce reductions; "mean" is a SUM divided by counts in the API).
 */
public enum ScatterReduceOp {
  SUM,
  PROD,
  /** The larger; NaN wins (PyTorch's ReduceMaximum). */
  AMAX,
  /** The smaller; NaN wins. */
  AMIN
}
