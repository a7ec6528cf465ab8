package dev.torchnd.d2l;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Python's number formatting, locale-independent: {@code repr(float)}, {@code f'{x:.Nf}'},
 * {@code f'{x: .Ne}'}. Rounding is Python's: half-even on the exact binary value of the double.
 */
public final class PyFormat {
  private PyFormat() {}

  /** Python's {@code f'{x:.{digits}f}'} (e.g. {@code f'{0.1:.5f}'} is {@code 0.10000}). */
  public static String f(double x, int digits) {
    return fixed(x, digits, false);
  }

  /** {@code f'{x:.{digits}f}'}, with a space in front of non-negative values when asked. */
  static String fixed(double x, int digits, boolean spaceSign) {
    if (Double.isNaN(x)) {
      return spaceSign ? " nan" : "nan";
    }
    boolean neg = x < 0 || (x == 0 && 1 / x < 0);
    if (Double.isInfinite(x)) {
      return neg ? "-inf" : (spaceSign ? " inf" : "inf");
    }
    String body =
        new BigDecimal(Math.abs(x)).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    return (neg ? "-" : spaceSign ? " " : "") + body;
  }

  /** Python's {@code f'{x:.{digits}e}'}, with a space sign when asked. */
  static String sci(double x, int digits, boolean spaceSign) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return fixed(x, digits, spaceSign);
    }
    boolean neg = x < 0 || (x == 0 && 1 / x < 0);
    String sign = neg ? "-" : spaceSign ? " " : "";
    if (x == 0) {
      return sign + "0." + "0".repeat(digits) + "e+00";
    }
    BigDecimal r =
        new BigDecimal(Math.abs(x)).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    StringBuilder d = new StringBuilder(r.unscaledValue().toString());
    while (d.length() < digits + 1) {
      d.append('0');
    }
    String mant = digits == 0 ? d.substring(0, 1) : d.charAt(0) + "." + d.substring(1, digits + 1);
    return sign
        + mant
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }

  /** Python's {@code repr(float)}: {@code 3.0}, {@code 0.5}, {@code 1e-05}, {@code nan}. */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exp = bd.precision() - bd.scale() - 1;
    if (exp < -4 || exp >= 16) {
      String digits = bd.unscaledValue().abs().toString();
      String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      return (d < 0 ? "-" : "")
          + mant
          + "e"
          + (exp < 0 ? "-" : "+")
          + String.format(Locale.ROOT, "%02d", Math.abs(exp));
    }
    String plain = bd.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  /** Python's {@code str()} of a cell value, as pandas shows it ({@code None}/NA as NaN). */
  static String str(Object v) {
    if (v == null) {
      return "NaN";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double d) {
      return Double.isNaN(d) ? "NaN" : repr(d);
    }
    return escape(v.toString());
  }

  /** pandas' {@code pprint_thing(..., escape_chars=('\t', '\r', '\n'))}. */
  static String escape(String s) {
    return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
  }
}
