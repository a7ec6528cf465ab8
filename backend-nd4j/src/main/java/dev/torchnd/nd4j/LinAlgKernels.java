package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;
import dev.torchnd.spi.Storage;

/**
 * Determinant and inverse of a batch of square matrices by LU decomposition with partial
 * pivoting (LAPACK's getrf order: the first largest |pivot| of each column), in double precision
 * whatever the storage dtype.
 */
final class LinAlgKernels {
  private LinAlgKernels() {}

  /** Reads matrix {@code b} of a [B, n, n] layout into a row-major double array. */
  private static double[] load(Access in, int[] off, int b, int n) {
    double[] m = new double[n * n];
    for (int i = 0; i < n * n; i++) {
      m[i] = in.getD(off[b * n * n + i]);
    }
    return m;
  }

  /**
   * Factors {@code m} in place (L below the diagonal, U on and above); returns the number of row
   * swaps, and writes into {@code zero[0]} the 1-based index of the first exactly-zero pivot.
   */
  private static int lu(double[] m, int n, int[] perm, int[] zero) {
    int swaps = 0;
    zero[0] = 0;
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int j = 0; j < n; j++) {
      int p = j;
      double best = Math.abs(m[j * n + j]);
      for (int i = j + 1; i < n; i++) {
        double v = Math.abs(m[i * n + j]);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      if (p != j) {
        for (int k = 0; k < n; k++) {
          double t = m[j * n + k];
          m[j * n + k] = m[p * n + k];
          m[p * n + k] = t;
        }
        int t = perm[j];
        perm[j] = perm[p];
        perm[p] = t;
        swaps++;
      }
      double piv = m[j * n + j];
      if (piv == 0) {
        if (zero[0] == 0) {
          zero[0] = j + 1;
        }
        continue;
      }
      for (int i = j + 1; i < n; i++) {
        double f = m[i * n + j] / piv;
        m[i * n + j] = f;
        if (f != 0) {
          for (int k = j + 1; k < n; k++) {
            m[i * n + k] -= f * m[j * n + k];
          }
        }
      }
    }
    return swaps;
  }

  private static double[] transpose(double[] m, int n) {
    double[] t = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        t[j * n + i] = m[i * n + j];
      }
    }
    return t;
  }

  static void det(Storage a, Layout al, Storage out) {
    Access in = Nd4jBackend.s(a).access;
    Access o = Nd4jBackend.s(out).access;
    int n = (int) al.shape()[al.ndim() - 1];
    int batch = (int) al.shape()[0];
    int[] off = Strided.offsets(al);
    int[] perm = new int[n];
    int[] zero = new int[1];
    for (int b = 0; b < batch; b++) {
      double[] m = load(in, off, b, n);
      int swaps = lu(m, n, perm, zero);
      double d = (swaps & 1) == 0 ? 1 : -1;
      for (int i = 0; i < n; i++) {
        d *= m[i * n + i];
      }
      o.setD(b, d);
    }
  }

  /** Inverts each matrix into contiguous {@code out}; {@code info[b]} is LU's first zero pivot (1-based) or 0. */
  static void inverse(Storage a, Layout al, Storage out, long[] info) {
    Access in = Nd4jBackend.s(a).access;
    Access o = Nd4jBackend.s(out).access;
    int n = (int) al.shape()[al.ndim() - 1];
    int batch = (int) al.shape()[0];
    int[] off = Strided.offsets(al);
    int[] perm = new int[n];
    int[] zero = new int[1];
    double[] col = new double[n];
    for (int b = 0; b < batch; b++) {
      // PyTorch hands the row-major matrix to LAPACK as column-major, so it factors A^T and
      // reports A^T's first zero pivot; inv(A) = inv(A^T)^T.
      double[] m = transpose(load(in, off, b, n), n);
      lu(m, n, perm, zero);
      info[b] = zero[0];
      if (zero[0] != 0) {
        continue;
      }
      for (int c = 0; c < n; c++) {
        // Solve L U x = P e_c.
        for (int i = 0; i < n; i++) {
          col[i] = perm[i] == c ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
          double s = col[i];
          for (int k = 0; k < i; k++) {
            s -= m[i * n + k] * col[k];
          }
          col[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
          double s = col[i];
          for (int k = i + 1; k < n; k++) {
            s -= m[i * n + k] * col[k];
          }
          col[i] = s / m[i * n + i];
        }
        for (int i = 0; i < n; i++) {
          o.setD(b * n * n + c * n + i, col[i]);
        }
      }
    }
  }
}
