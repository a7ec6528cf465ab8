package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.torchnd.PyRepr;
import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PyRepr} against Python's {@code repr()} ({@code fixtures/pyrepr.json}, recorded by
 * {@code recorder/record_pyrepr.py}): tricky and random doubles, strs, bytes and containers.
 */
class PyReprTest {
  private static final JsonObject FIXTURE = load();

  private static JsonObject load() {
    try (Reader r = new InputStreamReader(
        PyReprTest.class.getResourceAsStream("/fixtures/pyrepr.json"), StandardCharsets.UTF_8)) {
      return JsonParser.parseReader(r).getAsJsonObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double fromBits(String hex) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
  }

  @Test
  void floatsAsPythonReprsThem() {
    List<String> wrong = new ArrayList<>();
    JsonArray cases = FIXTURE.getAsJsonArray("floats");
    for (JsonElement e : cases) {
      JsonArray c = e.getAsJsonArray();
      double d = fromBits(c.get(0).getAsString());
      String want = c.get(1).getAsString();
      String got = PyRepr.repr(d);
      if (!want.equals(got)) {
        wrong.add(c.get(0).getAsString() + ": Python " + want + ", PyRepr " + got);
      }
      // a boxed Double inside repr(Object) prints the same
      if (!want.equals(PyRepr.repr((Object) d))) {
        wrong.add(c.get(0).getAsString() + " boxed: " + PyRepr.repr((Object) d));
      }
    }
    assertEquals(List.of(), wrong, cases.size() + " floats");
  }

  @Test
  void valuesAsPythonReprsThem() {
    for (JsonElement e : FIXTURE.getAsJsonArray("values")) {
      JsonArray c = e.getAsJsonArray();
      Object v = decode(c.get(0).getAsJsonObject());
      assertEquals(c.get(1).getAsString(), PyRepr.repr(v), c.get(0).toString());
    }
  }

  @Test
  void tuplesAsPythonReprsThem() {
    assertEquals("()", PyRepr.tuple(List.of()));
    assertEquals("(0.9,)", PyRepr.tuple(List.of(0.9)));
    assertEquals("(0.9, 0.999)", PyRepr.tuple(List.of(0.9, 0.999)));
  }

  private static Object decode(JsonObject v) {
    String k = v.keySet().iterator().next();
    JsonElement x = v.get(k);
    return switch (k) {
      case "none" -> null;
      case "bool" -> x.getAsBoolean();
      case "int" -> {
        BigInteger b = new BigInteger(x.getAsString());
        yield b.bitLength() < 64 ? (Object) b.longValue() : b;
      }
      case "float" -> fromBits(x.getAsString());
      case "str" -> x.getAsString();
      case "bytes" -> HexFormat.of().parseHex(x.getAsString());
      case "list" -> list(x.getAsJsonArray());
      case "tuple" -> Tuple.copyOf(list(x.getAsJsonArray()));
      case "dict" -> pairs(x.getAsJsonArray(), new LinkedHashMap<>());
      case "odict" -> pairs(x.getAsJsonArray(), new OrderedDict<>());
      case "empty_set" -> new HashSet<>();
      case "self_list" -> {
        List<Object> l = list(x.getAsJsonArray());
        l.add(l);
        yield l;
      }
      case "self_dict" -> {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(decode(x.getAsJsonObject()), m);
        yield m;
      }
      default -> throw new IllegalArgumentException(k);
    };
  }

  private static List<Object> list(JsonArray a) {
    List<Object> out = new ArrayList<>();
    for (JsonElement e : a) {
      out.add(decode(e.getAsJsonObject()));
    }
    return out;
  }

  private static Map<Object, Object> pairs(JsonArray a, Map<Object, Object> out) {
    for (JsonElement e : a) {
      JsonArray kv = e.getAsJsonArray();
      out.put(decode(kv.get(0).getAsJsonObject()), decode(kv.get(1).getAsJsonObject()));
    }
    return out;
  }
}
