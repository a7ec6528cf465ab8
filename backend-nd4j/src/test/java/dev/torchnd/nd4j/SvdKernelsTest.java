package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Jacobi SVD's defining properties on shapes and ranks the fixtures do not reach: {@code A =
 * U diag(S) Vh}, orthonormal U and Vh (full ones completed), S descending and non-negative.
 */
class SvdKernelsTest {

  private static double[] random(Random r, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextGaussian();
    }
    return a;
  }

  /** Max |X^T X - I| over the c columns of the row-major rows x c matrix x. */
  private static double orthoError(double[] x, int rows, int c) {
    double worst = 0;
    for (int p = 0; p < c; p++) {
      for (int q = 0; q < c; q++) {
        double d = 0;
        for (int i = 0; i < rows; i++) {
          d += x[i * c + p] * x[i * c + q];
        }
        worst = Math.max(worst, Math.abs(d - (p == q ? 1 : 0)));
      }
    }
    return worst;
  }

  private static void check(double[] a, int m, int n, boolean full) {
    SvdKernels.Result r = SvdKernels.decompose(a, m, n, full, true);
    int k = Math.min(m, n);
    int uc = full ? m : k;
    int vr = full ? n : k;
    assertEquals(m * uc, r.u().length);
    assertEquals(vr * n, r.vh().length);
    for (int j = 0; j < k; j++) {
      assertTrue(r.s()[j] >= 0);
      if (j > 0) {
        assertTrue(r.s()[j] <= r.s()[j - 1]);
      }
    }
    double scale = Math.max(1, r.s()[0]);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double x = 0;
        for (int t = 0; t < k; t++) {
          x += r.u()[i * uc + t] * r.s()[t] * r.vh()[t * n + j];
        }
        assertEquals(a[i * n + j], x, 1e-12 * scale, "reconstruction " + m + "x" + n);
      }
    }
    assertTrue(orthoError(r.u(), m, uc) < 1e-12, "U orthonormal " + m + "x" + n);
    // rows of Vh orthonormal: columns of its transpose
    double[] v = new double[n * vr];
    for (int i = 0; i < vr; i++) {
      for (int j = 0; j < n; j++) {
        v[j * vr + i] = r.vh()[i * n + j];
      }
    }
    assertTrue(orthoError(v, n, vr) < 1e-12, "Vh orthonormal " + m + "x" + n);
    double[] values = SvdKernels.decompose(a, m, n, full, false).s();
    for (int j = 0; j < k; j++) {
      assertEquals(r.s()[j], values[j], 1e-12 * scale);
    }
  }

  @Test
  void randomShapesFullAndReduced() {
    Random r = new Random(7);
    int[][] shapes = {{1, 1}, {1, 5}, {5, 1}, {3, 3}, {7, 4}, {4, 7}, {20, 13}, {13, 20}};
    for (int[] s : shapes) {
      double[] a = random(r, s[0] * s[1]);
      check(a, s[0], s[1], true);
      check(a, s[0], s[1], false);
    }
  }

  @Test
  void rankDeficientAndZero() {
    // rank 1 (outer product), rank 2 of 5x4, and the zero matrix: U is completed to a basis
    double[] outer = new double[4 * 6];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 6; j++) {
        outer[i * 6 + j] = (i + 1) * (j - 2.5);
      }
    }
    check(outer, 4, 6, true);
    check(outer, 6, 4, false);
    Random r = new Random(3);
    double[] b = random(r, 5 * 2);
    double[] c = random(r, 2 * 4);
    double[] rank2 = new double[5 * 4];
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 4; j++) {
        for (int t = 0; t < 2; t++) {
          rank2[i * 4 + j] += b[i * 2 + t] * c[t * 4 + j];
        }
      }
    }
    check(rank2, 5, 4, true);
    check(rank2, 5, 4, false);
    SvdKernels.Result z = SvdKernels.decompose(new double[12], 3, 4, true, true);
    for (double s : z.s()) {
      assertEquals(0, s);
    }
    check(new double[12], 3, 4, true);
  }
}
