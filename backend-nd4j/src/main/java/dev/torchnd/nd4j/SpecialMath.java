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

  // fdlibm's s_erf.c (glibc's erf/erfc on x86-64, which std::erf/std::erfc call)
  private static final double ERX = 8.45062911510467529297e-01;
  private static final double EFX = 1.28379167095512586316e-01;
  private static final double PP0 = 1.28379167095512558561e-01;
  private static final double PP1 = -3.25042107247001499370e-01;
  private static final double PP2 = -2.84817495755985104766e-02;
  private static final double PP3 = -5.77027029648944159157e-03;
  private static final double PP4 = -2.37630166566501626084e-05;
  private static final double QQ1 = 3.97917223959155352819e-01;
  private static final double QQ2 = 6.50222499887672944485e-02;
  private static final double QQ3 = 5.08130628187576562776e-03;
  private static final double QQ4 = 1.32494738004321644526e-04;
  private static final double QQ5 = -3.96022827877536812320e-06;
  private static final double PA0 = -2.36211856075265944077e-03;
  private static final double PA1 = 4.14856118683748331666e-01;
  private static final double PA2 = -3.72207876035701323847e-01;
  private static final double PA3 = 3.18346619901161753674e-01;
  private static final double PA4 = -1.10894694282396677476e-01;
  private static final double PA5 = 3.54783043256182359371e-02;
  private static final double PA6 = -2.16637559486879084300e-03;
  private static final double QA1 = 1.06420880400844228286e-01;
  private static final double QA2 = 5.40397917702171048937e-01;
  private static final double QA3 = 7.18286544141962662868e-02;
  private static final double QA4 = 1.26171219808761642112e-01;
  private static final double QA5 = 1.36370839120290507362e-02;
  private static final double QA6 = 1.19844998467991074170e-02;
  private static final double RA0 = -9.86494403484714822705e-03;
  private static final double RA1 = -6.93858572707181764372e-01;
  private static final double RA2 = -1.05586262253232909814e+01;
  private static final double RA3 = -6.23753324503260060396e+01;
  private static final double RA4 = -1.62396669462573470355e+02;
  private static final double RA5 = -1.84605092906711035994e+02;
  private static final double RA6 = -8.12874355063065934246e+01;
  private static final double RA7 = -9.81432934416914548592e+00;
  private static final double SA1 = 1.96512716674392571292e+01;
  private static final double SA2 = 1.37657754143519042600e+02;
  private static final double SA3 = 4.34565877475229228821e+02;
  private static final double SA4 = 6.45387271733267880336e+02;
  private static final double SA5 = 4.29008140027567833386e+02;
  private static final double SA6 = 1.08635005541779435134e+02;
  private static final double SA7 = 6.57024977031928170135e+00;
  private static final double SA8 = -6.04244152148580987438e-02;
  private static final double RB0 = -9.86494292470009928597e-03;
  private static final double RB1 = -7.99283237680523006574e-01;
  private static final double RB2 = -1.77579549177547519889e+01;
  private static final double RB3 = -1.60636384855821916062e+02;
  private static final double RB4 = -6.37566443368389627722e+02;
  private static final double RB5 = -1.02509513161107724954e+03;
  private static final double RB6 = -4.83519191608651397019e+02;
  private static final double SB1 = 3.03380607434824582924e+01;
  private static final double SB2 = 3.25792512996573918826e+02;
  private static final double SB3 = 1.53672958608443695994e+03;
  private static final double SB4 = 3.19985821950859553908e+03;
  private static final double SB5 = 2.55305040643316442583e+03;
  private static final double SB6 = 4.74528541206955367215e+02;
  private static final double SB7 = -2.24409524465858183362e+01;

  private static int highWord(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32);
  }

  /** exp(-x^2 - 0.5625 + R/S) with x^2 split (fdlibm's tail of erf/erfc, x >= 1.25). */
  private static double erfTail(double x) {
    double s = 1 / (x * x);
    double r;
    double ss;
    if (x < 1 / 0.35) {
      r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
      ss = 1 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7
          + s * SA8)))))));
    } else {
      r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
      ss = 1 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
    }
    double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
    return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r / ss) / x;
  }

  /** fdlibm's erf. */
  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a < 0.84375) {
      if (a < 0x1p-28) {
        return x + EFX * x;
      }
      double z = x * x;
      double r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
      double s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
      return x + x * (r / s);
    }
    if (a < 1.25) {
      double s = a - 1;
      double p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
      double q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
      return x >= 0 ? ERX + p / q : -ERX - p / q;
    }
    if (a >= 6) {
      return Math.copySign(1.0, x);
    }
    double r = erfTail(a);
    return x >= 0 ? 1 - r : r - 1;
  }

  /** fdlibm's erfc: no cancellation for large x. */
  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double a = Math.abs(x);
    if (a < 0.84375) {
      if (a < 0x1p-56) {
        return 1 - x;
      }
      double z = x * x;
      double r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
      double s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
      double y = r / s;
      if (x < 0.25) {
        return 1 - (x + x * y);
      }
      return 0.5 - (x * y + (x - 0.5));
    }
    if (a < 1.25) {
      double s = a - 1;
      double p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
      double q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
      return x >= 0 ? (1 - ERX) - p / q : 1 + (ERX + p / q);
    }
    if (a < 28) {
      if (x < -6) {
        return 2;
      }
      double r = erfTail(a);
      return x > 0 ? r : 2 - r;
    }
    return x > 0 ? 0 : 2;
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
    x = x - (erf(x) - y) / (k * Math.exp(-x * x));
    x = x - (erf(x) - y) / (k * Math.exp(-x * x));
    return x;
  }

  /**
   * calc_erfinv's float instantiation, in float arithmetic (float32 and bfloat16, which PyTorch
   * computes through it), erf/log/exp/sqrt correctly rounded to float.
   */
  static double erfinvF(double yd) {
    float y = (float) yd;
    float yAbs = Math.abs(y);
    if (yAbs > 1.0f) {
      return Float.NaN;
    }
    if (yAbs == 1.0f) {
      return Math.copySign(Float.POSITIVE_INFINITY, y);
    }
    float x;
    if (yAbs <= 0.7f) {
      float z = y * y;
      float num = (((float) ERFINV_A[3] * z + (float) ERFINV_A[2]) * z + (float) ERFINV_A[1]) * z
          + (float) ERFINV_A[0];
      float dem = ((((float) ERFINV_B[3] * z + (float) ERFINV_B[2]) * z + (float) ERFINV_B[1]) * z
          + (float) ERFINV_B[0]) * z + 1.0f;
      x = y * num / dem;
    } else {
      float z = (float) Math.sqrt(-(float) Math.log((1.0f - yAbs) / 2.0f));
      float num = (((float) ERFINV_C[3] * z + (float) ERFINV_C[2]) * z + (float) ERFINV_C[1]) * z
          + (float) ERFINV_C[0];
      float dem = ((float) ERFINV_D[1] * z + (float) ERFINV_D[0]) * z + 1.0f;
      x = Math.copySign(num, y) / dem;
    }
    float k = 2.0f * 0.564189583547756286948f;
    x = x - ((float) erf(x) - y) / (k * (float) Math.exp(-x * x));
    x = x - ((float) erf(x) - y) / (k * (float) Math.exp(-x * x));
    return x;
  }

  // fdlibm's e_lgamma_r.c for x > 0 (glibc's lgamma, which std::lgamma calls)
  private static final double A0 = 7.72156649015328655494e-02;
  private static final double A1 = 3.22467033424113591611e-01;
  private static final double A2 = 6.73523010531292681824e-02;
  private static final double A3 = 2.05808084325167332806e-02;
  private static final double A4 = 7.38555086081402883957e-03;
  private static final double A5 = 2.89051383673415629091e-03;
  private static final double A6 = 1.19270763183362067845e-03;
  private static final double A7 = 5.10069792153511336608e-04;
  private static final double A8 = 2.20862790713908385557e-04;
  private static final double A9 = 1.08011567247583939954e-04;
  private static final double A10 = 2.52144565451257326939e-05;
  private static final double A11 = 4.48640949618915160150e-05;
  private static final double TC = 1.46163214496836224576e+00;
  private static final double TF = -1.21486290535849611461e-01;
  private static final double TT = -3.63867699703950536541e-18;
  private static final double T0 = 4.83836122723810047042e-01;
  private static final double T1 = -1.47587722994593911752e-01;
  private static final double T2 = 6.46249402391333854778e-02;
  private static final double T3 = -3.27885410759859649565e-02;
  private static final double T4 = 1.79706750811820387126e-02;
  private static final double T5 = -1.03142241298341437450e-02;
  private static final double T6 = 6.10053870246291332635e-03;
  private static final double T7 = -3.68452016781138256760e-03;
  private static final double T8 = 2.25964780900612472250e-03;
  private static final double T9 = -1.40346469989232843813e-03;
  private static final double T10 = 8.81081882437654011382e-04;
  private static final double T11 = -5.38595305356740546715e-04;
  private static final double T12 = 3.15632070903625950361e-04;
  private static final double T13 = -3.12754168375120860518e-04;
  private static final double T14 = 3.35529192635519073543e-04;
  private static final double U0 = -7.72156649015328655494e-02;
  private static final double U1 = 6.32827064025093366517e-01;
  private static final double U2 = 1.45492250137234768737e+00;
  private static final double U3 = 9.77717527963372745603e-01;
  private static final double U4 = 2.28963728064692451092e-01;
  private static final double U5 = 1.33810918536787660377e-02;
  private static final double V1 = 2.45597793713041134822e+00;
  private static final double V2 = 2.12848976379893395361e+00;
  private static final double V3 = 7.69285150456672783825e-01;
  private static final double V4 = 1.04222645593369134254e-01;
  private static final double V5 = 3.21709242282423911810e-03;
  private static final double S0 = -7.72156649015328655494e-02;
  private static final double S1 = 2.14982415960608852501e-01;
  private static final double S2 = 3.25778796408930981787e-01;
  private static final double S3 = 1.46350472652464452805e-01;
  private static final double S4 = 2.66422703033638609560e-02;
  private static final double S5 = 1.84028451407337715652e-03;
  private static final double S6 = 3.19475326584100867617e-05;
  private static final double R1 = 1.39200533467621045958e+00;
  private static final double R2 = 7.21935547567138069525e-01;
  private static final double R3 = 1.71933865632803078993e-01;
  private static final double R4 = 1.86459191715652901344e-02;
  private static final double R5 = 7.77942496381893596434e-04;
  private static final double R6 = 7.32668430744625636189e-06;
  private static final double W0 = 4.18938533204672725052e-01;
  private static final double W1 = 8.33333333333329678849e-02;
  private static final double W2 = -2.77777777728775536470e-03;
  private static final double W3 = 7.93650558643019558500e-04;
  private static final double W4 = -5.95187557450339963135e-04;
  private static final double W5 = 8.36339918996282139126e-04;
  private static final double W6 = -1.63092934096575273989e-03;

  /** log|Gamma(x)|: +inf at 0 and the negative integers (as std::lgamma). */
  static double lgamma(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isInfinite(x)) {
      return Double.POSITIVE_INFINITY;
    }
    if (x == 0 || (x < 0 && x == Math.floor(x))) {
      return Double.POSITIVE_INFINITY;
    }
    if (Math.abs(x) < 0x1p-70) {
      return -Math.log(Math.abs(x));
    }
    if (x < 0) {
      // lgamma(x) = log(pi / |sin(pi x) x|) - lgamma(-x)
      double nadj = Math.log(Math.PI / Math.abs(sinPi(x) * x));
      return nadj - lgammaPositive(-x);
    }
    return lgammaPositive(x);
  }

  private static double lgammaPositive(double x) {
    int ix = highWord(x) & 0x7fffffff;
    double r;
    if (x == 1 || x == 2) {
      return 0;
    }
    if (ix < 0x40000000) { // x < 2
      double y;
      int i;
      if (ix <= 0x3feccccc) { // x <= 0.9: lgamma(x) = lgamma(x + 1) - log(x)
        r = -Math.log(x);
        if (ix >= 0x3FE76944) {
          y = 1 - x;
          i = 0;
        } else if (ix >= 0x3FCDA661) {
          y = x - (TC - 1);
          i = 1;
        } else {
          y = x;
          i = 2;
        }
      } else {
        r = 0;
        if (ix >= 0x3FFBB4C3) {
          y = 2.0 - x;
          i = 0;
        } else if (ix >= 0x3FF3B4C4) {
          y = x - TC;
          i = 1;
        } else {
          y = x - 1;
          i = 2;
        }
      }
      switch (i) {
        case 0 -> {
          double z = y * y;
          double p1 = A0 + z * (A2 + z * (A4 + z * (A6 + z * (A8 + z * A10))));
          double p2 = z * (A1 + z * (A3 + z * (A5 + z * (A7 + z * (A9 + z * A11)))));
          double p = y * p1 + p2;
          r += p - 0.5 * y;
        }
        case 1 -> {
          double z = y * y;
          double w = z * y;
          double p1 = T0 + w * (T3 + w * (T6 + w * (T9 + w * T12)));
          double p2 = T1 + w * (T4 + w * (T7 + w * (T10 + w * T13)));
          double p3 = T2 + w * (T5 + w * (T8 + w * (T11 + w * T14)));
          double p = z * p1 - (TT - w * (p2 + y * p3));
          r += TF + p;
        }
        default -> {
          double p1 = y * (U0 + y * (U1 + y * (U2 + y * (U3 + y * (U4 + y * U5)))));
          double p2 = 1 + y * (V1 + y * (V2 + y * (V3 + y * (V4 + y * V5))));
          r += -0.5 * y + p1 / p2;
        }
      }
      return r;
    }
    if (ix < 0x40200000) { // x < 8
      int i = (int) x;
      double y = x - i;
      double p = y * (S0 + y * (S1 + y * (S2 + y * (S3 + y * (S4 + y * (S5 + y * S6))))));
      double q = 1 + y * (R1 + y * (R2 + y * (R3 + y * (R4 + y * (R5 + y * R6)))));
      r = 0.5 * y + p / q;
      double z = 1;
      for (int k = i; k >= 3; k--) {
        z *= y + (k - 1);
      }
      if (i >= 3) {
        r += Math.log(z);
      }
      return r;
    }
    if (ix < 0x43900000) { // x < 2^58
      double t = Math.log(x);
      double z = 1 / x;
      double y = z * z;
      double w = W0 + z * (W1 + y * (W2 + y * (W3 + y * (W4 + y * (W5 + y * W6)))));
      return (x - 0.5) * (t - 1) + w;
    }
    return x * (Math.log(x) - 1);
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

  private static final float[] DIGAMMA_AF = {
    8.33333333333333333333E-2f, -2.10927960927960927961E-2f, 7.57575757575757575758E-3f,
    -4.16666666666666666667E-3f, 3.96825396825396825397E-3f, -8.33333333333333333333E-3f,
    8.33333333333333333333E-2f,
  };

  /**
   * ATen's calc_digamma(float), in float arithmetic (float32, and float16/bfloat16, which
   * PyTorch computes through it): the reflection term is computed in double and rounded.
   */
  static double digammaF(double xd) {
    float x = (float) xd;
    if (x == 0) {
      return Math.copySign(Float.POSITIVE_INFINITY, -x);
    }
    boolean isInteger = x == (float) trunc(x);
    if (x < 0) {
      if (isInteger) {
        return Float.NaN;
      }
      double r = x - trunc(x);
      float piOverTan = (float) (Math.PI / Math.tan(Math.PI * r));
      return (float) digammaF(1 - x) - piOverTan;
    }
    float result = 0;
    while (x < 10) {
      result -= 1 / x;
      x += 1;
    }
    if (x == 10) {
      return result + 2.25175258906672110764f;
    }
    float y = 0;
    if (x < 1.0e17f) {
      float z = 1 / (x * x);
      float p = 0;
      for (float a : DIGAMMA_AF) {
        p = p * z + a;
      }
      y = z * p;
    }
    return result + (float) Math.log(x) - (0.5f / x) - y;
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

  /** calc_i0's float instantiation: float coefficients and arithmetic (float32, bfloat16). */
  static double i0F(double v) {
    float x = Math.abs((float) v);
    if (x <= 8.0f) {
      return (float) Math.exp(x) * chbevlF(x / 2.0f - 2.0f, I0_A);
    }
    return (float) Math.exp(x) * chbevlF(32.0f / x - 2.0f, I0_B) / (float) Math.sqrt(x);
  }

  private static float chbevlF(float x, double[] array) {
    float b0 = (float) array[0];
    float b1 = 0;
    float b2 = 0;
    for (int i = 1; i < array.length; i++) {
      b2 = b1;
      b1 = b0;
      b0 = x * b1 - b2 + (float) array[i];
    }
    return 0.5f * (b0 - b2);
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
