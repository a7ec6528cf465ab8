package dev.torchnd.utils.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code repr} for collated batches: lists and dicts that print as {@code print(batch)}
 * does in Python ({@code [tensor([0, 1]), ['a', 'b']]}, {@code {'x': tensor([0, 1])}}).
 */
final class PyRepr {
  private PyRepr() {}

  static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double || v instanceof Float) {
      return floatRepr(((Number) v).doubleValue());
    }
    if (v instanceof CharSequence s) {
      String q = s.toString().indexOf('\'') >= 0 && s.toString().indexOf('"') < 0 ? "\"" : "'";
      String body = s.toString().replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
      if (q.equals("'")) {
        body = body.replace("'", "\\'");
      }
      return q + body + q;
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(repr(l.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        first = false;
      }
      return sb.append('}').toString();
    }
    return v.toString();
  }

  private static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
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
      return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+")
          + String.format(Locale.ROOT, "%02d", Math.abs(exp));
    }
    String plain = bd.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  /** A collated list (Python's list). */
  static final class PyList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    PyList(int capacity) {
      super(capacity);
    }

    @Override
    public String toString() {
      return repr(this);
    }
  }

  /** A collated dict, insertion-ordered (Python's dict). */
  static final class PyDict extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return repr(this);
    }
  }
}
