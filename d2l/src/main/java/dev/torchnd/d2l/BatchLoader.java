package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Mini-batches of a {@link MapDataset}, drawing exactly the random numbers PyTorch 1.13's {@code
 * torch.utils.data.DataLoader(dataset, batch_size, shuffle)} draws, so that a shuffled epoch
 * visits the examples in PyTorch's order: each {@code iter(loader)} takes a base seed from the
 * default generator ({@code torch.empty((), dtype=torch.int64).random_()}, even when not
 * shuffling); a shuffling loader takes a second one when its first batch is asked for, seeds a
 * fresh generator with it and reads {@code torch.randperm(n, generator=g)}. Batches are collated
 * like {@code default_collate}: tensors are stacked, Java integers become an int64 tensor, floats
 * a float64 one. The last batch may be smaller ({@code drop_last=False}). {@code num_workers}
 * only changes speed in PyTorch and is ignored.
 *
 * <pre>{@code
 * for (Tensor[] batch : new BatchLoader(mnist_train, 18, false)) { X = batch[0]; y = batch[1]; break; }
 * }</pre>
 */
public final class BatchLoader implements Iterable<Tensor[]> {
  private final MapDataset dataset;
  private final int batchSize;
  private final boolean shuffle;

  /** PyTorch: {@code DataLoader(dataset, batch_size=batchSize, shuffle=shuffle)}. */
  public BatchLoader(MapDataset dataset, int batchSize, boolean shuffle) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException(
          "batch_size should be a positive integer value, but got batch_size=" + batchSize);
    }
    this.dataset = dataset;
    this.batchSize = batchSize;
    this.shuffle = shuffle;
  }

  /** PyTorch: {@code DataLoader(dataset, batch_size=batchSize)} (in order). */
  public BatchLoader(MapDataset dataset, int batchSize) {
    this(dataset, batchSize, false);
  }

  /** The data set. PyTorch: {@code loader.dataset}. */
  public MapDataset dataset() {
    return dataset;
  }

  /** Python: {@code len(loader)}: the number of batches. */
  public int len() {
    return (dataset.len() + batchSize - 1) / batchSize;
  }

  @Override
  public Iterator<Tensor[]> iterator() {
    drawSeed(); // _BaseDataLoaderIter._base_seed
    int n = dataset.len();
    return new Iterator<>() {
      private long[] order;
      private int pos;

      @Override
      public boolean hasNext() {
        return pos < n;
      }

      @Override
      public Tensor[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (order == null) {
          if (shuffle) {
            Generator g = new Generator(drawSeed()); // RandomSampler.__iter__
            order = Torch.randperm(n, g).toLongArray();
          } else {
            order = new long[n];
            for (int i = 0; i < n; i++) {
              order[i] = i;
            }
          }
        }
        int end = Math.min(pos + batchSize, n);
        List<Object[]> batch = new ArrayList<>(end - pos);
        for (int i = pos; i < end; i++) {
          batch.add(dataset.get((int) order[i]));
        }
        pos = end;
        return collate(batch);
      }
    };
  }

  private static long drawSeed() {
    return Torch.empty(new long[0], DType.int64).random_().longValue();
  }

  /** {@code default_collate} for tuples of tensors and numbers. */
  static Tensor[] collate(List<Object[]> batch) {
    int fields = batch.get(0).length;
    Tensor[] out = new Tensor[fields];
    for (int f = 0; f < fields; f++) {
      Object first = batch.get(0)[f];
      if (first instanceof Tensor) {
        List<Tensor> ts = new ArrayList<>(batch.size());
        for (Object[] ex : batch) {
          ts.add((Tensor) ex[f]);
        }
        out[f] = Torch.stack(ts, 0);
      } else if (first instanceof Long || first instanceof Integer) {
        long[] v = new long[batch.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = ((Number) batch.get(i)[f]).longValue();
        }
        out[f] = Torch.tensor(v, new long[] {v.length}, DType.int64);
      } else if (first instanceof Double || first instanceof Float) {
        double[] v = new double[batch.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = ((Number) batch.get(i)[f]).doubleValue();
        }
        out[f] = Torch.tensor(v, new long[] {v.length}, DType.float64);
      } else {
        throw new IllegalArgumentException(
            "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found "
                + (first == null ? "None" : first.getClass().getSimpleName()));
      }
    }
    return out;
  }
}
