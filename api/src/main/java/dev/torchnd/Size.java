package dev.torchnd;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * A tensor's shape, printed as PyTorch prints it: {@code torch.Size([3, 4])}. Immutable, and a
 * {@code List<Long>} so it compares and iterates like Python's tuple subclass.
 */
public final class Size extends AbstractList<Long> {
  private final long[] dims;

  public Size(long... dims) {
    this.dims = dims.clone();
  }

  @Override
  public Long get(int index) {
    return dims[index < 0 ? index + dims.length : index];
  }

  /** {@code shape()[i]} with Python's negative indexing. */
  public long at(int index) {
    if (index < -dims.length || index >= dims.length) {
      throw new IndexOutOfBoundsException("tuple index out of range");
    }
    return dims[index < 0 ? index + dims.length : index];
  }

  @Override
  public int size() {
    return dims.length;
  }

  /** Product of the dims. PyTorch: {@code torch.Size.numel()}. */
  public long numel() {
    long n = 1;
    for (long d : dims) {
      n *= d;
    }
    return n;
  }

  public long[] toLongArray() {
    return dims.clone();
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof Size s) {
      return Arrays.equals(dims, s.dims);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** {@code torch.Size([3, 4])}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("torch.Size([");
    for (int i = 0; i < dims.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(dims[i]);
    }
    return sb.append("])").toString();
  }
}
