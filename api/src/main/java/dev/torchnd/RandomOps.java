package dev.torchnd;

/**
 * The samplers of PyTorch 1.13 that return new tensors beyond {@code rand}/{@code randn}/{@code
 * randint} ({@code torch.multinomial}, {@code torch.bernoulli}, {@code torch.poisson}, the tensor
 * forms of {@code torch.normal}, {@code torch.randint_like}) and the value kernels of the in-place
 * {@code cauchy_}, {@code log_normal_} and {@code geometric_}: each draws the CPU generator's
 * stream in the order PyTorch's CPU kernel consumes it, over {@link Sampling}'s primitives.
 * Results land on their input's device (drawn on the CPU and copied, as every sampler here).
 */
final class RandomOps {
  private RandomOps() {}

  private static final double D_TWO_NEG53 = 0x1p-53;
  private static final long MASK53 = (1L << 53) - 1;

  private static Generator gen(Generator g) {
    return g != null ? g : Generator.default_generator();
  }

  /** {@code uniform_real_distribution<double>(0, 1)}: 53 bits of one 64-bit draw (lock held). */
  private static double unit53(Generator g) {
    return (g.nextLong() & MASK53) * D_TWO_NEG53;
  }

  private static UnsupportedOperationException notImplemented(String kernel, DType dtype) {
    return new UnsupportedOperationException(
        "\"" + kernel + "\" not implemented for '" + dtype.scalarTypeName() + "'");
  }

  // ========================================= multinomial ==========================================

  /** PyTorch: {@code torch.multinomial(input, num_samples, replacement, generator)} (CPU). */
  static Tensor multinomial(Tensor self, long nSample, boolean replacement, Generator g) {
    int dim = self.dim();
    if (dim < 1 || dim > 2) {
      throw new IllegalArgumentException("prob_dist must be 1 or 2 dim");
    }
    DType dt = self.dtype();
    if (!dt.is_floating_point()) {
      throw new IllegalArgumentException(
          "multinomial only supports floating-point dtypes for input, got: "
              + dt.scalarTypeName());
    }
    if (nSample <= 0) {
      throw new IllegalArgumentException("cannot sample n_sample <= 0 samples");
    }
    long[] sh = self.shapeArray();
    long cats = sh[dim - 1];
    if (!replacement && nSample > cats) {
      throw new IllegalArgumentException(
          "cannot sample n_sample > prob_dist.size(-1) samples without replacement");
    }
    if (cats > (1L << 24)) {
      throw new IllegalArgumentException("number of categories cannot exceed 2^24");
    }
    long rows = dim == 1 ? 1 : sh[0];
    long[] outShape = dim == 1 ? new long[] {nSample} : new long[] {rows, nSample};
    if (rows * nSample == 0) {
      return Devices.on(self.device(), () -> Torch.empty(outShape, DType.int64));
    }
    if (dt == DType.float16) {
      throw new IllegalArgumentException("multinomial is not implemented for half on CPU");
    }
    double[] p = self.toDoubleArray();
    Generator gg = gen(g);
    long[] out;
    if (replacement) {
      out =
          Sampling.multinomial(
              gg, p, (int) rows, (int) cats, Math.toIntExact(nSample), true, dt);
    } else {
      out = withoutReplacement(gg, self, p, (int) rows, (int) cats, (int) nSample, dt);
    }
    return Devices.on(self.device(), () -> Torch.tensor(out, outShape, DType.int64));
  }

  /**
   * The exponential trick of 1.13's {@code multinomial_out}: {@code q = empty_like(p)
   * .exponential_(1)} (drawn in the memory order of {@code p}'s layout, which {@code empty_like}
   * keeps for dense tensors), {@code q = p / q} in p's dtype, then argmax (one sample) or topk.
   */
  private static long[] withoutReplacement(
      Generator g, Tensor self, double[] p, int rows, int cats, int k, DType dt) {
    boolean valid = true;
    for (double v : p) {
      valid &= v < Double.POSITIVE_INFINITY && v >= 0;
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "probability tensor contains either `inf`, `nan` or element < 0");
    }
    for (int r = 0; r < rows; r++) {
      boolean allZero = true;
      for (int j = 0; j < cats; j++) {
        allZero &= p[r * cats + j] == 0;
      }
      if (allZero) {
        throw new IllegalArgumentException(
            "invalid multinomial distribution (sum of probabilities <= 0)");
      }
    }
    double[] drawn = Sampling.exponential(g, p.length, dt, 1.0);
    double[] q = toLogical(self, drawn);
    for (int i = 0; i < q.length; i++) {
      q[i] = Sampling.toDtype(dt, p[i] / q[i]);
    }
    long[] out = new long[rows * k];
    Sampling.topPerRow(q, rows, cats, k, out);
    return out;
  }

  /**
   * Values drawn in the memory order of {@code empty_like(t)} (t's own layout when t is
   * non-overlapping and dense, else row-major) put back into logical row-major order.
   */
  static double[] toLogical(Tensor t, double[] drawn) {
    int[] order = denseOrder(t);
    if (order == null) {
      return drawn;
    }
    long[] sh = t.shapeArray();
    long[] permShape = new long[sh.length];
    for (int i = 0; i < sh.length; i++) {
      permShape[i] = sh[order[i]];
    }
    int[] inverse = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      inverse[order[i]] = i;
    }
    return Torch.tensor(drawn, permShape, DType.float64).permute(inverse).toDoubleArray();
  }

  /** {@code t}'s dims outermost first when it is dense but not row-major; null otherwise. */
  static int[] denseOrder(Tensor t) {
    if (t.is_contiguous() || t.dim() < 2) {
      return null;
    }
    long[] st = t.stride();
    long[] sh = t.shapeArray();
    int[] order = InplaceSampling.memoryOrder(t);
    long expect = 1;
    for (int i = order.length - 1; i >= 0; i--) {
      int d = order[i];
      if (sh[d] == 1) {
        continue;
      }
      if (st[d] != expect) {
        return null; // overlapping, expanded or with gaps: empty_like is contiguous
      }
      expect *= sh[d];
    }
    return order;
  }

  // =========================================== bernoulli ==========================================

  /** PyTorch: {@code torch.bernoulli(input, generator)}: one draw per probability in input. */
  static Tensor bernoulli(Tensor input, Generator g) {
    DType dt = input.dtype();
    if (dt == DType.float16) {
      throw notImplemented("bernoulli_tensor_cpu_self_", dt);
    }
    if (!dt.is_floating_point()) {
      // the output (input's dtype) dispatches fine; the probabilities do not
      if (dt == DType.bool) {
        throw notImplemented("bernoulli_tensor_cpu_p_", dt);
      }
      throw notImplemented("bernoulli_tensor_cpu_p_", dt);
    }
    double[] v = Sampling.bernoulli(gen(g), input.toDoubleArray(), dt);
    Tensor out = Devices.on(input.device(), () -> Torch.tensor(v, input.shapeArray(), dt));
    return zeroGradNode(out, "BernoulliBackward0", input);
  }

  /** PyTorch: {@code torch.bernoulli(input, p, generator)}: input's shape and dtype, scalar p. */
  static Tensor bernoulli(Tensor input, double p, Generator g) {
    DType dt = input.dtype();
    if (!(0 <= p && p <= 1)) {
      throw new IllegalArgumentException(
          "bernoulli_ expects p to be in [0, 1], but got p=" + Sampling.cpp(p));
    }
    if (dt == DType.float16) {
      throw notImplemented("bernoulli_scalar_cpu_", dt);
    }
    double[] v = Sampling.bernoulli(gen(g), input.numel(), p, dt);
    // bernoulli.p has no derivative entry: the result never requires grad, as in PyTorch
    return Devices.on(input.device(), () -> Torch.tensor(v, input.shapeArray(), dt));
  }

  /** A node whose gradient is zero, as derivatives.yaml gives the samplers. */
  private static Tensor zeroGradNode(Tensor out, String name, Tensor input) {
    if (input.dtype().is_floating_point() && Autograd.needsGrad(input)) {
      Autograd.record(out, name, new Tensor[] {input}, gr -> new Tensor[] {Torch.zeros_like(input)});
    }
    return out;
  }

  // ============================================ poisson ===========================================

  /** PyTorch: {@code torch.poisson(rates, generator)} ({@code _s_poisson_cpu}). */
  static Tensor poisson(Tensor rates, Generator g) {
    DType dt = rates.dtype();
    if (dt != DType.float32 && dt != DType.float64 && dt != DType.bfloat16) {
      throw notImplemented("poisson_cpu", dt);
    }
    double[] lam = rates.toDoubleArray();
    double[] out = new double[lam.length];
    Generator gg = gen(g);
    synchronized (gg) {
      for (int i = 0; i < lam.length; i++) {
        out[i] = Sampling.toDtype(dt, samplePoisson(lam[i], gg));
      }
    }
    Tensor r = Devices.on(rates.device(), () -> Torch.tensor(out, rates.shapeArray(), dt));
    return zeroGradNode(r, "PoissonBackward0", rates);
  }

  /** {@code sample_poisson} of Distributions.cpp (NumPy's algorithm); the lock is held. */
  private static long samplePoisson(double lambda, Generator g) {
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("invalid Poisson rate, expected rate to be non-negative");
    }
    if (lambda >= 10) {
      // transformed rejection method (Hoermann, 1993); Distributions.cpp is built for the
      // baseline ISA, so nothing here is contracted to an fma
      double slam = Math.sqrt(lambda);
      double loglam = Libm.log(lambda);
      double b = 0.931 + 2.53 * slam;
      double a = -0.059 + 0.02483 * b;
      double invalpha = 1.1239 + 1.1328 / (b - 3.4);
      double vr = 0.9277 - 3.6224 / (b - 2);
      while (true) {
        double u = unit53(g) - 0.5;
        double v = unit53(g);
        double us = 0.5 - Math.abs(u);
        long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
        if (us >= 0.07 && v <= vr) {
          return k;
        }
        if (k < 0 || (us < 0.013 && v > us)) {
          continue;
        }
        if ((Libm.log(v) + Libm.log(invalpha) - Libm.log(a / (us * us) + b))
            <= (-lambda + k * loglam - lgamma(k + 1.0))) {
          return k;
        }
      }
    } else if (lambda == 0) {
      return 0;
    } else {
      double enlam = StrictMath.exp(-lambda);
      long x = 0;
      double prod = 1.0;
      while (true) {
        prod *= unit53(g);
        if (prod > enlam) {
          x += 1;
        } else {
          return x;
        }
      }
    }
  }

  /** log Γ(x) for x >= 1 (the integers sample_poisson asks for): Stirling's series, shifted. */
  static double lgamma(double x) {
    double shift = 0;
    while (x < 15) {
      shift += Math.log(x);
      x += 1;
    }
    double x2 = 1 / (x * x);
    double series =
        (1.0 / 12 - x2 * (1.0 / 360 - x2 * (1.0 / 1260 - x2 * (1.0 / 1680 - x2 / 1188)))) / x;
    return (x - 0.5) * Math.log(x) - x + 0.91893853320467274178 + series - shift;
  }

  // ============================================ binomial ==========================================

  /**
   * PyTorch: {@code torch.binomial(count, prob, generator)} ({@code _s_binomial_cpu}): per element
   * {@code sample_binomial} of Distributions.h (BTRS for large {@code count * prob}, inversion
   * otherwise), evaluated in the dtype with double accumulators as the C++ template is.
   */
  static Tensor binomial(Tensor count, Tensor prob, Generator g) {
    DType dt = count.dtype();
    long[] shape = count.shapeArray();
    long[] bshape = Shapes.broadcast(shape, prob.shapeArray());
    if (!java.util.Arrays.equals(bshape, shape)) {
      throw new IllegalArgumentException(
          "output with shape " + java.util.Arrays.toString(shape).replace(" ", "")
              .replace(",", ", ") + " doesn't match the broadcast shape "
              + java.util.Arrays.toString(bshape).replace(" ", "").replace(",", ", "));
    }
    if (prob.dtype() != dt) {
      throw new IllegalArgumentException(
          "Found dtype " + prob.dtype().scalarTypeName() + " but expected " + dt.scalarTypeName());
    }
    if (dt != DType.float32 && dt != DType.float64) {
      throw notImplemented("binomial_cpu", dt);
    }
    double[] n = count.toDoubleArray();
    double[] p = prob.detach().expand(shape).toDoubleArray();
    boolean f = dt == DType.float32;
    double[] out = new double[n.length];
    Generator gg = gen(g);
    synchronized (gg) {
      for (int i = 0; i < n.length; i++) {
        out[i] = f ? sampleBinomialFloat((float) n[i], (float) p[i], gg) : sampleBinomial(n[i], p[i], gg);
      }
    }
    Tensor r = Devices.on(count.device(), () -> Torch.tensor(out, shape, dt));
    if (Autograd.needsGrad(count, prob)) {
      // derivatives.yaml marks binomial not_implemented: PyTorch records a NotImplemented node
      Autograd.record(
          r,
          "NotImplemented",
          new Tensor[] {count, prob},
          gr -> {
            throw new IllegalStateException("derivative for aten::binomial is not implemented");
          });
    }
    return r;
  }

  private static final double[] TAIL = {
    0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
    0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.0104112652619720,
    0.00925546218271273, 0.00833056343336287
  };

  private static double stirlingTail(double k) {
    if (k <= 9) {
      return TAIL[(int) k];
    }
    double kp1sq = (k + 1) * (k + 1);
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
  }

  /** sample_binomial with scalar_t = double. */
  private static double sampleBinomial(double count, double prob, Generator g) {
    if (count <= 0.0 || prob <= 0.0) {
      return 0;
    } else if (prob >= 1.0) {
      return count;
    } else if (prob <= 0.5) {
      return count * prob >= 10.0 ? btrs(count, prob, g) : inversion(count, prob, g);
    } else if (prob > 0.5) {
      double q = 1.0 - prob;
      return count * q >= 10.0 ? count - btrs(count, q, g) : count - inversion(count, q, g);
    }
    return Double.NaN;
  }

  private static double inversion(double count, double prob, Generator g) {
    double geomSum = 0;
    double numGeom = 0;
    double logprob = Math.log1p(-prob);
    while (true) {
      double geom = Math.ceil(Libm.log(unit53(g)) / logprob);
      geomSum += geom;
      if (geomSum > count) {
        return numGeom;
      }
      numGeom = numGeom + 1;
    }
  }

  private static double btrs(double count, double prob, Generator g) {
    double stddev = Math.sqrt(count * prob * (1 - prob));
    double b = 1.15 + 2.53 * stddev;
    double a = -0.0873 + 0.0248 * b + 0.01 * prob;
    double c = count * prob + 0.5;
    double vr = 0.92 - 4.2 / b;
    double r = prob / (1 - prob);
    double alpha = (2.83 + 5.1 / b) * stddev;
    double m = Math.floor((count + 1) * prob);
    while (true) {
      double u = unit53(g) - 0.5;
      double v = unit53(g);
      double us = 0.5 - Math.abs(u);
      double k = Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > count) {
        continue;
      }
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      v = Libm.log(v * alpha / (a / (us * us) + b));
      double upper =
          ((m + 0.5) * Libm.log((m + 1) / (r * (count - m + 1)))
              + (count + 1) * Libm.log((count - m + 1) / (count - k + 1))
              + (k + 0.5) * Libm.log(r * (count - k + 1) / (k + 1))
              + stirlingTail(m)
              + stirlingTail(count - m)
              - stirlingTail(k)
              - stirlingTail(count - k));
      if (v <= upper) {
        return k;
      }
    }
  }

  /** sample_binomial with scalar_t = float (accscalar_t double): float where the C++ is float. */
  private static double sampleBinomialFloat(float count, float prob, Generator g) {
    if (count <= 0.0 || prob <= 0.0) {
      return 0;
    } else if (prob >= 1.0) {
      return count;
    } else if (prob <= 0.5) {
      return count * prob >= 10.0 ? btrsFloat(count, prob, g) : inversionFloat(count, prob, g);
    } else if (prob > 0.5) {
      float q = (float) (1.0 - prob);
      return count * q >= 10.0
          ? count - btrsFloat(count, q, g)
          : count - inversionFloat(count, q, g);
    }
    return Float.NaN;
  }

  private static float inversionFloat(float count, float prob, Generator g) {
    double geomSum = 0;
    float numGeom = 0;
    double logprob = (float) Math.log1p(-prob); // log1pf
    while (true) {
      double geom = Math.ceil(Libm.log(unit53(g)) / logprob);
      geomSum += geom;
      if (geomSum > count) {
        return numGeom;
      }
      numGeom = numGeom + 1;
    }
  }

  private static float btrsFloat(float count, float prob, Generator g) {
    double stddev = (float) Math.sqrt(count * prob * (1 - prob)); // sqrtf of a float product
    double b = 1.15 + 2.53 * stddev;
    double a = -0.0873 + 0.0248 * b + 0.01 * prob;
    double c = count * prob + 0.5;
    double vr = 0.92 - 4.2 / b;
    double r = prob / (1 - prob);
    double alpha = (2.83 + 5.1 / b) * stddev;
    double m = Math.floor((count + 1) * prob);
    while (true) {
      double u = unit53(g) - 0.5;
      double v = unit53(g);
      double us = 0.5 - Math.abs(u);
      float k = (float) Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > count) {
        continue;
      }
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      v = Libm.log(v * alpha / (a / (us * us) + b));
      double upper =
          ((m + 0.5) * Libm.log((m + 1) / (r * (count - m + 1)))
              + (count + 1) * Libm.log((count - m + 1) / (count - k + 1))
              + (k + 0.5) * Libm.log(r * (count - k + 1) / (k + 1))
              + stirlingTail(m)
              + stirlingTail(count - m)
              - stirlingTail(k)
              - stirlingTail(count - k));
      if (v <= upper) {
        return k;
      }
    }
  }

  // ============================================ normal ============================================

  /** N(0, 1) (or N(0, std)) in {@code dt}, for a fresh contiguous output of {@code shape}. */
  private static Tensor standard(long[] shape, DType dt, double std, Generator g, Device device) {
    if (!dt.is_floating_point()) {
      throw notImplemented("normal_kernel_cpu", dt);
    }
    double[] v = Sampling.normal(gen(g), Shapes.numel(shape), dt, 0.0, std);
    return Devices.on(device, () -> Torch.tensor(v, shape, dt));
  }

  private static void checkStdTensor(Tensor std) {
    if (std.numel() > 0) {
      for (double s : std.toDoubleArray()) {
        if (!(s >= 0)) {
          throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
        }
      }
    }
  }

  /** PyTorch: {@code torch.normal(mean_tensor, std_tensor, generator)}. */
  static Tensor normal(Tensor mean, Tensor std, Generator g) {
    checkStdTensor(std);
    long[] shape = Shapes.broadcast(mean.shapeArray(), std.shapeArray());
    Tensor out = standard(shape, mean.dtype(), 1.0, g, mean.device());
    try (var ng = Torch.no_grad()) {
      out.mul_(std).add_(mean);
    }
    return normalNode(out, mean, std);
  }

  /** PyTorch: {@code torch.normal(mean_tensor, std, generator)}. */
  static Tensor normal(Tensor mean, double std, Generator g) {
    if (!(std >= 0.0)) {
      throw new IllegalArgumentException(
          "normal expects std >= 0.0, but found std " + Sampling.cpp(std));
    }
    Tensor out = standard(mean.shapeArray(), mean.dtype(), std, g, mean.device());
    try (var ng = Torch.no_grad()) {
      out.add_(mean);
    }
    return normalNode(out, mean, null);
  }

  /** PyTorch: {@code torch.normal(mean, std_tensor, generator)}. */
  static Tensor normal(double mean, Tensor std, Generator g) {
    checkStdTensor(std);
    Tensor out = standard(std.shapeArray(), std.dtype(), 1.0, g, std.device());
    try (var ng = Torch.no_grad()) {
      Tensor m = Devices.on(std.device(), () -> Torch.full(new long[0], mean, std.dtype()));
      out.mul_(std).add_(m);
    }
    return normalNode(out, null, std);
  }

  /** derivatives.yaml: normal's mean and std get zero gradients ({@code NormalBackward1/2/3}). */
  private static Tensor normalNode(Tensor out, Tensor mean, Tensor std) {
    Tensor[] in =
        mean == null ? new Tensor[] {std} : std == null ? new Tensor[] {mean} : new Tensor[] {mean, std};
    String name = mean == null ? "NormalBackward2" : std == null ? "NormalBackward1" : "NormalBackward3";
    if (Autograd.needsGrad(in)) {
      Autograd.record(
          out,
          name,
          in,
          gr -> {
            Tensor[] z = new Tensor[in.length];
            for (int i = 0; i < in.length; i++) {
              z[i] = Torch.zeros_like(in[i]);
            }
            return z;
          });
    }
    return out;
  }

  // ========================================== randint_like ========================================

  /**
   * PyTorch: {@code torch.randint_like(input, low, high, dtype=dtype)}: {@code empty_like(input)}
   * (input's layout when dense) filled by {@code random_(low, high)} in memory order.
   */
  static Tensor randintLike(Tensor input, long low, long high, DType dtype, Generator g) {
    DType dt = dtype != null ? dtype : input.dtype();
    long[] v = Sampling.randint(gen(g), input.numel(), dt, low, high);
    int[] order = denseOrder(input);
    long[] sh = input.shapeArray();
    if (order == null) {
      return Devices.on(input.device(), () -> Torch.tensor(v, sh, dt));
    }
    long[] permShape = new long[sh.length];
    int[] inverse = new int[order.length];
    for (int i = 0; i < sh.length; i++) {
      permShape[i] = sh[order[i]];
      inverse[order[i]] = i;
    }
    return Devices.on(input.device(), () -> Torch.tensor(v, permShape, dt)).permute(inverse);
  }

  // ===================================== in-place value kernels ===================================

  private static void requireFloatingKernel(String kernel, DType dt) {
    if (!dt.is_floating_point()) {
      throw notImplemented(kernel, dt);
    }
  }

  /** {@code cauchy_distribution<double>}: {@code median + sigma * tan(pi * (u - 0.5))}. */
  static double[] cauchy(Generator g, long n, DType dt, double median, double sigma) {
    requireFloatingKernel("cauchy_cpu", dt);
    double[] out = new double[Math.toIntExact(n)];
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        double u = unit53(g);
        out[i] = Sampling.toDtype(dt, Math.fma(sigma, StrictMath.tan(Math.PI * (u - 0.5)), median));
      }
    }
    return out;
  }

  /** {@code lognormal_distribution<double>}: exp of the scalar Box-Muller normal (cached half). */
  static double[] logNormal(Generator g, long n, DType dt, double mean, double std) {
    if (!(std > 0.0)) {
      throw new IllegalArgumentException(
          "log_normal_ expects std > 0.0, but found std=" + Sampling.cpp(std));
    }
    requireFloatingKernel("log_normal_cpu", dt);
    double[] out = new double[Math.toIntExact(n)];
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        double z = Sampling.normal(g, 1, DType.float64, mean, std)[0];
        out[i] = Sampling.toDtype(dt, StrictMath.exp(z));
      }
    }
    return out;
  }

  /**
   * {@code geometric_distribution<double>}: {@code ceil(log(u) / log(1 - p))}, then {@code
   * static_cast} to the dtype (x86's conversions for integers).
   */
  static double[] geometric(Generator g, long n, DType dt, double p) {
    if (!(0 < p && p < 1)) {
      throw new IllegalArgumentException(
          "geometric_ expects p to be in (0, 1), but got p=" + Sampling.cpp(p));
    }
    if (dt == DType.bool) {
      throw notImplemented("geometric_cpu", dt);
    }
    double[] out = new double[Math.toIntExact(n)];
    double denom = Libm.log(1.0 - p);
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        double v = Math.ceil(Libm.log(unit53(g)) / denom);
        out[i] = cast(dt, v);
      }
    }
    return out;
  }

  /** {@code static_cast<scalar_t>(double)} as GCC compiles it on x86-64. */
  private static double cast(DType dt, double v) {
    switch (dt) {
      case int64:
        return (Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63) ? (double) Long.MIN_VALUE : v;
      case int32:
        return cvt32(v);
      case int16:
        return (short) cvt32(v);
      case int8:
        return (byte) cvt32(v);
      case uint8:
        return cvt32(v) & 0xff;
      default:
        return Sampling.toDtype(dt, v);
    }
  }

  /** cvttsd2si to 32 bits: NaN and out-of-range give INT32_MIN. */
  private static int cvt32(double v) {
    if (Double.isNaN(v) || v >= 0x1p31 || v <= -0x1p31 - 1) {
      return Integer.MIN_VALUE;
    }
    return (int) v;
  }
}
