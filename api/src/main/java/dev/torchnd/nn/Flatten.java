package dev.torchnd.nn;

import dev.torchnd.Tensor;

/** Flattens dims {@code start_dim..end_dim} (default 1..-1). PyTorch: {@code torch.nn.Flatten}. */
public class Flatten extends Module {
  private final int startDim;
  private final int endDim;

  /** PyTorch: {@code nn.Flatten()}. */
  public Flatten() {
    this(1, -1);
  }

  /** PyTorch: {@code nn.Flatten(start_dim)}. */
  public Flatten(int startDim) {
    this(startDim, -1);
  }

  /** PyTorch: {@code nn.Flatten(start_dim, end_dim)}. */
  public Flatten(int startDim, int endDim) {
    this.startDim = startDim;
    this.endDim = endDim;
  }

  @Override
  public Tensor forward(Tensor input) {
    return input.flatten(startDim, endDim);
  }

  @Override
  public String extra_repr() {
    return "start_dim=" + startDim + ", end_dim=" + endDim;
  }
}
