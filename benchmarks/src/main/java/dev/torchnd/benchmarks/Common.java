package dev.torchnd.benchmarks;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.ValuesIndices;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.infra.Blackhole;

/** Shared set-up and clean-up for the benchmarks. */
final class Common {
  private Common() {}

  /**
   * Seeds both RNGs. TorchND is touched first so that its backend configures ND4J (off-heap cap,
   * quiet logging) before any raw {@code Nd4j} call loads ND4J.
   */
  static void init() {
    Torch.manual_seed(0);
    Torch.zeros(1).close();
    Nd4j.getRandom().setSeed(0);
  }

  /** Uniform [0, 1) float32 ND4J array. */
  static INDArray nd4jRand(long... shape) {
    return Nd4j.rand(DataType.FLOAT, shape);
  }

  /** Consumes a TorchND result, freeing it only in the {@code close=true} variant. */
  static void sink(Blackhole bh, Release r, Tensor t) {
    bh.consume(t);
    if (r.close) {
      t.close();
    }
  }

  /** Consumes both halves of a {@code max(dim)} result, freeing them when {@code close=true}. */
  static void sink(Blackhole bh, Release r, ValuesIndices vi) {
    bh.consume(vi);
    if (r.close) {
      vi.values().close();
      vi.indices().close();
    }
  }

  /** Frees a benchmark's intermediates in the {@code close=true} variant. */
  static void close(Release r, Tensor... ts) {
    if (r.close) {
      close(ts);
    }
  }

  /** Consumes and frees a raw ND4J result (views share their parent's buffer and stay open). */
  static void sink(Blackhole bh, INDArray a) {
    bh.consume(a);
    if (a.closeable()) {
      a.close();
    }
  }

  /** Frees set-up tensors. */
  static void close(Tensor... ts) {
    for (Tensor t : ts) {
      if (t != null) {
        t.close();
      }
    }
  }

  /** Frees set-up ND4J arrays. */
  static void close(INDArray... as) {
    for (INDArray a : as) {
      if (a != null && a.closeable()) {
        a.close();
      }
    }
  }
}
