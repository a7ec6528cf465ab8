package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.List;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_more.json} (recorded by {@code recorder/record_ops_more.py},
 * whose docstring defines each op name and argument list), each calling the TorchND API the way
 * the recorded Python called PyTorch. Registered into {@link OpRegistry#OPS}.
 */
final class OpRegistryMore {
  private OpRegistryMore() {}

  /** Adds the ops; names OpRegistry already has (nonzero, new_empty, nan_to_num_) replay there. */
  static void register(Map<String, OpRegistry.Op> m) {
    put(m, "gather", a -> Torch.gather(a.t(0), a.i(1), a.t(2)));
    put(m, "scatter", a -> scatter(a, false));
    put(m, "scatter_", a -> scatter(a, true));
    put(m, "scatter_add", a -> Torch.scatter_add(a.t(0), a.i(1), a.t(2), a.t(3)));
    put(m, "scatter_add_", a -> a.t(0).scatter_add_(a.i(1), a.t(2), a.t(3)));
    put(m, "index_select", a -> Torch.index_select(a.t(0), a.i(1), a.t(2)));
    put(m, "masked_fill", a -> maskedFill(a, false));
    put(m, "masked_fill_", a -> maskedFill(a, true));
    put(m, "masked_select", a -> Torch.masked_select(a.t(0), a.t(1)));
    put(m, "where_method", a -> a.t(0).where(a.t(1), a.t(2)));
    put(m, "nonzero_tuple", a -> Torch.nonzero(a.t(0), true));
    put(m, "where_cond", a -> Torch.where(a.t(0)));
    put(m, "flip", a -> Torch.flip(a.t(0), a.dims(1)));
    put(m, "roll", OpRegistryMore::roll);
    put(m, "tril", a -> a.has(1) ? Torch.tril(a.t(0), a.l(1)) : Torch.tril(a.t(0)));
    put(m, "triu", a -> a.has(1) ? Torch.triu(a.t(0), a.l(1)) : Torch.triu(a.t(0)));
    put(m, "tril_", a -> a.t(0).tril_(a.l(1)));
    put(m, "triu_", a -> a.t(0).triu_(a.l(1)));
    put(m, "diag", a -> a.has(1) ? Torch.diag(a.t(0), a.l(1)) : Torch.diag(a.t(0)));
    put(m, "chunk", a -> a.has(2) ? Torch.chunk(a.t(0), a.i(1), a.i(2)) : Torch.chunk(a.t(0), a.i(1)));
    put(m, "split", OpRegistryMore::split);
    put(m, "unbind", a -> a.has(1) ? Torch.unbind(a.t(0), a.i(1)) : Torch.unbind(a.t(0)));
    put(m, "tile", a -> Torch.tile(a.t(0), a.shape(1)));
    put(m, "repeat", a -> a.t(0).repeat(a.shape(1)));
    put(m, "repeat_interleave", OpRegistryMore::repeatInterleave);
    put(m, "repeat_interleave_counts", a -> Torch.repeat_interleave(a.t(0)));
    put(m, "broadcast_to", a -> Torch.broadcast_to(a.t(0), a.shape(1)));
    put(m, "meshgrid", a -> a.has(1)
        ? Torch.meshgrid(a.tensors(0), a.str(1)) : Torch.meshgrid(a.tensors(0).toArray(new Tensor[0])));
    put(m, "amax", a -> amaxAmin(a, true));
    put(m, "amin", a -> amaxAmin(a, false));
    put(m, "median", a -> !a.has(1) ? Torch.median(a.t(0))
        : a.has(2) ? Torch.median(a.t(0), a.i(1), a.b(2)) : Torch.median(a.t(0), a.i(1)));
    put(m, "sort", a -> !a.has(1) ? Torch.sort(a.t(0))
        : a.has(2) ? Torch.sort(a.t(0), a.i(1), a.b(2)) : Torch.sort(a.t(0), a.i(1)));
    put(m, "sort_stable", a -> Torch.sort(a.t(0), true, a.i(1), a.b(2)));
    put(m, "argsort", a -> !a.has(1) ? Torch.argsort(a.t(0))
        : a.has(2) ? Torch.argsort(a.t(0), a.i(1), a.b(2)) : Torch.argsort(a.t(0), a.i(1)));
    put(m, "topk", a -> !a.has(2) ? Torch.topk(a.t(0), a.l(1))
        : a.has(4) ? Torch.topk(a.t(0), a.l(1), a.i(2), a.b(3), a.b(4))
        : a.has(3) ? Torch.topk(a.t(0), a.l(1), a.i(2), a.b(3)) : Torch.topk(a.t(0), a.l(1), a.i(2)));
    put(m, "argsort_stable", a -> Torch.argsort(a.t(0), true, a.i(1), a.b(2)));
    put(m, "unique", a -> !a.has(1) ? Torch.unique(a.t(0)) : unique(a));
    put(m, "outer", a -> Torch.outer(a.t(0), a.t(1)));
    put(m, "cross", a -> a.has(2) ? Torch.cross(a.t(0), a.t(1), a.i(2)) : Torch.cross(a.t(0), a.t(1)));
    put(m, "einsum", a -> Torch.einsum(a.str(0), a.tensors(1).toArray(new Tensor[0])));
    put(m, "trace", a -> Torch.trace(a.t(0)));
    put(m, "det", a -> Torch.det(a.t(0)));
    put(m, "inverse", a -> Torch.inverse(a.t(0)));
    put(m, "erf", a -> Torch.erf(a.t(0)));
    put(m, "erf_", a -> a.t(0).erf_());
    put(m, "isinf", a -> Torch.isinf(a.t(0)));
    put(m, "isfinite", a -> Torch.isfinite(a.t(0)));
    put(m, "nan_to_num", a -> !a.has(1) ? Torch.nan_to_num(a.t(0))
        : Torch.nan_to_num(a.t(0), optD(a, 1), optD(a, 2), optD(a, 3)));
    put(m, "new_zeros", a -> a.t(0).new_zeros(a.shape(1)));
    put(m, "new_ones", a -> a.t(0).new_ones(a.shape(1)));
    put(m, "new_full", OpRegistryMore::newFull);
    put(m, "new_tensor", a -> a.t(0).new_tensor(a.get(1)));
    put(m, "type", a -> a.t(0).type(a.dtype(1)));
    put(m, "data", a -> a.t(0).data());
    put(m, "constant", OpRegistryMore::constant);
    put(m, "diagonal", a -> a.has(1)
        ? Torch.diagonal(a.t(0), a.l(1), a.has(2) ? a.i(2) : 0, a.has(3) ? a.i(3) : 1)
        : Torch.diagonal(a.t(0)));
    put(m, "argwhere", a -> Torch.argwhere(a.t(0)));
    put(m, "fliplr", a -> Torch.fliplr(a.t(0)));
    put(m, "flipud", a -> Torch.flipud(a.t(0)));
    put(m, "count_nonzero", a -> !a.has(1) ? Torch.count_nonzero(a.t(0))
        : a.isInts(1) ? Torch.count_nonzero(a.t(0), a.dims(1)) : Torch.count_nonzero(a.t(0), a.i(1)));
    put(m, "index_add", a -> a.has(4)
        ? Torch.index_add(a.t(0), a.i(1), a.t(2), a.t(3), a.d(4)) : Torch.index_add(a.t(0), a.i(1), a.t(2), a.t(3)));
    put(m, "index_add_", a -> a.t(0).index_add_(a.i(1), a.t(2), a.t(3)));
    put(m, "index_fill", a -> a.get(3) instanceof Long l
        ? Torch.index_fill(a.t(0), a.i(1), a.t(2), l.longValue()) : Torch.index_fill(a.t(0), a.i(1), a.t(2), a.d(3)));
    put(m, "index_fill_", a -> a.get(3) instanceof Long l
        ? a.t(0).index_fill_(a.i(1), a.t(2), l.longValue()) : a.t(0).index_fill_(a.i(1), a.t(2), a.d(3)));
    put(m, "take", a -> Torch.take(a.t(0), a.t(1)));
    put(m, "type_name", a -> a.t(0).type(a.str(1)));
    put(m, "unique_dim", a -> {
      Tensor[] r = Torch.unique(a.t(0), true, a.b(2), a.b(3), a.i(1));
      return r.length == 1 ? r[0] : List.of(r);
    });
    put(m, "linalg_cross", a -> Torch.linalg_cross(a.t(0), a.t(1)));
    put(m, "linalg_det", a -> Torch.linalg_det(a.t(0)));
    put(m, "linalg_inv", a -> Torch.linalg_inv(a.t(0)));
    put(m, "scatter_reduce", a -> Torch.scatter_reduce(a.t(0), a.i(1), a.t(2), a.t(3), a.str(4), a.b(5)));
    put(m, "scatter_reduce_", a -> a.t(0).scatter_reduce_(a.i(1), a.t(2), a.t(3), a.str(4), a.b(5)));
    put(m, "scatter_reduce_arg", a -> Torch.scatter(a.t(0), a.i(1), a.t(2), a.t(3), a.str(4)));
    put(m, "diag_embed", a -> !a.has(1) ? Torch.diag_embed(a.t(0))
        : Torch.diag_embed(a.t(0), a.l(1), a.has(2) ? a.i(2) : -2, a.has(3) ? a.i(3) : -1));
    put(m, "take_along_dim", a -> a.has(2)
        ? Torch.take_along_dim(a.t(0), a.t(1), a.i(2)) : Torch.take_along_dim(a.t(0), a.t(1)));
    put(m, "bincount", a -> !a.has(1) ? Torch.bincount(a.t(0))
        : Torch.bincount(a.t(0), a.optTensor(1), a.has(2) ? a.l(2) : 0));
    put(m, "diff", a -> !a.has(1) ? Torch.diff(a.t(0))
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

  /** Adds one op; a name another table already uses fails loudly rather than replacing it. */
  private static <T> void put(Map<String, T> m, String name, T op) {
    if (m.putIfAbsent(name, op) != null) {
      throw new IllegalStateException("op name registered twice: " + name);
    }
  }
}
