package dev.torchnd;

import dev.torchnd.spi.Layout;
import java.util.Arrays;

/** Shape arithmetic with PyTorch's exact error texts. */
final class Shapes {
  private Shapes() {}

  static long numel(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  /** PyTorch's {@code infer_size}: the broadcast shape of two shapes. */
  static long[] broadcast(long[] a, long[] b) {
    int n = Math.max(a.length, b.length);
    long[] out = new long[n];
    for (int i = n - 1; i >= 0; i--) {
      int offset = n - 1 - i;
      int da = a.length - 1 - offset;
      int db = b.length - 1 - offset;
      long sa = da >= 0 ? a[da] : 1;
      long sb = db >= 0 ? b[db] : 1;
      if (sa != sb && sa != 1 && sb != 1) {
        throw new IllegalArgumentException(
            "The size of tensor a ("
                + sa
                + ") must match the size of tensor b ("
                + sb
                + ") at non-singleton dimension "
                + i);
      }
      out[i] = sa == 1 ? sb : sa;
    }
    return out;
  }

  /** A layout reading {@code layout} as if expanded to {@code shape} (stride 0 where it repeats). */
  static Layout expandLayout(Layout layout, long[] shape) {
    long[] src = layout.shape();
    if (Arrays.equals(src, shape)) {
      return layout;
    }
    long[] strides = new long[shape.length];
    int off = shape.length - src.length;
    for (int i = shape.length - 1; i >= 0; i--) {
      int j = i - off;
      if (j < 0) {
        strides[i] = 0;
      } else if (src[j] == shape[i]) {
        strides[i] = layout.strides()[j];
      } else if (src[j] == 1) {
        strides[i] = 0;
      } else {
        throw new IllegalArgumentException(
            "The expanded size of the tensor ("
                + shape[i]
                + ") must match the existing size ("
                + src[j]
                + ") at non-singleton dimension "
                + i
                + ".  Target sizes: "
                + list(shape)
                + ".  Tensor sizes: "
                + list(src));
      }
    }
    return new Layout(shape, strides, layout.offset());
  }

  /** Wraps a possibly negative dim; 0-d tensors accept -1 and 0 as PyTorch does. */
  static int wrapDim(long dim, int ndim) {
    int n = Math.max(ndim, 1);
    if (dim < -n || dim >= n) {
      throw new IndexOutOfBoundsException(
          "Dimension out of range (expected to be in range of ["
              + (-n)
              + ", "
              + (n - 1)
              + "], but got "
              + dim
              + ")");
    }
    return (int) (dim < 0 ? dim + n : dim);
  }

  /** Sorted, wrapped, distinct dims; PyTorch's error for repeats. */
  static int[] wrapDims(int[] dims, int ndim) {
    boolean[] seen = new boolean[Math.max(ndim, 1)];
    int[] out = new int[dims.length];
    for (int i = 0; i < dims.length; i++) {
      int d = wrapDim(dims[i], ndim);
      if (seen[d]) {
        throw new IllegalArgumentException("dim " + d + " appears multiple times in the list of dims");
      }
      seen[d] = true;
      out[i] = d;
    }
    Arrays.sort(out);
    return out;
  }

  static void checkNonNegative(long[] shape) {
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "Trying to create tensor with negative dimension " + d + ": " + list(shape));
      }
    }
    // c10's computeStorageNbytesContiguous: an unsigned 64-bit product of all sizes whose
    // overflow is sticky (a later 0 does not clear it), checked before anything is allocated.
    long n = 1;
    boolean overflow = false;
    for (long d : shape) {
      if (!overflow) {
        overflow = Math.multiplyHigh(n, d) != 0 || n * d < 0;
        n *= d;
      }
    }
    if (overflow) {
      throw new IllegalArgumentException(
          "Storage size calculation overflowed with sizes=" + list(shape));
    }
  }

  /** Resolves one -1 in a requested shape against {@code numel} (PyTorch's infer_size). */
  static long[] inferShape(long[] shape, long numel) {
    long newSize = 1;
    int infer = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1) {
        if (infer >= 0) {
          throw new IllegalArgumentException("only one dimension can be inferred");
        }
        infer = i;
      } else if (shape[i] >= 0) {
        newSize *= shape[i];
      } else {
        throw new IllegalArgumentException("invalid shape dimension " + shape[i]);
      }
    }
    if (numel == newSize || (infer >= 0 && newSize > 0 && numel % newSize == 0)) {
      long[] out = shape.clone();
      if (infer >= 0) {
        if (newSize == 0) {
          throw new IllegalArgumentException(
              "cannot reshape tensor of 0 elements into shape "
                  + list(shape)
                  + " because the unspecified dimension size -1 can be any value and is ambiguous");
        }
        out[infer] = numel / newSize;
      }
      // The product above wraps like c10's; a shape whose true element count overflows int64
      // (e.g. [2^62, 7, 2^62] for 0 elements) is rejected as by c10's safe_compute_numel.
      long n = 1;
      for (long d : out) {
        if (Math.multiplyHigh(n, d) != 0 || n * d < 0) {
          throw new IllegalArgumentException("numel: integer multiplication overflow");
        }
        n *= d;
      }
      return out;
    }
    throw new IllegalArgumentException(
        "shape '" + list(shape) + "' is invalid for input of size " + numel);
  }

  /**
   * PyTorch's {@code computeStride}: strides that view {@code oldShape/oldStrides} as
   * {@code newShape} without copying, or null when no such strides exist.
   */
  static long[] viewStrides(long[] oldShape, long[] oldStrides, long[] newShape) {
    long[] newStrides = new long[newShape.length];
    if (oldShape.length == 0) {
      Arrays.fill(newStrides, 1);
      return newStrides;
    }
    long numel = numel(oldShape);
    if (numel == 0 && Arrays.equals(oldShape, newShape)) {
      return oldStrides.clone();
    }
    if (numel == 0) {
      return Layout.contiguousStrides(newShape);
    }
    int viewD = newShape.length - 1;
    long chunkBaseStride = oldStrides[oldStrides.length - 1];
    long tensorNumel = 1;
    long viewNumel = 1;
    for (int tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
      tensorNumel *= oldShape[tensorD];
      if (tensorD == 0
          || (oldShape[tensorD - 1] != 1
              && oldStrides[tensorD - 1] != tensorNumel * chunkBaseStride)) {
        while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
          newStrides[viewD] = viewNumel * chunkBaseStride;
          viewNumel *= newShape[viewD];
          viewD--;
        }
        if (viewNumel != tensorNumel) {
          return null;
        }
        if (tensorD > 0) {
          chunkBaseStride = oldStrides[tensorD - 1];
          tensorNumel = 1;
          viewNumel = 1;
        }
      }
    }
    if (viewD != -1) {
      return null;
    }
    return newStrides;
  }

  static String list(long[] shape) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(shape[i]);
    }
    return sb.append(']').toString();
  }

  /** Python tuple form: {@code (3,)}, {@code (2, 3)}. */
  static String tuple(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    String l = list(shape);
    return "(" + l.substring(1, l.length() - 1) + ")";
  }
}
