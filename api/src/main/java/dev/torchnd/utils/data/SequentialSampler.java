package dev.torchnd.utils.data;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Indices {@code 0 .. len(data_source) - 1} in order.
 *
 * <pre>{@code
 * new SequentialSampler(ds)   // 0, 1, 2, ...
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.SequentialSampler}.
 */
public class SequentialSampler implements Sampler<Integer> {
  private final Dataset<?> dataSource;

  /** PyTorch: {@code SequentialSampler(data_source)}. */
  public SequentialSampler(Dataset<?> data_source) {
    this.dataSource = data_source;
  }

  @Override
  public Iterator<Integer> iterator() {
    int n = dataSource.len();
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public Integer next() {
        if (i >= n) {
          throw new NoSuchElementException();
        }
        return i++;
      }
    };
  }

  @Override
  public int len() {
    return dataSource.len();
  }
}
