package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Size;
import dev.torchnd.Tensor;
import dev.torchnd.ValuesIndices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Replays every case of {@code fixtures/ops.json} (recorded from PyTorch 1.13 by {@code
 * compat-tests/recorder/record_ops.py}) against TorchND: one dynamic test per case.
 *
 * <p>A tensor result is compared by shape, then dtype, then values (exact for integral and bool
 * dtypes, for NaN-ness and for infinities; {@code |actual - expected| <= atol + rtol *
 * |expected|} per float dtype, see {@link #TOLERANCES}), then its {@code repr} when recorded
 * and the values are numerically identical (see {@link #compareTensor}).
 * An error case passes when TorchND throws a {@link RuntimeException} whose message equals
 * PyTorch's {@code str(e)} exactly. In-place ops must return their receiver. A case marked
 * {@code emulated} (no float16/bfloat16 kernel in PyTorch's CPU build) passes with either the
 * recorded value or exactly the CPU build's error ({@code cpu_error}).
 */
class OpConformanceTest {

  /** {rtol, atol} per floating dtype. */
  static final Map<DType, double[]> TOLERANCES =
      Map.of(
          DType.float32, new double[] {1.3e-6, 1e-5},
          DType.float64, new double[] {1e-7, 1e-7},
          DType.float16, new double[] {1e-3, 1e-5},
          DType.bfloat16, new double[] {1.6e-2, 1e-5});

  @TestFactory
  Stream<DynamicTest> ops() {
    return Fixtures.opCases().stream()
        .map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> runCase(c)));
  }

  /** Fails loudly, in one place, for any op name the registry does not know. */
  @Test
  void everyFixtureOpIsRegistered() {
    Set<String> unknown = new TreeSet<>();
    for (JsonObject c : Fixtures.opCases()) {
      if (!OpRegistry.OPS.containsKey(c.get("op").getAsString())) {
        unknown.add(c.get("op").getAsString());
      }
    }
    assertTrue(unknown.isEmpty(), "fixture ops missing from OpRegistry: " + unknown);
  }

  /** Every KnownDivergences entry must name a recorded case. */
  @Test
  void knownDivergencesNameRecordedCases() {
    Set<String> ids = new TreeSet<>();
    for (JsonObject c : Fixtures.opCases()) {
      ids.add(c.get("id").getAsString());
    }
    Set<String> stale = new TreeSet<>(KnownDivergences.CASES.keySet());
    stale.removeAll(ids);
    assertTrue(stale.isEmpty(), "KnownDivergences lists ids that are not in ops.json: " + stale);
  }

  static void runCase(JsonObject c) {
    String id = c.get("id").getAsString();
    String reason = KnownDivergences.reason(id);
    if (reason == null) {
      check(c);
      return;
    }
    try {
      check(c);
    } catch (AssertionError | RuntimeException e) {
      throw new TestAbortedException("known divergence: " + reason + " [" + e.getMessage() + "]");
    }
    fail("listed in KnownDivergences but now matches PyTorch; remove it: " + id);
  }

  static void check(JsonObject c) {
    String op = c.get("op").getAsString();
    OpRegistry.Op fn = OpRegistry.OPS.get(op);
    if (fn == null) {
      fail("unknown op '" + op + "' in fixture " + c.get("id").getAsString());
    }
    JsonObject expect = c.getAsJsonObject("expect");
    OpRegistry.Args args = OpRegistry.decode(c.getAsJsonArray("args"));

    if (expect.has("error")) {
      JsonObject err = expect.getAsJsonObject("error");
      String pyType = err.get("type").getAsString();
      String pyMsg = Fixtures.onDevice(err.get("message").getAsString());
      Object result;
      try {
        result = fn.apply(args);
      } catch (OpRegistry.ApiGap gap) {
        throw gap;
      } catch (RuntimeException e) {
        assertEquals(
            pyMsg,
            e.getMessage(),
            () -> "message of " + e.getClass().getSimpleName() + " (PyTorch raised " + pyType + ")");
        return;
      }
      throw new AssertionFailedError(
          "expected PyTorch's " + pyType + ": " + pyMsg + " but got " + describe(result));
    }

    Object result;
    if (c.has("cpu_error")) {
      // Emulated case (see record_ops.py): PyTorch's CPU build raises cpu_error here while other
      // builds compute the recorded value. Either behaviour conforms; anything else fails.
      String cpuMsg = Fixtures.onDevice(c.getAsJsonObject("cpu_error").get("message").getAsString());
      try {
        result = fn.apply(args);
      } catch (OpRegistry.ApiGap gap) {
        throw gap;
      } catch (RuntimeException e) {
        assertEquals(
            cpuMsg,
            e.getMessage(),
            () -> "emulated case: expected the value, or exactly PyTorch CPU's error; got "
                + e.getClass().getSimpleName());
        return;
      }
    } else {
      result = fn.apply(args);
    }
    if (c.has("inplace_same") && c.get("inplace_same").getAsBoolean()) {
      assertSame(args.get(0), result, "in-place op must return its receiver");
    }
    // ---- device support ----
    if (DEVICE_PASS && CUDA_ORDER.contains(op)) {
      CudaOrderCheck.check(op, args, expect, result);
      return;
    }
    compare(expect, result, "result");
  }

  // ---- device support: sort orders in the device pass ----

  static final boolean DEVICE_PASS =
      System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda");

  /**
   * Ops whose order of equal keys on the device follows PyTorch's CUDA kernels, not the CPU
   * fixtures' std::sort / partial sort: checked by {@link CudaOrderCheck} against {@link
   * CudaSortModel} (values exactly as recorded, indices exactly as the CUDA model orders them).
   */
  static final Set<String> CUDA_ORDER = Set.of("sort", "argsort", "topk");

  // ------------------------------------------------------------------ comparison

  static void compare(JsonObject expect, Object actual, String where) {
    if (expect.has("dtype")) {
      if (!(actual instanceof Tensor t)) {
        throw new AssertionFailedError(where + ": expected a tensor, got " + describe(actual));
      }
      compareTensor(expect, t, where);
    } else if (expect.has("tuple")) {
      JsonArray parts = expect.getAsJsonArray("tuple");
      List<Object> got = tupleParts(actual, where);
      assertEquals(parts.size(), got.size(), where + ": tuple length");
      for (int i = 0; i < parts.size(); i++) {
        compare(parts.get(i).getAsJsonObject(), got.get(i), where + "[" + i + "]");
      }
    } else if (expect.has("scalar")) {
      compareScalar(expect.get("scalar"), expect.get("kind").getAsString(), actual, where);
    } else if (expect.has("size")) {
      if (!(actual instanceof Size s)) {
        throw new AssertionFailedError(where + ": expected a Size, got " + describe(actual));
      }
      assertEquals(
          Arrays.toString(Fixtures.longs(expect.getAsJsonArray("size"))),
          Arrays.toString(s.toArray()),
          where + ": size");
    } else if (expect.has("list")) {
      compareNested(expect.get("list"), actual, where);
    } else {
      fail("unknown expectation " + expect);
    }
  }

  static List<Object> tupleParts(Object actual, String where) {
    if (actual instanceof ValuesIndices vi) {
      return List.of(vi.values(), vi.indices());
    } else if (actual instanceof Object[] arr) {
      return Arrays.asList(arr);
    } else if (actual instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    throw new AssertionFailedError(where + ": expected a tuple, got " + describe(actual));
  }

  static void compareTensor(JsonObject e, Tensor t, String where) {
    long[] shape = Fixtures.longs(e.getAsJsonArray("shape"));
    assertEquals(Arrays.toString(shape), Arrays.toString(t.shape().toArray()), where + ": shape");
    DType dt = DType.valueOf(e.get("dtype").getAsString());
    assertEquals(dt, t.dtype(), where + ": dtype");
    JsonElement values = e.get("values");
    boolean identical = true;
    if (values != null && !values.isJsonNull()) {
      identical = compareValues(values.getAsJsonArray(), t, dt, where);
    }
    // The printed form is compared exactly whenever the values are numerically identical to
    // PyTorch's (-0.0 == 0.0 counts as identical, so a lost sign of zero still shows in the
    // repr). When float values differ within tolerance (a last-place difference in exp, a
    // different summation order), their 4-digit rendering may legitimately differ too.
    if (e.has("repr") && identical) {
      assertEquals(e.get("repr").getAsString(), t.toString(), where + ": repr");
    }
  }

  /** Returns whether all values are numerically identical (not just within tolerance). */
  static boolean compareValues(JsonArray expected, Tensor t, DType dt, String where) {
    assertEquals(expected.size(), (int) t.numel(), where + ": numel");
    boolean identical = true;
    if (dt.is_floating_point()) {
      double[] got = t.toDoubleArray();
      double[] tol = TOLERANCES.get(dt);
      for (int i = 0; i < got.length; i++) {
        double x = Fixtures.toDouble(expected.get(i));
        identical &= x == got[i] || (Double.isNaN(x) && Double.isNaN(got[i]));
        if (!close(x, got[i], tol[0], tol[1])) {
          throw new AssertionFailedError(
              where + ": value [" + i + "] expected " + x + " but was " + got[i]
                  + " (rtol " + tol[0] + ", atol " + tol[1] + "); all expected "
                  + expected + " got " + Arrays.toString(got));
        }
      }
    } else {
      long[] got = t.toLongArray();
      long[] want = Fixtures.longs(expected);
      if (!Arrays.equals(want, got)) {
        throw new AssertionFailedError(
            where + ": values expected " + Arrays.toString(want) + " but was " + Arrays.toString(got));
      }
    }
    return identical;
  }

  static boolean close(double expected, double actual, double rtol, double atol) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
      return expected == actual;
    }
    return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  }

  static void compareScalar(JsonElement e, String kind, Object actual, String where) {
    switch (kind) {
      case "bool" -> {
        if (!(actual instanceof Boolean b)) {
          throw new AssertionFailedError(where + ": expected a Python bool, got " + describe(actual));
        }
        assertEquals(e.getAsBoolean(), b, where);
      }
      case "int" -> {
        if (!(actual instanceof Long || actual instanceof Integer
            || actual instanceof Short || actual instanceof Byte)) {
          throw new AssertionFailedError(where + ": expected a Python int, got " + describe(actual));
        }
        assertEquals(e.getAsLong(), ((Number) actual).longValue(), where);
      }
      case "float" -> {
        if (!(actual instanceof Double || actual instanceof Float)) {
          throw new AssertionFailedError(where + ": expected a Python float, got " + describe(actual));
        }
        double x = Fixtures.toDouble(e);
        double got = ((Number) actual).doubleValue();
        // Python floats here come straight from tensor elements: exact (NaN matches NaN).
        assertTrue(Double.compare(x, got) == 0 || (x == got), where + ": expected " + x + " but was " + got);
      }
      case "dtype" -> {
        if (!(actual instanceof DType d)) {
          throw new AssertionFailedError(where + ": expected a dtype, got " + describe(actual));
        }
        assertEquals(e.getAsString(), d.name(), where);
      }
      case "str" -> assertEquals(e.getAsString(), String.valueOf(actual), where);
      default -> fail("unknown scalar kind " + kind);
    }
  }

  static void compareNested(JsonElement e, Object actual, String where) {
    if (e.isJsonArray()) {
      if (!(actual instanceof List<?> l)) {
        throw new AssertionFailedError(where + ": expected a list, got " + describe(actual));
      }
      JsonArray a = e.getAsJsonArray();
      assertEquals(a.size(), l.size(), where + ": list length");
      for (int i = 0; i < a.size(); i++) {
        compareNested(a.get(i), l.get(i), where + "[" + i + "]");
      }
      return;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    String kind = p.isBoolean() ? "bool" : Fixtures.isFloatLiteral(p) ? "float" : "int";
    compareScalar(p, kind, actual, where);
  }

  static String describe(Object o) {
    if (o == null) {
      return "null";
    }
    if (o instanceof Tensor t) {
      String repr;
      try {
        repr = t.toString();
      } catch (RuntimeException e) {
        repr = "<repr failed: " + e + ">";
      }
      return "tensor " + t.dtype() + " " + t.shape() + " " + repr;
    }
    return o.getClass().getSimpleName() + " " + o;
  }

  /** Lets a person run one case from an IDE: set -Dcase=<id>. */
  @Test
  void singleCaseFromSystemProperty() {
    String id = System.getProperty("case");
    Assumptions.assumeTrue(id != null, "set -Dcase=<fixture id> to run one case");
    for (JsonObject c : Fixtures.opCases()) {
      if (c.get("id").getAsString().equals(id)) {
        runCase(c);
        return;
      }
    }
    fail("no fixture with id " + id);
  }
}
