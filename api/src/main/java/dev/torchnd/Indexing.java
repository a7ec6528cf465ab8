package dev.torchnd;

import dev.torchnd.spi.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's {@code __getitem__}/{@code __setitem__}: basic indexing (ints, slices, None,
 * ellipsis) makes views; tensor and list indices (advanced indexing) gather copies, and writes
 * through them scatter.
 */
final class Indexing {
  private Indexing() {}

  /** Parses numpy syntax such as {@code "1:3, :"}, {@code "..., 0"}, {@code "None"}, {@code "[0, 2]"}. */
  static Object[] parse(String expr) {
    List<Object> items = new ArrayList<>();
    for (String raw : splitTopLevel(expr)) {
      String s = raw.trim();
      if (s.isEmpty()) {
        throw new IllegalArgumentException("invalid index expression: '" + expr + "'");
      }
      if (s.equals("...")) {
        items.add(Index.Ellipsis);
      } else if (s.equals("None")) {
        items.add(Index.None);
      } else if (s.equals("True") || s.equals("False")) {
        items.add(Boolean.valueOf(s.equals("True")));
      } else if (s.startsWith("[[")) {
        items.add(nestedList(s, expr));
      } else if (s.startsWith("[")) {
        String inner = s.substring(1, s.length() - 1).trim();
        List<Long> vals = new ArrayList<>();
        if (!inner.isEmpty()) {
          for (String v : inner.split(",")) {
            vals.add(Long.parseLong(v.trim()));
          }
        }
        items.add(vals.stream().mapToLong(Long::longValue).toArray());
      } else if (s.contains(":")) {
        String[] parts = s.split(":", -1);
        if (parts.length > 3) {
          throw new IllegalArgumentException("invalid slice: '" + s + "'");
        }
        Long start = parts[0].isBlank() ? null : Long.parseLong(parts[0].trim());
        Long stop = parts.length > 1 && !parts[1].isBlank() ? Long.parseLong(parts[1].trim()) : null;
        Long step = parts.length > 2 && !parts[2].isBlank() ? Long.parseLong(parts[2].trim()) : null;
        items.add(Index.slice(start, stop, step));
      } else {
        try {
          items.add(Long.parseLong(s));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("invalid index expression: '" + expr + "'", e);
        }
      }
    }
    return items.toArray();
  }

  /** A nested list such as {@code [[0], [1]]}: an int64 index tensor of that shape. */
  private static Tensor nestedList(String s, String expr) {
    List<Long> flat = new ArrayList<>();
    List<Long> shape = new ArrayList<>();
    nestedInto(s.trim(), 0, flat, shape, expr);
    return Torch.tensor(
        flat.stream().mapToLong(Long::longValue).toArray(), Views.toArray(shape), DType.int64);
  }

  private static void nestedInto(String s, int depth, List<Long> flat, List<Long> shape, String expr) {
    if (!s.startsWith("[") || !s.endsWith("]")) {
      if (depth != shape.size()) {
        throw new IllegalArgumentException("invalid index expression: '" + expr + "'");
      }
      flat.add(Long.parseLong(s));
      return;
    }
    String inner = s.substring(1, s.length() - 1).trim();
    List<String> parts = inner.isEmpty() ? List.of() : splitTopLevel(inner);
    if (shape.size() == depth) {
      shape.add((long) parts.size());
    } else if (shape.get(depth) != parts.size()) {
      throw new IllegalArgumentException("invalid index expression (ragged list): '" + expr + "'");
    }
    for (String p : parts) {
      nestedInto(p.trim(), depth + 1, flat, shape, expr);
    }
  }

  private static List<String> splitTopLevel(String expr) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char c : expr.toCharArray()) {
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    if (out.size() > 1 && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1); // trailing comma, as in Python's x[1,]
    }
    return out;
  }

  private static Object normalize(Object item) {
    if (item instanceof Integer i) {
      return (long) i;
    }
    if (item instanceof int[] a) {
      long[] l = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        l[i] = a[i];
      }
      return l;
    }
    if (item instanceof String s) {
      Object[] p = parse(s);
      if (p.length != 1) {
        throw new IllegalArgumentException("a String index item must be a single item: '" + s + "'");
      }
      return p[0];
    }
    if (item == null) {
      return Index.None;
    }
    if (item instanceof Long || item instanceof Index || item instanceof Tensor
        || item instanceof long[] || item instanceof Boolean) {
      return item;
    }
    throw new IllegalArgumentException(
        "only integers, slices (`:`), ellipsis (`...`), None and long or boolean tensors are valid"
            + " indices (got " + item.getClass().getSimpleName() + ")");
  }

  /**
   * The result of the basic-indexing pass: a view plus advanced indices by dim of that view;
   * {@code mask} is set when the only tensor index is a bool/byte mask of 1+ dims (index_put_
   * then runs as masked_fill_ for one-element values).
   */
  private record Applied(Tensor view, List<Integer> advDims, List<Tensor> advIdx, boolean mask) {}

  /** A tensor index as applySlicing records it, before index/index_put_ look at it. */
  private record Pending(int dim, Tensor index) {}

  private static Applied apply(Tensor t, Object[] rawItems) {
    Object[] items = new Object[rawItems.length];
    int consumed = 0;
    int ellipses = 0;
    for (int i = 0; i < rawItems.length; i++) {
      items[i] = normalize(rawItems[i]);
      Object it = items[i];
      if (it instanceof Index ix) {
        if (ix.isEllipsis()) {
          ellipses++;
        } else if (!ix.isNone()) {
          consumed++;
        }
      } else if (it instanceof Tensor x && (x.dtype() == DType.bool || x.dtype() == DType.uint8)) {
        consumed += x.dim();
      } else if (!(it instanceof Boolean)) {
        consumed++;
      }
    }
    if (consumed > t.dim()) {
      // Python's x[i] and x[a:b:c] (one index, not a tuple) go straight to applySelect and
      // applySlice; a tuple goes through applySlicing, which counts the indices first.
      if (t.dim() == 0 && items.length == 1 && items[0] instanceof Index only && !only.isNone()
          && !only.isEllipsis()) {
        long step = only.step() == null ? 1 : only.step();
        if (step == 0) {
          throw new IllegalArgumentException("slice step cannot be zero");
        }
        if (step < 0) {
          throw new IllegalArgumentException("step must be greater than zero");
        }
        throw new IndexOutOfBoundsException("slice() cannot be applied to a 0-dim tensor.");
      }
      if (t.dim() == 0 && items.length == 1 && items[0] instanceof Long l) {
        if (l == 0) {
          throw new IndexOutOfBoundsException(
              "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()`"
                  + " in C++ to convert a 0-dim tensor to a number");
        }
        // applySelect reads the size of a dim a 0-d tensor lacks; PyTorch 1.13 reports size 0
        throw new IndexOutOfBoundsException(
            "index " + l + " is out of bounds for dimension 0 with size 0");
      }
      throw new IndexOutOfBoundsException("too many indices for tensor of dimension " + t.dim());
    }
    Tensor v = t;
    int dim = 0;
    // PyTorch's applySelect names the position of the index in the index tuple (its real_dim),
    // not a dim of the original tensor or of the partly indexed view: x[None, None, 0, 9] on a
    // [2, 3, 4] tensor reports dimension 3.
    int position = -1;
    boolean ellipsisSeen = false;
    List<Integer> advDims = new ArrayList<>();
    List<Tensor> advIdx = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (Object it : items) {
      position++;
      if (it instanceof Long l) {
        v = Views.select(v, dim, l, position);
      } else if (it instanceof Tensor x && x.dim() == 0 && x.dtype() != DType.bool
          && x.dtype() != DType.uint8 && !x.dtype().is_floating_point()) {
        // handleDimInMultiDimIndexing: a 0-d integer tensor of any width is an integer (a view)
        v = Views.select(v, dim, x.longValue(), position);
      } else if (it instanceof Index ix) {
        if (ix.isNone()) {
          v = Views.unsqueeze(v, dim);
          dim++;
        } else if (ix.isEllipsis()) {
          if (!ellipsisSeen) {
            dim += t.dim() - consumed;
          }
          ellipsisSeen = true;
        } else {
          if (v.dim() == 0) {
            throw new IndexOutOfBoundsException("slice() cannot be applied to a 0-dim tensor.");
          }
          long step = ix.step() == null ? 1 : ix.step();
          if (step == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
          }
          v = Views.slice(v, dim, ix.start(), ix.stop(), step);
          dim++;
        }
      } else if (it instanceof Boolean b) {
        v = Views.unsqueeze(v, dim);
        if (!b) {
          v = Views.slice(v, dim, 0L, 0L, 1);
        }
        pending.add(new Pending(dim, Torch.zeros(new long[] {b ? 1 : 0}, DType.int64)));
        dim++;
      } else if (it instanceof long[] list) {
        // a list is indexing_tensor_from_data(..., kLong, ...): int64 even when empty
        pending.add(new Pending(dim, Torch.tensor(list, new long[] {list.length}, DType.int64)));
        dim++;
      } else if (it instanceof Tensor x) {
        if ((x.dtype() == DType.bool || x.dtype() == DType.uint8) && x.dim() == 0) {
          v = Views.unsqueeze(v, dim);
          pending.add(new Pending(dim, Torch.zeros(new long[] {x.booleanValue() ? 1 : 0}, DType.int64)));
          dim++;
        } else {
          pending.add(new Pending(dim, x));
          dim += x.dtype() == DType.bool || x.dtype() == DType.uint8 ? x.dim() : 1;
        }
      }
    }
    // index / index_put_: checkIndexTensorTypes over all indices, then expandTensors (each mask's
    // shape against the sliced tensor, then its nonzero()), in that order.
    for (Pending pi : pending) {
      DType dt = pi.index.dtype();
      if (dt != DType.int64 && dt != DType.bool && dt != DType.uint8) {
        throw new IndexOutOfBoundsException(
            "tensors used as indices must be long, byte or bool tensors");
      }
    }
    int masks = 0;
    for (Pending pi : pending) {
      Tensor x = pi.index;
      if (x.dtype() == DType.bool || x.dtype() == DType.uint8) {
        masks++;
        for (int k = 0; k < x.dim(); k++) {
          if (x.shape[k] != v.shape[pi.dim + k]) {
            throw new IndexOutOfBoundsException(
                "The shape of the mask "
                    + Shapes.list(x.shape)
                    + " at index "
                    + k
                    + " does not match the shape of the indexed tensor "
                    + Shapes.list(v.shape)
                    + " at index "
                    + (pi.dim + k));
          }
        }
        Tensor[] nz = nonzero(x);
        for (int k = 0; k < nz.length; k++) {
          advDims.add(pi.dim + k);
          advIdx.add(nz[k]);
        }
      } else {
        advDims.add(pi.dim);
        advIdx.add(x);
      }
    }
    return new Applied(v, advDims, advIdx, masks == 1 && pending.size() == 1);
  }

  /** Indices of non-zero elements, one int64 tensor per dim (PyTorch: {@code nonzero(as_tuple=True)}). */
  static Tensor[] nonzero(Tensor mask) {
    int nd = mask.dim();
    List<Long> hits = new ArrayList<>();
    if (mask.dtype().is_floating_point()) {
      double[] flat = mask.toDoubleArray();
      for (int i = 0; i < flat.length; i++) {
        if (flat[i] != 0) { // NaN counts as non-zero
          hits.add((long) i);
        }
      }
    } else {
      long[] flat = mask.toLongArray();
      for (int i = 0; i < flat.length; i++) {
        if (flat[i] != 0) {
          hits.add((long) i);
        }
      }
    }
    Tensor[] out = new Tensor[nd];
    for (int k = 0; k < nd; k++) {
      long[] idx = new long[hits.size()];
      long inner = 1;
      for (int d = k + 1; d < nd; d++) {
        inner *= mask.shape[d];
      }
      for (int i = 0; i < idx.length; i++) {
        idx[i] = (hits.get(i) / inner) % mask.shape[k];
      }
      out[k] = Torch.tensor(idx, new long[] {idx.length}, DType.int64);
    }
    return out;
  }

  /**
   * An advanced index over a view: the result shape, and (computed on demand, with the bounds
   * checks) the storage offset of every result element.
   */
  private static final class Gather {
    final Tensor v;
    final List<Integer> advDims;
    final List<Tensor> advIdx;
    final long[] bshape;
    final long[] shape;
    final List<Integer> rest = new ArrayList<>();
    final int insertAt;

    /**
     * make_info: broadcast the indices, then AdvancedIndex's check that an index into a size-0
     * dim cannot be satisfied (before any index value is read).
     */
    Gather(Tensor v, List<Integer> advDims, List<Tensor> advIdx) {
      this.v = v;
      this.advDims = advDims;
      this.advIdx = advIdx;
      long[] b = advIdx.get(0).shapeArray();
      for (Tensor ix : advIdx) {
        try {
          b = Shapes.broadcast(b, ix.shape);
        } catch (IllegalArgumentException e) {
          StringBuilder sb = new StringBuilder(
              "shape mismatch: indexing tensors could not be broadcast together with shapes ");
          for (int i = 0; i < advIdx.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(Shapes.list(advIdx.get(i).shape));
          }
          throw new IndexOutOfBoundsException(sb.toString());
        }
      }
      bshape = b;
      boolean adjacent = true;
      for (int i = 1; i < advDims.size(); i++) {
        if (advDims.get(i) != advDims.get(i - 1) + 1) {
          adjacent = false;
        }
      }
      int nd = v.dim();
      boolean[] isAdv = new boolean[nd];
      for (int d : advDims) {
        isAdv[d] = true;
      }
      for (int d = 0; d < nd; d++) {
        if (!isAdv[d]) {
          rest.add(d);
        }
      }
      int first = advDims.get(0);
      // Result dims: [rest before first] + bshape + [rest after] when adjacent, else bshape + rest.
      insertAt = adjacent ? (int) rest.stream().filter(d -> d < first).count() : 0;
      List<Long> outShape = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        if (i == insertAt) {
          for (long sz : bshape) {
            outShape.add(sz);
          }
        }
        outShape.add(v.shape[rest.get(i)]);
      }
      if (insertAt == rest.size()) {
        for (long sz : bshape) {
          outShape.add(sz);
        }
      }
      shape = Views.toArray(outShape);
      boolean zeroIndexed = false;
      for (int d : advDims) {
        zeroIndexed |= v.shape[d] == 0;
      }
      if (zeroIndexed && Shapes.numel(bshape) > 0) {
        throw new IndexOutOfBoundsException("index is out of bounds for dimension with size 0");
      }
    }

    /**
     * The storage offsets, result elements in row-major order. The index kernel checks each
     * index value as it reaches it, element by element and index by index, so the first bad
     * value in that order is reported, naming the index's position among the indices (not a
     * dim of the tensor); an empty result reads no index value and raises nothing.
     */
    long[] offsets() {
      long bn = Shapes.numel(bshape);
      long[] restShape = new long[rest.size()];
      long[] restStrides = new long[rest.size()];
      for (int i = 0; i < rest.size(); i++) {
        restShape[i] = v.shape[rest.get(i)];
        restStrides[i] = v.strides[rest.get(i)];
      }
      long rn = Shapes.numel(restShape);
      if (rn == 0 || bn == 0) {
        return new long[0];
      }
      long[][] vals = new long[advIdx.size()][];
      for (int k = 0; k < advIdx.size(); k++) {
        Tensor ix = advIdx.get(k);
        Layout l = Shapes.expandLayout(ix.layout(), bshape);
        vals[k] = new Tensor(ix.storage, ix.dtype(), bshape, l.strides(), l.offset(), new int[1])
            .toLongArray();
      }
      long[] advOff = new long[(int) bn];
      for (int i = 0; i < bn; i++) {
        long o = 0;
        for (int k = 0; k < advIdx.size(); k++) {
          int d = advDims.get(k);
          long size = v.shape[d];
          long val = vals[k][i];
          if (val < -size || val >= size) {
            throw new IndexOutOfBoundsException(
                "index " + val + " is out of bounds for dimension " + k + " with size " + size);
          }
          o += (val < 0 ? val + size : val) * v.strides[d];
        }
        advOff[i] = o;
      }
      long[] restOff = new long[(int) rn];
      for (long i = 0; i < rn; i++) {
        long rem = i;
        long o = 0;
        for (int d = restShape.length - 1; d >= 0; d--) {
          o += (rem % restShape[d]) * restStrides[d];
          rem /= restShape[d];
        }
        restOff[(int) i] = o;
      }
      long[] offsets = new long[(int) (bn * rn)];
      long before = 1;
      for (int i = 0; i < insertAt; i++) {
        before *= restShape[i];
      }
      long after = rn / before;
      int p = 0;
      for (long b0 = 0; b0 < before; b0++) {
        for (int a = 0; a < bn; a++) {
          for (long a0 = 0; a0 < after; a0++) {
            offsets[p++] = v.offset + advOff[a] + restOff[(int) (b0 * after + a0)];
          }
        }
      }
      return offsets;
    }

    /** Whether the plan is made where the tensors live, the index values never read to the host. */
    boolean onDevice() {
      if (!IndexOps.onDevice(v)) {
        return false;
      }
      for (Tensor ix : advIdx) {
        if (!IndexOps.onDevice(ix)) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@link #offsets()} as a contiguous int64 tensor on the device (null when empty), made by
     * tensor ops there; an index out of range gives an offset past the storage, so the backend's
     * gather or scatter throws and {@link #offsets()} then reports PyTorch's error.
     */
    Tensor offsetsOnDevice() {
      long bn = Shapes.numel(bshape);
      long[] restShape = new long[rest.size()];
      long[] restStrides = new long[rest.size()];
      for (int i = 0; i < rest.size(); i++) {
        restShape[i] = v.shape[rest.get(i)];
        restStrides[i] = v.strides[rest.get(i)];
      }
      long rn = Shapes.numel(restShape);
      if (rn == 0 || bn == 0) {
        return null;
      }
      long[] restOff = new long[(int) rn];
      for (long i = 0; i < rn; i++) {
        long rem = i;
        long o = 0;
        for (int d = restShape.length - 1; d >= 0; d--) {
          o += (rem % restShape[d]) * restStrides[d];
          rem /= restShape[d];
        }
        restOff[(int) i] = o + v.offset;
      }
      long before = 1;
      for (int i = 0; i < insertAt; i++) {
        before *= restShape[i];
      }
      long after = rn / before;
      try (var g = new Autograd.NoGrad()) {
        Tensor adv = null;
        Tensor bad = null;
        for (int k = 0; k < advIdx.size(); k++) {
          long size = v.shape[advDims.get(k)];
          Tensor ix = advIdx.get(k).castTo(DType.int64).expand(bshape);
          Tensor b = ix.lt(-size).logical_or(ix.ge(size));
          Tensor w = ix.add(ix.lt(0L).castTo(DType.int64).mul(size))
              .mul(v.strides[advDims.get(k)]);
          adv = adv == null ? w : adv.add(w);
          bad = bad == null ? b : bad.logical_or(b);
        }
        adv = adv.masked_fill(bad, IndexOps.OUT_OF_RANGE).reshape(1, bn, 1);
        long bf = before;
        Tensor restT = Devices.on(v.device(),
            () -> Torch.tensor(restOff, new long[] {bf, 1, after}, DType.int64));
        return restT.add(adv).reshape(-1).contiguous();
      }
    }

    /** {@code out} (contiguous, of {@link #shape}) gets the indexed elements of {@code v}. */
    void gatherInto(Tensor out) {
      if (onDevice()) {
        Tensor off = offsetsOnDevice();
        if (off != null) {
          try {
            Backends.get().gather(v.storage, off.storage, off.layout(), out.storage);
          } catch (RuntimeException e) {
            offsets(); // PyTorch's error for the bad index
            throw e;
          }
        }
        return;
      }
      long[] offsets = offsets();
      if (offsets.length > 0) {
        Backends.get().gather(v.storage, offsets, out.storage);
      }
    }

    /** The elements of {@code src} laid out as {@code from} go to the indexed places of {@code v}. */
    void scatterFrom(Tensor src, Layout from, boolean accumulate) {
      if (onDevice() && IndexOps.onDevice(src)) {
        Tensor off = offsetsOnDevice();
        if (off != null) {
          try {
            Backends.get().scatter(
                src.storage, from, v.storage, off.storage, off.layout(), accumulate);
          } catch (RuntimeException e) {
            offsets(); // PyTorch's error for the bad index
            throw e;
          }
        }
        return;
      }
      long[] offsets = offsets();
      if (offsets.length > 0) {
        Backends.get().scatter(src.storage, from, v.storage, offsets, accumulate);
      }
    }
  }

  static Tensor get(Tensor t, Object[] items) {
    Applied ap = apply(t, items);
    if (ap.advIdx.isEmpty()) {
      return ap.view;
    }
    Tensor v = ap.view;
    Gather g = new Gather(v, ap.advDims, ap.advIdx);
    Tensor out = Tensor.empty(g.shape, t.dtype(), t.device()); // device support
    g.gatherInto(out);
    long[] vShape = v.shapeArray();
    return Autograd.record(
        out,
        "IndexBackward0",
        new Tensor[] {v},
        grad -> {
          Tensor z = Torch.zeros(vShape, grad.dtype());
          Tensor zv = new Tensor(z.storage, z.dtype(), v.shape, v.stride(), v.offset, new int[1]);
          Tensor gc = grad.contiguous();
          new Gather(zv, ap.advDims, ap.advIdx).scatterFrom(gc, gc.layout(), true);
          return new Tensor[] {z};
        });
  }

  static void set(Tensor t, Object[] items, Tensor value) {
    ScalarCheck.check(value, t.dtype());
    Applied ap = apply(t, items);
    Tensor v = ap.view;
    boolean track = Autograd.isGradEnabled() && (t.requiresGrad || value.requiresGrad);
    if (t.requiresGrad && t.gradFn == null && Autograd.isGradEnabled()) {
      throw new IllegalStateException(
          ap.advIdx.isEmpty()
              ? "a view of a leaf Variable that requires grad is being used in an in-place operation."
              : "a leaf Variable that requires grad is being used in an in-place operation.");
    }
    Tensor before = track ? t.shallowSnapshot() : null;
    Tensor orig = value;
    value = stripLeadingOnes(value);
    if (ap.advIdx.isEmpty()) {
      if (value.dim() > v.dim()) {
        Views.expand(value, v.shapeArray()); // raises PyTorch's expand error
      }
      Layout from = Shapes.expandLayout(value.layout(), v.shape);
      Tensor src = value;
      if (value.dtype() != t.dtype() && value.numel() == 1) {
        // A scalar such as m.set("1:-1, ::2", 1.0) arrives as a float64 wrapped number: convert
        // its one element first (the same single cast the copy would do per element) so the
        // broadcast write is a same-dtype copy, which backends run as a typed loop rather than
        // through per-element conversions (1022x512 float32: ~4x faster).
        src = value.rawCopy(t.dtype());
      } else if (value.storage == t.storage) {
        src = value.rawCopy(value.dtype());
      }
      if (src != value) {
        from = Shapes.expandLayout(src.layout(), v.shape);
      }
      if (orig.dim() > 0) {
        // copy_to: a 0-d value is a fill_ (no overlap check), anything else a copy_, whose
        // iterator refuses a destination with aliased elements.
        Elementwise.checkNoInternalOverlap(v);
      }
      Backends.get().copy(src.storage, from, v.storage, v.layout());
    } else {
      Gather g = new Gather(v, ap.advDims, ap.advIdx);
      boolean maskedFill = ap.mask && value.numel() == 1;
      if (maskedFill) {
        // _index_put_impl_ runs a lone bool/byte mask with a one-element value as
        // masked_fill_(mask, value.item()), which converts the value (checked) to self's dtype.
        if (value.dtype().is_floating_point()) {
          ScalarCheck.check(value.doubleValue(), t.dtype(), true);
        } else {
          ScalarCheck.check(value.longValue(), t.dtype(), true);
        }
      } else {
        // make_index_put_iterator: the value's shape, then its dtype (no cast), then the kernel
        // reads the indices.
        try {
          Shapes.expandLayout(value.layout(), g.shape);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "shape mismatch: value tensor of shape "
                  + Shapes.list(value.shape)
                  + " cannot be broadcast to indexing result of shape "
                  + Shapes.list(g.shape));
        }
        if (!value.wrappedNumber && value.dtype() != t.dtype()) {
          throw new IllegalArgumentException(
              "Index put requires the source and destination dtypes match, got "
                  + t.dtype().scalarTypeName()
                  + " for the destination and "
                  + value.dtype().scalarTypeName()
                  + " for the source.");
        }
      }
      Layout from = Shapes.expandLayout(value.layout(), g.shape);
      Tensor src = value.dtype() == t.dtype() ? value : value.castTo(t.dtype());
      if (src != value) {
        from = Shapes.expandLayout(src.layout(), g.shape);
      }
      if (src.storage == t.storage) {
        Tensor c = src.rawCopy(src.dtype());
        from = Shapes.expandLayout(c.layout(), g.shape);
        src = c;
      }
      g.scatterFrom(src, from, false);
    }
    t.bumpVersion();
    if (track) {
      long[] valueShape = orig.shapeArray();
      Autograd.record(
          t,
          ap.advIdx.isEmpty() ? "CopySlices" : "IndexPutBackward0",
          new Tensor[] {before, orig},
          grad -> {
            Tensor gb = grad.clone();
            set(gb, items, Torch.zeros(new long[0], grad.dtype()));
            Tensor gv = get(grad, items);
            return new Tensor[] {gb, Autograd.sumTo(gv, valueShape)};
          });
    }
  }

  /** PyTorch's setitem drops leading size-1 dims of the value before broadcasting it. */
  private static Tensor stripLeadingOnes(Tensor value) {
    int k = 0;
    while (k < value.dim() && value.shape[k] == 1) {
      k++;
    }
    if (k == 0) {
      return value;
    }
    long[] shape = java.util.Arrays.copyOfRange(value.shape, k, value.dim());
    long[] st = java.util.Arrays.copyOfRange(value.strides, k, value.dim());
    Tensor s = new Tensor(value.storage, value.dtype(), shape, st, value.offset, new int[1]);
    s.requiresGrad = value.requiresGrad;
    s.gradFn = value.gradFn;
    s.wrappedNumber = value.wrappedNumber;
    return s;
  }

  /** {@code z[..., idx[...], ...] += g} along {@code dim} (the backward of max(dim)). */
  static void scatterAlongDim(Tensor z, int dim, Tensor idx, Tensor g) {
    long[] shape = idx.shapeArray();
    long n = Shapes.numel(shape);
    long[] ix = idx.toLongArray();
    Tensor gc = g.contiguous();
    long[] offsets = new long[(int) n];
    for (long i = 0; i < n; i++) {
      long rem = i;
      long off = z.offset;
      for (int d = shape.length - 1; d >= 0; d--) {
        long c = rem % shape[d];
        rem /= shape[d];
        off += (d == dim ? ix[(int) i] : c) * z.strides[d];
      }
      offsets[(int) i] = off;
    }
    Backends.get().scatter(gc.storage, gc.layout(), z.storage, offsets, true);
  }

  // ---- index_put_ / index_put (issue 11, branch ops-index; the writes live in IndexWrites) ----

  /**
   * What {@code self.index_put_(indices, values, accumulate)} writes, checked in PyTorch 1.13's
   * order (_index_put_impl_: the index count, the masked_fill dispatch, then make_info's index
   * dtypes, mask shapes, broadcast and empty-dim checks, the value's shape and dtype, and last the
   * kernel's bounds check): the row-major positions of {@code self} written, in the indexing
   * result's row-major order, and that result's shape ({@code maskedFill}: a lone bool/byte mask
   * with a one-element value, which PyTorch runs as masked_fill_ with {@code value.item()}).
   */
  record PutPlan(long[] lin, long[] resultShape, boolean maskedFill) {}

  static PutPlan indexPutPlan(Tensor self, Tensor[] indices, Tensor values, boolean accumulate) {
    if (indices.length > self.dim()) {
      throw new IndexOutOfBoundsException(
          "too many indices for tensor of dimension " + self.dim() + " (got " + indices.length + ")");
    }
    long[] shape = self.shapeArray();
    Tensor z = new Tensor(self.storage, self.dtype(), shape, Layout.contiguousStrides(shape), 0,
        new int[1]);
    if (!accumulate && values.numel() == 1 && indices.length == 1
        && (indices[0].dtype() == DType.bool || indices[0].dtype() == DType.uint8)) {
      Tensor mask = indices[0];
      for (int k = 0; k < mask.dim(); k++) {
        if (mask.shape[k] != shape[k]) {
          throw new IndexOutOfBoundsException(
              "The shape of the mask " + Shapes.list(mask.shape) + " at index " + k
                  + " does not match the shape of the indexed tensor " + Shapes.list(shape)
                  + " at index " + k);
        }
      }
      if (values.dtype().is_floating_point()) {
        ScalarCheck.check(values.doubleValue(), self.dtype(), true);
      } else {
        ScalarCheck.check(values.longValue(), self.dtype(), true);
      }
      long[] ms = shape.clone();
      for (int k = mask.dim(); k < ms.length; k++) {
        ms[k] = 1;
      }
      for (int k = 0; k < mask.dim(); k++) {
        ms[k] = mask.shape[k];
      }
      Tensor full = mask.reshape(ms).expand(shape).ne(0L);
      boolean[] bits = full.toBooleanArray();
      int count = 0;
      for (boolean b : bits) {
        count += b ? 1 : 0;
      }
      long[] lin = new long[count];
      for (int i = 0, j = 0; i < bits.length; i++) {
        if (bits[i]) {
          lin[j++] = i;
        }
      }
      return new PutPlan(lin, new long[] {count}, true);
    }
    for (Tensor x : indices) {
      DType dt = x.dtype();
      if (dt != DType.int64 && dt != DType.bool && dt != DType.uint8) {
        throw new IndexOutOfBoundsException(
            "tensors used as indices must be long, byte or bool tensors");
      }
    }
    List<Integer> advDims = new ArrayList<>();
    List<Tensor> advIdx = new ArrayList<>();
    int dim = 0;
    for (Tensor x : indices) {
      if (x.dtype() == DType.bool || x.dtype() == DType.uint8) {
        for (int k = 0; k < x.dim(); k++) {
          if (dim + k >= shape.length || x.shape[k] != shape[dim + k]) {
            throw new IndexOutOfBoundsException(
                "The shape of the mask " + Shapes.list(x.shape) + " at index " + k
                    + " does not match the shape of the indexed tensor " + Shapes.list(shape)
                    + " at index " + (dim + k));
          }
        }
        Tensor[] nz = nonzero(x);
        for (int k = 0; k < nz.length; k++) {
          advDims.add(dim + k);
          advIdx.add(nz[k]);
        }
        dim += x.dim();
      } else {
        advDims.add(dim);
        advIdx.add(x);
        dim++;
      }
    }
    if (advIdx.isEmpty()) {
      // only 0-d masks: nothing is indexed (the whole tensor is the result)
      return new PutPlan(IndexOps.identity(self.numel()), shape, false);
    }
    Gather g = new Gather(z, advDims, advIdx);
    try {
      if (values.dim() > g.shape.length) {
        throw new IllegalArgumentException("more dims than the result");
      }
      Shapes.expandLayout(values.layout(), g.shape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "shape mismatch: value tensor of shape " + Shapes.list(values.shape)
              + " cannot be broadcast to indexing result of shape " + Shapes.list(g.shape));
    }
    if (!values.wrappedNumber && values.dtype() != self.dtype()) {
      throw new IllegalArgumentException(
          "Index put requires the source and destination dtypes match, got "
              + self.dtype().scalarTypeName() + " for the destination and "
              + values.dtype().scalarTypeName() + " for the source.");
    }
    return new PutPlan(g.offsets(), g.shape, false);
  }
}
