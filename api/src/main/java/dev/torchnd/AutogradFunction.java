package dev.torchnd;

/**
 * Records an operation written outside this package (layers, losses) as one autograd node with its
 * own backward rule and PyTorch's {@code grad_fn} name, as PyTorch's {@code derivatives.yaml} rows
 * do for the {@code torch._C._nn} kernels and {@code torch.autograd.Function} does for user code.
 * Compute the result under {@link Torch#no_grad()}, then attach the rule:
 *
 * <pre>{@code
 * Tensor out;
 * try (var g = no_grad()) { out = input.sub(target).square().mean(); }
 * long n = input.numel();
 * return AutogradFunction.record("MseLossBackward0", out, new Tensor[] {input, target},
 *     grad -> new Tensor[] {input.sub(target).mul(grad).mul(2.0 / n), null}, input, target);
 * // out.grad_fn().name() is "MseLossBackward0"
 * }</pre>
 *
 * The rule returns one gradient per input (null where none flows) and should use {@code Tensor}
 * ops, so {@code create_graph=True} can differentiate it again. Tensors listed as {@code saved}
 * are version-checked when the rule runs, raising PyTorch's in-place modification error.
 */
public final class AutogradFunction {
  private AutogradFunction() {}

  /** A backward rule: the gradient of each input from the gradient of the output. */
  @FunctionalInterface
  public interface Backward {
    Tensor[] apply(Tensor gradOutput);
  }

  /**
   * Attaches a node named {@code gradFnName} to {@code out} when grad mode is on and an input
   * requires grad; returns {@code out}.
   *
   * @throws IllegalArgumentException when {@code out} already has a grad_fn (compute it under
   *     no_grad)
   */
  public static Tensor record(
      String gradFnName, Tensor out, Tensor[] inputs, Backward backward, Tensor... saved) {
    if (out.gradFn != null) {
      throw new IllegalArgumentException(
          "AutogradFunction.record: the output already has grad_fn "
              + out.gradFn.name
              + "; compute it under no_grad()");
    }
    return Autograd.record(out, gradFnName, inputs, backward::apply, saved);
  }

  /** Whether an op on {@code inputs} would be recorded now (grad mode on, an input requires grad). */
  public static boolean needs_grad(Tensor... inputs) {
    return Autograd.needsGrad(inputs);
  }
}
