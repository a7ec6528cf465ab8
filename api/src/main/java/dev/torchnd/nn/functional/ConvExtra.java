package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * 1-d convolution (as a 2-d one of height 1), transposed convolutions (the adjoint of {@link
 * ConvPool}'s im2col: a matrix product then {@code index_add} back onto the output plane) and
 * the non-constant padding modes (an index map per padded dim, gathered with {@code
 * index_select}, its gradient scattered with {@code index_add}). Every op records one node with
 * PyTorch's name and a differentiable backward written in tensor ops.
 */
final class ConvExtra {
  private ConvExtra() {}

  static long[] single(long[] v, int nd, String name) {
    if (v.length == 1 && nd == 1) {
      return v.clone();
    }
    if (v.length == 1) {
      return new long[] {v[0], v[0]};
    }
    if (v.length != nd) {
      throw new IllegalArgumentException("expected " + name + " to be a single integer value or a"
          + " list of " + nd + " values to match the convolution dimensions, but got " + name + "="
          + Arrays.toString(v));
    }
    return v.clone();
  }

  // ------------------------------------------------------------------ conv1d

  static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, long[] stride, long[] padding,
      long[] dilation, long groups) {
    if (input.dim() != 2 && input.dim() != 3) {
      throw new IllegalArgumentException("Expected 2D (unbatched) or 3D (batched) input to conv1d,"
          + " but got input of size: " + ConvPool.sizes(input));
    }
    Tensor x = input.dim() == 3 ? input : input.unsqueeze(0);
    if (weight.dim() != 3) {
      throw new IllegalArgumentException("Expected " + weight.dim() + "-dimensional input for "
          + weight.dim() + "-dimensional weight " + ConvPool.sizes(weight) + ", but got 3-dimensional"
          + " input of size " + ConvPool.sizes(x) + " instead");
    }
    long s = single(stride, 1, "stride")[0];
    long p = single(padding, 1, "padding")[0];
    long d = single(dilation, 1, "dilation")[0];
    if (s <= 0) {
      throw new IllegalArgumentException("non-positive stride is not supported");
    }
    if (p < 0) {
      throw new IllegalArgumentException("negative padding is not supported");
    }
    if (d <= 0) {
      throw new IllegalArgumentException("dilation should be greater than zero");
    }
    if (groups <= 0) {
      throw new IllegalArgumentException("non-positive groups is not supported");
    }
    long c = x.size(1);
    if (c != weight.size(1) * groups) {
      throw new IllegalArgumentException("Given groups=" + groups + ", weight of size "
          + ConvPool.sizes(weight) + ", expected input" + ConvPool.sizes(x) + " to have "
          + weight.size(1) * groups + " channels, but got " + c + " channels instead");
    }
    long eff = (weight.size(2) - 1) * d + 1;
    if (x.size(2) + 2 * p < eff) {
      throw new IllegalArgumentException("Calculated padded input size per channel: ("
          + (x.size(2) + 2 * p) + "). Kernel size: (" + eff
          + "). Kernel size can't be greater than actual input size");
    }
    if (x.dtype() != weight.dtype() || bias != null && bias.dtype() != weight.dtype()) {
      throw new IllegalArgumentException("expected scalar type " + x.dtype().scalarTypeName()
          + " but found " + (x.dtype() != weight.dtype() ? weight : bias).dtype().scalarTypeName());
    }
    // the 2-d im2col on (N, C, 1, L) views; the node's inputs are the 1-d tensors
    Tensor out = ConvPool.conv2dCore(x.unsqueeze(2), weight.unsqueeze(2), bias, x, weight,
        new long[] {1, s}, new long[] {0, p}, new long[] {1, d}, groups, true);
    return input.dim() == 3 ? out : out.squeeze(0);
  }

  // ------------------------------------------------------------------ transposed convolution

  static Tensor conv_transpose(Tensor input, Tensor weight, Tensor bias, long[] stride,
      long[] padding, long[] outputPadding, long groups, long[] dilation, int nd) {
    String op = "conv_transpose" + nd + "d";
    if (input.dim() != nd + 1 && input.dim() != nd + 2) {
      throw new IllegalArgumentException("Expected " + (nd + 1) + "D (unbatched) or " + (nd + 2)
          + "D (batched) input to " + op + ", but got input of size: " + ConvPool.sizes(input));
    }
    Tensor x = input.dim() == nd + 2 ? input : input.unsqueeze(0);
    if (weight.dim() != nd + 2) {
      throw new IllegalArgumentException("Expected " + weight.dim() + "-dimensional input for "
          + weight.dim() + "-dimensional weight " + ConvPool.sizes(weight) + ", but got "
          + x.dim() + "-dimensional input of size " + ConvPool.sizes(x) + " instead");
    }
    long[] s = to2(single(stride, nd, "stride"), nd, 1);
    long[] p = to2(single(padding, nd, "padding"), nd, 0);
    long[] op2 = to2(single(outputPadding, nd, "output_padding"), nd, 0);
    long[] d = to2(single(dilation, nd, "dilation"), nd, 1);
    if (groups <= 0) {
      throw new IllegalArgumentException("non-positive groups is not supported");
    }
    long c = x.size(1);
    if (c != weight.size(0)) {
      throw new IllegalArgumentException("Given transposed=1, weight of size "
          + ConvPool.sizes(weight) + ", expected input" + ConvPool.sizes(x) + " to have "
          + weight.size(0) + " channels, but got " + c + " channels instead");
    }
    if (weight.size(0) % groups != 0) {
      throw new IllegalArgumentException("Given groups=" + groups + ", expected weight to be"
          + " divisible by " + groups + " at dimension 0, but got weight of size ["
          + ConvPool.sizes(weight) + "] instead");
    }
    if (bias != null && (bias.dim() != 1 || bias.size(0) != weight.size(1) * groups)) {
      throw new IllegalArgumentException("Given transposed=1, weight of size "
          + ConvPool.sizes(weight) + ", expected bias to be 1-dimensional with "
          + weight.size(1) * groups + " elements, but got bias of size " + ConvPool.sizes(bias)
          + " instead");
    }
    for (int i = 0; i < 2; i++) {
      if (op2[i] >= s[i] && op2[i] >= d[i]) {
        throw new IllegalArgumentException("output padding must be smaller than either stride or"
            + " dilation, but got output_padding_height: " + op2[0] + " output_padding_width: "
            + op2[1] + " stride_height: " + s[0] + " stride_width: " + s[1] + " dilation_height: "
            + d[0] + " dilation_width: " + d[1]);
      }
    }
    if (x.dtype() != weight.dtype() || bias != null && bias.dtype() != weight.dtype()) {
      throw new IllegalArgumentException("expected scalar type " + x.dtype().scalarTypeName()
          + " but found " + (x.dtype() != weight.dtype() ? weight : bias).dtype().scalarTypeName());
    }
    if (!x.dtype().is_floating_point() || x.dtype() == DType.float16
        || x.dtype() == DType.bfloat16) {
      throw new UnsupportedOperationException("\"slow_conv_transpose2d_out_cpu\" not implemented"
          + " for '" + x.dtype().scalarTypeName() + "'");
    }
    Tensor x4 = nd == 1 ? x.unsqueeze(2) : x;
    Tensor w4 = nd == 1 ? weight.unsqueeze(2) : weight;
    long n = x4.size(0);
    long h = x4.size(2);
    long w = x4.size(3);
    long kh = w4.size(2);
    long kw = w4.size(3);
    long oh = (h - 1) * s[0] - 2 * p[0] + d[0] * (kh - 1) + op2[0] + 1;
    long ow = (w - 1) * s[1] - 2 * p[1] + d[1] * (kw - 1) + op2[1] + 1;
    if (oh < 1 || ow < 1) {
      throw new IllegalArgumentException("Given input size per channel: (" + h + " x " + w
          + "). Calculated output size per channel: (" + oh + " x " + ow
          + "). Output size is too small");
    }
    ConvPool.Plan pl = ConvPool.plan(oh, ow, new long[] {kh, kw}, s, p, d, h, w);
    long k = pl.k();
    long l = h * w;
    long cig = c / groups;
    long cog = w4.size(1);
    long co = cog * groups;
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor xg = x4.reshape(n, groups, cig, l);
      Tensor cols = w4.reshape(groups, cig, cog * k).transpose(1, 2).matmul(xg)
          .reshape(n, co, k, l);
      out = ConvPool.unwindows(cols, pl);
      if (bias != null) {
        out = out.add(bias.view(1, co, 1, 1));
      }
      out = nd == 1 ? out.reshape(n, co, ow) : out.contiguous();
    }
    long[] xShape = x.shape().toLongArray();
    long[] wShape = weight.shape().toLongArray();
    out = AutogradFunction.record("ConvolutionBackward0", out, new Tensor[] {x, weight, bias},
        grad -> {
          Tensor gcols = ConvPool.windows(grad.reshape(n, co, oh, ow), pl, 0)
              .reshape(n, groups, cog * k, l);
          Tensor gx = null;
          Tensor gw = null;
          Tensor gb = null;
          if (x.requires_grad()) {
            gx = w4.reshape(groups, cig, cog * k).matmul(gcols).reshape(xShape);
          }
          if (weight.requires_grad()) {
            gw = x4.reshape(n, groups, cig, l).matmul(gcols.transpose(2, 3)).sum(0)
                .reshape(wShape);
          }
          if (bias != null && bias.requires_grad()) {
            gb = grad.reshape(n, co, oh * ow).sum(new int[] {0, 2}, false);
          }
          return new Tensor[] {gx, gw, gb};
        },
        bias == null ? new Tensor[] {x, weight} : new Tensor[] {x, weight, bias});
    return input.dim() == nd + 2 ? out : out.squeeze(0);
  }

  /** A 1-d size as the (1, v) or (0, v) of its 2-d view; 2-d sizes as they are. */
  private static long[] to2(long[] v, int nd, long lead) {
    return nd == 1 ? new long[] {lead, v[0]} : v;
  }

  // ------------------------------------------------------------------ padding modes

  /** F.pad's reflect / replicate / circular modes, PyTorch's checks first. */
  static Tensor pad(Tensor input, long[] pad, String mode, double value) {
    if (!mode.equals("reflect") && !mode.equals("replicate") && !mode.equals("circular")) {
      throw new UnsupportedOperationException("Unrecognised padding mode " + mode);
    }
    if (value != 0) {
      throw new IllegalArgumentException(
          "Padding mode \"" + mode + "\" doesn't take in value argument");
    }
    if (pad.length % 2 != 0) {
      throw new IllegalArgumentException("Padding length must be divisible by 2");
    }
    int k = pad.length / 2;
    int dim = input.dim();
    if (!(k >= 1 && k <= 3 && (dim == k + 1 || dim == k + 2))) {
      throw new UnsupportedOperationException(
          "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
    }
    String name;
    if (mode.equals("circular")) {
      if (pad.length != 2 * (dim - 2)) {
        throw new IllegalArgumentException("Invalid padding size, expected " + 2 * (dim - 2)
            + " but got " + pad.length);
      }
      for (int i = 0; i < k; i++) {
        long size = input.size(dim - 1 - i);
        if (pad[2 * i] > size || pad[2 * i + 1] > size) {
          throw new IllegalArgumentException("Padding value causes wrapping around more than once.");
        }
      }
      name = "CopySlices";
    } else {
      boolean reflect = mode.equals("reflect");
      String kernel = (reflect ? "reflection_pad" : "replication_pad") + k + "d";
      if (!input.dtype().is_floating_point()) {
        throw new UnsupportedOperationException(
            "\"" + kernel + "\" not implemented for '" + input.dtype().scalarTypeName() + "'");
      }
      if (reflect) {
        for (int i = 0; i < k; i++) {
          int d = dim - 1 - i;
          long size = input.size(d);
          if (pad[2 * i] >= size || pad[2 * i + 1] >= size) {
            throw new IllegalArgumentException("Argument #" + (4 + 2 * i) + ": Padding size should"
                + " be less than the corresponding input dimension, but got: padding ("
                + pad[2 * i] + ", " + pad[2 * i + 1] + ") at dimension " + d + " of input "
                + (k == 1 ? ConvPool.sizes(input) : String.valueOf(dim)));
          }
        }
      } else {
        for (int d = dim == k + 2 ? 1 : 0; d < dim; d++) {
          if (input.size(d) == 0) {
            throw new IllegalArgumentException("Expected " + (k + 1) + "D or " + (k + 2)
                + "D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions"
                + " for input, but got: " + ConvPool.sizes(input));
          }
        }
      }
      name = (reflect ? "ReflectionPad" : "ReplicationPad") + k + "DBackward0";
    }
    // one index map per padded dim: output position -> input position
    int[] dims = new int[k];
    Tensor[] maps = new Tensor[k];
    for (int i = 0; i < k; i++) {
      int d = dim - 1 - i;
      long n = input.size(d);
      long lo = pad[2 * i];
      long len = n + lo + pad[2 * i + 1];
      if (len < 0) {
        throw new IllegalArgumentException("input size " + n + " with padding (" + lo + ", "
            + pad[2 * i + 1] + ") gives a negative output size at dimension " + d);
      }
      long[] idx = new long[Math.toIntExact(len)];
      // circular wraps within what negative pads leave (ATen's _pad_circular copies the cropped
      // input, then the padded ends from it)
      long cl = Math.max(-lo, 0);
      long m = n - cl - Math.max(-pad[2 * i + 1], 0);
      for (int o = 0; o < len; o++) {
        long j = o - lo;
        idx[o] = switch (mode) {
          case "reflect" -> j < 0 ? -j : j >= n ? 2 * (n - 1) - j : j;
          case "replicate" -> Math.max(0, Math.min(n - 1, j));
          default -> cl + Math.floorMod(o - Math.max(lo, 0), m);
        };
      }
      dims[i] = d;
      maps[i] = Torch.tensor(idx, new long[] {idx.length}, DType.int64).to(input.device());
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = input;
      for (int i = 0; i < k; i++) {
        out = out.index_select(dims[i], maps[i]);
      }
    }
    long[] inShape = input.shape().toLongArray();
    return AutogradFunction.record(name, out, new Tensor[] {input}, grad -> {
      Tensor gr = grad;
      for (int i = k - 1; i >= 0; i--) {
        long[] sh = gr.shape().toLongArray();
        sh[dims[i]] = inShape[dims[i]];
        gr = gr.new_zeros(sh).index_add(dims[i], maps[i], gr);
      }
      return new Tensor[] {gr};
    });
  }
}
