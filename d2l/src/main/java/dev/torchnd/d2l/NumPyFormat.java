package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy 1.24's {@code str(array)} for float arrays of 1 or 2 dimensions (what {@code
 * print(t.numpy())} shows): shortest unique digits ({@code floatmode='maxprec'}, precision 8),
 * padded to a common width, scientific when the magnitudes call for it, lines wrapped at 75.
 *
 * <pre>{@code
 * NumPyFormat.str(tensor(new float[][] {{4.9949126f, -3.3818572f}}))   // [[ 4.9949126 -3.3818572]]
 * }</pre>
 */
public final class NumPyFormat {
  private NumPyFormat() {}

  /** Python: {@code str(t.numpy())} for a float32 or float64 tensor of 1 or 2 dimensions. */
  public static String str(Tensor t) {
    boolean f32 = t.dtype() == DType.float32;
    if (!f32 && t.dtype() != DType.float64) {
      throw new IllegalArgumentException("NumPyFormat handles float32 and float64 arrays");
    }
    Tensor c = t.detach().contiguous();
    double[] v = c.toDoubleArray();
    long[] shape = c.shape().toLongArray();
    if (shape.length < 1 || shape.length > 2) {
      throw new IllegalArgumentException("NumPyFormat handles 1-D and 2-D arrays");
    }
    String[] words = format(v, f32);
    int rows = shape.length == 1 ? 1 : (int) shape[0];
    int cols = (int) shape[shape.length - 1];
    StringBuilder s = new StringBuilder();
    String hang = shape.length == 1 ? " " : "  ";
    int elemWidth = shape.length == 1 ? 75 - 1 : 74 - 1;
    for (int r = 0; r < rows; r++) {
      StringBuilder out = new StringBuilder();
      String line = hang;
      for (int k = 0; k < cols; k++) {
        String word = words[r * cols + k];
        if (line.length() + word.length() > elemWidth && line.length() > hang.length()) {
          out.append(line.stripTrailing()).append('\n');
          line = hang;
        }
        line += word;
        if (k < cols - 1) {
          line += " ";
        }
      }
      out.append(line);
      String row = "[" + out.substring(hang.length()) + "]";
      if (shape.length == 1) {
        return row;
      }
      s.append(r == 0 ? "" : "\n ").append(row);
    }
    return "[" + s + "]";
  }

  private static String[] format(double[] v, boolean f32) {
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (double x : v) {
      double a = Math.abs(x);
      if (a != 0 && Double.isFinite(a)) {
        max = Math.max(max, a);
        min = Math.min(min, a);
      }
    }
    boolean exp = min != Double.POSITIVE_INFINITY && (max >= 1e8 || min < 0.0001 || max / min > 1000.);
    List<String[]> parts = new ArrayList<>();
    for (double x : v) {
      parts.add(exp ? sci(x, f32) : positional(x, f32));
    }
    int padLeft = 0;
    int padRight = 0;
    int expSize = 0;
    for (String[] p : parts) {
      padLeft = Math.max(padLeft, p[0].length());
      padRight = Math.max(padRight, p[1].length());
      if (exp) {
        expSize = Math.max(expSize, p[2].length());
      }
    }
    String[] out = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      String[] p = parts.get(i);
      String ip = " ".repeat(padLeft - p[0].length()) + p[0];
      if (exp) {
        String frac = p[1] + "0".repeat(padRight - p[1].length());
        String e = p[2];
        String sign = e.startsWith("-") ? "-" : "+";
        String digits = e.replace("-", "");
        out[i] = ip + "." + frac + "e" + sign + "0".repeat(Math.max(0, Math.max(2, expSize - 1) - digits.length())) + digits;
      } else {
        out[i] = ip + "." + p[1] + " ".repeat(padRight - p[1].length());
      }
    }
    return out;
  }

  /** The shortest decimal that reads back as {@code x} (in float32 or float64). */
  private static BigDecimal shortest(double x, boolean f32) {
    BigDecimal exact = new BigDecimal(x);
    for (int p = 1; p <= 17; p++) {
      BigDecimal d = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      boolean back = f32 ? Float.parseFloat(d.toString()) == (float) x : Double.parseDouble(d.toString()) == x;
      if (back) {
        return d;
      }
    }
    return exact;
  }

  /** {int part, fraction digits} of dragon4_positional(precision=8, unique, trim='.'). */
  private static String[] positional(double x, boolean f32) {
    BigDecimal d = shortest(x, f32);
    if (d.scale() > 8) {
      d = new BigDecimal(x).setScale(8, RoundingMode.HALF_EVEN);
    }
    d = d.stripTrailingZeros();
    String s = d.scale() <= 0 ? d.setScale(0).toPlainString() + "." : d.toPlainString();
    if (x == 0 && 1 / x < 0) {
      s = "-0.";
    }
    int dot = s.indexOf('.');
    if (dot < 0) {
      return new String[] {s, ""};
    }
    return new String[] {s.substring(0, dot), s.substring(dot + 1)};
  }

  /** {mantissa int part, mantissa fraction, exponent} of dragon4_scientific(precision=8, unique). */
  private static String[] sci(double x, boolean f32) {
    if (x == 0) {
      return new String[] {"0", "", "0"};
    }
    BigDecimal d = shortest(x, f32);
    if (d.precision() > 9) {
      d = new BigDecimal(x).round(new MathContext(9, RoundingMode.HALF_EVEN));
    }
    d = d.stripTrailingZeros();
    int exp = d.precision() - d.scale() - 1;
    String digits = d.unscaledValue().abs().toString();
    String sign = d.signum() < 0 ? "-" : "";
    return new String[] {sign + digits.charAt(0), digits.substring(1), String.valueOf(exp)};
  }
}
