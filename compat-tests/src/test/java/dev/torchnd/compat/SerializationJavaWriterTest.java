package dev.torchnd.compat;

import static dev.torchnd.Torch.arange;
import static dev.torchnd.Torch.ones;
import static dev.torchnd.Torch.tensor;
import static dev.torchnd.Torch.zeros;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Size;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.serialization.Numpy;
import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java direction: writes files with TorchND into {@code compat-tests/target/serialization-java/}
 * together with {@code manifest.json} (each file and the JSON form of what was saved), and checks
 * that TorchND reads each back to that form. {@code recorder/roundtrip_serialization.sh} then loads
 * every file in PyTorch 1.13 with {@code weights_only=True} (NumPy for .npy/.npz) and records the
 * comparison in {@code fixtures/serialization.json} ("java"), which {@code
 * SerializationConformanceTest} replays.
 */
class SerializationJavaWriterTest {
  static final Path OUT = Path.of("target", "serialization-java");

  private final JsonArray manifest = new JsonArray();

  private void torchFile(String name, Object obj, JsonElement expected) throws IOException {
    Path p = OUT.resolve(name);
    Torch.save(obj, p);
    Object back = Torch.load(p);
    String d = SerializationJson.diff(expected, SerializationJson.enc(back), name);
    assertNull(d, d);
    entry(name, expected);
  }

  private void entry(String name, JsonElement expected) {
    JsonObject o = new JsonObject();
    o.addProperty("file", name);
    o.add("expected", expected);
    manifest.add(o);
  }

  @Test
  void writeFilesForPytorch() throws IOException {
    Files.createDirectories(OUT);
    // Every PyTorch fixture, loaded in Java and saved again.
    JsonObject fx = SerializationConformanceTest.fixture();
    for (JsonElement e : fx.getAsJsonArray("files")) {
      String name = e.getAsJsonObject().get("file").getAsString();
      if (name.endsWith(".npy") || name.endsWith(".npz")) {
        continue;
      }
      Object v = Torch.load(SerializationConformanceTest.file(name));
      torchFile("resaved_" + name.replace('.', '_') + ".pt", v, e.getAsJsonObject().get("expected"));
    }
    // Objects built in Java.
    Map<String, Object> dtypes = new LinkedHashMap<>();
    for (DType d : DType.values()) {
      dtypes.put(d.toString().substring(6), arange(6).reshape(2, 3).to(d));
    }
    dtypes.put("special", tensor(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1e-40}));
    torchFile("java_dtypes.pt", dtypes, SerializationJson.enc(dtypes));

    Tensor x = arange(24.0).reshape(4, 6);
    Map<String, Object> views = new LinkedHashMap<>();
    views.put("x", x);
    views.put("row", x.get("2"));
    views.put("t", x.T());
    views.put("cols", x.get(":, 1:4"));
    views.put("again", x);
    torchFile("java_views.pt", views, SerializationJson.enc(views));

    OrderedDict<Object, Object> od = new OrderedDict<>();
    od.put("b", 1L);
    od.put("a", List.of(true, "s"));
    Map<Object, Object> c = new LinkedHashMap<>();
    c.put("tuple", Tuple.of(1L, Tuple.of(), Tuple.of("x"), null, false));
    c.put(7, "int key");
    c.put("od", od);
    c.put("size", new Size(2, 3));
    c.put("dtype", DType.float64);
    c.put("big", new java.math.BigInteger("123456789012345678901234567890"));
    c.put("neg", List.of(-1L, -300L, -70000L, Long.MIN_VALUE, Long.MAX_VALUE));
    c.put("scalars", List.of(tensor(2.5), tensor(3L), zeros(0), zeros(2, 0).long_()));
    c.put("grad", ones(2).requires_grad_());
    c.put("unicode", "héllo ✓ \uD83D\uDE00");
    torchFile("java_containers.pt", c, SerializationJson.enc(c));
    List<Object> floats = List.of(1.5, -0.0, 1e-7, Double.POSITIVE_INFINITY);
    torchFile("java_floats.pt", floats, SerializationJson.enc(floats));

    // The non-zip format (torch.save(..., _use_new_zipfile_serialization=False)).
    Path legacy = OUT.resolve("java_legacy.pt");
    Torch.save(views, legacy.toString(), false);
    Object legacyBack = Torch.load(legacy);
    String ld = SerializationJson.diff(SerializationJson.enc(views), SerializationJson.enc(legacyBack), "legacy");
    assertNull(ld, ld);
    entry("java_legacy.pt", SerializationJson.enc(views));

    // D2L 5.5 as the book writes it.
    Tensor x4 = arange(4);
    torchFile("x-file", x4, SerializationJson.enc(x4));
    List<Tensor> xy = List.of(x4, zeros(4));
    torchFile("x-files", xy, SerializationJson.enc(xy));
    Map<String, Tensor> mydict = new LinkedHashMap<>();
    mydict.put("x", x4);
    mydict.put("y", zeros(4));
    torchFile("mydict", mydict, SerializationJson.enc(mydict));
    // A Java MLP's state_dict (OrderedDict with _metadata), and its input and output: the
    // recorder loads it into PyTorch's MLP of the same shape and compares the outputs.
    Torch.manual_seed(7);
    SerializationNnTest.MLP net = new SerializationNnTest.MLP(4, 8, 3);
    Tensor in = Torch.randn(2, 4);
    Map<String, Tensor> io = new LinkedHashMap<>();
    io.put("X", in);
    io.put("Y", net.call(in).detach());
    torchFile("java_mlp_io.pt", io, SerializationJson.enc(io));
    Map<String, Tensor> sd = net.state_dict();
    torchFile("java_mlp.params", sd, SerializationJson.enc(sd));
    manifest.get(manifest.size() - 1).getAsJsonObject().addProperty("mlp_input", "java_mlp_io.pt");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("weight", net.hidden.weight());
    params.put("frozen", new dev.torchnd.nn.Parameter(Torch.ones(2), false));
    torchFile("java_parameters.pt", params, SerializationJson.enc(params));

    // NumPy files.
    Map<String, Tensor> npy = new LinkedHashMap<>();
    npy.put("f4", arange(6.0).reshape(2, 3));
    npy.put("f8", tensor(new double[] {1.5, Double.NaN}).double_());
    npy.put("f2", tensor(new double[] {0.5, 65504}).half());
    npy.put("i8", tensor(new long[] {Long.MIN_VALUE, 5}));
    npy.put("i4", arange(3).int_());
    npy.put("i2", arange(3).to(DType.int16));
    npy.put("i1", arange(3).to(DType.int8));
    npy.put("u1", arange(3).to(DType.uint8));
    npy.put("b1", tensor(new boolean[] {true, false}));
    npy.put("fortran", arange(12.0).reshape(3, 4).T());
    npy.put("noncontig", arange(12.0).reshape(3, 4).get(":, 1:3"));
    npy.put("scalar", tensor(2.5));
    npy.put("empty", zeros(0, 3));
    for (Map.Entry<String, Tensor> e : npy.entrySet()) {
      String name = "java_" + e.getKey() + ".npy";
      Numpy.save(OUT.resolve(name), e.getValue());
      Tensor back = Numpy.load(OUT.resolve(name));
      JsonObject exp = SerializationJson.ndarray(e.getValue().contiguous());
      if (e.getKey().equals("fortran")) {
        exp = SerializationJson.ndarray(e.getValue());
      }
      String d = SerializationJson.diff(exp, SerializationJson.ndarray(back), name);
      assertNull(d, d);
      entry(name, exp);
    }
    Map<String, Tensor> z = new LinkedHashMap<>();
    z.put("a", arange(3));
    z.put("b", ones(2, 2));
    for (boolean compressed : new boolean[] {false, true}) {
      String name = compressed ? "java_compressed.npz" : "java_arrays.npz";
      if (compressed) {
        Numpy.savez_compressed(OUT.resolve(name), z);
      } else {
        Numpy.savez(OUT.resolve(name), z);
      }
      Map<String, Tensor> back = Numpy.load(OUT.resolve(name));
      JsonObject exp = new JsonObject();
      exp.addProperty("type", "dict");
      JsonArray items = new JsonArray();
      for (Map.Entry<String, Tensor> e : z.entrySet()) {
        JsonArray kv = new JsonArray();
        kv.add(SerializationJson.enc(e.getKey()));
        kv.add(SerializationJson.ndarray(e.getValue()));
        items.add(kv);
      }
      exp.add("items", items);
      JsonObject got = new JsonObject();
      got.addProperty("type", "dict");
      JsonArray gi = new JsonArray();
      for (Map.Entry<String, Tensor> e : back.entrySet()) {
        JsonArray kv = new JsonArray();
        kv.add(SerializationJson.enc(e.getKey()));
        kv.add(SerializationJson.ndarray(e.getValue()));
        gi.add(kv);
      }
      got.add("items", gi);
      String d = SerializationJson.diff(exp, got, name);
      assertNull(d, d);
      entry(name, exp);
    }
    Files.writeString(
        OUT.resolve("manifest.json"),
        new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
            .toJson(manifest),
        StandardCharsets.UTF_8);
  }

  /** Files for PyTorch, for the list the recorder must see. */
  static List<String> names(JsonArray manifest) {
    List<String> out = new ArrayList<>();
    manifest.forEach(e -> out.add(e.getAsJsonObject().get("file").getAsString()));
    return out;
  }
}
