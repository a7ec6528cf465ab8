package dev.torchnd;

import dev.torchnd.spi.GraphOp;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.Tracing;
import java.util.Arrays;
import java.util.List;

/** Shape and view ops: views share storage; each records its backward as a view of the gradient. */
final class Views {
  private Views() {}

  static Tensor view(Tensor t, long[] requested) {
    long[] shape = Shapes.inferShape(requested, t.numel());
    long[] st = Shapes.viewStrides(t.shape, t.strides, shape);
    if (st == null) {
      throw new IllegalArgumentException(
          "view size is not compatible with input tensor's size and stride (at least one dimension"
              + " spans across two contiguous subspaces). Use .reshape(...) instead.");
    }
    Tensor v = t.view(shape, st, t.offset);
    long[] inShape = t.shapeArray();
    return Autograd.record(GraphOp.VIEW, v, "ViewBackward0", new Tensor[] {t}, g -> new Tensor[] {g.reshape(inShape)});
  }

  static Tensor reshape(Tensor t, long[] requested) {
    long[] shape = Shapes.inferShape(requested, t.numel());
    long[] st = Shapes.viewStrides(t.shape, t.strides, shape);
    long[] inShape = t.shapeArray();
    if (st != null) {
      Tensor v = t.view(shape, st, t.offset);
      return Autograd.record(
          GraphOp.RESHAPE, v, "ReshapeAliasBackward0", new Tensor[] {t}, g -> new Tensor[] {g.reshape(inShape)});
    }
    Tensor c = t.rawCopy(t.dtype());
    Tensor out = new Tensor(c.storage, c.dtype(), shape, Layout.contiguousStrides(shape), 0, new int[1]);
    // PyTorch reshapes a non-viewable tensor by clone + view: two nodes, the last a view.
    return Autograd.record(
        GraphOp.RESHAPE, out, "UnsafeViewBackward0", new Tensor[] {t}, g -> new Tensor[] {g.reshape(inShape)});
  }

  static Tensor permute(Tensor t, int[] dims) {
    int nd = t.dim();
    if (dims.length != nd) {
      throw new IllegalArgumentException(
          "permute(sparse_coo): number of dimensions in the tensor input does not match the length"
              + " of the desired ordering of dimensions i.e. input.dim() = "
              + nd
              + " is not equal to len(dims) = "
              + dims.length);
    }
    boolean[] seen = new boolean[nd];
    long[] shape = new long[nd];
    long[] st = new long[nd];
    int[] wrapped = new int[nd];
    for (int i = 0; i < nd; i++) {
      int d = Shapes.wrapDim(dims[i], nd);
      if (seen[d]) {
        throw new IllegalArgumentException("permute(): duplicate dims are not allowed.");
      }
      seen[d] = true;
      wrapped[i] = d;
      shape[i] = t.shape[d];
      st[i] = t.strides[d];
    }
    Tensor v = t.view(shape, st, t.offset);
    int[] inverse = new int[nd];
    for (int i = 0; i < nd; i++) {
      inverse[wrapped[i]] = i;
    }
    Tracing.attrs("dims", wrapped);
    return Autograd.record(GraphOp.PERMUTE, v, "PermuteBackward0", new Tensor[] {t}, g -> new Tensor[] {g.permute(inverse)});
  }

  static Tensor transpose(Tensor t, int d0, int d1) {
    int nd = t.dim();
    int a = Shapes.wrapDim(d0, nd);
    int b = Shapes.wrapDim(d1, nd);
    if (nd == 0) {
      return Autograd.record(
          GraphOp.TRANSPOSE, t.view(t.shape, t.strides, t.offset), "TransposeBackward0", new Tensor[] {t},
          g -> new Tensor[] {g});
    }
    long[] shape = t.shapeArray();
    long[] st = t.stride();
    long tmp = shape[a];
    shape[a] = shape[b];
    shape[b] = tmp;
    tmp = st[a];
    st[a] = st[b];
    st[b] = tmp;
    Tensor v = t.view(shape, st, t.offset);
    Tracing.attrs("dim0", a, "dim1", b);
    return Autograd.record(
        GraphOp.TRANSPOSE, v, "TransposeBackward0", new Tensor[] {t},
        g -> new Tensor[] {g.transpose(a, b)});
  }

  static Tensor t(Tensor t) {
    if (t.dim() > 2) {
      throw new IllegalArgumentException(
          "t() expects a tensor with <= 2 dimensions, but self is " + t.dim() + "D");
    }
    return t.dim() < 2 ? transpose(t, 0, 0) : transpose(t, 0, 1);
  }

  static Tensor reverseDims(Tensor t) {
    int nd = t.dim();
    int[] dims = new int[nd];
    for (int i = 0; i < nd; i++) {
      dims[i] = nd - 1 - i;
    }
    return permute(t, dims);
  }

  static Tensor expand(Tensor t, long[] sizes) {
    int nd = t.dim();
    if (sizes.length < nd) {
      throw new IllegalArgumentException(
          "expand("
              + DType.errorTypeName(t.dtype(), t.device())
              + "{"
              + Shapes.list(t.shape)
              + "}, size="
              + Shapes.list(sizes)
              + "): the number of sizes provided ("
              + sizes.length
              + ") must be greater or equal to the number of dimensions in the tensor ("
              + nd
              + ")");
    }
    long[] target = sizes.clone();
    int off = sizes.length - nd;
    for (int i = 0; i < sizes.length; i++) {
      if (target[i] == -1) {
        if (i < off) {
          throw new IllegalArgumentException(
              "The expanded size of the tensor (-1) isn't allowed in a leading, non-existing"
                  + " dimension " + i);
        }
        target[i] = t.shape[i - off];
      }
    }
    Layout l = Shapes.expandLayout(t.layout(), target);
    Tensor v = t.view(l.shape(), l.strides(), l.offset());
    long[] inShape = t.shapeArray();
    return Autograd.record(
        v, "ExpandBackward0", new Tensor[] {t}, g -> new Tensor[] {Autograd.sumTo(g, inShape)});
  }

  static Tensor squeeze(Tensor t, Integer dim) {
    int nd = t.dim();
    long[] inShape = t.shapeArray();
    List<Long> shape = new java.util.ArrayList<>();
    List<Long> st = new java.util.ArrayList<>();
    int target = dim == null ? -1 : Shapes.wrapDim(dim, nd);
    for (int i = 0; i < nd; i++) {
      boolean drop = t.shape[i] == 1 && (dim == null || i == target);
      if (!drop) {
        shape.add(t.shape[i]);
        st.add(t.strides[i]);
      }
    }
    Tensor v = t.view(toArray(shape), toArray(st), t.offset);
    return Autograd.record(
        GraphOp.SQUEEZE,
        v,
        dim == null ? "SqueezeBackward0" : "SqueezeBackward1",
        new Tensor[] {t},
        g -> new Tensor[] {g.reshape(inShape)});
  }

  static Tensor unsqueeze(Tensor t, int dim) {
    int nd = t.dim();
    int d = Shapes.wrapDim(dim, nd + 1);
    long[] shape = new long[nd + 1];
    long[] st = new long[nd + 1];
    for (int i = 0, j = 0; i <= nd; i++) {
      if (i == d) {
        shape[i] = 1;
        st[i] = d < nd ? t.shape[d] * t.strides[d] : 1;
      } else {
        shape[i] = t.shape[j];
        st[i] = t.strides[j];
        j++;
      }
    }
    Tensor v = t.view(shape, st, t.offset);
    return Autograd.record(
        GraphOp.UNSQUEEZE, v, "UnsqueezeBackward0", new Tensor[] {t}, g -> new Tensor[] {g.squeeze(d)});
  }

  static Tensor flatten(Tensor t, int start, int end) {
    int nd = t.dim();
    if (nd == 0) {
      Shapes.wrapDim(start, nd); // a 0-d tensor still range-checks its dims ([-1, 0])
      Shapes.wrapDim(end, nd);
      return reshape(t, new long[] {1});
    }
    int s = Shapes.wrapDim(start, nd);
    int e = Shapes.wrapDim(end, nd);
    if (s > e) {
      throw new IllegalArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
    }
    if (s == e) {
      return t;
    }
    long[] shape = new long[nd - (e - s)];
    int j = 0;
    for (int i = 0; i < nd; i++) {
      if (i <= s || i > e) {
        shape[j++] = i == s ? 1 : t.shape[i];
      }
      if (i >= s && i <= e) {
        shape[s] *= t.shape[i];
      }
    }
    return reshape(t, shape);
  }

  /** Basic indexing along one dim: a view without that dim. */
  static Tensor select(Tensor t, int dim, long index) {
    return select(t, dim, index, dim);
  }

  /** {@code reportedDim} is the dim PyTorch names in the out-of-range error. */
  static Tensor select(Tensor t, int dim, long index, int reportedDim) {
    int nd = t.dim();
    if (nd == 0) {
      throw new IndexOutOfBoundsException(
          "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in"
              + " C++ to convert a 0-dim tensor to a number");
    }
    int d = Shapes.wrapDim(dim, nd);
    long size = t.shape[d];
    if (index < -size || index >= size) {
      throw new IndexOutOfBoundsException(
          "index " + index + " is out of bounds for dimension " + reportedDim + " with size " + size);
    }
    long i = index < 0 ? index + size : index;
    long[] shape = new long[nd - 1];
    long[] st = new long[nd - 1];
    for (int k = 0, j = 0; k < nd; k++) {
      if (k != d) {
        shape[j] = t.shape[k];
        st[j] = t.strides[k];
        j++;
      }
    }
    Tensor v = t.view(shape, st, t.offset + i * t.strides[d]);
    long[] inShape = t.shapeArray();
    DType dt = t.dtype();
    return Autograd.record(
        v,
        "SelectBackward0",
        new Tensor[] {t},
        g -> {
          Tensor z = Torch.zeros(inShape, g.dtype());
          z.select(d, i).copyFrom(g);
          return new Tensor[] {z};
        });
  }

  /** Python slice semantics (clamped bounds, positive step) along one dim: a view. */
  static Tensor slice(Tensor t, int dim, Long start, Long stop, long step) {
    int d = Shapes.wrapDim(dim, t.dim());
    if (step <= 0) {
      throw new IllegalArgumentException("step must be greater than zero");
    }
    long size = t.shape[d];
    long s = start == null ? 0 : start;
    long e = stop == null ? size : stop;
    if (s < 0) {
      s += size;
    }
    if (e < 0) {
      e += size;
    }
    s = Math.min(Math.max(s, 0), size);
    e = Math.min(Math.max(e, s), size);
    long len = (e - s + step - 1) / step;
    long[] shape = t.shapeArray();
    long[] st = t.stride();
    shape[d] = len;
    st[d] = t.strides[d] * step;
    Tensor v = t.view(shape, st, t.offset + (len > 0 ? s * t.strides[d] : 0));
    long[] inShape = t.shapeArray();
    long s0 = s;
    long e0 = e;
    return Autograd.record(
        v,
        "SliceBackward0",
        new Tensor[] {t},
        g -> {
          Tensor z = Torch.zeros(inShape, g.dtype());
          slice(z, d, s0, e0, step).copyFrom(g);
          return new Tensor[] {z};
        });
  }

  static Tensor narrow(Tensor t, int dim, long start, long length) {
    int d = Shapes.wrapDim(dim, t.dim());
    long size = t.shape[d];
    long s = start < 0 ? start + size : start;
    if (s < 0 || s + length > size || length < 0) {
      throw new IndexOutOfBoundsException(
          "start (" + start + ") + length (" + length + ") exceeds dimension size (" + size + ").");
    }
    return slice(t, d, s, s + length, 1);
  }

  static Tensor cat(List<Tensor> tensors, int dim) {
    if (tensors.isEmpty()) {
      throw new IllegalArgumentException("torch.cat(): expected a non-empty list of Tensors");
    }
    // PyTorch skips legacy 1-D empty tensors when deciding shapes.
    Tensor ref = null;
    for (Tensor t : tensors) {
      if (!(t.dim() == 1 && t.numel() == 0)) {
        ref = t;
        break;
      }
    }
    DType dtype = tensors.get(0).dtype();
    for (Tensor t : tensors) {
      dtype = Promotion.promoteTypes(dtype, t.dtype());
    }
    Devices.checkSame("tensors", "wrapper_cat", tensors.get(0), tensors); // device support
    // check_cat_no_zero_dim runs over every input before the skipped ones are looked at
    for (int i = 0; i < tensors.size(); i++) {
      if (tensors.get(i).dim() == 0) {
        throw new IllegalArgumentException(
            "zero-dimensional tensor (at position " + i + ") cannot be concatenated");
      }
    }
    if (ref == null) {
      return Tensor.empty(new long[] {0}, dtype, tensors.get(0).device());
    }
    int nd = ref.dim();
    int d = Shapes.wrapDim(dim, nd);
    long total = 0;
    for (int i = 0; i < tensors.size(); i++) {
      Tensor t = tensors.get(i);
      if (t.dim() == 1 && t.numel() == 0) {
        continue;
      }
      if (t.dim() == 0) {
        throw new IllegalArgumentException(
            "zero-dimensional tensor (at position " + i + ") cannot be concatenated");
      }
      if (t.dim() != nd) {
        throw new IllegalArgumentException(
            "Tensors must have same number of dimensions: got " + nd + " and " + t.dim());
      }
      for (int k = 0; k < nd; k++) {
        if (k != d && t.shape[k] != ref.shape[k]) {
          throw new IllegalArgumentException(
              "Sizes of tensors must match except in dimension "
                  + d
                  + ". Expected size "
                  + ref.shape[k]
                  + " but got size "
                  + t.shape[k]
                  + " for tensor number "
                  + i
                  + " in the list.");
        }
      }
      total += t.shape[d];
    }
    long[] shape = ref.shapeArray();
    shape[d] = total;
    Tensor out = Tensor.uninit(shape, dtype, tensors.get(0).device()); // device support
    long pos = 0;
    long[] sizes = new long[tensors.size()];
    for (int i = 0; i < tensors.size(); i++) {
      Tensor t = tensors.get(i);
      if (t.dim() == 1 && t.numel() == 0) {
        continue;
      }
      sizes[i] = t.shape[d];
      Tensor region = rawSlice(out, d, pos, pos + t.shape[d]);
      Backends.get().copy(t.storage, t.layout(), region.storage, region.layout());
      pos += t.shape[d];
    }
    Tensor[] inputs = tensors.toArray(new Tensor[0]);
    return Autograd.record(
        out,
        "CatBackward0",
        inputs,
        g -> {
          Tensor[] gs = new Tensor[inputs.length];
          long p = 0;
          for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].dim() == 1 && inputs[i].numel() == 0) {
              continue;
            }
            gs[i] = g.narrow(d, p, sizes[i]);
            p += sizes[i];
          }
          return gs;
        });
  }

  /** A slice view without autograd, for writing results into place. */
  static Tensor rawSlice(Tensor t, int d, long s, long e) {
    long[] shape = t.shapeArray();
    shape[d] = e - s;
    return new Tensor(t.storage, t.dtype(), shape, t.stride(), t.offset + s * t.strides[d], new int[1]);
  }

  static Tensor stack(List<Tensor> tensors, int dim) {
    if (tensors.isEmpty()) {
      throw new IllegalArgumentException("stack expects a non-empty TensorList");
    }
    long[] s0 = tensors.get(0).shapeArray();
    int d = Shapes.wrapDim(dim, s0.length + 1); // PyTorch wraps the dim before comparing sizes
    for (int i = 1; i < tensors.size(); i++) {
      if (!Arrays.equals(s0, tensors.get(i).shape)) {
        throw new IllegalArgumentException(
            "stack expects each tensor to be equal size, but got "
                + Shapes.list(s0)
                + " at entry 0 and "
                + Shapes.list(tensors.get(i).shape)
                + " at entry "
                + i);
      }
    }
    List<Tensor> parts = new java.util.ArrayList<>();
    for (Tensor t : tensors) {
      parts.add(t.unsqueeze(d));
    }
    return Autograd.rename(cat(parts, d), "StackBackward0");
  }

  static long[] toArray(List<Long> l) {
    long[] out = new long[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = l.get(i);
    }
    return out;
  }
}
