package dev.torchnd.compat;

import static dev.torchnd.d2l.Pandas.get_dummies;
import static dev.torchnd.d2l.Pandas.read_csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.d2l.DataFrame;
import dev.torchnd.d2l.PyFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/pandas.json} (recorded from pandas 1.5.3 by {@code
 * recorder/record_pandas.py}) on {@code dev.torchnd.d2l}'s DataFrame: every CSV file is written
 * byte for byte, read with {@code read_csv}, and each named operation's text (a {@code print}, a
 * {@code repr}, or an error) must equal pandas'. For errors, the Java message must start with
 * pandas' message (Java adds the row and column of a value that is not a number).
 */
class PandasConformanceTest {

  /** The operations of record_pandas.py, by name. */
  private static Map<String, Function<DataFrame, String>> ops(String category) {
    Map<String, Function<DataFrame, String>> m = new LinkedHashMap<>();
    m.put("print", DataFrame::toString);
    m.put("dtypes", df -> df.dtypes().toString());
    m.put("isna", df -> df.isna().toString());
    m.put("isna_sum", df -> df.isna().sum().toString());
    m.put("isnull_sum", df -> df.isnull().sum().toString());
    m.put("isna_sum_idxmax", df -> "'" + df.isna().sum().idxmax() + "'");
    m.put("mean", df -> df.mean().toString());
    m.put("fillna_mean", df -> df.fillna(df.mean()).toString());
    m.put("fillna_0", df -> df.fillna(0L).toString());
    m.put("dropna", df -> df.dropna().toString());
    m.put("get_dummies", df -> get_dummies(df, true).toString());
    m.put("get_dummies_nona", df -> get_dummies(df).toString());
    m.put("dummies_dtypes", df -> get_dummies(df, true).dtypes().toString());
    m.put(
        "pipeline",
        df -> {
          DataFrame d = get_dummies(df, true);
          return d.fillna(d.mean()).to_numpy(DType.float64).toString();
        });
    m.put("to_numpy", df -> df.to_numpy(DType.float64).toString());
    m.put("values", df -> df.values().toString());
    m.put("col0", df -> df.iloc(":", 0).toString());
    m.put("last_col", df -> df.iloc(":", -1).toString());
    m.put("first_cols", df -> df.iloc(":", "0:2").toString());
    m.put("rows", df -> df.iloc("1:3").toString());
    m.put("drop_most_na", df -> df.drop((String) df.isna().sum().idxmax()).toString());
    if (category != null) {
      m.put("get_NumRooms", df -> df.get("NumRooms").toString());
      m.put("get_NumRooms_Price", df -> df.get(List.of("NumRooms", "Price")).toString());
      m.put("loc_cat", df -> df.loc(":", category).toString());
      m.put("targets", df -> df.iloc(":", 2).toString());
      m.put("inputs", df -> df.iloc(":", "0:2").toString());
      m.put("inputs_mean", df -> df.iloc(":", "0:2").mean().toString());
      m.put(
          "fillna_then_dummies",
          df -> {
            DataFrame in = df.iloc(":", "0:2");
            return get_dummies(in.fillna(in.mean()), true).toString();
          });
      m.put(
          "v017_values",
          df -> {
            DataFrame in = df.iloc(":", "0:2");
            return "("
                + get_dummies(in.fillna(in.mean()), true).values()
                + ", "
                + df.iloc(":", 2).values()
                + ")";
          });
      m.put("targets_to_numpy", df -> df.iloc(":", 2).to_numpy(DType.float64).toString());
      m.put(
          "drop_to_numpy",
          df -> df.drop((String) df.isna().sum().idxmax()).to_numpy(DType.float64).toString());
    }
    return m;
  }

  @TestFactory
  Stream<DynamicTest> everyOperationMatchesPandas() throws IOException {
    JsonObject root = Fixtures.load("/fixtures/pandas.json").getAsJsonObject();
    Path dir = Files.createTempDirectory("pandas-fixtures");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : root.getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      Path file = dir.resolve(name + ".csv");
      Files.write(file, c.get("csv").getAsString().getBytes(StandardCharsets.UTF_8));
      if (c.has("read_error")) {
        String want = c.get("read_error").getAsString();
        tests.add(
            DynamicTest.dynamicTest(
                name + " read_csv error",
                () -> {
                  IllegalArgumentException ex =
                      assertThrows(IllegalArgumentException.class, () -> read_csv(file));
                  assertEquals(want.substring(want.indexOf(": ") + 2), ex.getMessage());
                }));
        continue;
      }
      JsonObject results = c.getAsJsonObject("results");
      String category = name.startsWith("house_tiny") ? read(file).columns().get(1) : null;
      Map<String, Function<DataFrame, String>> ops = ops(category);
      for (String op : results.keySet()) {
        String want = results.get(op).getAsString();
        Function<DataFrame, String> fn = ops.get(op);
        tests.add(
            DynamicTest.dynamicTest(
                name + " " + op,
                () -> {
                  assertTrue(fn != null, "no Java operation named " + op);
                  DataFrame df = read(file);
                  String got;
                  try {
                    got = fn.apply(df);
                  } catch (IllegalArgumentException ex) {
                    String msg = ex.getMessage();
                    String pandasMsg = want.substring(want.indexOf(": ") + 2);
                    assertTrue(
                        want.matches("^[A-Za-z]+Error: [\\s\\S]*") && msg.startsWith(pandasMsg),
                        "pandas: " + want + "\nJava:   " + msg);
                    return;
                  }
                  assertEquals(want, got);
                }));
      }
    }
    return tests.stream();
  }

  private static DataFrame read(Path file) {
    try {
      return read_csv(file);
    } catch (UncheckedIOException e) {
      throw e;
    }
  }

  @TestFactory
  Stream<DynamicTest> pythonNumberFormatting() {
    return Stream.of(
        DynamicTest.dynamicTest("f'{0.1:.5f}'", () -> assertEquals("0.10000", PyFormat.f(0.1, 5))),
        DynamicTest.dynamicTest(
            "f'{2.0000300000155:.5f}'", () -> assertEquals("2.00003", PyFormat.f(2.0000300000155, 5))),
        DynamicTest.dynamicTest("f'{0.125:.2f}' (half-even)", () -> assertEquals("0.12", PyFormat.f(0.125, 2))),
        DynamicTest.dynamicTest("f'{-0.0:.1f}'", () -> assertEquals("-0.0", PyFormat.f(-0.0, 1))),
        DynamicTest.dynamicTest("repr(1e-05)", () -> assertEquals("1e-05", PyFormat.repr(1e-5))));
  }
}
