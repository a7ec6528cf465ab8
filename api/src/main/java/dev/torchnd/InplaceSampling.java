package dev.torchnd;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The in-place samplers ({@code uniform_}, {@code normal_}, {@code bernoulli_}, {@code
 * exponential_}, {@code random_}) over the samplers of {@link Sampling}: PyTorch's kernels draw in
 * TensorIterator order, which is memory order (dims sorted by stride), so a transposed tensor gets
 * its samples in storage order, as in PyTorch.
 */
final class InplaceSampling {
  private InplaceSampling() {}

  private static Generator gen(Generator g) {
    return g != null ? g : Generator.default_generator();
  }

  /** The dims of {@code t} outermost first, as TensorIterator walks a one-output op. */
  static int[] memoryOrder(Tensor t) {
    long[] st = t.stride();
    long[] sh = t.shapeArray();
    Integer[] dims = new Integer[sh.length];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = i;
    }
    // A stable sort keeps the logical order among equal strides and size-1 dims.
    Arrays.sort(
        dims,
        Comparator.comparingLong((Integer d) -> sh[d] == 1 ? Long.MAX_VALUE : -Math.abs(st[d])));
    boolean allOnes = true;
    for (long s : sh) {
      allOnes &= s == 1;
    }
    if (allOnes) {
      for (int i = 0; i < dims.length; i++) {
        dims[i] = i;
      }
    }
    return Arrays.stream(dims).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Writes samples given in memory order into {@code t}; the in-place op's bookkeeping. On a
   * non-leaf that requires grad the op becomes its grad_fn ({@code name}), whose gradient is zero,
   * as in PyTorch.
   */
  private static Tensor write(Tensor t, double[] samples, long[] longs, String name, Tensor p) {
    int[] order = memoryOrder(t);
    Tensor view = t.detach().permute(order);
    long[] vs = view.shapeArray();
    Tensor src =
        samples != null ? Torch.tensor(samples, vs, t.dtype()) : Torch.tensor(longs, vs, t.dtype());
    view.copyFrom(src);
    t.bumpVersion();
    if (Autograd.needsGrad(t, p)) {
      Tensor before = new Tensor(t.storage, t.dtype(), t.shape, t.strides, t.offset, new int[1]);
      before.requiresGrad = t.requiresGrad;
      before.gradFn = t.gradFn;
      Tensor[] inputs = p == null ? new Tensor[] {before} : new Tensor[] {before, p};
      Autograd.record(
          t,
          name,
          inputs,
          g -> p == null
              ? new Tensor[] {Torch.zeros_like(g)}
              : new Tensor[] {Torch.zeros_like(g), Torch.zeros_like(p)});
    }
    return t;
  }

  private static Tensor write(Tensor t, double[] samples, long[] longs, String name) {
    return write(t, samples, longs, name, null);
  }

  static Tensor uniform_(Tensor t, double from, double to, Generator g) {
    Autograd.checkInplace(t);
    return write(t, Sampling.uniform(gen(g), t.numel(), t.dtype(), from, to), null, "UniformBackward0");
  }

  static Tensor normal_(Tensor t, double mean, double std, Generator g) {
    Autograd.checkInplace(t);
    long n = t.numel();
    double[] v;
    if (t.is_contiguous() || n < 16) {
      v = Sampling.normal(gen(g), n, t.dtype(), mean, std);
    } else {
      // PyTorch's normal_fill needs a contiguous tensor; otherwise each element is one scalar
      // draw (the path Sampling takes for fewer than 16 elements).
      v = new double[(int) n];
      Generator gg = gen(g);
      synchronized (gg) {
        for (int i = 0; i < v.length; i++) {
          v[i] = Sampling.normal(gg, 1, t.dtype(), mean, std)[0];
        }
      }
    }
    return write(t, v, null, "NormalBackward0");
  }

  static Tensor bernoulli_(Tensor t, double p, Generator g) {
    Autograd.checkInplace(t);
    return write(t, Sampling.bernoulli(gen(g), t.numel(), p, t.dtype()), null, "BernoulliBackward2");
  }

  static Tensor bernoulli_(Tensor t, Tensor p, Generator g) {
    Autograd.checkInplace(t);
    Tensor pe = p.detach().expand(t.shapeArray()).permute(memoryOrder(t));
    double[] pv = pe.toDoubleArray();
    double[] v = Sampling.bernoulli(gen(g), pv, p.dtype());
    return write(t, v, null, "BernoulliBackward1", p);
  }

  static Tensor exponential_(Tensor t, double lambd, Generator g) {
    Autograd.checkInplace(t);
    return write(t, Sampling.exponential(gen(g), t.numel(), t.dtype(), lambd), null, "ExponentialBackward0");
  }

  static Tensor random_(Tensor t, long from, long to, Generator g) {
    Autograd.checkInplace(t);
    return write(t, null, Sampling.randint(gen(g), t.numel(), t.dtype(), from, to), "RandomBackward0");
  }

  static Tensor randomTo_(Tensor t, long to, Generator g) {
    Autograd.checkInplace(t);
    return write(t, null, Sampling.randint(gen(g), t.numel(), t.dtype(), 0, to), "RandomBackward1");
  }

  static Tensor random_(Tensor t, Generator g) {
    Autograd.checkInplace(t);
    return write(t, null, Sampling.random(gen(g), t.numel(), t.dtype()), "RandomBackward2");
  }

  // ---- api-samplers: cauchy_, log_normal_, geometric_ ----

  static Tensor cauchy_(Tensor t, double median, double sigma, Generator g) {
    Autograd.checkInplace(t);
    return write(t, RandomOps.cauchy(gen(g), t.numel(), t.dtype(), median, sigma), null, "CauchyBackward0");
  }

  static Tensor log_normal_(Tensor t, double mean, double std, Generator g) {
    Autograd.checkInplace(t);
    return write(t, RandomOps.logNormal(gen(g), t.numel(), t.dtype(), mean, std), null, "LogNormalBackward0");
  }

  static Tensor geometric_(Tensor t, double p, Generator g) {
    Autograd.checkInplace(t);
    return write(t, RandomOps.geometric(gen(g), t.numel(), t.dtype(), p), null, "GeometricBackward0");
  }
}
