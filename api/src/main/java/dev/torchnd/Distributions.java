package dev.torchnd;

/**
 * The sampling kernels that {@code dev.torchnd.distributions} needs from this package's
 * bit-exact RNG ({@link Sampling} is package-private). Not a PyTorch name: use
 * {@link dev.torchnd.distributions.Multinomial}.
 */
public final class Distributions {
  private Distributions() {}

  /**
   * Counts of {@code torch.distributions.Multinomial(totalCount, probs).sample(sampleShape)} for
   * 1-D float32 {@code probs} (not yet normalised), drawn from {@code g} (the default generator
   * when null), as float32 values of shape {@code sampleShape + (probs.numel(),)}.
   */
  public static Tensor multinomialCounts(
      Generator g, Tensor probs, long totalCount, long[] sampleShape) {
    if (probs.dim() != 1) {
      throw new UnsupportedOperationException(
          "Multinomial.sample supports 1-D probs only, got shape " + probs.shape());
    }
    int k = (int) probs.numel();
    long n = 1;
    for (long s : sampleShape) {
      n = Math.multiplyExact(n, s);
    }
    long[] shape = new long[sampleShape.length + 1];
    System.arraycopy(sampleShape, 0, shape, 0, sampleShape.length);
    shape[sampleShape.length] = k;
    if (n == 0) {
      return Torch.zeros(shape, probs.dtype());
    }
    Generator gen = g == null ? Generator.default_generator() : g;
    double[] counts =
        Sampling.multinomialDistributionSample(
            gen, probs.toDoubleArray(), k, totalCount, sampleShape.length == 0 ? 0 : n);
    return Torch.tensor(counts, shape, probs.dtype());
  }
}
