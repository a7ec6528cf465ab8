package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import dev.torchnd.spi.UnaryOp;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Large contiguous float32/float64 transcendental functions run in libnd4j's vectorised kernels:
 * its fixed per-call cost (~10 µs) is noise at this size and it beats {@code Math.exp} per element.
 * Plain arithmetic is not routed here: measured on this machine, libnd4j's pairwise add over 1M
 * floats (0.7–9 ms, depending on OpenMP contention) lost to a Java loop over the same buffer
 * (0.4–0.8 ms).
 */
final class Libnd4jTransforms {
  private Libnd4jTransforms() {}

  /**
   * Elements below which a Java loop wins over ND4J's per-call overhead (~15 µs). Measured here:
   * {@code Math.exp} costs ~20 ns per element on this CPU, libnd4j's exp ~3 ns.
   */
  static final long THRESHOLD = 1 << 11;

  private static boolean eligible(DType t, Layout... layouts) {
    if (t != DType.float32 && t != DType.float64) {
      return false;
    }
    long[] shape = layouts[0].shape();
    for (Layout l : layouts) {
      if (!l.isContiguous() || !Arrays.equals(l.shape(), shape)) {
        return false;
      }
    }
    return layouts[0].numel() >= THRESHOLD;
  }

  private static INDArray flat(Nd4jStorage s, Layout l) {
    return Nd4j.create(
        s.buffer(), new long[] {l.numel()}, new long[] {1}, l.offset(), 'c',
        Nd4jBackend.nd4jType(s.dtype));
  }

  static boolean unary(UnaryOp op, Nd4jStorage a, Layout al, Nd4jStorage o, Layout ol) {
    boolean supported = switch (op) {
      case EXP, LOG, SQRT, SIN, COS, TANH -> true;
      default -> false;
    };
    // Heap-array storages stay in Java: moving them into ND4J buffers costs more than it saves.
    // Under ND4J's CUDA backend libnd4j would compute on device memory: cpu tensors stay in Java.
    if (!supported || a.dtype != o.dtype || !a.isNative() || !eligible(a.dtype, al, ol)
        || Nd4jCuda.onClassPath()) {
      return false;
    }
    INDArray x = flat(a, al);
    INDArray z = flat(o, ol);
    switch (op) {
      case EXP -> Nd4j.exec(new Exp(x, z));
      case LOG -> Nd4j.exec(new Log(x, z));
      case SQRT -> Nd4j.exec(new Sqrt(x, z));
      case SIN -> Nd4j.exec(new Sin(x, z));
      case COS -> Nd4j.exec(new Cos(x, z));
      case TANH -> Nd4j.exec(new Tanh(x, z));
      default -> throw new AssertionError(op);
    }
    return true;
  }
}
