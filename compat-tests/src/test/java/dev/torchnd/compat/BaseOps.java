package dev.torchnd.compat;

import static dev.torchnd.compat.OpRegistry.bin;
import static dev.torchnd.compat.OpRegistry.bin3;
import static dev.torchnd.compat.OpRegistry.bin4;
import static dev.torchnd.compat.OpRegistry.rbin;
import static dev.torchnd.compat.OpRegistry.rbit;
import static dev.torchnd.compat.OpRegistry.un;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Args;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops.json}, recorded by {@code recorder/record_ops.py}, whose {@code
 * PY} table defines each op name and its argument list: each entry calls the TorchND API the
 * way the recorded Python called PyTorch. Registered through {@link OpRegistry#OPS}.
 */
final class BaseOps {
  private BaseOps() {}

  static void addTo(Map<String, Op> m) {
    // ---- creation
    m.put("tensor", BaseOps::tensor);
    m.put("zeros", a -> a.has(1) ? Torch.zeros(a.shape(0), a.dtype(1)) : Torch.zeros(a.shape(0)));
    m.put("ones", a -> a.has(1) ? Torch.ones(a.shape(0), a.dtype(1)) : Torch.ones(a.shape(0)));
    m.put("empty", a -> a.has(1) ? Torch.empty(a.shape(0), a.dtype(1)) : Torch.empty(a.shape(0)));
    m.put("full", BaseOps::full);
    m.put("zeros_like", a -> a.has(1) ? Torch.zeros_like(a.t(0), a.dtype(1)) : Torch.zeros_like(a.t(0)));
    m.put("ones_like", a -> a.has(1) ? Torch.ones_like(a.t(0), a.dtype(1)) : Torch.ones_like(a.t(0)));
    m.put("full_like", BaseOps::fullLike);
    m.put("arange", BaseOps::arange);
    m.put("linspace", a -> a.has(3)
        ? Torch.linspace(a.d(0), a.d(1), a.l(2), a.dtype(3)) : Torch.linspace(a.d(0), a.d(1), a.l(2)));
    m.put("eye", BaseOps::eye);
    // ---- shape / view
    m.put("reshape", a -> a.t(0).reshape(a.shape(1)));
    m.put("view", a -> a.t(0).view(a.shape(1)));
    m.put("expand", a -> a.t(0).expand(a.shape(1)));
    m.put("permute", a -> a.t(0).permute(a.dims(1)));
    m.put("flatten", a -> a.has(2) ? a.t(0).flatten(a.i(1), a.i(2))
        : a.has(1) ? a.t(0).flatten(a.i(1)) : a.t(0).flatten());
    m.put("squeeze", a -> a.has(1) ? a.t(0).squeeze(a.i(1)) : a.t(0).squeeze());
    m.put("unsqueeze", a -> a.t(0).unsqueeze(a.i(1)));
    m.put("transpose", a -> a.t(0).transpose(a.i(1), a.i(2)));
    m.put("t", a -> a.t(0).t());
    m.put("T", a -> a.t(0).T());
    m.put("contiguous", a -> a.t(0).contiguous());
    m.put("clone", a -> a.t(0).clone());
    m.put("cat", a -> Torch.cat(a.tensors(0), a.has(1) ? a.i(1) : 0));
    m.put("stack", a -> Torch.stack(a.tensors(0), a.has(1) ? a.i(1) : 0));
    m.put("is_contiguous", a -> a.t(0).is_contiguous());
    m.put("numel", a -> a.t(0).numel());
    m.put("dim", a -> a.t(0).dim());
    m.put("len", a -> a.t(0).len());
    m.put("size", a -> a.has(1) ? (Object) a.t(0).size(a.i(1)) : a.t(0).size());
    // ---- indexing
    m.put("index", a -> a.isT(1) ? a.t(0).get(a.t(1)) : a.t(0).get(a.str(1)));
    m.put("setitem", BaseOps::setitem);
    // ---- unary
    m.put("neg", a -> a.t(0).neg());
    m.put("abs", a -> a.t(0).abs());
    m.put("exp", a -> a.t(0).exp());
    m.put("log", a -> a.t(0).log());
    m.put("sqrt", a -> a.t(0).sqrt());
    m.put("sin", a -> a.t(0).sin());
    m.put("cos", a -> a.t(0).cos());
    m.put("tanh", a -> a.t(0).tanh());
    m.put("sigmoid", a -> a.t(0).sigmoid());
    m.put("relu", a -> a.t(0).relu());
    m.put("floor", a -> a.t(0).floor());
    m.put("logical_not", a -> a.t(0).logical_not());
    // ---- binary: tensor op (tensor | scalar)
    m.put("add", bin(Tensor::add, Tensor::add, Tensor::add));
    m.put("sub", bin(Tensor::sub, Tensor::sub, Tensor::sub));
    m.put("mul", bin(Tensor::mul, Tensor::mul, Tensor::mul));
    m.put("div", bin(Tensor::div, Tensor::div, Tensor::div));
    m.put("pow", bin(Tensor::pow, Tensor::pow, Tensor::pow));
    m.put("floor_divide", bin(Tensor::floor_divide, Tensor::floor_divide, Tensor::floor_divide));
    m.put("remainder", bin(Tensor::remainder, Tensor::remainder, Tensor::remainder));
    m.put("eq", bin(Tensor::eq, Tensor::eq, Tensor::eq));
    m.put("ne", bin(Tensor::ne, Tensor::ne, Tensor::ne));
    m.put("lt", bin(Tensor::lt, Tensor::lt, Tensor::lt));
    m.put("le", bin(Tensor::le, Tensor::le, Tensor::le));
    m.put("gt", bin(Tensor::gt, Tensor::gt, Tensor::gt));
    m.put("ge", bin(Tensor::ge, Tensor::ge, Tensor::ge));
    m.put("maximum", a -> a.t(0).maximum(a.t(1)));
    m.put("minimum", a -> a.t(0).minimum(a.t(1)));
    m.put("logical_and", a -> a.t(0).logical_and(a.t(1)));
    m.put("logical_or", a -> a.t(0).logical_or(a.t(1)));
    // ---- binary: Python scalar op tensor
    m.put("radd", rbin(Torch::add, Torch::add, Torch::add));
    m.put("rsub", rbin(Torch::sub, Torch::sub, Torch::sub));
    m.put("rmul", rbin(Torch::mul, Torch::mul, Torch::mul));
    m.put("rdiv", rbin(Torch::div, Torch::div, Torch::div));
    m.put("rpow", rbin(Torch::pow, Torch::pow, Torch::pow));
    m.put("rfloor_divide", rbin(Torch::floor_divide, Torch::floor_divide, Torch::floor_divide));
    m.put("rremainder", rbin(Torch::remainder, Torch::remainder, Torch::remainder));
    m.put("clamp", BaseOps::clamp);
    m.put("where", BaseOps::where);
    // ---- in-place
    m.put("add_", bin(Tensor::add_, Tensor::add_, Tensor::add_));
    m.put("sub_", bin(Tensor::sub_, Tensor::sub_, Tensor::sub_));
    m.put("mul_", bin(Tensor::mul_, Tensor::mul_, Tensor::mul_));
    m.put("div_", bin(Tensor::div_, Tensor::div_, Tensor::div_));
    m.put("pow_", bin(Tensor::pow_, Tensor::pow_, Tensor::pow_));
    m.put("floor_divide_", bin(Tensor::floor_divide_, Tensor::floor_divide_, Tensor::floor_divide_));
    m.put("remainder_", bin(Tensor::remainder_, Tensor::remainder_, Tensor::remainder_));
    m.put("clamp_", BaseOps::clampInPlace);
    m.put("neg_", a -> a.t(0).neg_());
    m.put("abs_", a -> a.t(0).abs_());
    m.put("exp_", a -> a.t(0).exp_());
    m.put("sqrt_", a -> a.t(0).sqrt_());
    m.put("zero_", a -> a.t(0).zero_());
    m.put("fill_", BaseOps::fill);
    // ---- reductions: (t) | (t, dim) | (t, dim, keepdim); dim may be a list for sum/mean
    m.put("sum", a -> !a.has(1) ? a.t(0).sum() : a.isInts(1) ? a.t(0).sum(a.dims(1), a.b(2))
        : a.has(2) ? a.t(0).sum(a.i(1), a.b(2)) : a.t(0).sum(a.i(1)));
    m.put("mean", a -> !a.has(1) ? a.t(0).mean() : a.isInts(1) ? a.t(0).mean(a.dims(1), a.b(2))
        : a.has(2) ? a.t(0).mean(a.i(1), a.b(2)) : a.t(0).mean(a.i(1)));
    m.put("prod", a -> !a.has(1) ? a.t(0).prod() : a.has(2) ? a.t(0).prod(a.i(1), a.b(2)) : a.t(0).prod(a.i(1)));
    m.put("max", a -> !a.has(1) ? a.t(0).max() : a.has(2) ? a.t(0).max(a.i(1), a.b(2)) : a.t(0).max(a.i(1)));
    m.put("min", a -> !a.has(1) ? a.t(0).min() : a.has(2) ? a.t(0).min(a.i(1), a.b(2)) : a.t(0).min(a.i(1)));
    m.put("argmax", a -> !a.has(1) ? a.t(0).argmax() : a.has(2) ? a.t(0).argmax(a.i(1), a.b(2)) : a.t(0).argmax(a.i(1)));
    m.put("argmin", a -> !a.has(1) ? a.t(0).argmin() : a.has(2) ? a.t(0).argmin(a.i(1), a.b(2)) : a.t(0).argmin(a.i(1)));
    m.put("all", a -> !a.has(1) ? a.t(0).all() : a.has(2) ? a.t(0).all(a.i(1), a.b(2)) : a.t(0).all(a.i(1)));
    m.put("any", a -> !a.has(1) ? a.t(0).any() : a.has(2) ? a.t(0).any(a.i(1), a.b(2)) : a.t(0).any(a.i(1)));
    m.put("cumsum", a -> a.t(0).cumsum(a.i(1)));
    // ---- linear algebra
    m.put("dot", a -> a.t(0).dot(a.t(1)));
    m.put("mv", a -> a.t(0).mv(a.t(1)));
    m.put("mm", a -> a.t(0).mm(a.t(1)));
    m.put("matmul", a -> a.t(0).matmul(a.t(1)));
    m.put("norm", BaseOps::norm);
    m.put("linalg_norm", BaseOps::linalgNorm);
    // ---- conversions
    m.put("item", a -> a.t(0).itemObject());
    m.put("set_num_threads", BaseOps::setNumThreads);
    m.put("tolist", a -> a.t(0).tolist());
    m.put("int", a -> a.t(0).longValue());
    m.put("float", a -> a.t(0).doubleValue());
    m.put("bool", a -> a.t(0).booleanValue());
    m.put("to", a -> a.t(0).to(a.dtype(1)));
  }

  private static Object tensor(Args a) {
    DType dt = a.has(1) ? a.dtype(1) : null;
    Object data = a.get(0);
    if (dt == null) {
      if (data instanceof Double d) {
        return Torch.tensor(d.doubleValue());
      } else if (data instanceof Long l) {
        return Torch.tensor(l.longValue());
      } else if (data instanceof Boolean b) {
        return Torch.tensor(b.booleanValue());
      }
      return Torch.tensor(data);
    }
    return Torch.tensor(data, dt);
  }

  private static Object full(Args a) {
    long[] shape = a.shape(0);
    Object v = a.get(1);
    if (!a.has(2)) {
      if (v instanceof Long l) {
        return Torch.full(shape, l.longValue());
      } else if (v instanceof Double d) {
        return Torch.full(shape, d.doubleValue());
      }
      return Torch.full(shape, (Boolean) v);
    }
    DType dt = a.dtype(2);
    if (v instanceof Long l) {
      return Torch.full(shape, l.longValue(), dt);
    } else if (v instanceof Double d) {
      return Torch.full(shape, d.doubleValue(), dt);
    }
    // No full(long[], boolean, DType): True/False fill exactly like 1/0 once a dtype is given.
    return Torch.full(shape, ((Boolean) v) ? 1L : 0L, dt);
  }

  private static Object fullLike(Args a) {
    if (a.has(2)) {
      throw new OpRegistry.ApiGap("full_like(Tensor, <scalar>, DType)");
    }
    Object v = a.get(1);
    if (v instanceof Long l) {
      return Torch.full_like(a.t(0), l.longValue());
    } else if (v instanceof Double d) {
      return Torch.full_like(a.t(0), d.doubleValue());
    }
    throw new OpRegistry.ApiGap("full_like(Tensor, boolean)");
  }

  /** Python's arange picks int64 when all of start/end/step are ints, else the default dtype. */
  /** {@code torch.set_num_threads(n)}, then the count read back; the previous count is restored. */
  private static Object setNumThreads(Args a) {
    int prev = Torch.get_num_threads();
    Torch.set_num_threads(a.i(0));
    try {
      return (long) Torch.get_num_threads();
    } finally {
      Torch.set_num_threads(prev);
    }
  }

  private static Object arange(Args a) {
    int n = a.n();
    DType dt = null;
    if (n > 0 && a.isDtype(n - 1)) {
      dt = a.dtype(n - 1);
      n--;
    }
    boolean allInt = true;
    for (int i = 0; i < n; i++) {
      allInt &= a.get(i) instanceof Long;
    }
    if (dt != null) {
      if (n == 1 && allInt) {
        return Torch.arange(a.l(0), dt);
      }
      double start = n == 1 ? 0 : a.d(0);
      double end = n == 1 ? a.d(0) : a.d(1);
      double step = n == 3 ? a.d(2) : 1;
      return Torch.arange(start, end, step, dt);
    }
    if (allInt) {
      return switch (n) {
        case 1 -> Torch.arange(a.l(0));
        case 2 -> Torch.arange(a.l(0), a.l(1));
        default -> Torch.arange(a.l(0), a.l(1), a.l(2));
      };
    }
    return switch (n) {
      case 1 -> Torch.arange(a.d(0));
      case 2 -> Torch.arange(a.d(0), a.d(1));
      default -> Torch.arange(a.d(0), a.d(1), a.d(2));
    };
  }

  private static Object eye(Args a) {
    int n = a.n();
    DType dt = null;
    if (a.isDtype(n - 1)) {
      dt = a.dtype(n - 1);
      n--;
    }
    long rows = a.l(0);
    long cols = n == 2 ? a.l(1) : rows;
    if (dt != null) {
      return Torch.eye(rows, cols, dt);
    }
    return n == 2 ? Torch.eye(rows, cols) : Torch.eye(rows);
  }

  private static Object setitem(Args a) {
    Tensor x = a.t(0);
    Object v = a.get(2);
    if (a.isT(1)) {
      Tensor idx = a.t(1);
      if (v instanceof Tensor t) {
        x.set(idx, t);
      } else if (v instanceof Double d) {
        x.set(idx, d.doubleValue());
      } else if (v instanceof Long l) {
        // No set(Tensor, long): a Java double holds these small integers exactly.
        x.set(idx, l.doubleValue());
      } else {
        x.set(idx, ((Boolean) v) ? 1.0 : 0.0);
      }
      return x;
    }
    String idx = a.str(1);
    if (v instanceof Tensor t) {
      x.set(idx, t);
    } else if (v instanceof Double d) {
      x.set(idx, d.doubleValue());
    } else if (v instanceof Long l) {
      x.set(idx, l.longValue());
    } else {
      x.set(idx, ((Boolean) v).booleanValue());
    }
    return x;
  }

  private static Object clamp(Args a) {
    Tensor x = a.t(0);
    Object lo = a.get(1);
    Object hi = a.get(2);
    if (lo instanceof Tensor || hi instanceof Tensor) {
      return x.clamp(a.optTensor(1), a.optTensor(2));
    }
    if (lo instanceof Boolean || hi instanceof Boolean) {
      // No clamp(boolean, boolean): a Python bool bound acts exactly as a 0-d bool tensor.
      return x.clamp(lo == null ? null : a.scalarTensor(1, 0, "clamp(Tensor, boolean, ...)"),
          hi == null ? null : a.scalarTensor(2, 0, "clamp(Tensor, ..., boolean)"));
    }
    if (lo == null || hi == null) {
      Object only = lo != null ? lo : hi;
      if (only == null) {
        return x.clamp((Double) null, (Double) null);
      } else if (only instanceof Long l) {
        return lo != null ? x.clamp_min(l.longValue()) : x.clamp_max(l.longValue());
      }
      double d = (Double) only;
      return lo != null ? x.clamp_min(d) : x.clamp_max(d);
    }
    if (lo instanceof Long l && hi instanceof Long h) {
      return x.clamp(l.longValue(), h.longValue());
    }
    return x.clamp(((Number) lo).doubleValue(), ((Number) hi).doubleValue());
  }

  private static Object clampInPlace(Args a) {
    Object lo = a.get(1);
    Object hi = a.get(2);
    if (lo instanceof Tensor || hi instanceof Tensor) {
      return a.t(0).clamp_(a.optTensor(1), a.optTensor(2));
    }
    if ((lo == null || lo instanceof Long) && (hi == null || hi instanceof Long)) {
      return a.t(0).clamp_((Long) lo, (Long) hi);
    }
    return a.t(0).clamp_(
        lo == null ? null : ((Number) lo).doubleValue(), hi == null ? null : ((Number) hi).doubleValue());
  }

  private static Object where(Args a) {
    Tensor c = a.t(0);
    Object x = a.get(1);
    Object y = a.get(2);
    if (x instanceof Tensor tx && y instanceof Tensor ty) {
      return Torch.where(c, tx, ty);
    }
    if (x instanceof Tensor tx && y instanceof Double d) {
      return Torch.where(c, tx, d.doubleValue());
    }
    if (x instanceof Long l && y instanceof Long m) {
      return Torch.where(c, l.longValue(), m.longValue());
    }
    if (!(x instanceof Tensor) && !(y instanceof Tensor)) {
      // where(cond, 1, 0.0): any float makes the result float, exactly as where(cond, 1.0, 0.0).
      return Torch.where(c, ((Number) x).doubleValue(), ((Number) y).doubleValue());
    }
    if (x instanceof Tensor tx && y instanceof Long l) {
      return Torch.where(c, tx, l.longValue());
    }
    if (y instanceof Tensor ty && x instanceof Long l) {
      return Torch.where(c, l.longValue(), ty);
    }
    if (y instanceof Tensor ty && x instanceof Double d) {
      return Torch.where(c, d.doubleValue(), ty);
    }
    Tensor tx = x instanceof Tensor t ? t : a.scalarTensor(1, 2, "where(Tensor, <scalar>, Tensor)");
    Tensor ty = y instanceof Tensor t ? t : a.scalarTensor(2, 1, "where(Tensor, Tensor, boolean)");
    return Torch.where(c, tx, ty);
  }

  private static Object fill(Args a) {
    Object v = a.get(1);
    if (v instanceof Long l) {
      return a.t(0).fill_(l.longValue());
    } else if (v instanceof Double d) {
      return a.t(0).fill_(d.doubleValue());
    }
    // No fill_(boolean): True/False fill exactly like 1/0.
    return a.t(0).fill_(((Boolean) v) ? 1L : 0L);
  }

  private static Object norm(Args a) {
    Tensor x = a.t(0);
    if (!a.has(1)) {
      return x.norm();
    }
    boolean keepdim = a.has(3) && a.b(3);
    if (a.isStr(1)) {
      int[] dims = a.has(2) ? a.dimList(2) : null;
      return Torch.norm(x, a.str(1), dims, keepdim);
    }
    double p = a.d(1);
    if (!a.has(2)) {
      return x.norm(p);
    }
    return a.isInts(2) ? x.norm(p, a.dims(2), keepdim) : x.norm(p, a.i(2), keepdim);
  }

  private static Object linalgNorm(Args a) {
    Tensor x = a.t(0);
    int[] dims = a.isNone(2) ? null : a.dimList(2);
    boolean keepdim = a.b(3);
    if (a.isStr(1)) {
      return Torch.linalg_norm(x, a.str(1), dims, keepdim);
    }
    Double ord = a.isNone(1) ? null : a.d(1);
    return Torch.linalg_norm(x, ord, dims, keepdim);
  }
}
