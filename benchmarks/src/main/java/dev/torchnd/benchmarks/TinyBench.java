package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.tensor;

import dev.torchnd.Tensor;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Per-op overhead: 3-element float32 ops, each making a new result. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TinyBench {
  Tensor a;
  Tensor b;
  INDArray na;
  INDArray nb;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    a = tensor(new double[] {1, 2, 3});
    b = tensor(new double[] {4, 5, 6});
    na = Nd4j.createFromArray(1f, 2f, 3f);
    nb = Nd4j.createFromArray(4f, 5f, 6f);
  }

  /** Frees the operands. */
  @TearDown
  public void tearDown() {
    Common.close(a, b);
    Common.close(na, nb);
  }

  @Benchmark
  public void add_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, a.add(b));
  }

  @Benchmark
  public void add_nd4j(Blackhole bh) {
    Common.sink(bh, na.add(nb));
  }

  @Benchmark
  public void mul_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, a.mul(b));
  }

  @Benchmark
  public void mul_nd4j(Blackhole bh) {
    Common.sink(bh, na.mul(nb));
  }

  @Benchmark
  public void exp_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, a.exp());
  }

  @Benchmark
  public void exp_nd4j(Blackhole bh) {
    Common.sink(bh, Transforms.exp(na, true));
  }

  @Benchmark
  public void sum_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, a.sum());
  }

  @Benchmark
  public void sum_nd4j(Blackhole bh) {
    Common.sink(bh, na.sum());
  }
}
