package dev.torchnd.nd4j;

/**
 * The error function in double precision, for every float dtype (narrower dtypes round the
 * double result once). Exact values come from erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) /
 * (2n+1)!! (all terms positive: no cancellation); evaluation uses Taylor polynomials about nodes
 * every 1/32 on [0, 6], whose coefficients are erf's derivatives there (Hermite polynomials
 * times exp(-x^2)), tabulated once: 16 multiply-adds per element, within 5e-15 (relative) of the
 * series. For |x| >= 6, erf is +-1 to double precision.
 */
final class ErfKernels {
  private ErfKernels() {}

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  private static final int PER_UNIT = 32;
  private static final int NODES = 6 * PER_UNIT + 1;
  private static final int DEGREE = 16;
  /** COEF[k * (DEGREE + 1) + m] = erf^(m)(k / 32) / m!. */
  private static final double[] COEF = table();

  /** erf(x) by the positive series (slow; used to build the table and in tests). */
  static double erfSeries(double x) {
    double a = Math.abs(x);
    if (a >= 6) {
      return Math.copySign(1.0, x);
    }
    double x2 = a * a;
    double term = a;
    double sum = a;
    for (int n = 1; n < 400; n++) {
      term *= 2 * x2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-18) {
        break;
      }
    }
    return Math.copySign(Math.min(TWO_OVER_SQRT_PI * Math.exp(-x2) * sum, 1.0), x);
  }

  private static double[] table() {
    double[] c = new double[NODES * (DEGREE + 1)];
    double[] h = new double[DEGREE + 1];
    for (int k = 0; k < NODES; k++) {
      double x0 = (double) k / PER_UNIT;
      int b = k * (DEGREE + 1);
      c[b] = erfSeries(x0);
      // erf^(m)(x) = 2/sqrt(pi) (-1)^(m-1) H_(m-1)(x) exp(-x^2); H_0 = 1, H_1 = 2x,
      // H_(n+1) = 2x H_n - 2n H_(n-1).
      h[0] = 1;
      h[1] = 2 * x0;
      for (int n = 1; n < DEGREE; n++) {
        h[n + 1] = 2 * x0 * h[n] - 2 * n * h[n - 1];
      }
      double g = TWO_OVER_SQRT_PI * Math.exp(-x0 * x0);
      double fact = 1;
      for (int m = 1; m <= DEGREE; m++) {
        fact *= m;
        c[b + m] = ((m - 1) % 2 == 0 ? 1 : -1) * h[m - 1] * g / fact;
      }
    }
    return c;
  }

  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a >= 6) {
      return Math.copySign(1.0, x);
    }
    int k = (int) (a * PER_UNIT + 0.5);
    double d = a - (double) k / PER_UNIT;
    int b = k * (DEGREE + 1);
    double r = COEF[b + DEGREE];
    for (int m = DEGREE - 1; m >= 0; m--) {
      r = r * d + COEF[b + m];
    }
    return Math.copySign(Math.min(r, 1.0), x);
  }
}
