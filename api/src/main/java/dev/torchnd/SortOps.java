package dev.torchnd;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import java.util.Arrays;

/**
 * Sorting and order statistics: sort, argsort, topk, median, unique, and the value reductions
 * amax/amin. Sorting runs in the backend ({@link Backend#sort}, stable as PyTorch's CPU sort);
 * gradients flow back to the selected positions through {@link IndexOps#put}.
 */
final class SortOps {
  private SortOps() {}

  /** Sorted values and indices along {@code d}, both contiguous in the input's shape; no autograd. */
  private static Tensor[] rawSort(Tensor self, int d, boolean descending) {
    return rawSort(self, d, descending, true);
  }

  /** The permutation that puts {@code d} last. */
  private static int[] lastPerm(int nd, int d) {
    int[] perm = new int[nd];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != d) {
        perm[j++] = i;
      }
    }
    perm[nd - 1] = d;
    return perm;
  }

  private static Tensor[] rawSort(Tensor self, int d, boolean descending, boolean stable) {
    long[] shape = self.shapeArray();
    Tensor values = Tensor.uninit(shape, self.dtype(), self.device()); // device support
    Tensor indices = Tensor.uninit(shape, DType.int64, self.device());
    if (self.numel() == 0) {
      return new Tensor[] {values, indices};
    }
    if (self.dim() == 0) {
      values.copyFrom(self);
      indices.fill_(0L);
      return new Tensor[] {values, indices};
    }
    int[] perm = lastPerm(self.dim(), d);
    Backends.get()
        .sort(
            self.storage,
            permuted(self.layout(), perm),
            descending,
            stable,
            values.storage,
            permuted(values.layout(), perm),
            indices.storage,
            permuted(indices.layout(), perm));
    return new Tensor[] {values, indices};
  }

  private static Layout permuted(Layout l, int[] perm) {
    long[] shape = new long[perm.length];
    long[] st = new long[perm.length];
    for (int i = 0; i < perm.length; i++) {
      shape[i] = l.shape()[perm[i]];
      st[i] = l.strides()[perm[i]];
    }
    return new Layout(shape, st, l.offset());
  }

  /** Row-major positions in the input addressed by {@code indices} (same rank) along {@code d}. */
  private static long[] positions(long[] inShape, int d, Tensor indices) {
    if (inShape.length == 0) {
      return new long[] {0};
    }
    long[] is = indices.shapeArray();
    long[] cs = Layout.contiguousStrides(inShape);
    long[] vals = indices.toLongArray();
    long[] lin = new long[vals.length];
    long[] pos = new long[is.length];
    for (int k = 0; k < vals.length; k++) {
      long o = 0;
      for (int q = 0; q < is.length; q++) {
        o += (q == d ? vals[k] : pos[q]) * cs[q];
      }
      lin[k] = o;
      for (int q = is.length - 1; q >= 0; q--) {
        if (++pos[q] < is[q]) {
          break;
        }
        pos[q] = 0;
      }
    }
    return lin;
  }

  /** Records the gradient of values selected from {@code self} at {@code indices} along {@code d}. */
  private static Tensor selected(Tensor values, Tensor self, int d, Tensor indices, String name) {
    if (!Autograd.needsGrad(self)) {
      return Autograd.record(values, name, new Tensor[] {self}, null);
    }
    long[] inShape = self.shapeArray();
    long[] lin = positions(inShape, d, indices);
    long[] outShape = values.shapeArray();
    return Autograd.record(
        values,
        name,
        new Tensor[] {self},
        g -> new Tensor[] {IndexOps.put(g.reshape(outShape), inShape, lin, "PutBackward0")});
  }

  /**
   * {@code stableOverload}: called as {@code sort(stable=..., ...)} (PyTorch's sort.stable, whose
   * node is SortBackward1); {@code stable}: equal keys keep their order.
   */
  static ValuesIndices sort(
      Tensor self, int dim, boolean descending, boolean stable, boolean stableOverload) {
    int d = Shapes.wrapDim(dim, self.dim());
    Tensor[] r = rawSort(self, d, descending, stable);
    Tensor values = selected(r[0], self, d, r[1], stableOverload ? "SortBackward1" : "SortBackward0");
    return new ValuesIndices("sort", values, r[1]);
  }

  static Tensor argsort(Tensor self, int dim, boolean descending, boolean stable) {
    int d = Shapes.wrapDim(dim, self.dim());
    return rawSort(self, d, descending, stable)[1];
  }

  static ValuesIndices topk(Tensor self, long k, int dim, boolean largest, boolean sorted) {
    int d = Shapes.wrapDim(dim, self.dim());
    long size = self.dim() == 0 ? 1 : self.shape[d];
    if (k < 0 || k > size) {
      throw new IndexOutOfBoundsException("selected index k out of range");
    }
    long[] shape = self.shapeArray();
    if (self.dim() > 0) {
      shape[d] = k;
    }
    Tensor v = Tensor.uninit(shape, self.dtype(), self.device()); // device support
    Tensor i = Tensor.uninit(shape, DType.int64, self.device());
    if (self.dim() == 0) {
      // PyTorch returns the element itself for k 0 or 1.
      v.copyFrom(self);
      i.fill_(0L);
    } else if (self.numel() > 0 && k > 0) {
      int[] perm = lastPerm(self.dim(), d);
      Backends.get()
          .topk(
              self.storage,
              permuted(self.layout(), perm),
              (int) k,
              largest,
              sorted,
              v.storage,
              permuted(v.layout(), perm),
              i.storage,
              permuted(i.layout(), perm));
    }
    return new ValuesIndices("topk", selected(v, self, d, i, "TopkBackward0"), i);
  }

  // ------------------------------------------------------------------ median

  /** For each row of a [rows, n] ascending sort: the median's position (the first NaN if any). */
  private static long[] medianPositions(Tensor sortedRows, long rows, long n) {
    long[] pos = new long[(int) rows];
    boolean fp = sortedRows.dtype().is_floating_point();
    double[] vals = fp ? sortedRows.toDoubleArray() : null;
    for (int r = 0; r < rows; r++) {
      long k = (n - 1) / 2;
      if (fp && Double.isNaN(vals[(int) (r * n + n - 1)])) {
        long first = n - 1;
        while (first > 0 && Double.isNaN(vals[(int) (r * n + first - 1)])) {
          first--;
        }
        k = first;
      }
      pos[r] = k;
    }
    return pos;
  }

  static Tensor median(Tensor self) {
    if (self.dtype() == DType.bool) {
      throw new UnsupportedOperationException("\"median_cpu\" not implemented for 'Bool'");
    }
    if (self.numel() == 0) {
      return StatsOps.nanScalar(self);
    }
    Tensor out;
    if (IndexOps.onDevice(self)) {
      out = DeviceSelect.medianValue(self, false); // issue 15: the pick as device ops
    } else {
      Tensor flat = self.reshape(-1).detach();
      Tensor[] r = rawSort(flat, 0, false);
      long n = flat.numel();
      long k = medianPositions(r[0], 1, n)[0];
      out = Views.rawSlice(r[0], 0, k, k + 1).rawCopy(self.dtype()).reshape(new long[0]);
    }
    Tensor result = out;
    long[] inShape = self.shapeArray();
    return Autograd.record(
        out,
        "MedianBackward0",
        new Tensor[] {self},
        g -> new Tensor[] {evenly(g, self, result, inShape)},
        self,
        out);
  }

  /** PyTorch's evenly_distribute_backward: the gradient split over the elements equal to the value. */
  static Tensor evenly(Tensor g, Tensor input, Tensor value, long[] inShape) {
    Tensor mask = value.isnan().booleanValue() ? input.isnan() : input.eq(value);
    Tensor m = mask.to(g.dtype());
    return m.mul(g.div(m.sum())).expand(inShape);
  }

  static ValuesIndices median(Tensor self, int dim, boolean keepdim) {
    if (self.dtype() == DType.bool) {
      throw new UnsupportedOperationException("\"median_out\" not implemented for 'Bool'");
    }
    int d = Shapes.wrapDim(dim, self.dim());
    if (self.dim() > 0 && self.shape[d] == 0) {
      throw new IndexOutOfBoundsException(
          "median(): Expected reduction dim " + d + " to have non-zero size.");
    }
    if (self.dim() > 0 && IndexOps.onDevice(self)) {
      return DeviceSelect.median(self, d, keepdim, false, "median", "MedianBackward1"); // issue 15
    }
    long[] kept = self.shapeArray();
    if (self.dim() > 0) {
      kept[d] = 1;
    }
    Tensor values;
    Tensor indices;
    if (self.dim() == 0) {
      values = self.rawCopy(self.dtype());
      indices = Torch.zeros(new long[0], DType.int64);
    } else {
      // Sort with the reduced dim last, so that rows are contiguous.
      Tensor moved = self.detach().transpose(d, self.dim() - 1).contiguous();
      Tensor[] r = rawSort(moved, moved.dim() - 1, false);
      long n = self.shape[d];
      long rows = self.numel() / n;
      long[] pos = medianPositions(r[0], rows, n);
      long[] lin = new long[(int) rows];
      for (int i = 0; i < rows; i++) {
        lin[i] = i * n + pos[i];
      }
      long[] movedKept = moved.shapeArray();
      movedKept[movedKept.length - 1] = 1;
      Tensor v = Tensor.uninit(movedKept, self.dtype(), self.device()); // device support
      Tensor ix = Tensor.uninit(movedKept, DType.int64, self.device());
      if (lin.length > 0) {
        Backends.get().gather(r[0].storage, lin, v.storage);
        Backends.get().gather(r[1].storage, lin, ix.storage);
      }
      values = v.transpose(d, self.dim() - 1).contiguous();
      indices = ix.transpose(d, self.dim() - 1).contiguous();
    }
    Tensor idxKept = indices;
    if (!keepdim && self.dim() > 0) {
      values = values.squeeze(d);
      indices = indices.squeeze(d);
    }
    values = values.detach();
    indices = indices.detach();
    Tensor vals = selectedKept(values, self, d, idxKept, kept, "MedianBackward1");
    return new ValuesIndices("median", vals, indices);
  }

  private static Tensor selectedKept(
      Tensor values, Tensor self, int d, Tensor idxKept, long[] kept, String name) {
    long[] inShape = self.shapeArray();
    if (!Autograd.needsGrad(self)) {
      return Autograd.record(values, name, new Tensor[] {self}, null);
    }
    long[] lin = positions(inShape, d, idxKept);
    return Autograd.record(
        values,
        name,
        new Tensor[] {self},
        g -> new Tensor[] {IndexOps.put(g.reshape(kept), inShape, lin, "PutBackward0")});
  }

  // ------------------------------------------------------------------ unique

  /** {@code torch.unique}: [values, inverse if asked, counts if asked]. */
  static Tensor[] unique(Tensor self, boolean returnInverse, boolean returnCounts) {
    Tensor flat = self.detach().reshape(-1);
    long n = flat.numel();
    Tensor[] r = rawSort(flat, 0, false);
    boolean fp = self.dtype().is_floating_point();
    double[] dv = fp ? r[0].toDoubleArray() : null;
    long[] lv = fp ? null : r[0].toLongArray();
    long[] perm = r[1].toLongArray();
    long[] groupStart = new long[(int) n];
    long[] inverse = new long[(int) n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      boolean fresh = i == 0 || (fp ? !(dv[i] == dv[i - 1]) : lv[i] != lv[i - 1]);
      if (fresh) {
        groupStart[groups++] = i;
      }
      inverse[(int) perm[i]] = groups - 1;
    }
    long[] starts = Arrays.copyOf(groupStart, groups);
    Tensor values = Tensor.uninit(new long[] {groups}, self.dtype(), self.device()); // device support
    if (groups > 0) {
      Backends.get().gather(r[0].storage, starts, values.storage);
    }
    values = Autograd.record(
        values,
        "Unique2Backward0",
        new Tensor[] {self},
        g -> {
          throw new UnsupportedOperationException("the derivative for '_unique2' is not implemented.");
        });
    int k = 1 + (returnInverse ? 1 : 0) + (returnCounts ? 1 : 0);
    Tensor[] out = new Tensor[k];
    out[0] = values;
    int p = 1;
    if (returnInverse) {
      out[p++] = Torch.tensor(inverse, self.shapeArray(), DType.int64);
    }
    if (returnCounts) {
      long[] counts = new long[groups];
      for (int g = 0; g < groups; g++) {
        counts[g] = (g + 1 < groups ? starts[g + 1] : n) - starts[g];
      }
      out[p] = Torch.tensor(counts, new long[] {groups}, DType.int64);
    }
    return out;
  }

  /**
   * {@code torch.unique(t, dim=d)}: the distinct slices along {@code d} in lexicographic order,
   * then (when asked) each slice's group and each group's size.
   */
  static Tensor[] uniqueDim(Tensor self, int dim, boolean returnInverse, boolean returnCounts) {
    int d = Shapes.wrapDim(dim, self.dim());
    if (self.dim() == 0) {
      throw new IndexOutOfBoundsException(
          "Dimension out of range (expected to be in range of [-1, 0], but got " + dim + ")");
    }
    long n = self.shape[d];
    Tensor moved = self.detach().transpose(0, d).contiguous();
    long width = n == 0 ? 0 : moved.numel() / n;
    boolean fp = self.dtype().is_floating_point();
    double[] dv = fp ? moved.toDoubleArray() : null;
    long[] lv = fp ? null : moved.toLongArray();
    Integer[] order = new Integer[(int) n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Comparator<Integer> rows = (x, y) -> {
      for (long k = 0; k < width; k++) {
        int a = (int) (x * width + k);
        int b = (int) (y * width + k);
        int c = fp ? Double.compare(dv[a] + 0.0, dv[b] + 0.0) : Long.compare(lv[a], lv[b]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
    Arrays.sort(order, rows);
    long[] firsts = new long[(int) n];
    long[] inverse = new long[(int) n];
    long[] counts = new long[(int) n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || rows.compare(order[i], order[i - 1]) != 0) {
        firsts[groups++] = order[i];
      }
      inverse[order[i]] = groups - 1;
      counts[groups - 1]++;
    }
    long[] reps = Arrays.copyOf(firsts, groups);
    Tensor values = IndexOps.selectAlong(self.detach(), d, reps, "IndexSelectBackward0");
    int k = 1 + (returnInverse ? 1 : 0) + (returnCounts ? 1 : 0);
    Tensor[] out = new Tensor[k];
    out[0] = values;
    int p = 1;
    if (returnInverse) {
      out[p++] = Torch.tensor(inverse, new long[] {n}, DType.int64);
    }
    if (returnCounts) {
      out[p] = Torch.tensor(Arrays.copyOf(counts, groups), new long[] {groups}, DType.int64);
    }
    return out;
  }

  // ------------------------------------------------------------------ amax / amin

  static Tensor amaxAmin(Tensor self, int[] dims, boolean keepdim, boolean max) {
    String name = max ? "amax" : "amin";
    int[] d = Reduce.dimsOrAll(self, dims);
    if (self.numel() == 0 && (dims == null || dims.length == 0)) {
      throw new IllegalArgumentException(
          name + "(): Expected reduction dim to be specified for input.numel() == 0. Specify the"
              + " reduction dim with the 'dim' argument.");
    }
    for (int k : d) {
      if (self.dim() > 0 && self.shape[k] == 0) {
        throw new IndexOutOfBoundsException(
            name + "(): Expected reduction dim " + k + " to have non-zero size.");
      }
    }
    Tensor out;
    if (self.dtype() == DType.bool) {
      out = Reduce.raw(max ? ReduceOp.ANY : ReduceOp.ALL, self, d, keepdim, DType.bool);
    } else {
      out = Reduce.raw(max ? ReduceOp.MAX : ReduceOp.MIN, self, d, keepdim, self.dtype());
    }
    long[] inShape = self.shapeArray();
    long[] kept = Reduce.keptShape(inShape, d);
    return Autograd.record(
        out,
        max ? "AmaxBackward0" : "AminBackward0",
        new Tensor[] {self},
        g -> {
          Tensor mask = self.eq(out.reshape(kept)).to(g.dtype());
          Tensor count = mask.sum(d.length == 0 ? new int[0] : d, true);
          return new Tensor[] {g.reshape(kept).mul(mask).div(count)};
        },
        self,
        out);
  }
}
