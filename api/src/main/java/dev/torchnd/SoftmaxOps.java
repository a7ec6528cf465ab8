package dev.torchnd;

/**
 * {@code softmax}, {@code log_softmax} and {@code logsumexp}: numerically stable (the maximum is
 * subtracted before {@code exp}), each recorded as one node with PyTorch's backward formula and
 * name. The last-dim softmax multiplies by the reciprocal of the sum and the other dims divide by
 * it, as PyTorch's two CPU kernels do.
 */
final class SoftmaxOps {
  private SoftmaxOps() {}

  private static void checkKernel(Tensor x, int dim, String kind) {
    DType dt = x.dtype();
    if (!dt.is_floating_point() || dt == DType.float16) {
      boolean last = x.dim() == 0 || dim == x.dim() - 1;
      // PyTorch's non-last-dim log_softmax dispatches under the softmax kernel's name.
      String kernel = last ? kind + "_lastdim_kernel_impl" : "softmax_kernel_impl";
      throw new UnsupportedOperationException(
          "\"" + kernel + "\" not implemented for '" + dt.scalarTypeName() + "'");
    }
  }

  static Tensor softmax(Tensor x, int dim, DType dtype) {
    Tensor in = dtype == null ? x : x.to(dtype);
    int d = Shapes.wrapDim(dim, Math.max(1, in.dim()));
    checkKernel(in, d, "softmax");
    Tensor out;
    try (var g = new Autograd.NoGrad()) {
      if (in.numel() == 0) {
        out = in.rawCopy(in.dtype());
      } else if (in.dim() == 0) {
        out = Torch.ones_like(in);
      } else {
        // Reduced-precision inputs are computed in float and rounded once, as PyTorch's kernels do.
        Tensor xin = in.dtype() == DType.bfloat16 ? in.rawCopy(DType.float32) : in;
        Tensor m = xin.max(d, true).values();
        Tensor e = xin.sub(m).exp();
        Tensor s = e.sum(d, true);
        out = d == in.dim() - 1 ? e.mul(s.reciprocal()) : e.div(s);
        out = out.castTo(in.dtype());
      }
    }
    final Tensor y = out;
    final int dd = in.dim() == 0 ? 0 : d;
    return Autograd.record(
        out,
        "SoftmaxBackward0",
        new Tensor[] {in},
        gr -> {
          if (y.dim() == 0) {
            return new Tensor[] {gr.mul(0L)};
          }
          return new Tensor[] {y.mul(gr.sub(gr.mul(y).sum(dd, true)))};
        },
        out);
  }

  static Tensor log_softmax(Tensor x, int dim, DType dtype) {
    Tensor in = dtype == null ? x : x.to(dtype);
    int d = Shapes.wrapDim(dim, Math.max(1, in.dim()));
    checkKernel(in, d, "log_softmax");
    Tensor out;
    try (var g = new Autograd.NoGrad()) {
      if (in.numel() == 0) {
        out = in.rawCopy(in.dtype());
      } else if (in.dim() == 0) {
        out = Torch.zeros_like(in);
      } else {
        Tensor xin = in.dtype() == DType.bfloat16 ? in.rawCopy(DType.float32) : in;
        Tensor m = xin.max(d, true).values();
        Tensor shifted = xin.sub(m);
        Tensor lse = shifted.exp().sum(d, true).log();
        out = shifted.sub(lse).castTo(in.dtype());
      }
    }
    final Tensor y = out;
    final int dd = in.dim() == 0 ? 0 : d;
    return Autograd.record(
        out,
        "LogSoftmaxBackward0",
        new Tensor[] {in},
        gr -> {
          if (y.dim() == 0) {
            return new Tensor[] {gr.mul(0L)};
          }
          return new Tensor[] {gr.sub(y.exp().mul(gr.sum(dd, true)))};
        },
        out);
  }

  static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
    Tensor in = x;
    if (!x.dtype().is_floating_point()) {
      in = x.to(Torch.get_default_dtype());
    }
    int nd = Math.max(1, in.dim());
    int[] ds = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      ds[i] = Shapes.wrapDim(dims[i], nd);
    }
    if (in.dim() == 0) {
      ds = new int[0];
    }
    Tensor out;
    try (var g = new Autograd.NoGrad()) {
      if (ds.length == 0) {
        out = in.exp().log();
      } else if (in.numel() == 0) {
        out = in.exp().sum(ds, keepdim).log();
      } else {
        Tensor maxes = in;
        for (int dim : ds) {
          maxes = maxes.max(dim, true).values();
        }
        maxes = Torch.where(maxes.abs().eq(Double.POSITIVE_INFINITY), 0.0, maxes)
            .to(in.dtype());
        Tensor s = in.sub(maxes).exp().sum(ds, keepdim).log();
        Tensor squeezed = maxes;
        if (!keepdim) {
          squeezed = maxes.reshape(s.shapeArray());
        }
        out = s.add(squeezed);
      }
    }
    final Tensor y = out;
    final Tensor input = in;
    final int[] fds = ds;
    return Autograd.record(
        out,
        "LogsumexpBackward0",
        new Tensor[] {in},
        gr -> {
          Tensor gg = gr;
          Tensor yy = y;
          if (!keepdim) {
            long[] kept = input.shapeArray();
            for (int dim : fds) {
              kept[dim] = 1;
            }
            gg = gr.reshape(kept);
            yy = y.reshape(kept);
          }
          return new Tensor[] {gg.mul(input.sub(yy).exp())};
        },
        in,
        out);
  }
}
