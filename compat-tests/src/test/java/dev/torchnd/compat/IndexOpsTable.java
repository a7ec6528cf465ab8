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
    m.put("renorm", a -> a.t(0).renorm(a.d(1), a.i(2), a.d(3)));
    m.put("renorm_", a -> a.t(0).renorm_(a.d(1), a.i(2), a.d(3)));
    m.put("renorm_fn", a -> Torch.renorm(a.t(0), a.d(1), a.i(2), a.d(3)));
  }
}
