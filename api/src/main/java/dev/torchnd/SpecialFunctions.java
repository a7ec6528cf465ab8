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

  // ---- polygamma and mvlgamma (ops-special) ----

  /** Math.h's zeta coefficients A[i] (Cephes). */
  private static final double[] ZETA_A = {
    12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
    -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
    1.8152105401943546773e17, -7.1661652561756670113e18
  };

  private static final double MACHEP = 1.11022302462515654042E-16;

  /**
   * Math.h's {@code zeta(x, q)} (Hurwitz zeta, Cephes) for an integral order {@code x >= 3}, over
   * the tensor {@code q} in its dtype (the accumulate type: float64, or float32 for the half
   * types), the early returns of its two loops as masks.
   */
  static Tensor zeta(double x, Tensor q) {
    boolean f32 = q.dtype() == DType.float32;
    double machep = f32 ? (float) MACHEP : MACHEP;
    Tensor s = q.pow(-x);
    Tensor a = q;
    Tensor b = Torch.zeros_like(q);
    Tensor res = Torch.zeros_like(q);
    // q <= 0 integral (-inf too) returns inf before the loops
    Tensor pole = q.le(0.0).logical_and(q.eq(q.floor()));
    Tensor act = pole.logical_not();
    Tensor done = pole;
    int i = 0;
    while (act.any().booleanValue()) {
      i += 1;
      a = Torch.where(act, a.add(1.0), a);
      b = Torch.where(act, a.pow(-x), b);
      s = Torch.where(act, s.add(b), s);
      Tensor conv = act.logical_and(s.mul(-machep).lt(b)).logical_and(b.lt(s.mul(machep)));
      res = Torch.where(conv, s, res);
      done = done.logical_or(conv);
      act = act.logical_and(conv.logical_not());
      if (i >= 9) {
        act = act.logical_and(a.le(9.0));
      }
    }
    Tensor w = a;
    s = s.add(b.mul(w).div(x - 1.0));
    s = s.sub(b.mul(0.5));
    double aa = 1.0;
    double k = 0.0;
    act = done.logical_not();
    for (int j = 0; j < 12; j++) {
      aa *= x + k;
      if (f32) {
        aa = (float) aa;
      }
      b = b.div(w);
      Tensor t = b.mul(aa).div(ZETA_A[j]);
      s = s.add(t);
      Tensor conv = act.logical_and(t.div(s).abs().lt(machep));
      res = Torch.where(conv, s, res);
      act = act.logical_and(conv.logical_not());
      k += 1.0;
      aa *= x + k;
      if (f32) {
        aa = (float) aa;
      }
      b = b.div(w);
      k += 1.0;
    }
    res = Torch.where(act, s, res);
    return Torch.where(pole, Torch.full_like(q, Double.POSITIVE_INFINITY), res);
  }

  /**
   * PyTorch's polygamma kernel on a floating tensor, without autograd: n = 0 digamma, n = 1
   * trigamma (whose kernels take no Half), else Math.h's calc_polygamma {@code (-1)^(n+1) *
   * exp(lgamma(n + 1)) * zeta(n + 1, x)}, zeta in the CPU accumulate type.
   */
  static Tensor polygammaForward(long n, Tensor x) {
    DType dt = x.dtype();
    if (n == 0) {
      return x.digamma();
    }
    if (n == 1) {
      if (dt == DType.float16) {
        throw dev.torchnd.spi.UnaryOp.notImplemented("trigamma", dt);
      }
      // Math.h has float and double trigamma overloads only: bfloat16 goes through float
      return dt == DType.bfloat16 ? trigamma(x.to(DType.float32)).to(dt) : trigamma(x);
    }
    if (dt == DType.float16) {
      throw dev.torchnd.spi.UnaryOp.notImplemented("polygamma", dt);
    }
    DType acc = dt == DType.float64 || dt == DType.float32 ? DType.float64 : DType.float32;
    Tensor z = zeta((double) (n + 1), x.to(acc)).to(dt);
    DType facType = dt == DType.float64 ? DType.float64 : DType.float32;
    double np1 = (double) n + 1.0;
    if (dt == DType.bfloat16) { // static_cast<BFloat16>(n) + one rounds to bfloat16
      double nb = Torch.full(new long[0], (double) n, DType.bfloat16).doubleValue();
      np1 = Torch.full(new long[0], nb + 1.0, DType.bfloat16).doubleValue();
    }
    double fac = Torch.full(new long[0], np1, facType).lgamma().exp().doubleValue();
    return z.to(facType).mul(n % 2 == 0 ? -fac : fac).to(dt);
  }

  private static DType floatingOf(Tensor a) {
    return a.is_floating_point() ? a.dtype() : Torch.get_default_dtype();
  }

  private static void checkPolygammaN(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("polygamma(n, x) does not support negative n.");
    }
  }

  /** torch.polygamma(n, x); derivatives.yaml: grad * polygamma(n + 1, self). */
  static Tensor polygamma(long n, Tensor a) {
    checkPolygammaN(n);
    Tensor out = polygammaForward(n, a.detach().to(floatingOf(a)));
    return Autograd.record(
        out, "PolygammaBackward0", new Tensor[] {a},
        g -> new Tensor[] {g.mul(polygamma(n + 1, a))}, a);
  }

  /** x.polygamma_(n): the result cast back into x (an error where it cannot be). */
  static Tensor polygammaInplace(long n, Tensor self) {
    checkPolygammaN(n);
    Autograd.checkInplace(self);
    DType outType = floatingOf(self);
    if (!Promotion.canCast(outType, self.dtype())) {
      throw new IllegalArgumentException(
          "result type " + outType.scalarTypeName()
              + " can't be cast to the desired output type " + self.dtype().scalarTypeName());
    }
    Tensor before = self.requiresGrad ? self.shallowSnapshot() : null;
    Tensor r = polygammaForward(n, self.detach().to(outType));
    self.copyFrom(r);
    self.bumpVersion();
    if (before != null) {
      Autograd.record(
          self, "PolygammaBackward1", new Tensor[] {before},
          g -> new Tensor[] {g.mul(polygamma(n + 1, before))}, before);
    }
    return self;
  }

  private static void checkMvlgamma(Tensor a, long p) {
    if (a.dtype() == DType.bool) {
      throw new IllegalArgumentException("The input tensor may not be a boolean tensor.");
    }
    if (p < 1) {
      throw new IllegalArgumentException("p has to be greater than or equal to 1");
    }
  }

  /** ATen's mvlgamma args: arange(-p/2 + 1/2, 1/2, 1/2) + self.unsqueeze(-1), in {@code dt}. */
  private static Tensor mvlgammaArgs(Tensor a, long p, DType dt) {
    return Torch.arange(-p * 0.5 + 0.5, 0.5, 0.5, dt, a.device()).add(a.unsqueeze(-1));
  }

  /** ATen's mvlgamma_backward: grad * args.digamma_().sum(-1). */
  private static Tensor mvlgammaBackward(Tensor g, Tensor a, long p) {
    return g.mul(mvlgammaArgs(a, p, a.dtype()).digamma().sum(-1));
  }

  /** torch.mvlgamma(x, p): args.lgamma_().sum(-1).add_(p (p - 1) log(pi) / 4). */
  static Tensor mvlgamma(Tensor a, long p) {
    checkMvlgamma(a, p);
    Tensor args = mvlgammaArgs(a.detach(), p, floatingOf(a));
    double c = (double) (p * (p - 1)) * Math.log(Math.PI) * 0.25;
    Tensor out = args.lgamma_().sum(-1).add(c);
    return Autograd.record(
        out, "MvlgammaBackward0", new Tensor[] {a}, g -> new Tensor[] {mvlgammaBackward(g, a, p)}, a);
  }

  /** x.mvlgamma_(p): args in x's dtype, the result copied into x. */
  static Tensor mvlgammaInplace(Tensor self, long p) {
    checkMvlgamma(self, p);
    Autograd.checkInplace(self);
    Tensor before = self.requiresGrad ? self.shallowSnapshot() : null;
    Tensor args = mvlgammaArgs(self.detach(), p, self.dtype());
    double c = (double) (p * (p - 1)) * Math.log(Math.PI) * 0.25;
    Tensor r = args.lgamma_().sum(-1).add(c);
    self.copyFrom(r);
    self.bumpVersion();
    if (before != null) {
      Autograd.record(
          self, "MvlgammaBackward0", new Tensor[] {before},
          g -> new Tensor[] {mvlgammaBackward(g, before, p)}, before);
    }
    return self;
  }
}
