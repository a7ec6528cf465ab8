package dev.torchnd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The joining, splitting and rearranging ops beyond cat/stack/split: hstack/vstack/dstack/
 * column_stack, movedim, rot90, tensor_split and h/v/dsplit, atleast_1d/2d/3d, unflatten,
 * cartesian_prod, block_diag, logspace. Written over the view and copy ops (so backward nodes
 * come out as PyTorch's composites record them), with ATen's checks and texts
 * (TensorShape.cpp, TensorTransformations.cpp, RangeFactories.cpp).
 */
final class ShapeOps {
  private ShapeOps() {}

  private static void nonEmpty(Tensor[] ts, String name) {
    if (ts.length == 0) {
      throw new IllegalArgumentException(name + " expects a non-empty TensorList");
    }
  }

  // ---------------------------------------------------------------- atleast_nd

  static Tensor atleast1d(Tensor t) {
    return t.dim() == 0 ? t.reshape(1) : t;
  }

  static Tensor atleast2d(Tensor t) {
    return switch (t.dim()) {
      case 0 -> t.reshape(1, 1);
      case 1 -> t.unsqueeze(0);
      default -> t;
    };
  }

  static Tensor atleast3d(Tensor t) {
    return switch (t.dim()) {
      case 0 -> t.reshape(1, 1, 1);
      case 1 -> t.unsqueeze(0).unsqueeze(-1);
      case 2 -> t.unsqueeze(-1);
      default -> t;
    };
  }

  static Tensor[] map(Tensor[] ts, java.util.function.UnaryOperator<Tensor> f) {
    Tensor[] out = new Tensor[ts.length];
    for (int i = 0; i < ts.length; i++) {
      out[i] = f.apply(ts[i]);
    }
    return out;
  }

  // ---------------------------------------------------------------- stacks

  static Tensor hstack(Tensor[] ts) {
    nonEmpty(ts, "hstack");
    Tensor[] rep = map(ts, ShapeOps::atleast1d);
    return Views.cat(Arrays.asList(rep), rep[0].dim() == 1 ? 0 : 1);
  }

  static Tensor vstack(Tensor[] ts) {
    nonEmpty(ts, "vstack");
    return Views.cat(Arrays.asList(map(ts, ShapeOps::atleast2d)), 0);
  }

  static Tensor dstack(Tensor[] ts) {
    nonEmpty(ts, "dstack");
    return Views.cat(Arrays.asList(map(ts, ShapeOps::atleast3d)), 2);
  }

  static Tensor columnStack(Tensor[] ts) {
    nonEmpty(ts, "column_stack");
    Tensor[] rep = map(ts, t -> t.dim() <= 1 ? t.reshape(t.numel(), 1) : t);
    return Views.cat(Arrays.asList(rep), 1);
  }

  // ---------------------------------------------------------------- movedim, rot90

  static Tensor movedim(Tensor t, int[] src, int[] dst) {
    int n = t.dim();
    if (src.length != dst.length) {
      throw new IllegalArgumentException(
          "movedim: Invalid source or destination dims: source (" + Shapes.list(toLongs(src))
              + " dims) should contain the same number of dims as destination ("
              + Shapes.list(toLongs(dst)) + " dims)");
    }
    int[] s = new int[src.length];
    int[] d = new int[dst.length];
    for (int i = 0; i < src.length; i++) {
      s[i] = Shapes.wrapDim(src[i], n);
      d[i] = Shapes.wrapDim(dst[i], n);
    }
    repeated(s, src, "source");
    repeated(d, dst, "destination");
    if (n == 0) {
      return t;
    }
    int[] order = new int[n];
    Arrays.fill(order, -1);
    boolean[] used = new boolean[n];
    for (int i = 0; i < s.length; i++) {
      order[d[i]] = s[i];
      used[s[i]] = true;
    }
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (order[i] == -1) {
        while (used[next]) {
          next++;
        }
        order[i] = next++;
      }
    }
    return t.permute(order);
  }

  private static void repeated(int[] wrapped, int[] given, String which) {
    for (int i = 0; i < wrapped.length; i++) {
      for (int j = i + 1; j < wrapped.length; j++) {
        if (wrapped[i] == wrapped[j]) {
          throw new IllegalArgumentException(
              "movedim: repeated dim in `" + which + "` (" + Shapes.list(toLongs(given)) + ")");
        }
      }
    }
  }

  private static long[] toLongs(int[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }

  static Tensor rot90(Tensor t, long k, int[] dims) {
    int n = t.dim();
    if (dims.length != 2) {
      throw new IllegalArgumentException(
          "expected total rotation dims == 2, but got dims = " + dims.length);
    }
    if (n < 2) {
      throw new IllegalArgumentException("expected total dims >= 2, but got total dims = " + n);
    }
    if (dims[0] == dims[1] || Math.abs(dims[0] - dims[1]) == n) {
      throw new IllegalArgumentException(
          "expected rotation dims to be different, but got dim0 = " + dims[0] + " and dim1 = "
              + dims[1]);
    }
    if (dims[0] >= n || dims[0] < -n) {
      throw new IllegalArgumentException("Rotation dim0 out of range, dim0 = " + dims[0]);
    }
    if (dims[1] >= n || dims[1] < -n) {
      throw new IllegalArgumentException("Rotation dim1 out of range, dim1 = " + dims[1]);
    }
    int d0 = Shapes.wrapDim(dims[0], n);
    int d1 = Shapes.wrapDim(dims[1], n);
    int r = (int) (((k % 4) + 4) % 4);
    Tensor out = switch (r) {
      case 1 -> t.flip(d1).transpose(d0, d1);
      case 2 -> t.flip(d0, d1);
      case 3 -> t.flip(d0).transpose(d0, d1);
      default -> t.clone();
    };
    return Autograd.rename(out, "Rot90Backward0");
  }

  // ---------------------------------------------------------------- tensor_split, h/v/dsplit

  static Tensor[] tensorSplit(Tensor t, long sections, int dim) {
    if (t.dim() == 0) {
      throw new IllegalArgumentException(
          "tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
    }
    int d = Shapes.wrapDim(dim, t.dim());
    if (sections <= 0) {
      throw new IllegalArgumentException("number of sections must be larger than 0, got " + sections);
    }
    long size = t.shape[d];
    long min = size / sections;
    long extra = size % sections;
    Tensor[] out = new Tensor[(int) sections];
    long start = 0;
    for (int i = 0; i < sections; i++) {
      long len = min + (i < extra ? 1 : 0);
      out[i] = Views.slice(t, d, start, start + len, 1);
      start += len;
    }
    return out;
  }

  static Tensor[] tensorSplit(Tensor t, long[] indices, int dim) {
    if (t.dim() == 0) {
      throw new IllegalArgumentException(
          "tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
    }
    int d = Shapes.wrapDim(dim, t.dim());
    Tensor[] out = new Tensor[indices.length + 1];
    long start = 0;
    for (int i = 0; i < indices.length; i++) {
      out[i] = Views.slice(t, d, start, indices[i], 1);
      start = indices[i];
    }
    out[indices.length] = Views.slice(t, d, start, null, 1);
    return out;
  }

  /** tensor_split with a tensor: a 0-d int64 is a section count, a 1-D one the indices. */
  static Tensor[] tensorSplit(Tensor t, Tensor indicesOrSections, int dim) {
    if (indicesOrSections.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "tensor_split expected tensor_indices_or_sections to have dtype of long, but got "
              + indicesOrSections.dtype().scalarTypeName());
    }
    if (indicesOrSections.dim() > 1) {
      throw new IllegalArgumentException(
          "tensor_split expected tensor_indices_or_sections to be a zero-dimensional or"
              + " one-dimensional tensor, but got a tensor with " + indicesOrSections.dim() + " dims");
    }
    if (indicesOrSections.dim() == 0) {
      return tensorSplit(t, indicesOrSections.longValue(), dim);
    }
    return tensorSplit(t, indicesOrSections.toLongArray(), dim);
  }

  private static int splitDim(Tensor t, String name, int need, int dim) {
    if (t.dim() < need) {
      throw new IllegalArgumentException(
          "torch." + name + " requires a tensor with at least " + need + " dimension, but got a"
              + " tensor with " + t.dim() + " dimensions!");
    }
    return dim;
  }

  static Tensor[] hvdSplit(Tensor t, String name, long sections) {
    int need = name.equals("hsplit") ? 1 : name.equals("vsplit") ? 2 : 3;
    int dim = name.equals("hsplit") ? (t.dim() == 1 ? 0 : 1) : name.equals("vsplit") ? 0 : 2;
    splitDim(t, name, need, dim);
    if (sections == 0 || t.shape[dim] % sections != 0) {
      throw new IllegalArgumentException(
          "torch." + name + " attempted to split along dimension " + dim + ", but the size of the"
              + " dimension " + t.shape[dim] + " is not divisible by the split_size " + sections + "!");
    }
    return tensorSplit(t, sections, dim);
  }

  static Tensor[] hvdSplit(Tensor t, String name, long[] indices) {
    int need = name.equals("hsplit") ? 1 : name.equals("vsplit") ? 2 : 3;
    int dim = name.equals("hsplit") ? (t.dim() == 1 ? 0 : 1) : name.equals("vsplit") ? 0 : 2;
    splitDim(t, name, need, dim);
    return tensorSplit(t, indices, dim);
  }

  // ---------------------------------------------------------------- unflatten

  static Tensor unflatten(Tensor t, int dim, long[] sizes) {
    if (t.dim() == 0) {
      throw new IndexOutOfBoundsException("Dimension specified as 0 but tensor has no dimensions");
    }
    int d = Shapes.wrapDim(dim, t.dim());
    if (sizes.length == 0) {
      throw new IllegalArgumentException("unflatten: sizes must be non-empty");
    }
    long size = t.shape[d];
    int infer = -1;
    long prod = 1;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == -1) {
        if (infer >= 0) {
          throw new IllegalArgumentException("only one dimension can be inferred");
        }
        infer = i;
      } else {
        prod *= sizes[i];
      }
    }
    long[] s = sizes.clone();
    if (infer >= 0) {
      if (prod == 0 || size % prod != 0) {
        throw new IllegalArgumentException(
            "unflatten: Provided sizes " + Shapes.list(sizes) + " don't multiply up to the size of"
                + " dim " + dim + " (" + size + ") in the input tensor");
      }
      s[infer] = size / prod;
    } else if (prod != size) {
      throw new IllegalArgumentException(
          "unflatten: Provided sizes " + Shapes.list(sizes) + " don't multiply up to the size of dim "
              + dim + " (" + size + ") in the input tensor");
    }
    long[] shape = new long[t.dim() - 1 + s.length];
    int k = 0;
    for (int i = 0; i < t.dim(); i++) {
      if (i == d) {
        for (long v : s) {
          shape[k++] = v;
        }
      } else {
        shape[k++] = t.shape[i];
      }
    }
    return t.view(shape);
  }

  // ---------------------------------------------------------------- cartesian_prod, block_diag

  static Tensor cartesianProd(Tensor[] ts) {
    for (Tensor t : ts) {
      if (t.dim() != 1) {
        throw new IllegalArgumentException(
            "Expect a 1D vector, but got shape " + Shapes.list(t.shapeArray()));
      }
    }
    if (ts.length == 1) {
      return ts[0];
    }
    Tensor[] grids = Torch.meshgrid(ts, "ij");
    Tensor[] flat = map(grids, Tensor::flatten);
    return Views.stack(Arrays.asList(flat), 1);
  }

  static Tensor blockDiag(Tensor[] ts) {
    if (ts.length == 0) {
      return Torch.empty(new long[] {1, 0});
    }
    DType dt = ts[0].dtype();
    long rows = 0;
    long cols = 0;
    Tensor[] mats = new Tensor[ts.length];
    for (int i = 0; i < ts.length; i++) {
      Tensor t = ts[i];
      if (t.dim() > 2) {
        throw new IllegalArgumentException(
            "torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + i + " has "
                + t.dim() + " dimensions");
      }
      dt = Promotion.promoteTypes(dt, t.dtype());
      mats[i] = t.dim() == 0 ? t.reshape(1, 1) : t.dim() == 1 ? t.reshape(1, t.numel()) : t;
      rows += mats[i].shape[0];
      cols += mats[i].shape[1];
    }
    long[] shape = {rows, cols};
    Tensor out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      out = Torch.zeros(shape, dt);
      long r = 0;
      long c = 0;
      for (Tensor m : mats) {
        long h = m.shape[0];
        long w = m.shape[1];
        if (h > 0 && w > 0) {
          Views.slice(Views.slice(out, 0, r, r + h, 1), 1, c, c + w, 1).copy_(m.detach());
        }
        r += h;
        c += w;
      }
    }
    long[][] offs = new long[ts.length][];
    long r = 0;
    long c = 0;
    for (int i = 0; i < mats.length; i++) {
      offs[i] = new long[] {r, c, mats[i].shape[0], mats[i].shape[1]};
      r += mats[i].shape[0];
      c += mats[i].shape[1];
    }
    if (!dt.is_floating_point()) {
      return out;
    }
    return Autograd.record(
        out,
        "BlockDiagBackward0",
        ts,
        g -> {
          Tensor[] grads = new Tensor[ts.length];
          for (int i = 0; i < ts.length; i++) {
            long[] o = offs[i];
            Tensor blk = g.narrow(0, o[0], o[2]).narrow(1, o[1], o[3]);
            grads[i] = blk.reshape(ts[i].shapeArray()).to(ts[i].dtype());
          }
          return grads;
        });
  }

  // ---------------------------------------------------------------- logspace

  static Tensor logspace(double start, double end, long steps, double base, DType dtype) {
    if (steps < 0) {
      throw new IllegalArgumentException("number of steps must be non-negative");
    }
    if (dtype == DType.bool || dtype == DType.float16) {
      throw new UnsupportedOperationException(
          "\"logspace_cpu\" not implemented for '" + dtype.scalarTypeName() + "'");
    }
    if (!dtype.is_floating_point()) {
      // start and end are converted to the integral dtype first (checked)
      ScalarCheck.check(start, dtype, true);
      ScalarCheck.check(end, dtype, true);
    }
    int n = Math.toIntExact(steps);
    double[] v = new double[n];
    boolean integral = !dtype.is_floating_point();
    boolean f32 = dtype == DType.float32 || dtype == DType.bfloat16;
    double step = n > 1 ? (end - start) / (n - 1) : 0;
    long half = n / 2;
    for (int i = 0; i < n; i++) {
      double e = n == 1 ? start : i < half ? start + step * i : end - step * (n - 1 - i);
      if (f32) {
        // the float kernel: std::pow(float base, float exponent)
        float fs = (float) ((float) (end - start) / (float) (n - 1));
        float fe = n == 1 ? (float) start
            : i < half ? (float) start + fs * i : (float) end - fs * (n - 1 - i);
        v[i] = (float) Math.pow((float) base, fe);
      } else {
        v[i] = Math.pow(base, e);
      }
      if (integral) {
        v[i] = (long) v[i];
      }
    }
    return Torch.tensor(v, new long[] {steps}, dtype);
  }

  static List<Tensor> list(Tensor[] ts) {
    return new ArrayList<>(Arrays.asList(ts));
  }
}
