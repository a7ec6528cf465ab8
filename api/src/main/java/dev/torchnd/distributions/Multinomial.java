package dev.torchnd.distributions;

import static dev.torchnd.Torch.mul;
import static dev.torchnd.Torch.sub;

import dev.torchnd.Distributions;
import dev.torchnd.Generator;
import dev.torchnd.Size;
import dev.torchnd.Tensor;

/**
 * PyTorch: {@code torch.distributions.multinomial.Multinomial(total_count, probs)}: counts of
 * {@code total_count} independent draws from the categories of {@code probs}. Sampling uses the
 * default {@link Generator} and is bit-exact with PyTorch's CPU generator for 1-D float32
 * {@code probs} (after {@code manual_seed} both give the same counts).
 *
 * <p>As in PyTorch, {@code probs} need not sum to 1 (they are normalised along the last dim),
 * argument validation is on: invalid {@code probs} raise PyTorch's {@code ValueError} text as an
 * {@link IllegalArgumentException}, and a non-integer {@code total_count} raises {@code
 * NotImplementedError}'s text as an {@link UnsupportedOperationException}. Counts are floats
 * ({@code type_as(probs)}).
 */
public final class Multinomial {
  private final long totalCount;
  private final Tensor rawProbs;
  private final Tensor probs;

  /** PyTorch: {@code Multinomial(total_count, probs)}. */
  public Multinomial(long totalCount, Tensor probs) {
    if (probs.dim() < 1) {
      throw new IllegalArgumentException("`probs` parameter must be at least one-dimensional.");
    }
    this.totalCount = totalCount;
    this.rawProbs = probs;
    this.probs = probs.div(probs.sum(-1, true));
    validateSimplex(this.probs);
  }

  /**
   * PyTorch: {@code Multinomial(10.0, probs)}: a float {@code total_count} is not supported.
   *
   * @throws UnsupportedOperationException always ({@code NotImplementedError} in PyTorch)
   */
  public Multinomial(double totalCount, Tensor probs) {
    throw new UnsupportedOperationException("inhomogeneous total_count is not supported");
  }

  /** PyTorch's {@code constraints.simplex} check, done by {@code Categorical}. */
  static void validateSimplex(Tensor p) {
    double[] v = p.toDoubleArray();
    int k = (int) p.shape().at(p.dim() - 1);
    boolean ok = true;
    for (int row = 0; row * k < v.length && ok; row++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double x = v[row * k + j];
        ok &= x >= 0;
        sum += x;
      }
      ok &= Math.abs(sum - 1) < 1e-6;
    }
    if (!ok) {
      Size shape = p.shape();
      StringBuilder tuple = new StringBuilder("(");
      for (int i = 0; i < shape.size(); i++) {
        tuple.append(i > 0 ? ", " : "").append(shape.at(i));
      }
      tuple.append(shape.size() == 1 ? ",)" : ")");
      String param = p.numel() == 1 ? p.toString() : shape.toString();
      throw new IllegalArgumentException(
          "Expected parameter probs (Tensor of shape "
              + tuple
              + ") of distribution Categorical(probs: "
              + param
              + ") to satisfy the constraint Simplex(), but found invalid values:\n"
              + p);
    }
  }

  /** PyTorch: {@code total_count}. */
  public long total_count() {
    return totalCount;
  }

  /** The normalised probabilities. PyTorch: {@code probs}. */
  public Tensor probs() {
    return probs;
  }

  /** PyTorch: {@code mean} ({@code probs * total_count}). */
  public Tensor mean() {
    return probs.mul(totalCount);
  }

  /** PyTorch: {@code variance} ({@code total_count * probs * (1 - probs)}). */
  public Tensor variance() {
    return mul(totalCount, probs).mul(sub(1L, probs));
  }

  /** PyTorch: {@code batch_shape} ({@code probs.shape[:-1]}). */
  public Size batch_shape() {
    long[] s = probs.shape().toLongArray();
    return new Size(java.util.Arrays.copyOf(s, s.length - 1));
  }

  /** PyTorch: {@code event_shape} ({@code probs.shape[-1:]}). */
  public Size event_shape() {
    long[] s = probs.shape().toLongArray();
    return new Size(s[s.length - 1]);
  }

  /** One draw of the counts, shape {@code probs.shape}. PyTorch: {@code sample()}. */
  public Tensor sample() {
    return Distributions.multinomialCounts(null, rawProbs, totalCount, new long[0]);
  }

  /**
   * Counts of shape {@code sampleShape + probs.shape}. PyTorch: {@code sample(sample_shape)},
   * e.g. {@code sample((10000,))} is {@code sample(10000)}.
   */
  public Tensor sample(long... sampleShape) {
    return Distributions.multinomialCounts(null, rawProbs, totalCount, sampleShape);
  }

  @Override
  public String toString() {
    return "Multinomial(probs: " + (probs.numel() == 1 ? probs.toString() : probs.shape()) + ")";
  }
}
