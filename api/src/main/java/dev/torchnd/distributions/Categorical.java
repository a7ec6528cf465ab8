package dev.torchnd.distributions;

import dev.torchnd.Size;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * PyTorch: {@code torch.distributions.categorical.Categorical(probs)}: a category index drawn
 * from the (normalised) last dim of {@code probs}. {@code sample} is PyTorch's {@code
 * torch.multinomial(probs_2d, n, True).T} reshaped, so after {@code manual_seed} it draws
 * PyTorch's CPU indices. Argument validation is on, as in PyTorch: invalid {@code probs} raise
 * the {@code ValueError} text as an {@link IllegalArgumentException}.
 */
public final class Categorical {
  private final Tensor probs;

  /** PyTorch: {@code Categorical(probs)}. */
  public Categorical(Tensor probs) {
    if (probs.dim() < 1) {
      throw new IllegalArgumentException("`probs` parameter must be at least one-dimensional.");
    }
    this.probs = probs.div(probs.sum(-1, true));
    Multinomial.validateSimplex(this.probs);
  }

  /** The normalised probabilities. PyTorch: {@code probs}. */
  public Tensor probs() {
    return probs;
  }

  /** PyTorch: {@code batch_shape} ({@code probs.shape[:-1]}). */
  public Size batch_shape() {
    long[] s = probs.shape().toLongArray();
    return new Size(Arrays.copyOf(s, s.length - 1));
  }

  /** PyTorch: {@code event_shape} ({@code ()}). */
  public Size event_shape() {
    return new Size(new long[0]);
  }

  /** One index per batch entry, int64 of shape {@code batch_shape}. PyTorch: {@code sample()}. */
  public Tensor sample() {
    return sample(new long[0]);
  }

  /**
   * Indices of shape {@code sampleShape + batch_shape}. PyTorch: {@code sample(sample_shape)}.
   *
   * <pre>{@code manual_seed(0); new Categorical(tensor(new double[] {0.2, 0.8})).sample(4)   // tensor([1, 1, 1, 1])}</pre>
   */
  public Tensor sample(long... sampleShape) {
    long n = 1;
    for (long s : sampleShape) {
      n = Math.multiplyExact(n, s);
    }
    long k = probs.shape().at(probs.dim() - 1);
    Tensor samples2d;
    try (var g = Torch.no_grad()) {
      samples2d = Torch.multinomial(probs.reshape(-1, k), n, true).T();
    }
    long[] batch = batch_shape().toLongArray();
    long[] shape = new long[sampleShape.length + batch.length];
    System.arraycopy(sampleShape, 0, shape, 0, sampleShape.length);
    System.arraycopy(batch, 0, shape, sampleShape.length, batch.length);
    return samples2d.reshape(shape);
  }

  @Override
  public String toString() {
    return "Categorical(probs: " + (probs.numel() == 1 ? probs.toString() : probs.shape()) + ")";
  }
}
