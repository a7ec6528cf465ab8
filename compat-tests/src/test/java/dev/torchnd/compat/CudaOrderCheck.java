package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import java.util.Arrays;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * The device pass's check of {@code sort}/{@code argsort}/{@code topk} (whose tie order on CUDA is
 * PyTorch's CUDA kernels', not the CPU fixture's): shapes and dtypes as recorded; sorted values
 * exactly as recorded (their repr too); the indices a valid selection (a permutation of each row
 * for sort/argsort, distinct in-range positions for topk) that picks exactly the returned values
 * out of the input; and the indices exactly as {@link CudaSortModel} orders them, i.e. stable
 * where PyTorch's CUDA sort is stable and the bitonic network's order where it is not. topk with
 * {@code sorted=False} returns its values in the CUDA gather order: the recorded values are
 * compared as a set per row, and the order against the model.
 */
final class CudaOrderCheck {
  private CudaOrderCheck() {}

  static void check(String op, OpRegistry.Args args, JsonObject expect, Object result) {
    if (expect.has("error")) {
      OpConformanceTest.compare(expect, result, "result");
      return;
    }
    Tensor in = args.t(0);
    int nd = in.dim();
    boolean topk = op.equals("topk");
    int dimArg = topk ? 2 : 1;
    int dim = args.has(dimArg) ? args.i(dimArg) : -1;
    int d = nd == 0 ? 0 : Math.floorMod(dim, nd);
    boolean flag = topk ? !args.has(3) || args.b(3) : args.has(2) && args.b(2);
    boolean sorted = !topk || !args.has(4) || args.b(4);
    int k = topk ? (int) args.l(1) : -1;

    Tensor values;
    Tensor indices;
    JsonObject wantIdx;
    if (op.equals("argsort")) {
      indices = (Tensor) result;
      values = null;
      wantIdx = expect;
    } else {
      List<Object> got = OpConformanceTest.tupleParts(result, "result");
      assertEquals(2, got.size(), "result: tuple length");
      values = (Tensor) got.get(0);
      indices = (Tensor) got.get(1);
      JsonArray parts = expect.getAsJsonArray("tuple");
      JsonObject wantValues = parts.get(0).getAsJsonObject();
      wantIdx = parts.get(1).getAsJsonObject();
      if (sorted) {
        sortedValues(wantValues, values);
      } else {
        OpConformanceTest.compareTensor(shapeOnly(wantValues), values, "result[0]");
        sameSets(wantValues, values, k);
      }
    }
    OpConformanceTest.compareTensor(shapeOnly(wantIdx), indices, "indices");
    assertEquals(DType.int64, indices.dtype(), "indices: dtype");
    if (indices.numel() == 0) {
      return;
    }

    // Rows along the sorted dim, as the model sees them.
    boolean fp = in.dtype().is_floating_point();
    double[][] rows = rows(in, d);
    long[][] ints = fp ? null : longRows(in, d);
    long[][] idx = longRows(indices, d);
    double[][] vals = values == null ? null : rows(values, d);
    long numel = indices.numel();
    for (int r = 0; r < rows.length; r++) {
      double[] row = rows[r];
      int len = row.length;
      boolean[] seen = new boolean[len];
      for (int j = 0; j < idx[r].length; j++) {
        long p = idx[r][j];
        assertTrue(p >= 0 && p < len, "row " + r + ": index " + p + " out of range");
        assertTrue(!seen[(int) p], "row " + r + ": index " + p + " repeated");
        seen[(int) p] = true;
        if (vals != null) {
          double a = vals[r][j];
          double b = row[(int) p];
          assertTrue(Double.doubleToLongBits(a) == Double.doubleToLongBits(b)
                  || (Double.isNaN(a) && Double.isNaN(b)),
              "row " + r + ": value " + a + " at " + j + " is not input[" + p + "] = " + b);
        }
      }
      if (!topk) {
        assertEquals(len, idx[r].length, "row " + r + ": a permutation");
      }
      CudaSortModel.Row cmp = fp ? CudaSortModel.floats(row, flag)
          : CudaSortModel.longs(ints[r], flag);
      int[] model;
      if (nd == 0) {
        // A 0-d input never reaches the kernel: PyTorch returns the element at index 0.
        model = new int[] {0};
      } else if (topk) {
        long[] keys = new long[len];
        for (int i = 0; i < len; i++) {
          keys[i] = fp ? CudaSortModel.radixKey(row[i]) : ints[r][i];
        }
        model = CudaSortModel.topk(keys, cmp, k, flag, sorted, numel > 1);
      } else {
        model = CudaSortModel.order(cmp, false);
      }
      long[] want = Arrays.stream(model).asLongStream().toArray();
      if (!Arrays.equals(want, idx[r])) {
        throw new AssertionFailedError("row " + r + " of " + op + ": indices "
            + Arrays.toString(idx[r]) + ", PyTorch's CUDA order is " + Arrays.toString(want)
            + " (input " + Arrays.toString(row) + ")");
      }
    }
  }

  /**
   * Values as recorded: numerically exact; the repr too where the values are the recorded ones
   * bit for bit. Equal keys -0.0 and 0.0 may come in another order on CUDA, which shows only in
   * the printed sign.
   */
  private static void sortedValues(JsonObject want, Tensor got) {
    JsonObject noRepr = want.deepCopy();
    noRepr.remove("repr");
    OpConformanceTest.compare(noRepr, got, "result[0]");
    if (!want.has("repr") || !got.dtype().is_floating_point()) {
      if (want.has("repr")) {
        assertEquals(want.get("repr").getAsString(), got.toString(), "result[0]: repr");
      }
      return;
    }
    double[] g = got.toDoubleArray();
    JsonArray w = want.getAsJsonArray("values");
    for (int i = 0; i < g.length; i++) {
      double x = Fixtures.toDouble(w.get(i));
      if (!(Double.isNaN(x) && Double.isNaN(g[i]))
          && Double.doubleToLongBits(x) != Double.doubleToLongBits(g[i])) {
        return;
      }
    }
    assertEquals(want.get("repr").getAsString(), got.toString(), "result[0]: repr");
  }

  /** The expectation without its values and repr: shape and dtype only. */
  private static JsonObject shapeOnly(JsonObject e) {
    JsonObject o = new JsonObject();
    o.add("shape", e.get("shape"));
    o.add("dtype", e.get("dtype"));
    return o;
  }

  private static void sameSets(JsonObject want, Tensor values, int k) {
    double[] mine = values.toDoubleArray();
    JsonArray w = want.getAsJsonArray("values");
    assertEquals(w.size(), mine.length, "result[0]: count");
    for (int r = 0; k > 0 && r < mine.length / k; r++) {
      double[] a = Arrays.copyOfRange(mine, r * k, r * k + k);
      double[] b = new double[k];
      for (int j = 0; j < k; j++) {
        b[j] = Fixtures.toDouble(w.get(r * k + j));
      }
      Arrays.sort(a);
      Arrays.sort(b);
      assertEquals(Arrays.toString(b), Arrays.toString(a), "result[0] row " + r + " as a set");
    }
  }

  /** The tensor's rows along {@code d} (a 0-d tensor is one row of one). */
  private static double[][] rows(Tensor t, int d) {
    Tensor m = t.dim() == 0 ? t.reshape(1) : t.transpose(d, t.dim() - 1).contiguous();
    long len = m.dim() == 0 ? 1 : m.size(-1);
    double[] flat = m.toDoubleArray();
    return split(flat, (int) len);
  }

  private static long[][] longRows(Tensor t, int d) {
    Tensor m = t.dim() == 0 ? t.reshape(1) : t.transpose(d, t.dim() - 1).contiguous();
    long len = m.size(-1);
    long[] flat = m.toLongArray();
    long[][] out = new long[len == 0 ? 0 : (int) (flat.length / len)][];
    for (int r = 0; r < out.length; r++) {
      out[r] = Arrays.copyOfRange(flat, (int) (r * len), (int) (r * len + len));
    }
    return out;
  }

  private static double[][] split(double[] flat, int len) {
    double[][] out = new double[len == 0 ? 0 : flat.length / len][];
    for (int r = 0; r < out.length; r++) {
      out[r] = Arrays.copyOfRange(flat, r * len, r * len + len);
    }
    return out;
  }
}
