package dev.torchnd.spi;

import java.util.Arrays;

/**
 * Where a tensor's elements live inside its {@link Storage}: sizes, element strides and the
 * element offset. A stride of 0 repeats an element (broadcasting) and never appears in a tensor
 * that is written to.
 */
public record Layout(long[] shape, long[] strides, long offset) {

  public static Layout contiguous(long[] shape) {
    return new Layout(shape, contiguousStrides(shape), 0);
  }

  public static long[] contiguousStrides(long[] shape) {
    long[] s = new long[shape.length];
    long acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
    return s;
  }

  public int ndim() {
    return shape.length;
  }

  public long numel() {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  /** True when elements are laid out row-major without gaps (PyTorch's is_contiguous rule). */
  public boolean isContiguous() {
    long expected = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] == 1) {
        continue;
      }
      if (shape[i] == 0) {
        return true;
      }
      if (strides[i] != expected) {
        return false;
      }
      expected *= shape[i];
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layout l
        && Arrays.equals(shape, l.shape)
        && Arrays.equals(strides, l.strides)
        && offset == l.offset;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shape) * 31 + Arrays.hashCode(strides) + Long.hashCode(offset);
  }

  @Override
  public String toString() {
    return "Layout" + Arrays.toString(shape) + Arrays.toString(strides) + "+" + offset;
  }
}
