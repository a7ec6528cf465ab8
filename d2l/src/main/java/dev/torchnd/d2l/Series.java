package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A pandas {@code Series}: one named, typed column of values with an index of labels (row
 * numbers, or column names for the result of a reduction such as {@link DataFrame#mean()}).
 * Immutable: every operation returns a new Series. {@link #toString()} prints exactly what
 * pandas 1.5's {@code print(series)} prints.
 */
public final class Series {
  final String name;
  final PandasDtype dtype;
  final Object[] values;
  final List<Object> index;

  Series(String name, PandasDtype dtype, Object[] values, List<Object> index) {
    if (values.length != index.size()) {
      throw new IllegalArgumentException(
          "Length of values (" + values.length + ") does not match length of index ("
              + index.size() + ")");
    }
    this.name = name;
    this.dtype = dtype;
    this.values = values;
    this.index = Collections.unmodifiableList(new ArrayList<>(index));
  }

  /** A Series with a default index {@code 0..n-1}. PyTorch-free: {@code pd.Series(values)}. */
  public static Series of(String name, PandasDtype dtype, Object... values) {
    List<Object> idx = new ArrayList<>();
    for (long i = 0; i < values.length; i++) {
      idx.add(i);
    }
    return new Series(name, dtype, values.clone(), idx);
  }

  /** pandas: {@code name} (null when unnamed). */
  public String name() {
    return name;
  }

  /** pandas: {@code dtype}. */
  public PandasDtype dtype() {
    return dtype;
  }

  /** pandas: {@code index}, as a list of labels. */
  public List<Object> index() {
    return index;
  }

  /** Python: {@code len(series)}. */
  public int len() {
    return values.length;
  }

  /** pandas: {@code series.iloc[i]} ({@code null} or {@code NaN} for NA); negative counts back. */
  public Object iloc(int i) {
    int n = values.length;
    int j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) {
      throw new IndexOutOfBoundsException("single positional indexer is out-of-bounds");
    }
    return values[j];
  }

  /** pandas: {@code series[label]} / {@code series.loc[label]}. */
  public Object get(Object label) {
    int i = index.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("KeyError: " + PyFormat.str(label));
    }
    return values[i];
  }

  /** pandas: {@code series.tolist()}. */
  public List<Object> tolist() {
    return Collections.unmodifiableList(Arrays.asList(values.clone()));
  }

  static boolean isNa(Object v) {
    return v == null || (v instanceof Double d && d.isNaN());
  }

  /** pandas: {@code isna()}: a bool Series, true where the value is missing. */
  public Series isna() {
    Object[] out = new Object[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = isNa(values[i]);
    }
    return new Series(name, PandasDtype.bool, out, index);
  }

  /** pandas: {@code isnull()}, an alias of {@link #isna()}. */
  public Series isnull() {
    return isna();
  }

  /** pandas: {@code notna()}. */
  public Series notna() {
    Object[] out = new Object[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = !isNa(values[i]);
    }
    return new Series(name, PandasDtype.bool, out, index);
  }

  /** The values as doubles (bool as 0/1, NA as NaN), or null when some value is not numeric. */
  double[] numeric() {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      Object v = values[i];
      if (isNa(v)) {
        out[i] = Double.NaN;
      } else if (v instanceof Boolean b) {
        out[i] = b ? 1 : 0;
      } else if (v instanceof Number n) {
        out[i] = n.doubleValue();
      } else {
        return null;
      }
    }
    return out;
  }

  /** True when every value is a number or a bool (so pandas can reduce it). */
  boolean reducible() {
    return numeric() != null;
  }

  /** True when the values reduce to an integer: int, uint8, bool (or an object column of them). */
  boolean integral() {
    if (dtype.isInteger() || dtype == PandasDtype.bool) {
      return true;
    }
    if (dtype != PandasDtype.object) {
      return false;
    }
    for (Object v : values) {
      if (!(v instanceof Long || v instanceof Boolean)) {
        return false;
      }
    }
    return true;
  }

  /**
   * pandas: {@code sum()}, skipping NA: a {@link Long} for ints and bools, else a {@link Double}.
   */
  public Number sum() {
    double[] v = numeric();
    if (v == null) {
      throw new IllegalArgumentException(
          "unsupported operand type(s) for +: sum of a Series of strings");
    }
    if (integral()) {
      long s = 0;
      for (double d : v) {
        s += (long) d;
      }
      return s;
    }
    return Reductions.nansum(v);
  }

  /** pandas: {@code mean()}, skipping NA ({@code NaN} when nothing is left). */
  public double mean() {
    double[] v = numeric();
    if (v == null) {
      throw new IllegalArgumentException("Could not convert " + name + " to numeric");
    }
    return Reductions.nanmean(v);
  }

  /** pandas: {@code idxmax()}: the label of the first maximum, NA skipped. */
  public Object idxmax() {
    return argExtreme(true);
  }

  /** pandas: {@code idxmin()}: the label of the first minimum, NA skipped. */
  public Object idxmin() {
    return argExtreme(false);
  }

  private Object argExtreme(boolean max) {
    double[] v = numeric();
    if (v == null) {
      throw new IllegalArgumentException("reduction operation 'argmax' not allowed for this dtype");
    }
    int best = -1;
    for (int i = 0; i < v.length; i++) {
      if (!Double.isNaN(v[i]) && (best < 0 || (max ? v[i] > v[best] : v[i] < v[best]))) {
        best = i;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("attempt to get argmax of an empty sequence");
    }
    return index.get(best);
  }

  /** pandas: {@code fillna(value)}: NA replaced by {@code value}. */
  public Series fillna(Object value) {
    return new Series(name, dtype, Cells.fill(dtype, values, value), index);
  }

  /** pandas: {@code series.dropna()}. */
  public Series dropna() {
    List<Object> idx = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!isNa(values[i])) {
        idx.add(index.get(i));
        vals.add(values[i]);
      }
    }
    return new Series(name, dtype, vals.toArray(), idx);
  }

  /**
   * pandas + torch: {@code torch.tensor(series.to_numpy(dtype=float))} for {@code
   * DType.float64}; {@code float32} and {@code int64} work too.
   */
  public Tensor to_numpy(DType dt) {
    return Cells.toTensor(List.of(this), index, dt, new long[] {values.length});
  }

  /** pandas + torch: {@code torch.tensor(series.values)}: the tensor of NumPy's dtype. */
  public Tensor values() {
    return Cells.valuesTensor(List.of(this), new long[] {values.length});
  }

  Series withName(String newName) {
    return new Series(newName, dtype, values, index);
  }

  @Override
  public String toString() {
    return FrameFormat.series(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && Objects.equals(name, s.name)
        && dtype == s.dtype
        && Arrays.equals(values, s.values)
        && index.equals(s.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dtype, Arrays.hashCode(values), index);
  }
}
