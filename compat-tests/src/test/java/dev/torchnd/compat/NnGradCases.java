package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_nn.py}'s {@code NN_OPS} table (fixtures/autograd_nn.json),
 * under the same names; registered through {@link GradCases#OPS} so the autograd replay and the
 * float64 gradcheck cover them.
 */
final class NnGradCases {
  private NnGradCases() {}

  private static Tensor tgt4() {
    return Torch.tensor(new long[] {1, 0, 4, 2}, new long[] {4}, DType.int64);
  }

  private static Tensor w5(Tensor like) {
    return Torch.tensor(new double[] {0.5, 1.0, 2.0, 1.5, 0.25}, new long[] {5}, like.dtype());
  }

  private static Tensor vec4(Tensor like, double... v) {
    return Torch.tensor(v, new long[] {4}, like.dtype());
  }

  static void addTo(Map<String, Function<Tensor[], Tensor>> ops) {
    ops.put("softmax_1", x -> Torch.softmax(x[0], 1));
    ops.put("softmax_0", x -> Torch.softmax(x[0], 0));
    ops.put("log_softmax_1", x -> Torch.log_softmax(x[0], 1));
    ops.put("log_softmax_0", x -> Torch.log_softmax(x[0], 0));
    ops.put("logsumexp_1", x -> Torch.logsumexp(x[0], 1));
    ops.put("logsumexp_0_keep", x -> Torch.logsumexp(x[0], 0, true));
    ops.put("logsumexp_02", x -> Torch.logsumexp(x[0], new int[] {0, 2}, false));
    ops.put("leaky_relu", x -> F.leaky_relu(x[0], 0.2));
    ops.put("gelu", x -> F.gelu(x[0]));
    ops.put("gelu_tanh", x -> F.gelu(x[0], "tanh"));
    ops.put("linear", x -> F.linear(x[0], x[1], x[2]));
    ops.put("linear_nobias", x -> F.linear(x[0], x[1]));
    ops.put("linear_1d", x -> F.linear(x[0], x[1], x[2]));
    ops.put("linear_3d", x -> F.linear(x[0], x[1], x[2]));
    ops.put("pad", x -> F.pad(x[0], new long[] {1, 2, -1, 1}, "constant", 0.5));
    ops.put("mse_loss", x -> F.mse_loss(x[0], x[1]));
    ops.put("mse_loss_sum", x -> F.mse_loss(x[0], x[1], "sum"));
    ops.put("mse_loss_none", x -> F.mse_loss(x[0], x[1], "none"));
    ops.put("mse_loss_bcast", x -> F.mse_loss(x[0], x[1]));
    ops.put("l1_loss", x -> F.l1_loss(x[0], x[1]));
    ops.put("smooth_l1_loss", x -> F.smooth_l1_loss(x[0], x[1], "mean", 0.7));
    ops.put("smooth_l1_loss_sum", x -> F.smooth_l1_loss(x[0], x[1], "sum"));
    ops.put("huber_loss", x -> F.huber_loss(x[0], x[1], "mean", 0.8));
    ops.put("huber_loss_none", x -> F.huber_loss(x[0], x[1], "none"));
    ops.put("cross_entropy", x -> F.cross_entropy(x[0], tgt4()));
    ops.put("cross_entropy_sum", x -> F.cross_entropy(x[0], tgt4(), "sum"));
    ops.put("cross_entropy_none", x -> F.cross_entropy(x[0], tgt4(), "none"));
    ops.put("cross_entropy_weight", x -> F.cross_entropy(x[0], tgt4(), w5(x[0]), -100, "mean", 0.0));
    ops.put("cross_entropy_ignore", x -> F.cross_entropy(
        x[0], Torch.tensor(new long[] {1, -100, 4, 2}, new long[] {4}, DType.int64)));
    ops.put("cross_entropy_smooth", x -> F.cross_entropy(x[0], tgt4(), null, -100, "mean", 0.2));
    ops.put("cross_entropy_smooth_weight",
        x -> F.cross_entropy(x[0], tgt4(), w5(x[0]), -100, "mean", 0.2));
    ops.put("cross_entropy_probs", x -> F.cross_entropy(x[0], x[1].div(x[1].sum(1, true))));
    ops.put("nll_loss", x -> F.nll_loss(x[0], tgt4()));
    ops.put("nll_loss_none_weight", x -> F.nll_loss(x[0], tgt4(), w5(x[0]), -100, "none"));
    ops.put("bce", x -> F.binary_cross_entropy(x[0], x[1]));
    ops.put("bce_weight_sum",
        x -> F.binary_cross_entropy(x[0], x[1], vec4(x[0], 1.0, 2.0, 0.5, 1.5), "sum"));
    ops.put("bce_logits", x -> F.binary_cross_entropy_with_logits(x[0], x[1]));
    ops.put("bce_logits_pos_weight", x -> F.binary_cross_entropy_with_logits(
        x[0], x[1], null, "mean", vec4(x[0], 1.0, 2.0, 0.5, 3.0)));
  }
}
