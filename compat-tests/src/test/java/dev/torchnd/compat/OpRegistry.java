package dev.torchnd.compat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The op table that replays {@code fixtures/ops.json}: one entry per op name used by the
 * recorder, each a lambda that calls the TorchND API the way the recorded Python called PyTorch.
 * The meaning of every op name and its argument list is defined by the {@code PY} table in
 * {@code compat-tests/recorder/record_ops.py}.
 *
 * <p>Where TorchND has no Java overload for a Python argument combination, the lambda either
 * substitutes an exactly equivalent call (documented at {@link Args#scalarTensor}) or throws
 * {@link ApiGap}, which fails the case with a message naming the missing overload.
 */
final class OpRegistry {
  private OpRegistry() {}

  /** One op: decoded fixture arguments in, a result out. */
  @FunctionalInterface
  interface Op {
    Object apply(Args a);
  }

  /** Thrown when the Java API lacks an overload a fixture needs; never a PyTorch-style error. */
  static final class ApiGap extends AssertionError {
    private static final long serialVersionUID = 1L;

    ApiGap(String signature) {
      super("TorchND API gap: no Java overload for " + signature);
    }
  }

  @FunctionalInterface
  interface TT {
    Tensor f(Tensor a, Tensor b);
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

  static final Map<String, Op> OPS = build();

  private static Map<String, Op> build() {
    Map<String, Op> m = new LinkedHashMap<>();
    // ---- creation
    m.put("tensor", OpRegistry::tensor);
    m.put("zeros", a -> a.has(1) ? Torch.zeros(a.shape(0), a.dtype(1)) : Torch.zeros(a.shape(0)));
    m.put("ones", a -> a.has(1) ? Torch.ones(a.shape(0), a.dtype(1)) : Torch.ones(a.shape(0)));
    m.put("empty", a -> a.has(1) ? Torch.empty(a.shape(0), a.dtype(1)) : Torch.empty(a.shape(0)));
    m.put("full", OpRegistry::full);
    m.put("zeros_like", a -> a.has(1) ? Torch.zeros_like(a.t(0), a.dtype(1)) : Torch.zeros_like(a.t(0)));
    m.put("ones_like", a -> a.has(1) ? Torch.ones_like(a.t(0), a.dtype(1)) : Torch.ones_like(a.t(0)));
    m.put("full_like", OpRegistry::fullLike);
    m.put("arange", OpRegistry::arange);
    m.put("linspace", a -> a.has(3)
        ? Torch.linspace(a.d(0), a.d(1), a.l(2), a.dtype(3)) : Torch.linspace(a.d(0), a.d(1), a.l(2)));
    m.put("eye", OpRegistry::eye);
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
    m.put("setitem", OpRegistry::setitem);
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
    m.put("rfloor_divide", a -> Torch.floor_divide(a.scalarTensor(0, 1, "floor_divide(<scalar>, Tensor)"), a.t(1)));
    m.put("rremainder", a -> Torch.remainder(a.scalarTensor(0, 1, "remainder(<scalar>, Tensor)"), a.t(1)));
    m.put("clamp", OpRegistry::clamp);
    m.put("where", OpRegistry::where);
    // ---- in-place
    m.put("add_", bin(Tensor::add_, Tensor::add_, Tensor::add_));
    m.put("sub_", bin(Tensor::sub_, Tensor::sub_, Tensor::sub_));
    m.put("mul_", bin(Tensor::mul_, Tensor::mul_, Tensor::mul_));
    m.put("div_", bin(Tensor::div_, Tensor::div_, Tensor::div_));
    m.put("pow_", bin(Tensor::pow_, Tensor::pow_, Tensor::pow_));
    m.put("floor_divide_", bin(Tensor::floor_divide_, Tensor::floor_divide_, Tensor::floor_divide_));
    m.put("remainder_", bin(Tensor::remainder_, Tensor::remainder_, Tensor::remainder_));
    m.put("clamp_", OpRegistry::clampInPlace);
    m.put("neg_", a -> a.t(0).neg_());
    m.put("abs_", a -> a.t(0).abs_());
    m.put("exp_", a -> a.t(0).exp_());
    m.put("sqrt_", a -> a.t(0).sqrt_());
    m.put("zero_", a -> a.t(0).zero_());
    m.put("fill_", OpRegistry::fill);
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
    m.put("norm", OpRegistry::norm);
    m.put("linalg_norm", OpRegistry::linalgNorm);
    // ---- conversions
    m.put("item", a -> a.t(0).itemObject());
    m.put("set_num_threads", OpRegistry::setNumThreads);
    m.put("tolist", a -> a.t(0).tolist());
    m.put("int", a -> a.t(0).longValue());
    m.put("float", a -> a.t(0).doubleValue());
    m.put("bool", a -> a.t(0).booleanValue());
    m.put("to", a -> a.t(0).to(a.dtype(1)));
    // ---- tensor API (ops-new): ops_more.json
    OpRegistryMore.register(m);

    NnOps.addTo(m);
    TutorialOps.addTo(m);

    coreOps(m);
    return Collections.unmodifiableMap(m);
  }

  // ---- ops-core: fixtures/ops_core.json (record_ops_core.py) ----

  @FunctionalInterface
  interface TB {
    Tensor f(Tensor a, boolean b);
  }

  @FunctionalInterface
  interface BT {
    Tensor f(boolean a, Tensor b);
  }

  @FunctionalInterface
  interface U {
    Tensor f(Tensor a);
  }

  /**
   * {@code f(t, t|int|float|bool)} through four Java overloads, so the literal rules of each
   * (int/long wrapped int64, double wrapped float, boolean wrapped bool) are what is checked.
   */
  static Op bin4(TT tt, TL tl, TD td, TB tb) {
    return a -> {
      Tensor x = a.t(0);
      Object y = a.get(1);
      if (y instanceof Tensor t) {
        return tt.f(x, t);
      } else if (y instanceof Long l) {
        return tl.f(x, l);
      } else if (y instanceof Double d) {
        return td.f(x, d);
      } else if (y instanceof Boolean b) {
        return tb.f(x, b);
      }
      throw new IllegalArgumentException("bad operand " + y);
    };
  }

  /** As {@link #bin4} for ops without a floating-scalar overload (bitwise): see scalarTensor. */
  static Op bin3(TT tt, TL tl, TB tb) {
    return a -> a.get(1) instanceof Double
        ? tt.f(a.t(0), a.scalarTensor(1, 0, "<op>(Tensor, double)"))
        : bin4(tt, tl, (x, d) -> null, tb).apply(a);
  }

  static Op un(U f) {
    return a -> f.f(a.t(0));
  }

  private static void coreOps(Map<String, Op> m) {
    // unary, through the torch.* forms
    m.put("expm1", un(Torch::expm1));
    m.put("log2", un(Torch::log2));
    m.put("log10", un(Torch::log10));
    m.put("log1p", un(Torch::log1p));
    m.put("rsqrt", un(Torch::rsqrt));
    m.put("tan", un(Torch::tan));
    m.put("asin", un(Torch::asin));
    m.put("acos", un(Torch::acos));
    m.put("atan", un(Torch::atan));
    m.put("sinh", un(Torch::sinh));
    m.put("cosh", un(Torch::cosh));
    m.put("ceil", un(Torch::ceil));
    m.put("round", un(Torch::round));
    m.put("trunc", un(Torch::trunc));
    m.put("sign", un(Torch::sign));
    m.put("reciprocal", un(Torch::reciprocal));
    m.put("bitwise_not", un(Torch::bitwise_not));
    m.put("isnan", un(Torch::isnan));
    m.put("square", un(Torch::square));
    m.put("negative", un(Torch::negative));
    m.put("absolute", un(Torch::absolute));
    // unary in-place
    m.put("expm1_", un(Tensor::expm1_));
    m.put("log_", un(Tensor::log_));
    m.put("log2_", un(Tensor::log2_));
    m.put("log10_", un(Tensor::log10_));
    m.put("log1p_", un(Tensor::log1p_));
    m.put("rsqrt_", un(Tensor::rsqrt_));
    m.put("sin_", un(Tensor::sin_));
    m.put("cos_", un(Tensor::cos_));
    m.put("tan_", un(Tensor::tan_));
    m.put("asin_", un(Tensor::asin_));
    m.put("acos_", un(Tensor::acos_));
    m.put("atan_", un(Tensor::atan_));
    m.put("sinh_", un(Tensor::sinh_));
    m.put("cosh_", un(Tensor::cosh_));
    m.put("tanh_", un(Tensor::tanh_));
    m.put("sigmoid_", un(Tensor::sigmoid_));
    m.put("relu_", un(Tensor::relu_));
    m.put("floor_", un(Tensor::floor_));
    m.put("ceil_", un(Tensor::ceil_));
    m.put("round_", un(Tensor::round_));
    m.put("trunc_", un(Tensor::trunc_));
    m.put("sign_", un(Tensor::sign_));
    m.put("reciprocal_", un(Tensor::reciprocal_));
    // binary, through the torch.* forms
    m.put("fmod", bin4(Torch::fmod, Torch::fmod, Torch::fmod, Torch::fmod));
    m.put("atan2", a -> Torch.atan2(a.t(0), a.t(1)));
    m.put("logical_xor", a -> Torch.logical_xor(a.t(0), a.t(1)));
    m.put("bitwise_and", bin3(Torch::bitwise_and, Torch::bitwise_and, Torch::bitwise_and));
    m.put("bitwise_or", bin3(Torch::bitwise_or, Torch::bitwise_or, Torch::bitwise_or));
    m.put("bitwise_xor", bin3(Torch::bitwise_xor, Torch::bitwise_xor, Torch::bitwise_xor));
    m.put("rbitwise_and", rbit(Torch::bitwise_and, Torch::bitwise_and));
    m.put("rbitwise_or", rbit(Torch::bitwise_or, Torch::bitwise_or));
    m.put("rbitwise_xor", rbit(Torch::bitwise_xor, Torch::bitwise_xor));
    m.put("multiply", bin4(Torch::multiply, Torch::mul, Torch::mul, Torch::mul));
    m.put("divide", bin4(Torch::divide, Torch::div, Torch::div, Torch::div));
    m.put("subtract", bin4(Torch::subtract, Torch::sub, Torch::sub, Torch::sub));
    m.put("true_divide", bin4(Torch::true_divide, Torch::div, Torch::div, Torch::div));
    m.put("greater", bin4(Torch::greater, Torch::gt, Torch::gt, Torch::gt));
    m.put("less", bin4(Torch::less, Torch::lt, Torch::lt, Torch::lt));
    m.put("greater_equal", bin4(Torch::greater_equal, Torch::ge, Torch::ge, Torch::ge));
    m.put("less_equal", bin4(Torch::less_equal, Torch::le, Torch::le, Torch::le));
    m.put("not_equal", bin4(Torch::not_equal, Torch::ne, Torch::ne, Torch::ne));
    // binary in-place
    m.put("fmod_", bin4(Tensor::fmod_, Tensor::fmod_, Tensor::fmod_, (x, b) -> x.fmod_(a1(b))));
    m.put("atan2_", a -> a.t(0).atan2_(a.t(1)));
    m.put("bitwise_and_", bin3(Tensor::bitwise_and_, Tensor::bitwise_and_, Tensor::bitwise_and_));
    m.put("bitwise_or_", bin3(Tensor::bitwise_or_, Tensor::bitwise_or_, Tensor::bitwise_or_));
    m.put("bitwise_xor_", bin3(Tensor::bitwise_xor_, Tensor::bitwise_xor_, Tensor::bitwise_xor_));
    m.put("eq_", bin4(Tensor::eq_, Tensor::eq_, Tensor::eq_, (x, b) -> x.eq_(a1(b))));
    m.put("ne_", bin4(Tensor::ne_, Tensor::ne_, Tensor::ne_, (x, b) -> x.ne_(a1(b))));
    m.put("lt_", bin4(Tensor::lt_, Tensor::lt_, Tensor::lt_, (x, b) -> x.lt_(a1(b))));
    m.put("le_", bin4(Tensor::le_, Tensor::le_, Tensor::le_, (x, b) -> x.le_(a1(b))));
    m.put("gt_", bin4(Tensor::gt_, Tensor::gt_, Tensor::gt_, (x, b) -> x.gt_(a1(b))));
    m.put("ge_", bin4(Tensor::ge_, Tensor::ge_, Tensor::ge_, (x, b) -> x.ge_(a1(b))));
    // torch.f(tensor, scalar): the Java function forms and their literal overloads
    m.put("fn_add", bin4(Torch::add, Torch::add, Torch::add, Torch::add));
    m.put("fn_sub", bin4(Torch::sub, Torch::sub, Torch::sub, Torch::sub));
    m.put("fn_mul", bin4(Torch::mul, Torch::mul, Torch::mul, Torch::mul));
    m.put("fn_div", bin4(Torch::div, Torch::div, Torch::div, Torch::div));
    m.put("fn_pow", bin4(Torch::pow, Torch::pow, Torch::pow, Torch::pow));
    m.put("fn_floor_divide", bin4(Torch::floor_divide, Torch::floor_divide, Torch::floor_divide,
        Torch::floor_divide));
    m.put("fn_remainder", bin4(Torch::remainder, Torch::remainder, Torch::remainder,
        Torch::remainder));
    m.put("fn_eq", bin4(Torch::eq, Torch::eq, Torch::eq, Torch::eq));
    m.put("fn_ne", bin4(Torch::ne, Torch::ne, Torch::ne, Torch::ne));
    m.put("fn_lt", bin4(Torch::lt, Torch::lt, Torch::lt, Torch::lt));
    m.put("fn_le", bin4(Torch::le, Torch::le, Torch::le, Torch::le));
    m.put("fn_gt", bin4(Torch::gt, Torch::gt, Torch::gt, Torch::gt));
    m.put("fn_ge", bin4(Torch::ge, Torch::ge, Torch::ge, Torch::ge));
    m.put("add_alpha", a -> a.get(2) instanceof Long l
        ? Torch.add(a.t(0), a.t(1), (long) l) : Torch.add(a.t(0), a.t(1), a.d(2)));
    m.put("sub_alpha", a -> a.get(2) instanceof Long l
        ? Torch.sub(a.t(0), a.t(1), (long) l) : Torch.sub(a.t(0), a.t(1), a.d(2)));
    // shape, reductions and the rest
    m.put("clamp_min", a -> a.isT(1) ? a.t(0).clamp(a.t(1), null)
        : a.get(1) instanceof Long l ? Torch.clamp_min(a.t(0), (long) l) : Torch.clamp_min(a.t(0), a.d(1)));
    m.put("clamp_max", a -> a.isT(1) ? a.t(0).clamp(null, a.t(1))
        : a.get(1) instanceof Long l ? Torch.clamp_max(a.t(0), (long) l) : Torch.clamp_max(a.t(0), a.d(1)));
    m.put("clip", a -> a.get(1) instanceof Long lo && a.get(2) instanceof Long hi
        ? Torch.clip(a.t(0), (long) lo, (long) hi)
        : Torch.clip(a.t(0), a.isNone(1) ? null : a.d(1), a.isNone(2) ? null : a.d(2)));
    m.put("cumprod", a -> Torch.cumprod(a.t(0), a.i(1)));
    m.put("narrow", a -> Torch.narrow(a.t(0), a.i(1), a.l(2), a.l(3)));
    m.put("select", a -> Torch.select(a.t(0), a.i(1), a.l(2)));
    m.put("ravel", a -> Torch.ravel(a.t(0)));
    m.put("swapaxes", a -> Torch.swapaxes(a.t(0), a.i(1), a.i(2)));
    m.put("mT", a -> a.t(0).mT());
    m.put("expand_as", a -> a.t(0).expand_as(a.t(1)));
    m.put("reshape_as", a -> a.t(0).reshape_as(a.t(1)));
    m.put("view_as", a -> a.t(0).view_as(a.t(1)));
    m.put("type_as", a -> a.t(0).type_as(a.t(1)));
    m.put("std", a -> Torch.std(a.t(0)));
    m.put("var", a -> Torch.var(a.t(0)));
    m.put("bmm", a -> Torch.bmm(a.t(0), a.t(1)));
    m.put("equal", a -> Torch.equal(a.t(0), a.t(1)));
    m.put("allclose", a -> a.has(2) ? Torch.allclose(a.t(0), a.t(1), a.d(2), a.d(3))
        : Torch.allclose(a.t(0), a.t(1)));
    m.put("isclose", a -> Torch.isclose(a.t(0), a.t(1), a.d(2), a.d(3)));
    m.put("nonzero", a -> Torch.nonzero(a.t(0)));
    m.put("empty_like", a -> Torch.empty_like(a.t(0)));
    m.put("float_", a -> a.t(0).float_());
    m.put("double_", a -> a.t(0).double_());
    m.put("long_", a -> a.t(0).long_());
    m.put("int_", a -> a.t(0).int_());
    m.put("bool_", a -> a.t(0).bool_());
    m.put("half", a -> a.t(0).half());
    m.put("copy_", a -> a.t(0).copy_(a.t(1)));
    m.put("detach", a -> Torch.detach(a.t(0)));
    m.put("is_floating_point", a -> Torch.is_floating_point(a.t(0)));
    m.put("ndim", a -> (long) a.t(0).ndim());
    m.put("new_empty", a -> a.t(0).new_empty(a.shape(1)));
    m.put("nan_to_num_", a -> a.has(1)
        ? a.t(0).nan_to_num_(a.d(1), a.d(2), a.d(3)) : a.t(0).nan_to_num_(null, null, null));
    m.put("promote_types", a -> Torch.promote_types(a.dtype(0), a.dtype(1)));
    m.put("can_cast", a -> Torch.can_cast(a.dtype(0), a.dtype(1)));
    m.put("result_type", a -> a.isT(1) ? Torch.result_type(a.t(0), a.t(1))
        : a.get(1) instanceof Long l ? Torch.result_type(a.t(0), l.longValue())
        : Torch.result_type(a.t(0), a.d(1)));
  }

  private static Tensor a1(boolean b) {
    return Torch.tensor(b);
  }

  /** {@code torch.f(scalar, tensor)} with an int or a bool on the left. */
  static Op rbit(LT lt, BT bt) {
    return a -> a.get(0) instanceof Boolean b ? bt.f(b, a.t(1)) : lt.f(a.l(0), a.t(1));
  }

  // ------------------------------------------------------------------ helpers per op family

  /** {@code a op b} where b is a tensor, an int, a float or a bool. */
  static Op bin(TT tt, TL tl, TD td) {
    return a -> {
      Tensor x = a.t(0);
      Object y = a.get(1);
      if (y instanceof Tensor t) {
        return tt.f(x, t);
      } else if (y instanceof Long l) {
        return tl.f(x, l);
      } else if (y instanceof Double d) {
        return td.f(x, d);
      } else if (y instanceof Boolean) {
        return tt.f(x, a.scalarTensor(1, 0, "<op>(Tensor, boolean)"));
      }
      throw new IllegalArgumentException("bad operand " + y);
    };
  }

  /** {@code s op t} where s is a Python scalar. */
  static Op rbin(TT tt, LT lt, DT dt) {
    return a -> {
      Object s = a.get(0);
      Tensor t = a.t(1);
      if (s instanceof Long l) {
        return lt.f(l, t);
      } else if (s instanceof Double d) {
        return dt.f(d, t);
      }
      return tt.f(a.scalarTensor(0, 1, "<op>(boolean, Tensor)"), t);
    };
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
      throw new ApiGap("full_like(Tensor, <scalar>, DType)");
    }
    Object v = a.get(1);
    if (v instanceof Long l) {
      return Torch.full_like(a.t(0), l.longValue());
    } else if (v instanceof Double d) {
      return Torch.full_like(a.t(0), d.doubleValue());
    }
    throw new ApiGap("full_like(Tensor, boolean)");
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

  // ------------------------------------------------------------------ decoded arguments

  /** Marker for Python's None. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /**
   * The decoded arguments of one case. Tensors are built fresh for every call (setitem and the
   * in-place ops mutate them). Python ints are {@code Long}, floats {@code Double}, bools {@code
   * Boolean}, dim lists {@code long[]}, dtypes {@link DType}, None {@link #NONE}, index
   * expressions {@code String}, tensor tuples {@code List<Tensor>}, and nested data for {@code
   * torch.tensor} nested {@code List}s of Long/Double/Boolean.
   */
  static final class Args {
    private final List<Object> v;

    Args(List<Object> v) {
      this.v = v;
    }

    int n() {
      return v.size();
    }

    boolean has(int i) {
      return i < v.size();
    }

    Object get(int i) {
      Object o = v.get(i);
      return o == NONE ? null : o;
    }

    Tensor t(int i) {
      return (Tensor) v.get(i);
    }

    boolean isT(int i) {
      return v.get(i) instanceof Tensor;
    }

    boolean isInts(int i) {
      return v.get(i) instanceof long[];
    }

    boolean isStr(int i) {
      return v.get(i) instanceof String;
    }

    boolean isDtype(int i) {
      return v.get(i) instanceof DType;
    }

    boolean isNone(int i) {
      return v.get(i) == NONE;
    }

    Tensor optTensor(int i) {
      return isNone(i) ? null : t(i);
    }

    long l(int i) {
      Object o = v.get(i);
      if (o instanceof Boolean b) {
        return b ? 1 : 0;
      }
      return (Long) o;
    }

    int i(int i) {
      return Math.toIntExact(l(i));
    }

    double d(int i) {
      Object o = v.get(i);
      if (o instanceof Boolean b) {
        return b ? 1 : 0;
      }
      return ((Number) o).doubleValue();
    }

    boolean b(int i) {
      return (Boolean) v.get(i);
    }

    String str(int i) {
      return (String) v.get(i);
    }

    DType dtype(int i) {
      return (DType) v.get(i);
    }

    long[] shape(int i) {
      return (long[]) v.get(i);
    }

    int[] dims(int i) {
      long[] s = shape(i);
      int[] out = new int[s.length];
      for (int k = 0; k < s.length; k++) {
        out[k] = Math.toIntExact(s[k]);
      }
      return out;
    }

    /** A dim argument that may be an int or a list of ints, as an int[]. */
    int[] dimList(int i) {
      return isInts(i) ? dims(i) : new int[] {i(i)};
    }

    @SuppressWarnings("unchecked")
    List<Tensor> tensors(int i) {
      return (List<Tensor>) v.get(i);
    }

    /**
     * The Python scalar at {@code i} as a 0-d tensor, for ops that have no Java overload taking
     * that scalar. This is exact: PyTorch promotes a Python scalar and a 0-d tensor of its
     * default type (int64 / float32 / bool) identically against any dimensioned tensor, and a
     * Python bool identically against anything. The one difference (a 0-d int or float partner)
     * is refused as an API gap, so no case silently changes meaning.
     */
    Tensor scalarTensor(int i, int partner, String signature) {
      Object s = v.get(i);
      if (s instanceof Boolean b) {
        return Torch.tensor(b.booleanValue());
      }
      if (t(partner).dim() == 0) {
        throw new ApiGap(signature);
      }
      if (s instanceof Long l) {
        return Torch.tensor(l.longValue());
      }
      return Torch.tensor(((Double) s).doubleValue());
    }
  }

  /** Decodes a fixture's "args" array. */
  static Args decode(JsonArray args) {
    List<Object> out = new ArrayList<>();
    for (JsonElement e : args) {
      out.add(decodeArg(e.getAsJsonObject()));
    }
    return new Args(out);
  }

  static Object decodeArg(JsonObject arg) {
    if (arg.size() != 1) {
      throw new IllegalArgumentException("ARG must have one key: " + arg);
    }
    Entry<String, JsonElement> e = arg.entrySet().iterator().next();
    JsonElement v = e.getValue();
    return switch (e.getKey()) {
      case "t" -> buildTensor(v.getAsJsonObject());
      case "int" -> v.getAsLong();
      case "float" -> Fixtures.toDouble(v);
      case "bool" -> v.getAsBoolean();
      case "ints" -> Fixtures.longs(v.getAsJsonArray());
      case "dtype" -> DType.valueOf(v.getAsString());
      case "none" -> NONE;
      case "str" -> v.getAsString();
      case "tensors" -> {
        List<Tensor> ts = new ArrayList<>();
        for (JsonElement t : v.getAsJsonArray()) {
          ts.add((Tensor) decodeArg(t.getAsJsonObject()));
        }
        yield ts;
      }
      case "list" -> nested(v);
      default -> throw new IllegalArgumentException("unknown ARG kind " + e.getKey());
    };
  }

  /** JSON nested data as Java nested Lists of Long (Python int), Double (float), Boolean. */
  static Object nested(JsonElement e) {
    if (e.isJsonArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonElement x : e.getAsJsonArray()) {
        out.add(nested(x));
      }
      return out;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    return Fixtures.isFloatLiteral(p) ? (Object) Fixtures.toDouble(p) : (Object) p.getAsLong();
  }

  /**
   * Builds a tensor ARG: a contiguous tensor from values/shape, or for a view the contiguous
   * {@code base} followed by the recorded view ({@code T}: {@code base.T}; {@code slice_step2}:
   * {@code base[..., ::2]}; {@code expand}: {@code base.expand(shape)}).
   */
  static Tensor buildTensor(JsonObject t) {
    DType dt = DType.valueOf(t.get("dtype").getAsString());
    long[] shape = Fixtures.longs(t.getAsJsonArray("shape"));
    JsonElement view = t.get("view");
    if (view == null || view.isJsonNull()) {
      return contiguous(t.getAsJsonArray("values"), shape, dt);
    }
    JsonObject b = t.getAsJsonObject("base");
    Tensor base = contiguous(b.getAsJsonArray("values"), Fixtures.longs(b.getAsJsonArray("shape")), dt);
    return switch (view.getAsString()) {
      case "T" -> base.T();
      case "slice_step2" -> base.get("..., ::2");
      case "expand" -> base.expand(shape);
      default -> throw new IllegalArgumentException("unknown view " + view);
    };
  }

  static Tensor contiguous(JsonArray values, long[] shape, DType dt) {
    if (dt.is_floating_point()) {
      return Torch.tensor(Fixtures.doubles(values), shape, dt);
    }
    return Torch.tensor(Fixtures.longs(values), shape, dt);
  }
}
