package dev.torchnd.compat;

import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_special.json} ({@code recorder/record_ops_special.py}, whose
 * docstring defines each op name and argument list): polygamma and mvlgamma, their in-place
 * forms and {@code torch.special} aliases. Registered through {@link OpRegistry#OPS}.
 */
final class SpecialOps {
  private SpecialOps() {}

  static void addTo(Map<String, Op> m) {
    m.put("polygamma", a -> Torch.polygamma(a.l(0), a.t(1)));
    m.put("polygamma_", a -> a.t(0).polygamma_(a.l(1)));
    m.put("special_polygamma", a -> Torch.special_polygamma(a.l(0), a.t(1)));
    m.put("mvlgamma", a -> Torch.mvlgamma(a.t(0), a.l(1)));
    m.put("mvlgamma_", a -> a.t(0).mvlgamma_(a.l(1)));
    m.put("special_multigammaln", a -> Torch.special_multigammaln(a.t(0), a.l(1)));
  }
}
