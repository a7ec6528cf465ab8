package dev.torchnd.autograd;

import dev.torchnd.Tensor;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code ctx} a {@link Function}'s {@code forward} and {@code backward} share: tensors saved
 * with {@link #save_for_backward} (version-checked, as in PyTorch, so an in-place change between
 * forward and backward raises), which inputs need a gradient, and any other values the forward
 * wants to keep ({@code ctx.constant = c} in Python is {@code ctx.put("constant", c)}).
 *
 * <pre>{@code
 * ctx.save_for_backward(input);          // in forward
 * Tensor input = ctx.saved_tensors()[0]; // in backward: input, = ctx.saved_tensors
 * }</pre>
 */
public final class FunctionCtx {
  Tensor[] saved = new Tensor[0];
  boolean[] needsInputGrad;
  boolean savedCalled;
  private final Map<String, Object> values = new HashMap<>();
  final java.util.List<Tensor> nonDifferentiable = new java.util.ArrayList<>();

  FunctionCtx() {}

  /**
   * Keeps tensors (inputs, outputs or null) for {@code backward}. Call it once, in forward.
   * PyTorch: {@code ctx.save_for_backward(*tensors)}.
   */
  public void save_for_backward(Tensor... tensors) {
    saved = tensors.clone();
    savedCalled = true;
  }

  /** The tensors given to {@link #save_for_backward}, in order. PyTorch: {@code ctx.saved_tensors}. */
  public Tensor[] saved_tensors() {
    return saved.clone();
  }

  /**
   * Per input of {@code apply}, whether backward must compute its gradient (the input requires
   * grad). PyTorch: {@code ctx.needs_input_grad}.
   */
  public boolean[] needs_input_grad() {
    return needsInputGrad.clone();
  }

  /**
   * Marks outputs (returned by forward) as not differentiable: they get no grad_fn and do not
   * require grad; backward still receives a (zero) gradient for each. PyTorch: {@code
   * ctx.mark_non_differentiable(*outputs)}.
   */
  public void mark_non_differentiable(Tensor... outputs) {
    nonDifferentiable.addAll(java.util.Arrays.asList(outputs));
  }

  boolean isNonDifferentiable(Tensor t) {
    for (Tensor x : nonDifferentiable) {
      if (x == t) {
        return true;
      }
    }
    return false;
  }

  /** Stores a value for backward. PyTorch: {@code ctx.name = value}. */
  public void put(String name, Object value) {
    values.put(name, value);
  }

  /** A value stored with {@link #put}, typed by the caller. PyTorch: {@code ctx.name}. */
  @SuppressWarnings("unchecked")
  public <T> T get(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("'FunctionCtx' object has no attribute '" + name + "'");
    }
    return (T) values.get(name);
  }
}
