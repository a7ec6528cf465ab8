package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small pandas {@code DataFrame}: named, typed columns ({@link Series}) sharing an index of row
 * labels. Covers what D2L §2.2 and its exercises use, under pandas' names: {@code iloc},
 * column selection ({@code df["NumRooms"]} is {@link #get(String)}), {@code loc}, {@code
 * fillna}, {@code mean}, {@code isna}/{@code isnull}, {@code drop}, {@code dropna}, {@code
 * dtypes}, {@code to_numpy} (straight to a {@link Tensor}) and {@code values}; and what §4.10 adds:
 * {@code iloc} with a list of column positions, {@code apply}, column assignment ({@link
 * #set(List, DataFrame)}), {@code to_csv}. Every operation returns a new frame except {@code
 * set}, which changes the frame in place as pandas' {@code df[cols] = value} does. {@link
 * #toString()} prints what pandas 1.5's {@code print(df)} prints. Reading, {@code concat} and
 * {@code get_dummies} are in {@link Pandas}.
 *
 * <p>Reductions follow pandas 1.5's default {@code numeric_only=None}: columns that cannot be
 * reduced (strings) are left out; pandas also emits a {@code FutureWarning} then, which is not
 * reproduced.
 */
public final class DataFrame {
  final List<String> columns;
  final List<Series> data;
  final List<Object> index;

  DataFrame(List<String> columns, List<Series> data, List<Object> index) {
    // mutable only through set(...), pandas' df[col] = value
    this.columns = new ArrayList<>(columns);
    List<Series> d = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      d.add(data.get(i).withName(columns.get(i)));
    }
    this.data = d;
    this.index = Collections.unmodifiableList(new ArrayList<>(index));
  }

  static DataFrame of(List<Series> cols, List<Object> index) {
    List<String> names = new ArrayList<>();
    for (Series s : cols) {
      names.add(s.name);
    }
    return new DataFrame(names, cols, index);
  }

  /** pandas: {@code columns}. */
  public List<String> columns() {
    return Collections.unmodifiableList(columns);
  }

  /** pandas: {@code index}: the row labels. */
  public List<Object> index() {
    return index;
  }

  /** pandas: {@code shape} as {@code (rows, columns)}. */
  public long[] shape() {
    return new long[] {index.size(), columns.size()};
  }

  /** Python: {@code len(df)}: the number of rows. */
  public int len() {
    return index.size();
  }

  /** pandas: {@code df[name]}: one column. */
  public Series get(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("KeyError: '" + column + "'");
    }
    return data.get(i);
  }

  /**
   * pandas: {@code df[[name, ...]]}: several columns, in the order given (labels as Strings, or
   * the {@code index()} of a Series such as {@code df.dtypes()}).
   */
  public DataFrame get(List<?> labels) {
    List<String> names = new ArrayList<>();
    for (Object o : labels) {
      names.add(String.valueOf(o));
    }
    List<Series> cols = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String n : names) {
      int i = columns.indexOf(n);
      if (i < 0) {
        missing.add("'" + n + "'");
      } else {
        cols.add(data.get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "KeyError: \"None of [Index([" + String.join(", ", missing)
              + "], dtype='object')] are in the [columns]\"");
    }
    return new DataFrame(names, cols, index);
  }

  /** pandas: {@code df.iloc[rows]}, e.g. {@code iloc("1:3")}. */
  public DataFrame iloc(String rows) {
    return iloc(rows, ":");
  }

  /** pandas: {@code df.iloc[rows, cols]} with slices, e.g. {@code iloc(":", "0:2")}. */
  public DataFrame iloc(String rows, String cols) {
    int[] r = Slices.positions(rows, index.size(), "rows");
    int[] c = Slices.positions(cols, columns.size(), "columns");
    List<String> names = new ArrayList<>();
    List<Series> out = new ArrayList<>();
    for (int ci : c) {
      names.add(columns.get(ci));
      out.add(take(data.get(ci), r));
    }
    return new DataFrame(names, out, takeIndex(r));
  }

  /** pandas: {@code df.iloc[rows, k]}: one column by position (negative counts back). */
  public Series iloc(String rows, int col) {
    int n = columns.size();
    int c = col < 0 ? col + n : col;
    if (c < 0 || c >= n) {
      throw new IndexOutOfBoundsException("single positional indexer is out-of-bounds");
    }
    return take(data.get(c), Slices.positions(rows, index.size(), "rows"));
  }

  /** pandas: {@code df.loc[:, name]}; rows must be {@code ":"} (label slices are not supported). */
  public Series loc(String rows, String column) {
    requireAllRows(rows);
    return get(column);
  }

  /** pandas: {@code df.loc[:, [names]]}. */
  public DataFrame loc(String rows, List<?> names) {
    requireAllRows(rows);
    return get(names);
  }

  private static void requireAllRows(String rows) {
    if (!rows.strip().equals(":")) {
      throw new UnsupportedOperationException("loc supports only ':' for rows, got " + rows);
    }
  }

  private Series take(Series s, int[] rows) {
    Object[] v = new Object[rows.length];
    for (int i = 0; i < rows.length; i++) {
      v[i] = s.values[rows[i]];
    }
    return new Series(s.name, s.dtype, v, takeIndex(rows));
  }

  private List<Object> takeIndex(int[] rows) {
    List<Object> idx = new ArrayList<>();
    for (int r : rows) {
      idx.add(index.get(r));
    }
    return idx;
  }

  /** pandas: {@code dtypes}: an object Series of dtype names, indexed by column. */
  public Series dtypes() {
    Object[] v = new Object[columns.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = data.get(i).dtype.toString();
    }
    return new Series(null, PandasDtype.object, v, new ArrayList<>(columns));
  }

  /** pandas: {@code isna()}: a bool frame. */
  public DataFrame isna() {
    List<Series> out = new ArrayList<>();
    for (Series s : data) {
      out.add(s.isna());
    }
    return new DataFrame(columns, out, index);
  }

  /** pandas: {@code isnull()}, an alias of {@link #isna()}. */
  public DataFrame isnull() {
    return isna();
  }

  /** pandas: {@code notna()}. */
  public DataFrame notna() {
    List<Series> out = new ArrayList<>();
    for (Series s : data) {
      out.add(s.notna());
    }
    return new DataFrame(columns, out, index);
  }

  /**
   * pandas: {@code sum()}: per-column sums (NA skipped) indexed by column; int64 when every
   * summed column is int or bool, else float64. Columns of strings are left out.
   */
  public Series sum() {
    List<Object> idx = new ArrayList<>();
    List<Series> used = new ArrayList<>();
    boolean integral = true;
    for (Series s : data) {
      if (s.reducible()) {
        idx.add(s.name);
        used.add(s);
        integral &= s.integral();
      }
    }
    Object[] v = new Object[used.size()];
    for (int i = 0; i < v.length; i++) {
      Number n = used.get(i).sum();
      v[i] = integral ? (Object) n.longValue() : (Object) n.doubleValue();
    }
    return new Series(null, integral ? PandasDtype.int64 : PandasDtype.float64, v, idx);
  }

  /**
   * pandas 1.5: {@code mean()}: per-column means (NA skipped), float64, indexed by column;
   * columns of strings are left out.
   */
  public Series mean() {
    List<Object> idx = new ArrayList<>();
    List<Object> v = new ArrayList<>();
    for (Series s : data) {
      if (s.reducible()) {
        idx.add(s.name);
        v.add(s.mean());
      }
    }
    return new Series(null, PandasDtype.float64, v.toArray(), idx);
  }

  /** pandas: {@code fillna(value)}: every NA replaced by {@code value}. */
  public DataFrame fillna(Object value) {
    if (value instanceof Series s) {
      return fillna(s);
    }
    List<Series> out = new ArrayList<>();
    for (Series s : data) {
      out.add(s.fillna(value));
    }
    return new DataFrame(columns, out, index);
  }

  /**
   * pandas: {@code fillna(series)}: the NA of each column named in the series' index replaced by
   * that column's value, e.g. {@code inputs.fillna(inputs.mean())}.
   */
  public DataFrame fillna(Series values) {
    List<Series> out = new ArrayList<>();
    for (Series s : data) {
      int i = values.index.indexOf(s.name);
      out.add(i < 0 ? s : s.fillna(values.values[i]));
    }
    return new DataFrame(columns, out, index);
  }

  /** pandas: {@code drop(columns=[...])}. */
  public DataFrame drop(String... names) {
    return drop(List.of(names));
  }

  /** pandas: {@code drop(columns=[...])}. */
  public DataFrame drop(List<String> names) {
    for (String n : names) {
      if (!columns.contains(n)) {
        throw new IllegalArgumentException("KeyError: \"['" + n + "'] not found in axis\"");
      }
    }
    List<String> keep = new ArrayList<>();
    List<Series> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!names.contains(columns.get(i))) {
        keep.add(columns.get(i));
        out.add(data.get(i));
      }
    }
    return new DataFrame(keep, out, index);
  }

  /** pandas: {@code dropna()}: the rows without any NA (labels kept). */
  public DataFrame dropna() {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < index.size(); r++) {
      boolean ok = true;
      for (Series s : data) {
        ok &= !Series.isNa(s.values[r]);
      }
      if (ok) {
        rows.add(r);
      }
    }
    int[] r = rows.stream().mapToInt(Integer::intValue).toArray();
    List<Series> out = new ArrayList<>();
    for (Series s : data) {
      out.add(take(s, r));
    }
    return new DataFrame(columns, out, takeIndex(r));
  }

  /**
   * pandas + torch: {@code torch.tensor(df.to_numpy(dtype=float))} for {@code DType.float64}
   * (a {@code [rows, columns]} tensor; {@code float32} and {@code int64} work too).
   *
   * @throws IllegalArgumentException naming the row and column of a value that is not a number
   *     (pandas: {@code ValueError: could not convert string to float: 'Slate'})
   */
  public Tensor to_numpy(DType dtype) {
    return Cells.toTensor(data, index, dtype, new long[] {index.size(), columns.size()});
  }

  /**
   * pandas + torch: {@code torch.tensor(df.values)}: NumPy's common dtype of the columns (float64
   * when any column is float, int64 for ints); string or mixed bool columns give torch's {@code
   * TypeError} text as an {@link IllegalArgumentException}.
   */
  public Tensor values() {
    return Cells.valuesTensor(data, new long[] {index.size(), columns.size()});
  }

  @Override
  public String toString() {
    return FrameFormat.frame(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataFrame f
        && columns.equals(f.columns)
        && data.equals(f.data)
        && index.equals(f.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, data, index);
  }

  // ---- §4.10 (Kaggle house prices): iloc lists, apply, column assignment, to_csv ----

  /**
   * pandas: {@code df.iloc[rows, [c0, c1, ...]]}: the columns at these positions (negative count
   * back), e.g. {@code iloc("0:4", new int[] {0, 1, 2, 3, -3, -2, -1})}.
   */
  public DataFrame iloc(String rows, int[] cols) {
    int[] r = Slices.positions(rows, index.size(), "rows");
    int n = columns.size();
    List<String> names = new ArrayList<>();
    List<Series> out = new ArrayList<>();
    for (int col : cols) {
      int c = col < 0 ? col + n : col;
      if (c < 0 || c >= n) {
        throw new IndexOutOfBoundsException("positional indexers are out-of-bounds");
      }
      names.add(columns.get(c));
      out.add(take(data.get(c), r));
    }
    return new DataFrame(names, out, takeIndex(r));
  }

  /** pandas: {@code head(n)}: the first {@code n} rows. */
  public DataFrame head(int n) {
    return iloc(":" + Math.max(0, n));
  }

  /** pandas: {@code head()}: the first 5 rows. */
  public DataFrame head() {
    return head(5);
  }

  /**
   * pandas: {@code df.apply(func)}: {@code func} applied to each column (a Series), the results
   * as the columns of a new frame.
   *
   * <pre>{@code
   * df.apply(x -> x.sub(x.mean()).div(x.std()))   // lambda x: (x - x.mean()) / (x.std())
   * }</pre>
   */
  public DataFrame apply(java.util.function.Function<Series, Series> func) {
    List<Series> out = new ArrayList<>();
    List<Object> idx = index;
    for (Series s : data) {
      Series r = func.apply(s);
      out.add(r);
      idx = r.index;
    }
    return new DataFrame(columns, out, out.isEmpty() ? index : idx);
  }

  /**
   * pandas: {@code df[column] = value}: replaces the column (or appends it at the end), in place;
   * the value is aligned on the index as pandas does (the same labels in the same order are taken
   * as they are; otherwise each row takes the value of its label, NaN where there is none).
   */
  public void set(String column, Series value) {
    Series v = aligned(value).withName(column);
    int i = columns.indexOf(column);
    if (i < 0) {
      columns.add(column);
      data.add(v);
    } else {
      data.set(i, v);
    }
  }

  /**
   * pandas: {@code df[[c0, c1, ...]] = other}: column {@code ci} of this frame becomes the
   * {@code i}-th column of {@code other} (by position, as pandas pairs them), in place.
   */
  public void set(List<?> labels, DataFrame value) {
    if (labels.size() != value.columns.size()) {
      throw new IllegalArgumentException("Columns must be same length as key");
    }
    for (int i = 0; i < labels.size(); i++) {
      set(String.valueOf(labels.get(i)), value.data.get(i));
    }
  }

  /** pandas' {@code _reindex_for_setitem}. */
  private Series aligned(Series value) {
    if (value.index.equals(index) || index.isEmpty()) {
      return new Series(value.name, value.dtype, value.values.clone(), index);
    }
    if (new java.util.HashSet<>(value.index).size() != value.index.size()) {
      throw new IllegalArgumentException("cannot reindex on an axis with duplicate labels");
    }
    Object[] out = new Object[index.size()];
    boolean missing = false;
    for (int r = 0; r < out.length; r++) {
      int j = value.index.indexOf(index.get(r));
      missing |= j < 0;
      out[r] = j < 0 ? null : value.values[j];
    }
    PandasDtype dt = value.dtype;
    if (missing && dt != PandasDtype.object && !dt.isFloat()) {
      dt = dt == PandasDtype.bool ? PandasDtype.object : PandasDtype.float64;
    }
    for (int r = 0; r < out.length; r++) {
      if (out[r] == null && dt.isFloat()) {
        out[r] = Double.NaN;
      } else if (out[r] instanceof Long l && dt.isFloat()) {
        out[r] = (double) l;
      }
    }
    return new Series(value.name, dt, out, index);
  }

  /** pandas: {@code df.to_csv(path)}: with the index as the first column. */
  public void to_csv(String path) {
    to_csv(path, true);
  }

  /**
   * pandas 1.5: {@code df.to_csv(path, index=index)}: comma-separated, {@code \n} line ends,
   * minimal quoting (fields with {@code ,}, {@code "} or a line break, and a row of one empty
   * field), NA as the empty string, floats as NumPy's {@code str} (shortest round-trip digits;
   * float32 columns with float32's), bools as {@code True}/{@code False}.
   *
   * <pre>{@code
   * submission.to_csv("submission.csv", false);   // Id,SalePrice\n1461,119625.5\n...
   * }</pre>
   */
  public void to_csv(String path, boolean index) {
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of(path), to_csv(index),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** pandas: {@code df.to_csv(index=index)} with no path: the CSV text. */
  public String to_csv(boolean index) {
    return CsvWriter.write(this, index);
  }

  /** pandas: {@code df.to_csv()} with no path: the CSV text, index included. */
  public String to_csv() {
    return to_csv(true);
  }
}
