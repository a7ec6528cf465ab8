package dev.torchnd;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.GraphOp;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.spi.Tracing;

/** Reductions and scans with PyTorch's result dtypes, empty-input rules and backward rules. */
final class Reduce {
  private Reduce() {}

  static int[] allDims(int nd) {
    int[] d = new int[nd];
    for (int i = 0; i < nd; i++) {
      d[i] = i;
    }
    return d;
  }

  static long[] keptShape(long[] shape, int[] dims) {
    long[] k = shape.clone();
    for (int d : dims) {
      k[d] = 1;
    }
    return k;
  }

  static long[] squeezedShape(long[] shape, int[] dims) {
    boolean[] drop = new boolean[shape.length];
    for (int d : dims) {
      drop[d] = true;
    }
    int n = 0;
    for (boolean b : drop) {
      if (!b) {
        n++;
      }
    }
    long[] out = new long[n];
    for (int i = 0, j = 0; i < shape.length; i++) {
      if (!drop[i]) {
        out[j++] = shape[i];
      }
    }
    return out;
  }

  /** Runs one backend reduction; {@code out} has {@code outType}; keepdim decides the shape. */
  static Tensor raw(ReduceOp op, Tensor src, int[] dims, boolean keepdim, DType outType) {
    long[] kept = keptShape(src.shape, dims);
    Tensor out = Tensor.empty(kept, outType, src.device()); // device support
    if (src.numel() == 0) {
      Long identity = op.identity();
      if (identity != null) {
        out.fill_(identity);
      } else if (out.numel() > 0) {
        // Callers raise the op's own message first (max(): "Expected reduction dim ...").
        throw new IllegalArgumentException(op.torchName() + "(): cannot reduce over zero elements");
      }
    } else if (dims.length == 0 && src.dim() > 0) {
      Backends.get().copy(src.storage, src.layout(), out.storage, out.layout());
    } else {
      Backends.get().reduce(op, src.storage, src.layout(), dims, out.storage, out.layout());
    }
    if (keepdim) {
      return out;
    }
    long[] sq = squeezedShape(src.shape, dims);
    return new Tensor(out.storage, outType, sq, Layout.contiguousStrides(sq), 0, new int[1]);
  }

  static int[] dimsOrAll(Tensor t, int[] dims) {
    if (dims == null || dims.length == 0) {
      return allDims(t.dim());
    }
    int[] d = Shapes.wrapDims(dims, t.dim());
    // A 0-d tensor accepts dim 0/-1 and reduces over nothing.
    return t.dim() == 0 ? new int[0] : d;
  }

  static int[] oneDim(Tensor t, int dim) {
    int d = Shapes.wrapDim(dim, t.dim());
    return t.dim() == 0 ? new int[0] : new int[] {d};
  }

  static Tensor sum(Tensor t, int[] dims, boolean keepdim, DType dtype) {
    int[] d = dimsOrAll(t, dims);
    DType outType = dtype != null ? dtype : t.dtype().is_floating_point() ? t.dtype() : DType.int64;
    // Beyond 2^31 elements the cast would materialise 8 bytes per element (24 GB for 3e9 int8);
    // the CPU backend's reduce reads any integral dtype as long into the int64 result.
    boolean direct = dtype == null && !t.dtype().is_floating_point()
        && t.numel() > Integer.MAX_VALUE;
    Tensor src = direct ? t : t.castTo(outType);
    Tensor out = raw(ReduceOp.SUM, src, d, keepdim, outType);
    long[] inShape = t.shapeArray();
    long[] kept = keptShape(inShape, d);
    Tracing.attrs("dims", d, "keepdim", keepdim);
    return Autograd.record(
        ReduceOp.SUM,
        out,
        "SumBackward" + (dims == null ? 0 : 1),
        new Tensor[] {t},
        g -> new Tensor[] {g.reshape(kept).expand(inShape)});
  }

  static Tensor mean(Tensor t, int[] dims, boolean keepdim, DType dtype) {
    DType dt = dtype != null ? dtype : t.dtype();
    if (!dt.is_floating_point()) {
      throw new IllegalArgumentException(
          "mean(): could not infer output dtype. Input dtype must be either a floating point or"
              + " complex dtype. Got: "
              + dt.scalarTypeName());
    }
    int[] d = dimsOrAll(t, dims);
    long count = 1;
    for (int k : d) {
      count *= t.dim() == 0 ? 1 : t.shape[k];
    }
    Tensor src = t.castTo(dt);
    Tensor s = raw(ReduceOp.SUM, src, d, keepdim, dt);
    Tensor out = Tensor.empty(s.shapeArray(), dt, s.device()); // device support
    Backends.get()
        .binary(
            BinaryOp.DIV,
            s.storage,
            s.layout(),
            Torch.full(new long[0], (double) count, dt).storage,
            Shapes.expandLayout(new Layout(new long[0], new long[0], 0), s.shape),
            out.storage,
            out.layout());
    long[] inShape = t.shapeArray();
    long[] kept = keptShape(inShape, d);
    long n = count;
    Tracing.attrs("dims", d, "keepdim", keepdim);
    return Autograd.record(
        GraphOp.MEAN,
        out,
        "MeanBackward" + (dims == null ? 0 : 1),
        new Tensor[] {t},
        g -> new Tensor[] {g.reshape(kept).expand(inShape).div(n)});
  }

  static Tensor prod(Tensor t, Integer dim, boolean keepdim, DType dtype) {
    int[] d = dim == null ? allDims(t.dim()) : oneDim(t, dim);
    DType outType = dtype != null ? dtype : t.dtype().is_floating_point() ? t.dtype() : DType.int64;
    Tensor src = t.castTo(outType);
    Tensor out = raw(ReduceOp.PROD, src, d, keepdim, outType);
    long[] inShape = t.shapeArray();
    long[] kept = keptShape(inShape, d);
    return Autograd.record(
        ReduceOp.PROD,
        out,
        dim == null ? "ProdBackward0" : "ProdBackward1",
        new Tensor[] {t},
        g -> {
          // d(prod)/dx_i = prod / x_i where x_i != 0; exact for inputs without zeros.
          Tensor p = out.reshape(kept).expand(inShape);
          return new Tensor[] {g.reshape(kept).expand(inShape).mul(p).div(t)};
        },
        t,
        out);
  }

  /** max()/min() over all elements. */
  static Tensor extreme(Tensor t, boolean max) {
    if (t.numel() == 0) {
      throw new IllegalArgumentException(
          (max ? "max" : "min")
              + "(): Expected reduction dim to be specified for input.numel() == 0. Specify the"
              + " reduction dim with the 'dim' argument.");
    }
    if (t.dtype() == DType.bool) {
      Tensor r = raw(max ? ReduceOp.ANY : ReduceOp.ALL, t, allDims(t.dim()), false, DType.bool);
      return r;
    }
    Tensor out = raw(max ? ReduceOp.MAX : ReduceOp.MIN, t, allDims(t.dim()), false, t.dtype());
    long[] inShape = t.shapeArray();
    return Autograd.record(
        max ? ReduceOp.MAX : ReduceOp.MIN,
        out,
        max ? "MaxBackward1" : "MinBackward1",
        new Tensor[] {t},
        g -> {
          // Gradient is split evenly among all elements equal to the extreme (PyTorch's rule).
          Tensor mask = t.eq(out.expand(inShape)).to(g.dtype());
          return new Tensor[] {mask.mul(g.expand(inShape)).div(mask.sum())};
        },
        t,
        out);
  }

  /** max(dim)/min(dim): values and int64 indices. */
  static ValuesIndices extremeDim(Tensor t, int dim, boolean keepdim, boolean max) {
    int d = Shapes.wrapDim(dim, t.dim());
    String name = max ? "max" : "min";
    if (t.dim() > 0 && t.shape[d] == 0) {
      throw new IndexOutOfBoundsException(
          name + "(): Expected reduction dim " + d + " to have non-zero size.");
    }
    int[] ds = t.dim() == 0 ? new int[0] : new int[] {d};
    Tensor idx = raw(max ? ReduceOp.ARGMAX : ReduceOp.ARGMIN, t, ds, true, DType.int64);
    Tensor vals;
    if (t.dim() > 0) {
      // PyTorch's max/min(dim) kernel returns the element at the index it picks (the first
      // extreme, or the first NaN), so a row [-0., 0.] gives -0.; gathering it also saves a
      // second pass over the input.
      try (GradMode g = new GradMode(false)) {
        vals = IndexOps.gather(t, d, idx);
      }
    } else {
      vals = idx;
    }
    if (t.dim() == 0) {
      idx = raw(ReduceOp.SUM, Torch.zeros(new long[0], DType.int64), ds, false, DType.int64);
      vals = t.rawCopy(t.dtype());
    }
    Tensor values = keepdim || t.dim() == 0 ? vals : vals.squeeze(d);
    Tensor indices = keepdim || t.dim() == 0 ? idx : idx.squeeze(d);
    values = values.detach();
    indices = indices.detach();
    long[] inShape = t.shapeArray();
    Tensor idxKept = idx;
    Autograd.record(
        max ? ReduceOp.MAX : ReduceOp.MIN,
        values,
        max ? "MaxBackward0" : "MinBackward0",
        new Tensor[] {t},
        g -> {
          Tensor z = Torch.zeros(inShape, g.dtype());
          Tensor gk = keepdim || t.dim() == 0 ? g : g.unsqueeze(d);
          Indexing.scatterAlongDim(z, d, idxKept, gk);
          return new Tensor[] {z};
        });
    return new ValuesIndices(name, values, indices);
  }

  static Tensor argExtreme(Tensor t, Integer dim, boolean keepdim, boolean max) {
    String name = max ? "argmax" : "argmin";
    if (dim != null) {
      Shapes.wrapDim(dim, t.dim());
    }
    if (t.dtype() == DType.bool) {
      // The empty checks run in argmax's meta function, before the kernel's dtype dispatch.
      if (dim == null && t.numel() == 0) {
        throw new IndexOutOfBoundsException(
            name + "(): Expected reduction dim to be specified for input.numel() == 0.");
      }
      if (dim != null && t.dim() > 0 && t.shape[Shapes.wrapDim(dim, t.dim())] == 0) {
        throw new IndexOutOfBoundsException(
            name + "(): Expected reduction dim " + Shapes.wrapDim(dim, t.dim())
                + " to have non-zero size.");
      }
      if (dim != null && t.dim() > 0) {
        // argmax_argmin_impl fills 0 when the reduced dim has size 1, and skips the kernel (and
        // its dtype dispatch) when the result is empty.
        int d = Shapes.wrapDim(dim, t.dim());
        if (t.shape[d] == 1 || t.numel() == 0) {
          int[] ds = {d};
          long[] shape = keepdim ? keptShape(t.shapeArray(), ds) : squeezedShape(t.shapeArray(), ds);
          return Torch.zeros(shape, DType.int64);
        }
      }
      throw new UnsupportedOperationException("\"" + name + "_cpu\" not implemented for 'Bool'");
    }
    if (dim == null) {
      if (t.numel() == 0) {
        throw new IndexOutOfBoundsException(
            name + "(): Expected reduction dim to be specified for input.numel() == 0.");
      }
      Tensor flat = t.reshape(-1);
      Tensor r = raw(max ? ReduceOp.ARGMAX : ReduceOp.ARGMIN, flat, new int[] {0}, false, DType.int64);
      if (keepdim) {
        long[] ones = new long[t.dim()];
        java.util.Arrays.fill(ones, 1);
        return r.reshape(ones);
      }
      return r;
    }
    int d = Shapes.wrapDim(dim, t.dim());
    if (t.dim() > 0 && t.shape[d] == 0) {
      throw new IndexOutOfBoundsException(
          name + "(): Expected reduction dim " + d + " to have non-zero size.");
    }
    if (t.dim() == 0) {
      return Torch.zeros(new long[0], DType.int64);
    }
    return raw(max ? ReduceOp.ARGMAX : ReduceOp.ARGMIN, t, new int[] {d}, keepdim, DType.int64);
  }

  static Tensor allAny(Tensor t, Integer dim, boolean keepdim, boolean all) {
    int[] d = dim == null ? allDims(t.dim()) : oneDim(t, dim);
    DType outType = t.dtype() == DType.uint8 ? DType.uint8 : DType.bool;
    return raw(all ? ReduceOp.ALL : ReduceOp.ANY, t, d, keepdim, outType);
  }

  static Tensor scan(Tensor t, int dim, DType dtype, boolean sum) {
    return scan(sum ? ScanOp.CUMSUM : ScanOp.CUMPROD, t, dim, dtype);
  }

  /** A scan with its backward rule (exhaustive: a new scan without one does not compile). */
  static Tensor scan(ScanOp op, Tensor t, int dim, DType dtype) {
    int d = Shapes.wrapDim(dim, t.dim());
    DType outType = dtype != null ? dtype : t.dtype().is_floating_point() ? t.dtype() : DType.int64;
    Tensor src = t.castTo(outType);
    // The kernel writes every element of every line, so no zero-fill: a pooled 4 MB result
    // (1024² float32) paid a second pass over cold memory for it, which made cumsum(1) 1.2x
    // slower than before the pool, when a fresh array came zeroed by the JVM.
    Tensor out = Tensor.uninit(t.shapeArray(), outType, t.device());
    if (t.numel() > 0) {
      if (t.dim() == 0) {
        Backends.get().copy(src.storage, src.layout(), out.storage, out.layout());
      } else {
        Backends.get()
            .scan(op, src.storage, src.layout(), d, out.storage, out.layout());
      }
    }
    return switch (op) {
      case CUMPROD -> Autograd.record(
          op,
          out,
          "CumprodBackward0",
          new Tensor[] {t},
          g -> new Tensor[] {flipCumsum(g.mul(out), d).div(t)},
          t,
          out);
      case CUMSUM -> Autograd.record(
          op, out, "CumsumBackward0", new Tensor[] {t}, g -> new Tensor[] {flipCumsum(g, d)});
    };
  }

  /** Reverse cumulative sum along {@code d}: the adjoint of cumsum. */
  static Tensor flipCumsum(Tensor g, int d) {
    if (g.dim() == 0) {
      return g;
    }
    Tensor total = g.sum(new int[] {d}, true);
    return total.sub(g.cumsum(d)).add(g);
  }
}
