package dev.torchnd.utils.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Several data sets one after another.
 *
 * <pre>{@code
 * var both = new ConcatDataset<>(List.of(train, extra));   // data.ConcatDataset([train, extra])
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.ConcatDataset}.
 */
public class ConcatDataset<T> implements Dataset<T> {
  private final List<Dataset<? extends T>> datasets;
  private final int[] cumulativeSizes;

  /** PyTorch: {@code ConcatDataset(datasets)}. */
  public ConcatDataset(List<? extends Dataset<? extends T>> datasets) {
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("datasets should not be an empty iterable");
    }
    this.datasets = new ArrayList<>(datasets);
    cumulativeSizes = new int[datasets.size()];
    int s = 0;
    for (int i = 0; i < datasets.size(); i++) {
      s += datasets.get(i).len();
      cumulativeSizes[i] = s;
    }
  }

  /** PyTorch: {@code dataset.datasets}. */
  public List<Dataset<? extends T>> datasets() {
    return datasets;
  }

  /** PyTorch: {@code dataset.cumulative_sizes}. */
  public List<Integer> cumulative_sizes() {
    List<Integer> out = new ArrayList<>();
    for (int c : cumulativeSizes) {
      out.add(c);
    }
    return out;
  }

  @Override
  public T get(int idx) {
    if (idx < 0) {
      if (-idx > len()) {
        throw new IllegalArgumentException(
            "absolute value of index should not exceed dataset length");
      }
      idx = len() + idx;
    }
    // bisect_right(cumulative_sizes, idx)
    int d = 0;
    while (d < cumulativeSizes.length && cumulativeSizes[d] <= idx) {
      d++;
    }
    if (d == cumulativeSizes.length) {
      // PyTorch's self.datasets[dataset_idx] past the end of its list.
      throw new IndexOutOfBoundsException("list index out of range");
    }
    int sample = d == 0 ? idx : idx - cumulativeSizes[d - 1];
    return datasets.get(d).get(sample);
  }

  @Override
  public int len() {
    return cumulativeSizes[cumulativeSizes.length - 1];
  }
}
