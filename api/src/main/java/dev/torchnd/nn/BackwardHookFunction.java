package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.autograd.FunctionCtx;
import dev.torchnd.autograd.MultiOutputFunction;
import java.util.function.UnaryOperator;

/**
 * The identity a module's full backward hooks wrap its inputs and output in, PyTorch's {@code
 * torch.nn.modules._functions.BackwardHookFunction} ({@code grad_fn=<BackwardHookFunctionBackward>}):
 * its backward hands the gradients to {@code onBackward}, which may replace them.
 */
final class BackwardHookFunction extends MultiOutputFunction {
  private final UnaryOperator<Tensor[]> onBackward;

  BackwardHookFunction(UnaryOperator<Tensor[]> onBackward) {
    this.onBackward = onBackward;
  }

  @Override
  public Tensor[] forward(FunctionCtx ctx, Tensor... inputs) {
    for (Tensor t : inputs) {
      if (!t.requires_grad()) {
        ctx.mark_non_differentiable(t);
      }
    }
    return inputs;
  }

  @Override
  public Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs) {
    return onBackward.apply(grad_outputs.clone());
  }
}
