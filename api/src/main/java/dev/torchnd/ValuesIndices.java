package dev.torchnd;

/**
 * The {@code (values, indices)} pair that {@code max(dim)}, {@code min(dim)} return, printed as
 * PyTorch prints {@code torch.return_types.max(values=..., indices=...)}.
 */
public record ValuesIndices(String op, Tensor values, Tensor indices) {
  @Override
  public String toString() {
    return "torch.return_types." + op + "(\nvalues=" + values + ",\nindices=" + indices + ")";
  }
}
