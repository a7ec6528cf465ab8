package dev.torchnd.examples;

import dev.torchnd.Size;
import dev.torchnd.Tensor;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prints a walkthrough the way Jupyter shows a notebook: each cell's displayed value in Python's
 * repr ({@code (tensor(...), 3.5, True)} for tuples), and a raised exception as
 * {@code RuntimeError: message}.
 */
public final class Notebook {
  private final PrintStream out;
  private int cell;

  public Notebook(PrintStream out) {
    this.out = out;
  }

  /** A cell that displays nothing; with {@link #show} inside, it displays what show gets. */
  public interface Cell {
    void run() throws Exception;
  }

  /** Starts the next cell, runs it and prints an exception as Python would show it. */
  public void cell(Cell body) {
    cell++;
    out.println("### cell " + cell);
    try {
      body.run();
    } catch (IndexOutOfBoundsException e) {
      out.println("IndexError: " + e.getMessage());
    } catch (RuntimeException e) {
      out.println("RuntimeError: " + e.getMessage());
    } catch (Exception e) {
      out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Displays one value, or several as a Python tuple. */
  public void show(Object... values) {
    if (values.length == 1 && values[0] == null) {
      return; // Jupyter displays nothing for None
    }
    out.println(values.length == 1 ? repr(values[0]) : tuple(values));
  }

  /** Python's {@code print(...)}: values separated by spaces, strings unquoted. */
  public void print(Object... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(values[i] instanceof String s ? s : repr(values[i]));
    }
    out.println(sb);
  }

  static String tuple(Object... values) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(repr(values[i]));
    }
    if (values.length == 1) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }

  /** Python's repr of a Java value. */
  public static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double || v instanceof Float) {
      return pyFloat(((Number) v).doubleValue());
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof Object[] arr) {
      return tuple(arr);
    }
    if (v instanceof List<?> l && !(v instanceof Size)) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof Class<?> c) {
      return "<class '" + (c == Tensor.class ? "torch.Tensor" : c.getName()) + "'>";
    }
    return String.valueOf(v);
  }

  /** Python's float repr: shortest round-trip digits, {@code 3.0}, {@code 1e-05}, {@code inf}. */
  public static String pyFloat(double d) {
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
      return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    String plain = bd.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }
}
