package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_enum.py}'s {@code OPS} table ({@code
 * fixtures/autograd_enum.json}), each the Java spelling of the recorded Python lambda;
 * registered through {@link GradCases#OPS}.
 */
final class EnumGradCases {
  private EnumGradCases() {}

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("asinh", x -> Torch.asinh(x[0]));
    m.put("acosh", x -> Torch.acosh(x[0].add(1.5)));
    m.put("atanh", x -> Torch.atanh(x[0]));
    m.put("erfc", x -> Torch.erfc(x[0]));
    m.put("erfinv", x -> Torch.erfinv(x[0]));
    m.put("lgamma", x -> Torch.lgamma(x[0]));
    m.put("lgamma_neg", x -> Torch.lgamma(x[0].neg().sub(0.25)));
    m.put("digamma", x -> Torch.digamma(x[0]));
    m.put("digamma_neg", x -> Torch.digamma(x[0].neg().sub(0.25)));
    m.put("digamma_small", x -> Torch.digamma(x[0].mul(0.1)));
    m.put("i0", x -> Torch.i0(x[0]));
    m.put("i0_large", x -> Torch.i0(x[0].mul(8.0)));
    m.put("arcsinh", x -> Torch.arcsinh(x[0]));
    m.put("arccosh", x -> Torch.arccosh(x[0].add(1.5)));
    m.put("arctanh", x -> Torch.arctanh(x[0]));
    m.put("erfc_", x -> x[0].mul(1L).erfc_());
    m.put("erfinv_", x -> x[0].mul(1L).erfinv_());
    m.put("lgamma_", x -> x[0].mul(1L).lgamma_());
    m.put("digamma_", x -> x[0].mul(1L).digamma_());
    m.put("i0_", x -> x[0].mul(1L).i0_());
    m.put("special_erf", x -> Torch.special_erf(x[0]));
    m.put("special_erfc", x -> Torch.special_erfc(x[0]));
    m.put("special_erfinv", x -> Torch.special_erfinv(x[0]));
    m.put("special_expit", x -> Torch.special_expit(x[0]));
    m.put("special_logit", x -> Torch.special_logit(Torch.sigmoid(x[0])));
    m.put("special_logit_eps", x -> Torch.special_logit(Torch.sigmoid(x[0].mul(3L)), 0.2));
    m.put("special_xlogy", x -> Torch.special_xlogy(x[0], x[1]));
    m.put("special_xlogy_scalar", x -> Torch.special_xlogy(x[0], 2.5));
    m.put("special_xlogy_rscalar", x -> Torch.special_xlogy(3L, x[0]));
    m.put("special_exp2", x -> Torch.special_exp2(x[0]));
    m.put("special_expm1", x -> Torch.special_expm1(x[0]));
    m.put("special_log1p", x -> Torch.special_log1p(x[0]));
    m.put("special_sinc", x -> Torch.special_sinc(x[0]));
    m.put("special_gammaln", x -> Torch.special_gammaln(x[0]));
    m.put("special_digamma", x -> Torch.special_digamma(x[0]));
    m.put("special_psi", x -> Torch.special_psi(x[0]));
    m.put("special_round", x -> Torch.special_round(x[0]));
    m.put("special_i0", x -> Torch.special_i0(x[0]));
  }
}
