package dev.torchnd.nn;

import dev.torchnd.Tensor;

/**
 * log_softmax along {@code dim}; prints {@code LogSoftmax(dim=1)}. Without a dim PyTorch's deprecated
 * implicit choice applies (0 for 0-, 1- and 3-d input, else 1). PyTorch: {@code torch.nn.LogSoftmax}.
 */
public class LogSoftmax extends Module {
  private final Integer dim;

  /** PyTorch: {@code nn.LogSoftmax()} (implicit dim, {@code dim=None}). */
  public LogSoftmax() {
    this.dim = null;
  }

  /** PyTorch: {@code nn.LogSoftmax(dim)}. */
  public LogSoftmax(int dim) {
    this.dim = dim;
  }

  @Override
  public Tensor forward(Tensor input) {
    int d = dim != null ? dim : (input.dim() == 0 || input.dim() == 1 || input.dim() == 3 ? 0 : 1);
    return input.log_softmax(d);
  }

  @Override
  public String extra_repr() {
    return "dim=" + (dim == null ? "None" : dim.toString());
  }
}
