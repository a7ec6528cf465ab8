package dev.torchnd.d2l;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * pandas' module-level functions D2L uses: {@code pd.read_csv} and {@code pd.get_dummies}, with
 * pandas 1.5.3's behaviour (use them with {@code import static dev.torchnd.d2l.Pandas.*}).
 *
 * <p>{@code read_csv}: UTF-8 (a leading BOM is dropped), {@code ,}-separated with {@code "}
 * quoting (doubled quotes, separators and line breaks inside quotes), LF or CRLF line ends, the
 * first line as header, blank lines skipped. pandas' default NA strings become NA. Each column's
 * dtype is inferred like pandas' C parser: int64 (no NA), else float64 (numbers, or ints with
 * NA; an all-NA column too), else bool ({@code True/TRUE/true/False/FALSE/false}, no NA), else
 * object (strings; bools with NA stay bools). Numbers are parsed independently of the JVM locale.
 * Bad input raises {@link IllegalArgumentException} with pandas' text: an empty file is {@code
 * No columns to parse from file}; a row with more fields than the header is {@code Error
 * tokenizing data. C error: Expected 3 fields in line 3, saw 4} (short rows are padded with NA,
 * as pandas does).
 */
public final class Pandas {
  private Pandas() {}

  /** pandas' default {@code na_values} (1.5). */
  static final Set<String> NA_VALUES =
      Set.of(
          "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
          "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "n/a", "nan", "null");

  private static final Set<String> TRUE = Set.of("True", "TRUE", "true");
  private static final Set<String> FALSE = Set.of("False", "FALSE", "false");

  /** pandas: {@code pd.read_csv(path)}. */
  public static DataFrame read_csv(String path) {
    return read_csv(Path.of(path));
  }

  /** pandas: {@code pd.read_csv(path)}. */
  public static DataFrame read_csv(Path path) {
    try {
      return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** pandas: {@code pd.read_csv(io.StringIO(text))}. */
  public static DataFrame read_csv(Reader reader) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return parse(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DataFrame parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> records;
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser p = CSVParser.parse(text, format)) {
      records = p.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Error tokenizing data: " + e.getMessage(), e);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("No columns to parse from file");
    }
    CSVRecord head = records.get(0);
    int ncol = head.size();
    List<String> names = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int c = 0; c < ncol; c++) {
      String name = head.get(c);
      if (name.isEmpty()) {
        name = "Unnamed: " + c;
      }
      String base = name;
      int k = seen.getOrDefault(base, 0);
      while (seen.containsKey(name)) {
        name = base + "." + (++k);
      }
      seen.put(base, k);
      seen.putIfAbsent(name, 0);
      names.add(name);
    }
    int nrow = records.size() - 1;
    String[][] cells = new String[ncol][nrow];
    for (int r = 0; r < nrow; r++) {
      CSVRecord rec = records.get(r + 1);
      if (rec.size() > ncol) {
        throw new IllegalArgumentException(
            "Error tokenizing data. C error: Expected "
                + ncol
                + " fields in line "
                + lineOf(text, rec.getCharacterPosition())
                + ", saw "
                + rec.size());
      }
      for (int c = 0; c < ncol; c++) {
        String v = c < rec.size() ? rec.get(c) : "";
        cells[c][r] = NA_VALUES.contains(v) ? null : v;
      }
    }
    List<Object> index = new ArrayList<>();
    for (long r = 0; r < nrow; r++) {
      index.add(r);
    }
    List<Series> cols = new ArrayList<>();
    for (int c = 0; c < ncol; c++) {
      cols.add(infer(names.get(c), cells[c], index));
    }
    return new DataFrame(names, cols, index);
  }

  /** 1-based line number of a character position (LF, CRLF or CR line ends). */
  private static long lineOf(String text, long pos) {
    long line = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** pandas' C-parser dtype inference for one column of raw strings ({@code null} = NA). */
  private static Series infer(String name, String[] raw, List<Object> index) {
    int n = raw.length;
    int na = 0;
    for (String s : raw) {
      if (s == null) {
        na++;
      }
    }
    Object[] v = new Object[n];
    if (n == 0) {
      return new Series(name, PandasDtype.object, v, index);
    }
    if (na == n) {
      for (int i = 0; i < n; i++) {
        v[i] = Double.NaN;
      }
      return new Series(name, PandasDtype.float64, v, index);
    }
    boolean ints = true;
    for (int i = 0; i < n && ints; i++) {
      ints = raw[i] == null || Cells.parseInt(raw[i]) != null;
    }
    if (ints && na == 0) {
      for (int i = 0; i < n; i++) {
        v[i] = Cells.parseInt(raw[i]);
      }
      return new Series(name, PandasDtype.int64, v, index);
    }
    boolean floats = true;
    for (int i = 0; i < n && floats; i++) {
      floats = raw[i] == null || Cells.parseFloat(raw[i]) != null;
    }
    if (floats) {
      for (int i = 0; i < n; i++) {
        v[i] = raw[i] == null ? Double.NaN : Cells.parseFloat(raw[i]);
      }
      return new Series(name, PandasDtype.float64, v, index);
    }
    boolean bools = true;
    for (int i = 0; i < n && bools; i++) {
      bools = raw[i] == null || TRUE.contains(raw[i]) || FALSE.contains(raw[i]);
    }
    if (bools) {
      for (int i = 0; i < n; i++) {
        v[i] = raw[i] == null ? null : TRUE.contains(raw[i]);
      }
      return new Series(name, na == 0 ? PandasDtype.bool : PandasDtype.object, v, index);
    }
    System.arraycopy(raw, 0, v, 0, n);
    return new Series(name, PandasDtype.object, v, index);
  }

  /** pandas: {@code pd.get_dummies(df)} ({@code dummy_na=False}). */
  public static DataFrame get_dummies(DataFrame df) {
    return get_dummies(df, false);
  }

  /**
   * pandas 1.5: {@code pd.get_dummies(df, dummy_na=...)}: every object column becomes one uint8
   * 0/1 column per distinct value ({@code <column>_<value>}, values sorted), plus {@code
   * <column>_nan} when {@code dummyNa}; the other columns come first, in their order, then the
   * dummy columns.
   */
  public static DataFrame get_dummies(DataFrame df, boolean dummyNa) {
    List<String> names = new ArrayList<>();
    List<Series> cols = new ArrayList<>();
    for (Series s : df.data) {
      if (s.dtype != PandasDtype.object) {
        names.add(s.name);
        cols.add(s);
      }
    }
    int n = df.index.size();
    for (Series s : df.data) {
      if (s.dtype != PandasDtype.object) {
        continue;
      }
      TreeSet<Object> cats = new TreeSet<>(CATEGORY_ORDER);
      for (Object v : s.values) {
        if (!Series.isNa(v)) {
          cats.add(v);
        }
      }
      for (Object cat : cats) {
        Object[] d = new Object[n];
        for (int r = 0; r < n; r++) {
          d[r] = cat.equals(s.values[r]) ? 1L : 0L;
        }
        names.add(s.name + "_" + (cat instanceof String str ? str : PyFormat.str(cat)));
        cols.add(new Series(null, PandasDtype.uint8, d, df.index));
      }
      if (dummyNa) {
        Object[] d = new Object[n];
        for (int r = 0; r < n; r++) {
          d[r] = Series.isNa(s.values[r]) ? 1L : 0L;
        }
        names.add(s.name + "_nan");
        cols.add(new Series(null, PandasDtype.uint8, d, df.index));
      }
    }
    return new DataFrame(names, cols, df.index);
  }

  /** Python's sort order for the values of one object column (bools: False < True). */
  private static final Comparator<Object> CATEGORY_ORDER =
      (a, b) -> {
        if (a instanceof Boolean x && b instanceof Boolean y) {
          return Boolean.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
          return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
          return x.compareTo(y);
        }
        int c = a.getClass().getName().compareTo(b.getClass().getName());
        return c != 0 ? c : String.valueOf(a).compareTo(String.valueOf(b));
      };

  // ---- §4.10 (Kaggle house prices): concat, Series ----

  /**
   * pandas: {@code pd.concat((df1, df2, ...))}: the rows of the frames one after the other, their
   * labels kept (so they may repeat); columns are the union in order of appearance (NaN where a
   * frame lacks one). A column's dtype is pandas 1.5's common type of its parts: int64 with
   * float64 is float64, anything with object is object, bool with numbers is object; parts that
   * are all NA do not count, except that they make an int column float64.
   *
   * <pre>{@code
   * concat(List.of(train.iloc(":", "1:-1"), test.iloc(":", "1:"))).shape()   // (999, 79)
   * }</pre>
   */
  public static DataFrame concat(List<DataFrame> objs) {
    return concat(objs, 0);
  }

  /**
   * pandas: {@code pd.concat(objs, axis=axis)}; {@code axis=0} stacks frames (above), {@code
   * axis=1} puts Series (or frames) side by side as columns, aligned on their labels, e.g. {@code
   * pd.concat([test_data['Id'], test_data['SalePrice']], axis=1)}.
   */
  public static DataFrame concat(List<?> objs, int axis) {
    if (objs.isEmpty()) {
      throw new IllegalArgumentException("No objects to concatenate");
    }
    if (axis == 1) {
      return concatColumns(objs);
    }
    if (axis != 0) {
      throw new IllegalArgumentException("No axis named " + axis + " for object type DataFrame");
    }
    List<DataFrame> frames = new ArrayList<>();
    for (Object o : objs) {
      if (o instanceof DataFrame f) {
        frames.add(f);
      } else if (o instanceof Series s) {
        frames.add(DataFrame.of(List.of(s.withName(s.name == null ? "0" : s.name)), s.index));
      } else {
        throw new IllegalArgumentException("cannot concatenate object of type '"
            + (o == null ? "NoneType" : o.getClass().getSimpleName())
            + "'; only Series and DataFrame objs are valid");
      }
    }
    List<String> names = new ArrayList<>();
    for (DataFrame f : frames) {
      for (String c : f.columns) {
        if (!names.contains(c)) {
          names.add(c);
        }
      }
    }
    List<Object> index = new ArrayList<>();
    for (DataFrame f : frames) {
      index.addAll(f.index);
    }
    List<Series> cols = new ArrayList<>();
    for (String c : names) {
      List<Series> parts = new ArrayList<>();
      for (DataFrame f : frames) {
        int i = f.columns.indexOf(c);
        if (i >= 0) {
          parts.add(f.data.get(i));
        } else {
          Object[] na = new Object[f.index.size()];
          java.util.Arrays.fill(na, Double.NaN);
          parts.add(new Series(c, PandasDtype.float64, na, f.index));
        }
      }
      PandasDtype dt = commonType(parts);
      Object[] v = new Object[index.size()];
      int k = 0;
      for (Series part : parts) {
        for (Object o : part.values) {
          v[k++] = cast(o, dt);
        }
      }
      cols.add(new Series(c, dt, v, index));
    }
    return new DataFrame(names, cols, index);
  }

  private static DataFrame concatColumns(List<?> objs) {
    List<Series> series = new ArrayList<>();
    int unnamed = 0;
    for (Object o : objs) {
      if (o instanceof Series s) {
        series.add(s.name == null ? s.withName(String.valueOf(unnamed++)) : s);
      } else if (o instanceof DataFrame f) {
        series.addAll(f.data);
      } else {
        throw new IllegalArgumentException("cannot concatenate object of type '"
            + (o == null ? "NoneType" : o.getClass().getSimpleName())
            + "'; only Series and DataFrame objs are valid");
      }
    }
    List<Object> index = new ArrayList<>(series.get(0).index);
    boolean same = true;
    for (Series s : series) {
      same &= s.index.equals(index);
    }
    if (!same) {
      for (Series s : series) {
        if (new java.util.HashSet<>(s.index).size() != s.index.size()) {
          throw new IllegalArgumentException(
              "cannot reindex on an axis with duplicate labels");
        }
        for (Object l : s.index) {
          if (!index.contains(l)) {
            index.add(l);
          }
        }
      }
    }
    DataFrame out = new DataFrame(List.of(), List.of(), index);
    for (Series s : series) {
      out.set(s.name, s);
    }
    return out;
  }

  /** pandas 1.5's common dtype of the parts of a concatenated column. */
  private static PandasDtype commonType(List<Series> parts) {
    java.util.Set<PandasDtype> kinds = new java.util.LinkedHashSet<>();
    boolean anyAllNa = false;
    for (Series s : parts) {
      boolean allNa = s.values.length > 0;
      for (Object o : s.values) {
        allNa &= Series.isNa(o);
      }
      if (allNa && parts.size() > 1) {
        anyAllNa = true;
      } else {
        kinds.add(s.dtype);
      }
    }
    if (kinds.isEmpty()) {
      for (Series s : parts) {
        kinds.add(s.dtype);
      }
    }
    PandasDtype dt;
    if (kinds.size() == 1) {
      dt = kinds.iterator().next();
    } else if (kinds.contains(PandasDtype.object) || kinds.contains(PandasDtype.bool)) {
      dt = PandasDtype.object;
    } else if (kinds.contains(PandasDtype.float64)
        || (kinds.contains(PandasDtype.float32) && kinds.contains(PandasDtype.int64))) {
      dt = PandasDtype.float64;
    } else if (kinds.contains(PandasDtype.float32)) {
      dt = PandasDtype.float32;
    } else {
      dt = PandasDtype.int64;
    }
    if (anyAllNa && (dt.isInteger())) {
      dt = PandasDtype.float64;
    } else if (anyAllNa && dt == PandasDtype.bool) {
      dt = PandasDtype.object;
    }
    return dt;
  }

  private static Object cast(Object v, PandasDtype dt) {
    if (dt.isFloat()) {
      if (Series.isNa(v)) {
        return Double.NaN;
      }
      double d = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
      return dt == PandasDtype.float32 ? (double) (float) d : d;
    }
    return v;
  }

  /**
   * pandas: {@code pd.Series(array)} of a 1-D tensor (a NumPy array in the book), dtype kept.
   *
   * <pre>{@code
   * System.out.println(Series(tensor(new float[] {0.5f, 2f})));
   * // 0    0.5
   * // 1    2.0
   * // dtype: float32
   * }</pre>
   */
  public static Series Series(dev.torchnd.Tensor data) {
    return dev.torchnd.d2l.Series.ofTensor(data);
  }
}
