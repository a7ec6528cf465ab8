package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_more.py}'s {@code OPS} table, under the same
 * names, each the Java spelling of the recorded Python lambda; registered through {@link
 * GradCases#OPS}.
 */
final class MoreGradCases {
  private MoreGradCases() {}

  private static Tensor mask(Tensor a) {
    return a.detach().gt(0.0);
  }

  private static Tensor idx(long[][] rows) {
    return Torch.tensor(rows);
  }

  private static final long[][] G1 = {{0, 3}, {1, 1}, {2, 0}};
  private static final long[][] G0 = {{2, 0, 1, 2}, {0, 1, 2, 0}};
  private static final long[][] SC0 = {{1, 0, 2, 1}, {0, 2, 1, 2}};

  private static Tensor plus3I(Tensor a) {
    return a.add(Torch.eye(3, 3, a.dtype()).mul(3L));
  }

  private static Tensor longs(long... v) {
    return Torch.tensor(v, new long[] {v.length}, DType.int64);
  }

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("gather1", x -> x[0].gather(1, idx(G1)));
    m.put("gather0", x -> Torch.gather(x[0], 0, idx(G0)));
    m.put("scatter_src", x -> x[0].scatter(0, idx(SC0), x[1]));
    m.put("scatter_value", x -> x[0].scatter(1, idx(G1), 2.0));
    m.put("scatter_add", x -> x[0].scatter_add(0, idx(G0), x[1]));
    m.put("scatter_add_", x -> x[0].mul(1L).scatter_add_(0, idx(G0), x[1]));
    m.put("index_select0", x -> x[0].index_select(0, longs(2, 0, 2)));
    m.put("index_select1", x -> Torch.index_select(x[0], 1, longs(3, 1)));
    m.put("masked_fill", x -> x[0].masked_fill(mask(x[0]), 0.5));
    m.put("masked_fill_tensor", x -> x[0].masked_fill(mask(x[0]), x[1]));
    m.put("masked_fill_", x -> x[0].mul(1L).masked_fill_(mask(x[0]), -1.0));
    m.put("masked_select", x -> x[0].masked_select(mask(x[0])));
    m.put("masked_select_bcast", x -> x[0].masked_select(mask(x[1])));
    m.put("where_method", x -> x[0].where(mask(x[0]), x[1]));
    m.put("flip", x -> x[0].flip(0));
    m.put("flip_dims", x -> Torch.flip(x[0], 0, 2));
    m.put("roll", x -> x[0].roll(1, 1));
    m.put("roll_flat", x -> Torch.roll(x[0], 5));
    m.put("roll_dims", x -> x[0].roll(new long[] {1, -1}, new int[] {0, 2}));
    m.put("tril", x -> x[0].tril());
    m.put("triu_k", x -> Torch.triu(x[0], 1));
    m.put("tril_batch", x -> x[0].tril(-1));
    m.put("diag_vec", x -> Torch.diag(x[0]));
    m.put("diag_vec_k", x -> x[0].diag(-1));
    m.put("diag_mat", x -> x[0].diag());
    m.put("diag_mat_k", x -> x[0].diag(1));
    m.put("chunk", x -> x[0].chunk(2)[1]);
    m.put("split", x -> x[0].split(3, 1)[0]);
    m.put("split_sizes", x -> x[0].split(new long[] {1, 3}, 1)[1]);
    m.put("unbind", x -> x[0].unbind(1)[2]);
    m.put("tile", x -> x[0].tile(2));
    m.put("repeat", x -> x[0].repeat(2, 1, 2));
    m.put("repeat_interleave", x -> x[0].repeat_interleave(2));
    m.put("repeat_interleave_dim", x -> x[0].repeat_interleave(longs(1, 0, 2), 1));
    m.put("broadcast_to", x -> x[0].broadcast_to(2, 3, 4));
    m.put("meshgrid", x -> Torch.meshgrid(new Tensor[] {x[0], x[1]}, "ij")[0]);
    m.put("meshgrid_xy", x -> Torch.meshgrid(new Tensor[] {x[0], x[1]}, "xy")[1]);
    m.put("amax", x -> x[0].amax());
    m.put("amax_dim", x -> x[0].amax(1));
    m.put("amin_dims", x -> x[0].amin(new int[] {0, 2}, true));
    m.put("median", x -> x[0].median());
    m.put("median_dim", x -> x[0].median(1).values());
    m.put("median_dim_keepdim", x -> x[0].median(0, true).values());
    m.put("sort", x -> x[0].sort(1).values());
    m.put("sort_desc", x -> Torch.sort(x[0], 0, true).values());
    m.put("sort_stable", x -> x[0].sort(true, 1, false).values());
    m.put("topk", x -> x[0].topk(2).values());
    m.put("topk_dim0", x -> Torch.topk(x[0], 2, 0, false).values());
    m.put("outer", x -> Torch.outer(x[0], x[1]));
    m.put("cross", x -> Torch.cross(x[0], x[1], 1));
    m.put("einsum_matmul", x -> Torch.einsum("ij,jk->ik", x[0], x[1]));
    m.put("einsum_bmm", x -> Torch.einsum("bij,bjk->bik", x[0], x[1]));
    m.put("einsum_transpose", x -> Torch.einsum("ij->ji", x[0]));
    m.put("einsum_trace", x -> Torch.einsum("ii", x[0]));
    m.put("einsum_diag", x -> Torch.einsum("ii->i", x[0]));
    m.put("einsum_sum", x -> Torch.einsum("ij->j", x[0]));
    m.put("einsum_outer", x -> Torch.einsum("i,j->ij", x[0], x[1]));
    m.put("einsum_dot", x -> Torch.einsum("i,i->", x[0], x[1]));
    m.put("einsum_ellipsis", x -> Torch.einsum("...j,j->...", x[0], x[1]));
    m.put("einsum_rowdot", x -> Torch.einsum("ij,ij->i", x[0], x[1]));
    m.put("einsum_abt", x -> Torch.einsum("ij,kj->ik", x[0], x[1]));
    m.put("einsum_attention", x -> Torch.einsum("bhqd,bhkd->bhqk", x[0], x[1]));
    m.put("einsum_hadamard", x -> Torch.einsum("i,i->i", x[0], x[1]));
    m.put("einsum_batch_outer", x -> Torch.einsum("bi,bj->bij", x[0], x[1]));
    m.put("einsum_three", x -> Torch.einsum("ij,jk,kl->il", x[0], x[1], x[2]));
    m.put("einsum_sum_all", x -> Torch.einsum("ijk->", x[0]));
    m.put("einsum_perm3", x -> Torch.einsum("ijk->kij", x[0]));
    m.put("einsum_bilinear", x -> Torch.einsum("i,ij,j->", x[0], x[1], x[2]));
    m.put("trace", x -> x[0].trace());
    m.put("det", x -> Torch.det(plus3I(x[0])));
    m.put("det_batch", x -> plus3I(x[0]).det());
    m.put("inverse", x -> Torch.inverse(plus3I(x[0])));
    m.put("erf", x -> Torch.erf(x[0]));
    m.put("nan_to_num", x -> x[0].nan_to_num());
    m.put("diagonal", x -> x[0].diagonal(1, 1, 2));
    m.put("index_add", x -> x[0].index_add(0, longs(2, 2), x[1], 1.5));
    m.put("index_fill", x -> x[0].index_fill(1, longs(0, 2), 0.5));
    m.put("take", x -> x[0].take(Torch.tensor(new long[][] {{0, 5}, {11, 5}})));
    m.put("fliplr", x -> x[0].fliplr());
    m.put("diff", x -> Torch.diff(x[0], 2, 1));
    m.put("flipud", x -> x[0].flipud());
    m.put("diag_embed", x -> Torch.diag_embed(x[0], 1, -2, -1));
    m.put("take_along_dim", x -> Torch.take_along_dim(x[0], Torch.tensor(new long[][] {{2}, {0}, {3}}), 1));
    m.put("scatter_reduce_sum", x -> x[0].scatter_reduce(0, idx(G0), x[1], "sum"));
    m.put("scatter_reduce_prod", x -> x[0].scatter_reduce(0, idx(G0), x[1], "prod"));
    m.put("scatter_reduce_mean", x -> x[0].scatter_reduce(0, idx(G0), x[1], "mean", false));
    m.put("scatter_reduce_amax", x -> x[0].scatter_reduce(0, idx(G0), x[1], "amax"));
    m.put("scatter_reduce_amin", x -> x[0].scatter_reduce(0, idx(G0), x[1], "amin", false));
    m.put("scatter_reduce_", x -> x[0].mul(1L).scatter_reduce_(0, idx(G0), x[1], "sum", true));
    m.put("erf_", x -> x[0].mul(1L).erf_());
    m.put("index_add_", x -> x[0].mul(1L).index_add_(0, longs(2, 0), x[1]));
    m.put("index_fill_", x -> x[0].mul(1L).index_fill_(1, longs(1), -2.0));
    m.put("linalg_cross", x -> Torch.linalg_cross(x[0], x[1]));
    m.put("linalg_det", x -> Torch.linalg_det(plus3I(x[0])));
    m.put("linalg_inv", x -> Torch.linalg_inv(plus3I(x[0])));
    m.put("type", x -> x[0].type(DType.float64));
  }
}
