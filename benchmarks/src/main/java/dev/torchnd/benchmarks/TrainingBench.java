package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.randint;
import static dev.torchnd.Torch.randn;
import static dev.torchnd.Torch.zeros;

import dev.torchnd.Tensor;
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
 * 60,000 x 784 floats. The step is written with tensor ops (matmul, relu, a log-softmax from
 * max/exp/sum/log, gather) until {@code nn.Linear}/{@code nn.CrossEntropyLoss} exist; the
 * PyTorch row uses {@code nn.Sequential} and {@code nn.CrossEntropyLoss}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrainingBench {
  /** Samples in the DataLoader's data set. */
  int samples = 60000;

  Tensor X;
  Tensor y;
  Tensor W1;
  Tensor b1;
  Tensor W2;
  Tensor b2;
  SGD trainer;
  DataLoader<List<Tensor>> loader;

  /** The model, a batch, and the 60,000-sample data set. */
  @Setup
  public void setup() {
    Common.init();
    X = randn(256, 784);
    y = randint(0, 10, 256);
    W1 = randn(784, 256).mul(0.01).requires_grad_();
    b1 = zeros(256).requires_grad_();
    W2 = randn(256, 10).mul(0.01).requires_grad_();
    b2 = zeros(10).requires_grad_();
    trainer = new SGD(List.of(W1, b1, W2, b2), 0.1);
    loader = new DataLoader<>(new TensorDataset(randn(samples, 784), randint(0, 10, samples)), 256, true);
  }

  /** Forward, cross-entropy, {@code zero_grad}, {@code backward}, {@code step}. */
  @Benchmark
  public void mlp_step_torchnd(Blackhole bh) {
    Tensor logits = X.matmul(W1).add(b1).relu().matmul(W2).add(b2);
    Tensor shifted = logits.sub(logits.max(1, true).values().detach());
    Tensor logp = shifted.sub(shifted.exp().sum(1, true).log());
    Tensor loss = logp.gather(1, y.unsqueeze(1)).neg().mean();
    trainer.zero_grad();
    loss.backward();
    trainer.step();
    bh.consume(loss);
  }

  /** {@code for (X, y) in loader}: 235 shuffled batches of 256 (the last one 96). */
  @Benchmark
  public void dataloader_epoch_torchnd(Blackhole bh) {
    for (List<Tensor> batch : loader) {
      bh.consume(batch);
    }
  }
}
