package dev.torchnd.nd4j;

/**
 * Double-precision scalar kernels for the special functions Java's {@code Math} lacks: the
 * inverse hyperbolics, erfc, erfinv, lgamma, digamma and i0. Every float dtype computes here in
 * double and rounds once. erfinv, digamma and i0 are ports of ATen's {@code native/Math.h}
 * ({@code calc_erfinv}, {@code calc_digamma}, {@code calc_i0}, Cephes-derived); the rest follow
 * fdlibm's formulas.
 */
final class SpecialMath {
  private SpecialMath() {}

  private static final double LN2 = 0.6931471805599453;
  private static final double HUGE = 268435456.0; // 2^28

  static double asinh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double r;
    if (a > HUGE) {
      r = Math.log(a) + LN2;
    } else if (a > 2) {
      r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
    } else {
      double t = x * x;
      r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
    }
    return Math.copySign(r, x);
  }

  static double acosh(double x) {
    if (Double.isNaN(x) || x < 1) {
      return Double.NaN;
    }
    if (x > HUGE) {
      return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    }
    if (x > 2) {
      return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
    }
    double t = x - 1;
    return Math.log1p(t + Math.sqrt(2 * t + t * t));
  }

  static double atanh(double x) {
    double a = Math.abs(x);
    if (Double.isNaN(x) || a > 1) {
      return Double.NaN;
    }
    if (a == 1) {
      return Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    double r;
    if (a < 0.5) {
      double t = a + a;
      r = 0.5 * Math.log1p(t + t * a / (1 - a));
    } else {
      r = 0.5 * Math.log1p((a + a) / (1 - a));
    }
    return Math.copySign(r, x);
  }

  /** exp(-x*x) with x*x split so its rounding error does not reach the exponent. */
  private static double expMinusSquare(double x) {
    double s = (float) x;
    return Math.exp(-s * s) * Math.exp(-(x - s) * (x + s));
  }

  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < -2) {
      return 2 - erfc(-x);
    }
    if (x < 2) {
      return 1 - ErfKernels.erf(x);
    }
    if (x > 27.3) {
      return 0;
    }
    // Lentz's continued fraction: erfc(x) = exp(-x^2) / sqrt(pi) / (x + (1/2)/(x + 1/(x + ...)))
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0;
    for (int n = 1; n < 5000; n++) {
      double an = n * 0.5;
      d = x + an * d;
      if (d == 0) {
        d = tiny;
      }
      d = 1 / d;
      c = x + an / c;
      if (c == 0) {
        c = tiny;
      }
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return expMinusSquare(x) / (Math.sqrt(Math.PI) * f);
  }

  private static final double[] ERFINV_A = {0.886226899, -1.645349621, 0.914624893, -0.140543331};
  private static final double[] ERFINV_B = {-2.118377725, 1.442710462, -0.329097515, 0.012229801};
  private static final double[] ERFINV_C = {-1.970840454, -1.624906493, 3.429567803, 1.641345311};
  private static final double[] ERFINV_D = {3.543889200, 1.637067800};

  /** ATen's calc_erfinv: a rational first guess, then two Newton steps. */
  static double erfinv(double y) {
    double[] a = ERFINV_A;
    double[] b = ERFINV_B;
    double[] c = ERFINV_C;
    double[] d = ERFINV_D;
    double yAbs = Math.abs(y);
    if (yAbs > 1.0) {
      return Double.NaN;
    }
    if (yAbs == 1.0) {
      return Math.copySign(Double.POSITIVE_INFINITY, y);
    }
    double x;
    if (yAbs <= 0.7) {
      double z = y * y;
      double num = ((a[3] * z + a[2]) * z + a[1]) * z + a[0];
      double dem = (((b[3] * z + b[2]) * z + b[1]) * z + b[0]) * z + 1.0;
      x = y * num / dem;
    } else {
      double z = Math.sqrt(-Math.log((1.0 - yAbs) / 2.0));
      double num = ((c[3] * z + c[2]) * z + c[1]) * z + c[0];
      double dem = (d[1] * z + d[0]) * z + 1.0;
      x = Math.copySign(num, y) / dem;
    }
    double k = 2.0 / Math.sqrt(Math.PI);
    x = x - (ErfKernels.erf(x) - y) / (k * Math.exp(-x * x));
    x = x - (ErfKernels.erf(x) - y) / (k * Math.exp(-x * x));
    return x;
  }

  // Lanczos approximation (g = 607/128, 15 terms; Godfrey's coefficients)
  private static final double LANCZOS_G = 607.0 / 128.0;
  private static final double[] LANCZOS = {
    0.99999999999999709182, 57.156235665862923517, -59.597960355475491248,
    14.136097974741747174, -0.49191381609762019978, 0.33994649984811888699e-4,
    0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
    -0.21026444172410488319e-3, 0.21743961811521264320e-3, -0.16431810653676389022e-3,
    0.84418223983852743293e-4, -0.26190838401581408670e-4, 0.36899182659531622704e-5
  };
  private static final double HALF_LOG_2PI = 0.91893853320467274178;

  /** log|Gamma(x)|: +inf at 0 and the negative integers (as std::lgamma). */
  static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return Double.POSITIVE_INFINITY;
    }
    if (x <= 0 && x == Math.floor(x)) {
      return Double.POSITIVE_INFINITY;
    }
    if (x == 1 || x == 2) {
      return 0;
    }
    if (x < 0.5) {
      // reflection: lgamma(x) = log(pi / |sin(pi x)|) - lgamma(1 - x)
      double s = sinPi(x);
      return Math.log(Math.PI / Math.abs(s)) - lgamma(1 - x);
    }
    if (x > 1e15) {
      return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + 1 / (12 * x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + LANCZOS_G + 0.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** sin(pi x), reduced exactly first so large arguments keep their precision. */
  private static double sinPi(double x) {
    double r = x - 2 * Math.floor(x / 2); // [0, 2)
    if (r > 1) {
      return -Math.sin(Math.PI * (r - 1));
    }
    return Math.sin(Math.PI * r);
  }

  private static final double PSI_10 = 2.25175258906672110764;
  private static final double[] DIGAMMA_A = {
    8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
    -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
    8.33333333333333333333E-2,
  };

  /** ATen's calc_digamma (double): -inf at +0, +inf at -0, NaN at negative integers. */
  static double digamma(double x) {
    if (x == 0) {
      return Math.copySign(Double.POSITIVE_INFINITY, -x);
    }
    boolean isInteger = x == trunc(x);
    if (x < 0) {
      if (isInteger) {
        return Double.NaN;
      }
      double r = x - trunc(x); // modf's fractional part
      return digamma(1 - x) - Math.PI / Math.tan(Math.PI * r);
    }
    double result = 0;
    while (x < 10) {
      result -= 1 / x;
      x += 1;
    }
    if (x == 10) {
      return result + PSI_10;
    }
    double y = 0;
    if (x < 1.0e17) {
      double z = 1.0 / (x * x);
      double p = 0;
      for (double a : DIGAMMA_A) {
        p = p * z + a;
      }
      y = z * p;
    }
    return result + Math.log(x) - (0.5 / x) - y;
  }

  private static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  static final double[] I0_A = {
    -4.41534164647933937950E-18, 3.33079451882223809783E-17,
    -2.43127984654795469359E-16, 1.71539128555513303061E-15,
    -1.16853328779934516808E-14, 7.67618549860493561688E-14,
    -4.85644678311192946090E-13, 2.95505266312963983461E-12,
    -1.72682629144155570723E-11, 9.67580903537323691224E-11,
    -5.18979560163526290666E-10, 2.65982372468238665035E-9,
    -1.30002500998624804212E-8, 6.04699502254191894932E-8,
    -2.67079385394061173391E-7, 1.11738753912010371815E-6,
    -4.41673835845875056359E-6, 1.64484480707288970893E-5,
    -5.75419501008210370398E-5, 1.88502885095841655729E-4,
    -5.76375574538582365885E-4, 1.63947561694133579842E-3,
    -4.32430999505057594430E-3, 1.05464603945949983183E-2,
    -2.37374148058994688156E-2, 4.93052842396707084878E-2,
    -9.49010970480476444210E-2, 1.71620901522208775349E-1,
    -3.04682672343198398683E-1, 6.76795274409476084995E-1
  };
  static final double[] I0_B = {
    -7.23318048787475395456E-18, -4.83050448594418207126E-18,
    4.46562142029675999901E-17, 3.46122286769746109310E-17,
    -2.82762398051658348494E-16, -3.42548561967721913462E-16,
    1.77256013305652638360E-15, 3.81168066935262242075E-15,
    -9.55484669882830764870E-15, -4.15056934728722208663E-14,
    1.54008621752140982691E-14, 3.85277838274214270114E-13,
    7.18012445138366623367E-13, -1.79417853150680611778E-12,
    -1.32158118404477131188E-11, -3.14991652796324136454E-11,
    1.18891471078464383424E-11, 4.94060238822496958910E-10,
    3.39623202570838634515E-9, 2.26666899049817806459E-8,
    2.04891858946906374183E-7, 2.89137052083475648297E-6,
    6.88975834691682398426E-5, 3.36911647825569408990E-3,
    8.04490411014108831608E-1
  };

  /** Cephes' chbevl: the Chebyshev series {@code array} at {@code x}. */
  static double chbevl(double x, double[] array) {
    double b0 = array[0];
    double b1 = 0;
    double b2 = 0;
    for (int i = 1; i < array.length; i++) {
      b2 = b1;
      b1 = b0;
      b0 = x * b1 - b2 + array[i];
    }
    return 0.5 * (b0 - b2);
  }

  /** ATen's calc_i0. */
  static double i0(double v) {
    double x = Math.abs(v);
    if (x <= 8.0) {
      return Math.exp(x) * chbevl(x / 2.0 - 2.0, I0_A);
    }
    return Math.exp(x) * chbevl(32.0 / x - 2.0, I0_B) / Math.sqrt(x);
  }
}
