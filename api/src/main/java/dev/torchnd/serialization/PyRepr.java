package dev.torchnd.serialization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Python's {@code repr} of what {@code torch.load} returns, so loaded containers print alike. */
final class PyRepr {
  private PyRepr() {}

  static String repr(Object v) {
    StringBuilder sb = new StringBuilder();
    append(sb, v, 0);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object v, int depth) {
    if (depth > Unpickler.MAX_DEPTH) {
      sb.append("...");
      return;
    }
    if (v == null) {
      sb.append("None");
    } else if (v instanceof Boolean b) {
      sb.append(b ? "True" : "False");
    } else if (v instanceof Double || v instanceof Float) {
      sb.append(pyFloat(((Number) v).doubleValue()));
    } else if (v instanceof String s) {
      sb.append(str(s));
    } else if (v instanceof byte[] bytes) {
      sb.append("b'");
      for (byte x : bytes) {
        int c = x & 0xff;
        if (c == '\\' || c == '\'') {
          sb.append('\\').append((char) c);
        } else if (c >= 32 && c < 127) {
          sb.append((char) c);
        } else {
          sb.append(String.format(Locale.ROOT, "\\x%02x", c));
        }
      }
      sb.append('\'');
    } else if (v instanceof Tuple t) {
      sb.append('(');
      for (int i = 0; i < t.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        append(sb, t.get(i), depth + 1);
      }
      sb.append(t.size() == 1 ? ",)" : ")");
    } else if (v instanceof dev.torchnd.Size) {
      sb.append(v);
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        append(sb, l.get(i), depth + 1);
      }
      sb.append(']');
    } else if (v instanceof OrderedDict<?, ?> od) {
      if (od.isEmpty()) {
        sb.append("OrderedDict()");
        return;
      }
      sb.append("OrderedDict([");
      boolean first = true;
      for (Map.Entry<?, ?> e : od.entrySet()) {
        sb.append(first ? "(" : ", (");
        first = false;
        append(sb, e.getKey(), depth + 1);
        sb.append(", ");
        append(sb, e.getValue(), depth + 1);
        sb.append(')');
      }
      sb.append("])");
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ");
        first = false;
        append(sb, e.getKey(), depth + 1);
        sb.append(": ");
        append(sb, e.getValue(), depth + 1);
      }
      sb.append('}');
    } else if (v instanceof Set<?> s) {
      if (s.isEmpty()) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Object o : (Collection<?>) s) {
        sb.append(first ? "" : ", ");
        first = false;
        append(sb, o, depth + 1);
      }
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  /** Python's repr of a str: single quotes unless the text holds one and no double quote. */
  static String str(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == q || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 32 || c == 127) {
        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append(q).toString();
  }

  /** Python's float repr: {@code 3.0}, {@code 0.5}, {@code 1e-05}, {@code 1e+16}, {@code nan}. */
  static String pyFloat(double d) {
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

  /** A Python list as {@code torch.load} returns it: a Java list that prints like Python's. */
  static final class PyList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return repr(this);
    }
  }

  /** A Python dict as {@code torch.load} returns it: insertion-ordered, printed like Python's. */
  static final class PyDict extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return repr(this);
    }
  }
}
