package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import java.util.Map;

/**
 * The op names {@code compat-tests/recorder/record_tutorials.py} adds to the op-case table
 * ({@code fixtures/ops_tutorials.json}): convolution and pooling, the {@code out=} forms and
 * {@code rand_like(dtype)}.
 */
final class TutorialOps {
  private TutorialOps() {}

  private static long[] ints(OpRegistry.Args a, int i) {
    return a.isNone(i) ? null : a.shape(i);
  }

  /** An {@code out=} call must return its {@code out} argument. */
  private static Tensor out(Tensor out, Tensor r) {
    if (r != out) {
      throw new AssertionError("out= form must return its out tensor");
    }
    return r;
  }

  static void addTo(Map<String, OpRegistry.Op> m) {
    m.put("F.conv2d", a -> F.conv2d(a.t(0), a.t(1), a.optTensor(2), a.shape(3), a.shape(4),
        a.shape(5), a.l(6)));
    m.put("F.conv2d_str", a -> F.conv2d(a.t(0), a.t(1), a.optTensor(2), new long[] {1},
        a.str(3), a.shape(4), 1));
    m.put("F.avg_pool2d", a -> F.avg_pool2d(a.t(0), a.shape(1), ints(a, 2), a.shape(3), a.b(4),
        a.b(5), a.isNone(6) ? null : a.l(6)));
    m.put("F.max_pool2d", a -> F.max_pool2d(a.t(0), a.shape(1), ints(a, 2), a.shape(3),
        a.shape(4), a.b(5)));
    m.put("F.max_pool2d_with_indices", a -> F.max_pool2d_with_indices(a.t(0), a.shape(1),
        ints(a, 2), a.shape(3), a.shape(4), a.b(5)));
    m.put("F.adaptive_avg_pool2d", a -> a.isInts(1)
        ? F.adaptive_avg_pool2d(a.t(0), a.shape(1)) : F.adaptive_avg_pool2d(a.t(0), a.l(1)));
    m.put("matmul_out", a -> {
      Tensor o = a.t(2);
      return out(o, Torch.matmul(a.t(0), a.t(1), o));
    });
    m.put("mul_out", a -> {
      Tensor o = a.t(2);
      return out(o, Torch.mul(a.t(0), a.t(1), o));
    });
    m.put("add_out", a -> {
      Tensor o = a.t(2);
      return out(o, Torch.add(a.t(0), a.t(1), o));
    });
    m.put("rand_like_dtype", a -> {
      Torch.manual_seed(a.l(0));
      return Torch.rand_like(a.t(1), a.dtype(2));
    });
  }
}
