package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.List;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_more.json} (recorded by {@code recorder/record_ops_more.py},
 * whose docstring defines each op name and argument list), each calling the TorchND API the way
 * the recorded Python called PyTorch. Registered through {@link OpRegistry#OPS}.
 */
final class MoreOps {
  private MoreOps() {}

  /** Adds the ops; nonzero, new_empty and nan_to_num_ replay through {@link CoreOps}. */
  static void addTo(Map<String, OpRegistry.Op> m) {
    m.put("gather", a -> Torch.gather(a.t(0), a.i(1), a.t(2)));
    m.put("scatter", a -> scatter(a, false));
    m.put("scatter_", a -> scatter(a, true));
    m.put("scatter_add", a -> Torch.scatter_add(a.t(0), a.i(1), a.t(2), a.t(3)));
    m.put("scatter_add_", a -> a.t(0).scatter_add_(a.i(1), a.t(2), a.t(3)));
    m.put("index_select", a -> Torch.index_select(a.t(0), a.i(1), a.t(2)));
    m.put("masked_fill", a -> maskedFill(a, false));
    m.put("masked_fill_", a -> maskedFill(a, true));
    m.put("masked_select", a -> Torch.masked_select(a.t(0), a.t(1)));
    m.put("where_method", a -> a.t(0).where(a.t(1), a.t(2)));
    m.put("nonzero_tuple", a -> Torch.nonzero(a.t(0), true));
    m.put("where_cond", a -> Torch.where(a.t(0)));
    m.put("flip", a -> Torch.flip(a.t(0), a.dims(1)));
    m.put("roll", MoreOps::roll);
    m.put("tril", a -> a.has(1) ? Torch.tril(a.t(0), a.l(1)) : Torch.tril(a.t(0)));
    m.put("triu", a -> a.has(1) ? Torch.triu(a.t(0), a.l(1)) : Torch.triu(a.t(0)));
    m.put("tril_", a -> a.t(0).tril_(a.l(1)));
    m.put("triu_", a -> a.t(0).triu_(a.l(1)));
    m.put("diag", a -> a.has(1) ? Torch.diag(a.t(0), a.l(1)) : Torch.diag(a.t(0)));
    m.put("chunk", a -> a.has(2) ? Torch.chunk(a.t(0), a.i(1), a.i(2)) : Torch.chunk(a.t(0), a.i(1)));
    m.put("split", MoreOps::split);
    m.put("unbind", a -> a.has(1) ? Torch.unbind(a.t(0), a.i(1)) : Torch.unbind(a.t(0)));
    m.put("tile", a -> Torch.tile(a.t(0), a.shape(1)));
    m.put("repeat", a -> a.t(0).repeat(a.shape(1)));
    m.put("repeat_interleave", MoreOps::repeatInterleave);
    m.put("repeat_interleave_counts", a -> Torch.repeat_interleave(a.t(0)));
    m.put("broadcast_to", a -> Torch.broadcast_to(a.t(0), a.shape(1)));
    m.put("meshgrid", a -> a.has(1)
        ? Torch.meshgrid(a.tensors(0), a.str(1)) : Torch.meshgrid(a.tensors(0).toArray(new Tensor[0])));
    m.put("amax", a -> amaxAmin(a, true));
    m.put("amin", a -> amaxAmin(a, false));
    m.put("median", a -> !a.has(1) ? Torch.median(a.t(0))
        : a.has(2) ? Torch.median(a.t(0), a.i(1), a.b(2)) : Torch.median(a.t(0), a.i(1)));
    m.put("sort", a -> !a.has(1) ? Torch.sort(a.t(0))
        : a.has(2) ? Torch.sort(a.t(0), a.i(1), a.b(2)) : Torch.sort(a.t(0), a.i(1)));
    m.put("sort_stable", a -> Torch.sort(a.t(0), true, a.i(1), a.b(2)));
    m.put("argsort", a -> !a.has(1) ? Torch.argsort(a.t(0))
        : a.has(2) ? Torch.argsort(a.t(0), a.i(1), a.b(2)) : Torch.argsort(a.t(0), a.i(1)));
    m.put("topk", a -> !a.has(2) ? Torch.topk(a.t(0), a.l(1))
        : a.has(4) ? Torch.topk(a.t(0), a.l(1), a.i(2), a.b(3), a.b(4))
        : a.has(3) ? Torch.topk(a.t(0), a.l(1), a.i(2), a.b(3)) : Torch.topk(a.t(0), a.l(1), a.i(2)));
    m.put("argsort_stable", a -> Torch.argsort(a.t(0), true, a.i(1), a.b(2)));
    m.put("unique", a -> !a.has(1) ? Torch.unique(a.t(0)) : unique(a));
    m.put("outer", a -> Torch.outer(a.t(0), a.t(1)));
    m.put("cross", a -> a.has(2) ? Torch.cross(a.t(0), a.t(1), a.i(2)) : Torch.cross(a.t(0), a.t(1)));
    m.put("einsum", a -> Torch.einsum(a.str(0), a.tensors(1).toArray(new Tensor[0])));
    m.put("trace", a -> Torch.trace(a.t(0)));
    m.put("det", a -> Torch.det(a.t(0)));
    m.put("inverse", a -> Torch.inverse(a.t(0)));
    m.put("erf", a -> Torch.erf(a.t(0)));
    m.put("erf_", a -> a.t(0).erf_());
    m.put("isinf", a -> Torch.isinf(a.t(0)));
    m.put("isfinite", a -> Torch.isfinite(a.t(0)));
    m.put("nan_to_num", a -> !a.has(1) ? Torch.nan_to_num(a.t(0))
        : Torch.nan_to_num(a.t(0), optD(a, 1), optD(a, 2), optD(a, 3)));
    m.put("new_zeros", a -> a.t(0).new_zeros(a.shape(1)));
    m.put("new_ones", a -> a.t(0).new_ones(a.shape(1)));
    m.put("new_full", MoreOps::newFull);
    m.put("new_tensor", a -> a.t(0).new_tensor(a.get(1)));
    m.put("type", a -> a.t(0).type(a.dtype(1)));
    m.put("data", a -> a.t(0).data());
    m.put("constant", MoreOps::constant);
    m.put("diagonal", a -> a.has(1)
        ? Torch.diagonal(a.t(0), a.l(1), a.has(2) ? a.i(2) : 0, a.has(3) ? a.i(3) : 1)
        : Torch.diagonal(a.t(0)));
    m.put("argwhere", a -> Torch.argwhere(a.t(0)));
    m.put("fliplr", a -> Torch.fliplr(a.t(0)));
    m.put("flipud", a -> Torch.flipud(a.t(0)));
    m.put("count_nonzero", a -> !a.has(1) ? Torch.count_nonzero(a.t(0))
        : a.isInts(1) ? Torch.count_nonzero(a.t(0), a.dims(1)) : Torch.count_nonzero(a.t(0), a.i(1)));
    m.put("index_add", a -> a.has(4)
        ? Torch.index_add(a.t(0), a.i(1), a.t(2), a.t(3), a.d(4)) : Torch.index_add(a.t(0), a.i(1), a.t(2), a.t(3)));
    m.put("index_add_", a -> a.t(0).index_add_(a.i(1), a.t(2), a.t(3)));
    m.put("index_fill", a -> a.get(3) instanceof Long l
        ? Torch.index_fill(a.t(0), a.i(1), a.t(2), l.longValue()) : Torch.index_fill(a.t(0), a.i(1), a.t(2), a.d(3)));
    m.put("index_fill_", a -> a.get(3) instanceof Long l
        ? a.t(0).index_fill_(a.i(1), a.t(2), l.longValue()) : a.t(0).index_fill_(a.i(1), a.t(2), a.d(3)));
    m.put("take", a -> Torch.take(a.t(0), a.t(1)));
    m.put("type_name", a -> a.t(0).type(a.str(1)));
    m.put("unique_dim", a -> {
      Tensor[] r = Torch.unique(a.t(0), true, a.b(2), a.b(3), a.i(1));
      return r.length == 1 ? r[0] : List.of(r);
    });
    m.put("linalg_cross", a -> Torch.linalg_cross(a.t(0), a.t(1)));
    m.put("linalg_det", a -> Torch.linalg_det(a.t(0)));
    m.put("linalg_inv", a -> Torch.linalg_inv(a.t(0)));
    m.put("scatter_reduce", a -> Torch.scatter_reduce(a.t(0), a.i(1), a.t(2), a.t(3), a.str(4), a.b(5)));
    m.put("scatter_reduce_", a -> a.t(0).scatter_reduce_(a.i(1), a.t(2), a.t(3), a.str(4), a.b(5)));
    m.put("scatter_reduce_arg", a -> Torch.scatter(a.t(0), a.i(1), a.t(2), a.t(3), a.str(4)));
    m.put("diag_embed", a -> !a.has(1) ? Torch.diag_embed(a.t(0))
        : Torch.diag_embed(a.t(0), a.l(1), a.has(2) ? a.i(2) : -2, a.has(3) ? a.i(3) : -1));
    m.put("take_along_dim", a -> a.has(2)
        ? Torch.take_along_dim(a.t(0), a.t(1), a.i(2)) : Torch.take_along_dim(a.t(0), a.t(1)));
    m.put("bincount", a -> !a.has(1) ? Torch.bincount(a.t(0))
        : Torch.bincount(a.t(0), a.optTensor(1), a.has(2) ? a.l(2) : 0));
    m.put("diff", a -> !a.has(1) ? Torch.diff(a.t(0))
        : a.has(3) ? Torch.diff(a.t(0), a.l(1), a.i(2), a.optTensor(3), a.has(4) ? a.optTensor(4) : null)
        : Torch.diff(a.t(0), a.l(1), a.has(2) ? a.i(2) : -1));
  }

  private static Double optD(OpRegistry.Args a, int i) {
    return a.isNone(i) ? null : a.d(i);
  }

  private static Object scatter(OpRegistry.Args a, boolean inplace) {
    Tensor x = a.t(0);
    int dim = a.i(1);
    Tensor idx = a.t(2);
    Object v = a.get(3);
    if (v instanceof Tensor s) {
      return inplace ? x.scatter_(dim, idx, s) : Torch.scatter(x, dim, idx, s);
    } else if (v instanceof Long l) {
      return inplace ? x.scatter_(dim, idx, l.longValue()) : Torch.scatter(x, dim, idx, l.longValue());
    }
    double d = ((Number) v).doubleValue();
    return inplace ? x.scatter_(dim, idx, d) : Torch.scatter(x, dim, idx, d);
  }

  private static Object maskedFill(OpRegistry.Args a, boolean inplace) {
    Tensor x = a.t(0);
    Tensor m = a.t(1);
    Object v = a.get(2);
    if (v instanceof Tensor t) {
      return inplace ? x.masked_fill_(m, t) : Torch.masked_fill(x, m, t);
    } else if (v instanceof Long l) {
      return inplace ? x.masked_fill_(m, l.longValue()) : Torch.masked_fill(x, m, l.longValue());
    } else if (v instanceof Boolean b) {
      return inplace ? x.masked_fill_(m, b.booleanValue()) : Torch.masked_fill(x, m, b.booleanValue());
    }
    double d = (Double) v;
    return inplace ? x.masked_fill_(m, d) : Torch.masked_fill(x, m, d);
  }

  private static long[] longs(OpRegistry.Args a, int i) {
    return a.isInts(i) ? a.shape(i) : new long[] {a.l(i)};
  }

  private static Object roll(OpRegistry.Args a) {
    Tensor x = a.t(0);
    if (!a.has(2)) {
      if (a.isInts(1)) {
        return Torch.roll(x, a.shape(1), new int[0]);
      }
      return Torch.roll(x, a.l(1));
    }
    if (!a.isInts(1) && !a.isInts(2)) {
      return Torch.roll(x, a.l(1), a.i(2));
    }
    return Torch.roll(x, longs(a, 1), a.dimList(2));
  }

  private static Object split(OpRegistry.Args a) {
    Tensor x = a.t(0);
    if (a.isInts(1)) {
      return a.has(2) ? Torch.split(x, a.shape(1), a.i(2)) : Torch.split(x, a.shape(1));
    }
    return a.has(2) ? Torch.split(x, a.l(1), a.i(2)) : Torch.split(x, a.l(1));
  }

  private static Object repeatInterleave(OpRegistry.Args a) {
    Tensor x = a.t(0);
    if (a.isT(1)) {
      return a.has(2) ? Torch.repeat_interleave(x, a.t(1), a.i(2)) : Torch.repeat_interleave(x, a.t(1));
    }
    return a.has(2) ? Torch.repeat_interleave(x, a.l(1), a.i(2)) : Torch.repeat_interleave(x, a.l(1));
  }

  private static Object amaxAmin(OpRegistry.Args a, boolean max) {
    Tensor x = a.t(0);
    if (!a.has(1)) {
      return max ? Torch.amax(x) : Torch.amin(x);
    }
    boolean keepdim = a.has(2) && a.b(2);
    if (a.isInts(1)) {
      return max ? Torch.amax(x, a.dims(1), keepdim) : Torch.amin(x, a.dims(1), keepdim);
    }
    return max ? Torch.amax(x, a.i(1), keepdim) : Torch.amin(x, a.i(1), keepdim);
  }

  private static Object unique(OpRegistry.Args a) {
    Tensor[] r = Torch.unique(a.t(0), true, a.b(1), a.b(2));
    // PyTorch returns a bare tensor when neither extra output is asked for.
    return r.length == 1 ? r[0] : List.of(r);
  }

  private static Object newFull(OpRegistry.Args a) {
    Tensor x = a.t(0);
    Object v = a.get(2);
    if (v instanceof Long l) {
      return x.new_full(a.shape(1), l.longValue());
    } else if (v instanceof Boolean b) {
      return x.new_full(a.shape(1), b.booleanValue());
    }
    return x.new_full(a.shape(1), (Double) v);
  }

  private static Object constant(OpRegistry.Args a) {
    return switch (a.str(0)) {
      case "pi" -> Torch.pi;
      case "e" -> Torch.e;
      case "inf" -> Torch.inf;
      case "nan" -> Torch.nan;
      default -> throw new IllegalArgumentException("no constant " + a.str(0));
    };
  }
}
