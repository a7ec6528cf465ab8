package dev.torchnd.compat;

import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_enum.json} ({@code recorder/record_ops_enum.py}, whose docstring
 * defines each op name and argument list): the inverse hyperbolics and special functions of
 * issue 11 step 2, their arc* and {@code torch.special} aliases. Registered through {@link
 * OpRegistry#OPS}.
 */
final class EnumOps {
  private EnumOps() {}

  static void addTo(Map<String, Op> m) {
    m.put("asinh", a -> Torch.asinh(a.t(0)));
    m.put("asinh_", a -> a.t(0).asinh_());
    m.put("acosh", a -> Torch.acosh(a.t(0)));
    m.put("acosh_", a -> a.t(0).acosh_());
    m.put("atanh", a -> Torch.atanh(a.t(0)));
    m.put("atanh_", a -> a.t(0).atanh_());
    m.put("erfc", a -> Torch.erfc(a.t(0)));
    m.put("erfc_", a -> a.t(0).erfc_());
    m.put("erfinv", a -> Torch.erfinv(a.t(0)));
    m.put("erfinv_", a -> a.t(0).erfinv_());
    m.put("lgamma", a -> Torch.lgamma(a.t(0)));
    m.put("lgamma_", a -> a.t(0).lgamma_());
    m.put("digamma", a -> Torch.digamma(a.t(0)));
    m.put("digamma_", a -> a.t(0).digamma_());
    m.put("i0", a -> Torch.i0(a.t(0)));
    m.put("i0_", a -> a.t(0).i0_());
    m.put("arcsinh", a -> Torch.arcsinh(a.t(0)));
    m.put("arcsinh_", a -> a.t(0).arcsinh_());
    m.put("arccosh", a -> Torch.arccosh(a.t(0)));
    m.put("arccosh_", a -> a.t(0).arccosh_());
    m.put("arctanh", a -> Torch.arctanh(a.t(0)));
    m.put("arctanh_", a -> a.t(0).arctanh_());
    m.put("special_erf", a -> Torch.special_erf(a.t(0)));
    m.put("special_erfc", a -> Torch.special_erfc(a.t(0)));
    m.put("special_erfinv", a -> Torch.special_erfinv(a.t(0)));
    m.put("special_expit", a -> Torch.special_expit(a.t(0)));
    m.put("special_exp2", a -> Torch.special_exp2(a.t(0)));
    m.put("special_expm1", a -> Torch.special_expm1(a.t(0)));
    m.put("special_log1p", a -> Torch.special_log1p(a.t(0)));
    m.put("special_sinc", a -> Torch.special_sinc(a.t(0)));
    m.put("special_gammaln", a -> Torch.special_gammaln(a.t(0)));
    m.put("special_digamma", a -> Torch.special_digamma(a.t(0)));
    m.put("special_psi", a -> Torch.special_psi(a.t(0)));
    m.put("special_round", a -> Torch.special_round(a.t(0)));
    m.put("special_i0", a -> Torch.special_i0(a.t(0)));
    m.put("special_logit", a -> a.has(1) ? Torch.special_logit(a.t(0), a.d(1)) : Torch.special_logit(a.t(0)));
    m.put("special_xlogy", ExtraOpsTable.scalars(Torch::special_xlogy, Torch::special_xlogy,
        Torch::special_xlogy, Torch::special_xlogy, Torch::special_xlogy));
  }
}
