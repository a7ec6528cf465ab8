package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.rand;
import static dev.torchnd.Torch.tensor;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One training-style step each: forward, {@code backward()}, read and clear the gradient. TorchND
 * only (raw ND4J has no tape). In the {@code close=true} variant every intermediate and the old
 * gradient are closed afterwards.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AutogradBench {
  /** Number of ops in the chain, and elements in its input. */
  static final int CHAIN_OPS = 50;

  int chainSize = 1000;

  Tensor small;
  Tensor x;

  /** Builds the leaves. */
  @Setup
  public void setup() {
    Common.init();
    small = tensor(new double[] {1, 2, 3}).requires_grad_();
    x = rand(chainSize).requires_grad_();
  }

  /** {@code (x * x).sum().backward()} on 3 elements. */
  @Benchmark
  public void backward_small_torchnd(Blackhole bh, Release r) {
    Tensor sq = small.mul(small);
    Tensor s = sq.sum();
    s.backward();
    Tensor g = small.grad();
    bh.consume(g);
    small.set_grad(null);
    Common.close(r, sq, s, g);
  }

  /**
   * A 50-op chain cycling {@code y*x, y+x, tanh(y), y*0.5, y-x}, then {@code sum().backward()}.
   */
  @Benchmark
  public void backward_chain50_torchnd(Blackhole bh, Release r) {
    List<Tensor> tmp = new ArrayList<>(CHAIN_OPS + 1);
    Tensor y = x;
    for (int i = 0; i < CHAIN_OPS; i++) {
      y = switch (i % 5) {
        case 0 -> y.mul(x);
        case 1 -> y.add(x);
        case 2 -> y.tanh();
        case 3 -> y.mul(0.5);
        default -> y.sub(x);
      };
      tmp.add(y);
    }
    Tensor s = y.sum();
    tmp.add(s);
    s.backward();
    Tensor g = x.grad();
    bh.consume(g);
    x.set_grad(null);
    tmp.add(g);
    Common.close(r, tmp.toArray(new Tensor[0]));
  }
}
