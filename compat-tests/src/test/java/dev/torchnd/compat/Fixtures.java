package dev.torchnd.compat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the JSON fixtures recorded from PyTorch by {@code compat-tests/recorder/record_*.py}.
 *
 * <p>The files may contain the non-standard tokens {@code NaN}, {@code Infinity} and {@code
 * -Infinity} (Python's {@code json} writes them), so they are parsed leniently. The format of
 * {@code ops.json} is documented at the top of {@code record_ops.py}.
 */
final class Fixtures {
  private Fixtures() {}

  /** Parses a classpath resource such as {@code /fixtures/ops.json}. */
  static JsonElement load(String resource) {
    InputStream in = Fixtures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "fixture " + resource + " not found; run compat-tests/recorder/record.sh");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      JsonReader jr = new JsonReader(r);
      jr.setStrictness(Strictness.LENIENT);
      return JsonParser.parseReader(jr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cases of {@code /fixtures/ops.json} followed by those of every other {@code
   * /fixtures/ops_*.json} (one file per area, each written by its own recorder in the same
   * format), files in name order, cases in file order.
   */
  static List<JsonObject> opCases() {
    List<JsonObject> out = new ArrayList<>();
    for (String name : opFixtureFiles()) {
      for (JsonElement e : load("/fixtures/" + name).getAsJsonArray()) {
        out.add(e.getAsJsonObject());
      }
    }
    return out;
  }

  /**
   * {@code <stem>.json} merged with every {@code <stem>_*.json} (name order): each top-level
   * array is concatenated in file order, so an area can record its own file in the same format.
   */
  static JsonObject merged(String stem) {
    JsonObject out = new JsonObject();
    for (String name : fixtureFiles(stem)) {
      for (var entry : load("/fixtures/" + name).getAsJsonObject().entrySet()) {
        if (!out.has(entry.getKey())) {
          out.add(entry.getKey(), new JsonArray());
        }
        out.getAsJsonArray(entry.getKey()).addAll(entry.getValue().getAsJsonArray());
      }
    }
    return out;
  }

  /** {@code ops.json} first, then the {@code ops_*.json} files in name order. */
  static List<String> opFixtureFiles() {
    return fixtureFiles("ops");
  }

  /** {@code <stem>.json} first, then the {@code <stem>_*.json} files in name order. */
  static List<String> fixtureFiles(String stem) {
    List<String> names = new ArrayList<>();
    try {
      java.net.URL dir = Fixtures.class.getResource("/fixtures");
      if (dir == null) {
        throw new IllegalStateException("fixtures not found; run compat-tests/recorder/record.sh");
      }
      try (java.util.stream.Stream<java.nio.file.Path> files =
          java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
        files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.startsWith(stem + "_") && n.endsWith(".json"))
            .sorted()
            .forEach(names::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    names.add(0, stem + ".json");
    return names;
  }

  /** A JSON number, or one of the lenient tokens NaN / Infinity / -Infinity, as a double. */
  static double toDouble(JsonElement e) {
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean() ? 1 : 0;
    }
    // Lenient tokens arrive as strings; Double.parseDouble understands all three spellings.
    return Double.parseDouble(p.getAsString());
  }

  /** A JSON integer (or boolean) as a long. */
  static long toLong(JsonElement e) {
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean() ? 1 : 0;
    }
    return p.getAsLong();
  }

  /**
   * Whether a JSON number was written as a Python float ({@code 2.0}, {@code 1e-05}, {@code NaN})
   * rather than a Python int ({@code 2}). The recorder relies on Python's {@code json}, which
   * always writes floats with a '.' or an exponent.
   */
  static boolean isFloatLiteral(JsonPrimitive p) {
    if (!p.isNumber()) {
      return p.isString(); // NaN / Infinity tokens
    }
    String s = p.getAsString();
    return s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
  }

  static double[] doubles(JsonArray a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = toDouble(a.get(i));
    }
    return out;
  }

  static long[] longs(JsonArray a) {
    long[] out = new long[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = toLong(a.get(i));
    }
    return out;
  }

  static int[] ints(JsonArray a) {
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.toIntExact(toLong(a.get(i)));
    }
    return out;
  }

  // ---- ops-fuzz: device pass ----

  private static final boolean ON_CUDA =
      System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda");

  /**
   * A recorded (CPU) error text as PyTorch words it for the same tensors on CUDA, for the device
   * pass: error texts name a tensor's type, {@code torch.FloatTensor} or {@code CPUBoolType} on
   * the CPU and {@code torch.cuda.FloatTensor} or {@code CUDABoolType} on CUDA.
   */
  static String onDevice(String cpuMessage) {
    if (!ON_CUDA) {
      return cpuMessage;
    }
    return cpuMessage
        .replaceAll("torch\\.(?!cuda\\.)(\\w+Tensor)\\{", "torch.cuda.$1{")
        .replaceAll("\\[torch\\.(?!cuda\\.)(\\w+Tensor) ", "[torch.cuda.$1 ")
        .replaceAll("CPU(Bool|BFloat16)Type", "CUDA$1Type");
  }
}
