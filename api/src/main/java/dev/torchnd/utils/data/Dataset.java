package dev.torchnd.utils.data;

/**
 * A map-style data set: samples by index, and a length. Implement it for your own data the way a
 * PyTorch subclass defines {@code __getitem__} and {@code __len__}.
 *
 * <pre>{@code
 * Dataset<List<Tensor>> ds = new TensorDataset(features, labels);
 * ds.get(0)    // [tensor([...]), tensor(...)]
 * ds.len()     // 1000
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.Dataset}.
 */
public interface Dataset<T> {
  /** The sample at {@code index}. PyTorch: {@code dataset[index]}. */
  T get(int index);

  /** The number of samples. PyTorch: {@code len(dataset)}. */
  int len();
}
