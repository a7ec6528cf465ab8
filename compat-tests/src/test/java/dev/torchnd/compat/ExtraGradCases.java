package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_extra.py}'s {@code OPS} table ({@code
 * fixtures/autograd_extra.json}), each the Java spelling of the recorded Python lambda;
 * registered through {@link GradCases#OPS}.
 */
final class ExtraGradCases {
  private ExtraGradCases() {}

  /** {@code a + 4 I}: the recorder's well-conditioned matrix for solve and negative powers. */
  private static Tensor wellcond(Tensor a) {
    long n = a.shape().get(a.dim() - 1);
    return a.add(Torch.eye(n).to(a.dtype()).mul(4L));
  }

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("addmv", x -> Torch.addmv(x[0], x[1], x[2]));
    m.put("addmv_beta_alpha", x -> Torch.addmv(x[0], x[1], x[2], 0.5, -2.0));
    m.put("addmv_method", x -> x[0].addmv(x[1], x[2]));
    m.put("addr", x -> Torch.addr(x[0], x[1], x[2]));
    m.put("addr_beta_alpha", x -> Torch.addr(x[0], x[1], x[2], 2.0, 0.5));
    m.put("addr_method", x -> x[0].addr(x[1], x[2]));
    m.put("baddbmm", x -> Torch.baddbmm(x[0], x[1], x[2]));
    m.put("baddbmm_beta_alpha", x -> Torch.baddbmm(x[0], x[1], x[2], -1.0, 3.0));
    m.put("baddbmm_method", x -> x[0].baddbmm(x[1], x[2]));
    m.put("addbmm", x -> Torch.addbmm(x[0], x[1], x[2]));
    m.put("addbmm_beta_alpha", x -> Torch.addbmm(x[0], x[1], x[2], 0.5, 2.0));
    m.put("addbmm_method", x -> x[0].addbmm(x[1], x[2]));
    m.put("addmv_", x -> x[0].mul(1L).addmv_(x[1], x[2]));
    m.put("addr_", x -> x[0].mul(1L).addr_(x[1], x[2], 0.5, 2.0));
    m.put("baddbmm_", x -> x[0].mul(1L).baddbmm_(x[1], x[2]));
    m.put("addbmm_", x -> x[0].mul(1L).addbmm_(x[1], x[2]));
    m.put("tensordot", x -> Torch.tensordot(x[0], x[1]));
    m.put("tensordot_dims", x -> Torch.tensordot(x[0], x[1], new int[] {0, 2}, new int[] {1, 0}));
    m.put("tensordot_bcast", x -> Torch.tensordot(x[0], x[1], new int[] {1}, new int[] {0}));
    m.put("inner", x -> Torch.inner(x[0], x[1]));
    m.put("inner_vec", x -> x[0].inner(x[1]));
    m.put("inner_scalar", x -> Torch.inner(x[0], x[1]));
    m.put("vdot", x -> Torch.vdot(x[0], x[1]));
    m.put("vdot_method", x -> x[0].vdot(x[1]));
    m.put("matrix_power_2", x -> Torch.matrix_power(x[0], 2));
    m.put("matrix_power_5", x -> Torch.matrix_power(x[0], 5));
    m.put("matrix_power_1", x -> x[0].matrix_power(1));
    m.put("matrix_power_neg", x -> Torch.matrix_power(wellcond(x[0]), -2));
    m.put("linalg_matrix_power", x -> Torch.linalg_matrix_power(x[0], 3));
    m.put("chain_matmul", x -> Torch.chain_matmul(x[0], x[1], x[2]));
    m.put("linalg_multi_dot", x -> Torch.linalg_multi_dot(x[0], x[1], x[2]));
    m.put("linalg_multi_dot_vec", x -> Torch.linalg_multi_dot(x[0], x[1], x[2]));
    m.put("cdist", x -> Torch.cdist(x[0], x[1]));
    m.put("cdist_p1", x -> Torch.cdist(x[0], x[1], 1.0));
    m.put("cdist_p3", x -> Torch.cdist(x[0], x[1], 3.0));
    m.put("cdist_pinf", x -> Torch.cdist(x[0], x[1], Double.POSITIVE_INFINITY));
    m.put("cdist_p05", x -> Torch.cdist(x[0], x[1], 0.5));
    m.put("linalg_vector_norm", x -> Torch.linalg_vector_norm(x[0]));
    m.put("linalg_vector_norm_p3", x -> Torch.linalg_vector_norm(x[0], 3.0, 1, true));
    m.put("linalg_vector_norm_inf", x -> Torch.linalg_vector_norm(x[0], Double.POSITIVE_INFINITY, new int[] {0}, false));
    m.put("linalg_matrix_norm", x -> Torch.linalg_matrix_norm(x[0]));
    m.put("linalg_matrix_norm_1", x -> Torch.linalg_matrix_norm(x[0], 1.0));
    m.put("linalg_matrix_norm_inf", x -> Torch.linalg_matrix_norm(x[0], Double.NEGATIVE_INFINITY, new int[] {0, 2}, true));
    m.put("linalg_solve", x -> Torch.linalg_solve(wellcond(x[0]), x[1]));
    m.put("linalg_solve_matrix", x -> Torch.linalg_solve(wellcond(x[0]), x[1]));
    m.put("hstack", x -> Torch.hstack(x[0], x[1]));
    m.put("hstack_vec", x -> Torch.hstack(x[0], x[1]));
    m.put("vstack", x -> Torch.vstack(x[0], x[1]));
    m.put("row_stack", x -> Torch.row_stack(x[0], x[1]));
    m.put("dstack", x -> Torch.dstack(x[0], x[1]));
    m.put("column_stack", x -> Torch.column_stack(x[0], x[1]));
    m.put("concat", x -> Torch.concat(x[0], x[1]));
    m.put("concatenate", x -> Torch.concatenate(new Tensor[] {x[0], x[1]}, 1));
    m.put("movedim", x -> Torch.movedim(x[0], 0, -1));
    m.put("movedim_multi", x -> x[0].movedim(new int[] {0, 1}, new int[] {2, 0}));
    m.put("moveaxis", x -> Torch.moveaxis(x[0], 2, 0));
    m.put("rot90", x -> Torch.rot90(x[0]));
    m.put("rot90_k2", x -> x[0].rot90(2, new int[] {0, 2}));
    m.put("rot90_k3", x -> Torch.rot90(x[0], -1));
    m.put("rot90_k0", x -> Torch.rot90(x[0], 4));
    m.put("tensor_split", x -> Torch.tensor_split(x[0], 3)[1]);
    m.put("tensor_split_indices", x -> x[0].tensor_split(new long[] {1, 3}, 1)[2]);
    m.put("hsplit", x -> Torch.hsplit(x[0], 2)[1]);
    m.put("vsplit", x -> Torch.vsplit(x[0], new long[] {1})[1]);
    m.put("dsplit", x -> x[0].dsplit(2)[0]);
    m.put("atleast_1d", x -> Torch.atleast_1d(x[0]));
    m.put("atleast_2d", x -> Torch.atleast_2d(x[0]));
    m.put("atleast_3d", x -> Torch.atleast_3d(x[0]));
    m.put("atleast_3d_scalar", x -> Torch.atleast_3d(x[0]));
    m.put("unflatten", x -> x[0].unflatten(1, 2, 3));
    m.put("unflatten_fn", x -> Torch.unflatten(x[0], 0, 3, -1));
    m.put("cartesian_prod", x -> Torch.cartesian_prod(x[0], x[1]));
    m.put("block_diag", x -> Torch.block_diag(x[0], x[1], x[2]));
    m.put("exp2", x -> Torch.exp2(x[0]));
    m.put("frac", x -> Torch.frac(x[0]));
    m.put("deg2rad", x -> Torch.deg2rad(x[0]));
    m.put("rad2deg", x -> x[0].rad2deg());
    m.put("sgn", x -> Torch.sgn(x[0]));
    m.put("sinc", x -> Torch.sinc(x[0]));
    m.put("logit", x -> Torch.logit(Torch.sigmoid(x[0])));
    m.put("logit_eps", x -> Torch.sigmoid(x[0].mul(3L)).logit(0.2));
    m.put("xlogy", x -> Torch.xlogy(x[0], x[1]));
    m.put("xlogy_bcast", x -> x[0].xlogy(x[1]));
    m.put("xlogy_scalar", x -> Torch.xlogy(x[0], 2.5));
    m.put("xlogy_rscalar", x -> Torch.xlogy(3L, x[0]));
    m.put("copysign", x -> Torch.copysign(x[0], x[1]));
    m.put("copysign_scalar", x -> x[0].copysign(-1.0));
    m.put("float_power", x -> Torch.float_power(x[0], x[1]));
    m.put("float_power_scalar", x -> x[0].float_power(2L));
    m.put("float_power_rscalar", x -> Torch.float_power(2.5, x[0]));
    m.put("fmax", x -> Torch.fmax(x[0], x[1]));
    m.put("fmax_bcast", x -> x[0].fmax(x[1]));
    m.put("fmin", x -> Torch.fmin(x[0], x[1]));
    m.put("fmin_bcast", x -> x[0].fmin(x[1]));
    m.put("exp2_", x -> x[0].mul(1L).exp2_());
    m.put("frac_", x -> x[0].mul(1L).frac_());
    m.put("deg2rad_", x -> x[0].mul(1L).deg2rad_());
    m.put("rad2deg_", x -> x[0].mul(1L).rad2deg_());
    m.put("sgn_", x -> x[0].mul(1L).sgn_());
    m.put("sinc_", x -> x[0].mul(1L).sinc_());
    m.put("logit_", x -> Torch.sigmoid(x[0]).mul(1L).logit_());
    m.put("square_", x -> x[0].mul(1L).square_());
    m.put("xlogy_", x -> x[0].mul(1L).xlogy_(x[1]));
    m.put("copysign_", x -> x[0].mul(1L).copysign_(x[1]));
    m.put("float_power_", x -> x[0].double_().mul(1L).float_power_(x[1]));
  }
}
