package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.rand;
import static dev.torchnd.Torch.randn;
import static dev.torchnd.Torch.zeros;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Factory functions making a new float32 1-D tensor of {@code n} elements. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CreationBench {
  int n = 1_000_000;

  /** Seeds the RNGs. */
  @Setup
  public void setup() {
    Common.init();
  }

  @Benchmark
  public void zeros_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, zeros(n));
  }

  @Benchmark
  public void zeros_nd4j(Blackhole bh) {
    Common.sink(bh, Nd4j.zeros(DataType.FLOAT, n));
  }

  @Benchmark
  public void rand_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, rand(n));
  }

  @Benchmark
  public void rand_nd4j(Blackhole bh) {
    Common.sink(bh, Nd4j.rand(DataType.FLOAT, n));
  }

  @Benchmark
  public void randn_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, randn(n));
  }

  @Benchmark
  public void randn_nd4j(Blackhole bh) {
    Common.sink(bh, Nd4j.randn(DataType.FLOAT, n));
  }
}
