package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.rand;

import dev.torchnd.Tensor;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Broadcasting add: a (n, 1) column plus a (1, n) row gives an (n, n) float32 result. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BroadcastBench {
  int n = 1024;

  Tensor col;
  Tensor row;
  INDArray ncol;
  INDArray nrow;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    col = rand(n, 1);
    row = rand(1, n);
    ncol = Common.nd4jRand(n, 1);
    nrow = Common.nd4jRand(1, n);
  }

  /** Frees the operands. */
  @TearDown
  public void tearDown() {
    Common.close(col, row);
    Common.close(ncol, nrow);
  }

  @Benchmark
  public void add_bcast_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, col.add(row));
  }

  /** ND4J's {@code add} broadcasts both operands (since 1.0.0-beta4) like numpy. */
  @Benchmark
  public void add_bcast_nd4j(Blackhole bh) {
    Common.sink(bh, ncol.add(nrow));
  }
}
