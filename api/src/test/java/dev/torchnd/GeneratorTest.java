package dev.torchnd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/random.json}, recorded from PyTorch 1.13 by {@code
 * compat-tests/recorder/record_random.py}: every sampled value must match bit for bit, every
 * recorded {@code get_rng_state()} byte for byte, every error message exactly.
 */
class GeneratorTest {

  private static JsonObject fixtures;

  private static synchronized JsonObject fixtures() throws Exception {
    if (fixtures == null) {
      try (InputStream in = GeneratorTest.class.getResourceAsStream("/fixtures/random.json");
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        fixtures = JsonParser.parseReader(r).getAsJsonObject();
      }
    }
    return fixtures;
  }

  // ===================================== fixture replay ======================================

  @TestFactory
  Stream<DynamicTest> pytorchFixtures() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : fixtures().getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> replay(c)));
    }
    return tests.stream();
  }

  private static void replay(JsonObject c) {
    Generator g;
    if (c.has("seed")) {
      g = new Generator().manual_seed(new BigInteger(c.get("seed").getAsString()).longValue());
    } else if (c.has("state")) {
      g = new Generator().set_state(hex(c.get("state").getAsString()));
    } else {
      g = new Generator();
    }
    int i = 0;
    for (JsonElement e : c.getAsJsonArray("ops")) {
      JsonObject op = e.getAsJsonObject();
      String where = c.get("name").getAsString() + " op#" + i++ + " " + describe(op);
      runOp(g, op, where);
      if (op.has("state")) {
        assertEquals(op.get("state").getAsString(), hexOf(g.get_state()), where + ": state");
      }
    }
  }

  private static void runOp(Generator g, JsonObject op, String where) {
    String name = op.get("op").getAsString();
    if (name.equals("seed_state")) {
      long seed = new BigInteger(op.get("initial_seed").getAsString()).longValue();
      assertEquals(seed, g.initial_seed(), where);
      return;
    }
    Object out;
    try {
      out = sample(g, name, op);
    } catch (IllegalArgumentException ex) {
      if (!op.has("error")) {
        throw new AssertionError(where + ": unexpected error " + ex.getMessage(), ex);
      }
      assertEquals(op.get("error").getAsString(), ex.getMessage(), where);
      return;
    }
    if (op.has("error")) {
      fail(where + ": expected error " + op.get("error").getAsString());
    }
    JsonObject expect = op.getAsJsonObject("out");
    if (out instanceof long[]) {
      long[] v = (long[]) out;
      // randint / random_ into a floating dtype produce float values in PyTorch.
      if (!name.equals("multinomial") && op.has("dtype") && dtype(op).is_floating_point()) {
        double[] d = new double[v.length];
        for (int k = 0; k < v.length; k++) {
          d[k] = v[k];
        }
        compare(expect, d, where);
      } else {
        compare(expect, v, where);
      }
    } else {
      compare(expect, (double[]) out, where);
    }
  }

  private static Object sample(Generator g, String name, JsonObject op) {
    switch (name) {
      case "uniform":
        return Sampling.uniform(
            g, n(op), dtype(op), op.get("from").getAsDouble(), op.get("to").getAsDouble());
      case "normal":
        return Sampling.normal(
            g, n(op), dtype(op), op.get("mean").getAsDouble(), op.get("std").getAsDouble());
      case "normal_tt":
        return Sampling.normal(g, doubles(op, "mean"), doubles(op, "std"), dtype(op));
      case "exponential":
        return Sampling.exponential(g, n(op), dtype(op), op.get("lambd").getAsDouble());
      case "randint":
        return Sampling.randint(
            g, n(op), dtype(op), op.get("low").getAsLong(), op.get("high").getAsLong());
      case "random":
        return Sampling.random(g, n(op), dtype(op));
      case "randperm":
        return Sampling.randperm(g, n(op));
      case "bernoulli_t":
        return Sampling.bernoulli(g, doubles(op, "p"), dtype(op));
      case "bernoulli_s":
        return Sampling.bernoulli(g, n(op), op.get("p").getAsDouble(), dtype(op));
      case "multinomial":
        return Sampling.multinomial(
            g,
            doubles(op, "probs"),
            op.get("rows").getAsInt(),
            op.get("cats").getAsInt(),
            op.get("k").getAsInt(),
            op.get("replacement").getAsBoolean(),
            dtype(op));
      case "mdist":
        {
          double[] probs = doubles(op, "probs");
          return Sampling.multinomialDistributionSample(
              g, probs, probs.length, op.get("total").getAsLong(), op.get("samples").getAsLong());
        }
      default:
        throw new AssertionError("unknown op " + name);
    }
  }

  private static void compare(JsonObject expect, double[] actual, String where) {
    if (expect.has("values")) {
      double[] e = doubles(expect, "values");
      assertEquals(e.length, actual.length, where + ": length");
      for (int i = 0; i < e.length; i++) {
        if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(actual[i])) {
          fail(where + ": element " + i + " expected " + e[i] + " but was " + actual[i]);
        }
      }
      return;
    }
    assertEquals(expect.get("n").getAsInt(), actual.length, where + ": length");
    double[] head = doubles(expect, "head");
    for (int i = 0; i < head.length; i++) {
      assertEquals(
          Double.doubleToLongBits(head[i]),
          Double.doubleToLongBits(actual[i]),
          where + ": head element " + i + " expected " + head[i] + " but was " + actual[i]);
    }
    if (expect.has("tail")) {
      double[] tail = doubles(expect, "tail");
      int off = actual.length - tail.length;
      for (int i = 0; i < tail.length; i++) {
        assertEquals(
            Double.doubleToLongBits(tail[i]),
            Double.doubleToLongBits(actual[off + i]),
            where + ": element " + (off + i) + " expected " + tail[i] + " was " + actual[off + i]);
      }
    }
    if (expect.has("colsum")) {
      double[] colsum = doubles(expect, "colsum");
      double[] sums = new double[colsum.length];
      for (int i = 0; i < actual.length; i++) {
        sums[i % colsum.length] += actual[i];
      }
      assertArrayEquals(colsum, sums, where + ": column sums");
    }
    long h = 0;
    for (double v : actual) {
      h = h * 1000003 + Double.doubleToRawLongBits(v);
    }
    assertEquals(expect.get("hash").getAsLong(), h, where + ": hash of all " + actual.length);
  }

  private static void compare(JsonObject expect, long[] actual, String where) {
    if (expect.has("values")) {
      assertArrayEquals(longs(expect, "values"), actual, where);
      return;
    }
    assertEquals(expect.get("n").getAsInt(), actual.length, where + ": length");
    long[] head = longs(expect, "head");
    for (int i = 0; i < head.length; i++) {
      assertEquals(head[i], actual[i], where + ": head element " + i);
    }
    long[] tail = longs(expect, "tail");
    int off = actual.length - tail.length;
    for (int i = 0; i < tail.length; i++) {
      assertEquals(tail[i], actual[off + i], where + ": element " + (off + i));
    }
    long h = 0;
    for (long v : actual) {
      h = h * 1000003 + v;
    }
    assertEquals(expect.get("hash").getAsLong(), h, where + ": hash of all " + actual.length);
  }

  // ============================ glibc ports against glibc itself ============================

  @TestFactory
  Stream<DynamicTest> glibcPorts() throws Exception {
    JsonObject libm = fixtures().getAsJsonObject("libm");
    return Stream.of(
        DynamicTest.dynamicTest(
            "log",
            () -> {
              for (JsonElement e : libm.getAsJsonArray("log")) {
                JsonArray a = e.getAsJsonArray();
                double x = a.get(0).getAsDouble();
                assertBits(a.get(1).getAsDouble(), Libm.log(x), "log(" + x + ")");
              }
            }),
        DynamicTest.dynamicTest(
            "sincos",
            () -> {
              double[] sc = new double[2];
              for (JsonElement e : libm.getAsJsonArray("sincos")) {
                JsonArray a = e.getAsJsonArray();
                double x = a.get(0).getAsDouble();
                Libm.sincos(x, sc);
                assertBits(a.get(1).getAsDouble(), sc[0], "sincos(" + x + ").sin");
                assertBits(a.get(2).getAsDouble(), sc[1], "sincos(" + x + ").cos");
              }
            }),
        DynamicTest.dynamicTest(
            "sin",
            () -> {
              for (JsonElement e : libm.getAsJsonArray("sin")) {
                JsonArray a = e.getAsJsonArray();
                double x = a.get(0).getAsDouble();
                assertBits(a.get(1).getAsDouble(), Libm.sin(x), "sin(" + x + ")");
              }
            }),
        DynamicTest.dynamicTest(
            "logf",
            () -> {
              for (JsonElement e : libm.getAsJsonArray("logf")) {
                JsonArray a = e.getAsJsonArray();
                float x = a.get(0).getAsFloat();
                assertBits(a.get(1).getAsFloat(), Libm.logf(x), "logf(" + x + ")");
              }
            }),
        DynamicTest.dynamicTest(
            "sincosf",
            () -> {
              float[] sc = new float[2];
              for (JsonElement e : libm.getAsJsonArray("sincosf")) {
                JsonArray a = e.getAsJsonArray();
                float x = a.get(0).getAsFloat();
                Libm.sincosf(x, sc);
                assertBits(a.get(1).getAsFloat(), sc[0], "sincosf(" + x + ").sin");
                assertBits(a.get(2).getAsFloat(), sc[1], "sincosf(" + x + ").cos");
              }
            }));
  }

  private static void assertBits(double expected, double actual, String what) {
    if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
      fail(what + ": expected " + expected + " but was " + actual);
    }
  }

  // ================================== generator behaviour ===================================

  @Test
  void stateRoundTripsAndContinuesTheStream() {
    Generator a = new Generator().manual_seed(2024);
    Sampling.normal(a, 5, DType.float64, 0, 1); // leaves a cached normal
    byte[] s = a.get_state();
    assertEquals(5056, s.length);
    Generator b = new Generator().set_state(s);
    assertArrayEquals(s, b.get_state());
    assertArrayEquals(
        Sampling.normal(a, 7, DType.float64, 0, 1), Sampling.normal(b, 7, DType.float64, 0, 1));
    assertEquals(a.random64(), b.random64());
  }

  @Test
  void setStateRejectsPyTorchsWay() {
    Generator g = new Generator();
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> g.set_state(new byte[100]));
    assertEquals(
        "Expected either a CPUGeneratorImplStateLegacy of size 5048 or a CPUGeneratorImplState"
            + " of size 5056 but found the input RNG state size to be 100",
        size.getMessage());
    byte[] s = g.get_state();
    s[8] = 0; // left = 0
    IllegalArgumentException invalid =
        assertThrows(IllegalArgumentException.class, () -> g.set_state(s));
    assertEquals("Invalid mt19937 state", invalid.getMessage());
  }

  @Test
  void seedsAreUnsigned64Bit() {
    Generator g = new Generator();
    assertEquals(Generator.DEFAULT_SEED, g.initial_seed());
    g.manual_seed(-1);
    assertEquals("18446744073709551615", Long.toUnsignedString(g.initial_seed()));
    long s = g.seed();
    assertEquals(s, g.initial_seed());
    assertTrue(Generator.default_generator() == Generator.default_generator());
  }

  @Test
  void manualSeedDropsTheCachedNormal() {
    Generator g = new Generator().manual_seed(3);
    double first = Sampling.normal(g, 1, DType.float64, 0, 1)[0];
    double cached = Sampling.normal(g, 1, DType.float64, 0, 1)[0];
    assertNotEquals(first, cached);
    Sampling.normal(g, 1, DType.float64, 0, 1); // caches again
    g.manual_seed(3);
    assertEquals(first, Sampling.normal(g, 1, DType.float64, 0, 1)[0]);
  }

  @Test
  void concurrentDrawsNeitherLoseNorRepeatState() throws Exception {
    int threads = 4;
    int per = 20_000;
    Generator shared = new Generator().manual_seed(11);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(
          pool.submit(
              () -> {
                long[] v = new long[per];
                for (int i = 0; i < per; i++) {
                  v[i] = shared.random64();
                }
                return v;
              }));
    }
    long sum = 0;
    for (Future<long[]> f : parts) {
      for (long v : f.get()) {
        sum += v;
      }
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    Generator serial = new Generator().manual_seed(11);
    long expected = 0;
    for (int i = 0; i < threads * per; i++) {
      expected += serial.random64();
    }
    // Same multiset of draws in some interleaving: the sums agree, and the engines end level.
    assertEquals(expected, sum);
    assertEquals(serial.random64(), shared.random64());
  }

  @Test
  void cppNumberFormatting() {
    assertEquals("5", Sampling.cpp(5));
    assertEquals("-1.5e-07", Sampling.cpp(-1.5e-7));
    assertEquals("60000", Sampling.cpp(60000));
    assertEquals("1e+39", Sampling.cpp(1e39));
    assertEquals("0.333333", Sampling.cpp(1.0 / 3));
    assertEquals("123457", Sampling.cpp(123456.7));
    assertEquals("1.23457e+06", Sampling.cpp(1234567));
    assertEquals("inf", Sampling.cpp(Double.POSITIVE_INFINITY));
  }

  // ========================================= helpers =========================================

  private static long n(JsonObject op) {
    return op.get("n").getAsLong();
  }

  private static DType dtype(JsonObject op) {
    return DType.of(op.get("dtype").getAsString());
  }

  private static double[] doubles(JsonObject o, String key) {
    JsonArray a = o.getAsJsonArray(key);
    double[] d = new double[a.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = a.get(i).getAsDouble();
    }
    return d;
  }

  private static long[] longs(JsonObject o, String key) {
    JsonArray a = o.getAsJsonArray(key);
    long[] d = new long[a.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = a.get(i).getAsLong();
    }
    return d;
  }

  private static String describe(JsonObject op) {
    StringBuilder sb = new StringBuilder(op.get("op").getAsString());
    for (String k : new String[] {"n", "dtype", "from", "to", "mean", "std", "low", "high"}) {
      if (op.has(k) && op.get(k).isJsonPrimitive()) {
        sb.append(' ').append(k).append('=').append(op.get(k).getAsString());
      }
    }
    return sb.toString();
  }

  private static byte[] hex(String s) {
    byte[] b = new byte[s.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }

  private static String hexOf(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return sb.toString();
  }
}
