package dev.torchnd.nd4j;

/**
 * The error function in double precision, for every float dtype (narrower dtypes round the
 * double result once). Uses erf(x) = 2/sqrt(pi) exp(-x^2) sum_n 2^n x^(2n+1) / (2n+1)!!, whose
 * terms are all positive (no cancellation; about 1e-15 relative error); for |x| >= 6 erf is
 * +-1 to double precision.
 */
final class ErfKernels {
  private ErfKernels() {}

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a >= 6) {
      return Math.copySign(1.0, x);
    }
    if (a < 1e-8) {
      return TWO_OVER_SQRT_PI * x;
    }
    double x2 = a * a;
    double term = a;
    double sum = a;
    for (int n = 1; n < 200; n++) {
      term *= 2 * x2 / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    double r = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    return Math.copySign(Math.min(r, 1.0), x);
  }
}
