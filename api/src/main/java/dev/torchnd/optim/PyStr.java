package dev.torchnd.optim;

import dev.torchnd.Tensor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Python's {@code str()} of option values, for optimizer and scheduler messages and reprs. */
final class PyStr {
  private PyStr() {}

  static String str(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double || v instanceof Float) {
      return repr(((Number) v).doubleValue());
    }
    if (v instanceof double[] a) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < a.length; i++) {
        sb.append(i > 0 ? ", " : "").append(repr(a[i]));
      }
      return sb.append(a.length == 1 ? ",)" : ")").toString();
    }
    if (v instanceof List<?> l) {
      // Option tuples (betas) print as Python tuples.
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(str(l.get(i)));
      }
      return sb.append(l.size() == 1 ? ",)" : ")").toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
        first = false;
      }
      return sb.append('}').toString();
    }
    if (v instanceof Tensor t) {
      return t.toString();
    }
    return v.toString();
  }

  /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
  static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        bd = r.stripTrailingZeros();
        break;
      }
    }
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
}
