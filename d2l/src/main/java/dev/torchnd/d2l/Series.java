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

  // ---- §4.10 (Kaggle house prices): arithmetic, std, comparisons, masks ----

  /** pandas: {@code series - value}: float64 (float32 stays float32), NA stays NA. */
  public Series sub(double value) {
    return arith('-', value);
  }

  /** pandas: {@code series + value}. */
  public Series add(double value) {
    return arith('+', value);
  }

  /** pandas: {@code series * value}. */
  public Series mul(double value) {
    return arith('*', value);
  }

  /** pandas: {@code series / value}: {@code x / 0} is {@code inf} or {@code NaN} ({@code 0 / 0}). */
  public Series div(double value) {
    return arith('/', value);
  }

  private Series arith(char op, double value) {
    double[] v = numeric();
    if (v == null || dtype == PandasDtype.object) {
      Object bad = null;
      for (Object o : values) {
        if (!isNa(o) && !(o instanceof Number) && !(o instanceof Boolean)) {
          bad = o;
          break;
        }
      }
      if (v == null) {
        throw new IllegalArgumentException("unsupported operand type(s) for " + op + ": '"
            + (bad instanceof String ? "str" : bad == null ? "NoneType" : bad.getClass().getSimpleName())
            + "' and 'float'");
      }
    }
    boolean f32 = dtype == PandasDtype.float32;
    Object[] out = new Object[v.length];
    for (int i = 0; i < v.length; i++) {
      if (f32) {
        float a = (float) v[i];
        float b = (float) value;
        out[i] = (double) switch (op) {
          case '-' -> a - b;
          case '+' -> a + b;
          case '*' -> a * b;
          default -> a / b;
        };
      } else {
        out[i] = switch (op) {
          case '-' -> v[i] - value;
          case '+' -> v[i] + value;
          case '*' -> v[i] * value;
          default -> v[i] / value;
        };
      }
    }
    return new Series(name, f32 ? PandasDtype.float32 : PandasDtype.float64, out, index);
  }

  /**
   * pandas: {@code std()}: the sample standard deviation ({@code ddof=1}), NA skipped.
   *
   * <pre>{@code
   * Series.of("x", PandasDtype.float64, 1.0, Double.NaN, 3.0).std()   // 1.4142135623730951
   * }</pre>
   */
  public double std() {
    return std(1);
  }

  /**
   * pandas 1.5: {@code std(ddof=ddof)}, NA skipped; {@code NaN} when at most {@code ddof} values
   * are left. With bottleneck installed (as where the fixtures were recorded) pandas computes
   * int64 and float64 columns with bottleneck's two-pass loop (plain sums in index order), other
   * numeric columns with NumPy's {@code nanstd} (pairwise sums); both are reproduced.
   */
  public double std(int ddof) {
    double[] v = numeric();
    if (v == null || dtype == PandasDtype.object) {
      throw new IllegalArgumentException("could not convert string to float: std of " + name);
    }
    int count = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        count++;
      }
    }
    if (count <= ddof) {
      return Double.NaN;
    }
    if (dtype == PandasDtype.int64 || dtype == PandasDtype.float64) {
      double sum = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          sum += d;
        }
      }
      double mean = sum / count;
      double sq = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          double a = d - mean;
          sq += a * a;
        }
      }
      return Math.sqrt(sq / (count - ddof));
    }
    if (dtype == PandasDtype.float32) {
      float sum = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          sum += (float) d;
        }
      }
      float mean = sum / count;
      float sq = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          float a = (float) d - mean;
          sq += a * a;
        }
      }
      return (float) Math.sqrt(sq / (count - ddof));
    }
    // uint8 / bool: numpy's var, pairwise sums in float64
    double mean = Reductions.pairwise(v, 0, v.length) / v.length;
    double[] sq = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double a = v[i] - mean;
      sq[i] = a * a;
    }
    return Math.sqrt(Reductions.pairwise(sq, 0, sq.length) / (v.length - ddof));
  }

  /** pandas: {@code series == value}: a bool Series (NA is never equal). */
  public Series eq(Object value) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = !isNa(values[i]) && cellEquals(values[i], value);
    }
    return new Series(name, PandasDtype.bool, out, index);
  }

  /** pandas: {@code series != value}, e.g. {@code df.dtypes() != 'object'}. */
  public Series ne(Object value) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = isNa(values[i]) || !cellEquals(values[i], value);
    }
    return new Series(name, PandasDtype.bool, out, index);
  }

  private static boolean cellEquals(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y && !(a instanceof Boolean)) {
      return x.doubleValue() == y.doubleValue();
    }
    return a.equals(b instanceof Integer n ? Long.valueOf(n) : b);
  }

  /** pandas: {@code series[mask]} with a bool Series of the same length: the rows where it is true. */
  public Series get(Series mask) {
    if (mask.dtype != PandasDtype.bool || mask.values.length != values.length) {
      throw new IllegalArgumentException(
          "boolean index has wrong length: " + mask.values.length + " instead of " + values.length);
    }
    List<Object> idx = new ArrayList<>();
    List<Object> vals = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (Boolean.TRUE.equals(mask.values[i])) {
        idx.add(index.get(i));
        vals.add(values[i]);
      }
    }
    return new Series(name, dtype, vals.toArray(), idx);
  }

  /** pandas: {@code series.rename(name)}: the same values under another name. */
  public Series rename(String newName) {
    return withName(newName);
  }

  /** pandas: {@code head(n)}: the first {@code n} values. */
  public Series head(int n) {
    int k = Math.max(0, Math.min(n, values.length));
    return new Series(name, dtype, Arrays.copyOf(values, k), index.subList(0, k));
  }

  /** pandas: {@code head()}: the first 5 values. */
  public Series head() {
    return head(5);
  }

  /** {@code pd.Series(data)} of a 1-D tensor: its dtype (float32, float64, int64, uint8, bool). */
  static Series ofTensor(Tensor t) {
    if (t.dim() != 1) {
      throw new IllegalArgumentException("Data must be 1-dimensional, got ndarray of shape "
          + t.shape() + " instead");
    }
    int n = (int) t.numel();
    Object[] v = new Object[n];
    PandasDtype dt;
    switch (t.dtype().toString()) {
      case "torch.float32" -> {
        dt = PandasDtype.float32;
        float[] f = t.detach().contiguous().toFloatArray();
        for (int i = 0; i < n; i++) {
          v[i] = (double) f[i];
        }
      }
      case "torch.float64" -> {
        dt = PandasDtype.float64;
        double[] d = t.detach().contiguous().toDoubleArray();
        for (int i = 0; i < n; i++) {
          v[i] = d[i];
        }
      }
      case "torch.bool" -> {
        dt = PandasDtype.bool;
        for (int i = 0; i < n; i++) {
          v[i] = t.get(i).booleanValue();
        }
      }
      case "torch.int64", "torch.uint8" -> {
        dt = t.dtype() == DType.uint8 ? PandasDtype.uint8 : PandasDtype.int64;
        for (int i = 0; i < n; i++) {
          v[i] = t.get(i).longValue();
        }
      }
      default -> throw new IllegalArgumentException("pd.Series of a " + t.dtype() + " tensor");
    }
    List<Object> idx = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      idx.add(i);
    }
    return new Series(null, dt, v, idx);
  }
}
