package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.randint;
import static dev.torchnd.Torch.randn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.TensorDataset;
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
 * Training as users write it, with no {@code close()}: one SGD step of the book's MLP
 * (784-256-10, batch 256, ReLU, cross-entropy) and one shuffled epoch of a {@code DataLoader} over
 * 60,000 x 784 floats; both sides use {@code nn.Sequential}, {@code nn.Linear} (default init),
 * {@code nn.CrossEntropyLoss}, {@code optim.SGD} and {@code DataLoader}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrainingBench {
  /** Samples in the DataLoader's data set. */
  int samples = 60000;

  Tensor X;
  Tensor y;
  Sequential net;
  CrossEntropyLoss loss;
  SGD trainer;
  DataLoader<List<Tensor>> loader;

  /** The model, a batch, and the 60,000-sample data set. */
  @Setup
  public void setup() {
    Common.init();
    X = randn(256, 784);
    y = randint(0, 10, 256);
    net = new Sequential(new Linear(784, 256), new ReLU(), new Linear(256, 10));
    loss = new CrossEntropyLoss();
    trainer = new SGD(net.parameters(), 0.1);
    loader = new DataLoader<>(new TensorDataset(randn(samples, 784), randint(0, 10, samples)), 256, true);
  }

  /** Forward, cross-entropy, {@code zero_grad}, {@code backward}, {@code step}. */
  @Benchmark
  public void mlp_step_torchnd(Blackhole bh) {
    Tensor l = loss.call(net.call(X), y);
    trainer.zero_grad();
    l.backward();
    trainer.step();
    bh.consume(l);
  }

  /** {@code for (X, y) in loader}: 235 shuffled batches of 256 (the last one 96). */
  @Benchmark
  public void dataloader_epoch_torchnd(Blackhole bh) {
    for (List<Tensor> batch : loader) {
      bh.consume(batch);
    }
  }
}
