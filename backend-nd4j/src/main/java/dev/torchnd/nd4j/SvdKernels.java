package dev.torchnd.nd4j;

import dev.torchnd.spi.Layout;
import dev.torchnd.spi.Storage;

/**
 * Singular value decomposition of a batch of matrices by one-sided (Hestenes) Jacobi rotations
 * in double precision whatever the storage dtype (float32 results are rounded once at the end):
 * the columns of a working copy of A (of A^T when m < n) are rotated pairwise until orthogonal;
 * their norms are the singular values, the normalised columns the left vectors and the
 * accumulated rotations the right ones. Left vectors of zero singular values and the extra
 * columns of {@code full} results are completed to an orthonormal basis by Gram-Schmidt over the
 * standard basis. Signs and the basis of repeated singular values are this kernel's own (PyTorch
 * calls them implementation-defined).
 */
final class SvdKernels {
  private SvdKernels() {}

  /** A row-major m x n matrix's decomposition: u m x (full ? m : k), s k, vh (full ? n : k) x n. */
  record Result(double[] u, double[] s, double[] vh) {}

  static void svd(Storage a, Layout al, boolean full, Storage u, Storage s, Storage vh) {
    Access in = Nd4jBackend.s(a).access;
    Access so = Nd4jBackend.s(s).access;
    Access uo = u == null ? null : Nd4jBackend.s(u).access;
    Access vo = vh == null ? null : Nd4jBackend.s(vh).access;
    int batch = (int) al.shape()[0];
    int m = (int) al.shape()[1];
    int n = (int) al.shape()[2];
    int[] off = Strided.offsets(al);
    int k = Math.min(m, n);
    for (int b = 0; b < batch; b++) {
      double[] x = new double[m * n];
      for (int i = 0; i < m * n; i++) {
        x[i] = in.getD(off[b * m * n + i]);
      }
      Result r = decompose(x, m, n, full, uo != null);
      for (int i = 0; i < k; i++) {
        so.setD(b * k + i, r.s[i]);
      }
      if (uo != null) {
        int ul = r.u.length;
        for (int i = 0; i < ul; i++) {
          uo.setD(b * ul + i, r.u[i]);
        }
        int vl = r.vh.length;
        for (int i = 0; i < vl; i++) {
          vo.setD(b * vl + i, r.vh[i]);
        }
      }
    }
  }

  /** The SVD of the row-major m x n matrix {@code a} (m, n > 0); u and vh null unless {@code uv}. */
  static Result decompose(double[] a, int m, int n, boolean full, boolean uv) {
    if (m < n) {
      // A^T = V S U^T: decompose the n x m transpose and swap the factors back
      double[] t = new double[m * n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          t[j * m + i] = a[i * n + j];
        }
      }
      Result r = decompose(t, n, m, full, uv);
      if (!uv) {
        return r;
      }
      return new Result(transpose(r.vh, m, m), r.s, transpose(r.u, n, full ? n : m));
    }
    // m >= n: rotate the n columns of w (m x n); v accumulates the rotations (n x n)
    double[] w = a.clone();
    double[] v = new double[n * n];
    for (int i = 0; i < n; i++) {
      v[i * n + i] = 1;
    }
    for (int sweep = 0; sweep < 80; sweep++) {
      boolean rotated = false;
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double alpha = 0;
          double beta = 0;
          double gamma = 0;
          for (int i = 0; i < m; i++) {
            double wp = w[i * n + p];
            double wq = w[i * n + q];
            alpha += wp * wp;
            beta += wq * wq;
            gamma += wp * wq;
          }
          if (gamma == 0 || Math.abs(gamma) <= 1e-16 * Math.sqrt(alpha * beta)) {
            continue;
          }
          rotated = true;
          double zeta = (beta - alpha) / (2 * gamma);
          double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
          if (zeta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(1 + t * t);
          double sn = c * t;
          for (int i = 0; i < m; i++) {
            double wp = w[i * n + p];
            double wq = w[i * n + q];
            w[i * n + p] = c * wp - sn * wq;
            w[i * n + q] = sn * wp + c * wq;
          }
          for (int i = 0; i < n; i++) {
            double vp = v[i * n + p];
            double vq = v[i * n + q];
            v[i * n + p] = c * vp - sn * vq;
            v[i * n + q] = sn * vp + c * vq;
          }
        }
      }
      if (!rotated) {
        break;
      }
    }
    double[] norms = new double[n];
    for (int j = 0; j < n; j++) {
      double acc = 0;
      for (int i = 0; i < m; i++) {
        acc += w[i * n + j] * w[i * n + j];
      }
      norms[j] = Math.sqrt(acc);
    }
    // descending order (stable for ties)
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(norms[y], norms[x]));
    double[] s = new double[n];
    for (int j = 0; j < n; j++) {
      s[j] = norms[order[j]];
    }
    if (!uv) {
      return new Result(null, s, null);
    }
    int uc = full ? m : n;
    double[] u = new double[m * uc];
    boolean[] have = new boolean[uc];
    double tiny = s[0] * 1e-13;
    for (int j = 0; j < n; j++) {
      int src = order[j];
      if (s[j] > tiny && s[j] > 0) {
        for (int i = 0; i < m; i++) {
          u[i * uc + j] = w[i * n + src] / s[j];
        }
        have[j] = true;
      }
    }
    complete(u, m, uc, have);
    double[] vh = new double[n * n];
    for (int j = 0; j < n; j++) {
      int src = order[j];
      for (int i = 0; i < n; i++) {
        vh[j * n + i] = v[i * n + src];
      }
    }
    return new Result(u, s, vh);
  }

  /** Fills the columns of u (m x c) not in {@code have} with unit vectors orthogonal to the rest. */
  private static void complete(double[] u, int m, int c, boolean[] have) {
    int e = 0;
    for (int j = 0; j < c; j++) {
      if (have[j]) {
        continue;
      }
      while (e < m) {
        double[] x = new double[m];
        x[e++] = 1;
        for (int pass = 0; pass < 2; pass++) {
          for (int q = 0; q < c; q++) {
            if (!have[q]) {
              continue;
            }
            double d = 0;
            for (int i = 0; i < m; i++) {
              d += u[i * c + q] * x[i];
            }
            for (int i = 0; i < m; i++) {
              x[i] -= d * u[i * c + q];
            }
          }
        }
        double nrm = 0;
        for (double xi : x) {
          nrm += xi * xi;
        }
        nrm = Math.sqrt(nrm);
        if (nrm > 1e-6) {
          for (int i = 0; i < m; i++) {
            u[i * c + j] = x[i] / nrm;
          }
          have[j] = true;
          break;
        }
      }
    }
  }

  private static double[] transpose(double[] x, int rows, int cols) {
    double[] t = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        t[j * rows + i] = x[i * cols + j];
      }
    }
    return t;
  }
}
