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

  /** A multi-output backward rule: the gradient of each input from those of all outputs. */
  @FunctionalInterface
  public interface MultiBackward {
    Tensor[] apply(Tensor[] gradOutputs);
  }

  /**
   * Attaches one node named {@code gradFnName} to several outputs (computed under no_grad), as
   * PyTorch does for a multi-output op: output {@code i} shows that node as its {@code grad_fn}
   * (output number {@code i} in {@code next_functions}); outputs with {@code
   * differentiable[i]} false get none. The rule receives one gradient per output, zeros for an
   * output that received none (PyTorch's materialized grads). Returns {@code outs}.
   */
  public static Tensor[] record(String gradFnName, Tensor[] outs, boolean[] differentiable,
      Tensor[] inputs, MultiBackward backward, Tensor... saved) {
    if (!Autograd.needsGrad(inputs)) {
      return outs;
    }
    long total = 0;
    long[] offsets = new long[outs.length];
    Tensor first = null;
    for (int i = 0; i < outs.length; i++) {
      if (outs[i].gradFn != null) {
        throw new IllegalArgumentException("AutogradFunction.record: output " + i
            + " already has grad_fn " + outs[i].gradFn.name + "; compute it under no_grad()");
      }
      offsets[i] = total;
      if (differentiable[i]) {
        total += outs[i].numel();
        first = first == null ? outs[i] : first;
      }
    }
    if (first == null) {
      return outs;
    }
    // One placeholder carries the op's node; each output's own node routes its gradient into
    // that placeholder's slice, so the engine sums every output's gradient into one call.
    final long n = total;
    Tensor packed = Torch.zeros(new long[] {n}, first.dtype(), first.device());
    Autograd.record(packed, gradFnName, inputs, g -> {
      Tensor[] grads = new Tensor[outs.length];
      for (int i = 0; i < outs.length; i++) {
        grads[i] = differentiable[i]
            ? g.narrow(0, offsets[i], outs[i].numel()).view(outs[i].shapeArray())
            : Torch.zeros(outs[i].shapeArray(), outs[i].dtype(), outs[i].device());
      }
      return backward.apply(grads);
    }, saved);
    Node core = packed.gradFn;
    for (int i = 0; i < outs.length; i++) {
      if (!differentiable[i]) {
        continue;
      }
      final long off = offsets[i];
      final long len = outs[i].numel();
      Autograd.record(outs[i], gradFnName, new Tensor[] {packed}, g -> {
        Tensor flat = g.reshape(len);
        Tensor before = Torch.zeros(new long[] {off}, flat.dtype(), flat.device());
        Tensor after = Torch.zeros(new long[] {n - off - len}, flat.dtype(), flat.device());
        return new Tensor[] {Torch.cat(before, flat, after)};
      });
      outs[i].gradFn.core = core;
      outs[i].gradFn.outputNr = i;
    }
    return outs;
  }

  /** Whether an op on {@code inputs} would be recorded now (grad mode on, an input requires grad). */
  public static boolean needs_grad(Tensor... inputs) {
    return Autograd.needsGrad(inputs);
  }
}
