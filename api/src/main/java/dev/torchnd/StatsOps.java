package dev.torchnd;

import dev.torchnd.spi.StlSort;

/**
 * Statistics and order statistics: var/std (and var_mean/std_mean) over dims with Bessel's
 * {@code unbiased} flag or an integer {@code correction}; the scans cummax, cummin and
 * logcumsumexp; kthvalue, mode, nanmedian, nanmean, nansum, aminmax, msort. Each follows its
 * ATen kernel (ReduceOps.cpp, Sorting.cpp, TensorCompare.cpp and their cpu/ kernels): the check
 * order and error texts, the accumulation type, and the order in which ties are resolved, which
 * fixes the returned indices ({@link StlSort} and {@link #quickSelect} are the algorithms PyTorch
 * calls). Values are selected through {@link IndexOps#take}, so the backward of a selection is
 * the scatter-add PyTorch's {@code value_selecting_reduction_backward} performs.
 */
final class StatsOps {
  private StatsOps() {}

  // ---------------------------------------------------------------- shared helpers

  /** The elements of one tensor for comparisons: doubles for floating dtypes, longs otherwise. */
  private static final class Keys {
    final double[] d;
    final long[] l;

    Keys(Tensor t) {
      if (t.dtype().is_floating_point()) {
        d = t.toDoubleArray();
        l = null;
      } else {
        d = null;
        l = t.toLongArray();
      }
    }

    boolean nan(int p) {
      return d != null && Double.isNaN(d[p]);
    }

    boolean lt(int a, int b) {
      return d != null ? d[a] < d[b] : l[a] < l[b];
    }

    boolean gt(int a, int b) {
      return d != null ? d[a] > d[b] : l[a] > l[b];
    }

    boolean eq(int a, int b) {
      return d != null ? d[a] == d[b] : l[a] == l[b];
    }

    /** {@code this[a] > o[b]} for keys of one dtype. */
    boolean gtOther(int a, Keys o, int b) {
      return d != null ? d[a] > o.d[b] : l[a] > o.l[b];
    }

    /** {@code this[a] >= o[b]} for keys of one dtype. */
    boolean geOther(int a, Keys o, int b) {
      return d != null ? d[a] >= o.d[b] : l[a] >= o.l[b];
    }
  }

  /** Rows along dim {@code d} of a row-major shape: element {@code j} of row {@code r} is {@link #at}. */
  private static final class Rows {
    final int n;
    final int inner;
    final int count;

    Rows(long[] shape, int d) {
      long in = 1;
      for (int i = d + 1; i < shape.length; i++) {
        in *= shape[i];
      }
      long num = Shapes.numel(shape);
      n = Math.toIntExact(shape[d]);
      inner = Math.toIntExact(in);
      count = n == 0 ? 0 : Math.toIntExact(num / n);
    }

    /** Row-major position of element {@code j} of row {@code r} (rows ordered as the reduced output). */
    int at(int r, int j) {
      int o = r / inner;
      int i = r % inner;
      return (o * n + j) * inner + i;
    }
  }

  private static UnsupportedOperationException notImplemented(String kernel, DType t) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + t.scalarTypeName() + "'");
  }

  private static Tensor longs(long[] values, long[] shape, Device device) {
    return Devices.on(device, () -> Torch.tensor(values, shape, DType.int64)); // device support
  }

  /** The output shape of a reduction over {@code d}: kept as 1 with {@code keepdim}, else removed. */
  private static long[] reducedShape(Tensor t, int d, boolean keepdim) {
    if (t.dim() == 0) {
      return new long[0];
    }
    return keepdim ? Reduce.keptShape(t.shape, new int[] {d})
        : Reduce.squeezedShape(t.shape, new int[] {d});
  }

  /** PyTorch's zero_numel_check_dims: a reduction over an empty dim has no value to pick. */
  private static void nonEmptyDim(Tensor t, int d, String fname) {
    if (t.dim() > 0 && t.shape[d] == 0) {
      throw new IndexOutOfBoundsException(
          fname + ": Expected reduction dim " + d + " to have non-zero size.");
    }
  }

  /** Values at row-major positions {@code lin} of {@code self} (gradient scattered back), and their indices. */
  private static ValuesIndices picked(
      String op, Tensor self, long[] shape, long[] lin, long[] idx, String node) {
    Tensor values = IndexOps.take(self, shape, lin, node);
    return new ValuesIndices(op, values, longs(idx, shape, self.device()));
  }

  // ---------------------------------------------------------------- var, std

  /**
   * var or std over {@code dims} (null or empty: all), divided by {@code max(0, N - correction)}
   * as std_var_out does; accumulated in float64 (PyTorch's Welford runs in double) and rounded
   * once. The backward is derivatives.yaml's var_backward / std_backward.
   */
  static Tensor varStd(Tensor t, int[] dims, long correction, boolean keepdim, boolean std,
      String fname, String node) {
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(fname + " only support floating point and complex dtypes");
    }
    int[] d = Reduce.dimsOrAll(t, dims);
    long n = 1;
    for (int k : d) {
      n *= t.shape[k];
    }
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor x = t.detach().castTo(DType.float64);
      Tensor dev = x.sub(Reduce.mean(x, d, true, null));
      Tensor v = Reduce.sum(dev.mul(dev), d, keepdim, null).div((double) Math.max(0, n - correction));
      out = (std ? v.sqrt() : v).castTo(t.dtype());
      if (d.length == 0 || t.dim() == 0) {
        out = out.reshape(keepdim ? Reduce.keptShape(t.shape, d) : new long[0]);
      }
    }
    long[] kept = Reduce.keptShape(t.shape, d);
    long divisor = n - correction;
    Tensor result = out;
    return Autograd.record(
        out,
        node,
        new Tensor[] {t},
        g -> {
          Tensor gk = g.reshape(kept);
          if (std) {
            Tensor r = result.reshape(kept);
            gk = gk.div(r.mul(2.0)).masked_fill(r.eq(0L), 0.0);
          }
          Tensor centred = t.sub(Reduce.mean(t, d, true, null));
          return new Tensor[] {gk.mul(2.0 / divisor).mul(centred)};
        },
        t,
        out);
  }

  /** {@code (var|std, mean)}: torch.var_mean / torch.std_mean. */
  static Tensor[] varMean(Tensor t, int[] dims, long correction, boolean keepdim, boolean std) {
    String node = std ? "StdMeanBackward0" : "VarMeanBackward0";
    Tensor first = varStd(t, dims, correction, keepdim, std, std ? "std_mean" : "var_mean", node);
    int[] d = Reduce.dimsOrAll(t, dims);
    long[] inShape = t.shapeArray();
    long[] kept = Reduce.keptShape(inShape, d);
    long[] shape = first.shapeArray();
    Tensor mean;
    double n;
    if (IndexOps.onDevice(t) && t.numel() > 0) {
      try (var g = new Autograd.NoGrad()) {
        mean = welfordMeansOnDevice(t.detach(), d).reshape(shape).castTo(t.dtype());
      }
      n = (double) t.numel() / Math.max(1, mean.numel());
    } else {
      double[] means = welfordMeans(t.detach(), d);
      mean = Devices.on(t.device(), () -> Torch.tensor(means, shape, t.dtype())); // device support
      n = t.numel() == 0 ? 0 : (double) t.numel() / means.length;
    }
    mean = Autograd.record(
        mean,
        node,
        new Tensor[] {t},
        g -> new Tensor[] {g.reshape(kept).expand(inShape).div(n)});
    return new Tensor[] {first, mean};
  }

  /**
   * The means var_mean returns: WelfordOps' running mean in double over each output's elements in
   * row-major order ({@code mean += (x - mean) / n}), so an infinity followed by a finite value
   * gives NaN as in PyTorch; NaN over no elements.
   */
  private static double[] welfordMeans(Tensor t, int[] d) {
    int nd = t.dim();
    int[] perm = new int[nd];
    boolean[] reduced = new boolean[nd];
    for (int k : d) {
      reduced[k] = true;
    }
    int j = 0;
    long outCount = 1;
    for (int i = 0; i < nd; i++) {
      if (!reduced[i]) {
        perm[j++] = i;
        outCount *= t.shape[i];
      }
    }
    for (int k : d) {
      perm[j++] = k;
    }
    double[] x = (nd == 0 ? t : t.permute(perm)).toDoubleArray();
    double[] out = new double[Math.toIntExact(outCount)];
    int n = out.length == 0 ? 0 : x.length / out.length;
    for (int o = 0; o < out.length; o++) {
      double mean = n == 0 ? Double.NaN : 0;
      for (int i = 0; i < n; i++) {
        mean += (x[o * n + i] - mean) / (i + 1);
      }
      out[o] = mean;
    }
    return out;
  }

  /**
   * {@link #welfordMeans} as float64 tensor ops where {@code t} lives: the plain mean, except
   * where Welford's running mean meets an infinity: one that is the row's last element gives that
   * infinity, any other gives NaN (the next step computes {@code inf - inf}); NaN stays NaN.
   */
  private static Tensor welfordMeansOnDevice(Tensor t, int[] d) {
    int nd = t.dim();
    if (nd == 0) {
      return t.castTo(DType.float64);
    }
    int[] perm = new int[nd];
    boolean[] reduced = new boolean[nd];
    for (int k : d) {
      reduced[k] = true;
    }
    int j = 0;
    long outCount = 1;
    for (int i = 0; i < nd; i++) {
      if (!reduced[i]) {
        perm[j++] = i;
        outCount *= t.shape[i];
      }
    }
    for (int k : d) {
      perm[j++] = k;
    }
    long r = t.numel() / outCount;
    Tensor p = t.permute(perm).contiguous().reshape(outCount, r).castTo(DType.float64);
    Tensor m = p.mean(1);
    Tensor inf = p.isinf();
    Tensor count = inf.sum(1);
    Tensor last = p.select(1, r - 1);
    Tensor special = Torch.where(count.eq(1L).logical_and(last.isinf()), last,
        Torch.full_like(m, Double.NaN));
    return Torch.where(count.eq(0L).logical_or(m.isnan()), m, special);
  }

  // ---------------------------------------------------------------- cummax, cummin, logcumsumexp

  /**
   * Running max (min) along {@code dim} and where it was last reached: cummax_cummin_helper takes
   * an element when it is NaN or {@code >=} ({@code <=}) the running value, so ties move the index
   * forward and a NaN sticks. A 0-d or empty input is returned as is without checking {@code dim},
   * as PyTorch's cummax_out does.
   */
  static ValuesIndices cumExtreme(Tensor self, int dim, boolean max) {
    String op = max ? "cummax" : "cummin";
    String node = max ? "CummaxBackward0" : "CumminBackward0";
    long[] shape = self.shapeArray();
    if (self.dim() == 0) {
      return picked(op, self, shape, new long[] {0}, new long[] {0}, node);
    }
    if (self.numel() == 0) {
      return picked(op, self, shape, new long[0], new long[0], node);
    }
    int d = Shapes.wrapDim(dim, self.dim());
    if (IndexOps.onDevice(self)) {
      return cumExtremeOnDevice(self, d, max, op, node, shape);
    }
    Rows rows = new Rows(shape, d);
    Keys k = new Keys(self.detach());
    long[] lin = new long[Math.toIntExact(self.numel())];
    long[] idx = new long[lin.length];
    for (int r = 0; r < rows.count; r++) {
      int best = rows.at(r, 0);
      int bestJ = 0;
      for (int j = 0; j < rows.n; j++) {
        int p = rows.at(r, j);
        if (k.nan(p) || (!k.nan(best) && (max ? !k.lt(p, best) : !k.gt(p, best)))) {
          best = p;
          bestJ = j;
        }
        lin[p] = best;
        idx[p] = bestJ;
      }
    }
    return picked(op, self, shape, lin, idx, node);
  }

  /**
   * {@link #cumExtreme} as a doubling scan of (value, index) pairs where {@code self} lives: the
   * later element of a pair wins when it is NaN or, the earlier not NaN, {@code >=} ({@code <=})
   * it. That is the maximum under an order with NaN on top and later positions above earlier
   * ones among equals, so the combination is associative and the scan gives the loop's result.
   */
  private static ValuesIndices cumExtremeOnDevice(
      Tensor self, int d, boolean max, String op, String node, long[] shape) {
    long n = shape[d];
    boolean fp = self.dtype().is_floating_point();
    Tensor v;
    Tensor j;
    Tensor lin;
    try (var g = new Autograd.NoGrad()) {
      v = self.detach().contiguous();
      long[] rs = new long[shape.length];
      java.util.Arrays.fill(rs, 1);
      rs[d] = n;
      j = Torch.arange(n, DType.int64, self.device()).reshape(rs).expand(shape).contiguous();
      for (long s = 1; s < n; s *= 2) {
        Tensor ve = v.narrow(d, 0, n - s);
        Tensor je = j.narrow(d, 0, n - s);
        Tensor vl = v.narrow(d, s, n - s);
        Tensor jl = j.narrow(d, s, n - s);
        Tensor later = max ? vl.ge(ve) : vl.le(ve);
        if (fp) {
          later = vl.isnan().logical_or(ve.isnan().logical_not().logical_and(later));
        }
        v = Torch.cat(new Tensor[] {v.narrow(d, 0, s), Torch.where(later, vl, ve)}, d);
        j = Torch.cat(new Tensor[] {j.narrow(d, 0, s), Torch.where(later, jl, je)}, d);
      }
      lin = IndexOps.positions(shape, shape, d, j, n);
    }
    Tensor values = IndexOps.take(self, shape, lin, node);
    return new ValuesIndices(op, values, j);
  }

  /** {@code log(exp(x) + exp(y))} as _log_add_exp_helper: NaN propagates, equal infinities stay. */
  private static double logAddExp(double x, double y) {
    double min = Double.isNaN(y) ? y : (y < x ? y : x);
    double max = Double.isNaN(y) ? y : (x < y ? y : x);
    if (min != max || Double.isFinite(min)) {
      return Math.log1p(Math.exp(min - max)) + max;
    }
    return x;
  }

  /**
   * {@code log(cumsum(exp(x)))} along {@code dim}, accumulated in double (float32 on bfloat16 and
   * float16, PyTorch's CPU acc_type). Backward: derivatives.yaml's logcumsumexp_backward.
   */
  static Tensor logcumsumexp(Tensor self, int dim) {
    int d = Shapes.wrapDim(dim, self.dim());
    DType dt = self.dtype();
    if (!dt.is_floating_point()) {
      throw notImplemented("logcumsumexp_out_cpu", dt);
    }
    long[] shape = self.shapeArray();
    boolean lowAcc = dt == DType.float16 || dt == DType.bfloat16;
    if (!lowAcc && IndexOps.onDevice(self) && self.dim() > 0 && self.numel() > 0) {
      Tensor out;
      try (var g = new Autograd.NoGrad()) {
        out = logcumsumexpScan(self.detach().castTo(DType.float64), d).castTo(dt);
      }
      return Autograd.record(
          out,
          "LogcumsumexpBackward0",
          new Tensor[] {self},
          g -> new Tensor[] {logcumsumexpBackward(g, self, out, d)},
          self,
          out);
    }
    double[] x = self.detach().toDoubleArray();
    double[] y = new double[x.length];
    if (self.dim() == 0) {
      y[0] = x[0];
    } else if (x.length > 0) {
      Rows rows = new Rows(shape, d);
      for (int r = 0; r < rows.count; r++) {
        double cum = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < rows.n; j++) {
          int p = rows.at(r, j);
          cum = logAddExp(x[p], cum);
          if (lowAcc) {
            cum = (float) cum;
          }
          y[p] = cum;
        }
      }
    }
    Tensor out = Devices.on(self.device(), () -> Torch.tensor(y, shape, dt)); // device support
    return Autograd.record(
        out,
        "LogcumsumexpBackward0",
        new Tensor[] {self},
        g -> new Tensor[] {logcumsumexpBackward(g, self, out, d)},
        self,
        out);
  }

  /**
   * The running {@link #logAddExp} along {@code d} as tensor ops where {@code x} lives (float64):
   * Hillis-Steele doubling, log2(n) steps each combining every element with the one {@code s}
   * before it. The combination is associative up to rounding, so values agree with the
   * sequential host loop to float64 rounding.
   */
  private static Tensor logcumsumexpScan(Tensor x, int d) {
    long n = x.shape[d];
    Tensor y = x;
    for (long s = 1; s < n; s *= 2) {
      Tensor head = y.narrow(d, 0, s);
      Tensor combined = logAddExp(y.narrow(d, s, n - s), y.narrow(d, 0, n - s));
      y = Torch.cat(new Tensor[] {head, combined}, d);
    }
    return y;
  }

  /** {@link #logAddExp(double, double)} elementwise: NaN propagates, equal infinities stay. */
  private static Tensor logAddExp(Tensor a, Tensor b) {
    Tensor mn = Torch.minimum(a, b);
    Tensor mx = Torch.maximum(a, b);
    Tensor r = mn.sub(mx).exp().log1p().add(mx);
    return Torch.where(mn.eq(mx).logical_and(mn.isinf()), a, r);
  }

  /** The most negative finite value of a floating dtype ({@code std::numeric_limits::lowest}). */
  private static double lowest(DType t) {
    if (t == DType.float64) {
      return -Double.MAX_VALUE;
    }
    if (t == DType.float16) {
      return -65504.0;
    }
    return t == DType.bfloat16 ? -3.3895313892515355e38 : -Float.MAX_VALUE;
  }

  /** FunctionsManual.cpp's logcumsumexp_backward: positive and negative parts of grad in log space. */
  private static Tensor logcumsumexpBackward(Tensor g, Tensor self, Tensor result, int d) {
    if (g.dim() == 0 || g.numel() == 0) {
      return g;
    }
    double min = lowest(g.dtype());
    Tensor logPos = Torch.where(g.gt(0L), g.log(), min);
    Tensor logNeg = Torch.where(g.lt(0L), g.neg().log(), min);
    Tensor pos = reverseLogcumsumexp(logPos.sub(result), d).add(self).exp();
    Tensor neg = reverseLogcumsumexp(logNeg.sub(result), d).add(self).exp();
    return pos.sub(neg);
  }

  private static Tensor reverseLogcumsumexp(Tensor x, int d) {
    return logcumsumexp(x.flip(d), d).flip(d);
  }

  // ---------------------------------------------------------------- kthvalue

  /**
   * Sorting.cpp's quick_select_template (Sedgewick's partition with a median-of-three pivot) over
   * the ids {@code a}, NaN above every number; leaves the {@code k}-th smallest at {@code a[k]}.
   */
  static void quickSelect(int[] a, int k, Keys v) {
    int l = 0;
    int r = a.length - 1;
    while (true) {
      if (r <= l) {
        return;
      }
      if (r == l + 1) {
        if (gtOrNan(v, a[l], a[r])) {
          swap(a, l, r);
        }
        return;
      }
      int p = (l + r) >>> 1;
      swap(a, p, l + 1);
      if (gtOrNan(v, a[l + 1], a[r])) {
        swap(a, l + 1, r);
      }
      if (gtOrNan(v, a[l], a[r])) {
        swap(a, l, r);
      }
      if (gtOrNan(v, a[l + 1], a[l])) {
        swap(a, l + 1, l);
      }
      int i = l + 1;
      int j = r;
      int piv = a[l];
      while (true) {
        do {
          i++;
        } while (gtOrNan(v, piv, a[i]));
        do {
          j--;
        } while (gtOrNan(v, a[j], piv));
        if (j < i) {
          break;
        }
        swap(a, i, j);
      }
      swap(a, l, j);
      if (j <= k) {
        l = i;
      }
      if (j >= k) {
        r = j - 1;
      }
    }
  }

  private static boolean gtOrNan(Keys v, int x, int y) {
    return (v.nan(x) && !v.nan(y)) || v.gt(x, y);
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The {@code k}-th smallest along {@code dim} (NaN largest) and its index: kthvalue_out_impl_cpu. */
  static ValuesIndices kthvalue(Tensor self, long k, int dim, boolean keepdim) {
    int d = Shapes.wrapDim(dim, self.dim());
    nonEmptyDim(self, d, "kthvalue()");
    long size = self.dim() == 0 ? 1 : self.shape[d];
    if (k < 1 || k > size) {
      throw new IllegalArgumentException(
          "kthvalue(): selected number k out of range for dimension " + d);
    }
    if (self.dtype() == DType.bool) {
      throw notImplemented("kthvalue_cpu", self.dtype());
    }
    if (self.dim() > 0 && IndexOps.onDevice(self)) {
      return DeviceSelect.kthvalue(self, k, d, keepdim); // issue 15: quickselect as device ops
    }
    return selectAlongDim(self, d, keepdim, "kthvalue", "KthvalueBackward0", (rows, r, v, ids) -> {
      for (int j = 0; j < rows.n; j++) {
        ids[j] = rows.at(r, j);
      }
      quickSelect(ids, (int) k - 1, v);
      return ids[(int) k - 1];
    });
  }

  /** Chooses, in row {@code r}, the storage position of the element a selection returns. */
  private interface RowPick {
    int pick(Rows rows, int r, Keys v, int[] ids);
  }

  /**
   * The scaffold kthvalue, mode and nanmedian share: one element picked per row along {@code d}
   * ({@code ids} is scratch of the row's length), returned as values and indices.
   */
  private static ValuesIndices selectAlongDim(
      Tensor self, int d, boolean keepdim, String name, String node, RowPick pick) {
    long[] shape = reducedShape(self, d, keepdim);
    if (self.dim() == 0) {
      return picked(name, self, shape, new long[] {0}, new long[] {0}, node);
    }
    Rows rows = new Rows(self.shape, d);
    long[] lin = new long[Math.toIntExact(Shapes.numel(shape))];
    long[] idx = new long[lin.length];
    if (lin.length > 0) {
      Keys v = new Keys(self.detach());
      int[] ids = new int[rows.n];
      for (int r = 0; r < rows.count; r++) {
        lin[r] = pick.pick(rows, r, v, ids);
        idx[r] = (lin[r] - rows.at(r, 0)) / rows.inner;
      }
    }
    return picked(name, self, shape, lin, idx, node);
  }

  // ---------------------------------------------------------------- mode

  /**
   * The most frequent value along {@code dim} (the smallest among equally frequent ones) and an
   * index of it: mode_kernel_impl sorts (value, index) pairs with std::sort by value and takes
   * the index of the last pair of the winning run, so the index is where std::sort leaves it.
   */
  static ValuesIndices mode(Tensor self, int dim, boolean keepdim) {
    int d = Shapes.wrapDim(dim, self.dim());
    nonEmptyDim(self, d, "mode()");
    return selectAlongDim(self, d, keepdim, "mode", "ModeBackward0", (rows, r, v, ids) -> {
      for (int j = 0; j < rows.n; j++) {
        ids[j] = rows.at(r, j);
      }
      StlSort.sort(ids, 0, rows.n, v::lt);
      int best = ids[0];
      long maxFreq = 0;
      long freq = 0;
      for (int i = 0; i < rows.n; i++) {
        freq++;
        if (i == rows.n - 1 || !v.eq(ids[i], ids[i + 1])) {
          if (freq > maxFreq) {
            best = ids[i];
            maxFreq = freq;
          }
          freq = 0;
        }
      }
      return best;
    });
  }

  // ---------------------------------------------------------------- nanmedian

  /** nth_element's comparator in median_impl / median_with_indices_impl for nanmedian. */
  private static StlSort.Less nanLast(Keys v, boolean byIndex) {
    return (a, b) -> v.lt(a, b) || (byIndex && v.eq(a, b) && a < b) || (v.nan(b) && !v.nan(a));
  }

  /** The lower median of the non-NaN elements (NaN when all are): median_impl with ignore_nan. */
  static Tensor nanmedian(Tensor self) {
    if (self.dtype() == DType.bool) {
      throw notImplemented("median_cpu", self.dtype());
    }
    long[] none = new long[0];
    Tensor out;
    if (self.numel() == 0) {
      out = nanScalar(self);
    } else if (IndexOps.onDevice(self)) {
      out = DeviceSelect.medianValue(self, true); // issue 15: the pick as device ops
    } else {
      Tensor flat = self.detach().reshape(-1);
      Keys v = new Keys(flat);
      int n = Math.toIntExact(flat.numel());
      int[] ids = new int[n];
      int nans = 0;
      for (int i = 0; i < n; i++) {
        ids[i] = i;
        nans += v.nan(i) ? 1 : 0;
      }
      int nth = (n - nans - 1) / 2;
      StlSort.nthElement(ids, 0, nth, n, nanLast(v, false));
      out = IndexOps.take(flat, none, new long[] {ids[nth]}, "TakeBackward0");
    }
    long[] inShape = self.shapeArray();
    Tensor result = out;
    return Autograd.record(
        out,
        "NanmedianBackward0",
        new Tensor[] {self},
        g -> new Tensor[] {SortOps.evenly(g, self, result, inShape)},
        self,
        out);
  }

  /**
   * A 0-d NaN of {@code self}'s dtype on its device, as median_impl's {@code fill_(NAN)} of an
   * empty input: an integral result holds what the C++ cast of NaN gives on x86.
   */
  static Tensor nanScalar(Tensor self) {
    long[] none = new long[0];
    return Devices.on(self.device(), () -> self.dtype().is_floating_point() // device support
        ? Torch.full(none, Double.NaN, self.dtype())
        : Torch.tensor(new long[] {nanAsIntegral(self.dtype())}, none, self.dtype()));
  }

  private static long nanAsIntegral(DType t) {
    if (t == DType.int64) {
      return Long.MIN_VALUE;
    }
    return t == DType.int32 ? Integer.MIN_VALUE : 0;
  }

  /** Lower medians of the non-NaN elements along {@code dim}, and their indices. */
  static ValuesIndices nanmedian(Tensor self, int dim, boolean keepdim) {
    int d = Shapes.wrapDim(dim, self.dim());
    nonEmptyDim(self, d, "median()");
    if (self.dtype() == DType.bool) {
      throw notImplemented("median_out", self.dtype());
    }
    if (self.dim() > 0 && IndexOps.onDevice(self)) {
      return DeviceSelect.median(self, d, keepdim, true, "nanmedian", "NanmedianBackward1");
    }
    return selectAlongDim(self, d, keepdim, "nanmedian", "NanmedianBackward1", (rows, r, v, ids) -> {
      int nans = 0;
      for (int j = 0; j < rows.n; j++) {
        ids[j] = j;
        nans += v.nan(rows.at(r, j)) ? 1 : 0;
      }
      StlSort.Less less = (x, y) -> {
        int px = rows.at(r, x);
        int py = rows.at(r, y);
        return v.lt(px, py) || (v.eq(px, py) && x < y) || (v.nan(py) && !v.nan(px));
      };
      int nth = (rows.n - nans - 1) / 2;
      StlSort.nthElement(ids, 0, nth, rows.n, less);
      return rows.at(r, ids[nth]);
    });
  }

  // ---------------------------------------------------------------- nansum, nanmean

  /** Sum treating NaN as zero; integral inputs are plain sums (int64 unless {@code dtype}). */
  static Tensor nansum(Tensor t, int[] dims, boolean keepdim, DType dtype) {
    if (!t.dtype().is_floating_point()) {
      return Reduce.sum(t, dims, keepdim, dtype);
    }
    Reduce.dimsOrAll(t, dims); // make_reduction checks the dims before the kernel's dtype
    DType out = dtype != null ? dtype : t.dtype();
    if (!out.is_floating_point()) {
      throw notImplemented("nansum_cpu", out);
    }
    Tensor zeroed = t.masked_fill(t.isnan(), 0.0);
    return Autograd.rename(Reduce.sum(zeroed, dims, keepdim, out), "NansumBackward0");
  }

  /** {@code nansum / count of non-NaN}, as ReduceOps.cpp's nanmean composes it (DivBackward0). */
  static Tensor nanmean(Tensor t, int[] dims, boolean keepdim, DType dtype) {
    if (!t.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "nanmean(): expected input to have floating point dtype but got "
              + t.dtype().scalarTypeName());
    }
    Tensor factor = Reduce.sum(t.isnan().logical_not(), dims, keepdim, null);
    return nansum(t, dims, keepdim, dtype).div(factor);
  }

  // ---------------------------------------------------------------- aminmax, msort

  /**
   * {@code (min, max)} over all elements ({@code dim} null) or along {@code dim}; PyTorch 1.13
   * has no derivative for aminmax, so both results carry a node whose backward raises.
   */
  static Tensor[] aminmax(Tensor self, Integer dim, boolean keepdim) {
    long[] shape;
    int[] dims;
    if (dim != null) {
      int d = Shapes.wrapDim(dim, self.dim());
      nonEmptyDim(self, d, "aminmax");
      dims = self.dim() == 0 ? null : new int[] {d};
      // get_reduction_shape keeps a size-1 dim even for a 0-d input
      shape = self.dim() == 0 ? (keepdim ? new long[] {1} : new long[0])
          : reducedShape(self, d, keepdim);
    } else {
      if (self.numel() == 0) {
        throw new IllegalArgumentException(
            "aminmax(): cannot compute aminmax over an empty dimension as the operation has no"
                + " identity.");
      }
      dims = null;
      shape = keepdim ? Reduce.keptShape(self.shape, Reduce.allDims(self.dim())) : new long[0];
    }
    Tensor min;
    Tensor max;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      Tensor x = self.detach();
      min = SortOps.amaxAmin(x, dims, false, false).reshape(shape).contiguous();
      max = SortOps.amaxAmin(x, dims, false, true).reshape(shape).contiguous();
    }
    return new Tensor[] {notImplemented("aminmax", min, self), notImplemented("aminmax", max, self)};
  }

  /** PyTorch's NotImplemented node: the result requires grad, its backward raises. */
  private static Tensor notImplemented(String op, Tensor out, Tensor input) {
    return Autograd.record(
        out,
        "torch::autograd::NotImplemented",
        new Tensor[] {input},
        g -> {
          throw new IllegalStateException("derivative for aten::" + op + " is not implemented");
        });
  }

  /** {@code sort(dim=0).values}: ATen's msort. */
  static Tensor msort(Tensor self) {
    return SortOps.sort(self, 0, false, false, false).values();
  }

  // ---------------------------------------------------------------- quantile, nanquantile

  /** get_quantile_interpolation_mode's names, checked before anything else. */
  private static String interpolation(String mode) {
    switch (mode) {
      case "linear", "lower", "higher", "midpoint", "nearest" -> {
        return mode;
      }
      default -> throw new IllegalArgumentException(
          "quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but"
              + " got " + mode);
    }
  }

  /** quantile with a float {@code q}: range-checked, then a 0-d tensor of the input's dtype. */
  static Tensor quantile(Tensor self, double q, Integer dim, boolean keepdim, String mode,
      boolean ignoreNan) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException(
          "quantile() q must be in the range [0, 1] but got " + Sampling.cpp(q));
    }
    String m = interpolation(mode);
    Tensor qt = Devices.on(self.device(), () -> Torch.full(new long[0], q, self.dtype())); // device support
    return quantile(self, qt, dim, keepdim, m, ignoreNan);
  }

  /**
   * Sorting.cpp's quantile_impl, step for step in tensor ops (so the gradient flows through sort,
   * gather and lerp as in PyTorch): ranks {@code q * (n - 1)} (of the non-NaN count for
   * nanquantile; a NaN row gives NaN), rounded per {@code mode}, then the neighbours lerped.
   */
  static Tensor quantile(Tensor self, Tensor q, Integer dimOpt, boolean keepdim, String mode,
      boolean ignoreNan) {
    String m = interpolation(mode);
    int dim = Shapes.wrapDim(dimOpt == null ? 0 : dimOpt, self.dim());
    if (self.numel() == 0) {
      throw new IllegalArgumentException("quantile() input tensor must be non-empty");
    }
    if (q.dim() > 1) {
      throw new IllegalArgumentException("quantile() q must be a scalar or 1D tensor");
    }
    if (self.dtype() != DType.float32 && self.dtype() != DType.float64) {
      throw new IllegalArgumentException(
          "quantile() input tensor must be either float or double dtype");
    }
    if (self.dtype() != q.dtype()) {
      throw new IllegalArgumentException(
          "quantile() q tensor must be same dtype as the input tensor");
    }
    java.util.List<Long> outShape = new java.util.ArrayList<>();
    if (dimOpt != null && self.dim() > 0) {
      for (int i = 0; i < self.dim(); i++) {
        if (i != dim) {
          outShape.add(self.shape[i]);
        } else if (keepdim) {
          outShape.add(1L);
        }
      }
    } else if (keepdim) {
      for (int i = 0; i < self.dim(); i++) {
        outShape.add(1L);
      }
    }
    if (q.dim() > 0) {
      outShape.add(0, q.numel());
    }
    if (!q.ge(0L).logical_and(q.le(1L)).all().booleanValue()) {
      throw new IllegalArgumentException("quantile() q values must be in the range [0, 1]");
    }
    Tensor sorted;
    if (dimOpt == null) {
      sorted = self.flatten().sort().values();
    } else if (dim == self.dim() - 1) {
      sorted = self.sort().values();
    } else {
      sorted = self.unsqueeze(-1).transpose(dim, -1).sort().values();
    }
    if (q.dim() == 0) {
      outShape.add(0, 1L);
    }
    long[] inShape = new long[outShape.size()];
    for (int i = 1; i < outShape.size(); i++) {
      inShape[i - 1] = outShape.get(i);
    }
    long n = sorted.shape[sorted.dim() - 1];
    inShape[inShape.length - 1] = n;
    sorted = sorted.view(inShape);
    Tensor ranks;
    if (ignoreNan) {
      ranks = q.mul(sorted.isnan().logical_not().sum(-1, true).sub(1L));
      ranks = ranks.masked_fill(ranks.lt(0L), 0L);
    } else {
      long last = n - 1;
      Tensor nan = sorted.isnan().any(-1, true);
      long[] b = Shapes.broadcast(q.shapeArray(), nan.shapeArray());
      ranks = q.mul(last).expand(b).masked_fill(nan.expand(b), last);
    }
    switch (m) {
      case "lower" -> ranks = ranks.floor();
      case "higher" -> ranks = ranks.ceil();
      case "nearest" -> ranks = ranks.round();
      default -> { }
    }
    Tensor below = ranks.to(DType.int64);
    Tensor values = sorted.gather(-1, below);
    if (m.equals("linear") || m.equals("midpoint")) {
      Tensor weights = m.equals("midpoint") ? Torch.full_like(ranks, 0.5) : ranks.sub(below);
      Tensor above = sorted.gather(-1, ranks.ceil().to(DType.int64));
      values = values.lerp(above, weights);
    }
    values = q.dim() == 0 ? values.squeeze(-1) : values.unsqueeze(0).transpose(0, -1).squeeze(-1);
    return Autograd.rename(values, "SqueezeBackward3");
  }

  // ---------------------------------------------------------------- histc

  /**
   * Counts in {@code bins} equal-width bins over {@code [min, max]} (the data's range when they
   * are equal), as PyTorch 1.13's CPU histc: elements outside are skipped, the bin is {@code
   * (x - lo) / (hi - lo) * bins} in the input's dtype, the top edge joins the last bin, and a NaN
   * lands in the first bin.
   */
  static Tensor histc(Tensor self, long bins, double min, double max) {
    DType dt = self.dtype();
    if (bins <= 0) {
      throw new IllegalArgumentException(
          "torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
    }
    double lo = min;
    double hi = max;
    if (lo == hi && self.numel() > 0) {
      Tensor[] mm = aminmax(self.detach(), null, false);
      lo = mm[0].doubleValue();
      hi = mm[1].doubleValue();
    }
    if (lo == hi) {
      lo -= 1;
      hi += 1;
    }
    if (Double.isInfinite(lo) || Double.isInfinite(hi) || Double.isNaN(lo) || Double.isNaN(hi)) {
      // NaN from the data prints as x86's default NaN, which has the sign bit set
      throw new IllegalArgumentException("torch.histc: range of [" + cppEdge(lo) + ", "
          + cppEdge(hi) + "] is not finite");
    }
    if (!(lo < hi)) {
      throw new IllegalArgumentException("torch.histc: max must be larger than min");
    }
    if (dt == DType.bool) {
      throw notImplemented("linspace_cpu", dt); // the bin edges are made in the input's dtype
    }
    if (!dt.is_floating_point()) {
      throw notImplemented("histogram_cpu", dt);
    }
    boolean f64 = dt == DType.float64;
    double left = round(lo, dt);
    double right = round(hi, dt);
    if (IndexOps.onDevice(self) && (dt == DType.float32 || f64) && self.numel() > 0) {
      return histcOnDevice(self.detach(), bins, left, right, f64);
    }
    double[] x = self.detach().toDoubleArray();
    double[] counts = new double[Math.toIntExact(bins)];
    for (double v : x) {
      if (Double.isNaN(v)) {
        // the kernel's int64 cast of NaN is INT64_MIN, whose offset wraps to the first bin
        counts[0] += 1;
        continue;
      }
      if (v < left || v > right) {
        continue;
      }
      long pos = f64 ? (long) ((v - left) / (right - left) * bins)
          : (long) round(round(round(v - left, dt) / round(right - left, dt), dt) * bins, dt);
      if (pos == bins) {
        pos -= 1; // the last bin includes its right edge
      }
      counts[(int) pos] += 1;
    }
    return Devices.on(self.device(), () -> Torch.tensor(counts, new long[] {bins}, dt)); // device support
  }

  /**
   * The host loop's bins as tensor ops where {@code x} lives (float32 or float64, each step in
   * the input's dtype as the kernel computes): the bin of each element, NaN to the first, those
   * outside {@code [left, right]} weighted 0, then one index_add_ of the weights.
   */
  private static Tensor histcOnDevice(Tensor x, long bins, double left, double right, boolean f64) {
    DType dt = x.dtype();
    try (var g = new Autograd.NoGrad()) {
      Tensor flat = x.reshape(-1);
      Tensor nan = flat.isnan();
      Tensor inside = flat.ge(left).logical_and(flat.le(right));
      Tensor pos;
      if (f64) {
        pos = flat.sub(left).div(right - left).mul((double) bins);
      } else {
        // (float) ((float) (v - left) / (float) (right - left)) * bins, each rounded to float32.
        Tensor width = Torch.full_like(flat, right - left).castTo(dt);
        pos = flat.sub(left).div(width).mul((double) bins);
      }
      Tensor safe = pos.masked_fill(inside.logical_not(), 0.0);
      Tensor bin = safe.castTo(DType.int64);
      bin = bin.masked_fill(bin.eq(bins), bins - 1).masked_fill(nan, 0L);
      Tensor weight = inside.logical_or(nan).castTo(dt);
      return Torch.zeros(new long[] {bins}, dt, x.device()).index_add_(0, bin, weight);
    }
  }

  /** A value rounded to a floating dtype, as the kernel's {@code input_t} arithmetic does. */
  private static double round(double v, DType t) {
    return t == DType.float64 ? v : Sampling.round(t, (float) v);
  }

  private static String cppEdge(double v) {
    return Double.isNaN(v) ? "-nan" : Sampling.cpp(v);
  }

  // ---------------------------------------------------------------- searchsorted, bucketize

  /**
   * For each value, the index where it would be inserted into the innermost dim of {@code
   * boundaries} to keep it sorted (first such index, or last with {@code right}): Bucketization's
   * searchsorted_cpu after searchsorted_pre_check, comparing in the promoted dtype.
   */
  static Tensor searchsorted(Tensor boundaries, Tensor input, boolean outInt32, boolean right,
      String side, Tensor sorter) {
    if (side != null) {
      if (!side.equals("left") && !side.equals("right")) {
        throw new IllegalArgumentException(
            "torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
      }
      if (right && !side.equals("right")) {
        throw new IllegalArgumentException("torch.searchsorted(): side and right can't be set to"
            + " opposites, got side of " + side + " while right was True");
      }
    }
    if (sorter != null) {
      if (!java.util.Arrays.equals(sorter.shapeArray(), boundaries.shapeArray())) {
        throw new IllegalArgumentException("torch.searchsorted(): boundary and sorter must have the"
            + " same size, but got boundary tensor " + sizes(boundaries) + "and got sorter tensor "
            + sizes(sorter));
      }
      if (sorter.dtype() != DType.int64) {
        throw new IllegalArgumentException("torch.searchsorted(): sorter must be a tensor of long"
            + " dtype but got dtype " + sorter.dtype().scalarTypeName());
      }
    }
    if (!(input.dim() > 0 || (input.numel() == 1 && boundaries.dim() == 1))) {
      throw new IllegalArgumentException("torch.searchsorted(): input value can be a scalar only"
          + " when boundaries tensor dimension is 1, but we got boundaries tensor dim("
          + boundaries.dim() + ") and input value's dim(" + input.dim() + ") numel("
          + input.numel() + ")");
    }
    if (boundaries.dim() == 0) {
      throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should have"
          + " positive dimension, but got 0 dimension");
    }
    if (boundaries.dim() != 1 && !leadingDimsMatch(boundaries, input)) {
      throw new IllegalArgumentException("torch.searchsorted(): boundaries tensor should be 1"
          + " dimension or the first N-1 dimensions of boundaries tensor and input value tensor"
          + " must match, but we got boundaries tensor " + sizes(boundaries)
          + " and input value tensor " + sizes(input));
    }
    long[] shape = input.shapeArray();
    DType outType = outInt32 ? DType.int32 : DType.int64;
    long[] pos = new long[Math.toIntExact(input.numel())];
    if (pos.length > 0) {
      DType common = Promotion.promoteTypes(input.dtype(), boundaries.dtype());
      if (common == DType.bool) {
        throw notImplemented("searchsorted_out_cpu", common);
      }
      Keys v = new Keys(input.detach().castTo(common));
      Keys bd = new Keys(boundaries.detach().castTo(common));
      long[] order = sorter == null ? null : sorter.toLongArray();
      int len = Math.toIntExact(boundaries.shape[boundaries.dim() - 1]);
      int inner = input.dim() == 0 ? 1 : Math.toIntExact(input.shape[input.dim() - 1]);
      boolean upper = right || "right".equals(side);
      for (int i = 0; i < pos.length; i++) {
        int start = boundaries.dim() == 1 ? 0 : (i / inner) * len;
        int lo = start;
        int hi = start + len;
        while (lo < hi) {
          int mid = lo + ((hi - lo) >> 1);
          int at = order == null ? mid : (int) order[mid] + start;
          boolean goRight = upper ? !bd.gtOther(at, v, i) : !bd.geOther(at, v, i);
          if (goRight) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        pos[i] = lo - start;
      }
    }
    return Devices.on(input.device(), () -> Torch.tensor(pos, shape, outType)); // device support
  }

  private static boolean leadingDimsMatch(Tensor boundaries, Tensor input) {
    if (boundaries.dim() != input.dim()) {
      return false;
    }
    for (int d = 0; d + 1 < boundaries.dim(); d++) {
      if (boundaries.shape[d] != input.shape[d]) {
        return false;
      }
    }
    return true;
  }

  /** An IntArrayRef as C++ prints it: {@code [2, 2]}. */
  private static String sizes(Tensor t) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < t.dim(); i++) {
      b.append(i > 0 ? ", " : "").append(t.shape[i]);
    }
    return b.append(']').toString();
  }

  /** torch.bucketize: searchsorted of {@code input} into 1-D {@code boundaries}. */
  static Tensor bucketize(Tensor input, Tensor boundaries, boolean outInt32, boolean right) {
    if (boundaries.dim() != 1) {
      throw new IllegalArgumentException(
          "boundaries tensor must be 1 dimension, but got dim(" + boundaries.dim() + ")");
    }
    return searchsorted(boundaries, input, outInt32, right, null, null);
  }

  // ---------------------------------------------------------------- cov, corrcoef

  /**
   * The covariance matrix of the rows (variables) of a 1-D or 2-D input over its columns
   * (observations), weighted by integral {@code fweights} and floating {@code aweights} (either
   * may be null): Correlation.cpp's cov composed of the same tensor ops, so its gradient too.
   */
  static Tensor cov(Tensor self, long correction, Tensor fweights, Tensor aweights) {
    if (self.dim() > 2) {
      throw new IllegalArgumentException("cov(): expected input to have two or fewer dimensions but"
          + " got an input with " + self.dim() + " dimensions");
    }
    if (self.dtype() == DType.bool) {
      throw new IllegalArgumentException("cov(): bool dtype is not supported for input");
    }
    Tensor in = self.dim() < 2 ? self.view(1, -1) : self;
    long obs = in.shape[1];
    Tensor w = null;
    if (fweights != null) {
      w = fweights;
      if (w.dim() > 1) {
        throw new IllegalArgumentException("cov(): expected fweights to have one or fewer dimensions"
            + " but got fweights with " + w.dim() + " dimensions");
      }
      if (w.dtype().is_floating_point() || w.dtype() == DType.bool) {
        throw new IllegalArgumentException("cov(): expected fweights to have integral dtype but got"
            + " fweights with " + w.dtype().scalarTypeName() + " dtype");
      }
      if (w.numel() != obs) {
        throw new IllegalArgumentException("cov(): expected fweights to have the same numel as there"
            + " are observations in the input but got " + w.numel() + " != " + obs);
      }
      if (obs != 0 && !w.min().ge(0L).booleanValue()) {
        throw new IllegalArgumentException("cov(): fweights cannot be negative");
      }
    }
    if (aweights != null) {
      Tensor aw = aweights;
      if (aw.dim() > 1) {
        throw new IllegalArgumentException("cov(): expected aweights to have one or fewer dimensions"
            + " but got aweights with " + aw.dim() + " dimensions");
      }
      if (!aw.dtype().is_floating_point()) {
        throw new IllegalArgumentException("cov(): expected aweights to have floating point dtype but"
            + " got aweights with " + aw.dtype().scalarTypeName() + " dtype");
      }
      if (aw.numel() != obs) {
        throw new IllegalArgumentException("cov(): expected aweights to have the same numel as there"
            + " are observations in the input but got " + aw.numel() + " != " + obs);
      }
      if (obs != 0 && !aw.min().ge(0L).booleanValue()) {
        throw new IllegalArgumentException("cov(): aweights cannot be negative");
      }
      w = w == null ? aw : w.mul(aw);
    }
    Tensor wSum = w != null ? w.sum()
        : Devices.on(self.device(), () -> Torch.tensor(obs)); // device support
    if (w != null && !wSum.ne(0L).booleanValue()) {
      throw new IllegalArgumentException("cov(): weights sum to zero, can't be normalized");
    }
    Tensor avg = (w != null ? in.mul(w) : in).sum(1).div(wSum);
    Tensor norm;
    if (w != null && aweights != null && correction != 0) {
      norm = wSum.sub(w.mul(aweights).sum().mul(correction).div(wSum));
    } else {
      norm = wSum.sub(correction);
    }
    if (norm.le(0L).booleanValue()) {
      norm = Torch.zeros_like(norm); // PyTorch warns "cov(): degrees of freedom is <= 0"
    }
    in = in.sub(avg.unsqueeze(1));
    Tensor c = in.mm((w != null ? in.mul(w) : in).t());
    return c.div(norm).squeeze();
  }

  /** Pearson correlation coefficients: cov scaled by the standard deviations, clipped to [-1, 1]. */
  static Tensor corrcoef(Tensor self) {
    if (self.dim() > 2) {
      throw new IllegalArgumentException("corrcoef(): expected input to have two or fewer"
          + " dimensions but got an input with " + self.dim() + " dimensions");
    }
    Tensor c = cov(self, 1, null, null);
    if (c.dim() == 0) {
      return c.div(c); // NaN for nan, inf or 0, else 1
    }
    Tensor sd = c.diag().sqrt();
    c = c.div(sd.view(-1, 1));
    c = c.div(sd.view(1, -1));
    return c.clip(-1.0, 1.0);
  }

  // ---------------------------------------------------------------- unique_consecutive

  /**
   * The first element of each run of equal consecutive elements (flattened), then (when asked)
   * each element's run and each run's length: unique_consecutive_cpu_template (NaNs never equal).
   */
  static Tensor[] uniqueConsecutive(Tensor self, boolean returnInverse, boolean returnCounts) {
    Tensor flat = self.detach().reshape(-1);
    Keys v = new Keys(flat);
    int n = Math.toIntExact(flat.numel());
    long[] firsts = new long[n];
    long[] inverse = new long[n];
    long[] counts = new long[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || !v.eq(i, i - 1)) {
        firsts[groups++] = i;
      }
      inverse[i] = groups - 1;
      counts[groups - 1]++;
    }
    long[] g = java.util.Arrays.copyOf(firsts, groups);
    Tensor values = IndexOps.take(flat, new long[] {groups}, g, "TakeBackward0").detach();
    return consecutiveResult(values, self.shapeArray(), inverse, counts, groups, returnInverse,
        returnCounts, self.device());
  }

  /** unique_consecutive along {@code dim}: runs of equal consecutive slices. */
  static Tensor[] uniqueConsecutive(
      Tensor self, int dim, boolean returnInverse, boolean returnCounts) {
    int d = Shapes.wrapDim(dim, self.dim());
    if (self.dim() == 0) {
      return uniqueConsecutive(self, returnInverse, returnCounts);
    }
    int n = Math.toIntExact(self.shape[d]);
    Tensor moved = self.detach().transpose(0, d).contiguous();
    int width = n == 0 ? 0 : Math.toIntExact(moved.numel() / n);
    Keys v = new Keys(moved);
    long[] firsts = new long[n];
    long[] inverse = new long[n];
    long[] counts = new long[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      boolean same = i > 0;
      for (int k = 0; same && k < width; k++) {
        same = v.eq(i * width + k, (i - 1) * width + k);
      }
      if (!same) {
        firsts[groups++] = i;
      }
      inverse[i] = groups - 1;
      counts[groups - 1]++;
    }
    Tensor values = IndexOps.selectAlong(self.detach(), d, java.util.Arrays.copyOf(firsts, groups),
        "IndexSelectBackward0");
    return consecutiveResult(values, new long[] {n}, inverse, counts, groups, returnInverse,
        returnCounts, self.device());
  }

  private static Tensor[] consecutiveResult(Tensor values, long[] inverseShape, long[] inverse,
      long[] counts, int groups, boolean returnInverse, boolean returnCounts, Device device) {
    Tensor[] out = new Tensor[1 + (returnInverse ? 1 : 0) + (returnCounts ? 1 : 0)];
    out[0] = values;
    int p = 1;
    if (returnInverse) {
      out[p++] = longs(inverse, inverseShape, device);
    }
    if (returnCounts) {
      out[p] = longs(java.util.Arrays.copyOf(counts, groups), new long[] {groups}, device);
    }
    return out;
  }
}
