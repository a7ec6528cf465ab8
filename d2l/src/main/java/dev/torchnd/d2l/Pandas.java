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
}
