package dev.torchnd.nn;

import dev.torchnd.Tensor;

/**
 * A tensor that a {@link Module} registers as one of its parameters: an alias of the data it wraps
 * (same storage and version counter), a leaf that requires grad unless told otherwise.
 *
 * <pre>{@code
 * new Parameter(ones(2))   // Parameter containing:
 *                          // tensor([1., 1.], requires_grad=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Parameter}.
 */
public class Parameter extends Tensor {
  /** A parameter over {@code data} that requires grad. PyTorch: {@code nn.Parameter(data)}. */
  public Parameter(Tensor data) {
    this(data, true);
  }

  /**
   * PyTorch: {@code nn.Parameter(data, requires_grad)}.
   *
   * @throws IllegalStateException when {@code requiresGrad} is set on a non-floating tensor
   */
  public Parameter(Tensor data, boolean requiresGrad) {
    super(data, requiresGrad);
  }

  /** PyTorch's {@code repr}: {@code Parameter containing:} above the tensor's own. */
  @Override
  public String toString() {
    return "Parameter containing:\n" + super.toString();
  }
}
