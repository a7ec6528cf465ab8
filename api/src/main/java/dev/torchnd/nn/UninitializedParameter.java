package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;

/**
 * A parameter whose shape is not known yet (lazy modules such as {@link LazyLinear}); the first
 * forward call gives it storage with {@link #materialize}, and from then on it is an ordinary
 * parameter (the same object, so optimizers built earlier keep working). Prints {@code
 * <UninitializedParameter>} until then. PyTorch: {@code torch.nn.parameter.UninitializedParameter}.
 */
public class UninitializedParameter extends Parameter {
  private boolean materialized;

  /** An uninitialised parameter of the default dtype that requires grad. */
  public UninitializedParameter() {
    super(Torch.empty(0), true);
  }

  /** Whether {@link #materialize} has given it a shape. */
  public boolean is_materialized() {
    return materialized;
  }

  /** Gives this parameter uninitialised storage of {@code shape} in the current dtype. */
  public void materialize(long... shape) {
    materialize(shape, dtype());
  }

  /** PyTorch: {@code materialize(shape, dtype=dtype)}. */
  public void materialize(long[] shape, DType dtype) {
    try (var g = Torch.no_grad()) {
      set_data(Torch.empty(shape, dtype));
    }
    materialized = true;
  }

  @Override
  public String toString() {
    return materialized ? super.toString() : "<UninitializedParameter>";
  }
}
