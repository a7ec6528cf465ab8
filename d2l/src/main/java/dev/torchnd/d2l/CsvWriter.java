package dev.torchnd.d2l;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * pandas 1.5's {@code DataFrame.to_csv} with its defaults: each cell as pandas'
 * {@code to_native_types} gives it (NumPy's {@code astype(str)} for numbers, {@code na_rep=''}),
 * written by Python's {@code csv.writer} with {@code QUOTE_MINIMAL} and {@code lineterminator='\n'}.
 */
final class CsvWriter {
  private CsvWriter() {}

  static String write(DataFrame df, boolean index) {
    StringBuilder sb = new StringBuilder();
    List<String> head = new ArrayList<>();
    if (index) {
      head.add("");
    }
    head.addAll(df.columns);
    row(sb, head);
    for (int r = 0; r < df.index.size(); r++) {
      List<String> fields = new ArrayList<>();
      if (index) {
        fields.add(cell(PandasDtype.object, df.index.get(r)));
      }
      for (Series s : df.data) {
        fields.add(cell(s.dtype, s.values[r]));
      }
      row(sb, fields);
    }
    return sb.toString();
  }

  /** Python's {@code csv.writer.writerow} (QUOTE_MINIMAL, {@code "} doubled). */
  private static void row(StringBuilder sb, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      sb.append("\"\"\n"); // a lone empty field is quoted, else the row would read as blank
      return;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    sb.append('\n');
  }

  /** One cell as pandas writes it. */
  static String cell(PandasDtype dtype, Object v) {
    if (Series.isNa(v)) {
      return "";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double d) {
      return dtype == PandasDtype.float32 ? numpyStr((float) d.doubleValue()) : numpyStr(d);
    }
    return v.toString();
  }

  /** NumPy's {@code str(np.float64(x))} (= Python's {@code repr}): shortest round-trip digits. */
  static String numpyStr(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
      return PyFormat.repr(d);
    }
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(r.toString()) == d) {
        return layout(r, Math.abs(d));
      }
    }
    throw new AssertionError("no round-trip digits for " + d);
  }

  /** NumPy's {@code str(np.float32(x))}: the shortest digits that read back as this float. */
  static String numpyStr(float f) {
    if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
      return PyFormat.repr(f);
    }
    BigDecimal exact = new BigDecimal(f);
    for (int p = 1; p <= 9; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (Float.parseFloat(r.toString()) == f) {
        return layout(r, Math.abs((double) f));
      }
    }
    throw new AssertionError("no round-trip digits for " + f);
  }

  /** Positional between 1e-4 and 1e16 ({@code 100000.0}), else {@code 1e-05}, {@code 3.4e+38}. */
  private static String layout(BigDecimal r, double abs) {
    BigDecimal s = r.stripTrailingZeros();
    boolean neg = s.signum() < 0;
    s = s.abs();
    if (abs >= 1e-4 && abs < 1e16) {
      String plain = s.toPlainString();
      return (neg ? "-" : "") + (plain.contains(".") ? plain : plain + ".0");
    }
    String digits = s.unscaledValue().toString();
    int exp = s.precision() - s.scale() - 1;
    String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
    return (neg ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }
}
