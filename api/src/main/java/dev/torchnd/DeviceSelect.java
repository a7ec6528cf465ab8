package dev.torchnd;

import dev.torchnd.spi.StlSort;

/**
 * Order statistics along a dim as tensor ops where the input lives (issue 15): {@code kthvalue},
 * {@code median(dim)}, {@code nanmedian(dim)} and their no-dim forms, for {@code cuda} tensors,
 * so that the values never go to the host. Each returns exactly what the host path ({@link
 * StatsOps}, {@link SortOps}) returns, ties and NaNs included:
 *
 * <ul>
 *   <li>median and nanmedian pick by a total order (value, then index: median_with_indices_impl's
 *       nth_element comparator), so the pick is a position in the stable sort: the lower middle,
 *       or for median the first NaN; nanmedian of an all-NaN row compares every pair equal, and
 *       the index nth_element leaves first depends on the row's length only, which the host
 *       computes without the data ({@link StlSort#nthElement} with a comparator that is always
 *       false).
 *   <li>kthvalue runs Sorting.cpp's quick_select_template on every row at once: one partition
 *       step per round, rows in lockstep under masks. Hoare's partition is data-parallel: the
 *       m-th element from the left that stops the left scan trades places with the m-th from the
 *       right that stops the right scan, as long as the first lies at or before the second, and
 *       where the scans cross follows from the same ranks (cumulative sums of the stop masks).
 * </ul>
 */
final class DeviceSelect {
  private DeviceSelect() {}

  /** {@code self} with dim {@code d} last, as contiguous [rows, n]. */
  private static Tensor rows(Tensor self, int d) {
    long n = self.shape[d];
    long rows = n == 0 ? 0 : self.numel() / n;
    return self.detach().movedim(d, self.dim() - 1).contiguous().reshape(rows, n);
  }

  /**
   * The selection's result from the index along {@code d} of each row ([rows] int64, rows in
   * the reduced shape's row-major order): values taken from {@code self} (the gradient flows
   * back to the picked positions), indices in the output shape.
   */
  private static ValuesIndices result(
      Tensor self, int d, boolean keepdim, Tensor idx, String name, String node) {
    long[] kept = Reduce.keptShape(self.shape, new int[] {d});
    long[] out = keepdim ? kept : Reduce.squeezedShape(self.shape, new int[] {d});
    Tensor idxKept;
    Tensor lin;
    try (var g = new Autograd.NoGrad()) {
      idxKept = idx.reshape(kept).contiguous();
      lin = IndexOps.positions(self.shapeArray(), kept, d, idxKept, self.shape[d]);
    }
    Tensor values = IndexOps.take(self, out, lin, node);
    return new ValuesIndices(name, values, idxKept.reshape(out));
  }

  private static Tensor col(Tensor t, Tensor pos) {
    return t.gather(1, pos.unsqueeze(1)).squeeze(1);
  }

  /** Elements of {@code x} greater than those of {@code y}, NaN above every number. */
  private static Tensor gt(Tensor x, Tensor y, boolean fp) {
    Tensor g = x.gt(y);
    return fp ? g.logical_or(x.isnan().logical_and(y.isnan().logical_not())) : g;
  }

  /** NaNs per row of [rows, n] (zeros for integral dtypes). */
  private static Tensor nans(Tensor x) {
    return x.dtype().is_floating_point() ? x.isnan().sum(1)
        : Torch.zeros(new long[] {x.shape[0]}, DType.int64, x.device());
  }

  /**
   * {@code max(t, 0)} of an int64 tensor (not {@code clamp}, whose scalar bound is a tensor on the
   * default device).
   */
  private static Tensor nonNegative(Tensor t) {
    return t.maximum(Torch.zeros(new long[] {1}, DType.int64, t.device()));
  }

  /** {@code floor(t / 2)} of a non-negative int64 tensor, exact below 2^52. */
  private static Tensor half(Tensor t) {
    return t.to(DType.float64).mul(0.5).floor().to(DType.int64);
  }

  /**
   * The median's index along {@code d} of each row: the lower middle of the stable sort, or (not
   * {@code ignoreNan}) the first NaN; with {@code ignoreNan}, the lower middle of the numbers.
   */
  private static Tensor medianIndex(Tensor x, boolean ignoreNan) {
    long n = x.shape[1];
    Tensor[] s = sorted(x);
    Tensor nc = nans(x);
    Tensor pos;
    if (!ignoreNan) {
      pos = Torch.where(nc.gt(0L), nc.neg().add(n), Torch.full(new long[] {x.shape[0]}, (n - 1) / 2,
          DType.int64, x.device()));
      return col(s[1], pos);
    }
    Tensor all = nc.eq(n);
    pos = half(nonNegative(nc.neg().add(n - 1)));
    Tensor idx = col(s[1], pos);
    return Torch.where(all, Torch.full(new long[] {x.shape[0]}, allEquivalentNth(n), DType.int64,
        x.device()), idx);
  }

  private static Tensor[] sorted(Tensor x) {
    ValuesIndices s = x.sort(true, 1, false);
    return new Tensor[] {s.values(), s.indices()};
  }

  /** Where nth_element puts, at position 0, one of {@code n} elements that all compare equal. */
  static long allEquivalentNth(long n) {
    int[] ids = new int[Math.toIntExact(n)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    StlSort.nthElement(ids, 0, 0, ids.length, (a, b) -> false);
    return ids[0];
  }

  /** {@code median(dim)} (or {@code nanmedian(dim)}) of a tensor with {@code dim() > 0}. */
  static ValuesIndices median(Tensor self, int d, boolean keepdim, boolean ignoreNan, String name,
      String node) {
    Tensor idx;
    try (var g = new Autograd.NoGrad()) {
      Tensor x = rows(self, d);
      idx = x.numel() == 0 ? Torch.zeros(new long[] {x.shape[0]}, DType.int64, self.device())
          : medianIndex(x, ignoreNan);
    }
    return result(self, d, keepdim, idx, name, node);
  }

  /** The 0-d median (or nanmedian) of a non-empty tensor, without autograd. */
  static Tensor medianValue(Tensor self, boolean ignoreNan) {
    try (var g = new Autograd.NoGrad()) {
      Tensor x = self.detach().reshape(1, -1);
      long n = x.shape[1];
      Tensor[] s = sorted(x);
      Tensor nc = nans(x);
      Tensor pos = ignoreNan ? half(nonNegative(nc.neg().add(n - 1)))
          : Torch.where(nc.gt(0L), nc.neg().add(n),
              Torch.full(new long[] {1}, (n - 1) / 2, DType.int64, x.device()));
      return col(s[0], pos).reshape(new long[0]).contiguous();
    }
  }

  // ---------------------------------------------------------------- kthvalue

  /**
   * Rounds after which the rows are checked (one bool read) before each further round: a round
   * shrinks a row's range by at least two, so {@code n / 2 + 1} rounds finish every row, and
   * median-of-three pivots finish typical rows in about {@code 2.5 log2 n}.
   */
  private static long uncheckedRounds(long n) {
    long bound = n / 2 + 1;
    long typical = 3L * (64 - Long.numberOfLeadingZeros(Math.max(1, n))) + 4;
    return Math.min(bound, typical);
  }

  /** State of the lockstep quickselect: ids and values in their current arrangement. */
  private static final class Sel {
    Tensor a;
    Tensor v;
    final Tensor col;
    final boolean fp;

    Sel(Tensor x) {
      long rows = x.shape[0];
      long n = x.shape[1];
      col = Torch.arange(n, DType.int64, x.device()).reshape(1, n);
      a = col.expand(rows, n).contiguous();
      v = x;
      fp = x.dtype().is_floating_point();
    }

    /** Where each row's column is {@code p} ([rows] int64): [rows, n] bool. */
    Tensor at(Tensor p) {
      return col.eq(p.unsqueeze(1));
    }

    /** Each row's element at its one marked column (a masked sum: no gather's index plan). */
    static Tensor pick(Tensor t, Tensor mask) {
      return Torch.where(mask, t, 0L).sum(1);
    }

    /** Swaps positions {@code p} and {@code q} of the rows where {@code c} holds. */
    void swap(Tensor c, Tensor p, Tensor q) {
      Tensor mp = at(p);
      Tensor mq = at(q);
      Tensor ap = pick(a, mp).unsqueeze(1);
      Tensor aq = pick(a, mq).unsqueeze(1);
      Tensor vp = pick(v, mp).unsqueeze(1).to(v.dtype());
      Tensor vq = pick(v, mq).unsqueeze(1).to(v.dtype());
      Tensor cb = c.unsqueeze(1);
      mp = mp.logical_and(cb);
      mq = mq.logical_and(cb);
      a = Torch.where(mp, aq, Torch.where(mq, ap, a));
      v = Torch.where(mp, vq, Torch.where(mq, vp, v));
    }

    Tensor gtAt(Tensor p, Tensor q) {
      return gt(pick(v, at(p)), pick(v, at(q)), fp);
    }
  }

  /** The index along the row of each row's {@code k0}-th smallest (NaN largest), as quickSelect. */
  private static Tensor kthIndex(Tensor x, long k0) {
    long rows = x.shape[0];
    long n = x.shape[1];
    Device dev = x.device();
    Sel s = new Sel(x);
    Tensor l = Torch.zeros(new long[] {rows}, DType.int64, dev);
    Tensor r = Torch.full(new long[] {rows}, n - 1, DType.int64, dev);
    long unchecked = uncheckedRounds(n);
    long big = n + 5;
    Tensor first = Torch.zeros(new long[] {1}, DType.int64, dev);
    Tensor last = Torch.full(new long[] {1}, n - 1, DType.int64, dev);
    for (long round = 0; round < n / 2 + 1; round++) {
      if (round >= unchecked && !r.sub(l).ge(1L).any().booleanValue()) {
        break;
      }
      Tensor sz = r.sub(l).add(1L);
      Tensor two = sz.eq(2L);
      Tensor act = sz.ge(3L);
      // Indices kept in range on rows that are done (their swaps are masked off).
      // l and r stay in [0, n); l + 1 is kept there on rows that are done.
      Tensor lc = l;
      Tensor rc = r;
      Tensor l1 = l.add(1L).minimum(last);
      s.swap(two.logical_and(s.gtAt(lc, rc)), lc, rc);
      Tensor p = half(l.add(r));
      s.swap(act, p, l1);
      s.swap(act.logical_and(s.gtAt(l1, rc)), l1, rc);
      s.swap(act.logical_and(s.gtAt(lc, rc)), lc, rc);
      s.swap(act.logical_and(s.gtAt(l1, lc)), l1, lc);
      Tensor piv = Sel.pick(s.v, s.at(lc)).unsqueeze(1).to(s.v.dtype());
      Tensor lb = l.unsqueeze(1);
      Tensor rb = r.unsqueeze(1);
      Tensor ab = act.unsqueeze(1);
      Tensor inL = ab.logical_and(s.col.ge(lb.add(2L))).logical_and(s.col.le(rb));
      Tensor inR = ab.logical_and(s.col.ge(lb.add(1L))).logical_and(s.col.le(rb.sub(1L)));
      // The left scan runs while piv > a[i], the right one while a[j] > piv.
      Tensor stopL = inL.logical_and(gt(piv.expand(s.v.shapeArray()), s.v, s.fp).logical_not());
      Tensor stopR = inR.logical_and(gt(s.v, piv.expand(s.v.shapeArray()), s.fp).logical_not());
      Tensor rankL = stopL.to(DType.int64).cumsum(1);
      Tensor rankR = stopR.to(DType.int64).flip(1).cumsum(1).flip(1);
      // The m-th left stop trades with the m-th right stop while L_m <= R_m, that is while at
      // least m right stops lie at or after L_m.
      Tensor swL = stopL.logical_and(rankR.ge(rankL));
      Tensor m = swL.sum(1).unsqueeze(1);
      Tensor swR = stopR.logical_and(rankR.le(m));
      Tensor zero = Torch.zeros(new long[] {rows, n + 1}, DType.int64, dev);
      Tensor byRankR = zero.scatter_add_(1, Torch.where(stopR, rankR, 0L),
          Torch.where(stopR, s.col.expand(rows, n), 0L));
      Tensor byRankL = Torch.zeros(new long[] {rows, n + 1}, DType.int64, dev).scatter_add_(1,
          Torch.where(stopL, rankL, 0L), Torch.where(stopL, s.col.expand(rows, n), 0L));
      Tensor src = Torch.where(swL, byRankR.gather(1, Torch.where(swL, rankL, 0L)),
          Torch.where(swR, byRankL.gather(1, Torch.where(swR, rankR, 0L)), s.col.expand(rows, n)));
      s.a = s.a.gather(1, src);
      s.v = s.v.gather(1, src);
      // Where the scans stop after the last trade: i at L_{M+1}, but not past the nearest
      // traded right stop after L_M (R_M, or R_{M-1} when the last trade was L_M with itself);
      // j at R_{M+1}, but not before the nearest traded left stop before R_M.
      Tensor m1 = m.add(1L);
      Tensor m0 = m.sub(1L);
      Tensor lM = Torch.where(stopL.logical_and(rankL.eq(m)), s.col, -1L).amax(1);
      Tensor rM = Torch.where(stopR.logical_and(rankR.eq(m)), s.col, big).amin(1);
      Tensor self = lM.eq(rM);
      Tensor lM0 = Torch.where(stopL.logical_and(rankL.eq(m0)), s.col, -1L).amax(1);
      Tensor rM0 = Torch.where(stopR.logical_and(rankR.eq(m0)), s.col, big).amin(1);
      Tensor lNext = Torch.where(stopL.logical_and(rankL.eq(m1)), s.col, big).amin(1);
      Tensor rNext = Torch.where(stopR.logical_and(rankR.eq(m1)), s.col, -1L).amax(1);
      Tensor i = lNext.minimum(Torch.where(self, rM0, rM));
      Tensor j = rNext.maximum(Torch.where(self, lM0, lM));
      Tensor jc = j.maximum(first);
      s.swap(act, lc, jc);
      Tensor newL = Torch.where(act.logical_and(j.le(k0)), i, l);
      Tensor newR = Torch.where(act.logical_and(j.ge(k0)), j.sub(1L), r);
      l = newL;
      r = Torch.where(two, l, newR);
    }
    return s.a.get(":, " + k0);
  }

  /** {@code kthvalue(k, dim)} of a tensor with {@code dim() > 0}. */
  static ValuesIndices kthvalue(Tensor self, long k, int d, boolean keepdim) {
    Tensor idx;
    try (var g = new Autograd.NoGrad()) {
      Tensor x = rows(self, d);
      idx = x.numel() == 0 ? Torch.zeros(new long[] {x.shape[0]}, DType.int64, self.device())
          : kthIndex(x, k - 1).contiguous();
    }
    return result(self, d, keepdim, idx, "kthvalue", "KthvalueBackward0");
  }
}
