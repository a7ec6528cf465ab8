package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_special.py}'s {@code OPS} table ({@code
 * fixtures/autograd_special.json}), each the Java spelling of the recorded Python lambda;
 * registered through {@link GradCases#OPS}.
 */
final class SpecialGradCases {
  private SpecialGradCases() {}

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("polygamma", x -> Torch.polygamma(2, x[0]));
    m.put("polygamma_0", x -> Torch.polygamma(0, x[0]));
    m.put("polygamma_1", x -> Torch.polygamma(1, x[0]));
    m.put("polygamma_3_neg", x -> Torch.polygamma(3, x[0].neg().sub(0.25)));
    m.put("polygamma_4_large", x -> Torch.polygamma(4, x[0].mul(6.0)));
    m.put("polygamma_", x -> x[0].mul(1L).polygamma_(2));
    m.put("special_polygamma", x -> Torch.special_polygamma(3, x[0]));
    m.put("mvlgamma", x -> Torch.mvlgamma(x[0].add(1.0), 3));
    m.put("mvlgamma_1", x -> Torch.mvlgamma(x[0], 1));
    m.put("mvlgamma_", x -> x[0].add(1.0).mvlgamma_(2));
    m.put("special_multigammaln", x -> Torch.special_multigammaln(x[0].add(2.0), 4));
  }
}
