package dev.torchnd.utils.data;

import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The functions of {@code torch.utils.data}: {@link #random_split}, {@link #default_collate} and
 * {@link #default_convert}.
 *
 * <pre>{@code
 * import static dev.torchnd.utils.data.Data.*;
 * var parts = random_split(ds, List.of(0.8, 0.2), new Generator().manual_seed(42));
 * }</pre>
 */
public final class Data {
  private Data() {}

  static final String COLLATE_ERR =
      "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found ";

  // ------------------------------------------------------------------ random_split

  /**
   * Splits {@code dataset} into non-overlapping random subsets of the given lengths, or of the
   * given fractions (summing to 1; the remainder goes round-robin to the first splits), using the
   * default generator. PyTorch: {@code torch.utils.data.random_split(dataset, lengths)}.
   */
  public static <T> List<Subset<T>> random_split(
      Dataset<T> dataset, List<? extends Number> lengths) {
    return random_split(dataset, lengths, Generator.default_generator());
  }

  /**
   * {@link #random_split(Dataset, List)} drawing the permutation from {@code generator}.
   *
   * <pre>{@code
   * random_split(ds, List.of(3, 7), new Generator().manual_seed(42))   // Subsets of 3 and 7
   * }</pre>
   *
   * PyTorch: {@code random_split(dataset, lengths, generator=generator)}.
   */
  public static <T> List<Subset<T>> random_split(
      Dataset<T> dataset, List<? extends Number> lengths, Generator generator) {
    int n = dataset.len();
    double sum = 0;
    for (Number l : lengths) {
      sum += l.doubleValue();
    }
    List<Long> sizes = new ArrayList<>();
    if (isClose(sum, 1) && sum <= 1) {
      for (int i = 0; i < lengths.size(); i++) {
        double frac = lengths.get(i).doubleValue();
        if (frac < 0 || frac > 1) {
          throw new IllegalArgumentException("Fraction at index " + i + " is not between 0 and 1");
        }
        sizes.add((long) Math.floor(n * frac));
      }
      long total = 0;
      for (long s : sizes) {
        total += s;
      }
      long remainder = n - total;
      for (int i = 0; i < remainder; i++) {
        int at = i % sizes.size();
        sizes.set(at, sizes.get(at) + 1);
      }
      for (int i = 0; i < sizes.size(); i++) {
        if (sizes.get(i) == 0) {
          System.err.println(
              "UserWarning: Length of split at index "
                  + i
                  + " is 0. This might result in an empty dataset.");
        }
      }
    } else {
      for (Number l : lengths) {
        if (l.doubleValue() != Math.rint(l.doubleValue())) {
          throw new IllegalArgumentException(
              "Sum of input lengths does not equal the length of the input dataset!");
        }
        sizes.add(l.longValue());
      }
    }
    long total = 0;
    for (long s : sizes) {
      total += s;
    }
    if (total != n) {
      throw new IllegalArgumentException(
          "Sum of input lengths does not equal the length of the input dataset!");
    }
    long[] perm = Torch.randperm(total, generator).toLongArray();
    List<Subset<T>> out = new ArrayList<>();
    int offset = 0;
    for (long len : sizes) {
      List<Integer> idx = new ArrayList<>();
      for (int i = offset; i < offset + len; i++) {
        idx.add((int) perm[i]);
      }
      offset += len;
      out.add(new Subset<>(dataset, idx));
    }
    return out;
  }

  /** Python's {@code math.isclose(a, b)} (rel_tol 1e-09, abs_tol 0). */
  private static boolean isClose(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-09 * Math.max(Math.abs(a), Math.abs(b));
  }

  // ------------------------------------------------------------------ collate

  /**
   * Stacks a list of samples into a batch: tensors with {@code torch.stack}, floating numbers
   * into a float64 tensor, integers into int64, booleans into bool, strings left as a list, and
   * maps, lists and tensor arrays element by element.
   *
   * <pre>{@code
   * default_collate(List.of(0, 1, 2, 3))                          // tensor([0, 1, 2, 3])
   * default_collate(List.of(Map.of("A", 0), Map.of("A", 100)))    // {'A': tensor([  0, 100])}
   * }</pre>
   *
   * PyTorch: {@code torch.utils.data.default_collate(batch)}.
   */
  public static Object default_collate(List<?> batch) {
    Object elem = batch.get(0);
    if (elem instanceof Tensor) {
      List<Tensor> ts = new ArrayList<>(batch.size());
      for (Object o : batch) {
        ts.add(asTensor(o));
      }
      return Torch.stack(ts, 0);
    }
    if (elem instanceof double[] || elem instanceof float[] || elem instanceof long[]
        || elem instanceof int[] || elem instanceof boolean[]) {
      List<Tensor> ts = new ArrayList<>(batch.size());
      for (Object o : batch) {
        ts.add(arrayTensor(o));
      }
      return Torch.stack(ts, 0);
    }
    if (elem instanceof Double || elem instanceof Float) {
      double[] v = new double[batch.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = ((Number) batch.get(i)).doubleValue();
      }
      return Torch.tensor(v, new long[] {v.length}, DType.float64);
    }
    if (elem instanceof Long || elem instanceof Integer || elem instanceof Short
        || elem instanceof Byte) {
      long[] v = new long[batch.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = ((Number) batch.get(i)).longValue();
      }
      return Torch.tensor(v, new long[] {v.length}, DType.int64);
    }
    if (elem instanceof Boolean) {
      boolean[] v = new boolean[batch.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (Boolean) batch.get(i);
      }
      return Torch.tensor(v);
    }
    if (elem instanceof CharSequence) {
      List<Object> out = new PyContainers.PyList(batch.size());
      out.addAll(batch);
      return out;
    }
    if (elem instanceof Map<?, ?> m) {
      Map<Object, Object> out = new PyContainers.PyDict();
      for (Object key : m.keySet()) {
        List<Object> column = new ArrayList<>(batch.size());
        for (Object d : batch) {
          Map<?, ?> dm = (Map<?, ?>) d;
          if (!dm.containsKey(key)) {
            throw new IllegalArgumentException(String.valueOf(key));
          }
          column.add(dm.get(key));
        }
        out.put(key, default_collate(column));
      }
      return out;
    }
    if (elem instanceof Tensor[] first) {
      Tensor[] out = new Tensor[first.length];
      for (int j = 0; j < first.length; j++) {
        List<Tensor> column = new ArrayList<>(batch.size());
        for (Object d : batch) {
          Tensor[] row = (Tensor[]) d;
          if (row.length != first.length) {
            throw new IllegalArgumentException(
                "each element in list of batch should be of equal size");
          }
          column.add(row[j]);
        }
        out[j] = Torch.stack(column, 0);
      }
      return out;
    }
    if (elem instanceof List<?> || elem instanceof Object[]) {
      List<List<?>> rows = new ArrayList<>(batch.size());
      for (Object d : batch) {
        rows.add(d instanceof Object[] a ? Arrays.asList(a) : (List<?>) d);
      }
      int size = rows.get(0).size();
      for (List<?> r : rows) {
        if (r.size() != size) {
          throw new IllegalArgumentException(
              "each element in list of batch should be of equal size");
        }
      }
      List<Object> out = new PyContainers.PyList(size);
      for (int j = 0; j < size; j++) {
        List<Object> column = new ArrayList<>(rows.size());
        for (List<?> r : rows) {
          column.add(r.get(j));
        }
        out.add(default_collate(column));
      }
      return out;
    }
    throw new IllegalArgumentException(
        COLLATE_ERR + (elem == null ? "<class 'NoneType'>" : "<class '" + elem.getClass().getName() + "'>"));
  }

  /**
   * Converts a sample without batching (what a loader with {@code batch_size=null} yields):
   * primitive arrays become tensors, maps and lists are converted element by element.
   * PyTorch: {@code torch.utils.data.default_convert(data)}.
   */
  public static Object default_convert(Object data) {
    if (data instanceof Tensor) {
      return data;
    }
    if (data instanceof double[] || data instanceof float[] || data instanceof long[]
        || data instanceof int[] || data instanceof boolean[]) {
      return arrayTensor(data);
    }
    if (data instanceof Map<?, ?> m) {
      Map<Object, Object> out = new PyContainers.PyDict();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(e.getKey(), default_convert(e.getValue()));
      }
      return out;
    }
    if (data instanceof Tensor[] a) {
      return a;
    }
    if (data instanceof Collection<?> c && !(data instanceof CharSequence)) {
      List<Object> out = new PyContainers.PyList(c.size());
      for (Object o : c) {
        out.add(default_convert(o));
      }
      return out;
    }
    return data;
  }

  private static Tensor asTensor(Object o) {
    if (o instanceof Tensor t) {
      return t;
    }
    throw new IllegalArgumentException(
        "expected Tensor as element in the batch, but got "
            + (o == null ? "NoneType" : o.getClass().getSimpleName()));
  }

  /** {@code torch.as_tensor} of a NumPy-like primitive array (keeping its dtype). */
  private static Tensor arrayTensor(Object a) {
    if (a instanceof double[] d) {
      return Torch.tensor(d, new long[] {d.length}, DType.float64);
    }
    if (a instanceof float[] f) {
      return Torch.tensor(f, DType.float32);
    }
    if (a instanceof long[] l) {
      return Torch.tensor(l, new long[] {l.length}, DType.int64);
    }
    if (a instanceof int[] i) {
      return Torch.tensor(i, DType.int32);
    }
    return Torch.tensor(a);
  }
}
