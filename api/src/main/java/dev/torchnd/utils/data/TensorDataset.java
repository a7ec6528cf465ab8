package dev.torchnd.utils.data;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tensors indexed together along their first dimension; sample {@code i} is the list of each
 * tensor's row {@code i} (PyTorch's tuple).
 *
 * <pre>{@code
 * var ds = new TensorDataset(X, y);     // data.TensorDataset(X, y)
 * List<Tensor> s = ds.get(3);           // (X[3], y[3])
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.TensorDataset}.
 */
public class TensorDataset implements Dataset<List<Tensor>> {
  private final List<Tensor> tensors;

  /** PyTorch: {@code TensorDataset(*tensors)}. */
  public TensorDataset(Tensor... tensors) {
    for (Tensor t : tensors) {
      if (t.dim() == 0 || tensors[0].dim() == 0) {
        throw new IndexOutOfBoundsException("dimension specified as 0 but tensor has no dimensions");
      }
      if (t.size(0) != tensors[0].size(0)) {
        throw new IllegalArgumentException("Size mismatch between tensors");
      }
    }
    this.tensors = List.of(tensors);
  }

  /** The wrapped tensors. PyTorch: {@code dataset.tensors}. */
  public List<Tensor> tensors() {
    return tensors;
  }

  @Override
  public List<Tensor> get(int index) {
    List<Tensor> out = new ArrayList<>(tensors.size());
    for (Tensor t : tensors) {
      out.add(t.get(index));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public int len() {
    return (int) tensors.get(0).size(0);
  }

  // ---- tutorials support ----

  /**
   * Indexes every tensor with the same Python index, e.g. a slice: {@code train_ds.get("0:64")}
   * is {@code [x_train[0:64], y_train[0:64]]}. PyTorch: {@code dataset[i * bs : i * bs + bs]}.
   */
  public List<Tensor> get(String index) {
    List<Tensor> out = new ArrayList<>(tensors.size());
    for (Tensor t : tensors) {
      out.add(t.get(index));
    }
    return Collections.unmodifiableList(out);
  }
}
