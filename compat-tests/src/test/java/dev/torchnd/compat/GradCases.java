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
 * The differentiable ops of {@code record_autograd.py}'s {@code OPS} table, under the same names:
 * each is the Java spelling of the recorded Python lambda. Used by the fixture replay
 * ({@link AutogradConformanceTest}) and by {@link GradCheckTest}.
 */
final class GradCases {
  private GradCases() {}

  /** Op name to function of the case's inputs. */
  static final Map<String, Function<Tensor[], Tensor>> OPS = new LinkedHashMap<>();

  // Masks are computed from detached inputs so they stay constants of the graph, as in Python.
  private static Tensor mask(Tensor a) {
    return a.detach().gt(0.0);
  }

  private static void op(String name, Function<Tensor[], Tensor> f) {
    OPS.put(name, f);
  }

  static {
    // binary arithmetic, same shape and broadcasting
    op("add", x -> x[0].add(x[1]));
    op("add_bcast", x -> x[0].add(x[1]));
    op("add_alpha", x -> x[0].add(x[1], 2.5));
    op("sub", x -> x[0].sub(x[1]));
    op("sub_bcast", x -> x[0].sub(x[1]));
    op("sub_alpha", x -> x[0].sub(x[1], 0.5));
    op("mul", x -> x[0].mul(x[1]));
    op("mul_bcast", x -> x[0].mul(x[1]));
    op("mul_0d", x -> x[0].mul(x[1]));
    op("mul_self", x -> x[0].mul(x[0]));
    op("mul_const", x -> x[0].mul(x[1]));
    op("div", x -> x[0].div(x[1]));
    op("div_bcast", x -> x[0].div(x[1]));
    op("pow", x -> x[0].pow(x[1]));
    op("pow_bcast", x -> Torch.pow(x[0], x[1]));
    op("maximum", x -> Torch.maximum(x[0], x[1]));
    op("minimum", x -> Torch.minimum(x[0], x[1]));
    op("atan2", x -> x[0].atan2(x[1]));
    // scalar forms
    op("add_scalar", x -> x[0].add(2.5));
    op("radd_scalar", x -> Torch.add(2.5, x[0]));
    op("sub_scalar", x -> x[0].sub(2.5));
    op("rsub_scalar", x -> Torch.sub(2.5, x[0]));
    op("mul_scalar", x -> x[0].mul(2.5));
    op("rmul_scalar", x -> Torch.mul(2L, x[0]));
    op("div_scalar", x -> x[0].div(2.5));
    op("rdiv_scalar", x -> Torch.div(2.5, x[0]));
    op("pow_scalar", x -> x[0].pow(3L));
    op("pow_scalar_2", x -> x[0].pow(2L));
    op("pow_scalar_neg", x -> x[0].pow(-1L));
    op("pow_scalar_half", x -> x[0].pow(0.5));
    op("rpow_scalar", x -> Torch.pow(2.0, x[0]));
    op("neg", x -> x[0].neg());
    // unary math
    op("abs", x -> Torch.abs(x[0]));
    op("exp", x -> Torch.exp(x[0]));
    op("expm1", x -> x[0].expm1());
    op("log", x -> Torch.log(x[0]));
    op("log2", x -> x[0].log2());
    op("log10", x -> x[0].log10());
    op("log1p", x -> x[0].log1p());
    op("sqrt", x -> Torch.sqrt(x[0]));
    op("rsqrt", x -> x[0].rsqrt());
    op("reciprocal", x -> x[0].reciprocal());
    op("square", x -> Torch.square(x[0]));
    op("sin", x -> Torch.sin(x[0]));
    op("cos", x -> Torch.cos(x[0]));
    op("tan", x -> Torch.tan(x[0]));
    op("asin", x -> x[0].asin());
    op("acos", x -> x[0].acos());
    op("atan", x -> x[0].atan());
    op("sinh", x -> x[0].sinh());
    op("cosh", x -> x[0].cosh());
    op("tanh", x -> Torch.tanh(x[0]));
    op("sigmoid", x -> Torch.sigmoid(x[0]));
    op("relu", x -> Torch.relu(x[0]));
    op("clamp", x -> Torch.clamp(x[0], -0.5, 0.5));
    op("clamp_min", x -> x[0].clamp_min(-0.5));
    op("clamp_max", x -> x[0].clamp_max(0.5));
    op("where", x -> Torch.where(mask(x[0]), x[0], x[1]));
    op("where_bcast", x -> Torch.where(mask(x[0]), x[0], x[1]));
    op("where_scalar", x -> Torch.where(mask(x[0]), x[0], 0.0));
    // reductions
    op("sum", x -> x[0].sum());
    op("sum_dim0", x -> x[0].sum(0));
    op("sum_dim1_keepdim", x -> x[0].sum(1, true));
    op("sum_dims", x -> x[0].sum(new int[] {0, 2}));
    op("mean", x -> x[0].mean());
    op("mean_dim1", x -> x[0].mean(1));
    op("mean_dim0_keepdim", x -> x[0].mean(0, true));
    op("mean_dims", x -> x[0].mean(new int[] {1, 2}));
    op("prod", x -> x[0].prod());
    op("prod_dim1", x -> x[0].prod(1));
    op("prod_dim0_keepdim", x -> x[0].prod(0, true));
    op("cumsum0", x -> x[0].cumsum(0));
    op("cumsum1", x -> x[0].cumsum(1));
    op("cumprod1", x -> x[0].cumprod(1));
    op("max", x -> x[0].max());
    op("min", x -> x[0].min());
    op("max_dim1", x -> x[0].max(1).values());
    op("max_dim0_keepdim", x -> x[0].max(0, true).values());
    op("min_dim1", x -> x[0].min(1).values());
    op("var", x -> x[0].var());
    op("std", x -> x[0].std());
    // linear algebra
    op("dot", x -> Torch.dot(x[0], x[1]));
    op("mv", x -> Torch.mv(x[0], x[1]));
    op("mm", x -> Torch.mm(x[0], x[1]));
    op("matmul_1d1d", x -> Torch.matmul(x[0], x[1]));
    op("matmul_2d1d", x -> Torch.matmul(x[0], x[1]));
    op("matmul_1d2d", x -> Torch.matmul(x[0], x[1]));
    op("matmul_2d2d", x -> x[0].matmul(x[1]));
    op("matmul_batched", x -> x[0].matmul(x[1]));
    op("matmul_bcast", x -> x[0].matmul(x[1]));
    op("matmul_3d1d", x -> x[0].matmul(x[1]));
    op("bmm", x -> Torch.bmm(x[0], x[1]));
    op("norm", x -> x[0].norm());
    op("norm_3d", x -> Torch.norm(x[0]));
    op("norm_p1", x -> x[0].norm(1));
    op("norm_dim1", x -> x[0].norm(2, 1, false));
    op("norm_dim0_keepdim", x -> x[0].norm(2, 0, true));
    op("linalg_norm", x -> Torch.linalg_norm(x[0]));
    op("linalg_norm_3d", x -> Torch.linalg_norm(x[0]));
    op("linalg_norm_dims", x -> Torch.linalg_norm(x[0], (Double) null, new int[] {1, 2}, false));
    // views and shape ops
    op("reshape", x -> x[0].reshape(2, 6));
    op("reshape_noncontig", x -> x[0].T().reshape(12));
    op("view", x -> x[0].view(4, 3));
    op("flatten", x -> x[0].flatten());
    op("transpose", x -> x[0].transpose(0, 2));
    op("t", x -> x[0].t());
    op("T", x -> x[0].T());
    op("mT", x -> x[0].mT());
    op("permute", x -> x[0].permute(2, 0, 1));
    op("expand", x -> x[0].expand(3, 4));
    op("expand_new_dim", x -> x[0].expand(2, 3, 4));
    op("squeeze", x -> x[0].squeeze());
    op("squeeze_dim", x -> x[0].squeeze(1));
    op("unsqueeze", x -> x[0].unsqueeze(1));
    op("narrow", x -> x[0].narrow(1, 1, 2));
    op("cat0", x -> Torch.cat(new Tensor[] {x[0], x[1]}, 0));
    op("cat1", x -> Torch.cat(new Tensor[] {x[0], x[1]}, 1));
    op("stack0", x -> Torch.stack(x[0], x[1]));
    op("stack2", x -> Torch.stack(new Tensor[] {x[0], x[1], x[2]}, 2));
    // indexing reads
    op("index_int", x -> x[0].get(1));
    op("index_neg", x -> x[0].get("-1"));
    op("index_col", x -> x[0].get(":, 1"));
    op("index_slice", x -> x[0].get("1:3"));
    op("index_slice_step", x -> x[0].get(slice(null, null, 2L), slice(1L, null)));
    op("index_ellipsis", x -> x[0].get(Ellipsis, 0L));
    op("index_elem", x -> x[0].get(1, 2));
    op("index_list", x -> x[0].get("[0, 2]"));
    op("index_list_repeat", x -> x[0].get((Object) new long[] {0, 2, 0}));
    op("index_mask", x -> x[0].get(mask(x[0])));
    op("index_tensor", x -> x[0].get(Torch.tensor(new long[] {2, 0}, new long[] {2}, DType.int64)));
    op("index_two_lists", x -> x[0].get(new long[] {0, 2}, new long[] {1, 3}));
    // setitem: written into a non-leaf copy, as Python does with y = x * 1
    op("setitem_slice", x -> setitem(x, y -> y.set("1:3", x[1])));
    op("setitem_scalar", x -> setitem(x, y -> y.set(0, 1, 5.0)));
    op("setitem_col_bcast", x -> setitem(x, y -> y.set(new Object[] {all(), 2L}, x[1])));
    op("setitem_list", x -> setitem(x, y -> y.set("[0, 2]", x[1])));
    op("setitem_mask", x -> setitem(x, y -> y.set(mask(x[0]), 0.0)));
    // compositions
    op(
        "d2l_f",
        x -> Torch.log(x[0].pow(2L)).mul(Torch.sin(x[0])).add(x[0].pow(-1L)));
    op("chain", x -> Torch.tanh(x[0].matmul(x[1])).sum(1).mul(2L));
    op("reuse", x -> x[0].mul(x[0].exp()).sum(0).add(x[0].mean(0)));
    coreOps();
    // nn (fixtures/autograd_nn.json)
    NnGradCases.addTo(OPS);
    TutorialGradCases.addTo(OPS);   // fixtures/autograd_tutorials.json
  }

  static {
    // ---- tensor API (ops-new): autograd_more.json
    GradCasesMore.register(OPS);
  }

  // ---- ops-core: fixtures/autograd_core.json (record_autograd_core.py) ----

  /** An in-place op applied to a non-leaf copy, as the recorder does ({@code (a * 1).op_()}). */
  private static Function<Tensor[], Tensor> ip(java.util.function.BiFunction<Tensor, Tensor[], Tensor> f) {
    return x -> f.apply(x[0].mul(1L), x);
  }

  private static void coreOps() {
    op("ceil", x -> Torch.ceil(x[0]));
    op("floor", x -> Torch.floor(x[0]));
    op("round", x -> Torch.round(x[0]));
    op("trunc", x -> Torch.trunc(x[0]));
    op("sign", x -> Torch.sign(x[0]));
    op("fmod", x -> Torch.fmod(x[0], x[1]));
    op("fmod_scalar", x -> Torch.fmod(x[0], 0.7));
    op("remainder", x -> Torch.remainder(x[0], x[1]));
    op("remainder_scalar", x -> Torch.remainder(x[0], 0.7));
    op("to", x -> x[0].to(DType.float64));
    op("to_float32", x -> x[0].to(DType.float32));
    op("float_", x -> x[0].float_());
    op("double_", x -> x[0].double_());
    op("half", x -> x[0].half().mul(1L));
    op("type_as", x -> x[0].type_as(x[1]));
    op("clip", x -> x[0].clip(-0.5, 0.5));
    op("clone", x -> x[0].clone());
    op("contiguous", x -> x[0].t().contiguous());
    op("copy_", x -> x[0].mul(1L).copy_(x[1]));
    op("copy__bcast", x -> x[0].mul(1L).copy_(x[1]));
    op("expand_as", x -> x[0].expand_as(x[1]));
    op("reshape_as", x -> x[0].reshape_as(x[1]));
    op("view_as", x -> x[0].view_as(x[1]));
    op("ravel", x -> x[0].t().ravel());
    op("select", x -> x[0].select(1, 2));
    op("swapaxes", x -> x[0].swapaxes(0, 2));
    op("absolute", x -> Torch.absolute(x[0]));
    op("negative", x -> Torch.negative(x[0]));
    op("divide", x -> Torch.divide(x[0], x[1]));
    op("multiply", x -> Torch.multiply(x[0], x[1]));
    op("subtract", x -> Torch.subtract(x[0], x[1]));
    op("true_divide", x -> Torch.true_divide(x[0], x[1]));
    op("abs_", ip((y, x) -> y.abs_()));
    op("acos_", ip((y, x) -> y.acos_()));
    op("asin_", ip((y, x) -> y.asin_()));
    op("atan_", ip((y, x) -> y.atan_()));
    op("ceil_", ip((y, x) -> y.ceil_()));
    op("cos_", ip((y, x) -> y.cos_()));
    op("cosh_", ip((y, x) -> y.cosh_()));
    op("exp_", ip((y, x) -> y.exp_()));
    op("expm1_", ip((y, x) -> y.expm1_()));
    op("floor_", ip((y, x) -> y.floor_()));
    op("log_", ip((y, x) -> y.log_()));
    op("log10_", ip((y, x) -> y.log10_()));
    op("log1p_", ip((y, x) -> y.log1p_()));
    op("log2_", ip((y, x) -> y.log2_()));
    op("neg_", ip((y, x) -> y.neg_()));
    op("reciprocal_", ip((y, x) -> y.reciprocal_()));
    op("relu_", ip((y, x) -> y.relu_()));
    op("round_", ip((y, x) -> y.round_()));
    op("rsqrt_", ip((y, x) -> y.rsqrt_()));
    op("sigmoid_", ip((y, x) -> y.sigmoid_()));
    op("sign_", ip((y, x) -> y.sign_()));
    op("sin_", ip((y, x) -> y.sin_()));
    op("sinh_", ip((y, x) -> y.sinh_()));
    op("sqrt_", ip((y, x) -> y.sqrt_()));
    op("tan_", ip((y, x) -> y.tan_()));
    op("tanh_", ip((y, x) -> y.tanh_()));
    op("trunc_", ip((y, x) -> y.trunc_()));
    op("clamp_", ip((y, x) -> y.clamp_(-0.5, 0.5)));
    op("add_", ip((y, x) -> y.add_(x[1])));
    op("add__bcast", ip((y, x) -> y.add_(x[1])));
    op("sub_", ip((y, x) -> y.sub_(x[1])));
    op("mul_", ip((y, x) -> y.mul_(x[1])));
    op("mul__scalar", ip((y, x) -> y.mul_(2.5)));
    op("div_", ip((y, x) -> y.div_(x[1])));
    op("pow_", ip((y, x) -> y.pow_(x[1])));
    op("pow__scalar", ip((y, x) -> y.pow_(3L)));
    op("fmod_", ip((y, x) -> y.fmod_(x[1])));
    op("remainder_", ip((y, x) -> y.remainder_(x[1])));
    op("atan2_", ip((y, x) -> y.atan2_(x[1])));
    op("tril_", ip((y, x) -> y.tril_(1)));
    op("triu_", ip((y, x) -> y.triu_(-1)));
    op("nan_to_num_", ip((y, x) -> y.nan_to_num_(null, null, null)));
    op("scatter_", ip((y, x) -> y.scatter_(0,
        Torch.tensor(new long[] {0, 1, 2, 0, 2, 0, 1, 1}, new long[] {2, 4}, DType.int64), x[1])));
  }

  private static Tensor setitem(Tensor[] x, java.util.function.Consumer<Tensor> write) {
    Tensor y = x[0].mul(1L);
    write.accept(y);
    return y;
  }

  /** Second-order functions of {@code record_autograd.py}'s {@code SECOND_ORDER}. */
  static final Map<String, Function<Tensor, Tensor>> SECOND_ORDER = new LinkedHashMap<>();

  static {
    SECOND_ORDER.put("cube", x -> x.pow(3L));
    SECOND_ORDER.put("cube_vec", x -> x.pow(3L).sum());
    SECOND_ORDER.put("sin", x -> Torch.sin(x).sum());
    SECOND_ORDER.put("exp_mul", x -> Torch.exp(x).mul(x).sum());
    SECOND_ORDER.put("matmul", x -> x.matmul(x).sum());
    SECOND_ORDER.put("tanh_matmul", x -> Torch.tanh(x.matmul(x)).sum());
  }
}
