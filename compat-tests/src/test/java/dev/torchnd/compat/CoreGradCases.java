package dev.torchnd.compat;

import static dev.torchnd.Index.Ellipsis;
import static dev.torchnd.Index.all;
import static dev.torchnd.Index.slice;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The ops of {@code record_autograd_core.py} ({@code fixtures/autograd_core.json}): rounding
 * ops, fmod/remainder, casts, views, aliases, every in-place form on a non-leaf, floor_divide's
 * {@code NotImplemented} backward error. Registered through {@link GradCases#OPS}.
 */
final class CoreGradCases {
  private CoreGradCases() {}

  // Masks are computed from detached inputs so they stay constants of the graph, as in Python.
  private static Tensor mask(Tensor a) {
    return a.detach().gt(0.0);
  }

  /** An in-place op applied to a non-leaf copy, as the recorder does ({@code (a * 1).op_()}). */
  private static Function<Tensor[], Tensor> ip(java.util.function.BiFunction<Tensor, Tensor[], Tensor> f) {
    return x -> f.apply(x[0].mul(1L), x);
  }




  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("ceil", x -> Torch.ceil(x[0]));
    m.put("floor", x -> Torch.floor(x[0]));
    m.put("round", x -> Torch.round(x[0]));
    m.put("trunc", x -> Torch.trunc(x[0]));
    m.put("sign", x -> Torch.sign(x[0]));
    m.put("fmod", x -> Torch.fmod(x[0], x[1]));
    m.put("fmod_scalar", x -> Torch.fmod(x[0], 0.7));
    m.put("remainder", x -> Torch.remainder(x[0], x[1]));
    m.put("remainder_scalar", x -> Torch.remainder(x[0], 0.7));
    m.put("to", x -> x[0].to(DType.float64));
    m.put("to_float32", x -> x[0].to(DType.float32));
    m.put("float_", x -> x[0].float_());
    m.put("double_", x -> x[0].double_());
    m.put("half", x -> x[0].half().mul(1L));
    m.put("type_as", x -> x[0].type_as(x[1]));
    m.put("clip", x -> x[0].clip(-0.5, 0.5));
    m.put("clone", x -> x[0].clone());
    m.put("contiguous", x -> x[0].t().contiguous());
    m.put("copy_", x -> x[0].mul(1L).copy_(x[1]));
    m.put("copy__bcast", x -> x[0].mul(1L).copy_(x[1]));
    m.put("expand_as", x -> x[0].expand_as(x[1]));
    m.put("reshape_as", x -> x[0].reshape_as(x[1]));
    m.put("view_as", x -> x[0].view_as(x[1]));
    m.put("ravel", x -> x[0].t().ravel());
    m.put("select", x -> x[0].select(1, 2));
    m.put("swapaxes", x -> x[0].swapaxes(0, 2));
    m.put("absolute", x -> Torch.absolute(x[0]));
    m.put("negative", x -> Torch.negative(x[0]));
    m.put("divide", x -> Torch.divide(x[0], x[1]));
    m.put("multiply", x -> Torch.multiply(x[0], x[1]));
    m.put("subtract", x -> Torch.subtract(x[0], x[1]));
    m.put("true_divide", x -> Torch.true_divide(x[0], x[1]));
    m.put("abs_", ip((y, x) -> y.abs_()));
    m.put("acos_", ip((y, x) -> y.acos_()));
    m.put("asin_", ip((y, x) -> y.asin_()));
    m.put("atan_", ip((y, x) -> y.atan_()));
    m.put("ceil_", ip((y, x) -> y.ceil_()));
    m.put("cos_", ip((y, x) -> y.cos_()));
    m.put("cosh_", ip((y, x) -> y.cosh_()));
    m.put("exp_", ip((y, x) -> y.exp_()));
    m.put("expm1_", ip((y, x) -> y.expm1_()));
    m.put("floor_", ip((y, x) -> y.floor_()));
    m.put("log_", ip((y, x) -> y.log_()));
    m.put("log10_", ip((y, x) -> y.log10_()));
    m.put("log1p_", ip((y, x) -> y.log1p_()));
    m.put("log2_", ip((y, x) -> y.log2_()));
    m.put("neg_", ip((y, x) -> y.neg_()));
    m.put("reciprocal_", ip((y, x) -> y.reciprocal_()));
    m.put("relu_", ip((y, x) -> y.relu_()));
    m.put("round_", ip((y, x) -> y.round_()));
    m.put("rsqrt_", ip((y, x) -> y.rsqrt_()));
    m.put("sigmoid_", ip((y, x) -> y.sigmoid_()));
    m.put("sign_", ip((y, x) -> y.sign_()));
    m.put("sin_", ip((y, x) -> y.sin_()));
    m.put("sinh_", ip((y, x) -> y.sinh_()));
    m.put("sqrt_", ip((y, x) -> y.sqrt_()));
    m.put("tan_", ip((y, x) -> y.tan_()));
    m.put("tanh_", ip((y, x) -> y.tanh_()));
    m.put("trunc_", ip((y, x) -> y.trunc_()));
    m.put("clamp_", ip((y, x) -> y.clamp_(-0.5, 0.5)));
    m.put("add_", ip((y, x) -> y.add_(x[1])));
    m.put("add__bcast", ip((y, x) -> y.add_(x[1])));
    m.put("sub_", ip((y, x) -> y.sub_(x[1])));
    m.put("mul_", ip((y, x) -> y.mul_(x[1])));
    m.put("mul__scalar", ip((y, x) -> y.mul_(2.5)));
    m.put("div_", ip((y, x) -> y.div_(x[1])));
    m.put("pow_", ip((y, x) -> y.pow_(x[1])));
    m.put("pow__scalar", ip((y, x) -> y.pow_(3L)));
    m.put("fmod_", ip((y, x) -> y.fmod_(x[1])));
    m.put("remainder_", ip((y, x) -> y.remainder_(x[1])));
    m.put("atan2_", ip((y, x) -> y.atan2_(x[1])));
    m.put("tril_", ip((y, x) -> y.tril_(1)));
    m.put("triu_", ip((y, x) -> y.triu_(-1)));
    m.put("nan_to_num_", ip((y, x) -> y.nan_to_num_(null, null, null)));
    m.put("scatter_", ip((y, x) -> y.scatter_(0,
        Torch.tensor(new long[] {0, 1, 2, 0, 2, 0, 1, 1}, new long[] {2, 4}, DType.int64), x[1])));
  }
}
