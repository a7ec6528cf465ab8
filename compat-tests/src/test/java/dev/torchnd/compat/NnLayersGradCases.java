package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_nn_layers.py}'s {@code GRAD} table
 * (fixtures/autograd_nn_layers.json), under the same names; registered through {@link
 * GradCases#OPS} so the autograd replay and the float64 gradcheck cover them.
 */
final class NnLayersGradCases {
  private NnLayersGradCases() {}

  private static Tensor t(Tensor like, long[] shape, double... v) {
    return Torch.tensor(v, shape, like.dtype());
  }

  private static Tensor longs(long[] shape, long... v) {
    return Torch.tensor(v, shape, DType.int64);
  }

  /** {@code torch.randint(0, 2, (n,), generator=Generator().manual_seed(seed)) * 2 - 1}, as the recorder draws. */
  private static Tensor signs(Tensor like, int seed, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    Tensor r = Torch.randint(0, 2, new long[] {n}, DType.int64, new Generator().manual_seed(seed));
    return r.mul(2L).sub(1L).to(like.dtype()).reshape(shape);
  }

  private static Tensor bag() {
    return longs(new long[] {6}, 0, 2, 1, 4, 4, 3);
  }

  private static Tensor bagOffsets() {
    return longs(new long[] {4}, 0, 2, 2, 5);
  }

  static void addTo(Map<String, Function<Tensor[], Tensor>> ops) {
    ops.put("elu", x -> F.elu(x[0], 0.7));
    ops.put("selu", x -> F.selu(x[0]));
    ops.put("celu", x -> F.celu(x[0], 1.5));
    ops.put("silu", x -> F.silu(x[0]));
    ops.put("mish", x -> F.mish(x[0]));
    ops.put("softplus", x -> F.softplus(x[0]));
    ops.put("softplus_beta", x -> F.softplus(x[0], 2.0, 1.0));
    ops.put("softsign", x -> F.softsign(x[0]));
    ops.put("hardtanh", x -> F.hardtanh(x[0], -0.8, 1.2));
    ops.put("relu6", x -> F.relu6(x[0]));
    ops.put("hardsigmoid", x -> F.hardsigmoid(x[0]));
    ops.put("hardswish", x -> F.hardswish(x[0]));
    ops.put("logsigmoid", x -> F.logsigmoid(x[0]));
    ops.put("prelu", x -> F.prelu(x[0], x[1]));
    ops.put("prelu_1", x -> F.prelu(x[0], x[1]));
    ops.put("threshold", x -> F.threshold(x[0], 0.0, -2.0));
    ops.put("glu", x -> F.glu(x[0]));
    ops.put("glu_0", x -> F.glu(x[0], 0));
    ops.put("softmin", x -> F.softmin(x[0], 1));
    ops.put("tanhshrink", x -> F.tanhshrink(x[0]));
    ops.put("softshrink", x -> F.softshrink(x[0], 0.5));
    ops.put("hardshrink", x -> F.hardshrink(x[0], 0.5));
    ops.put("normalize", x -> F.normalize(x[0]));
    ops.put("normalize_p1_dim0", x -> F.normalize(x[0], 1.0, 0));
    ops.put("cosine_similarity", x -> F.cosine_similarity(x[0], x[1]));
    ops.put("pairwise_distance", x -> F.pairwise_distance(x[0], x[1]));
    ops.put("pairwise_distance_p1", x -> F.pairwise_distance(x[0], x[1], 1.0, 1e-6, true));
    ops.put("batch_norm", x -> F.batch_norm(x[0], null, null, x[1], x[2], true));
    ops.put("batch_norm_3d", x -> F.batch_norm(x[0], null, null, null, null, true));
    ops.put("batch_norm_eval", x -> F.batch_norm(x[0], t(x[0], new long[] {3}, 0.1, -0.2, 0.3),
        t(x[0], new long[] {3}, 0.5, 1.5, 2.0), x[1], x[2], false));
    ops.put("layer_norm", x -> F.layer_norm(x[0], new long[] {4}, x[1], x[2], 1e-5));
    ops.put("layer_norm_2d", x -> F.layer_norm(x[0], new long[] {3, 4}));
    ops.put("group_norm", x -> F.group_norm(x[0], 2, x[1], x[2], 1e-5));
    ops.put("group_norm_noaffine", x -> F.group_norm(x[0], 3));
    ops.put("instance_norm", x -> F.instance_norm(x[0]));
    ops.put("embedding", x -> F.embedding(longs(new long[] {2, 3}, 0, 4, 2, 2, 1, 0), x[0]));
    ops.put("embedding_padding", x -> F.embedding(longs(new long[] {4}, 0, 4, 2, 2), x[0], 2L));
    ops.put("embedding_bag_sum", x -> F.embedding_bag(bag(), x[0], bagOffsets(), "sum"));
    ops.put("embedding_bag_mean", x -> F.embedding_bag(bag(), x[0], bagOffsets()));
    ops.put("embedding_bag_max", x -> F.embedding_bag(bag(), x[0], bagOffsets(), "max"));
    ops.put("embedding_bag_psw", x -> F.embedding_bag(bag(), x[0], bagOffsets(), null, 2.0, false, "sum", x[1],
        false, null));
    ops.put("embedding_bag_freq", x -> F.embedding_bag(bag(), x[0], bagOffsets(), null, 2.0, true, "mean", null,
        false, null));
    ops.put("kl_div", x -> F.kl_div(x[0], x[1], "batchmean", false));
    ops.put("kl_div_log_target", x -> F.kl_div(x[0], x[1], "sum", true));
    ops.put("margin_ranking_loss", x -> F.margin_ranking_loss(x[0], x[1], signs(x[0], 2, 6), 0.1, "mean"));
    ops.put("hinge_embedding_loss", x -> F.hinge_embedding_loss(x[0], signs(x[0], 4, 3, 4), 0.5, "mean"));
    ops.put("soft_margin_loss", x -> F.soft_margin_loss(x[0], signs(x[0], 6, 3, 4)));
    ops.put("soft_margin_loss_sum", x -> F.soft_margin_loss(x[0], signs(x[0], 7, 3, 4), "sum"));
    ops.put("cosine_embedding_loss", x -> F.cosine_embedding_loss(x[0], x[1],
        t(x[0], new long[] {3}, 1, -1, 1), -0.9, "mean"));
    ops.put("poisson_nll_loss", x -> F.poisson_nll_loss(x[0],
        Torch.arange(12.0).to(x[0].dtype()).view(3, 4).div(4L)));
    ops.put("poisson_nll_loss_full", x -> F.poisson_nll_loss(x[0],
        Torch.arange(12.0).to(x[0].dtype()).view(3, 4).div(3L), false, true, 1e-8, "sum"));
    ops.put("gaussian_nll_loss", x -> F.gaussian_nll_loss(x[0], x[1], x[2]));
    ops.put("gaussian_nll_loss_full", x -> F.gaussian_nll_loss(x[0], x[1], x[2], true, 1e-6, "none"));
    ops.put("triplet_margin_loss", x -> F.triplet_margin_loss(x[0], x[1], x[2], 2.0, 2.0, 1e-6, false, "mean"));
    ops.put("triplet_margin_loss_swap", x -> F.triplet_margin_loss(x[0], x[1], x[2], 3.0, 1.5, 1e-6, true, "mean"));
    ops.put("multilabel_soft_margin_loss", x -> F.multilabel_soft_margin_loss(x[0], x[1]));
    ops.put("multilabel_soft_margin_loss_weight", x -> F.multilabel_soft_margin_loss(x[0],
        t(x[0], new long[] {3, 4}, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1),
        t(x[0], new long[] {4}, 0.5, 1.0, 2.0, 1.5), "none"));
  }
}
