package dev.torchnd.d2l;

import java.util.Locale;

/**
 * The column dtypes a {@link DataFrame} column can have, named as pandas prints them. Values
 * are held as Java objects: {@code int64}/{@code uint8} as {@link Long}, {@code float64} as
 * {@link Double} ({@code NaN} is NA), {@code bool} as {@link Boolean}, and {@code object} as
 * {@link String}, {@link Boolean}, {@link Long} or {@link Double}, with {@code null} for NA;
 * {@code float32} (a Series made from a float32 tensor, {@code pd.Series(preds)}) as the
 * {@link Double} of each float.
 */
public enum PandasDtype {
  int64,
  uint8,
  float64,
  float32,
  bool,
  object;

  /** pandas' {@code is_numeric_dtype}: true for ints, floats and bool. */
  public boolean isNumeric() {
    return this != object;
  }

  /** True for the integer dtypes. */
  public boolean isInteger() {
    return this == int64 || this == uint8;
  }

  /** True for the float dtypes. */
  public boolean isFloat() {
    return this == float64 || this == float32;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
