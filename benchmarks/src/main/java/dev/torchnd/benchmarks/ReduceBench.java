package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.rand;

import dev.torchnd.Tensor;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reductions and a scan over an (n, n) float32 matrix: full, down the columns (dim 0) and along
 * the rows (dim 1). TorchND's {@code max(dim)} also returns the indices; ND4J's only the values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReduceBench {
  @Param({"1024", "4096"})
  int n;

  Tensor x;
  INDArray nx;

  /** Builds the operand. */
  @Setup
  public void setup() {
    Common.init();
    x = rand(n, n);
    nx = Common.nd4jRand(n, n);
  }

  /** Frees the operand. */
  @TearDown
  public void tearDown() {
    Common.close(x);
    Common.close(nx);
  }

  @Benchmark
  public void sum_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.sum());
  }

  @Benchmark
  public void sum_nd4j(Blackhole bh) {
    Common.sink(bh, nx.sum());
  }

  @Benchmark
  public void sum_dim0_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.sum(0, false));
  }

  @Benchmark
  public void sum_dim0_nd4j(Blackhole bh) {
    Common.sink(bh, nx.sum(0));
  }

  @Benchmark
  public void sum_dim1_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.sum(1, false));
  }

  @Benchmark
  public void sum_dim1_nd4j(Blackhole bh) {
    Common.sink(bh, nx.sum(1));
  }

  @Benchmark
  public void mean_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.mean());
  }

  @Benchmark
  public void mean_nd4j(Blackhole bh) {
    Common.sink(bh, nx.mean());
  }

  @Benchmark
  public void mean_dim1_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.mean(1, false));
  }

  @Benchmark
  public void mean_dim1_nd4j(Blackhole bh) {
    Common.sink(bh, nx.mean(1));
  }

  @Benchmark
  public void max_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.max());
  }

  @Benchmark
  public void max_nd4j(Blackhole bh) {
    Common.sink(bh, nx.max());
  }

  @Benchmark
  public void max_dim1_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.max(1));
  }

  @Benchmark
  public void max_dim1_nd4j(Blackhole bh) {
    Common.sink(bh, nx.max(1));
  }

  @Benchmark
  public void cumsum_dim1_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, x.cumsum(1));
  }

  @Benchmark
  public void cumsum_dim1_nd4j(Blackhole bh) {
    Common.sink(bh, nx.cumsum(1));
  }
}
