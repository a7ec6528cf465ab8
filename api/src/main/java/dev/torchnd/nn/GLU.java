package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code a·sigmoid(b)} of the halves {@code a, b} of {@code dim}; prints {@code GLU(dim=-1)}. PyTorch: {@code torch.nn.GLU}. */
public class GLU extends Module {
  private final int dim;

  /** PyTorch: {@code nn.GLU()} (dim -1). */
  public GLU() {
    this(-1);
  }

  /** PyTorch: {@code nn.GLU(dim)}. */
  public GLU(int dim) {
    this.dim = dim;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.glu(input, dim);
  }

  @Override
  public String extra_repr() {
    return "dim=" + dim;
  }
}
