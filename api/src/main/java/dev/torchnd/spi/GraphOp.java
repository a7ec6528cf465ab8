package dev.torchnd.spi;

/**
 * Ops outside the kernel families ({@link UnaryOp}, {@link BinaryOp}, {@link ReduceOp}, {@link
 * ScanOp}) that record autograd nodes an exporter must recognise: casts, views, matrix products,
 * mean. Their kernels are compositions of the backend's primitives; the declaration is what a
 * trace ({@link Tracing.Event#op()}) carries, so exporters switch on it rather than on {@code
 * grad_fn} names.
 */
public enum GraphOp implements Op {
  TO_COPY("to"),
  MEAN("mean"),
  DOT("dot"),
  MV("mv"),
  MM("mm"),
  VIEW("view"),
  RESHAPE("reshape"),
  SQUEEZE("squeeze"),
  UNSQUEEZE("unsqueeze"),
  TRANSPOSE("transpose"),
  PERMUTE("permute");

  private final String torchName;

  GraphOp(String torchName) {
    this.torchName = torchName;
  }

  @Override
  public String torchName() {
    return torchName;
  }

  @Override
  public boolean differentiable() {
    return switch (this) {
      case TO_COPY, MEAN, DOT, MV, MM, VIEW, RESHAPE, SQUEEZE, UNSQUEEZE, TRANSPOSE, PERMUTE -> true;
    };
  }
}
