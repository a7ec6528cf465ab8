package dev.torchnd;

import dev.torchnd.spi.BinaryOp;

/** {@code clamp} as one op (one node, {@code ClampBackward1}), promoting with its bounds. */
final class Clamp {
  private Clamp() {}

  /** C++ type names, as clamp_'s cast error spells them. */
  static String cppName(DType t) {
    return switch (t) {
      case int64 -> "long int";
      case int32 -> "int";
      case int16 -> "short int";
      case int8 -> "signed char";
      case uint8 -> "unsigned char";
      case bool -> "bool";
      case float32 -> "float";
      case float64 -> "double";
      case float16 -> "c10::Half";
      case bfloat16 -> "c10::BFloat16";
    };
  }

  /** In-place clamp keeping {@code t}'s dtype. */
  static Tensor clampInplace(Tensor t, Tensor min, Tensor max) {
    Autograd.checkInplace(t);
    DType rt = Promotion.resultType(t, min, max);
    boolean scalars = scalarBounds(min, max);
    if (!scalars) {
      // clamp.Tensor: TensorIterator checks overlap before its own cast check (ScalarType names)
      Elementwise.checkNoInternalOverlap(t);
    }
    if (!Promotion.canCast(rt, t.dtype())) {
      throw new IllegalArgumentException(
          "result type "
              + rt.scalarTypeName()
              + " can't be cast to the desired output type "
              + (scalars ? cppName(t.dtype()) : t.dtype().scalarTypeName()));
    }
    if (scalars) {
      // clamp.Scalar's meta checks the cast itself, then builds the iterator (overlap check)
      Elementwise.checkNoInternalOverlap(t);
    }
    boolean grad = Autograd.needsGrad(t) && t.dtype().is_floating_point();
    Tensor before = grad ? t.shallowSnapshot() : null;
    // The backward mask needs the values clamp_ overwrites (PyTorch saves the original self).
    Tensor original = grad ? t.detach().clone() : null;
    Tensor r = clamp(t.detach(), min, max);
    t.copyFrom(r);
    t.bumpVersion();
    if (grad) {
      boolean tensorBounds = (min != null && !min.wrappedNumber) || (max != null && !max.wrappedNumber);
      Autograd.record(
          t,
          tensorBounds ? "ClampBackward0" : "ClampBackward1",
          new Tensor[] {before},
          g -> new Tensor[] {Torch.where(inBounds(original, min, max), g, Torch.zeros_like(g))});
    }
    return t;
  }

  /** Which overload Python picks: clamp.Scalar when no bound is a tensor of the caller's. */
  private static boolean scalarBounds(Tensor min, Tensor max) {
    return (min == null || min.wrappedNumber) && (max == null || max.wrappedNumber);
  }

  private static Tensor inBounds(Tensor x, Tensor min, Tensor max) {
    Tensor mask = Torch.ones_like(x).to(DType.bool);
    if (min != null) {
      mask = mask.logical_and(x.ge(min));
    }
    if (max != null) {
      mask = mask.logical_and(x.le(max));
    }
    return mask;
  }

  static Tensor clamp(Tensor t, Tensor min, Tensor max) {
    if (min == null && max == null) {
      throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
    }
    DType rt = Promotion.resultType(t, min, max);
    boolean scalars = scalarBounds(min, max);
    // clamp_out fills NaN when both scalar bounds are given and either is NaN, before the kernel
    // (so before its dtype dispatch and its conversion of the bounds).
    boolean nanFill = scalars && min != null && max != null && rt.is_floating_point()
        && (Double.isNaN(min.scalarDouble()) || Double.isNaN(max.scalarDouble()));
    if (!nanFill) {
      // The kernels: clamp_scalar / clamp_min_scalar ("clamp_min_cpu") / clamp_max_scalar for
      // scalar bounds, clamp for two tensor bounds; one tensor bound runs maximum/minimum,
      // which have a Bool kernel.
      String kernel =
          scalars
              ? (min != null && max != null
                  ? "clamp_scalar_cpu"
                  : min != null ? "clamp_min_cpu" : "clamp_max_scalar_cpu")
              : (min != null && max != null ? "clamp_cpu" : null);
      if (rt == DType.bool && kernel != null) {
        throw new UnsupportedOperationException("\"" + kernel + "\" not implemented for 'Bool'");
      }
      // The scalar kernels convert the bounds to the result dtype with an overflow check.
      if (min != null) {
        ScalarCheck.check(min, rt);
      }
      if (max != null) {
        ScalarCheck.check(max, rt);
      }
    }
    Tensor out = t.castTo(rt).rawCopy(rt);
    Tensor r = out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      // Scalar bounds follow std::min(std::max(x, lo), hi): a NaN bound leaves x unchanged,
      // except that with both bounds scalar and either NaN, ATen's clamp_out fills the result
      // with NaN. Tensor bounds go through clamp_min/clamp_max, which propagate NaN.
      if (nanFill) {
        r = out.fill_(Double.NaN);
      } else {
      if (min != null) {
        Tensor lo = min.castTo(rt);
        r = min.wrappedNumber
            ? Torch.where(r.lt(lo), lo.expand(r.shapeArray()), r)
            : Elementwise.binary(BinaryOp.MAXIMUM, r, lo);
      }
      if (max != null) {
        Tensor hi = max.castTo(rt);
        r = max.wrappedNumber
            ? Torch.where(r.gt(hi), hi.expand(r.shapeArray()), r)
            : Elementwise.binary(BinaryOp.MINIMUM, r, hi);
      }
      }
    }
    r = r.detach();
    if (!rt.is_floating_point()) {
      return r;
    }
    boolean tensorBounds = (min != null && !min.wrappedNumber) || (max != null && !max.wrappedNumber);
    return Autograd.record(
        r,
        tensorBounds ? "ClampBackward0" : "ClampBackward1",
        new Tensor[] {t},
        g -> new Tensor[] {Torch.where(inBounds(t, min, max), g, Torch.zeros_like(g))},
        t);
  }
}
