package dev.torchnd;

import java.util.function.Supplier;

/**
 * PyTorch's {@code out=} convention: the result is written into a given tensor (resized when its
 * shape differs, as PyTorch 1.13 still does, with a deprecation warning there), which is
 * returned; such calls are not differentiable.
 */
final class OutArgs {
  private OutArgs() {}

  /**
   * Computes {@code result} and writes it into {@code out}. {@code exactDtype}: the op's out
   * must have the result's dtype (matmul); otherwise the result must be castable to it (the
   * elementwise ops).
   */
  static Tensor into(String name, Tensor out, boolean exactDtype, Supplier<Tensor> result, Tensor... inputs) {
    if (Autograd.isGradEnabled()) {
      boolean anyGrad = out.requiresGrad;
      for (Tensor t : inputs) {
        anyGrad |= t.requiresGrad;
      }
      if (anyGrad) {
        throw new IllegalStateException(
            name + "(): functions with out=... arguments don't support automatic differentiation,"
                + " but one of the arguments requires grad.");
      }
    }
    Tensor r;
    try (var g = Torch.no_grad()) {
      r = result.get();
    }
    if (exactDtype && r.dtype() != out.dtype()) {
      throw new IllegalArgumentException(
          "Expected out tensor to have dtype " + Clamp.cppName(r.dtype()) + ", but got "
              + Clamp.cppName(out.dtype()) + " instead");
    }
    if (!Promotion.canCast(r.dtype(), out.dtype())) {
      throw new IllegalArgumentException(
          "result type " + r.dtype().scalarTypeName() + " can't be cast to the desired output type "
              + out.dtype().scalarTypeName());
    }
    if (!java.util.Arrays.equals(out.shapeArray(), r.shapeArray())) {
      // PyTorch resizes the out tensor's own storage; taking over a fresh one is the same for
      // every reader of `out` (a view of the old storage keeps the old values in both).
      out.set_data(r.to(out.dtype()).contiguous().clone());
    } else {
      try (var g = Torch.no_grad()) {
        out.copy_(r);
      }
    }
    return out;
  }

  /** The kernel matmul dispatches to, as its out= error names it. */
  static String matmulName(Tensor a, Tensor b) {
    int da = a.dim();
    int db = b.dim();
    if (da == 1 && db == 1) {
      return "dot";
    }
    if (da == 2 && db == 1) {
      return "mv";
    }
    if (da <= 2 && db == 2 || da >= 3 && db <= 2) {
      return "mm";
    }
    return "bmm";
  }
}
