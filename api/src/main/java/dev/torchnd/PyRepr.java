package dev.torchnd;

import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code repr()} of plain values, as PyTorch's Python layer prints them in module and
 * optimizer reprs and in error texts: a float in the shortest form that reads back to the same
 * double ({@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code inf}), ints, {@code True}, {@code
 * None}, quoted strs, and lists, tuples and dicts of those.
 *
 * <pre>{@code
 * PyRepr.repr(1e-5)                                 // 1e-05
 * PyRepr.repr(List.of(1L, 0.5, "it's", true))       // [1, 0.5, "it's", True]
 * PyRepr.tuple(List.of(0.9, 0.999))                 // (0.9, 0.999)
 * }</pre>
 */
public final class PyRepr {
  private PyRepr() {}

  /**
   * {@code repr(x)} of a Java value read as the Python value it stands for: null is None,
   * Boolean bool, integral numbers int, Double/Float float, CharSequence str, {@code byte[]}
   * bytes, List list ({@code serialization.Tuple} tuple), Map dict ({@code
   * serialization.OrderedDict} OrderedDict), Set set, {@code double[]}/{@code long[]} lists;
   * anything else prints with its own {@code toString()} (tensors and sizes as their repr). A
   * container met again inside itself prints as Python's {@code [...]} / {@code {...}}.
   */
  public static String repr(Object v) {
    StringBuilder sb = new StringBuilder();
    append(sb, v, new IdentityHashMap<>());
    return sb.toString();
  }

  /** {@code repr(x)} of a Python tuple: {@code (1, 2)}, {@code (1,)}, {@code ()}. */
  public static String tuple(List<?> items) {
    StringBuilder sb = new StringBuilder();
    appendTuple(sb, items, new IdentityHashMap<>());
    return sb.toString();
  }

  private static void appendTuple(StringBuilder sb, List<?> items, Map<Object, Object> path) {
    sb.append('(');
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      append(sb, items.get(i), path);
    }
    sb.append(items.size() == 1 ? ",)" : ")");
  }

  private static void append(StringBuilder sb, Object v, Map<Object, Object> path) {
    if (v == null) {
      sb.append("None");
    } else if (v instanceof Boolean b) {
      sb.append(b ? "True" : "False");
    } else if (v instanceof Double || v instanceof Float) {
      sb.append(repr(((Number) v).doubleValue()));
    } else if (v instanceof CharSequence s) {
      sb.append(repr(s.toString()));
    } else if (v instanceof byte[] bytes) {
      appendBytes(sb, bytes);
    } else if (v instanceof double[] a) {
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(repr(a[i]));
      }
      sb.append(']');
    } else if (v instanceof long[] a) {
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(a[i]);
      }
      sb.append(']');
    } else if (v instanceof Size || v instanceof Tensor) {
      sb.append(v);
    } else if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
      if (path.put(v, v) != null) {
        sb.append(v instanceof Map<?, ?> || v instanceof Set<?> ? "{...}" : "[...]");
        return;
      }
      appendContainer(sb, v, path);
      path.remove(v);
    } else {
      sb.append(v); // ints (Long, Integer, BigInteger ...) print as Python's
    }
  }

  private static void appendContainer(StringBuilder sb, Object v, Map<Object, Object> path) {
    if (v instanceof Tuple t) {
      appendTuple(sb, t, path);
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ");
        append(sb, l.get(i), path);
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
        append(sb, e.getKey(), path);
        sb.append(", ");
        append(sb, e.getValue(), path);
        sb.append(')');
      }
      sb.append("])");
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ");
        first = false;
        append(sb, e.getKey(), path);
        sb.append(": ");
        append(sb, e.getValue(), path);
      }
      sb.append('}');
    } else if (v instanceof Set<?> set && set.isEmpty()) {
      sb.append("set()");
    } else {
      Collection<?> c = (Collection<?>) v;
      boolean set = v instanceof Set<?>;
      sb.append(set ? '{' : '[');
      boolean first = true;
      for (Object o : c) {
        sb.append(first ? "" : ", ");
        first = false;
        append(sb, o, path);
      }
      sb.append(set ? '}' : ']');
    }
  }

  /**
   * {@code repr(float)}: the shortest decimal that reads back to the same double (David Gay's
   * shortest mode, as CPython's {@code float_repr_style = 'short'}), in positional notation for
   * decimal exponents -4 to 15 and as {@code 1.5e-07} / {@code 1e+16} otherwise; {@code nan},
   * {@code inf}, {@code -0.0}.
   */
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
    BigDecimal bd = shortest(d);
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

  /**
   * The fewest significant digits that round back to {@code d}; of two such decimals of that
   * length, the one nearer {@code d}. Rounding the exact value to p digits gives the nearest
   * p-digit decimal; where it misses but the other neighbour lies in {@code d}'s rounding
   * interval (wider on one side at a power of two), that one is taken.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal near = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (near.doubleValue() == d) {
        return near.stripTrailingZeros();
      }
      RoundingMode other = near.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
      BigDecimal far = exact.round(new MathContext(p, other));
      if (far.doubleValue() == d) {
        return far.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /**
   * {@code repr(str)}: single quotes unless the text holds a single quote and no double quote;
   * the quote, backslash, {@code \n}, {@code \r}, {@code \t} and what Python does not print
   * ({@code str.isprintable()}: control, format, separator and unassigned code points) escaped
   * as backslash-x, backslash-u or backslash-U escapes.
   */
  public static String repr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    s.codePoints().forEach(c -> {
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (!printable(c)) {
        sb.append(String.format(Locale.ROOT,
            c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.append(q).toString();
  }

  /** Python's {@code str.isprintable()} for one code point (the space is printable). */
  private static boolean printable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** {@code repr(bytes)}: {@code b'...'} with the str quote rule, non-ASCII as {@code \x..}. */
  private static void appendBytes(StringBuilder sb, byte[] bytes) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : bytes) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char q = single && !dbl ? '"' : '\'';
    sb.append('b').append(q);
    for (byte x : bytes) {
      int c = x & 0xff;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c >= 32 && c < 127) {
        sb.append((char) c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\x%02x", c));
      }
    }
    sb.append(q);
  }
}
