package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.autograd.Function;
import dev.torchnd.autograd.FunctionCtx;
import dev.torchnd.nn.functional.F;
import java.util.Map;

/**
 * The differentiable ops of {@code record_tutorials.py}'s VJP table
 * (fixtures/autograd_tutorials.json), under the same names; registered into {@link
 * GradCases#OPS} so the autograd replay and the float64 gradcheck cover them. The two custom
 * {@link Function}s are the Python ones of the recorder, written in Java.
 */
final class TutorialGradCases {
  private TutorialGradCases() {}

  /** pytorch_with_examples' {@code LegendrePolynomial3}. */
  static final class LegendrePolynomial3 extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... inputs) {
      Tensor input = inputs[0];
      ctx.save_for_backward(input);
      return input.pow(3).mul(5).sub(input.mul(3)).mul(0.5);
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs) {
      Tensor input = ctx.saved_tensors()[0];
      return new Tensor[] {grad_outputs[0].mul(1.5).mul(input.pow(2).mul(5).sub(1))};
    }
  }

  /** {@code x * y + 2 y}, reading {@code needs_input_grad}. */
  static final class MulAdd extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      ctx.save_for_backward(in[0], in[1]);
      return in[0].mul(in[1]).add(in[1].mul(2));
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
      Tensor[] s = ctx.saved_tensors();
      boolean[] need = ctx.needs_input_grad();
      return new Tensor[] {
        need[0] ? g[0].mul(s[1]) : null, need[1] ? g[0].mul(s[0].add(2)) : null
      };
    }
  }

  private static long[] l(long... v) {
    return v;
  }

  static void addTo(Map<String, java.util.function.Function<Tensor[], Tensor>> ops) {
    ops.put("conv2d", x -> F.conv2d(x[0], x[1], x[2]));
    ops.put("conv2d_stride_pad", x -> F.conv2d(x[0], x[1], x[2], 2, 1));
    ops.put("conv2d_dil_groups", x -> F.conv2d(x[0], x[1], x[2], l(1, 2), l(1, 0), l(2, 1), 2));
    ops.put("conv2d_nobias", x -> F.conv2d(x[0], x[1]));
    ops.put("conv2d_unbatched", x -> F.conv2d(x[0], x[1], x[2], 1, 1));
    ops.put("conv2d_same", x -> F.conv2d(x[0], x[1], x[2], l(1), "same", l(1), 1));
    ops.put("avg_pool2d", x -> F.avg_pool2d(x[0], 2));
    ops.put("avg_pool2d_pad_ceil", x -> F.avg_pool2d(x[0], l(3), l(2), l(1), true, false, null));
    ops.put("avg_pool2d_divisor", x -> F.avg_pool2d(x[0], l(2), l(1), l(1), false, true, 3L));
    ops.put("max_pool2d", x -> F.max_pool2d(x[0], 2));
    ops.put("max_pool2d_pad_dil_ceil", x -> F.max_pool2d(x[0], l(3), l(2), l(1), l(1, 2), true));
    ops.put("max_pool2d_overlap", x -> F.max_pool2d(x[0], 3, 1));
    ops.put("adaptive_avg_pool2d_1", x -> F.adaptive_avg_pool2d(x[0], 1));
    ops.put("adaptive_avg_pool2d_overlap", x -> F.adaptive_avg_pool2d(x[0], l(3, 2)));
    ops.put("legendre_p3", x -> new LegendrePolynomial3().apply(x[0]));
    ops.put("function_muladd", x -> new MulAdd().apply(x[0], x[1]));
  }
}
