package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.utils.data.BatchSampler;
import dev.torchnd.utils.data.ConcatDataset;
import dev.torchnd.utils.data.Data;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.Dataset;
import dev.torchnd.utils.data.RandomSampler;
import dev.torchnd.utils.data.SequentialSampler;
import dev.torchnd.utils.data.Subset;
import dev.torchnd.utils.data.SubsetRandomSampler;
import dev.torchnd.utils.data.TensorDataset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/data.json} (recorded by {@code recorder/record_data.py}): DataLoader
 * batch order under seeds (shuffle, drop_last, generators, samplers with and without
 * replacement, background workers) and the default generator's state afterwards; the structure
 * {@code default_collate} gives tensors, numbers, strings, lists and maps; {@code random_split}
 * indices; and PyTorch's error texts.
 */
class DataConformanceTest {
  private static final JsonObject FIXTURE = Fixtures.load("/fixtures/data.json").getAsJsonObject();

  static void assertFloats(JsonArray want, Tensor got, String what) {
    double[] w = Fixtures.doubles(want);
    double[] g = got.to(DType.float64).toDoubleArray();
    assertEquals(w.length, g.length, what + " length");
    for (int i = 0; i < w.length; i++) {
      assertEquals(Double.doubleToLongBits(w[i]), Double.doubleToLongBits(g[i]),
          what + "[" + i + "]: expected " + w[i] + " but was " + g[i]);
    }
  }

  // ------------------------------------------------------------------ loaders

  @TestFactory
  Stream<DynamicTest> batchOrderAndGeneratorStateMatchPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("loaders")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> loader(c)));
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void loader(JsonObject c) {
    int n = c.get("n").getAsInt();
    Torch.manual_seed(c.get("seed").getAsLong());
    TensorDataset ds = new TensorDataset(Torch.arange(n), Torch.arange(n).mul(10));
    Generator g =
        c.get("generator").isJsonNull() ? null : new Generator().manual_seed(c.get("generator").getAsLong());
    Map<String, Object> kw = (Map<String, Object>) OptimConformanceTest.java(c.get("kwargs"));
    if (g != null) {
      kw.put("generator", g);
    }
    if (!c.get("sampler").isJsonNull()) {
      JsonObject s = c.getAsJsonObject("sampler");
      if (s.has("subset")) {
        List<Integer> subset = new ArrayList<>();
        for (int i : Fixtures.ints(s.getAsJsonArray("subset"))) {
          subset.add(i);
        }
        kw.put("sampler", new SubsetRandomSampler(subset, g));
      } else {
        kw.put("sampler", new RandomSampler(ds, s.get("replacement").getAsBoolean(),
            s.get("num_samples").getAsInt(), g));
      }
    }
    DataLoader<List<Tensor>> loader = new DataLoader<>(ds, kw);
    assertEquals(c.get("len").getAsInt(), loader.len(), "len");
    JsonArray epochs = c.getAsJsonArray("epochs");
    for (int ep = 0; ep < epochs.size(); ep++) {
      List<List<Long>> got = new ArrayList<>();
      for (List<Tensor> batch : loader) {
        Tensor x = batch.get(0);
        assertTrue(batch.get(1).equal(x.mul(10)), "second column follows the first");
        List<Long> idx = new ArrayList<>();
        for (long v : x.reshape(-1).toLongArray()) {
          idx.add(v);
        }
        got.add(idx);
      }
      assertEquals(epochs.get(ep).toString(), got.toString().replace(" ", ""), "epoch " + ep);
    }
    if (!c.get("take").isJsonNull()) {
      Iterator<List<Tensor>> it = loader.iterator();
      for (int i = 0; i < c.get("take").getAsInt(); i++) {
        it.next();
      }
    }
    assertFloats(c.getAsJsonArray("after"), Torch.rand(3), "default generator afterwards");
    if (g != null) {
      assertFloats(c.getAsJsonArray("after_gen"),
          Torch.rand(new long[] {3}, DType.float32, g), "generator afterwards");
    }
  }

  // ------------------------------------------------------------------ collate

  private static final Map<String, IntFunction<Object>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("tensor", i -> Torch.tensor(new double[] {i, i + 0.5}));
    SAMPLES.put("tuple_tensor_int", i -> List.of(Torch.tensor(new double[] {i, -i}), i));
    SAMPLES.put("dict", i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("x", Torch.tensor(new long[] {i}));
      m.put("y", i / 2.0);
      m.put("name", "n" + i);
      return m;
    });
    SAMPLES.put("nested", i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", i % 2 == 0);
      m.put("b", Torch.full(new long[] {2, 2}, (double) i));
      return List.of(List.of(i, i + 1), m);
    });
    SAMPLES.put("int", i -> i);
    SAMPLES.put("float", i -> i * 0.25);
    SAMPLES.put("bool", i -> i % 3 == 0);
    SAMPLES.put("tensor_2d_int", i -> Torch.full(new long[] {2, 3}, (long) i));
    SAMPLES.put("str", i -> "s" + i);
  }

  static void assertBatch(JsonObject want, Object got, String what) {
    switch (want.get("t").getAsString()) {
      case "tensor" -> {
        assertTrue(got instanceof Tensor, what + ": expected a tensor, got " + got);
        Tensor t = (Tensor) got;
        assertEquals(want.getAsJsonArray("shape").toString(),
            java.util.Arrays.toString(t.shape().toLongArray()).replace(" ", ""), what + " shape");
        assertEquals(DType.valueOf(want.get("dtype").getAsString()), t.dtype(), what + " dtype");
        assertFloats(want.getAsJsonArray("values"), t, what);
      }
      case "list" -> {
        assertTrue(got instanceof List<?>, what + ": expected a list, got " + got);
        List<?> l = (List<?>) got;
        JsonArray items = want.getAsJsonArray("items");
        assertEquals(items.size(), l.size(), what + " size");
        for (int i = 0; i < items.size(); i++) {
          assertBatch(items.get(i).getAsJsonObject(), l.get(i), what + "[" + i + "]");
        }
      }
      case "dict" -> {
        assertTrue(got instanceof Map<?, ?>, what + ": expected a map, got " + got);
        Map<?, ?> m = (Map<?, ?>) got;
        JsonObject items = want.getAsJsonObject("items");
        assertEquals(List.copyOf(items.keySet()), List.copyOf(m.keySet()), what + " keys");
        for (var en : items.entrySet()) {
          assertBatch(en.getValue().getAsJsonObject(), m.get(en.getKey()), what + "." + en.getKey());
        }
      }
      case "str" -> assertEquals(want.get("v").getAsString(), got, what);
      default -> throw new IllegalArgumentException(want.get("t").getAsString());
    }
  }

  @TestFactory
  Stream<DynamicTest> defaultCollateBuildsPyTorchsStructure() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("collate")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        IntFunction<Object> f = SAMPLES.get(name);
        assertNotNull(f, "no Java samples for " + name);
        int n = c.get("n").getAsInt();
        Dataset<Object> ds = new Dataset<>() {
          @Override
          public Object get(int index) {
            return f.apply(index);
          }

          @Override
          public int len() {
            return n;
          }
        };
        List<Object> got = new ArrayList<>();
        for (Object b : new DataLoader<>(ds, c.get("batch_size").getAsInt())) {
          got.add(b);
        }
        JsonArray want = c.getAsJsonArray("batches");
        assertEquals(want.size(), got.size(), "batches");
        for (int i = 0; i < want.size(); i++) {
          assertBatch(want.get(i).getAsJsonObject(), got.get(i), "batch " + i);
          assertEquals(c.getAsJsonArray("reprs").get(i).getAsString(), String.valueOf(got.get(i)),
              "print(batch) " + i);
        }
      }));
    }
    return tests.stream();
  }

  // ------------------------------------------------------------------ random_split

  @TestFactory
  Stream<DynamicTest> randomSplitMatchesPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("splits")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> {
        int n = c.get("n").getAsInt();
        TensorDataset ds = new TensorDataset(Torch.arange(n));
        List<Number> lengths = new ArrayList<>();
        for (Object o : (List<?>) OptimConformanceTest.java(c.get("lengths"))) {
          lengths.add((Number) o);
        }
        List<Subset<List<Tensor>>> parts;
        Generator g = null;
        if (!c.get("seed").isJsonNull()) {
          g = new Generator().manual_seed(c.get("seed").getAsLong());
          parts = Data.random_split(ds, lengths, g);
        } else {
          Torch.manual_seed(c.get("manual_seed").getAsLong());
          parts = Data.random_split(ds, lengths);
        }
        List<List<Integer>> got = new ArrayList<>();
        for (Subset<List<Tensor>> s : parts) {
          got.add(s.indices());
          for (int i = 0; i < s.len(); i++) {
            assertEquals((long) s.indices().get(i), s.get(i).get(0).longValue(), "subset sample");
          }
        }
        assertEquals(c.getAsJsonArray("subsets").toString(), got.toString().replace(" ", ""));
        Tensor after = g == null ? Torch.rand(2) : Torch.rand(new long[] {2}, DType.float32, g);
        assertFloats(c.getAsJsonArray("after"), after, "generator afterwards");
      }));
    }
    return tests.stream();
  }

  // ------------------------------------------------------------------ errors

  private static TensorDataset ds10() {
    return new TensorDataset(Torch.arange(10));
  }

  private static final Map<String, Runnable> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("negative_workers", () -> new DataLoader<>(ds10(), Map.of("num_workers", -1)));
    ERRORS.put("negative_timeout", () -> new DataLoader<>(ds10(), Map.of("timeout", -1)));
    ERRORS.put("prefetch_without_workers", () -> new DataLoader<>(ds10(), Map.of("prefetch_factor", 4)));
    ERRORS.put("persistent_without_workers",
        () -> new DataLoader<>(ds10(), Map.of("persistent_workers", true)));
    ERRORS.put("sampler_and_shuffle",
        () -> new DataLoader<>(ds10(), Map.of("sampler", new SequentialSampler(ds10()), "shuffle", true)));
    ERRORS.put("batch_sampler_and_batch_size", () -> new DataLoader<>(ds10(),
        Map.of("batch_size", 4, "batch_sampler", new BatchSampler(new SequentialSampler(ds10()), 2, false))));
    ERRORS.put("no_batching_drop_last", () -> {
      Map<String, Object> kw = new LinkedHashMap<>();
      kw.put("batch_size", null);
      kw.put("drop_last", true);
      new DataLoader<>(ds10(), kw);
    });
    ERRORS.put("batch_sampler_zero", () -> new BatchSampler(new SequentialSampler(ds10()), 0, false));
    ERRORS.put("random_sampler_zero", () -> new RandomSampler(ds10(), false, 0, null));
    ERRORS.put("split_bad_sum", () -> Data.random_split(ds10(), List.of(3, 8)));
    ERRORS.put("split_bad_fraction", () -> Data.random_split(ds10(), List.of(1.5, -0.5)));
    ERRORS.put("tensor_dataset_mismatch", () -> new TensorDataset(Torch.zeros(3), Torch.zeros(4)));
    ERRORS.put("collate_unequal_lists", () -> Data.default_collate(List.of(List.of(1, 2), List.of(3))));
    ERRORS.put("collate_bad_type", () -> {
      List<Object> nones = new ArrayList<>();
      nones.add(null);
      nones.add(null);
      Data.default_collate(nones);
    });
    ERRORS.put("unexpected_kwarg", () -> new DataLoader<>(ds10(), Map.of("batchsize", 3)));
    ERRORS.put("collate_unequal_tensors",
        () -> Data.default_collate(List.of(Torch.zeros(2), Torch.zeros(3))));
    ERRORS.put("multiprocessing_context_without_workers",
        () -> new DataLoader<>(ds10(), Map.of("multiprocessing_context", "fork")));
    ERRORS.put("concat_negative_index", () -> new ConcatDataset<>(List.of(ds10(), ds10())).get(-21));
    ERRORS.put("concat_empty", () -> new ConcatDataset<List<Tensor>>(List.of()));
  }

  @org.junit.jupiter.api.Test
  void concatDatasetIndexesAndShufflesAsPyTorch() {
    JsonObject c = FIXTURE.getAsJsonObject("concat");
    ConcatDataset<List<Tensor>> cd = new ConcatDataset<>(List.of(
        new TensorDataset(Torch.arange(3)), new TensorDataset(Torch.arange(10, 15)),
        new TensorDataset(Torch.arange(20, 22))));
    assertEquals(c.getAsJsonArray("cumulative_sizes").toString(),
        cd.cumulative_sizes().toString().replace(" ", ""));
    for (var en : c.getAsJsonObject("items").entrySet()) {
      assertEquals(en.getValue().getAsLong(), cd.get(Integer.parseInt(en.getKey())).get(0).longValue(),
          "item " + en.getKey());
    }
    Torch.manual_seed(17);
    List<List<Long>> got = new ArrayList<>();
    for (List<Tensor> b : new DataLoader<>(cd, 4, true)) {
      List<Long> l = new ArrayList<>();
      for (long v : b.get(0).toLongArray()) {
        l.add(v);
      }
      got.add(l);
    }
    assertEquals(c.getAsJsonArray("shuffled").toString(), got.toString().replace(" ", ""));
    assertThrows(IndexOutOfBoundsException.class, () -> cd.get(10));
  }

  @TestFactory
  Stream<DynamicTest> errorsCarryPyTorchsText() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("errors")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Runnable r = ERRORS.get(name);
        assertNotNull(r, "no Java scenario for " + name);
        RuntimeException ex = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(c.get("message").getAsString(), ex.getMessage());
      }));
    }
    assertEquals(ERRORS.size(), tests.size(), "every Java scenario has a fixture");
    return tests.stream();
  }
}
