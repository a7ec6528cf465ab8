package dev.torchnd.compat;

import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Op;
import dev.torchnd.distributions.Categorical;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The ops of {@code fixtures/ops_samplers.json} ({@code recorder/record_ops_samplers.py}, whose
 * docstring defines each op name and argument list): torch.multinomial, torch.bernoulli,
 * torch.poisson, the tensor forms of torch.normal, torch.randint_like and the in-place cauchy_,
 * log_normal_ and geometric_. Argument 0 is a seed: {@code manual_seed(seed)} first, or, for the
 * {@code *_gen} names, a fresh {@code Generator(seed)} passed to the op. Registered through
 * {@link OpRegistry#OPS}.
 */
final class SamplerOps {
  private SamplerOps() {}

  /** Seeds the default generator and runs the op. */
  private static Op seeded(Op op) {
    return a -> {
      Torch.manual_seed(a.l(0));
      return op.apply(a);
    };
  }

  /** Runs the op with a fresh generator seeded with argument 0. */
  private static Op withGen(BiFunction<OpRegistry.Args, Generator, Object> op) {
    return a -> op.apply(a, new Generator().manual_seed(a.l(0)));
  }

  /** An in-place sampler on argument 1 that must return its receiver. */
  private static Op inplace(BiFunction<OpRegistry.Args, Tensor, Tensor> op, boolean gen) {
    return a -> {
      Tensor t = a.t(1);
      if (!gen) {
        Torch.manual_seed(a.l(0));
      }
      Tensor r = op.apply(a, t);
      if (r != t) {
        throw new AssertionError("in-place sampler must return its receiver");
      }
      return r;
    };
  }

  private static Object normal(OpRegistry.Args a, Generator g) {
    boolean mt = a.isT(1);
    boolean st = a.isT(2);
    if (mt && st) {
      return g == null ? Torch.normal(a.t(1), a.t(2)) : Torch.normal(a.t(1), a.t(2), g);
    } else if (mt) {
      return g == null ? Torch.normal(a.t(1), a.d(2)) : Torch.normal(a.t(1), a.d(2), g);
    } else if (st) {
      return g == null ? Torch.normal(a.d(1), a.t(2)) : Torch.normal(a.d(1), a.t(2), g);
    }
    return g == null
        ? Torch.normal(a.d(1), a.d(2), a.shape(3))
        : Torch.normal(a.d(1), a.d(2), a.shape(3), g, null);
  }

  static void addTo(Map<String, Op> m) {
    m.put("multinomial", seeded(a -> a.has(3)
        ? Torch.multinomial(a.t(1), a.l(2), a.b(3))
        : a.l(0) % 2 == 0 ? Torch.multinomial(a.t(1), a.l(2)) : a.t(1).multinomial(a.l(2))));
    m.put("multinomial_gen", withGen((a, g) -> a.l(0) % 2 == 0
        ? Torch.multinomial(a.t(1), a.l(2), a.b(3), g)
        : a.t(1).multinomial(a.l(2), a.b(3), g)));
    m.put("bernoulli", seeded(a -> a.has(2)
        ? (a.l(0) % 2 == 0 ? Torch.bernoulli(a.t(1), a.d(2)) : a.t(1).bernoulli(a.d(2)))
        : (a.l(0) % 2 == 0 ? Torch.bernoulli(a.t(1)) : a.t(1).bernoulli())));
    m.put("bernoulli_gen", withGen((a, g) -> a.has(2)
        ? Torch.bernoulli(a.t(1), a.d(2), g)
        : a.t(1).bernoulli(g)));
    m.put("poisson", seeded(a -> Torch.poisson(a.t(1))));
    m.put("poisson_gen", withGen((a, g) -> Torch.poisson(a.t(1), g)));
    m.put("binomial", seeded(a -> Torch.binomial(a.t(1), a.t(2))));
    m.put("binomial_gen", withGen((a, g) -> Torch.binomial(a.t(1), a.t(2), g)));
    m.put("Categorical.sample", seeded(a -> a.has(2)
        ? new Categorical(a.t(1)).sample(a.shape(2))
        : new Categorical(a.t(1)).sample()));
    m.put("normal", seeded(a -> normal(a, null)));
    m.put("normal_gen", withGen(SamplerOps::normal));
    m.put("randint_like", seeded(a -> a.has(4)
        ? Torch.randint_like(a.t(1), a.l(2), a.l(3), a.dtype(4))
        : a.has(3) ? Torch.randint_like(a.t(1), a.l(2), a.l(3)) : Torch.randint_like(a.t(1), a.l(2))));
    m.put("cauchy_", inplace((a, t) -> a.has(2) ? t.cauchy_(a.d(2), a.d(3)) : t.cauchy_(), false));
    m.put("log_normal_", inplace(
        (a, t) -> a.has(2) ? t.log_normal_(a.d(2), a.d(3)) : t.log_normal_(), false));
    m.put("geometric_", inplace((a, t) -> t.geometric_(a.d(2)), false));
    m.put("cauchy_gen_", inplace(
        (a, t) -> t.cauchy_(a.d(2), a.d(3), new Generator().manual_seed(a.l(0))), true));
    m.put("log_normal_gen_", inplace(
        (a, t) -> t.log_normal_(a.d(2), a.d(3), new Generator().manual_seed(a.l(0))), true));
    m.put("geometric_gen_", inplace(
        (a, t) -> t.geometric_(a.d(2), new Generator().manual_seed(a.l(0))), true));
  }
}
