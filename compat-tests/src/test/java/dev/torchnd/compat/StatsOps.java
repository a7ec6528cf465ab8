package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Args;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_stats.json} ({@code recorder/record_ops_stats.py}, whose
 * docstring defines each op name and argument list): var/std/var_mean/std_mean with dims,
 * unbiased and correction, cummax/cummin/logcumsumexp, kthvalue, mode, nanmedian, median on
 * ties, nansum, nanmean, aminmax, msort, quantile/nanquantile, histc, searchsorted, bucketize,
 * cov, corrcoef, unique_consecutive, and mean over several dims. Function forms and method forms alternate so that both are replayed. Registered through
 * {@link OpRegistry#OPS}.
 */
final class StatsOps {
  private StatsOps() {}

  /** Which of var, std, var_mean, std_mean. */
  private enum Stat {
    VAR, STD, VAR_MEAN, STD_MEAN
  }

  static void addTo(Map<String, Op> m) {
    m.put("var_dims", a -> stat(a, Stat.VAR));
    m.put("std_dims", a -> stat(a, Stat.STD));
    m.put("var_mean_dims", a -> stat(a, Stat.VAR_MEAN));
    m.put("std_mean_dims", a -> stat(a, Stat.STD_MEAN));
    m.put("cummax", a -> Torch.cummax(a.t(0), a.i(1)));
    m.put("cummin", a -> a.t(0).cummin(a.i(1)));
    m.put("logcumsumexp", a -> a.t(0).numel() % 2 == 0 ? Torch.logcumsumexp(a.t(0), a.i(1))
        : a.t(0).logcumsumexp(a.i(1)));
    m.put("kthvalue", a -> !a.has(2) ? a.t(0).kthvalue(a.l(1))
        : !a.has(3) ? Torch.kthvalue(a.t(0), a.l(1), a.i(2))
        : a.t(0).kthvalue(a.l(1), a.i(2), a.b(3)));
    m.put("mode", a -> !a.has(1) ? Torch.mode(a.t(0))
        : !a.has(2) ? a.t(0).mode(a.i(1)) : Torch.mode(a.t(0), a.i(1), a.b(2)));
    m.put("nanmedian", a -> !a.has(1) ? Torch.nanmedian(a.t(0))
        : !a.has(2) ? a.t(0).nanmedian(a.i(1)) : Torch.nanmedian(a.t(0), a.i(1), a.b(2)));
    m.put("median_ties", a -> !a.has(1) ? a.t(0).median()
        : !a.has(2) ? Torch.median(a.t(0), a.i(1)) : a.t(0).median(a.i(1), a.b(2)));
    m.put("nansum", a -> nan(a, true));
    m.put("nanmean", a -> nan(a, false));
    m.put("aminmax", a -> !a.has(1) ? a.t(0).aminmax()
        : a.isNone(1) ? Torch.aminmax(a.t(0), null, a.b(2))
        : a.b(2) ? a.t(0).aminmax(a.i(1), true)
        : a.t(0).numel() % 2 == 0 ? Torch.aminmax(a.t(0), a.i(1)) : a.t(0).aminmax(a.i(1)));
    m.put("msort", a -> a.t(0).numel() % 2 == 0 ? Torch.msort(a.t(0)) : a.t(0).msort());
    m.put("quantile", a -> quantile(a, false));
    m.put("nanquantile", a -> quantile(a, true));
    m.put("histc", a -> !a.has(1) ? a.t(0).histc()
        : !a.has(2) ? Torch.histc(a.t(0), a.l(1))
        : a.t(0).numel() % 2 == 0 ? Torch.histc(a.t(0), a.l(1), a.d(2), a.d(3))
        : a.t(0).histc(a.l(1), a.d(2), a.d(3)));
    m.put("searchsorted", StatsOps::searchsorted);
    m.put("bucketize", StatsOps::bucketize);
    m.put("mean_dims", a -> a.t(0).mean(a.dims(1), a.b(2)));
    m.put("cov", a -> !a.has(1) ? (a.t(0).numel() % 2 == 0 ? Torch.cov(a.t(0)) : a.t(0).cov())
        : Torch.cov(a.t(0), a.l(1), a.optTensor(2), a.optTensor(3)));
    m.put("corrcoef", a -> a.t(0).numel() % 2 == 0 ? Torch.corrcoef(a.t(0)) : a.t(0).corrcoef());
    m.put("unique_consecutive", a -> !a.has(1)
        ? (a.t(0).numel() % 2 == 0 ? Torch.unique_consecutive(a.t(0)) : a.t(0).unique_consecutive())
        : bare(!a.has(3) ? Torch.unique_consecutive(a.t(0), a.b(1), a.b(2))
            : a.t(0).unique_consecutive(a.b(1), a.b(2), a.i(3))));
  }

  /** (t, q[, dim[, keepdim[, interpolation]]]) with q a float or a tensor; dim may be None. */
  private static Object quantile(Args a, boolean nan) {
    Tensor t = a.t(0);
    Integer dim = !a.has(2) || a.isNone(2) ? null : a.i(2);
    boolean k = a.has(3) && a.b(3);
    if (a.isT(1)) {
      Tensor q = a.t(1);
      if (a.has(4)) {
        return nan ? Torch.nanquantile(t, q, dim, k, a.str(4)) : t.quantile(q, dim, k, a.str(4));
      }
      if (a.has(3)) {
        return nan ? t.nanquantile(q, dim, k) : Torch.quantile(t, q, dim, k);
      }
      if (a.has(2)) {
        return nan ? Torch.nanquantile(t, q, dim) : t.quantile(q, dim);
      }
      return nan ? t.nanquantile(q) : Torch.quantile(t, q);
    }
    double q = a.d(1);
    if (a.has(4)) {
      return nan ? t.nanquantile(q, dim, k, a.str(4)) : Torch.quantile(t, q, dim, k, a.str(4));
    }
    if (a.has(3)) {
      return nan ? Torch.nanquantile(t, q, dim, k) : t.quantile(q, dim, k);
    }
    if (a.has(2)) {
      return nan ? t.nanquantile(q, dim) : Torch.quantile(t, q, dim);
    }
    return nan ? Torch.nanquantile(t, q) : t.quantile(q);
  }

  /** (seq, t|int|float[, out_int32, right[, side|None, sorter|None]]). */
  private static Object searchsorted(Args a) {
    Tensor seq = a.t(0);
    boolean o = a.has(2) && a.b(2);
    boolean r = a.has(3) && a.b(3);
    Object v = a.get(1);
    if (v instanceof Long l) {
      return a.has(2) ? Torch.searchsorted(seq, l.longValue(), o, r) : Torch.searchsorted(seq, l.longValue());
    }
    if (v instanceof Double d) {
      return a.has(2) ? Torch.searchsorted(seq, d.doubleValue(), o, r) : Torch.searchsorted(seq, d.doubleValue());
    }
    Tensor t = a.t(1);
    if (a.has(4)) {
      return Torch.searchsorted(seq, t, o, r, a.isNone(4) ? null : a.str(4), a.optTensor(5));
    }
    return a.has(2) ? Torch.searchsorted(seq, t, o, r) : Torch.searchsorted(seq, t);
  }

  /** (t|int|float, boundaries[, out_int32, right]). */
  private static Object bucketize(Args a) {
    Tensor b = a.t(1);
    boolean o = a.has(2) && a.b(2);
    boolean r = a.has(3) && a.b(3);
    Object v = a.get(0);
    if (v instanceof Long l) {
      return a.has(2) ? Torch.bucketize(l.longValue(), b, o, r) : Torch.bucketize(l.longValue(), b);
    }
    if (v instanceof Double d) {
      return a.has(2) ? Torch.bucketize(d.doubleValue(), b, o, r) : Torch.bucketize(d.doubleValue(), b);
    }
    return a.has(2) ? Torch.bucketize(a.t(0), b, o, r) : Torch.bucketize(a.t(0), b);
  }

  /** PyTorch returns a bare tensor when neither extra output is asked for. */
  private static Object bare(Tensor[] r) {
    return r.length == 1 ? r[0] : r;
  }

  /** A dims argument: an int, a list, or None (null). */
  private static boolean isInt(Args a, int i) {
    return a.get(i) instanceof Long;
  }

  private static int[] dims(Args a, int i) {
    return a.isNone(i) ? null : a.dims(i);
  }

  private static Object stat(Args a, Stat s) {
    Tensor t = a.t(0);
    boolean fn = s == Stat.VAR_MEAN || s == Stat.STD_MEAN || t.numel() % 2 == 0;
    if (!a.has(1)) {
      return switch (s) {
        case VAR -> fn ? Torch.var(t) : t.var();
        case STD -> fn ? Torch.std(t) : t.std();
        case VAR_MEAN -> Torch.var_mean(t);
        case STD_MEAN -> Torch.std_mean(t);
      };
    }
    if (a.get(1) instanceof Boolean u) {
      return switch (s) {
        case VAR -> fn ? Torch.var(t, u) : t.var(u);
        case STD -> fn ? Torch.std(t, u) : t.std(u);
        case VAR_MEAN -> Torch.var_mean(t, u);
        case STD_MEAN -> Torch.std_mean(t, u);
      };
    }
    boolean one = isInt(a, 1);
    int d = one ? a.i(1) : 0;
    int[] ds = one ? null : dims(a, 1);
    if (!a.has(2)) {
      return switch (s) {
        case VAR -> one ? (fn ? Torch.var(t, d) : t.var(d)) : (fn ? Torch.var(t, ds) : t.var(ds));
        case STD -> one ? (fn ? Torch.std(t, d) : t.std(d)) : (fn ? Torch.std(t, ds) : t.std(ds));
        case VAR_MEAN -> one ? Torch.var_mean(t, d) : Torch.var_mean(t, ds);
        case STD_MEAN -> one ? Torch.std_mean(t, d) : Torch.std_mean(t, ds);
      };
    }
    if (!a.has(3)) {
      boolean u = a.b(2);
      return switch (s) {
        case VAR -> one ? (fn ? Torch.var(t, d, u) : t.var(d, u)) : (fn ? Torch.var(t, ds, u) : t.var(ds, u));
        case STD -> one ? (fn ? Torch.std(t, d, u) : t.std(d, u)) : (fn ? Torch.std(t, ds, u) : t.std(ds, u));
        case VAR_MEAN -> one ? Torch.var_mean(t, d, u) : Torch.var_mean(t, ds, u);
        case STD_MEAN -> one ? Torch.std_mean(t, d, u) : Torch.std_mean(t, ds, u);
      };
    }
    boolean k = a.b(3);
    if (a.get(2) instanceof Boolean u) {
      return switch (s) {
        case VAR -> one ? (fn ? Torch.var(t, d, u, k) : t.var(d, u, k)) : (fn ? Torch.var(t, ds, u, k) : t.var(ds, u, k));
        case STD -> one ? (fn ? Torch.std(t, d, u, k) : t.std(d, u, k)) : (fn ? Torch.std(t, ds, u, k) : t.std(ds, u, k));
        case VAR_MEAN -> one ? Torch.var_mean(t, d, u, k) : Torch.var_mean(t, ds, u, k);
        case STD_MEAN -> one ? Torch.std_mean(t, d, u, k) : Torch.std_mean(t, ds, u, k);
      };
    }
    long c = a.l(2);
    return switch (s) {
      case VAR -> one ? (fn ? Torch.var(t, d, c, k) : t.var(d, c, k)) : (fn ? Torch.var(t, ds, c, k) : t.var(ds, c, k));
      case STD -> one ? (fn ? Torch.std(t, d, c, k) : t.std(d, c, k)) : (fn ? Torch.std(t, ds, c, k) : t.std(ds, c, k));
      case VAR_MEAN -> one ? Torch.var_mean(t, d, c, k) : Torch.var_mean(t, ds, c, k);
      case STD_MEAN -> one ? Torch.std_mean(t, d, c, k) : Torch.std_mean(t, ds, c, k);
    };
  }

  /** nansum / nanmean: (t) | (t, dtype) | (t, dims) | (t, dims, keepdim) | (t, dims, keepdim, dtype). */
  private static Object nan(Args a, boolean sum) {
    Tensor t = a.t(0);
    boolean fn = t.numel() % 2 == 0;
    if (!a.has(1)) {
      return sum ? (fn ? Torch.nansum(t) : t.nansum()) : (fn ? Torch.nanmean(t) : t.nanmean());
    }
    if (a.isDtype(1)) {
      DType dt = a.dtype(1);
      return sum ? (fn ? Torch.nansum(t, dt) : t.nansum(dt)) : (fn ? Torch.nanmean(t, dt) : t.nanmean(dt));
    }
    boolean one = isInt(a, 1);
    int d = one ? a.i(1) : 0;
    int[] ds = one ? null : dims(a, 1);
    if (!a.has(2)) {
      return one ? (sum ? Torch.nansum(t, d) : t.nanmean(d)) : (sum ? t.nansum(ds) : Torch.nanmean(t, ds));
    }
    boolean k = a.b(2);
    if (!a.has(3)) {
      return one ? (sum ? t.nansum(d, k) : Torch.nanmean(t, d, k)) : (sum ? Torch.nansum(t, ds, k) : t.nanmean(ds, k));
    }
    int[] all = one ? new int[] {d} : ds;
    return sum ? Torch.nansum(t, all, k, a.dtype(3)) : t.nanmean(all, k, a.dtype(3));
  }
}
