package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_common.py}'s {@code OPS} table ({@code
 * fixtures/autograd_common.json}): addmm, lerp, hypot, logaddexp, kron, dist, var_mean/std_mean
 * and matmul's folded forms, each the Java spelling of the recorded Python lambda; registered
 * through {@link GradCases#OPS}.
 */
final class CommonGradCases {
  private CommonGradCases() {}

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("addmm", x -> Torch.addmm(x[0], x[1], x[2]));
    m.put("addmm_beta_alpha", x -> Torch.addmm(x[0], x[1], x[2], 0.5, -2.0));
    m.put("addmm_method", x -> x[0].addmm(x[1], x[2]));
    m.put("lerp_scalar", x -> Torch.lerp(x[0], x[1], 0.3));
    m.put("lerp_scalar_high", x -> x[0].lerp(x[1], 0.8));
    m.put("lerp_tensor", x -> Torch.lerp(x[0], x[1], x[2]));
    m.put("lerp_tensor_bcast", x -> x[0].lerp(x[1], x[2]));
    m.put("hypot", x -> Torch.hypot(x[0], x[1]));
    m.put("hypot_bcast", x -> x[0].hypot(x[1]));
    m.put("logaddexp", x -> Torch.logaddexp(x[0], x[1]));
    m.put("logaddexp_bcast", x -> x[0].logaddexp(x[1]));
    m.put("kron", x -> Torch.kron(x[0], x[1]));
    m.put("kron_method", x -> x[0].kron(x[1]));
    m.put("dist", x -> Torch.dist(x[0], x[1]));
    m.put("dist_p3", x -> x[0].dist(x[1], 3));
    m.put("var_mean_var", x -> Torch.var_mean(x[0])[0]);
    m.put("var_mean_mean", x -> Torch.var_mean(x[0], 1)[1]);
    m.put("var_mean_dims", x -> Torch.var_mean(x[0], new int[] {0, 2}, false, true)[0]);
    m.put("std_mean_std", x -> Torch.std_mean(x[0], 0)[0]);
    m.put("std_mean_mean", x -> Torch.std_mean(x[0])[1]);
    m.put("matmul_2d3d", x -> x[0].matmul(x[1]));
    m.put("matmul_1d3d", x -> x[0].matmul(x[1]));
    m.put("matmul_3d2d_bmm", x -> x[0].permute(0, 2, 1).matmul(x[1]));
  }
}
