package dev.torchnd.utils.data;

import static dev.torchnd.Torch.empty;
import static dev.torchnd.Torch.randint;
import static dev.torchnd.Torch.randperm;

import dev.torchnd.DType;
import dev.torchnd.Generator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Indices in a random order drawn as PyTorch 1.13 draws them: without a generator, the first
 * index seeds a fresh {@link Generator} from one int64 of the default generator, then takes
 * {@code randperm(n)} (chunks of 32 {@code randint}s with replacement). The draws happen when
 * iteration starts, so a seeded Java loop visits PyTorch's order.
 *
 * <pre>{@code
 * manual_seed(0);
 * for (int i : new RandomSampler(ds)) { ... }
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.RandomSampler}.
 */
public class RandomSampler implements Sampler<Integer> {
  private final Dataset<?> dataSource;
  private final boolean replacement;
  private final Integer numSamples;
  private final Generator generator;

  /** PyTorch: {@code RandomSampler(data_source)}. */
  public RandomSampler(Dataset<?> data_source) {
    this(data_source, false, null, null);
  }

  /** PyTorch: {@code RandomSampler(data_source, generator=generator)}. */
  public RandomSampler(Dataset<?> data_source, Generator generator) {
    this(data_source, false, null, generator);
  }

  /** PyTorch: {@code RandomSampler(data_source, replacement, num_samples, generator)}. */
  public RandomSampler(
      Dataset<?> data_source, boolean replacement, Integer num_samples, Generator generator) {
    this.dataSource = data_source;
    this.replacement = replacement;
    this.numSamples = num_samples;
    this.generator = generator;
    if (num_samples() <= 0) {
      throw new IllegalArgumentException(
          "num_samples should be a positive integer value, but got num_samples=" + num_samples());
    }
  }

  /** PyTorch: {@code sampler.num_samples}. */
  public int num_samples() {
    return numSamples == null ? dataSource.len() : numSamples;
  }

  /** PyTorch: {@code sampler.replacement}. */
  public boolean replacement() {
    return replacement;
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private Generator g;
      private long[] chunk;
      private int pos;
      private int chunksDone;
      private boolean finished;
      private final int n = dataSource.len();
      private final int total = num_samples();

      /** Moves to the next chunk when the current one is used up; false at the end. */
      private boolean advance() {
        while (!finished && (chunk == null || pos >= chunk.length)) {
          if (g == null) {
            if (generator == null) {
              long seed = empty(new long[0], DType.int64).random_().longValue();
              g = new Generator().manual_seed(seed);
            } else {
              g = generator;
            }
          }
          pos = 0;
          if (replacement) {
            int full = total / 32;
            if (chunksDone < full) {
              chunk = randint(0, n, new long[] {32}, DType.int64, g).toLongArray();
            } else if (chunksDone == full) {
              chunk = randint(0, n, new long[] {total % 32}, DType.int64, g).toLongArray();
            } else {
              finished = true;
            }
          } else {
            int full = total / n;
            if (chunksDone < full) {
              chunk = randperm(n, g).toLongArray();
            } else if (chunksDone == full) {
              long[] p = randperm(n, g).toLongArray();
              chunk = java.util.Arrays.copyOf(p, total % n);
            } else {
              finished = true;
            }
          }
          chunksDone++;
        }
        return !finished;
      }

      @Override
      public boolean hasNext() {
        return advance();
      }

      @Override
      public Integer next() {
        if (!advance()) {
          throw new NoSuchElementException();
        }
        return (int) chunk[pos++];
      }
    };
  }

  @Override
  public int len() {
    return num_samples();
  }
}
