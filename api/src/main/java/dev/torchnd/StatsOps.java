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
    double[] means = welfordMeans(t.detach(), d);
    Tensor mean = Devices.on(t.device(), () -> Torch.tensor(means, shape, t.dtype())); // device support
    double n = t.numel() == 0 ? 0 : (double) t.numel() / means.length;
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
    long[] shape = reducedShape(self, d, keepdim);
    if (self.dim() == 0) {
      return picked("kthvalue", self, shape, new long[] {0}, new long[] {0}, "KthvalueBackward0");
    }
    Rows rows = new Rows(self.shape, d);
    long[] lin = new long[Math.toIntExact(Shapes.numel(shape))];
    long[] idx = new long[lin.length];
    if (lin.length > 0) {
      Keys v = new Keys(self.detach());
      int[] ids = new int[rows.n];
      for (int r = 0; r < rows.count; r++) {
        for (int j = 0; j < rows.n; j++) {
          ids[j] = rows.at(r, j);
        }
        quickSelect(ids, (int) k - 1, v);
        lin[r] = ids[(int) k - 1];
        idx[r] = (lin[r] - rows.at(r, 0)) / rows.inner;
      }
    }
    return picked("kthvalue", self, shape, lin, idx, "KthvalueBackward0");
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
    long[] shape = reducedShape(self, d, keepdim);
    if (self.dim() == 0) {
      return picked("mode", self, shape, new long[] {0}, new long[] {0}, "ModeBackward0");
    }
    Rows rows = new Rows(self.shape, d);
    long[] lin = new long[Math.toIntExact(Shapes.numel(shape))];
    long[] idx = new long[lin.length];
    if (lin.length > 0) {
      Keys v = new Keys(self.detach());
      int[] ids = new int[rows.n];
      for (int r = 0; r < rows.count; r++) {
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
        lin[r] = best;
        idx[r] = (best - rows.at(r, 0)) / rows.inner;
      }
    }
    return picked("mode", self, shape, lin, idx, "ModeBackward0");
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
    long[] shape = reducedShape(self, d, keepdim);
    if (self.dim() == 0) {
      return picked("nanmedian", self, shape, new long[] {0}, new long[] {0}, "NanmedianBackward1");
    }
    Rows rows = new Rows(self.shape, d);
    long[] lin = new long[Math.toIntExact(Shapes.numel(shape))];
    long[] idx = new long[lin.length];
    if (lin.length > 0) {
      Keys v = new Keys(self.detach());
      int[] ids = new int[rows.n];
      for (int r = 0; r < rows.count; r++) {
        int nans = 0;
        for (int j = 0; j < rows.n; j++) {
          ids[j] = j;
          nans += v.nan(rows.at(r, j)) ? 1 : 0;
        }
        int row = r;
        Keys rv = v;
        StlSort.Less less = (a, b) -> {
          int pa = rows.at(row, a);
          int pb = rows.at(row, b);
          return rv.lt(pa, pb) || (rv.eq(pa, pb) && a < b) || (rv.nan(pb) && !rv.nan(pa));
        };
        int nth = (rows.n - nans - 1) / 2;
        StlSort.nthElement(ids, 0, nth, rows.n, less);
        idx[r] = ids[nth];
        lin[r] = rows.at(r, ids[nth]);
      }
    }
    return picked("nanmedian", self, shape, lin, idx, "NanmedianBackward1");
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
}
