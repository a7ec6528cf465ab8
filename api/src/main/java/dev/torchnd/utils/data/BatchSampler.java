package dev.torchnd.utils.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Groups the indices of {@code sampler} into lists of {@code batch_size} (the last one shorter,
 * or dropped with {@code drop_last}).
 *
 * <pre>{@code
 * new BatchSampler(new SequentialSampler(ds), 3, false)   // [0, 1, 2], [3, 4, 5], ..., [9]
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.BatchSampler}.
 */
public class BatchSampler implements Sampler<List<Integer>> {
  private final Iterable<Integer> sampler;
  private final int batchSize;
  private final boolean dropLast;

  /** PyTorch: {@code BatchSampler(sampler, batch_size, drop_last)}. */
  public BatchSampler(Iterable<Integer> sampler, int batch_size, boolean drop_last) {
    if (batch_size <= 0) {
      throw new IllegalArgumentException(
          "batch_size should be a positive integer value, but got batch_size=" + batch_size);
    }
    this.sampler = sampler;
    this.batchSize = batch_size;
    this.dropLast = drop_last;
  }

  /** PyTorch: {@code batch_sampler.sampler}. */
  public Iterable<Integer> sampler() {
    return sampler;
  }

  /** PyTorch: {@code batch_sampler.batch_size}. */
  public int batch_size() {
    return batchSize;
  }

  /** PyTorch: {@code batch_sampler.drop_last}. */
  public boolean drop_last() {
    return dropLast;
  }

  @Override
  public Iterator<List<Integer>> iterator() {
    return new Iterator<>() {
      private Iterator<Integer> it;
      private List<Integer> pending;
      private boolean done;

      private boolean fill() {
        if (pending != null) {
          return true;
        }
        if (done) {
          return false;
        }
        if (it == null) {
          it = sampler.iterator();
        }
        List<Integer> batch = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && it.hasNext()) {
          batch.add(it.next());
        }
        if (batch.size() < batchSize) {
          done = true;
          if (batch.isEmpty() || dropLast) {
            return false;
          }
        }
        pending = Collections.unmodifiableList(batch);
        return true;
      }

      @Override
      public boolean hasNext() {
        return fill();
      }

      @Override
      public List<Integer> next() {
        if (!fill()) {
          throw new NoSuchElementException();
        }
        List<Integer> b = pending;
        pending = null;
        return b;
      }
    };
  }

  @Override
  public int len() {
    int n = sampler instanceof Sampler<?> s ? s.len() : count(sampler);
    return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
  }

  private static int count(Iterable<?> it) {
    int n = 0;
    for (Object ignored : it) {
      n++;
    }
    return n;
  }
}
