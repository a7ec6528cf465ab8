package dev.torchnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares {@link TensorFormatter#repr} with reprs recorded from PyTorch 1.13 by {@code
 * compat-tests/recorder/record_printing.py}.
 */
class TensorFormatterTest {

  private static final String FIXTURE = "/fixtures/printing.json";

  @AfterEach
  void restoreDefaults() {
    // Print options are global; a failing case must not leak its options into the next one.
    TensorFormatter.setPrintOptionsProfile("default");
  }

  @TestFactory
  Stream<DynamicTest> matchesPyTorch() throws IOException {
    JsonArray cases = loadFixture();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonObject c = cases.get(i).getAsJsonObject();
      String name = "#" + i + " " + c.get("name").getAsString();
      tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
    }
    return tests.stream();
  }

  /** The fixture must stay broad; a truncated recording would pass vacuously. */
  @Test
  void fixtureCoversEveryDtype() throws IOException {
    JsonArray cases = loadFixture();
    assertTrue(cases.size() >= 300, "only " + cases.size() + " cases");
    for (DType d : DType.values()) {
      boolean found = false;
      for (JsonElement e : cases) {
        found |= e.getAsJsonObject().get("dtype").getAsString().equals(d.name());
      }
      assertTrue(found, "no case for " + d);
    }
  }

  @Test
  void ignoresDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      double[] v = {0.5, 2.25};
      String s = TensorFormatter.repr(DType.float32, new long[] {2}, source(v), null, false);
      assertEquals("tensor([0.5000, 2.2500])", s);
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static void check(JsonObject c) {
    TensorFormatter.setPrintOptionsProfile("default");
    JsonElement options = c.get("options");
    if (!options.isJsonNull()) {
      if (options.isJsonArray()) {
        for (JsonElement call : options.getAsJsonArray()) {
          apply(call.getAsJsonObject());
        }
      } else {
        apply(options.getAsJsonObject());
      }
    }
    DType dtype = DType.of(c.get("dtype").getAsString());
    JsonArray shapeJson = c.getAsJsonArray("shape");
    long[] shape = new long[shapeJson.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = shapeJson.get(i).getAsLong();
    }
    JsonElement gradFn = c.get("grad_fn");
    String actual =
        TensorFormatter.repr(
            dtype,
            shape,
            elements(c, dtype),
            gradFn.isJsonNull() ? null : gradFn.getAsString(),
            c.get("requires_grad").getAsBoolean());
    assertEquals(c.get("repr").getAsString(), actual);
  }

  /** One {@code torch.set_printoptions(**call)}: profile first, then the rest, as PyTorch does. */
  private static void apply(JsonObject call) {
    if (call.has("profile")) {
      TensorFormatter.setPrintOptionsProfile(call.get("profile").getAsString());
    }
    TensorFormatter.setPrintOptions(
        intOrNull(call, "precision"),
        intOrNull(call, "threshold"),
        intOrNull(call, "edgeitems"),
        intOrNull(call, "linewidth"),
        call.has("sci_mode") && !call.get("sci_mode").isJsonNull()
            ? call.get("sci_mode").getAsBoolean()
            : null);
  }

  private static Integer intOrNull(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsInt() : null;
  }

  private static TensorFormatter.ElementSource elements(JsonObject c, DType dtype) {
    if (c.has("arange")) {
      JsonArray a = c.getAsJsonArray("arange");
      if (dtype.is_floating_point()) {
        double start = a.get(0).getAsDouble();
        double step = a.get(1).getAsDouble();
        return new TensorFormatter.ElementSource() {
          @Override
          public double getDouble(long i) {
            return start + i * step;
          }

          @Override
          public long getLong(long i) {
            throw new AssertionError("getLong on a floating tensor");
          }
        };
      }
      long start = a.get(0).getAsLong();
      long step = a.get(1).getAsLong();
      return new TensorFormatter.ElementSource() {
        @Override
        public double getDouble(long i) {
          throw new AssertionError("getDouble on an integral tensor");
        }

        @Override
        public long getLong(long i) {
          return start + i * step;
        }
      };
    }
    JsonArray values = c.getAsJsonArray("values");
    if (dtype.is_floating_point()) {
      double[] v = new double[values.size()];
      for (int i = 0; i < v.length; i++) {
        // Lenient Gson reads NaN/Infinity as strings; getAsDouble parses them.
        v[i] = values.get(i).getAsDouble();
      }
      return source(v);
    }
    long[] v = new long[values.size()];
    for (int i = 0; i < v.length; i++) {
      JsonElement e = values.get(i);
      v[i] =
          e.getAsJsonPrimitive().isBoolean() ? (e.getAsBoolean() ? 1 : 0) : e.getAsLong();
    }
    return new TensorFormatter.ElementSource() {
      @Override
      public double getDouble(long i) {
        throw new AssertionError("getDouble on an integral tensor");
      }

      @Override
      public long getLong(long i) {
        return v[Math.toIntExact(i)];
      }
    };
  }

  private static TensorFormatter.ElementSource source(double[] v) {
    return new TensorFormatter.ElementSource() {
      @Override
      public double getDouble(long i) {
        return v[Math.toIntExact(i)];
      }

      @Override
      public long getLong(long i) {
        throw new AssertionError("getLong on a floating tensor");
      }
    };
  }

  private static JsonArray loadFixture() throws IOException {
    try (InputStream in = TensorFormatterTest.class.getResourceAsStream(FIXTURE)) {
      assertNotNull(in, FIXTURE + " missing: run compat-tests/recorder/record_printing.py");
      JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      // Python's json writes NaN/Infinity, which only lenient parsing accepts.
      reader.setStrictness(Strictness.LENIENT);
      return JsonParser.parseReader(reader).getAsJsonArray();
    }
  }
}
