package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_index.py}'s {@code OPS} table ({@code
 * fixtures/autograd_index.json}), each the Java spelling of the recorded Python lambda;
 * registered through {@link GradCases#OPS}.
 */
final class IndexGradCases {
  private IndexGradCases() {}

  private static Tensor l(long... v) {
    return Torch.tensor(v);
  }

  private static Tensor[] ls(Tensor... t) {
    return t;
  }

  private static final Tensor M23 =
      Torch.tensor(new boolean[][] {{true, false, true}, {false, true, false}});
  private static final Tensor M3 = Torch.tensor(new boolean[] {true, false, true});

  /** {@code U_k diag(S) Vh_k} of {U, S, Vh}. */
  private static Tensor recon(Tensor[] r) {
    long k = r[1].shape().get(r[1].dim() - 1);
    return r[0].narrow(-1, 0, k).mul(r[1].unsqueeze(-2)).matmul(r[2].narrow(-2, 0, k));
  }

  /** {@code U diag(S) V^T} of torch.svd's {U, S, V}. */
  private static Tensor svdRecon(Tensor[] r) {
    return r[0].mul(r[1].unsqueeze(-2)).matmul(r[2].mT());
  }

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("index_put", x -> x[0].index_put(ls(l(1, 0)), x[1]));
    m.put("index_put_accumulate", x -> x[0].index_put(ls(l(0, 0, 3)), x[1], true));
    m.put("index_put_two", x -> Torch.index_put(x[0], ls(l(0, 1), l(2, -1)), x[1]));
    m.put("index_put_two_accumulate", x -> x[0].index_put(ls(l(0, 1, 1), l(0, 2, 2)), x[1], true));
    m.put("index_put_bcast", x -> x[0].index_put(ls(l(0, 2), l(1, 3)), x[1]));
    m.put("index_put_mask", x -> x[0].index_put(ls(M23), x[1]));
    m.put("index_put_mask_values", x -> x[0].index_put(ls(M23), x[1], true));
    m.put("index_put_", x -> x[0].mul(1L).index_put_(ls(l(1, 0)), x[1]));
    m.put("index_put__accumulate", x -> x[0].mul(1L).index_put_(ls(l(0, 0, 3)), x[1], true));
    m.put("index_copy", x -> x[0].index_copy(1, l(2, 0), x[1]));
    m.put("index_copy_dim0", x -> Torch.index_copy(x[0], 0, l(1), x[1]));
    m.put("index_copy_scalar", x -> x[0].index_copy(1, Torch.tensor(1L), x[1]));
    m.put("index_copy_", x -> x[0].mul(1L).index_copy_(-1, l(0, 2), x[1]));
    m.put("masked_scatter", x -> x[0].masked_scatter(M23, x[1]));
    m.put("masked_scatter_bcast", x -> Torch.masked_scatter(x[0], M3, x[1]));
    m.put("masked_scatter_expand", x -> x[0].masked_scatter(M23, x[1]));
    m.put("masked_scatter_", x -> x[0].mul(1L).masked_scatter_(M3, x[1]));
    m.put("put", x -> x[0].put(l(0, 5, -2), x[1]));
    m.put("put_accumulate", x -> Torch.put(x[0], l(0, 5, 5, -1), x[1], true));
    m.put("put_shape", x -> x[0].put(l(1, 4).reshape(1, 2), x[1]));
    m.put("put_", x -> x[0].mul(1L).put_(l(3, 1), x[1]));
    m.put("put__accumulate", x -> x[0].mul(1L).put_(l(3, 1, 3), x[1], true));
    m.put("index_fill_value", x -> x[0].index_fill(1, l(0, 0, 2), x[1]));
    m.put("index_fill_value_", x -> x[0].mul(1L).index_fill_(0, l(2), x[1]));
    m.put("renorm", x -> x[0].renorm(2, 0, 1.5));
    m.put("renorm_p1", x -> Torch.renorm(x[0], 1, 1, 1.0));
    m.put("renorm_p3", x -> x[0].renorm(3, -1, 1.0));
    m.put("renorm_inf", x -> x[0].renorm(Double.POSITIVE_INFINITY, 0, 1.0));
    m.put("renorm_", x -> x[0].mul(1L).renorm_(2, 1, 1.0));
    m.put("linalg_svd_recon", x -> recon(Torch.linalg_svd(x[0], false)));
    m.put("linalg_svd_recon_wide", x -> recon(Torch.linalg_svd(x[0], false)));
    m.put("linalg_svd_recon_full", x -> recon(Torch.linalg_svd(x[0])));
    m.put("linalg_svd_s", x -> Torch.linalg_svd(x[0])[1]);
    m.put("linalg_svd_u2", x -> Torch.linalg_svd(x[0], false)[0].pow(2L));
    m.put("linalg_svd_u2_wide", x -> Torch.linalg_svd(x[0], false)[0].pow(2L));
    m.put("linalg_svd_vh2", x -> Torch.linalg_svd(x[0], false)[2].pow(2L));
    m.put("linalg_svd_vh2_tall", x -> Torch.linalg_svd(x[0], false)[2].pow(2L));
    m.put("linalg_svd_full_u2", x -> Torch.linalg_svd(x[0])[0].narrow(-1, 0, 2).pow(2L));
    m.put("linalg_svd_full_vh2", x -> Torch.linalg_svd(x[0])[2].narrow(-2, 0, 3).pow(2L));
    m.put("svd", x -> svdRecon(Torch.svd(x[0])));
    m.put("svd_v2", x -> Torch.svd(x[0])[2].pow(2L));
    m.put("svd_full", x -> Torch.svd(x[0], false)[1]);
    m.put("svd_method", x -> svdRecon(x[0].svd()));
    m.put("linalg_svdvals", x -> Torch.linalg_svdvals(x[0]));
    m.put("linalg_svdvals_wide", x -> Torch.linalg_svdvals(x[0]));
    m.put("linalg_svdvals_batch", x -> Torch.linalg_svdvals(x[0]));
    m.put("linalg_matrix_norm_nuc", x -> Torch.linalg_matrix_norm(x[0], "nuc"));
    m.put("linalg_matrix_norm_2", x -> Torch.linalg_matrix_norm(x[0], 2.0));
    m.put("linalg_matrix_norm_m2",
        x -> Torch.linalg_matrix_norm(x[0], -2.0, new int[] {1, 0}, true));
    m.put("linalg_cond", x -> Torch.linalg_cond(x[0]));
    m.put("linalg_cond_m2", x -> Torch.linalg_cond(x[0], -2.0));
    m.put("linalg_pinv", x -> Torch.linalg_pinv(x[0]));
    m.put("linalg_pinv_wide", x -> Torch.linalg_pinv(x[0]));
    m.put("linalg_pinv_batch", x -> Torch.linalg_pinv(x[0]));
    m.put("pinverse", x -> Torch.pinverse(x[0]));
    m.put("pinverse_method", x -> x[0].pinverse());
    m.put("linalg_lstsq", x -> Torch.linalg_lstsq(x[0], x[1])[0]);
    m.put("linalg_lstsq_batch", x -> Torch.linalg_lstsq(x[0], x[1])[0]);
  }
}
