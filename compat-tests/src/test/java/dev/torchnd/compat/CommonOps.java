package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Args;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_common.json} ({@code recorder/record_ops_common.py}, whose
 * docstring defines each op name and argument list): addmm, lerp, hypot, logaddexp, kron, dist,
 * var_mean/std_mean, tril_indices/triu_indices. Registered through {@link OpRegistry#OPS}.
 */
final class CommonOps {
  private CommonOps() {}

  static void addTo(Map<String, Op> m) {
    m.put("addmm", CommonOps::addmm);
    m.put("lerp", a -> a.isT(2) ? Torch.lerp(a.t(0), a.t(1), a.t(2)) : Torch.lerp(a.t(0), a.t(1), a.d(2)));
    m.put("hypot", a -> Torch.hypot(a.t(0), a.t(1)));
    m.put("logaddexp", a -> Torch.logaddexp(a.t(0), a.t(1)));
    m.put("kron", a -> Torch.kron(a.t(0), a.t(1)));
    m.put("dist", a -> a.has(2) ? Torch.dist(a.t(0), a.t(1), a.d(2)) : Torch.dist(a.t(0), a.t(1)));
    m.put("var_mean", a -> stat(a, false));
    m.put("std_mean", a -> stat(a, true));
    m.put("tril_indices", a -> a.has(3) ? Torch.tril_indices(a.l(0), a.l(1), a.l(2), a.dtype(3))
        : a.has(2) ? Torch.tril_indices(a.l(0), a.l(1), a.l(2)) : Torch.tril_indices(a.l(0), a.l(1)));
    m.put("triu_indices", a -> a.has(3) ? Torch.triu_indices(a.l(0), a.l(1), a.l(2), a.dtype(3))
        : a.has(2) ? Torch.triu_indices(a.l(0), a.l(1), a.l(2)) : Torch.triu_indices(a.l(0), a.l(1)));
  }

  private static Object addmm(Args a) {
    if (!a.has(3)) {
      return Torch.addmm(a.t(0), a.t(1), a.t(2));
    }
    if (a.get(3) instanceof Long b && a.get(4) instanceof Long c) {
      return Torch.addmm(a.t(0), a.t(1), a.t(2), b.longValue(), c.longValue());
    }
    return Torch.addmm(a.t(0), a.t(1), a.t(2), a.d(3), a.d(4));
  }

  private static Object stat(Args a, boolean std) {
    Tensor t = a.t(0);
    if (!a.has(1)) {
      return std ? Torch.std_mean(t) : Torch.var_mean(t);
    }
    if (a.get(1) instanceof Boolean u) {
      return std ? Torch.std_mean(t, u) : Torch.var_mean(t, u);
    }
    if (!a.has(2)) {
      return std ? Torch.std_mean(t, a.i(1)) : Torch.var_mean(t, a.i(1));
    }
    return std ? Torch.std_mean(t, a.dims(1), a.b(2), a.b(3)) : Torch.var_mean(t, a.dims(1), a.b(2), a.b(3));
  }
}
