package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.matmul;
import static dev.torchnd.Torch.rand;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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

/** Square matrix products, {@code case} = {@code <n>-<dtype>}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatmulBench {
  @Param({"64-float32", "256-float32", "1024-float32", "2048-float32", "1024-float64"})
  String shape;

  Tensor a;
  Tensor b;
  INDArray na;
  INDArray nb;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    String[] parts = shape.split("-");
    long n = Long.parseLong(parts[0]);
    boolean f64 = parts[1].equals("float64");
    DType dtype = f64 ? Torch.float64 : Torch.float32;
    a = rand(new long[] {n, n}, dtype, null);
    b = rand(new long[] {n, n}, dtype, null);
    DataType nd = f64 ? DataType.DOUBLE : DataType.FLOAT;
    na = Nd4j.rand(nd, n, n);
    nb = Nd4j.rand(nd, n, n);
  }

  /** Frees the operands. */
  @TearDown
  public void tearDown() {
    Common.close(a, b);
    Common.close(na, nb);
  }

  @Benchmark
  public void matmul_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, matmul(a, b));
  }

  @Benchmark
  public void matmul_nd4j(Blackhole bh) {
    Common.sink(bh, na.mmul(nb));
  }
}
