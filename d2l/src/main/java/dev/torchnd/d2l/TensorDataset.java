package dev.torchnd.d2l;

import dev.torchnd.Tensor;

/**
 * {@code torch.utils.data.TensorDataset(*tensors)}: example {@code i} is {@code (t[i] for t in
 * tensors)}.
 */
public final class TensorDataset implements MapDataset {
  private final Tensor[] tensors;

  /** PyTorch: {@code TensorDataset(*tensors)}; all must have the same first dimension. */
  public TensorDataset(Tensor... tensors) {
    for (Tensor t : tensors) {
      if (t.shape().at(0) != tensors[0].shape().at(0)) {
        throw new IllegalArgumentException("Size mismatch between tensors");
      }
    }
    this.tensors = tensors.clone();
  }

  @Override
  public int len() {
    return (int) tensors[0].shape().at(0);
  }

  @Override
  public Object[] get(int index) {
    Object[] out = new Object[tensors.length];
    for (int i = 0; i < tensors.length; i++) {
      out[i] = tensors[i].get((long) index);
    }
    return out;
  }
}
