package dev.torchnd.autograd;

import dev.torchnd.AutogradFunction;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * A custom differentiable operation, PyTorch's {@code torch.autograd.Function}: subclass it,
 * write {@code forward} and {@code backward}, and call {@link #apply}. The forward runs with
 * gradient recording off; when grad mode is on and an input requires grad, the result gets a
 * node named after the class ({@code grad_fn=<LegendrePolynomial3Backward>}, as PyTorch names
 * it) whose backward calls yours, with grad mode on under {@code create_graph=True} so your
 * backward can itself be differentiated.
 *
 * <pre>{@code
 * class LegendrePolynomial3 extends Function {
 *   public Tensor forward(FunctionCtx ctx, Tensor... inputs) {
 *     Tensor input = inputs[0];
 *     ctx.save_for_backward(input);
 *     return input.pow(3).mul(5).sub(input.mul(3)).mul(0.5);
 *   }
 *   public Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs) {
 *     Tensor input = ctx.saved_tensors()[0];
 *     return new Tensor[] {grad_outputs[0].mul(1.5).mul(input.pow(2).mul(5).sub(1))};
 *   }
 * }
 * Tensor y = new LegendrePolynomial3().apply(x);   // LegendrePolynomial3.apply(x)
 * }</pre>
 *
 * <p>Java has no static abstract methods, so {@code forward}/{@code backward} are instance
 * methods and {@code apply} is called on an instance; constants a Python function would receive
 * as extra non-tensor arguments can be constructor arguments (or {@link FunctionCtx#put}).
 * {@code backward} returns one gradient per input (null where none flows, as Python's
 * {@code None}); each is summed to its input's shape when it broadcasts to it, else PyTorch's
 * {@code returned an invalid gradient} error is raised. One output per function.
 */
public abstract class Function {
  protected Function() {}

  /**
   * Computes the output from the inputs (grad recording is off here). PyTorch: the static
   * {@code forward(ctx, *args)}.
   */
  public abstract Tensor forward(FunctionCtx ctx, Tensor... inputs);

  /**
   * The gradient of each input from the gradient of the output. PyTorch: the static {@code
   * backward(ctx, *grad_outputs)}.
   */
  public abstract Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs);

  /** The grad_fn name: the class's simple name and {@code Backward}, as PyTorch's. */
  String nodeName() {
    String n = getClass().getSimpleName();
    return (n.isEmpty() ? "Function" : n) + "Backward";
  }

  /**
   * Runs {@code forward} and, when the result needs a gradient, records the node that calls
   * {@code backward}. PyTorch: {@code MyFunction.apply(*inputs)}.
   */
  public final Tensor apply(Tensor... inputs) {
    Tensor[] in = inputs.clone();
    FunctionCtx ctx = new FunctionCtx();
    ctx.needsInputGrad = new boolean[in.length];
    for (int i = 0; i < in.length; i++) {
      ctx.needsInputGrad[i] = in[i] != null && in[i].requires_grad() && Torch.is_grad_enabled();
    }
    boolean record = AutogradFunction.needs_grad(in);
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = forward(ctx, in);
      if (out == null) {
        throw new IllegalArgumentException(nodeName() + ": forward returned None (null)");
      }
      if (record && (out.grad_fn() != null || Arrays.asList(in).contains(out) || out.requires_grad())) {
        // PyTorch gives an input returned as is (or a tensor with history) a new identity:
        // the output is a fresh view carrying this function's node.
        out = out.view_as(out);
      }
    }
    if (!record || ctx.isNonDifferentiable(out)) {
      return out;
    }
    final String name = nodeName();
    final Tensor[] saved = ctx.saved;
    final long[][] shapes = new long[in.length][];
    for (int i = 0; i < in.length; i++) {
      shapes[i] = in[i] == null ? null : in[i].shape().toLongArray();
    }
    Tensor result = out;
    Tensor[] toSave = Arrays.stream(saved).filter(s -> s != null).toArray(Tensor[]::new);
    return AutogradFunction.record(
        name,
        out,
        in,
        grad -> {
          Tensor[] grads = backward(ctx, grad);
          if (grads == null) {
            grads = new Tensor[] {null};
          }
          if (grads.length != in.length) {
            if (grads.length > in.length
                && Arrays.stream(grads, in.length, grads.length).allMatch(x -> x == null)) {
              grads = Arrays.copyOf(grads, in.length);
            } else {
              throw new IllegalStateException(
                  "function " + name + " returned an incorrect number of gradients (expected "
                      + in.length + ", got " + grads.length + ")");
            }
          }
          for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null || shapes[i] == null) {
              continue;
            }
            if (!expandableTo(shapes[i], grads[i].shape().toLongArray())) {
              throw new IllegalStateException(
                  "Function " + name + " returned an invalid gradient at index " + i + " - got "
                      + Arrays.toString(grads[i].shape().toLongArray()) + " but expected shape"
                      + " compatible with " + Arrays.toString(shapes[i]));
            }
          }
          return grads;
        },
        toSave);
  }

  /** Whether {@code shape} broadcasts to {@code target} (PyTorch's {@code is_expandable_to}). */
  static boolean expandableTo(long[] shape, long[] target) {
    if (shape.length > target.length) {
      return false;
    }
    for (int i = 0; i < shape.length; i++) {
      long s = shape[shape.length - 1 - i];
      long t = target[target.length - 1 - i];
      if (s != t && s != 1) {
        return false;
      }
    }
    return true;
  }
}
