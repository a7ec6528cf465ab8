package dev.torchnd;

/**
 * The special functions the backward rules need that are not ops of their own: trigamma
 * ({@code polygamma(1, x)}, digamma's derivative) and the modified Bessel function {@code i1}
 * (i0's derivative), written in elementwise tensor ops so they run on every device, in the
 * tensor's dtype, as ATen's {@code native/Math.h} computes them ({@code trigamma}, Cephes'
 * {@code calc_i1} with its Chebyshev coefficients).
 */
final class SpecialFunctions {
  private SpecialFunctions() {}

  /** Math.h's trigamma: reflection below 0.5, six recurrence steps, then the asymptotic series. */
  static Tensor trigamma(Tensor x0) {
    Tensor small = x0.lt(0.5);
    Tensor sinpx = x0.mul(Math.PI).sin();
    Tensor refl = sinpx.mul(sinpx).reciprocal().mul(-Math.PI * Math.PI);
    Tensor result = Torch.where(small, refl, Torch.zeros_like(x0));
    Tensor x = Torch.where(small, Torch.ones_like(x0).sub(x0), x0);
    for (int i = 0; i < 6; i++) {
      result = result.add(x.mul(x).reciprocal());
      x = x.add(1L);
    }
    Tensor ixx = x.mul(x).reciprocal();
    // (1 + 1 / (2x) + ixx * (1/6 - ixx * (1/30 - ixx * (1/42)))) / x
    Tensor inner = ixx.mul(ixx.mul(-1.0 / 42).add(1.0 / 30)).neg().add(1.0 / 6);
    Tensor term = x.mul(2L).reciprocal().add(1L).add(ixx.mul(inner)).div(x);
    result = result.add(term);
    return Torch.where(small, result.neg(), result);
  }

  private static final double[] I1_A = {
    2.77791411276104639959E-18, -2.11142121435816608115E-17,
    1.55363195773620046921E-16, -1.10559694773538630805E-15,
    7.60068429473540693410E-15, -5.04218550472791168711E-14,
    3.22379336594557470981E-13, -1.98397439776494371520E-12,
    1.17361862988909016308E-11, -6.66348972350202774223E-11,
    3.62559028155211703701E-10, -1.88724975172282928790E-9,
    9.38153738649577178388E-9, -4.44505912879632808065E-8,
    2.00329475355213526229E-7, -8.56872026469545474066E-7,
    3.47025130813767847674E-6, -1.32731636560394358279E-5,
    4.78156510755005422638E-5, -1.61760815825896745588E-4,
    5.12285956168575772895E-4, -1.51357245063125314899E-3,
    4.15642294431288815669E-3, -1.05640848946261981558E-2,
    2.47264490306265168283E-2, -5.29459812080949914269E-2,
    1.02643658689847095384E-1, -1.76416518357834055153E-1,
    2.52587186443633654823E-1
  };
  private static final double[] I1_B = {
    7.51729631084210481353E-18, 4.41434832307170791151E-18,
    -4.65030536848935832153E-17, -3.20952592199342395980E-17,
    2.96262899764595013876E-16, 3.30820231092092828324E-16,
    -1.88035477551078244854E-15, -3.81440307243700780478E-15,
    1.04202769841288027642E-14, 4.27244001671195135429E-14,
    -2.10154184277266431302E-14, -4.08355111109219731823E-13,
    -7.19855177624590851209E-13, 2.03562854414708950722E-12,
    1.41258074366137813316E-11, 3.25260358301548823856E-11,
    -1.89749581235054123450E-11, -5.58974346219658380687E-10,
    -3.83538038596423702205E-9, -2.63146884688951950684E-8,
    -2.51223623787020892529E-7, -3.88256480887769039346E-6,
    -1.10588938762623716291E-4, -9.76109749136146840777E-3,
    7.78576235018280120474E-1
  };

  /** Cephes' chbevl over a tensor. */
  private static Tensor chbevl(Tensor x, double[] c) {
    Tensor b0 = Torch.full_like(x, c[0]);
    Tensor b1 = Torch.zeros_like(x);
    Tensor b2 = Torch.zeros_like(x);
    for (int i = 1; i < c.length; i++) {
      b2 = b1;
      b1 = b0;
      b0 = x.mul(b1).sub(b2).add(c[i]);
    }
    return b0.sub(b2).mul(0.5);
  }

  /** Math.h's calc_i1: odd, Chebyshev series on [0, 8] and on the inverted interval beyond. */
  static Tensor i1(Tensor v) {
    Tensor x = v.abs();
    Tensor ex = x.exp();
    Tensor outA = ex.mul(x).mul(chbevl(x.div(2.0).sub(2.0), I1_A));
    Tensor outB = ex.mul(chbevl(x.reciprocal().mul(32.0).sub(2.0), I1_B)).div(x.sqrt());
    Tensor out = Torch.where(x.le(8.0), outA, outB);
    return Torch.where(v.lt(0.0), out.neg(), out);
  }
}
