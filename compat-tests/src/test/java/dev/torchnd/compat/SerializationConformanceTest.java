package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.Torch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/serialization.json} (recorded by {@code
 * recorder/record_serialization.py} with PyTorch 1.13 and NumPy 1.24): every file PyTorch wrote
 * loads in TorchND to the recorded value (dtype, shape, strides, offset, storage sharing,
 * requires_grad, values, container types and order), and every hostile file raises an
 * IOException or IllegalArgumentException whose message holds the recorded reason.
 */
class SerializationConformanceTest {
  static final String DIR = "/fixtures/serialization/";

  static JsonObject fixture() {
    return Fixtures.load("/fixtures/serialization.json").getAsJsonObject();
  }

  static Path file(String name) {
    try {
      return Path.of(SerializationConformanceTest.class.getResource(DIR + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  static Object loadAny(String name) throws IOException {
    if (name.endsWith(".npy") || name.endsWith(".npz")) {
      return dev.torchnd.serialization.Numpy.load(file(name));
    }
    return Torch.load(file(name));
  }

  static JsonElement encodeLoaded(String name, Object v) {
    if (v instanceof dev.torchnd.Tensor t && name.endsWith(".npy")) {
      return SerializationJson.ndarray(t);
    }
    if (name.endsWith(".npz")) {
      JsonObject o = new JsonObject();
      o.addProperty("type", "dict");
      com.google.gson.JsonArray items = new com.google.gson.JsonArray();
      for (var e : ((java.util.Map<?, ?>) v).entrySet()) {
        com.google.gson.JsonArray kv = new com.google.gson.JsonArray();
        kv.add(SerializationJson.enc(e.getKey()));
        kv.add(SerializationJson.ndarray((dev.torchnd.Tensor) e.getValue()));
        items.add(kv);
      }
      o.add("items", items);
      return o;
    }
    return SerializationJson.enc(v);
  }

  @TestFactory
  Stream<DynamicTest> pytorchFilesLoad() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : fixture().getAsJsonArray("files")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("file").getAsString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Object v = loadAny(name);
                String d = SerializationJson.diff(c.get("expected"), encodeLoaded(name, v), name);
                assertNull(d, d);
              }));
    }
    assertTrue(tests.size() >= 25, "fixture lists " + tests.size() + " files");
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> pytorchFilesLoadFromStreams() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : fixture().getAsJsonArray("files")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("file").getAsString();
      if (name.endsWith(".npy") || name.endsWith(".npz")) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Object v;
                // getResourceAsStream is not a FileInputStream: the in-memory path.
                try (InputStream in = getClass().getResourceAsStream(DIR + name)) {
                  v = Torch.load(new java.io.BufferedInputStream(in));
                }
                String d = SerializationJson.diff(c.get("expected"), SerializationJson.enc(v), name);
                assertNull(d, d);
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> hostileFilesAreRefused() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : fixture().getAsJsonArray("hostile")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("file").getAsString();
      String error = c.get("error").getAsString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Exception ex =
                    assertThrows(
                        Exception.class, () -> loadAny(name), name + " loaded without error");
                if (!(ex instanceof IOException || ex instanceof IllegalArgumentException)) {
                  fail(name + ": expected IOException or IllegalArgumentException, got " + ex, ex);
                }
                assertTrue(
                    ex.getMessage() != null && ex.getMessage().contains(error),
                    name + ": message '" + ex.getMessage() + "' lacks '" + error + "'");
              }));
    }
    assertTrue(tests.size() >= 30);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> javaFilesLoadInPytorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : fixture().getAsJsonArray("java")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("file").getAsString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> assertEquals(true, c.get("ok").getAsBoolean(), "PyTorch side: " + c)));
    }
    return tests.stream();
  }
}
