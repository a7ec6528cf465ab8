package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_gaps.py}'s {@code OPS} table ({@code
 * fixtures/autograd_gaps.json}), each the Java spelling of the recorded Python lambda;
 * registered through {@link GradCases#OPS}.
 */
final class GapsGradCases {
  private GapsGradCases() {}

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("arccos", x -> Torch.arccos(x[0]));
    m.put("arccos_method", x -> x[0].arccos());
    m.put("arccos_", x -> x[0].mul(1L).arccos_());
    m.put("arcsin", x -> Torch.arcsin(x[0]));
    m.put("arcsin_method", x -> x[0].arcsin());
    m.put("arcsin_", x -> x[0].mul(1L).arcsin_());
    m.put("arctan", x -> Torch.arctan(x[0]));
    m.put("arctan_method", x -> x[0].arctan());
    m.put("arctan_", x -> x[0].mul(1L).arctan_());
    m.put("arctan2", x -> Torch.arctan2(x[0], x[1]));
    m.put("arctan2_method", x -> x[0].arctan2(x[1]));
    m.put("arctan2_", x -> x[0].mul(1L).arctan2_(x[1]));
    m.put("fix", x -> Torch.fix(x[0]));
    m.put("fix_", x -> x[0].mul(1L).fix_());
    m.put("swapdims", x -> Torch.swapdims(x[0], 0, 2));
    m.put("swapdims_method", x -> x[0].swapdims(-1, 0));
    m.put("positive", x -> Torch.positive(x[0]));
    m.put("positive_nonleaf", x -> Torch.positive(x[0].mul(2L)));
    m.put("rsub_fn", x -> Torch.rsub(x[0], x[1]));
    m.put("rsub_fn_alpha", x -> Torch.rsub(x[0], x[1], 0.5));
    m.put("rsub_fn_scalar", x -> Torch.rsub(x[0], 2.5));
    m.put("rsub_fn_scalar_alpha", x -> Torch.rsub(x[0], 2.5, -2.0));
    m.put("bfloat16", x -> x[0].bfloat16());
    m.put("unfold", x -> x[0].unfold(1, 2, 2));
    m.put("unfold_overlap", x -> x[0].unfold(0, 3, 2));
    m.put("unfold_scalar", x -> x[0].unfold(0, 1, 1));
    m.put("unfold_view", x -> x[0].mul(1L).T().unfold(0, 2, 1));
    m.put("split_with_sizes", x -> Torch.split_with_sizes(x[0], new long[] {2, 4}, 1)[1]);
    m.put("split_with_sizes_method", x -> x[0].split_with_sizes(new long[] {3, 2})[0]);
    m.put("diagflat", x -> Torch.diagflat(x[0]));
    m.put("diagflat_offset", x -> Torch.diagflat(x[0], -1));
    m.put("logaddexp2", x -> Torch.logaddexp2(x[0], x[1]));
    m.put("logaddexp2_method", x -> x[0].logaddexp2(x[1]));
    m.put("ldexp", x -> Torch.ldexp(x[0], x[1]));
    m.put("ldexp_method", x -> x[0].ldexp(x[1].round()));
    m.put("frexp", x -> Torch.frexp(x[0].mul(10L))[0]);
    m.put("frexp_method", x -> x[0].frexp()[0]);
    m.put("fill_diagonal_", x -> x[0].mul(1L).fill_diagonal_(0.5));
    m.put("fill_diagonal_wrap", x -> x[0].mul(1L).fill_diagonal_(2L, true));
    m.put("broadcast_tensors", x -> {
      Tensor[] b = Torch.broadcast_tensors(x[0], x[1]);
      return b[0].mul(b[1]);
    });
    m.put("trapezoid", x -> Torch.trapezoid(x[0]));
    m.put("trapezoid_x", x -> Torch.trapezoid(x[0], x[1]));
    m.put("trapezoid_dx", x -> Torch.trapezoid(x[0], 0.5, 0));
    m.put("trapz", x -> Torch.trapz(x[0]));
    m.put("trapz_x", x -> Torch.trapz(x[0], x[1], 0));
    m.put("cumulative_trapezoid", x -> Torch.cumulative_trapezoid(x[0]));
    m.put("cumulative_trapezoid_x", x -> Torch.cumulative_trapezoid(x[0], x[1], 0));
    m.put("cumulative_trapezoid_dx", x -> Torch.cumulative_trapezoid(x[0], 2.0, 0));
  }
}
