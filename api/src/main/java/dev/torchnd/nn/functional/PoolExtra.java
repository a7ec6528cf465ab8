package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.ValuesIndices;

/**
 * Adaptive max pooling: output cell (a, b) takes the maximum over rows [⌊a·H/OH⌋, ⌈(a+1)·H/OH⌉)
 * and columns likewise (windows may overlap and differ in size). The windows are gathered,
 * padded to the largest with -inf, with {@code index_select}; the maximum's first position wins
 * ties and NaN wins as in PyTorch's CPU kernel; backward scatters into those positions.
 */
final class PoolExtra {
  private PoolExtra() {}

  static Tensor[] adaptive_max_pool2d(Tensor input, long[] outputSize) {
    if (input.dim() != 3 && input.dim() != 4) {
      throw new IllegalArgumentException("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: "
          + ConvPool.sizes(input));
    }
    for (int i = input.dim() - 2; i < input.dim(); i++) {
      if (input.size(i) <= 0) {
        throw new IllegalArgumentException("adaptive_max_pool2d(): Expected input to have non-zero"
            + " size for non-batch dimensions, but input has sizes " + ConvPool.sizes(input)
            + " with dimension " + i + " being empty");
      }
    }
    if (!input.dtype().is_floating_point()) {
      throw new UnsupportedOperationException("\"adaptive_max_pool2d\" not implemented for '"
          + input.dtype().scalarTypeName() + "'");
    }
    Tensor x = input.dim() == 4 ? input.detach() : input.detach().unsqueeze(0);
    long[] os = ConvPool.pair(outputSize, "output_size");
    long n = x.size(0);
    long c = x.size(1);
    long h = x.size(2);
    long w = x.size(3);
    long oh = os[0];
    long ow = os[1];
    long kmax = 0;
    for (long a = 0; a < oh; a++) {
      for (long b = 0; b < ow; b++) {
        kmax = Math.max(kmax, (end(a, h, oh) - start(a, h, oh)) * (end(b, w, ow) - start(b, w, ow)));
      }
    }
    long l = oh * ow;
    long pad = h * w;   // the -inf column appended to each plane
    long[] idx = new long[Math.toIntExact(l * kmax)];
    int k = 0;
    for (long a = 0; a < oh; a++) {
      for (long b = 0; b < ow; b++) {
        int used = 0;
        for (long r = start(a, h, oh); r < end(a, h, oh); r++) {
          for (long q = start(b, w, ow); q < end(b, w, ow); q++) {
            idx[k++] = r * w + q;
            used++;
          }
        }
        for (; used < kmax; used++) {
          idx[k++] = pad;
        }
      }
    }
    Tensor index = Torch.tensor(idx, new long[] {idx.length}, DType.int64).to(x.device());
    Tensor values;
    Tensor indices;
    try (var g = Torch.no_grad()) {
      Tensor plane = x.reshape(n, c, h * w);
      Tensor ext = Torch.cat(new Tensor[] {plane,
          Torch.full(new long[] {n, c, 1}, Double.NEGATIVE_INFINITY, x.dtype()).to(x.device())}, 2);
      ValuesIndices m = ext.index_select(2, index).view(n, c, l, kmax).max(3);
      values = m.values().view(n, c, oh, ow);
      Tensor flat = m.indices().add(Torch.arange(l).mul(kmax).to(x.device()));
      indices = index.index_select(0, flat.reshape(-1)).view(n, c, oh, ow);
    }
    if (input.dim() == 3) {
      values = values.squeeze(0);
      indices = indices.squeeze(0);
    }
    // one node on the input as given (PyTorch's kernel takes 3-d inputs as they are)
    final Tensor ix = indices;
    final long[] inShape = input.shape().toLongArray();
    values = AutogradFunction.record("AdaptiveMaxPool2DBackward0", values, new Tensor[] {input},
        grad -> new Tensor[] {grad.new_zeros(n, c, h * w)
            .scatter_add(2, ix.reshape(n, c, l), grad.reshape(n, c, l)).view(inShape)},
        input);
    return new Tensor[] {values, indices};
  }

  private static long start(long a, long in, long out) {
    return Math.floorDiv(a * in, out);
  }

  private static long end(long a, long in, long out) {
    return -Math.floorDiv(-(a + 1) * in, out);
  }
}
