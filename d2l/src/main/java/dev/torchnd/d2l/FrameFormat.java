package dev.torchnd.d2l;

import java.util.ArrayList;
import java.util.List;

/**
 * pandas 1.5's {@code print(df)} / {@code print(series)} (pandas/io/formats/format.py), for the
 * defaults of a script run in a terminal: {@code display.precision} 6, width 80 (wide frames drop
 * middle columns and show {@code ...} plus a {@code [r rows x c columns]} footer),
 * {@code display.max_rows} 60 is not applied (D2L's frames are small).
 */
final class FrameFormat {
  private FrameFormat() {}

  static final int DIGITS = 6;
  static final int WIDTH = 80;

  // ------------------------------------------------------------------ values

  /** {@code format_array(values, leading_space=True)}, before justification. */
  static List<String> values(Series s) {
    List<String> out = new ArrayList<>();
    switch (s.dtype) {
      case float64, float32 -> {
        double[] v = new double[s.values.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = (Double) s.values[i];
        }
        out.addAll(floats(v));
      }
      case int64, uint8 -> {
        for (Object o : s.values) {
          long l = (Long) o;
          out.add(l < 0 ? Long.toString(l) : " " + l);
        }
      }
      default -> {
        for (Object o : s.values) {
          if (o instanceof Double d && !d.isNaN()) {
            String t = PyFormat.fixed(d, DIGITS, true);
            if (!t.endsWith("inf")) {
              t = stripZeros(t);
            }
            out.add(t);
          } else {
            out.add(" " + PyFormat.str(o));
          }
        }
      }
    }
    return out;
  }

  /** {@code _trim_zeros_single_float}. */
  private static String stripZeros(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '0') {
      end--;
    }
    String t = s.substring(0, end);
    return t.endsWith(".") ? t + "0" : t;
  }

  /** {@code FloatArrayFormatter.get_result_as_array} with leading space and no float_format. */
  static List<String> floats(double[] v) {
    List<String> f = trimZeros(fmt(v, false));
    int maxLen = 0;
    for (String s : f) {
      maxLen = Math.max(maxLen, s.length());
    }
    boolean tooLong = maxLen > DIGITS + 6;
    boolean large = false;
    boolean small = false;
    for (double d : v) {
      double a = Math.abs(d);
      large |= a > 1e6;
      small |= a < Math.pow(10, -DIGITS) && a > 0;
    }
    if (small || (tooLong && large)) {
      f = trimZeros(fmt(v, true));
    }
    return f;
  }

  private static List<String> fmt(double[] v, boolean sci) {
    List<String> out = new ArrayList<>();
    for (double d : v) {
      if (Double.isNaN(d)) {
        out.add("NaN");
      } else {
        out.add(sci ? PyFormat.sci(d, DIGITS, true) : PyFormat.fixed(d, DIGITS, true));
      }
    }
    return out;
  }

  private static boolean isNumberWithDecimal(String s) {
    return s.matches("^\\s*[+-]?[0-9]+\\.[0-9]*$");
  }

  /** {@code _trim_zeros_float}: trims trailing zeros equally, keeping one after the point. */
  static List<String> trimZeros(List<String> in) {
    List<String> t = new ArrayList<>(in);
    while (true) {
      boolean any = false;
      boolean all = true;
      for (String s : t) {
        if (isNumberWithDecimal(s)) {
          any = true;
          all &= s.endsWith("0");
        }
      }
      if (!(any && all)) {
        break;
      }
      for (int i = 0; i < t.size(); i++) {
        String s = t.get(i);
        if (isNumberWithDecimal(s)) {
          t.set(i, s.substring(0, s.length() - 1));
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      String s = t.get(i);
      if (isNumberWithDecimal(s) && s.endsWith(".")) {
        t.set(i, s + "0");
      }
    }
    return t;
  }

  static String rjust(String s, int w) {
    return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
  }

  static String ljust(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }

  static int maxLen(List<String> l) {
    int m = 0;
    for (String s : l) {
      m = Math.max(m, s.length());
    }
    return m;
  }

  /** {@code adjoin(space, *columns)}: each column left-justified to its width plus space. */
  static List<String> adjoin(int space, List<List<String>> cols) {
    List<String> lines = new ArrayList<>();
    int rows = cols.get(0).size();
    for (int r = 0; r < rows; r++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < cols.size(); c++) {
        List<String> col = cols.get(c);
        int w = maxLen(col) + (c < cols.size() - 1 ? space : 0);
        sb.append(ljust(col.get(r), w));
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  private static List<String> indexLabels(List<Object> index) {
    List<String> out = new ArrayList<>();
    for (Object o : index) {
      out.add(PyFormat.str(o));
    }
    int w = maxLen(out);
    out.replaceAll(s -> ljust(s, w));
    return out;
  }

  // ------------------------------------------------------------------ Series

  /** {@code display.max_rows}: longer Series and frames show {@code MIN_ROWS} rows. */
  static final int MAX_ROWS = 60;

  /** {@code display.min_rows}: the first and last half of these are shown when truncated. */
  static final int MIN_ROWS = 10;

  static String series(Series s) {
    boolean truncated = s.values.length > MAX_ROWS;
    String footer = (s.name != null ? "Name: " + PyFormat.escape(s.name) + ", " : "")
        + (truncated ? "Length: " + s.values.length + ", " : "") + "dtype: " + s.dtype;
    if (s.values.length == 0) {
      return "Series([], " + footer + ")";
    }
    Series shown = s;
    int half = MIN_ROWS / 2;
    if (truncated) {
      int n = s.values.length;
      Object[] v = new Object[2 * half];
      List<Object> ix = new ArrayList<>();
      for (int i = 0; i < half; i++) {
        v[i] = s.values[i];
        v[half + i] = s.values[n - half + i];
        ix.add(s.index.get(i));
      }
      for (int i = 0; i < half; i++) {
        ix.add(s.index.get(n - half + i));
      }
      shown = new Series(s.name, s.dtype, v, ix);
    }
    List<String> idx = indexLabels(shown.index);
    List<String> vals = values(shown);
    int w = maxLen(vals);
    vals.replaceAll(v -> rjust(v, w));
    if (truncated) {
      // SeriesFormatter: a centred "..." (".." when the values are narrower) between the halves
      int width = vals.get(half - 1).length();
      vals.add(half, center(width > 3 ? "..." : "..", width));
      idx.add(half, "");
    }
    return String.join("\n", adjoin(3, List.of(idx, vals))) + "\n" + footer;
  }

  /** Python's {@code str.center(width)}. */
  static String center(String s, int width) {
    int marg = width - s.length();
    if (marg <= 0) {
      return s;
    }
    int left = marg / 2 + (marg & width & 1);
    return " ".repeat(left) + s + " ".repeat(marg - left);
  }

  // ------------------------------------------------------------------ DataFrame

  static String frame(DataFrame df) {
    if (df.columns.isEmpty() || df.index.isEmpty()) {
      List<String> cols = new ArrayList<>();
      for (String c : df.columns) {
        cols.add(PyFormat.escape(c));
      }
      List<String> idx = new ArrayList<>();
      for (Object o : df.index) {
        idx.add(PyFormat.str(o));
      }
      return "Empty DataFrame\nColumns: ["
          + String.join(", ", cols)
          + "]\nIndex: ["
          + String.join(", ", idx)
          + "]";
    }
    // _truncate_vertically: more than max_rows rows show the first and last min_rows / 2
    boolean vTrunc = df.index.size() > MAX_ROWS;
    String footer = "\n\n[" + df.index.size() + " rows x " + df.columns.size() + " columns]";
    int half = MIN_ROWS / 2;
    if (vTrunc) {
      int n = df.index.size();
      String rows = "0:" + half;
      DataFrame head = df.iloc(rows);
      DataFrame tail = df.iloc((n - half) + ":");
      df = Pandas.concat(List.of(head, tail));
    }
    List<List<String>> strcols = strcols(df, -1);
    if (vTrunc) {
      dotRow(strcols, half, -1);
    }
    List<String> lines = adjoin(1, strcols);
    if (maxLen(lines) <= WIDTH) {
      return String.join("\n", lines) + (vTrunc ? footer : "");
    }
    // _fit_strcols_to_terminal_width
    int adjDif = maxLen(lines) - WIDTH + 1;
    List<Integer> colLens = new ArrayList<>();
    for (List<String> c : strcols) {
      colLens.add(maxLen(c));
    }
    int nCols = colLens.size();
    while (adjDif > 0 && nCols > 1) {
      int mid = (int) Math.rint(nCols / 2.0);
      adjDif -= colLens.get(mid) + 1;
      colLens.remove(mid);
      nCols = colLens.size();
    }
    int fitted = Math.max(nCols - 1, 2);
    if (df.columns.size() <= fitted) {
      return String.join("\n", lines) + (vTrunc ? footer : "");
    }
    int colNum = fitted / 2;
    strcols = strcols(df, colNum);
    if (vTrunc) {
      dotRow(strcols, half, colNum + 1);
    }
    return String.join("\n", adjoin(1, strcols)) + footer;
  }

  /** {@code _insert_dot_separator_vertical}: a row of dots after the first {@code half} rows. */
  private static void dotRow(List<List<String>> strcols, int half, int dotCol) {
    for (int ix = 0; ix < strcols.size(); ix++) {
      List<String> col = strcols.get(ix);
      int cwidth = col.get(half).length();
      boolean isDotCol = ix == dotCol;
      String dots = cwidth > 3 || isDotCol ? "..." : "..";
      String dot;
      if (ix == 0) {
        dot = ljust(dots, cwidth);
      } else if (isDotCol) {
        dot = rjust(dots, 4);
      } else {
        dot = rjust(dots, cwidth);
      }
      col.add(half + 1, dot);
    }
  }

  /** The index column and one column per frame column; {@code half >= 0} keeps both ends. */
  private static List<List<String>> strcols(DataFrame df, int half) {
    List<Integer> keep = new ArrayList<>();
    int n = df.columns.size();
    for (int c = 0; c < n; c++) {
      if (half < 0 || c < half || c >= n - half) {
        keep.add(c);
      }
    }
    List<List<String>> out = new ArrayList<>();
    List<String> idx = new ArrayList<>();
    idx.add("");
    idx.addAll(indexLabels(df.index));
    int iw = maxLen(idx);
    idx.replaceAll(s -> ljust(s, iw));
    out.add(idx);
    for (int k = 0; k < keep.size(); k++) {
      int c = keep.get(k);
      Series s = df.data.get(c);
      // pandas 1.5 pairs the shown labels with the first dtypes of the whole frame
      // (_get_formatted_column_labels zips tr_frame.columns with frame.dtypes), so after
      // horizontal truncation a label's leading space follows the column at its position
      String header = (df.data.get(k).dtype.isNumeric() ? " " : "")
          + PyFormat.escape(df.columns.get(c));
      List<String> vals = values(s);
      int w = Math.max(header.length(), maxLen(vals));
      List<String> col = new ArrayList<>();
      col.add(rjust(header, w));
      for (String v : vals) {
        col.add(rjust(v, w));
      }
      out.add(col);
      if (half >= 0 && k == half - 1) {
        List<String> dots = new ArrayList<>();
        for (int r = 0; r <= df.index.size(); r++) {
          dots.add(" ...");
        }
        out.add(dots);
      }
    }
    return out;
  }
}
