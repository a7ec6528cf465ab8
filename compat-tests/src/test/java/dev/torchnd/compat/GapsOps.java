package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.FInfo;
import dev.torchnd.IInfo;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.compat.OpRegistry.Args;
import dev.torchnd.compat.OpRegistry.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ops of {@code fixtures/ops_gaps.json} ({@code recorder/record_ops_gaps.py}, whose docstring
 * defines each op name and argument list): the names of PyTorch's public API the census found
 * missing. Registered through {@link OpRegistry#OPS}.
 */
final class GapsOps {
  private GapsOps() {}

  /** Every argument from {@code from} on, as tensors (Python's {@code f(*tensors)}). */
  private static Tensor[] tensorsFrom(Args a, int from) {
    List<Tensor> ts = new ArrayList<>();
    for (int i = from; a.has(i); i++) {
      ts.add(a.t(i));
    }
    return ts.toArray(new Tensor[0]);
  }

  private static Object finfo(Args a) {
    FInfo f = a.has(0) ? Torch.finfo(a.dtype(0)) : Torch.finfo();
    return List.of((long) f.bits(), f.eps(), f.max(), f.min(), f.tiny(), f.smallest_normal(),
        f.resolution(), f.dtype(), f.toString());
  }

  private static Object iinfo(Args a) {
    IInfo f = Torch.iinfo(a.dtype(0));
    return List.of((long) f.bits(), f.max(), f.min(), f.dtype(), f.toString());
  }

  private static Tensor rsub(Args a) {
    Tensor x = a.t(0);
    Object o = a.get(1);
    boolean alpha = a.has(2);
    if (o instanceof Tensor t) {
      if (!alpha) {
        return Torch.rsub(x, t);
      }
      return a.get(2) instanceof Long l ? Torch.rsub(x, t, l) : Torch.rsub(x, t, a.d(2));
    }
    if (o instanceof Long l) {
      return alpha ? Torch.rsub(x, l, a.l(2)) : Torch.rsub(x, l);
    }
    return alpha ? Torch.rsub(x, a.d(1), a.d(2)) : Torch.rsub(x, a.d(1));
  }

  private static Tensor isin(Args a) {
    Object e = a.get(0);
    Object t = a.get(1);
    if (e instanceof Long l) {
      return Torch.isin(l, a.t(1));
    }
    if (e instanceof Double d) {
      return Torch.isin(d, a.t(1));
    }
    if (t instanceof Long l) {
      return a.has(2) ? Torch.isin(a.t(0), l, a.b(2), a.b(3)) : Torch.isin(a.t(0), l);
    }
    if (t instanceof Double d) {
      return Torch.isin(a.t(0), d);
    }
    return a.has(2) ? Torch.isin(a.t(0), a.t(1), a.b(2), a.b(3)) : Torch.isin(a.t(0), a.t(1));
  }

  @FunctionalInterface
  interface Trap {
    Tensor f(Tensor y);
  }

  @FunctionalInterface
  interface TrapDim {
    Tensor f(Tensor y, int dim);
  }

  @FunctionalInterface
  interface TrapX {
    Tensor f(Tensor y, Tensor x);
  }

  @FunctionalInterface
  interface TrapXDim {
    Tensor f(Tensor y, Tensor x, int dim);
  }

  @FunctionalInterface
  interface TrapDx {
    Tensor f(Tensor y, double dx, int dim);
  }

  /** {@code f(y[, x][, dim])}; {@code dimOnly} null where Java has no {@code (y, dim)} form. */
  private static Op trap(Trap plain, TrapDim dimOnly, TrapX x, TrapXDim xDim, TrapDx dx) {
    return a -> {
      if (!a.has(1)) {
        return plain.f(a.t(0));
      }
      if (a.isT(1)) {
        return a.has(2) ? xDim.f(a.t(0), a.t(1), a.i(2)) : x.f(a.t(0), a.t(1));
      }
      return dimOnly != null ? dimOnly.f(a.t(0), a.i(1)) : dx.f(a.t(0), 1.0, a.i(1));
    };
  }

  @FunctionalInterface
  interface Win1 {
    Tensor f(long n);
  }

  @FunctionalInterface
  interface Win2 {
    Tensor f(long n, boolean periodic);
  }

  @FunctionalInterface
  interface Win3 {
    Tensor f(long n, boolean periodic, DType dtype);
  }

  private static Op window(Win1 w1, Win2 w2, Win3 w3) {
    return a -> !a.has(1) ? w1.f(a.l(0)) : !a.has(2) ? w2.f(a.l(0), a.b(1)) : w3.f(a.l(0), a.b(1), a.dtype(2));
  }

  private static Tensor kaiser(Args a) {
    if (!a.has(1)) {
      return Torch.kaiser_window(a.l(0));
    }
    if (!a.has(2)) {
      return Torch.kaiser_window(a.l(0), a.b(1));
    }
    if (a.isDtype(2)) {
      return Torch.kaiser_window(a.l(0), a.b(1), 12.0, a.dtype(2));
    }
    return a.has(3) ? Torch.kaiser_window(a.l(0), a.b(1), a.d(2), a.dtype(3))
        : Torch.kaiser_window(a.l(0), a.b(1), a.d(2));
  }

  private static Tensor range(Args a) {
    if (!a.has(2)) {
      return Torch.range(a.d(0), a.d(1));
    }
    return a.has(3) ? Torch.range(a.d(0), a.d(1), a.d(2), a.dtype(3)) : Torch.range(a.d(0), a.d(1), a.d(2));
  }

  private static Tensor fillDiagonal(Args a) {
    Tensor t = a.t(0);
    boolean wrap = a.has(2) && a.b(2);
    Object v = a.get(1);
    if (v instanceof Double d) {
      return a.has(2) ? t.fill_diagonal_(d, wrap) : t.fill_diagonal_(d);
    }
    return a.has(2) ? t.fill_diagonal_(a.l(1), wrap) : t.fill_diagonal_(a.l(1));
  }

  static void addTo(Map<String, Op> m) {
    m.put("arccos", a -> Torch.arccos(a.t(0)));
    m.put("arcsin", a -> Torch.arcsin(a.t(0)));
    m.put("arctan", a -> Torch.arctan(a.t(0)));
    m.put("arccos_method", a -> a.t(0).arccos());
    m.put("arcsin_method", a -> a.t(0).arcsin());
    m.put("arctan_method", a -> a.t(0).arctan());
    m.put("arccos_", a -> a.t(0).arccos_());
    m.put("arcsin_", a -> a.t(0).arcsin_());
    m.put("arctan_", a -> a.t(0).arctan_());
    m.put("fix", a -> Torch.fix(a.t(0)));
    m.put("fix_method", a -> a.t(0).fix());
    m.put("fix_", a -> Torch.fix_(a.t(0)));
    m.put("arctan2", a -> Torch.arctan2(a.t(0), a.t(1)));
    m.put("arctan2_method", a -> a.t(0).arctan2(a.t(1)));
    m.put("arctan2_", a -> a.t(0).arctan2_(a.t(1)));
    m.put("swapdims", a -> Torch.swapdims(a.t(0), a.i(1), a.i(2)));
    m.put("swapdims_method", a -> a.t(0).swapdims(a.i(1), a.i(2)));
    m.put("nelement", a -> a.t(0).nelement());
    m.put("ndimension", a -> (long) a.t(0).ndimension());
    m.put("positive", a -> Torch.positive(a.t(0)));
    m.put("positive_method", a -> a.t(0).positive());
    m.put("rsub_fn", GapsOps::rsub);
    m.put("byte_", a -> a.t(0).byte_());
    m.put("char_", a -> a.t(0).char_());
    m.put("short_", a -> a.t(0).short_());
    m.put("bfloat16", a -> a.t(0).bfloat16());
    m.put("is_signed", a -> Torch.is_signed(a.t(0)));
    m.put("is_signed_method", a -> a.t(0).is_signed());
    m.put("is_complex", a -> Torch.is_complex(a.t(0)));
    m.put("is_complex_method", a -> a.t(0).is_complex());
    m.put("is_nonzero", a -> Torch.is_nonzero(a.t(0)));
    m.put("is_nonzero_method", a -> a.t(0).is_nonzero());
    m.put("is_same_size", a -> Torch.is_same_size(a.t(0), a.t(1)));
    m.put("is_same_size_method", a -> a.t(0).is_same_size(a.t(1)));
    m.put("isneginf", a -> Torch.isneginf(a.t(0)));
    m.put("isposinf", a -> Torch.isposinf(a.t(0)));
    m.put("isreal", a -> Torch.isreal(a.t(0)));
    m.put("isneginf_method", a -> a.t(0).isneginf());
    m.put("isposinf_method", a -> a.t(0).isposinf());
    m.put("isreal_method", a -> a.t(0).isreal());
    m.put("finfo", GapsOps::finfo);
    m.put("iinfo", GapsOps::iinfo);
    m.put("broadcast_tensors", a -> Torch.broadcast_tensors(tensorsFrom(a, 0)));
    m.put("broadcast_shapes", a -> {
      long[][] s = new long[a.n()][];
      for (int i = 0; i < s.length; i++) {
        s[i] = a.shape(i);
      }
      return Torch.broadcast_shapes(s);
    });
    m.put("isin", GapsOps::isin);
    m.put("unfold", a -> a.t(0).unfold(a.i(1), a.l(2), a.l(3)));
    m.put("split_with_sizes", a -> a.has(2) ? Torch.split_with_sizes(a.t(0), a.shape(1), a.i(2))
        : Torch.split_with_sizes(a.t(0), a.shape(1)));
    m.put("split_with_sizes_method", a -> a.has(2) ? a.t(0).split_with_sizes(a.shape(1), a.i(2))
        : a.t(0).split_with_sizes(a.shape(1)));
    m.put("diagflat", a -> a.has(1) ? Torch.diagflat(a.t(0), a.l(1)) : Torch.diagflat(a.t(0)));
    m.put("diagflat_method", a -> a.has(1) ? a.t(0).diagflat(a.l(1)) : a.t(0).diagflat());
    m.put("logaddexp2", a -> Torch.logaddexp2(a.t(0), a.t(1)));
    m.put("logaddexp2_method", a -> a.t(0).logaddexp2(a.t(1)));
    m.put("ldexp", a -> Torch.ldexp(a.t(0), a.t(1)));
    m.put("ldexp_method", a -> a.t(0).ldexp(a.t(1)));
    m.put("ldexp_", a -> a.t(0).ldexp_(a.t(1)));
    m.put("frexp", a -> Torch.frexp(a.t(0)));
    m.put("frexp_method", a -> a.t(0).frexp());
    m.put("fill_diagonal_", GapsOps::fillDiagonal);
    m.put("trapezoid", trap(Torch::trapezoid, Torch::trapezoid, Torch::trapezoid, Torch::trapezoid, Torch::trapezoid));
    m.put("trapz", trap(Torch::trapz, null, Torch::trapz, Torch::trapz, Torch::trapz));
    m.put("cumulative_trapezoid", trap(Torch::cumulative_trapezoid, null, Torch::cumulative_trapezoid,
        Torch::cumulative_trapezoid, Torch::cumulative_trapezoid));
    m.put("trapezoid_dx", a -> Torch.trapezoid(a.t(0), a.d(1), a.i(2)));
    m.put("trapz_dx", a -> Torch.trapz(a.t(0), a.d(1), a.i(2)));
    m.put("cumulative_trapezoid_dx", a -> Torch.cumulative_trapezoid(a.t(0), a.d(1), a.i(2)));
    m.put("zero_fn", a -> Torch.zero_(a.t(0)));
    m.put("fill_fn", a -> {
      Object v = a.get(1);
      return v instanceof Boolean b ? Torch.fill_(a.t(0), b.booleanValue())
          : v instanceof Long l ? Torch.fill_(a.t(0), l.longValue()) : Torch.fill_(a.t(0), a.d(1));
    });
    m.put("scalar_tensor", a -> a.has(1) ? Torch.scalar_tensor(a.d(0), a.dtype(1)) : Torch.scalar_tensor(a.d(0)));
    m.put("range", GapsOps::range);
    m.put("vander", a -> !a.has(1) ? Torch.vander(a.t(0))
        : a.has(2) ? Torch.vander(a.t(0), a.l(1), a.b(2)) : Torch.vander(a.t(0), a.l(1)));
    m.put("hann_window", window(Torch::hann_window, Torch::hann_window, Torch::hann_window));
    m.put("hamming_window", window(Torch::hamming_window, Torch::hamming_window, Torch::hamming_window));
    m.put("blackman_window", window(Torch::blackman_window, Torch::blackman_window, Torch::blackman_window));
    m.put("bartlett_window", window(Torch::bartlett_window, Torch::bartlett_window, Torch::bartlett_window));
    m.put("kaiser_window", GapsOps::kaiser);
    m.put("bitwise_left_shift", shift(Torch::bitwise_left_shift, Torch::bitwise_left_shift, Torch::bitwise_left_shift));
    m.put("bitwise_right_shift", shift(Torch::bitwise_right_shift, Torch::bitwise_right_shift, Torch::bitwise_right_shift));
    m.put("bitwise_left_shift_method", shift(Tensor::bitwise_left_shift, Tensor::bitwise_left_shift, null));
    m.put("bitwise_right_shift_method", shift(Tensor::bitwise_right_shift, Tensor::bitwise_right_shift, null));
    m.put("bitwise_left_shift_", shift(Tensor::bitwise_left_shift_, Tensor::bitwise_left_shift_, null));
    m.put("bitwise_right_shift_", shift(Tensor::bitwise_right_shift_, Tensor::bitwise_right_shift_, null));
  }

  @FunctionalInterface
  interface TL {
    Tensor f(Tensor a, long b);
  }

  @FunctionalInterface
  interface LT {
    Tensor f(long a, Tensor b);
  }

  /** {@code f(t|int, t|int)} through the Java overloads (null where Python has none). */
  private static Op shift(OpRegistry.TT tt, TL tl, LT lt) {
    return a -> a.get(0) instanceof Long l ? lt.f(l, a.t(1))
        : a.get(1) instanceof Long l ? tl.f(a.t(0), l) : tt.f(a.t(0), a.t(1));
  }
}
