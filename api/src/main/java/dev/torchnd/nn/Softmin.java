package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * {@code softmax(-x)} along {@code dim}; without a dim PyTorch's deprecated implicit choice applies
 * (0 for 0-, 1- and 3-d input, else 1). PyTorch: {@code torch.nn.Softmin}.
 */
public class Softmin extends Module {
  private final Integer dim;

  /** PyTorch: {@code nn.Softmin()} ({@code dim=None}). */
  public Softmin() {
    this.dim = null;
  }

  /** PyTorch: {@code nn.Softmin(dim)}. */
  public Softmin(int dim) {
    this.dim = dim;
  }

  @Override
  public Tensor forward(Tensor input) {
    int d = dim != null ? dim : (input.dim() == 0 || input.dim() == 1 || input.dim() == 3 ? 0 : 1);
    return F.softmin(input, d);
  }

  @Override
  public String extra_repr() {
    return "dim=" + (dim == null ? "None" : dim.toString());
  }
}
