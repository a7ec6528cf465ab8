package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cell-value helpers shared by {@link Series} and {@link DataFrame}: filling and conversion. */
final class Cells {
  private Cells() {}

  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)");
  private static final Pattern INF = Pattern.compile("[+-]?(?:inf|infinity)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAN = Pattern.compile("[+-]?nan", Pattern.CASE_INSENSITIVE);
  private static final Pattern INT = Pattern.compile("[+-]?\\d+");

  static final String NUMPY_OBJECT =
      "can't convert np.ndarray of type numpy.object_. The only supported types are: float64,"
          + " float32, float16, complex64, complex128, int64, int32, int16, int8, uint8, and bool.";

  /** Parses a float the way pandas' C parser does (surrounding blanks allowed), else null. */
  static Double parseFloat(String s) {
    String t = s.strip();
    if (FLOAT.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    if (INF.matcher(t).matches()) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return null;
  }

  /** Parses an int64 the way pandas' C parser does, else null (also on overflow). */
  static Long parseInt(String s) {
    String t = s.strip();
    if (!INT.matcher(t).matches()) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Python's {@code float(value)} of a cell, or null when Python would raise. */
  static Double pyFloat(Object v) {
    if (Series.isNa(v)) {
      return Double.NaN;
    }
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    String s = v.toString();
    Double d = parseFloat(s);
    if (d == null && NAN.matcher(s.strip()).matches()) {
      d = Double.NaN;
    }
    return d;
  }

  /** {@code fillna(value)} of one column's values. */
  static Object[] fill(PandasDtype dtype, Object[] values, Object value) {
    Object[] out = values.clone();
    if (Series.isNa(value)) {
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      if (Series.isNa(out[i])) {
        if (dtype.isFloat()) {
          Double d = pyFloat(value);
          if (d == null) {
            throw new IllegalArgumentException(
                "could not convert string to float: '" + value + "'");
          }
          out[i] = dtype == PandasDtype.float32 ? (double) (float) d.doubleValue() : d;
        } else {
          out[i] = value instanceof Integer n ? Long.valueOf(n) : value;
        }
      }
    }
    return out;
  }

  /** {@code torch.tensor(frame.to_numpy(dtype=...))}: row-major over the given columns. */
  static Tensor toTensor(List<Series> cols, List<Object> index, DType dt, long[] shape) {
    int rows = index.size();
    int ncol = cols.size();
    if (dt.is_floating_point()) {
      double[] out = new double[rows * ncol];
      for (int c = 0; c < ncol; c++) {
        Series s = cols.get(c);
        for (int r = 0; r < rows; r++) {
          Double d = pyFloat(s.values[r]);
          if (d == null) {
            throw new IllegalArgumentException(
                "could not convert string to float: '"
                    + s.values[r]
                    + "' (row "
                    + PyFormat.str(index.get(r))
                    + ", column '"
                    + s.name
                    + "')");
          }
          out[r * ncol + c] = d;
        }
      }
      return Torch.tensor(out, shape, dt);
    }
    long[] out = new long[rows * ncol];
    for (int c = 0; c < ncol; c++) {
      Series s = cols.get(c);
      for (int r = 0; r < rows; r++) {
        Object v = s.values[r];
        Double d = pyFloat(v);
        if (d == null) {
          throw new IllegalArgumentException(
              "invalid literal for int() with base 10: '" + v + "' (row "
                  + PyFormat.str(index.get(r)) + ", column '" + s.name + "')");
        }
        if (d.isNaN() || d.isInfinite()) {
          throw new IllegalArgumentException(
              "Cannot convert non-finite values (NA or inf) to integer (row "
                  + PyFormat.str(index.get(r)) + ", column '" + s.name + "')");
        }
        out[r * ncol + c] = v instanceof Long l ? l : (long) d.doubleValue();
      }
    }
    return Torch.tensor(out, shape, dt);
  }

  /** {@code torch.tensor(frame.values)}: NumPy's common dtype of the columns, then a tensor. */
  static Tensor valuesTensor(List<Series> cols, long[] shape) {
    boolean anyFloat = false;
    boolean anyFloat32 = false;
    boolean anyBool = false;
    boolean anyInt64 = false;
    boolean anyUint8 = false;
    for (Series s : cols) {
      switch (s.dtype) {
        case object -> throw new IllegalArgumentException(NUMPY_OBJECT);
        case float64 -> anyFloat = true;
        case float32 -> anyFloat32 = true;
        case bool -> anyBool = true;
        case int64 -> anyInt64 = true;
        case uint8 -> anyUint8 = true;
      }
    }
    if (cols.isEmpty() || (anyBool && (anyFloat || anyFloat32 || anyInt64 || anyUint8))) {
      throw new IllegalArgumentException(NUMPY_OBJECT);
    }
    List<Object> index = cols.get(0).index;
    // NumPy's result_type: float32 with int64 is float64, with uint8 it stays float32
    DType dt = anyFloat || (anyFloat32 && anyInt64) ? DType.float64
        : anyFloat32 ? DType.float32 : anyBool ? DType.bool : anyInt64 ? DType.int64 : DType.uint8;
    return toTensor(cols, index, dt, shape);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
