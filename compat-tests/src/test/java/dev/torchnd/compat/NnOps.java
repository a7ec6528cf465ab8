package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import java.util.Map;

/**
 * The op names {@code compat-tests/recorder/record_nn.py} adds to the op-case table ({@code
 * fixtures/ops_nn.json}): the softmax family, the seeded in-place samplers and {@code F.*}.
 */
final class NnOps {
  private NnOps() {}

  /** Runs an in-place sampler after seeding and checks it returned its receiver. */
  private static Tensor seeded(OpRegistry.Args a, java.util.function.UnaryOperator<Tensor> op) {
    Torch.manual_seed(a.l(0));
    Tensor t = a.t(1);
    Tensor r = op.apply(t);
    if (r != t) {
      throw new AssertionError("in-place sampler must return its receiver");
    }
    return r;
  }

  static void addTo(Map<String, OpRegistry.Op> m) {
    m.put("softmax", a -> a.has(2) ? Torch.softmax(a.t(0), a.i(1), a.dtype(2)) : Torch.softmax(a.t(0), a.i(1)));
    m.put("log_softmax", a -> a.has(2)
        ? Torch.log_softmax(a.t(0), a.i(1), a.dtype(2)) : Torch.log_softmax(a.t(0), a.i(1)));
    m.put("logsumexp", a -> a.isInts(1)
        ? Torch.logsumexp(a.t(0), a.dims(1), a.has(2) && a.b(2))
        : a.has(2) ? Torch.logsumexp(a.t(0), a.i(1), a.b(2)) : Torch.logsumexp(a.t(0), a.i(1)));
    m.put("uniform_", a -> seeded(a, t -> t.uniform_(a.d(2), a.d(3))));
    m.put("normal_", a -> seeded(a, t -> t.normal_(a.d(2), a.d(3))));
    m.put("bernoulli_", a -> seeded(a, t -> a.isT(2) ? t.bernoulli_(a.t(2)) : t.bernoulli_(a.d(2))));
    m.put("exponential_", a -> seeded(a, t -> t.exponential_(a.d(2))));
    m.put("random_", a -> seeded(a, t -> a.has(3) ? t.random_(a.l(2), a.l(3))
        : a.has(2) ? t.random_(a.l(2)) : t.random_()));
    m.put("F.relu", a -> F.relu(a.t(0)));
    m.put("F.leaky_relu", a -> F.leaky_relu(a.t(0), a.d(1)));
    m.put("F.gelu", a -> a.has(1) ? F.gelu(a.t(0), a.str(1)) : F.gelu(a.t(0)));
    m.put("F.sigmoid", a -> F.sigmoid(a.t(0)));
    m.put("F.tanh", a -> F.tanh(a.t(0)));
    m.put("F.linear", a -> a.has(2) ? F.linear(a.t(0), a.t(1), a.t(2)) : F.linear(a.t(0), a.t(1)));
    m.put("F.one_hot", a -> a.has(1) ? F.one_hot(a.t(0), a.l(1)) : F.one_hot(a.t(0)));
    m.put("F.pad", a -> {
      long[] p = a.shape(1);
      return a.has(2) ? F.pad(a.t(0), p, "constant", a.d(2)) : F.pad(a.t(0), p);
    });
    m.put("F.dropout", a -> {
      Torch.manual_seed(a.l(0));
      return F.dropout(a.t(1), a.d(2), a.b(3));
    });
    m.put("F.mse_loss", a -> F.mse_loss(a.t(0), a.t(1), a.str(2)));
    m.put("F.l1_loss", a -> F.l1_loss(a.t(0), a.t(1), a.str(2)));
    m.put("F.smooth_l1_loss", a -> F.smooth_l1_loss(a.t(0), a.t(1), a.str(2), a.d(3)));
    m.put("F.huber_loss", a -> F.huber_loss(a.t(0), a.t(1), a.str(2), a.d(3)));
    m.put("F.cross_entropy", a ->
        F.cross_entropy(a.t(0), a.t(1), a.optTensor(2), a.l(3), a.str(4), a.d(5)));
    m.put("F.nll_loss", a -> F.nll_loss(a.t(0), a.t(1), a.optTensor(2), a.l(3), a.str(4)));
    m.put("F.binary_cross_entropy", a ->
        F.binary_cross_entropy(a.t(0), a.t(1), a.optTensor(2), a.str(3)));
    m.put("F.binary_cross_entropy_with_logits", a -> F.binary_cross_entropy_with_logits(
        a.t(0), a.t(1), a.optTensor(2), a.str(3), a.optTensor(4)));
  }
}
