package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.dot;
import static dev.torchnd.Torch.mv;
import static dev.torchnd.Torch.rand;

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

/** BLAS level 1 and 2: float32 dot of two length-{@code n} vectors, (m, m) matrix times vector. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinalgBench {
  int n = 1_000_000;
  int m = 1024;

  Tensor u;
  Tensor v;
  Tensor a;
  Tensor w;
  INDArray nu;
  INDArray nv;
  INDArray na;
  INDArray nw;

  /** Builds the operands. */
  @Setup
  public void setup() {
    Common.init();
    u = rand(n);
    v = rand(n);
    a = rand(m, m);
    w = rand(m);
    nu = Common.nd4jRand(n);
    nv = Common.nd4jRand(n);
    na = Common.nd4jRand(m, m);
    nw = Common.nd4jRand(m, 1);
  }

  /** Frees the operands. */
  @TearDown
  public void tearDown() {
    Common.close(u, v, a, w);
    Common.close(nu, nv, na, nw);
  }

  @Benchmark
  public void dot_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, dot(u, v));
  }

  /** BLAS sdot through ND4J's wrapper; returns a double, so nothing to free. */
  @Benchmark
  public void dot_nd4j(Blackhole bh) {
    bh.consume(Nd4j.getBlasWrapper().dot(nu, nv));
  }

  @Benchmark
  public void mv_torchnd(Blackhole bh, Release r) {
    Common.sink(bh, r, mv(a, w));
  }

  /** ND4J has no 1-D matrix-vector product: the vector is an (m, 1) column. */
  @Benchmark
  public void mv_nd4j(Blackhole bh) {
    Common.sink(bh, na.mmul(nw));
  }
}
