package dev.torchnd.utils.data;

import java.util.List;

/**
 * The samples of {@code dataset} at {@code indices}, in that order.
 *
 * <pre>{@code
 * var firstTen = new Subset<>(ds, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.Subset}.
 */
public class Subset<T> implements Dataset<T> {
  private final Dataset<T> dataset;
  private final List<Integer> indices;

  /** PyTorch: {@code Subset(dataset, indices)}. */
  public Subset(Dataset<T> dataset, List<Integer> indices) {
    this.dataset = dataset;
    this.indices = List.copyOf(indices);
  }

  /** PyTorch: {@code subset.dataset}. */
  public Dataset<T> dataset() {
    return dataset;
  }

  /** PyTorch: {@code subset.indices}. */
  public List<Integer> indices() {
    return indices;
  }

  @Override
  public T get(int idx) {
    int i = idx < 0 ? idx + indices.size() : idx;
    if (i < 0 || i >= indices.size()) {
      throw new IndexOutOfBoundsException("list index out of range");
    }
    return dataset.get(indices.get(i));
  }

  @Override
  public int len() {
    return indices.size();
  }
}
