package dev.torchnd.compat;

import dev.torchnd.nn.functional.F;
import java.util.Map;

/**
 * The op names {@code compat-tests/recorder/record_nn_layers.py} adds to the op-case table
 * ({@code fixtures/ops_nn_layers.json}): the functional activations, distances, normalisation,
 * embedding and losses beyond {@link NnOps}', arguments in the recorder's {@code PY} order.
 */
final class NnLayersOps {
  private NnLayersOps() {}

  static void addTo(Map<String, OpRegistry.Op> m) {
    m.put("F.elu", a -> F.elu(a.t(0), a.d(1)));
    m.put("F.selu", a -> F.selu(a.t(0)));
    m.put("F.celu", a -> F.celu(a.t(0), a.d(1)));
    m.put("F.silu", a -> F.silu(a.t(0)));
    m.put("F.mish", a -> F.mish(a.t(0)));
    m.put("F.softplus", a -> F.softplus(a.t(0), a.d(1), a.d(2)));
    m.put("F.softsign", a -> F.softsign(a.t(0)));
    m.put("F.hardtanh", a -> F.hardtanh(a.t(0), a.d(1), a.d(2)));
    m.put("F.relu6", a -> F.relu6(a.t(0)));
    m.put("F.hardsigmoid", a -> F.hardsigmoid(a.t(0)));
    m.put("F.hardswish", a -> F.hardswish(a.t(0)));
    m.put("F.logsigmoid", a -> F.logsigmoid(a.t(0)));
    m.put("F.prelu", a -> F.prelu(a.t(0), a.t(1)));
    m.put("F.threshold", a -> F.threshold(a.t(0), a.d(1), a.d(2)));
    m.put("F.glu", a -> F.glu(a.t(0), a.i(1)));
    m.put("F.softmin", a -> F.softmin(a.t(0), a.i(1)));
    m.put("F.tanhshrink", a -> F.tanhshrink(a.t(0)));
    m.put("F.softshrink", a -> F.softshrink(a.t(0), a.d(1)));
    m.put("F.hardshrink", a -> F.hardshrink(a.t(0), a.d(1)));
    m.put("F.normalize", a -> F.normalize(a.t(0), a.d(1), a.i(2), a.d(3)));
    m.put("F.cosine_similarity", a -> F.cosine_similarity(a.t(0), a.t(1), a.i(2), a.d(3)));
    m.put("F.pairwise_distance", a -> F.pairwise_distance(a.t(0), a.t(1), a.d(2), a.d(3), a.b(4)));
    m.put("F.batch_norm", a -> F.batch_norm(a.t(0), a.optTensor(1), a.optTensor(2), a.optTensor(3),
        a.optTensor(4), a.b(5), a.d(6), a.d(7)));
    m.put("F.layer_norm", a -> F.layer_norm(a.t(0), a.shape(1), a.optTensor(2), a.optTensor(3), a.d(4)));
    m.put("F.group_norm", a -> F.group_norm(a.t(0), a.l(1), a.optTensor(2), a.optTensor(3), a.d(4)));
    m.put("F.instance_norm", a -> F.instance_norm(a.t(0), null, null, a.optTensor(1), a.optTensor(2),
        true, 0.1, a.d(3)));
    m.put("F.embedding", a -> F.embedding(a.t(0), a.t(1), a.isNone(2) ? null : a.l(2)));
    m.put("F.embedding_bag", a -> F.embedding_bag(a.t(0), a.t(1), a.optTensor(2), null, 2.0, false, a.str(3),
        a.optTensor(4), a.b(5), a.isNone(6) ? null : a.l(6)));
    m.put("F.kl_div", a -> F.kl_div(a.t(0), a.t(1), a.str(2), a.b(3)));
    m.put("F.margin_ranking_loss", a -> F.margin_ranking_loss(a.t(0), a.t(1), a.t(2), a.d(3), a.str(4)));
    m.put("F.hinge_embedding_loss", a -> F.hinge_embedding_loss(a.t(0), a.t(1), a.d(2), a.str(3)));
    m.put("F.soft_margin_loss", a -> F.soft_margin_loss(a.t(0), a.t(1), a.str(2)));
    m.put("F.cosine_embedding_loss", a -> F.cosine_embedding_loss(a.t(0), a.t(1), a.t(2), a.d(3), a.str(4)));
    m.put("F.poisson_nll_loss", a -> F.poisson_nll_loss(a.t(0), a.t(1), a.b(2), a.b(3), a.d(4), a.str(5)));
    m.put("F.gaussian_nll_loss", a -> F.gaussian_nll_loss(a.t(0), a.t(1), a.t(2), a.b(3), a.d(4), a.str(5)));
    m.put("F.triplet_margin_loss", a -> F.triplet_margin_loss(a.t(0), a.t(1), a.t(2), a.d(3), a.d(4),
        a.d(5), a.b(6), a.str(7)));
    m.put("F.multilabel_soft_margin_loss", a -> F.multilabel_soft_margin_loss(a.t(0), a.t(1),
        a.optTensor(2), a.str(3)));
  }
}
