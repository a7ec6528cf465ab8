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
 * The ops of {@code fixtures/ops_core.json} ({@code recorder/record_ops_core.py}): the unary,
 * binary, in-place and alias ops ops.json lacks, the {@code torch.f(tensor, scalar)} forms through
 * the Java function forms, and the dtype queries. Registered through {@link OpRegistry#OPS}.
 */
final class CoreOps {
  private CoreOps() {}

  static void addTo(Map<String, Op> m) {
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
}
