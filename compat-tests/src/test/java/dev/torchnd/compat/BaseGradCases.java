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
 * The differentiable ops of {@code record_autograd.py}'s {@code OPS} table
 * ({@code fixtures/autograd.json}), under the same names: each is the Java spelling of the
 * recorded Python lambda. Registered through {@link GradCases#OPS}.
 */
final class BaseGradCases {
  private BaseGradCases() {}

  // Masks are computed from detached inputs so they stay constants of the graph, as in Python.
  private static Tensor mask(Tensor a) {
    return a.detach().gt(0.0);
  }

  /** Writes into a non-leaf copy, as Python does with {@code y = x * 1}. */
  static Tensor setitem(Tensor[] x, java.util.function.Consumer<Tensor> write) {
    Tensor y = x[0].mul(1L);
    write.accept(y);
    return y;
  }
  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    // binary arithmetic, same shape and broadcasting
    m.put("add", x -> x[0].add(x[1]));
    m.put("add_bcast", x -> x[0].add(x[1]));
    m.put("add_alpha", x -> x[0].add(x[1], 2.5));
    m.put("sub", x -> x[0].sub(x[1]));
    m.put("sub_bcast", x -> x[0].sub(x[1]));
    m.put("sub_alpha", x -> x[0].sub(x[1], 0.5));
    m.put("mul", x -> x[0].mul(x[1]));
    m.put("mul_bcast", x -> x[0].mul(x[1]));
    m.put("mul_0d", x -> x[0].mul(x[1]));
    m.put("mul_self", x -> x[0].mul(x[0]));
    m.put("mul_const", x -> x[0].mul(x[1]));
    m.put("div", x -> x[0].div(x[1]));
    m.put("div_bcast", x -> x[0].div(x[1]));
    m.put("pow", x -> x[0].pow(x[1]));
    m.put("pow_bcast", x -> Torch.pow(x[0], x[1]));
    m.put("maximum", x -> Torch.maximum(x[0], x[1]));
    m.put("minimum", x -> Torch.minimum(x[0], x[1]));
    m.put("atan2", x -> x[0].atan2(x[1]));
    // scalar forms
    m.put("add_scalar", x -> x[0].add(2.5));
    m.put("radd_scalar", x -> Torch.add(2.5, x[0]));
    m.put("sub_scalar", x -> x[0].sub(2.5));
    m.put("rsub_scalar", x -> Torch.sub(2.5, x[0]));
    m.put("mul_scalar", x -> x[0].mul(2.5));
    m.put("rmul_scalar", x -> Torch.mul(2L, x[0]));
    m.put("div_scalar", x -> x[0].div(2.5));
    m.put("rdiv_scalar", x -> Torch.div(2.5, x[0]));
    m.put("pow_scalar", x -> x[0].pow(3L));
    m.put("pow_scalar_2", x -> x[0].pow(2L));
    m.put("pow_scalar_neg", x -> x[0].pow(-1L));
    m.put("pow_scalar_half", x -> x[0].pow(0.5));
    m.put("rpow_scalar", x -> Torch.pow(2.0, x[0]));
    m.put("neg", x -> x[0].neg());
    // unary math
    m.put("abs", x -> Torch.abs(x[0]));
    m.put("exp", x -> Torch.exp(x[0]));
    m.put("expm1", x -> x[0].expm1());
    m.put("log", x -> Torch.log(x[0]));
    m.put("log2", x -> x[0].log2());
    m.put("log10", x -> x[0].log10());
    m.put("log1p", x -> x[0].log1p());
    m.put("sqrt", x -> Torch.sqrt(x[0]));
    m.put("rsqrt", x -> x[0].rsqrt());
    m.put("reciprocal", x -> x[0].reciprocal());
    m.put("square", x -> Torch.square(x[0]));
    m.put("sin", x -> Torch.sin(x[0]));
    m.put("cos", x -> Torch.cos(x[0]));
    m.put("tan", x -> Torch.tan(x[0]));
    m.put("asin", x -> x[0].asin());
    m.put("acos", x -> x[0].acos());
    m.put("atan", x -> x[0].atan());
    m.put("sinh", x -> x[0].sinh());
    m.put("cosh", x -> x[0].cosh());
    m.put("tanh", x -> Torch.tanh(x[0]));
    m.put("sigmoid", x -> Torch.sigmoid(x[0]));
    m.put("relu", x -> Torch.relu(x[0]));
    m.put("clamp", x -> Torch.clamp(x[0], -0.5, 0.5));
    m.put("clamp_min", x -> x[0].clamp_min(-0.5));
    m.put("clamp_max", x -> x[0].clamp_max(0.5));
    m.put("where", x -> Torch.where(mask(x[0]), x[0], x[1]));
    m.put("where_bcast", x -> Torch.where(mask(x[0]), x[0], x[1]));
    m.put("where_scalar", x -> Torch.where(mask(x[0]), x[0], 0.0));
    // reductions
    m.put("sum", x -> x[0].sum());
    m.put("sum_dim0", x -> x[0].sum(0));
    m.put("sum_dim1_keepdim", x -> x[0].sum(1, true));
    m.put("sum_dims", x -> x[0].sum(new int[] {0, 2}));
    m.put("mean", x -> x[0].mean());
    m.put("mean_dim1", x -> x[0].mean(1));
    m.put("mean_dim0_keepdim", x -> x[0].mean(0, true));
    m.put("mean_dims", x -> x[0].mean(new int[] {1, 2}));
    m.put("prod", x -> x[0].prod());
    m.put("prod_dim1", x -> x[0].prod(1));
    m.put("prod_dim0_keepdim", x -> x[0].prod(0, true));
    m.put("cumsum0", x -> x[0].cumsum(0));
    m.put("cumsum1", x -> x[0].cumsum(1));
    m.put("cumprod1", x -> x[0].cumprod(1));
    m.put("max", x -> x[0].max());
    m.put("min", x -> x[0].min());
    m.put("max_dim1", x -> x[0].max(1).values());
    m.put("max_dim0_keepdim", x -> x[0].max(0, true).values());
    m.put("min_dim1", x -> x[0].min(1).values());
    m.put("var", x -> x[0].var());
    m.put("std", x -> x[0].std());
    // linear algebra
    m.put("dot", x -> Torch.dot(x[0], x[1]));
    m.put("mv", x -> Torch.mv(x[0], x[1]));
    m.put("mm", x -> Torch.mm(x[0], x[1]));
    m.put("matmul_1d1d", x -> Torch.matmul(x[0], x[1]));
    m.put("matmul_2d1d", x -> Torch.matmul(x[0], x[1]));
    m.put("matmul_1d2d", x -> Torch.matmul(x[0], x[1]));
    m.put("matmul_2d2d", x -> x[0].matmul(x[1]));
    m.put("matmul_batched", x -> x[0].matmul(x[1]));
    m.put("matmul_bcast", x -> x[0].matmul(x[1]));
    m.put("matmul_3d1d", x -> x[0].matmul(x[1]));
    m.put("bmm", x -> Torch.bmm(x[0], x[1]));
    m.put("norm", x -> x[0].norm());
    m.put("norm_3d", x -> Torch.norm(x[0]));
    m.put("norm_p1", x -> x[0].norm(1));
    m.put("norm_dim1", x -> x[0].norm(2, 1, false));
    m.put("norm_dim0_keepdim", x -> x[0].norm(2, 0, true));
    m.put("linalg_norm", x -> Torch.linalg_norm(x[0]));
    m.put("linalg_norm_3d", x -> Torch.linalg_norm(x[0]));
    m.put("linalg_norm_dims", x -> Torch.linalg_norm(x[0], (Double) null, new int[] {1, 2}, false));
    // views and shape ops
    m.put("reshape", x -> x[0].reshape(2, 6));
    m.put("reshape_noncontig", x -> x[0].T().reshape(12));
    m.put("view", x -> x[0].view(4, 3));
    m.put("flatten", x -> x[0].flatten());
    m.put("transpose", x -> x[0].transpose(0, 2));
    m.put("t", x -> x[0].t());
    m.put("T", x -> x[0].T());
    m.put("mT", x -> x[0].mT());
    m.put("permute", x -> x[0].permute(2, 0, 1));
    m.put("expand", x -> x[0].expand(3, 4));
    m.put("expand_new_dim", x -> x[0].expand(2, 3, 4));
    m.put("squeeze", x -> x[0].squeeze());
    m.put("squeeze_dim", x -> x[0].squeeze(1));
    m.put("unsqueeze", x -> x[0].unsqueeze(1));
    m.put("narrow", x -> x[0].narrow(1, 1, 2));
    m.put("cat0", x -> Torch.cat(new Tensor[] {x[0], x[1]}, 0));
    m.put("cat1", x -> Torch.cat(new Tensor[] {x[0], x[1]}, 1));
    m.put("stack0", x -> Torch.stack(x[0], x[1]));
    m.put("stack2", x -> Torch.stack(new Tensor[] {x[0], x[1], x[2]}, 2));
    // indexing reads
    m.put("index_int", x -> x[0].get(1));
    m.put("index_neg", x -> x[0].get("-1"));
    m.put("index_col", x -> x[0].get(":, 1"));
    m.put("index_slice", x -> x[0].get("1:3"));
    m.put("index_slice_step", x -> x[0].get(slice(null, null, 2L), slice(1L, null)));
    m.put("index_ellipsis", x -> x[0].get(Ellipsis, 0L));
    m.put("index_elem", x -> x[0].get(1, 2));
    m.put("index_list", x -> x[0].get("[0, 2]"));
    m.put("index_list_repeat", x -> x[0].get((Object) new long[] {0, 2, 0}));
    m.put("index_mask", x -> x[0].get(mask(x[0])));
    m.put("index_tensor", x -> x[0].get(Torch.tensor(new long[] {2, 0}, new long[] {2}, DType.int64)));
    m.put("index_two_lists", x -> x[0].get(new long[] {0, 2}, new long[] {1, 3}));
    // setitem: written into a non-leaf copy, as Python does with y = x * 1
    m.put("setitem_slice", x -> setitem(x, y -> y.set("1:3", x[1])));
    m.put("setitem_scalar", x -> setitem(x, y -> y.set(0, 1, 5.0)));
    m.put("setitem_col_bcast", x -> setitem(x, y -> y.set(new Object[] {all(), 2L}, x[1])));
    m.put("setitem_list", x -> setitem(x, y -> y.set("[0, 2]", x[1])));
    m.put("setitem_mask", x -> setitem(x, y -> y.set(mask(x[0]), 0.0)));
    // compositions
    m.put(
        "d2l_f",
        x -> Torch.log(x[0].pow(2L)).mul(Torch.sin(x[0])).add(x[0].pow(-1L)));
    m.put("chain", x -> Torch.tanh(x[0].matmul(x[1])).sum(1).mul(2L));
    m.put("reuse", x -> x[0].mul(x[0].exp()).sum(0).add(x[0].mean(0)));
  }
}
