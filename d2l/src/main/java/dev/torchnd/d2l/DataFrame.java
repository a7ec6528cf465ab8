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
 * dtypes}, {@code to_numpy} (straight to a {@link Tensor}) and {@code values}. Immutable: every
 * operation returns a new frame. {@link #toString()} prints what pandas 1.5's {@code print(df)}
 * prints. Reading and {@code get_dummies} are in {@link Pandas}.
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
    this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    List<Series> d = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      d.add(data.get(i).withName(columns.get(i)));
    }
    this.data = Collections.unmodifiableList(d);
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
    return columns;
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

  /** pandas: {@code df[[name, ...]]}: several columns, in the order given. */
  public DataFrame get(List<String> names) {
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
  public DataFrame loc(String rows, List<String> names) {
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
}
