package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.rand;

import dev.torchnd.Tensor;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
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

/** Contiguous float32 elementwise ops on 1-D tensors of {@code n} elements, new result each. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ElementwiseBench {
  @Param({"1000", "1000000", "16000000"})
  int n;

  Tensor a;
  Tensor b;
  INDArray na;
  INDArray nb;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    a = rand(n);
    b = rand(n);
    na = Common.nd4jRand(n);
    nb = Common.nd4jRand(n);
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
  public void gt_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, a.gt(b));
  }

  @Benchmark
  public void gt_nd4j(Blackhole bh) {
    Common.sink(bh, na.gt(nb));
  }
}
