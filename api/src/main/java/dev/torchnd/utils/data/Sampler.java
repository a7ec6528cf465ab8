package dev.torchnd.utils.data;

/**
 * An iterable of indices (or of index lists, for a batch sampler) with a length.
 *
 * <pre>{@code
 * for (int i : new SequentialSampler(ds)) { ... }   // 0, 1, 2, ...
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.Sampler}.
 */
public interface Sampler<T> extends Iterable<T> {
  /** PyTorch: {@code len(sampler)}. */
  int len();
}
