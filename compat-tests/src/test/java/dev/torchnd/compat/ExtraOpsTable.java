package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Args;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_extra.json} ({@code recorder/record_ops_extra.py}, whose
 * docstring defines each op name and argument list): the matrix, shape, elementwise and indexing
 * extras of issue 11. Registered through {@link OpRegistry#OPS}.
 */
final class ExtraOpsTable {
  private ExtraOpsTable() {}

  /** {@code f(self, a, b[, beta, alpha])}, with the long overload when both scalars are ints. */
  @FunctionalInterface
  interface Ba3 {
    Tensor f(Tensor s, Tensor a, Tensor b);
  }

  @FunctionalInterface
  interface BaD {
    Tensor f(Tensor s, Tensor a, Tensor b, double beta, double alpha);
  }

  @FunctionalInterface
  interface BaL {
    Tensor f(Tensor s, Tensor a, Tensor b, long beta, long alpha);
  }

  private static boolean integral(Object o) {
    return o instanceof Long || o instanceof Boolean;
  }

  private static long asLong(Object o) {
    return o instanceof Boolean b ? (b ? 1 : 0) : (Long) o;
  }

  static Op betaAlpha(Ba3 plain, BaD dbl, BaL lng) {
    return a -> {
      if (!a.has(3)) {
        return plain.f(a.t(0), a.t(1), a.t(2));
      }
      if (integral(a.get(3)) && integral(a.get(4)) && lng != null) {
        return lng.f(a.t(0), a.t(1), a.t(2), asLong(a.get(3)), asLong(a.get(4)));
      }
      return dbl.f(a.t(0), a.t(1), a.t(2), a.d(3), a.d(4));
    };
  }

  static void addTo(Map<String, Op> m) {
    m.put("addmv", betaAlpha(Torch::addmv, Torch::addmv, Torch::addmv));
    m.put("addr", betaAlpha(Torch::addr, Torch::addr, Torch::addr));
    m.put("baddbmm", betaAlpha(Torch::baddbmm, Torch::baddbmm, Torch::baddbmm));
    m.put("addbmm", betaAlpha(Torch::addbmm, Torch::addbmm, Torch::addbmm));
    m.put("addmv_", betaAlpha((s, x, y) -> s.addmv_(x, y), (s, x, y, b, c) -> s.addmv_(x, y, b, c), null));
    m.put("addr_", betaAlpha((s, x, y) -> s.addr_(x, y), (s, x, y, b, c) -> s.addr_(x, y, b, c), null));
    m.put("baddbmm_", betaAlpha((s, x, y) -> s.baddbmm_(x, y), (s, x, y, b, c) -> s.baddbmm_(x, y, b, c), null));
    m.put("addbmm_", betaAlpha((s, x, y) -> s.addbmm_(x, y), (s, x, y, b, c) -> s.addbmm_(x, y, b, c), null));
    m.put("tensordot", a -> !a.has(2) ? Torch.tensordot(a.t(0), a.t(1))
        : a.has(3) ? Torch.tensordot(a.t(0), a.t(1), a.dimList(2), a.dimList(3))
        : Torch.tensordot(a.t(0), a.t(1), a.l(2)));
    m.put("inner", a -> Torch.inner(a.t(0), a.t(1)));
    m.put("inner_method", a -> a.t(0).inner(a.t(1)));
    m.put("vdot", a -> Torch.vdot(a.t(0), a.t(1)));
    m.put("vdot_method", a -> a.t(0).vdot(a.t(1)));
    m.put("matrix_power", a -> Torch.matrix_power(a.t(0), a.l(1)));
    m.put("linalg_matrix_power", a -> Torch.linalg_matrix_power(a.t(0), a.l(1)));
    m.put("chain_matmul", a -> Torch.chain_matmul(a.tensors(0).toArray(new Tensor[0])));
    m.put("linalg_multi_dot", a -> Torch.linalg_multi_dot(a.tensors(0)));
    m.put("cdist", a -> a.has(2) ? Torch.cdist(a.t(0), a.t(1), a.d(2)) : Torch.cdist(a.t(0), a.t(1)));
    m.put("linalg_vector_norm", ExtraOpsTable::vectorNorm);
    m.put("linalg_matrix_norm", ExtraOpsTable::matrixNorm);
    m.put("linalg_solve", a -> Torch.linalg_solve(a.t(0), a.t(1)));
  }

  private static Object vectorNorm(Args a) {
    Tensor x = a.t(0);
    if (!a.has(1)) {
      return Torch.linalg_vector_norm(x);
    }
    if (!a.has(2)) {
      return Torch.linalg_vector_norm(x, a.d(1));
    }
    return a.isInts(2) ? Torch.linalg_vector_norm(x, a.d(1), a.dimList(2), a.b(3))
        : Torch.linalg_vector_norm(x, a.d(1), a.i(2), a.b(3));
  }

  private static Object matrixNorm(Args a) {
    Tensor x = a.t(0);
    if (!a.has(1)) {
      return Torch.linalg_matrix_norm(x);
    }
    if (!a.has(2)) {
      return a.isStr(1) ? Torch.linalg_matrix_norm(x, a.str(1)) : Torch.linalg_matrix_norm(x, a.d(1));
    }
    return a.isStr(1) ? Torch.linalg_matrix_norm(x, a.str(1), a.dimList(2), a.b(3))
        : Torch.linalg_matrix_norm(x, a.d(1), a.dimList(2), a.b(3));
  }
}
