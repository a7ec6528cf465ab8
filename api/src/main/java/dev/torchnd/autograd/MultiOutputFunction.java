package dev.torchnd.autograd;

import dev.torchnd.AutogradFunction;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * A custom differentiable operation with several outputs, PyTorch's {@code
 * torch.autograd.Function} whose {@code forward} returns a tuple: every differentiable output
 * shares one node ({@code <ClassNameBackward>}, output {@code i} in {@code next_functions}), and
 * {@code backward} receives one gradient per output (zeros for outputs that got none or that
 * {@link FunctionCtx#mark_non_differentiable} marked).
 *
 * <pre>{@code
 * class SortFn extends MultiOutputFunction {
 *   public Tensor[] forward(FunctionCtx ctx, Tensor... in) {
 *     var r = in[0].sort();
 *     ctx.mark_non_differentiable(r.indices());
 *     ctx.save_for_backward(r.indices());
 *     return new Tensor[] {r.values(), r.indices()};
 *   }
 *   public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
 *     return new Tensor[] {zeros_like(g[0]).scatter(0, ctx.saved_tensors()[0], g[0])};
 *   }
 * }
 * Tensor[] out = new SortFn().apply(x);   // values, indices = SortFn.apply(x)
 * out[0].grad_fn();                       // <torch.autograd.function.SortFnBackward object at 0x...>
 * out[1].requires_grad();                 // false
 * }</pre>
 *
 * As with {@link Function}, forward runs with recording off and Java calls {@code apply} on an
 * instance. PyTorch: {@code torch.autograd.Function}.
 */
public abstract class MultiOutputFunction {
  protected MultiOutputFunction() {}

  /** The outputs from the inputs (grad recording is off here). PyTorch: {@code forward(ctx, *args)}. */
  public abstract Tensor[] forward(FunctionCtx ctx, Tensor... inputs);

  /**
   * The gradient of each input (null where none flows) from one gradient per output. PyTorch:
   * {@code backward(ctx, *grad_outputs)}.
   */
  public abstract Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs);

  String nodeName() {
    String n = getClass().getSimpleName();
    return (n.isEmpty() ? "Function" : n) + "Backward";
  }

  /** Runs forward and records the shared node. PyTorch: {@code MyFunction.apply(*inputs)}. */
  public final Tensor[] apply(Tensor... inputs) {
    Tensor[] in = inputs.clone();
    FunctionCtx ctx = new FunctionCtx();
    ctx.needsInputGrad = new boolean[in.length];
    for (int i = 0; i < in.length; i++) {
      ctx.needsInputGrad[i] = in[i] != null && in[i].requires_grad() && Torch.is_grad_enabled();
    }
    boolean record = AutogradFunction.needs_grad(in);
    Tensor[] out;
    try (var g = Torch.no_grad()) {
      out = forward(ctx, in);
      if (out == null) {
        throw new IllegalArgumentException(nodeName() + ": forward returned None (null)");
      }
      out = out.clone();
      for (int i = 0; i < out.length; i++) {
        if (record && out[i] != null && !ctx.isNonDifferentiable(out[i])
            && (out[i].grad_fn() != null || Arrays.asList(in).contains(out[i])
                || out[i].requires_grad())) {
          // as Function: an input returned as is gets a fresh view carrying this node
          out[i] = out[i].view_as(out[i]);
        }
      }
    }
    if (!record) {
      return out;
    }
    boolean[] diff = new boolean[out.length];
    for (int i = 0; i < out.length; i++) {
      diff[i] = out[i] != null && out[i].is_floating_point() && !ctx.isNonDifferentiable(out[i]);
    }
    final String name = nodeName();
    final long[][] shapes = new long[in.length][];
    for (int i = 0; i < in.length; i++) {
      shapes[i] = in[i] == null ? null : in[i].shape().toLongArray();
    }
    Tensor[] toSave = Arrays.stream(ctx.saved).filter(s -> s != null).toArray(Tensor[]::new);
    return AutogradFunction.record(name, out, diff, in, grads -> {
      Tensor[] r = backward(ctx, grads);
      if (r == null) {
        r = new Tensor[] {null};
      }
      if (r.length != in.length) {
        if (r.length > in.length
            && Arrays.stream(r, in.length, r.length).allMatch(x -> x == null)) {
          r = Arrays.copyOf(r, in.length);
        } else {
          throw new IllegalStateException("function " + name + " returned an incorrect number of"
              + " gradients (expected " + in.length + ", got " + r.length + ")");
        }
      }
      for (int i = 0; i < r.length; i++) {
        if (r[i] != null && shapes[i] != null
            && !Function.expandableTo(shapes[i], r[i].shape().toLongArray())) {
          throw new IllegalStateException("Function " + name + " returned an invalid gradient at"
              + " index " + i + " - got " + Arrays.toString(r[i].shape().toLongArray())
              + " but expected shape compatible with " + Arrays.toString(shapes[i]));
        }
      }
      return r;
    }, toSave);
  }
}
