package dev.torchnd.compat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Size;
import dev.torchnd.spi.Storage;
import dev.torchnd.Tensor;
import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a loaded value that {@code recorder/record_serialization.py}'s {@code enc()}
 * writes, built from Java objects: compared with the recorded form in one direction and read by
 * the recorder in the other.
 */
final class SerializationJson {
  private final List<Storage> storages = new ArrayList<>();

  static JsonElement enc(Object v) {
    return new SerializationJson().encode(v);
  }

  /** A tensor loaded with NumPy's rules (no storage/requires_grad fields). */
  static JsonObject ndarray(Tensor t) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "ndarray");
    o.addProperty("dtype", t.dtype().toString().substring(6));
    o.add("shape", longs(t.shape()));
    o.add("stride", longs(t.stride()));
    o.add("values", values(t));
    return o;
  }

  private static JsonArray longs(Iterable<Long> xs) {
    JsonArray a = new JsonArray();
    xs.forEach(a::add);
    return a;
  }

  private static JsonArray longs(long[] xs) {
    JsonArray a = new JsonArray();
    for (long x : xs) {
      a.add(x);
    }
    return a;
  }

  static JsonElement num(double d) {
    if (Double.isNaN(d)) {
      return new JsonPrimitive("nan");
    }
    if (Double.isInfinite(d)) {
      return new JsonPrimitive(d > 0 ? "inf" : "-inf");
    }
    return new JsonPrimitive(d);
  }

  static JsonArray values(Tensor t) {
    JsonArray a = new JsonArray();
    Tensor c = t.detach().contiguous().reshape(-1);
    if (t.dtype().is_floating_point()) {
      for (double d : c.to(DType.float64).toDoubleArray()) {
        a.add(num(d));
      }
    } else if (t.dtype() == DType.bool) {
      for (boolean b : c.toBooleanArray()) {
        a.add(b);
      }
    } else {
      for (long l : c.toLongArray()) {
        a.add(l);
      }
    }
    return a;
  }

  JsonElement encode(Object v) {
    JsonObject o = new JsonObject();
    if (v instanceof Tensor t) {
      int idx = -1;
      for (int i = 0; i < storages.size(); i++) {
        if (storages.get(i) == t.storage()) {
          idx = i;
        }
      }
      if (idx < 0) {
        idx = storages.size();
        storages.add(t.storage());
      }
      o.addProperty(
          "type", t instanceof dev.torchnd.nn.Parameter ? "parameter" : "tensor");
      o.addProperty("dtype", t.dtype().toString().substring(6));
      o.add("shape", longs(t.shape()));
      o.add("stride", longs(t.stride()));
      o.addProperty("offset", t.storage_offset());
      o.addProperty("storage_numel", t.storage().size());
      o.addProperty("requires_grad", t.requires_grad());
      o.addProperty("storage", idx);
      o.add("values", values(t));
      return o;
    }
    if (v instanceof Boolean b) {
      o.addProperty("type", "bool");
      o.addProperty("value", b);
    } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
      o.addProperty("type", "int");
      o.addProperty("value", v.toString());
    } else if (v instanceof Double d) {
      o.addProperty("type", "float");
      o.add("value", num(d));
    } else if (v instanceof String s) {
      o.addProperty("type", "str");
      o.addProperty("value", s);
    } else if (v instanceof byte[] b) {
      o.addProperty("type", "bytes");
      o.addProperty("value", java.util.HexFormat.of().formatHex(b));
    } else if (v == null) {
      o.addProperty("type", "none");
    } else if (v instanceof Size s) {
      o.addProperty("type", "size");
      o.add("value", longs(s));
    } else if (v instanceof DType d) {
      o.addProperty("type", "dtype");
      o.addProperty("value", d.toString());
    } else if (v instanceof Tuple t) {
      o.addProperty("type", "tuple");
      o.add("items", items(t));
    } else if (v instanceof List<?> l) {
      o.addProperty("type", "list");
      o.add("items", items(l));
    } else if (v instanceof Map<?, ?> m) {
      o.addProperty("type", v instanceof OrderedDict<?, ?> ? "ordereddict" : "dict");
      JsonArray a = new JsonArray();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        JsonArray kv = new JsonArray();
        kv.add(encode(e.getKey()));
        kv.add(encode(e.getValue()));
        a.add(kv);
      }
      o.add("items", a);
      if (v instanceof OrderedDict<?, ?> od && od._metadata() != null) {
        o.add("metadata", encode(od._metadata()));
      }
    } else {
      throw new IllegalArgumentException("no JSON form for " + v.getClass());
    }
    return o;
  }

  private JsonArray items(List<?> l) {
    JsonArray a = new JsonArray();
    for (Object x : l) {
      a.add(encode(x));
    }
    return a;
  }

  /** Null when equal, else the path and the two differing values. */
  static String diff(JsonElement exp, JsonElement got, String path) {
    if (exp.isJsonObject() && got.isJsonObject()) {
      JsonObject e = exp.getAsJsonObject();
      JsonObject g = got.getAsJsonObject();
      if (!e.keySet().equals(g.keySet())) {
        return path + ": keys " + e.keySet() + " vs " + g.keySet() + " in " + e + " / " + g;
      }
      boolean intValues =
          e.has("dtype")
              && e.get("dtype").isJsonPrimitive()
              && e.get("dtype").getAsString().matches("u?int\\d+");
      for (String k : e.keySet()) {
        if (k.equals("values") && intValues) {
          JsonArray ea = e.getAsJsonArray(k);
          JsonArray ga = g.getAsJsonArray(k);
          if (ea.size() != ga.size()) {
            return path + ".values: length " + ea.size() + " vs " + ga.size();
          }
          for (int i = 0; i < ea.size(); i++) {
            if (ea.get(i).getAsLong() != ga.get(i).getAsLong()) {
              return path + ".values[" + i + "]: " + ea.get(i) + " vs " + ga.get(i);
            }
          }
          continue;
        }
        String d = diff(e.get(k), g.get(k), path + "." + k);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (exp.isJsonArray() && got.isJsonArray()) {
      JsonArray e = exp.getAsJsonArray();
      JsonArray g = got.getAsJsonArray();
      if (e.size() != g.size()) {
        return path + ": length " + e.size() + " vs " + g.size();
      }
      for (int i = 0; i < e.size(); i++) {
        String d = diff(e.get(i), g.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (exp.isJsonPrimitive() && got.isJsonPrimitive()) {
      JsonPrimitive e = exp.getAsJsonPrimitive();
      JsonPrimitive g = got.getAsJsonPrimitive();
      if (e.isNumber() && g.isNumber()) {
        return e.getAsDouble() == g.getAsDouble()
                || Double.doubleToLongBits(e.getAsDouble()) == Double.doubleToLongBits(g.getAsDouble())
            ? null
            : path + ": " + e + " vs " + g;
      }
      return e.equals(g) ? null : path + ": " + e + " vs " + g;
    }
    return exp.equals(got) ? null : path + ": " + exp + " vs " + got;
  }
}
