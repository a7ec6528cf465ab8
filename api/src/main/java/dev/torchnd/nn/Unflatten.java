package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.Repr;

/**
 * Splits dim {@code dim} into {@code unflattened_size}. PyTorch: {@code torch.nn.Unflatten}.
 */
public class Unflatten extends Module {
  private final int dim;
  private final long[] sizes;

  /** PyTorch: {@code nn.Unflatten(dim, unflattened_size)}. */
  public Unflatten(int dim, long... unflattenedSize) {
    this.dim = dim;
    this.sizes = unflattenedSize.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    long[] s = input.shape().toLongArray();
    int d = dim < 0 ? dim + s.length : dim;
    if (d < 0 || d >= s.length) {
      throw new IndexOutOfBoundsException(
          "Dimension out of range (expected to be in range of ["
              + (-s.length)
              + ", "
              + (s.length - 1)
              + "], but got "
              + dim
              + ")");
    }
    long[] out = new long[s.length - 1 + sizes.length];
    System.arraycopy(s, 0, out, 0, d);
    System.arraycopy(sizes, 0, out, d, sizes.length);
    System.arraycopy(s, d + 1, out, d + sizes.length, s.length - d - 1);
    return input.view(out);
  }

  @Override
  public String extra_repr() {
    return "dim=" + dim + ", unflattened_size=" + Repr.tuple(sizes);
  }
}
