package dev.torchnd.compat;

import static dev.torchnd.d2l.Pandas.concat;
import static dev.torchnd.d2l.Pandas.get_dummies;
import static dev.torchnd.d2l.Pandas.read_csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.d2l.DataFrame;
import dev.torchnd.d2l.DataHub;
import dev.torchnd.d2l.KaggleHouse;
import dev.torchnd.d2l.Pandas;
import dev.torchnd.d2l.PandasDtype;
import dev.torchnd.d2l.Series;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/pandas_kaggle.json} (pandas 1.5.3, bottleneck installed, recorded by
 * {@code recorder/record_d2l_kaggle.py}): D2L §4.10's preprocessing step by step on small CSV
 * pairs with edge cases and on the house-price stand-in (whose bytes {@link KaggleHouse} must
 * reproduce), and {@code to_csv} of frames with every column dtype. Means and standard
 * deviations are compared as exact doubles, large float64 arrays by the SHA-1 of their bytes.
 */
class PandasKaggleConformanceTest {

  private static final JsonObject ROOT =
      Fixtures.load("/fixtures/pandas_kaggle.json").getAsJsonObject();

  @Test
  void standInBytesAreTheRecordersBytes() throws Exception {
    JsonObject s = ROOT.getAsJsonObject("standin");
    assertEquals(s.get("n_train").getAsInt(), KaggleHouse.N_TRAIN);
    assertEquals(s.get("n_test").getAsInt(), KaggleHouse.N_TEST);
    assertEquals(s.get("kaggle_house_pred_train.csv").getAsString(),
        sha1(KaggleHouse.csvText(true).getBytes(StandardCharsets.UTF_8)));
    assertEquals(s.get("kaggle_house_pred_test.csv").getAsString(),
        sha1(KaggleHouse.csvText(false).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void downloadFallsBackToTheStandInWhenTheFetchFails() throws Exception {
    Path cache = Files.createTempDirectory("kaggle-cache");
    Path standin = Files.createTempDirectory("kaggle-standin");
    String[] saved = DataHub.DATA_HUB.get("kaggle_house_test");
    String before = System.getProperty("torchnd.standin");
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      // port 9 (discard) on the loopback refuses at once: a failed download without network
      DataHub.DATA_HUB.put("kaggle_house_test",
          new String[] {"http://127.0.0.1:9/kaggle_house_pred_test.csv", saved[1]});
      System.setProperty("torchnd.standin", standin.toString());
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      String f = DataHub.download("kaggle_house_test", cache.toString());
      assertEquals(standin.resolve("kaggle_house_pred_test.csv").toString(), f);
      assertEquals(ROOT.getAsJsonObject("standin").get("kaggle_house_pred_test.csv").getAsString(),
          sha1(Files.readAllBytes(Path.of(f))));
      assertEquals("正在从http://127.0.0.1:9/kaggle_house_pred_test.csv下载"
          + cache.resolve("kaggle_house_pred_test.csv") + "...\n", o.toString(StandardCharsets.UTF_8));
      String msg = e.toString(StandardCharsets.UTF_8);
      assertTrue(msg.contains("kaggle_house_pred_test.csv (SHA-1 " + saved[1])
          && msg.contains(cache.toAbsolutePath().normalize().toString())
          && msg.contains("stand-in"), msg);
      assertTrue(!Files.exists(cache.resolve("kaggle_house_pred_test.csv")),
          "nothing is put into the cache under the real file's name");
    } finally {
      System.setOut(out);
      System.setErr(err);
      DataHub.DATA_HUB.put("kaggle_house_test", saved);
      if (before == null) {
        System.clearProperty("torchnd.standin");
      } else {
        System.setProperty("torchnd.standin", before);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> sectionPipelineMatchesPandas() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement ce : ROOT.getAsJsonArray("cases")) {
      JsonObject c = ce.getAsJsonObject();
      String name = c.get("name").getAsString();
      String aCsv = c.has("a") ? c.get("a").getAsString() : KaggleHouse.csvText(true);
      String bCsv = c.has("b") ? c.get("b").getAsString() : KaggleHouse.csvText(false);
      JsonObject want = c.getAsJsonObject("results");
      Map<String, Supplier<Object>> got = pipeline(aCsv, bCsv, want);
      for (String key : want.keySet()) {
        if (key.equals("iloc_list_cols")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(name + " " + key, () -> {
          assertTrue(got.containsKey(key), "no Java step named " + key);
          Object g = got.get(key).get();
          JsonElement w = want.get(key);
          if (w.isJsonArray()) {
            List<String> ws = new ArrayList<>();
            w.getAsJsonArray().forEach(x -> ws.add(x.getAsString()));
            double[] gd = (double[]) g;
            assertEquals(ws.size(), gd.length, "number of values");
            for (int i = 0; i < gd.length; i++) {
              double wd = ws.get(i).equals("nan") ? Double.NaN : Double.parseDouble(ws.get(i));
              assertEquals(Double.doubleToLongBits(wd), Double.doubleToLongBits(gd[i]),
                  "value " + i + ": pandas " + ws.get(i) + ", Java " + gd[i]);
            }
          } else {
            assertEquals(w.getAsString(), g);
          }
        }));
      }
    }
    return tests.stream();
  }

  /** The recorder's steps, in its order, on the Java DataFrame. */
  private static Map<String, Supplier<Object>> pipeline(String aCsv, String bCsv, JsonObject want) {
    DataFrame a = read_csv(new StringReader(aCsv));
    DataFrame b = read_csv(new StringReader(bCsv));
    boolean big = a.shape()[0] > 50;
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("shape_a", () -> tuple(a.shape()));
    m.put("shape_b", () -> tuple(b.shape()));
    m.put("dtypes_a", () -> a.dtypes().toString());
    int[] cols = JsonParser.parseString(want.get("iloc_list_cols").getAsString()).getAsJsonArray()
        .asList().stream().mapToInt(JsonElement::getAsInt).toArray();
    m.put("iloc_list", () -> a.iloc("0:4", cols).toString());
    m.put("print_a", a::toString);
    m.put("print_a_rows4", () -> a.iloc("0:4").toString());
    m.put("print_a_narrow", () -> a.iloc(":", new int[] {0, 3, -1}).toString());
    m.put("print_b_cols", () -> b.iloc(":", "70:80").toString());
    m.put("print_saleprice", () -> a.get("SalePrice").toString());
    m.put("print_lotfrontage", () -> a.get("LotFrontage").toString());
    DataFrame all = concat(List.of(a.iloc(":", "1:-1"), b.iloc(":", "1:")));
    String concatDtypes = all.dtypes().toString();
    String concatPrint = all.toString();
    m.put("concat_dtypes", () -> concatDtypes);
    m.put("concat_index", () -> all.index().toString());
    if (!big) {
      m.put("concat_print", () -> concatPrint);
    }
    List<Object> numeric = all.dtypes().get(all.dtypes().ne("object")).index();
    m.put("numeric_features", () -> jsonStrings(numeric));
    String neObject = all.dtypes().ne("object").toString();
    m.put("dtypes_ne_object", () -> neObject);
    double[] means = new double[numeric.size()];
    double[] stds = new double[numeric.size()];
    for (int i = 0; i < means.length; i++) {
      means[i] = all.get(String.valueOf(numeric.get(i))).mean();
      stds[i] = all.get(String.valueOf(numeric.get(i))).std();
    }
    m.put("means", () -> means);
    m.put("stds", () -> stds);
    DataFrame std = all.get(numeric).apply(x -> x.sub(x.mean()).div(x.std()));
    m.put("apply_dtypes", std.dtypes()::toString);
    m.put("apply_values", () -> big ? sha1F64(std.values()) : std.values().contiguous().toDoubleArray());
    all.set(numeric, std);
    all.set(numeric, all.get(numeric).fillna(0));
    String standardized = all.toString();
    if (!big) {
      m.put("standardized_print", () -> standardized);
    }
    String standardizedSha1 = sha1F64(all.get(numeric).values());
    m.put("standardized_sha1", () -> standardizedSha1);
    DataFrame dummies = get_dummies(all, true);
    m.put("dummies_shape", () -> tuple(dummies.shape()));
    m.put("dummies_columns", () -> jsonStrings(dummies.columns()));
    m.put("dummies_dtypes", () -> valueCounts(dummies, want.get("dummies_dtypes").getAsString()));
    m.put("dummies_print", dummies::toString);
    int nTrain = (int) a.shape()[0];
    m.put("train_values", () -> valuesLine(dummies.iloc(":" + nTrain).values()));
    m.put("test_values", () -> valuesLine(dummies.iloc(nTrain + ":").values()));
    m.put("train_features", () ->
        dummies.iloc(":" + nTrain).values().to(DType.float32).get(":3, :6").toString());
    String label = a.columns().contains("Price") ? "Price" : "SalePrice";
    m.put("labels", () ->
        a.get(label).values().reshape(-1, 1).to(DType.float32).get(":3").toString());
    // train_and_pred's submission
    Tensor preds = Torch.arange(b.shape()[0], DType.float32).mul((double) 1234.567f)
        .add((double) 0.1f).reshape(-1, 1);
    DataFrame bb = concat(List.of(b), 0);
    bb.set("SalePrice", Pandas.Series(preds.reshape(1, -1).get(0)));
    m.put("series_float32", () -> bb.get("SalePrice").head().toString());
    DataFrame submission = concat(List.of(bb.get("Id"), bb.get("SalePrice")), 1);
    m.put("submission_print", () -> submission.head().toString());
    m.put("submission_csv", () -> submission.to_csv(false));
    return m;
  }

  @TestFactory
  Stream<DynamicTest> toCsvMatchesPandas() {
    Map<String, DataFrame> frames = new LinkedHashMap<>();
    frames.put("kinds", concat(List.of(
        Series.of("i", PandasDtype.int64, 1L, -2L, 3L),
        Series.of("f", PandasDtype.float64, 0.1, Double.NaN, 1e16),
        Series.of("g", PandasDtype.float64, 1e-5, 2.5, -0.0),
        Series.of("o", PandasDtype.object, "a,b", null, "say \"hi\""),
        Series.of("t", PandasDtype.bool, true, false, true),
        Series.of("u", PandasDtype.uint8, 0L, 1L, 255L),
        Pandas.Series(Torch.tensor(new float[] {0.1f, 123456.79f, Float.POSITIVE_INFINITY}))
            .rename("h"),
        Series.of("n", PandasDtype.object, "line\nbreak", "plain", "")), 1));
    frames.put("float32", concat(List.of(Pandas.Series(Torch.tensor(new float[] {1.0f, 0.3f,
        16777216.0f, 3.4028235e38f, 1.1754944e-38f, -7.5f, 100000.0f, 1e-4f, 9.999999e-5f,
        Float.NaN})).rename("v")), 1));
    JsonObject want = ROOT.getAsJsonObject("to_csv");
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, DataFrame> f : frames.entrySet()) {
      for (boolean index : new boolean[] {false, true}) {
        String key = f.getKey() + "_index_" + (index ? "True" : "False");
        tests.add(DynamicTest.dynamicTest("to_csv " + key,
            () -> assertEquals(want.get(key).getAsString(), f.getValue().to_csv(index))));
      }
    }
    return tests.stream();
  }

  /** {@code dtypes.value_counts()} as pandas printed it, checked as counts (its order aside). */
  private static String valueCounts(DataFrame df, String pandasText) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Object d : df.dtypes().tolist()) {
      counts.merge(String.valueOf(d), 1, Integer::sum);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : pandasText.split("\n")) {
      String[] p = line.trim().split("\\s+");
      if (p.length == 2 && counts.containsKey(p[0])) {
        String n = String.valueOf(counts.remove(p[0]));
        sb.append(line, 0, line.length() - p[1].length()).append(n).append('\n');
      } else {
        sb.append(line).append('\n');
      }
    }
    return counts.isEmpty() ? sb.substring(0, sb.length() - 1) : "unrecorded dtypes " + counts;
  }

  private static String tuple(long[] shape) {
    return "(" + shape[0] + ", " + shape[1] + ")";
  }

  private static String jsonStrings(List<?> l) {
    StringBuilder sb = new StringBuilder("[");
    for (Object o : l) {
      sb.append(sb.length() > 1 ? ", " : "").append('"').append(o).append('"');
    }
    return sb.append(']').toString();
  }

  private static String valuesLine(Tensor t) {
    return t.dtype().toString().replace("torch.", "") + " (" + t.size(0) + ", " + t.size(1) + ") "
        + sha1F64(t);
  }

  private static String sha1F64(Tensor t) {
    double[] d = t.contiguous().toDoubleArray();
    ByteBuffer buf = ByteBuffer.allocate(d.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : d) {
      buf.putDouble(v);
    }
    return sha1(buf.array());
  }

  private static String sha1(byte[] data) throws IllegalStateException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
