package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.cat;
import static dev.torchnd.Torch.rand;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import dev.torchnd.Tensor;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Views and copies on an (n, n) float32 matrix: a strided slice made contiguous, a scalar write
 * through a strided slice, and concatenation of two matrices along dim 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexingBench {
  int n = 1024;

  Tensor x;
  Tensor y;
  INDArray nx;
  INDArray ny;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    x = rand(n, n);
    y = rand(n, n);
    nx = Common.nd4jRand(n, n);
    ny = Common.nd4jRand(n, n);
  }

  /** Frees the operands. */
  @TearDown
  public void tearDown() {
    Common.close(x, y);
    Common.close(nx, ny);
  }

  /**
   * {@code x[1:-1, ::2].contiguous()}; with {@code close=true} only the copy is closed, the view
   * shares x's memory.
   */
  @Benchmark
  public void slice_contiguous_torchnd(Blackhole bh, Release r) {
    Tensor view = x.get("1:-1, ::2");
    Tensor copy = view.contiguous();
    bh.consume(view);
    if (copy.shares_storage(x)) {
      bh.consume(copy);
    } else {
      Common.sink(bh, r, copy);
    }
  }

  @Benchmark
  public void slice_contiguous_nd4j(Blackhole bh) {
    INDArray view = nx.get(interval(1, n - 1), interval(0, 2, n));
    bh.consume(view);
    Common.sink(bh, view.dup());
  }

  /** {@code x[1:-1, ::2] = 1.0}. */
  @Benchmark
  public void slice_set_torchnd(Blackhole bh) {
    x.set("1:-1, ::2", 1.0);
    bh.consume(x);
  }

  @Benchmark
  public void slice_set_nd4j(Blackhole bh) {
    bh.consume(nx.get(interval(1, n - 1), interval(0, 2, n)).assign(1.0));
  }

  /** {@code torch.cat([x, y])}: a (2n, n) result. */
  @Benchmark
  public void cat_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, cat(x, y));
  }

  @Benchmark
  public void cat_nd4j(Blackhole bh) {
    Common.sink(bh, Nd4j.concat(0, nx, ny));
  }
}
