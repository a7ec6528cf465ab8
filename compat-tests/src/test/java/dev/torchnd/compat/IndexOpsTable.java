package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_index.json} ({@code recorder/record_ops_index.py}, whose
 * docstring defines each op name and argument list): the indexing writes and the SVD family of
 * issue 11. Registered through {@link OpRegistry#OPS}.
 */
final class IndexOpsTable {
  private IndexOpsTable() {}

  private static Tensor[] ts(OpRegistry.Args a, int i) {
    return a.tensors(i).toArray(new Tensor[0]);
  }

  /** The sign-invariant views of {U, S, Vh} the recorder stores: S, U_k diag(S) Vh_k, U^H U, Vh Vh^H. */
  static Object[] invariants(Tensor u, Tensor s, Tensor vh) {
    long k = s.shape().get(s.dim() - 1);
    Tensor uk = u.narrow(-1, 0, k);
    Tensor vhk = vh.narrow(-2, 0, k);
    return new Object[] {s, uk.mul(s.unsqueeze(-2)).matmul(vhk), u.mT().matmul(u), vh.matmul(vh.mT())};
  }

  static Object[] absolutes(Tensor u, Tensor s, Tensor vh) {
    long k = s.shape().get(s.dim() - 1);
    return new Object[] {u.narrow(-1, 0, k).abs(), vh.narrow(-2, 0, k).abs()};
  }

  private static Tensor[] linalgSvd(OpRegistry.Args a) {
    return a.has(1) ? Torch.linalg_svd(a.t(0), a.b(1)) : Torch.linalg_svd(a.t(0));
  }

  private static Tensor[] svd(OpRegistry.Args a, boolean method) {
    Tensor t = a.t(0);
    Tensor[] r;
    if (a.has(2)) {
      r = method ? t.svd(a.b(1), a.b(2)) : Torch.svd(t, a.b(1), a.b(2));
    } else if (a.has(1)) {
      r = method ? t.svd(a.b(1)) : Torch.svd(t, a.b(1));
    } else {
      r = method ? t.svd() : Torch.svd(t);
    }
    return new Tensor[] {r[0], r[1], r[2].mT()};
  }

  private static Object cond(OpRegistry.Args a) {
    if (!a.has(1)) {
      return Torch.linalg_cond(a.t(0));
    }
    return a.isStr(1) ? Torch.linalg_cond(a.t(0), a.str(1)) : Torch.linalg_cond(a.t(0), a.d(1));
  }

  static void addTo(Map<String, Op> m) {
    m.put("index_put", a -> a.has(3) ? a.t(0).index_put(ts(a, 1), a.t(2), a.b(3))
        : a.t(0).index_put(ts(a, 1), a.t(2)));
    m.put("index_put_", a -> a.has(3) ? a.t(0).index_put_(ts(a, 1), a.t(2), a.b(3))
        : a.t(0).index_put_(ts(a, 1), a.t(2)));
    m.put("index_put_fn", a -> a.has(3) ? Torch.index_put(a.t(0), ts(a, 1), a.t(2), a.b(3))
        : Torch.index_put(a.t(0), ts(a, 1), a.t(2)));
    m.put("index_copy", a -> a.t(0).index_copy(a.i(1), a.t(2), a.t(3)));
    m.put("index_copy_", a -> a.t(0).index_copy_(a.i(1), a.t(2), a.t(3)));
    m.put("index_copy_fn", a -> Torch.index_copy(a.t(0), a.i(1), a.t(2), a.t(3)));
    m.put("masked_scatter", a -> a.t(0).masked_scatter(a.t(1), a.t(2)));
    m.put("masked_scatter_", a -> a.t(0).masked_scatter_(a.t(1), a.t(2)));
    m.put("masked_scatter_fn", a -> Torch.masked_scatter(a.t(0), a.t(1), a.t(2)));
    m.put("put", a -> a.has(3) ? a.t(0).put(a.t(1), a.t(2), a.b(3)) : a.t(0).put(a.t(1), a.t(2)));
    m.put("put_", a -> a.has(3) ? a.t(0).put_(a.t(1), a.t(2), a.b(3)) : a.t(0).put_(a.t(1), a.t(2)));
    m.put("put_fn", a -> a.has(3) ? Torch.put(a.t(0), a.t(1), a.t(2), a.b(3))
        : Torch.put(a.t(0), a.t(1), a.t(2)));
    m.put("index_fill_value", a -> a.t(0).index_fill(a.i(1), a.t(2), a.t(3)));
    m.put("index_fill_value_", a -> a.t(0).index_fill_(a.i(1), a.t(2), a.t(3)));
    m.put("index_fill_value_fn", a -> Torch.index_fill(a.t(0), a.i(1), a.t(2), a.t(3)));
    m.put("renorm", a -> a.t(0).renorm(a.d(1), a.i(2), a.d(3)));
    m.put("renorm_", a -> a.t(0).renorm_(a.d(1), a.i(2), a.d(3)));
    m.put("renorm_fn", a -> Torch.renorm(a.t(0), a.d(1), a.i(2), a.d(3)));

    m.put("linalg_svd", a -> {
      Tensor[] r = linalgSvd(a);
      return invariants(r[0], r[1], r[2]);
    });
    m.put("linalg_svd_abs", a -> {
      Tensor[] r = linalgSvd(a);
      return absolutes(r[0], r[1], r[2]);
    });
    m.put("svd", a -> {
      Tensor[] r = svd(a, false);
      return invariants(r[0], r[1], r[2]);
    });
    m.put("svd_method", a -> {
      Tensor[] r = svd(a, true);
      return invariants(r[0], r[1], r[2]);
    });
    m.put("svd_abs", a -> {
      Tensor[] r = svd(a, false);
      return absolutes(r[0], r[1], r[2]);
    });
    m.put("linalg_svdvals", a -> Torch.linalg_svdvals(a.t(0)));
    m.put("linalg_cond", IndexOpsTable::cond);
    m.put("linalg_matrix_rank", a -> Torch.linalg_matrix_rank(a.t(0)));
    m.put("linalg_matrix_rank_tol", a -> Torch.linalg_matrix_rank(a.t(0), a.d(1)));
    m.put("linalg_matrix_rank_atol_rtol", a -> Torch.linalg_matrix_rank(a.t(0), a.d(1), a.d(2)));
    m.put("linalg_pinv", a -> a.has(1) ? Torch.linalg_pinv(a.t(0), a.d(1)) : Torch.linalg_pinv(a.t(0)));
    m.put("linalg_pinv_atol_rtol", a -> Torch.linalg_pinv(a.t(0), a.d(1), a.d(2)));
    m.put("pinverse", a -> a.has(1) ? Torch.pinverse(a.t(0), a.d(1)) : Torch.pinverse(a.t(0)));
    m.put("pinverse_method", a -> a.has(1) ? a.t(0).pinverse(a.d(1)) : a.t(0).pinverse());
    m.put("linalg_lstsq", a -> (Object[]) Torch.linalg_lstsq(a.t(0), a.t(1)));
  }
}
