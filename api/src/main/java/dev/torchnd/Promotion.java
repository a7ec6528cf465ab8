package dev.torchnd;

/**
 * PyTorch's type promotion ({@code torch.promote_types}, {@code torch.result_type},
 * {@code torch.can_cast}). Java scalars behave like Python numbers ("wrapped numbers"): they
 * only move a result into a higher category (bool &lt; integral &lt; floating), never to a wider
 * type within the tensor's category; 0-d tensors rank below dimensioned ones the same way.
 */
final class Promotion {
  private Promotion() {}

  /** PyTorch: {@code torch.promote_types}. */
  static DType promoteTypes(DType a, DType b) {
    if (a == b) {
      return a;
    }
    if (a == DType.bool) {
      return b;
    }
    if (b == DType.bool) {
      return a;
    }
    if (a.is_floating_point() || b.is_floating_point()) {
      if (!a.is_floating_point()) {
        return b;
      }
      if (!b.is_floating_point()) {
        return a;
      }
      if (a == DType.float64 || b == DType.float64) {
        return DType.float64;
      }
      // float16 with bfloat16, or either with float32.
      return DType.float32;
    }
    // Both integral.
    if (a == DType.uint8 || b == DType.uint8) {
      DType other = a == DType.uint8 ? b : a;
      return other == DType.int8 ? DType.int16 : other;
    }
    return a.itemsize() >= b.itemsize() ? a : b;
  }

  /** PyTorch's c10::combine_categories. */
  private static DType combine(DType higher, DType lower) {
    if (higher == null) {
      return lower;
    }
    if (lower == null) {
      return higher;
    }
    if (higher.is_floating_point()) {
      return higher;
    }
    if (higher == DType.bool || lower.is_floating_point()) {
      return promoteTypes(higher, lower);
    }
    return higher;
  }

  /** PyTorch: {@code torch.result_type} over tensors and wrapped Java scalars. */
  static DType resultType(Tensor... operands) {
    DType dim = null;
    DType zero = null;
    DType wrapped = null;
    for (Tensor t : operands) {
      if (t == null) {
        continue;
      }
      if (t.wrappedNumber) {
        // A Java double is a Python float: it counts as the default dtype, not float64.
        DType w = t.dtype().is_floating_point() ? Torch.get_default_dtype() : t.dtype();
        wrapped = wrapped == null ? w : promoteTypes(wrapped, w);
      } else if (t.dim() == 0) {
        zero = zero == null ? t.dtype() : promoteTypes(zero, t.dtype());
      } else {
        dim = dim == null ? t.dtype() : promoteTypes(dim, t.dtype());
      }
    }
    return combine(combine(dim, zero), wrapped);
  }

  /** PyTorch: {@code torch.can_cast} — no floating to integral/bool, no integral to bool. */
  static boolean canCast(DType from, DType to) {
    if (from.is_floating_point() && !to.is_floating_point()) {
      return false;
    }
    return !(from != DType.bool && to == DType.bool);
  }
}
