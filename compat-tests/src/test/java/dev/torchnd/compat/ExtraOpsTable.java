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

    m.put("hstack", a -> Torch.hstack(a.tensors(0)));
    m.put("vstack", a -> Torch.vstack(a.tensors(0)));
    m.put("row_stack", a -> Torch.row_stack(a.tensors(0)));
    m.put("dstack", a -> Torch.dstack(a.tensors(0)));
    m.put("column_stack", a -> Torch.column_stack(a.tensors(0)));
    m.put("concat", a -> a.has(1) ? Torch.concat(a.tensors(0), a.i(1))
        : Torch.concat(a.tensors(0).toArray(new Tensor[0])));
    m.put("concatenate", a -> a.has(1) ? Torch.concatenate(a.tensors(0), a.i(1))
        : Torch.concatenate(a.tensors(0).toArray(new Tensor[0])));
    m.put("movedim", a -> a.isInts(1) ? Torch.movedim(a.t(0), a.dims(1), a.dims(2))
        : Torch.movedim(a.t(0), a.i(1), a.i(2)));
    m.put("moveaxis", a -> a.isInts(1) ? Torch.moveaxis(a.t(0), a.dims(1), a.dims(2))
        : Torch.moveaxis(a.t(0), a.i(1), a.i(2)));
    m.put("movedim_method", a -> a.isInts(1) ? a.t(0).movedim(a.dims(1), a.dims(2))
        : a.t(0).movedim(a.i(1), a.i(2)));
    m.put("rot90", a -> !a.has(1) ? Torch.rot90(a.t(0))
        : a.has(2) ? Torch.rot90(a.t(0), a.l(1), a.dims(2)) : Torch.rot90(a.t(0), a.l(1)));
    m.put("rot90_method", a -> !a.has(1) ? a.t(0).rot90()
        : a.has(2) ? a.t(0).rot90(a.l(1), a.dims(2)) : a.t(0).rot90(a.l(1)));
    m.put("tensor_split", a -> tensorSplit(a, false));
    m.put("tensor_split_method", a -> tensorSplit(a, true));
    m.put("hsplit", a -> a.isInts(1) ? Torch.hsplit(a.t(0), a.shape(1)) : Torch.hsplit(a.t(0), a.l(1)));
    m.put("vsplit", a -> a.isInts(1) ? Torch.vsplit(a.t(0), a.shape(1)) : Torch.vsplit(a.t(0), a.l(1)));
    m.put("dsplit", a -> a.isInts(1) ? Torch.dsplit(a.t(0), a.shape(1)) : Torch.dsplit(a.t(0), a.l(1)));
    m.put("hsplit_method", a -> a.isInts(1) ? a.t(0).hsplit(a.shape(1)) : a.t(0).hsplit(a.l(1)));
    m.put("atleast_1d", a -> a.has(1) ? Torch.atleast_1d(all(a)) : Torch.atleast_1d(a.t(0)));
    m.put("atleast_2d", a -> a.has(1) ? Torch.atleast_2d(all(a)) : Torch.atleast_2d(a.t(0)));
    m.put("atleast_3d", a -> a.has(1) ? Torch.atleast_3d(all(a)) : Torch.atleast_3d(a.t(0)));
    m.put("unflatten", a -> a.t(0).unflatten(a.i(1), a.shape(2)));
    m.put("unflatten_fn", a -> Torch.unflatten(a.t(0), a.i(1), a.shape(2)));
    m.put("cartesian_prod", a -> Torch.cartesian_prod(a.tensors(0).toArray(new Tensor[0])));
    m.put("block_diag", a -> Torch.block_diag(a.tensors(0).toArray(new Tensor[0])));
    m.put("logspace", a -> a.has(4) ? Torch.logspace(a.d(0), a.d(1), a.l(2), a.d(3), a.dtype(4))
        : a.has(3) ? Torch.logspace(a.d(0), a.d(1), a.l(2), a.d(3)) : Torch.logspace(a.d(0), a.d(1), a.l(2)));

    m.put("exp2", a -> Torch.exp2(a.t(0)));
    m.put("frac", a -> Torch.frac(a.t(0)));
    m.put("deg2rad", a -> Torch.deg2rad(a.t(0)));
    m.put("rad2deg", a -> Torch.rad2deg(a.t(0)));
    m.put("sgn", a -> Torch.sgn(a.t(0)));
    m.put("sinc", a -> Torch.sinc(a.t(0)));
    m.put("logit", a -> a.has(1) ? Torch.logit(a.t(0), a.d(1)) : Torch.logit(a.t(0)));
    m.put("signbit", a -> Torch.signbit(a.t(0)));
    m.put("exp2_", a -> a.t(0).exp2_());
    m.put("frac_", a -> a.t(0).frac_());
    m.put("deg2rad_", a -> a.t(0).deg2rad_());
    m.put("rad2deg_", a -> a.t(0).rad2deg_());
    m.put("sgn_", a -> a.t(0).sgn_());
    m.put("sinc_", a -> a.t(0).sinc_());
    m.put("logit_", a -> a.has(1) ? a.t(0).logit_(a.d(1)) : a.t(0).logit_());
    m.put("square_", a -> a.t(0).square_());
    m.put("xlogy", scalars(Torch::xlogy, Torch::xlogy, Torch::xlogy, Torch::xlogy, Torch::xlogy));
    m.put("xlogy_method", scalars(Tensor::xlogy, Tensor::xlogy, Tensor::xlogy, null, null));
    m.put("xlogy_", scalars(Tensor::xlogy_, Tensor::xlogy_, Tensor::xlogy_, null, null));
    m.put("copysign", scalars(Torch::copysign, Torch::copysign, Torch::copysign, null, null));
    m.put("copysign_method", scalars(Tensor::copysign, Tensor::copysign, Tensor::copysign, null, null));
    m.put("copysign_", scalars(Tensor::copysign_, Tensor::copysign_, Tensor::copysign_, null, null));
    m.put("float_power", scalars(Torch::float_power, Torch::float_power, Torch::float_power,
        Torch::float_power, Torch::float_power));
    m.put("float_power_method", scalars(Tensor::float_power, Tensor::float_power, Tensor::float_power, null, null));
    m.put("float_power_", scalars(Tensor::float_power_, Tensor::float_power_, Tensor::float_power_, null, null));
    m.put("fmax", a -> Torch.fmax(a.t(0), a.t(1)));
    m.put("fmin", a -> Torch.fmin(a.t(0), a.t(1)));
    m.put("gcd", a -> Torch.gcd(a.t(0), a.t(1)));
    m.put("lcm", a -> Torch.lcm(a.t(0), a.t(1)));
    m.put("heaviside", a -> Torch.heaviside(a.t(0), a.t(1)));
    m.put("fmax_method", a -> a.t(0).fmax(a.t(1)));
    m.put("fmin_method", a -> a.t(0).fmin(a.t(1)));
    m.put("gcd_method", a -> a.t(0).gcd(a.t(1)));
    m.put("lcm_method", a -> a.t(0).lcm(a.t(1)));
    m.put("heaviside_method", a -> a.t(0).heaviside(a.t(1)));
    m.put("gcd_", a -> a.t(0).gcd_(a.t(1)));
    m.put("lcm_", a -> a.t(0).lcm_(a.t(1)));
    m.put("heaviside_", a -> a.t(0).heaviside_(a.t(1)));
  }

  @FunctionalInterface
  interface TL {
    Tensor f(Tensor a, long b);
  }

  @FunctionalInterface
  interface TD {
    Tensor f(Tensor a, double b);
  }

  @FunctionalInterface
  interface LT {
    Tensor f(long a, Tensor b);
  }

  @FunctionalInterface
  interface DT {
    Tensor f(double a, Tensor b);
  }

  /** {@code f(t|scalar, t|scalar)} through the Java overloads (null where Python has none). */
  static Op scalars(OpRegistry.TT tt, TL tl, TD td, LT lt, DT dt) {
    return a -> {
      Object x = a.get(0);
      Object y = a.get(1);
      if (x instanceof Long l) {
        return lt.f(l, a.t(1));
      } else if (x instanceof Double d) {
        return dt.f(d, a.t(1));
      } else if (y instanceof Long l) {
        return tl.f(a.t(0), l);
      } else if (y instanceof Double d) {
        return td.f(a.t(0), d);
      }
      return tt.f(a.t(0), a.t(1));
    };
  }

  /** Every argument from 0 on, as tensors (Python's {@code f(*tensors)}). */
  private static Tensor[] all(Args a) {
    java.util.List<Tensor> ts = new java.util.ArrayList<>();
    for (int i = 0; a.has(i); i++) {
      ts.add(a.t(i));
    }
    return ts.toArray(new Tensor[0]);
  }

  private static Object tensorSplit(Args a, boolean method) {
    Tensor x = a.t(0);
    boolean dim = a.has(2);
    int d = dim ? a.i(2) : 0;
    if (a.isT(1)) {
      return method ? x.tensor_split(a.t(1), d) : Torch.tensor_split(x, a.t(1), d);
    }
    if (a.isInts(1)) {
      return method ? x.tensor_split(a.shape(1), d) : Torch.tensor_split(x, a.shape(1), d);
    }
    return method ? x.tensor_split(a.l(1), d) : Torch.tensor_split(x, a.l(1), d);
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
