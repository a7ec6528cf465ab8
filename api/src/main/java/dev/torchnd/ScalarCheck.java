package dev.torchnd;

/**
 * PyTorch's {@code c10::checked_convert}: a Java scalar written into a tensor (fill, full,
 * setitem, tensor(list, dtype)) must fit the dtype, or PyTorch raises
 * "value cannot be converted to type int8_t without overflow".
 */
final class ScalarCheck {
  private ScalarCheck() {}

  private static String cName(DType t) {
    return switch (t) {
      case int64 -> "int64_t";
      case int32 -> "int";
      case int16 -> "int16_t";
      case int8 -> "int8_t";
      case uint8 -> "uint8_t";
      case bool -> "bool";
      case float32 -> "float";
      case float64 -> "double";
      case float16 -> "at::Half";
      case bfloat16 -> "at::BFloat16";
    };
  }

  private static double max(DType t) {
    return switch (t) {
      case int64 -> 9.223372036854775807E18;
      case int32 -> Integer.MAX_VALUE;
      case int16 -> Short.MAX_VALUE;
      case int8 -> Byte.MAX_VALUE;
      case uint8 -> 255;
      case bool -> 1;
      case float32 -> Float.MAX_VALUE;
      case float64 -> Double.MAX_VALUE;
      case float16 -> 65504;
      case bfloat16 -> 3.3895313892515355E38;
    };
  }

  private static double lowest(DType t) {
    return switch (t) {
      case int64 -> -9.223372036854775808E18;
      case int32 -> Integer.MIN_VALUE;
      case int16 -> Short.MIN_VALUE;
      case int8 -> Byte.MIN_VALUE;
      case uint8, bool -> 0;
      default -> -max(t);
    };
  }

  private static IllegalArgumentException overflow(DType t, boolean cNames) {
    return new IllegalArgumentException(
        "value cannot be converted to type "
            + (cNames ? cName(t) : t.toString().substring(6))
            + " without overflow");
  }

  /** A floating scalar into {@code t}: NaN and infinities do not fit integral dtypes. */
  static void check(double v, DType t, boolean cNames) {
    if (t == DType.bool) {
      return;
    }
    if (t.is_floating_point()) {
      if (Double.isInfinite(v) || Double.isNaN(v)) {
        return;
      }
    } else if (Double.isNaN(v)) {
      throw overflow(t, cNames);
    }
    if (v < lowest(t) || v > max(t)) {
      throw overflow(t, cNames);
    }
  }

  /** An integral scalar into {@code t}: unsigned targets accept negatives that wrap (down to -max). */
  static void check(long v, DType t, boolean cNames) {
    if (t == DType.bool || t == DType.int64) {
      return;
    }
    if (t.is_floating_point()) {
      check((double) v, t, cNames);
      return;
    }
    double m = max(t);
    if (t == DType.uint8) {
      if (v > m || v < -m) { // -v would overflow for Long.MIN_VALUE
        throw overflow(t, cNames);
      }
      return;
    }
    if (v < lowest(t) || v > m) {
      throw overflow(t, cNames);
    }
  }

  /** As {@link #check(Tensor, DType)}, naming the dtype as PyTorch's dtype printer does ({@code int8}). */
  static void checkTorchName(Tensor scalar, DType t) {
    if (scalar.wrappedNumber && !scalar.dtype().is_floating_point() && !t.is_floating_point()) {
      check(scalar.scalarLong(), t, false);
    }
  }

  /** Checks a wrapped Java scalar about to be written into {@code t}. */
  static void check(Tensor scalar, DType t) {
    if (!scalar.wrappedNumber) {
      return;
    }
    if (scalar.dtype().is_floating_point()) {
      check(scalar.scalarDouble(), t, true);
    } else {
      check(scalar.scalarLong(), t, true);
    }
  }
}
