package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.ValuesIndices;
import java.util.Arrays;

/**
 * 2-d convolution and pooling written with the public tensor API, as im2col: the padded input
 * is flattened per channel and every (kernel offset, output position) pair is one element of a
 * gathered index ({@code index_select}), so a window tensor {@code (N, C, K, L)} (K kernel
 * offsets, L output positions) feeds a matrix product (conv), a sum (avg) or a max (max pool).
 * Backward scatters the window gradients back with {@code index_add} / {@code scatter_add}, so
 * every rule is itself differentiable (create_graph). Each op records one node with PyTorch's
 * name: {@code ConvolutionBackward0}, {@code AvgPool2DBackward0},
 * {@code MaxPool2DWithIndicesBackward0}, {@code AdaptiveAvgPool2DBackward0}.
 */
final class ConvPool {
  private ConvPool() {}

  /** The gather plan of one 2-d window op over an input of spatial size H x W. */
  static final class Plan {
    long h;
    long w;
    long hp;
    long wp;
    long padTop;
    long padLeft;
    long padBottom;
    long padRight;
    long oh;
    long ow;
    long kh;
    long kw;
    /** (K*L) positions into the padded, flattened H'*W' plane, K-major. */
    long[] index;

    long k() {
      return kh * kw;
    }

    long l() {
      return oh * ow;
    }
  }

  static Plan plan(long h, long w, long[] k, long[] s, long[] p, long[] d, long oh, long ow) {
    Plan pl = new Plan();
    pl.h = h;
    pl.w = w;
    pl.kh = k[0];
    pl.kw = k[1];
    pl.oh = oh;
    pl.ow = ow;
    pl.padTop = p[0];
    pl.padLeft = p[1];
    // ceil_mode may let the last window run past the padded input: pad further there.
    long needH = (oh - 1) * s[0] + (k[0] - 1) * d[0] + 1;
    long needW = (ow - 1) * s[1] + (k[1] - 1) * d[1] + 1;
    pl.padBottom = Math.max(p[0], needH - h - p[0]);
    pl.padRight = Math.max(p[1], needW - w - p[1]);
    pl.hp = h + pl.padTop + pl.padBottom;
    pl.wp = w + pl.padLeft + pl.padRight;
    long kk = pl.k();
    long ll = pl.l();
    pl.index = new long[Math.toIntExact(kk * ll)];
    int n = 0;
    for (long i = 0; i < k[0]; i++) {
      for (long j = 0; j < k[1]; j++) {
        for (long a = 0; a < oh; a++) {
          long row = a * s[0] + i * d[0];
          for (long b = 0; b < ow; b++) {
            pl.index[n++] = row * pl.wp + b * s[1] + j * d[1];
          }
        }
      }
    }
    return pl;
  }

  /** {@code (N, C, K, L)} windows of {@code x} {@code (N, C, H, W)}, padded with {@code fill}. */
  static Tensor windows(Tensor x, Plan pl, double fill) {
    long n = x.size(0);
    long c = x.size(1);
    Tensor xp = x;
    if (pl.padTop != 0 || pl.padBottom != 0 || pl.padLeft != 0 || pl.padRight != 0) {
      xp = F.pad(x, new long[] {pl.padLeft, pl.padRight, pl.padTop, pl.padBottom}, "constant", fill);
    }
    Tensor idx = Torch.tensor(pl.index, new long[] {pl.index.length}, DType.int64).to(x.device());
    return xp.reshape(n, c, pl.hp * pl.wp).index_select(2, idx).view(n, c, pl.k(), pl.l());
  }

  /** The gradient of {@link #windows}: {@code g} {@code (N, C, K, L)} summed back onto the input. */
  static Tensor unwindows(Tensor g, Plan pl) {
    long n = g.size(0);
    long c = g.size(1);
    Tensor idx = Torch.tensor(pl.index, new long[] {pl.index.length}, DType.int64).to(g.device());
    Tensor flat = g.new_zeros(n, c, pl.hp * pl.wp).index_add(2, idx, g.reshape(n, c, pl.k() * pl.l()));
    return flat.view(n, c, pl.hp, pl.wp).narrow(2, pl.padTop, pl.h).narrow(3, pl.padLeft, pl.w);
  }

  static long[] pair(long[] v, String name) {
    if (v.length == 1) {
      return new long[] {v[0], v[0]};
    }
    if (v.length != 2) {
      throw new IllegalArgumentException(
          name + " must be an int or a tuple of two ints, got " + Arrays.toString(v));
    }
    return v.clone();
  }

  static String sizes(Tensor t) {
    return Arrays.toString(t.shape().toLongArray());
  }

  /** 3-d (unbatched) inputs run as a batch of one, as PyTorch's do. */
  private static Tensor batched(Tensor input, String op) {
    if (input.dim() == 4) {
      return input;
    }
    if (input.dim() == 3) {
      return input.unsqueeze(0);
    }
    throw new IllegalArgumentException(
        "Expected 3D (unbatched) or 4D (batched) input to " + op + ", but got input of size: "
            + sizes(input));
  }

  private static Tensor unbatched(Tensor out, Tensor input) {
    return input.dim() == 3 ? out.squeeze(0) : out;
  }

  // ------------------------------------------------------------------ conv2d

  static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, long[] stride, long[] padding,
      long[] dilation, long groups) {
    if (weight.dim() != 4) {
      throw new IllegalArgumentException(
          "Expected 4-dimensional weight for 4-dimensional input, but got " + weight.dim()
              + "-dimensional weight of size " + sizes(weight));
    }
    Tensor x = batched(input, "conv2d");
    long[] s = pair(stride, "stride");
    long[] p = pair(padding, "padding");
    long[] d = pair(dilation, "dilation");
    for (long v : s) {
      if (v <= 0) {
        throw new IllegalArgumentException("non-positive stride is not supported");
      }
    }
    for (long v : p) {
      if (v < 0) {
        throw new IllegalArgumentException("negative padding is not supported");
      }
    }
    for (long v : d) {
      if (v <= 0) {
        throw new IllegalArgumentException("dilation should be greater than zero");
      }
    }
    if (groups <= 0) {
      throw new IllegalArgumentException("non-positive groups is not supported");
    }
    long n = x.size(0);
    long c = x.size(1);
    long o = weight.size(0);
    long cg = weight.size(1);
    if (c != cg * groups) {
      throw new IllegalArgumentException(
          "Given groups=" + groups + ", weight of size " + sizes(weight) + ", expected input"
              + sizes(x) + " to have " + cg * groups + " channels, but got " + c
              + " channels instead");
    }
    if (o % groups != 0) {
      throw new IllegalArgumentException(
          "Given groups=" + groups + ", expected weight to be divisible by " + groups
              + " at dimension 0, but got weight of size [" + sizes(weight) + "] instead");
    }
    if (bias != null && (bias.dim() != 1 || bias.size(0) != o)) {
      throw new IllegalArgumentException(
          "Given weight of size " + sizes(weight) + ", expected bias to be 1-dimensional with "
              + o + " elements, but got bias of size " + sizes(bias) + " instead");
    }
    long kh = weight.size(2);
    long kw = weight.size(3);
    long h = x.size(2);
    long w = x.size(3);
    long effH = (kh - 1) * d[0] + 1;
    long effW = (kw - 1) * d[1] + 1;
    if (h + 2 * p[0] < effH || w + 2 * p[1] < effW) {
      throw new IllegalArgumentException(
          "Calculated padded input size per channel: (" + (h + 2 * p[0]) + " x " + (w + 2 * p[1])
              + "). Kernel size: (" + effH + " x " + effW
              + "). Kernel size can't be greater than actual input size");
    }
    if (x.dtype() != weight.dtype() || bias != null && bias.dtype() != weight.dtype()) {
      throw new IllegalArgumentException(
          "expected scalar type " + x.dtype().scalarTypeName() + " but found "
              + (x.dtype() != weight.dtype() ? weight : bias).dtype().scalarTypeName());
    }
    if (x.dtype() == DType.bool || x.dtype() == DType.float16 || x.dtype() == DType.bfloat16) {
      throw new UnsupportedOperationException(
          "\"slow_conv2d_cpu\" not implemented for '" + x.dtype().scalarTypeName() + "'");
    }
    return unbatched(conv2dCore(x, weight, bias, x, weight, s, p, d, groups, false), input);
  }

  /**
   * conv2d of the checked 4-d {@code x} and {@code weight}; the node's inputs are {@code xRec}
   * and {@code wRec} (the same tensors, or the 1-d tensors {@code x} and {@code weight} are
   * views of), whose gradients are the 4-d ones reshaped back.
   */
  static Tensor conv2dCore(Tensor x, Tensor weight, Tensor bias, Tensor xRec, Tensor wRec,
      long[] s, long[] p, long[] d, long groups, boolean oneD) {
    long n = x.size(0);
    long c = x.size(1);
    long o = weight.size(0);
    long cg = weight.size(1);
    long kh = weight.size(2);
    long kw = weight.size(3);
    long h = x.size(2);
    long w = x.size(3);
    long effH = (kh - 1) * d[0] + 1;
    long effW = (kw - 1) * d[1] + 1;
    long oh = (h + 2 * p[0] - effH) / s[0] + 1;
    long ow = (w + 2 * p[1] - effW) / s[1] + 1;
    Plan pl = plan(h, w, new long[] {kh, kw}, s, p, d, oh, ow);
    long k = pl.k();
    long l = pl.l();
    long og = o / groups;
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor cols = windows(x, pl, 0).reshape(n, groups, cg * k, l);
      out = weight.reshape(groups, og, cg * k).matmul(cols);
      if (bias != null) {
        out = out.reshape(n, o, l).add(bias.view(1, o, 1));
      }
      out = oneD ? out.reshape(n, o, ow) : out.reshape(n, o, oh, ow);
    }
    final Tensor xi = x;
    long[] xShape = xRec.shape().toLongArray();
    long[] wShape = wRec.shape().toLongArray();
    return AutogradFunction.record(
        "ConvolutionBackward0",
        out,
        new Tensor[] {xRec, wRec, bias},
        grad -> {
          Tensor gv = grad.reshape(n, groups, og, l);
          Tensor w3 = weight.reshape(groups, og, cg * k);
          Tensor gx = null;
          Tensor gw = null;
          Tensor gb = null;
          if (xRec.requires_grad()) {
            Tensor gcols = w3.transpose(1, 2).matmul(gv).reshape(n, c, k, l);
            gx = unwindows(gcols, pl).reshape(xShape);
          }
          if (wRec.requires_grad()) {
            Tensor cols = windows(xi, pl, 0).reshape(n, groups, cg * k, l);
            gw = gv.matmul(cols.transpose(2, 3)).sum(0).reshape(wShape);
          }
          if (bias != null && bias.requires_grad()) {
            gb = grad.reshape(n, o, l).sum(new int[] {0, 2}, false);
          }
          return new Tensor[] {gx, gw, gb};
        },
        bias == null ? new Tensor[] {xRec, wRec} : new Tensor[] {xRec, wRec, bias});
  }

  // ------------------------------------------------------------------ pooling

  /** PyTorch's {@code pooling_output_shape}. */
  static long poolOut(long in, long k, long pad, long stride, long dil, boolean ceil) {
    long num = in + 2 * pad - dil * (k - 1) - 1 + (ceil ? stride - 1 : 0);
    long out = Math.floorDiv(num, stride) + 1;
    if (ceil && (out - 1) * stride >= in + pad) {
      out--;
    }
    return out;
  }

  private static void checkPool(Tensor x, long[] k, long[] s, long[] p, long[] d, long oh, long ow) {
    if (k[0] <= 0 || k[1] <= 0) {
      throw new IllegalArgumentException(
          "kernel size should be greater than zero, but got kH: " + k[0] + " kW: " + k[1]);
    }
    if (s[0] <= 0 || s[1] <= 0) {
      throw new IllegalArgumentException(
          "stride should be greater than zero, but got dH: " + s[0] + " dW: " + s[1]);
    }
    if (d[0] <= 0 || d[1] <= 0) {
      throw new IllegalArgumentException(
          "dilation should be greater than zero, but got dilationH: " + d[0] + " dilationW: "
              + d[1]);
    }
    if (p[0] > k[0] / 2 || p[1] > k[1] / 2) {
      throw new IllegalArgumentException(
          "pad should be at most half of kernel size, but got pad="
              + (p[1] > k[1] / 2 ? p[1] : p[0]) + " and kernel_size="
              + (p[1] > k[1] / 2 ? k[1] : k[0]));
    }
    if (oh < 1 || ow < 1) {
      throw new IllegalArgumentException(
          "Given input size: (" + x.size(1) + "x" + x.size(2) + "x" + x.size(3)
              + "). Calculated output size: (" + x.size(1) + "x" + oh + "x" + ow
              + "). Output size is too small");
    }
  }

  private static Tensor poolInput(Tensor input, String op, boolean integral) {
    if (input.dim() != 3 && input.dim() != 4) {
      if (op.equals("avg_pool2d") && input.dim() < 3) {
        // PyTorch's avg_pool2d reads input.size(-3) first
        throw new IndexOutOfBoundsException(
            "Dimension out of range (expected to be in range of [" + -Math.max(1, input.dim())
                + ", " + (Math.max(1, input.dim()) - 1) + "], but got -3)");
      }
      throw new IllegalArgumentException(
          "non-empty 3D or 4D (batch mode) tensor expected for input");
    }
    if (input.dtype() == DType.bool || !integral && !input.dtype().is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"" + op + "\" not implemented for '" + input.dtype().scalarTypeName() + "'");
    }
    return batched(input, op);
  }

  static Tensor avg_pool2d(Tensor input, long[] kernel, long[] stride, long[] padding,
      boolean ceilMode, boolean countIncludePad, Long divisorOverride) {
    Tensor x = poolInput(input, "avg_pool2d", true);
    long[] k = pair(kernel, "kernel_size");
    long[] s = stride == null || stride.length == 0 ? k : pair(stride, "stride");
    long[] p = pair(padding, "padding");
    long[] d = {1, 1};
    if (divisorOverride != null && divisorOverride == 0) {
      throw new IllegalArgumentException("divisor must be not zero");
    }
    long h = x.size(2);
    long w = x.size(3);
    long oh = poolOut(h, k[0], p[0], s[0], 1, ceilMode);
    long ow = poolOut(w, k[1], p[1], s[1], 1, ceilMode);
    checkPool(x, k, s, p, d, oh, ow);
    Plan pl = plan(h, w, k, s, p, d, oh, ow);
    long n = x.size(0);
    long c = x.size(1);
    double[] div = new double[Math.toIntExact(oh * ow)];
    for (long a = 0; a < oh; a++) {
      for (long b = 0; b < ow; b++) {
        long hs = a * s[0] - p[0];
        long ws = b * s[1] - p[1];
        long he = Math.min(hs + k[0], h + p[0]);
        long we = Math.min(ws + k[1], w + p[1]);
        long poolSize = (he - hs) * (we - ws);
        hs = Math.max(hs, 0);
        ws = Math.max(ws, 0);
        he = Math.min(he, h);
        we = Math.min(we, w);
        long f = divisorOverride != null ? divisorOverride
            : countIncludePad ? poolSize : (he - hs) * (we - ws);
        div[Math.toIntExact(a * ow + b)] = f;
      }
    }
    Tensor divisor = Torch.tensor(div, new long[] {oh * ow}, x.dtype()).to(x.device());
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor sum = windows(x, pl, 0).sum(2);
      // integral inputs divide as C++ does (toward zero), as PyTorch's kernel
      out = (x.dtype().is_floating_point() ? sum.div(divisor) : sum.to(DType.float64).div(divisor.to(DType.float64)).trunc().to(x.dtype()))
          .view(n, c, oh, ow);
    }
    out = AutogradFunction.record(
        "AvgPool2DBackward0",
        out,
        new Tensor[] {x},
        grad -> {
          Tensor gl = grad.reshape(n, c, 1, oh * ow).div(divisor).expand(n, c, pl.k(), oh * ow);
          return new Tensor[] {unwindows(gl, pl)};
        });
    return unbatched(out, input);
  }

  /** {@code {values, indices}}; indices are flat positions in each input plane, as PyTorch's. */
  static Tensor[] max_pool2d_with_indices(Tensor input, long[] kernel, long[] stride,
      long[] padding, long[] dilation, boolean ceilMode) {
    Tensor x = poolInput(input, "max_pool2d", false);
    long[] k = pair(kernel, "kernel_size");
    long[] s = stride == null || stride.length == 0 ? k : pair(stride, "stride");
    long[] p = pair(padding, "padding");
    long[] d = pair(dilation, "dilation");
    long h = x.size(2);
    long w = x.size(3);
    long oh = poolOut(h, k[0], p[0], s[0], d[0], ceilMode);
    long ow = poolOut(w, k[1], p[1], s[1], d[1], ceilMode);
    checkPool(x, k, s, p, d, oh, ow);
    Plan pl = plan(h, w, k, s, p, d, oh, ow);
    long n = x.size(0);
    long c = x.size(1);
    long l = oh * ow;
    // Flat input position of every (kernel offset, output position); padding never wins (-inf).
    long[] pos = new long[pl.index.length];
    for (int i = 0; i < pos.length; i++) {
      long r = pl.index[i] / pl.wp - pl.padTop;
      long q = pl.index[i] % pl.wp - pl.padLeft;
      pos[i] = r >= 0 && r < h && q >= 0 && q < w ? r * w + q : 0;
    }
    Tensor posT = Torch.tensor(pos, new long[] {pos.length}, DType.int64).to(x.device());
    Tensor values;
    Tensor indices;
    try (var g = Torch.no_grad()) {
      ValuesIndices m = windows(x, pl, Double.NEGATIVE_INFINITY).max(2);
      values = m.values().view(n, c, oh, ow);
      Tensor flat = m.indices().mul(l).add(Torch.arange(l).to(x.device()));
      indices = posT.index_select(0, flat.reshape(-1)).view(n, c, oh, ow);
    }
    final Tensor idx = indices;
    values = AutogradFunction.record(
        "MaxPool2DWithIndicesBackward0",
        values,
        new Tensor[] {x},
        grad -> new Tensor[] {
          grad.new_zeros(n, c, h * w)
              .scatter_add(2, idx.reshape(n, c, l), grad.reshape(n, c, l))
              .view(n, c, h, w)},
        x);
    return new Tensor[] {unbatched(values, input), unbatched(indices, input)};
  }

  static Tensor adaptive_avg_pool2d(Tensor input, long[] outputSize) {
    long[] os0 = pair(outputSize, "output_size");
    if (os0[0] == 1 && os0[1] == 1 && input.dim() >= 2) {
      // PyTorch's composite takes the mean over the last two dims here (grad_fn MeanBackward1)
      return input.mean(new int[] {-1, -2}, true);
    }
    if (input.dim() != 3 && input.dim() != 4) {
      throw new IllegalArgumentException(
          "adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " + sizes(input));
    }
    for (int i = input.dim() - 2; i < input.dim(); i++) {
      if (input.size(i) <= 0) {
        throw new IllegalArgumentException(
            "adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions,"
                + " but input has sizes " + sizes(input) + " with dimension " + i
                + " being empty");
      }
    }
    if (!input.dtype().is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"adaptive_avg_pool2d\" not implemented for '" + input.dtype().scalarTypeName() + "'");
    }
    Tensor x = batched(input, "adaptive_avg_pool2d");
    long[] os = pair(outputSize, "output_size");
    long n = x.size(0);
    long c = x.size(1);
    long h = x.size(2);
    long w = x.size(3);
    long oh = os[0];
    long ow = os[1];
    // A 0/1 membership matrix (H*W, OH*OW) and the window sizes: sum, then divide, as
    // PyTorch's kernel does (windows [floor(i*H/OH), ceil((i+1)*H/OH)) may overlap).
    double[] m = new double[Math.toIntExact(h * w * oh * ow)];
    double[] cnt = new double[Math.toIntExact(oh * ow)];
    for (long a = 0; a < oh; a++) {
      long hs = Math.floorDiv(a * h, oh);
      long he = -Math.floorDiv(-(a + 1) * h, oh);
      for (long b = 0; b < ow; b++) {
        long ws = Math.floorDiv(b * w, ow);
        long we = -Math.floorDiv(-(b + 1) * w, ow);
        long col = a * ow + b;
        cnt[Math.toIntExact(col)] = (he - hs) * (we - ws);
        for (long r = hs; r < he; r++) {
          for (long q = ws; q < we; q++) {
            m[Math.toIntExact((r * w + q) * oh * ow + col)] = 1;
          }
        }
      }
    }
    Tensor mat = Torch.tensor(m, new long[] {h * w, oh * ow}, x.dtype()).to(x.device());
    Tensor counts = Torch.tensor(cnt, new long[] {oh * ow}, x.dtype()).to(x.device());
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = x.reshape(n, c, h * w).matmul(mat).div(counts).view(n, c, oh, ow);
    }
    out = AutogradFunction.record(
        "AdaptiveAvgPool2DBackward0",
        out,
        new Tensor[] {x},
        grad -> new Tensor[] {
          grad.reshape(n, c, oh * ow).div(counts).matmul(mat.t()).view(n, c, h, w)});
    return unbatched(out, input);
  }
}
