package dev.torchnd.spi;

/**
 * IEEE binary16 and bfloat16 conversions with round-to-nearest-even, as PyTorch's c10 does (NaN
 * becomes c10's quiet NaN, sign kept). The one implementation: backends store float16/bfloat16
 * elements with it, the API rounds sampled values and reads/writes checkpoint bytes with it.
 */
public final class Half {
  private Half() {}

  public static float halfToFloat(short h) {
    int bits = h & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    if (exp == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    if (exp == 0) {
      if (mant == 0) {
        return Float.intBitsToFloat(sign);
      }
      // Subnormal half: value = mant * 2^-24.
      float v = mant * 0x1p-24f;
      return sign != 0 ? -v : v;
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }

  public static short floatToHalf(float f) {
    int x = Float.floatToRawIntBits(f);
    int sign = (x >>> 16) & 0x8000;
    int absx = x & 0x7fffffff;
    if (absx >= 0x7f800000) {
      // Inf or NaN: keep NaN quiet.
      return (short) (sign | 0x7c00 | (absx > 0x7f800000 ? 0x200 : 0));
    }
    if (absx >= 0x477ff000) {
      // Rounds to a value at or beyond 65520 -> inf.
      return (short) (sign | 0x7c00);
    }
    if (absx < 0x38800000) {
      // Result is subnormal or zero in half precision: round |f| * 2^24 to an integer, RNE.
      float a = Float.intBitsToFloat(absx);
      int m = (int) Math.rint(a * 0x1p24f);
      return (short) (sign | m);
    }
    int exp = ((absx >>> 23) - 112) << 10;
    int mant = absx & 0x7fffff;
    int h = exp | (mant >>> 13);
    int rest = mant & 0x1fff;
    if (rest > 0x1000 || (rest == 0x1000 && (h & 1) != 0)) {
      h++;
    }
    return (short) (sign | h);
  }

  public static float bf16ToFloat(short b) {
    return Float.intBitsToFloat((b & 0xffff) << 16);
  }

  public static short floatToBf16(float f) {
    int x = Float.floatToRawIntBits(f);
    if ((x & 0x7fffffff) > 0x7f800000) {
      return (short) ((x >>> 16) | 0x40);
    }
    int rounding = 0x7fff + ((x >>> 16) & 1);
    return (short) ((x + rounding) >>> 16);
  }

  /** {@code f} rounded to the nearest float16 value (ties to even); NaN stays as it is. */
  public static float roundToHalf(float f) {
    return Float.isNaN(f) ? f : halfToFloat(floatToHalf(f));
  }

  /** {@code f} rounded to the nearest bfloat16 value (ties to even); NaN becomes the quiet NaN. */
  public static float roundToBf16(float f) {
    return Float.isNaN(f) ? Float.NaN : bf16ToFloat(floatToBf16(f));
  }
}
