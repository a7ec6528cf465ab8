package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * float32 {@code sum}/{@code mean} of contiguous data against PyTorch bit for bit
 * ({@code fixtures/perf_reduce.json}, recorded by {@code recorder/record_perf_reduce.py}): full
 * sums of many lengths on 1, 2 and 3 threads (PyTorch's result depends on the split), row sums
 * over the trailing dims, and sums over the leading dims ({@code perf_reduce_outer.json}, recorded
 * by {@code recorder/record_perf_reduce_outer.py}: column ranges per thread decide the order).
 * Inputs are rebuilt from the recorder's {@code gen(n, seed)}. The device path sums in libnd4j's order, so there the values need only agree within 1e-5 of the sum of
 * |x| (an order's rounding error scales with it).
 */
class PerfReduceConformanceTest {
  private static final boolean DEVICE_PASS =
      System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda");

  static Stream<Arguments> cases() {
    return Stream.concat(cases("perf_reduce.json"), cases("perf_reduce_outer.json"));
  }

  /** One fixture file's cases ({@code perf_reduce_outer.json}: sums over leading dims). */
  static Stream<Arguments> cases(String file) {
    JsonArray cases = Fixtures.load("/fixtures/" + file).getAsJsonObject().getAsJsonArray("cases");
    Stream.Builder<Arguments> b = Stream.builder();
    for (JsonElement e : cases) {
      JsonObject c = e.getAsJsonObject();
      b.add(Arguments.of(c.get("op").getAsString() + " " + c.get("shape") + " dims "
          + c.get("dims") + " threads " + c.get("threads"), c));
    }
    return b.build();
  }

  /** The recorder's {@code gen}: an integer hash to float32 in [-1, 1), scaled by 2^-20..2^19. */
  static float[] gen(int n, long seed) {
    float[] a = new float[n];
    for (int j = 0; j < n; j++) {
      long i = j + seed;
      long k = (i * 2654435761L) % (1L << 24);
      float v = (float) k / 8388608f - 1f;
      a[j] = Math.scalb(v, (int) ((i * 7919) % 40 - 20));
    }
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesPyTorchBitForBit(String name, JsonObject c) {
    JsonArray shapeJson = c.getAsJsonArray("shape");
    long[] shape = new long[shapeJson.size()];
    int n = 1;
    for (int i = 0; i < shape.length; i++) {
      shape[i] = shapeJson.get(i).getAsLong();
      n *= (int) shape[i];
    }
    int before = Torch.get_num_threads();
    Torch.set_num_threads(c.get("threads").getAsInt());
    try {
      float[] data;
      if (c.has("data")) {
        JsonArray d = c.getAsJsonArray("data");
        data = new float[d.size()];
        for (int i = 0; i < data.length; i++) {
          data[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(d.get(i).getAsString(), 16));
        }
      } else {
        data = gen(n, c.get("seed").getAsLong());
      }
      if (c.has("zero7")) {
        for (int i = 0; i < n; i += 7) {
          data[i] = data[i] * 0f;
        }
      }
      Tensor x = Torch.tensor(data).reshape(shape);
      String op = c.get("op").getAsString();
      if (op.equals("max") || op.equals("min")) {
        int dim = c.getAsJsonArray("dims").get(0).getAsInt();
        var r = op.equals("max") ? x.max(dim, false) : x.min(dim, false);
        JsonArray want = c.getAsJsonArray("out");
        float[] got = r.values().reshape(-1).toFloatArray();
        long[] idx = r.indices().reshape(-1).toLongArray();
        JsonArray wantIdx = c.getAsJsonArray("indices");
        for (int i = 0; i < got.length; i++) {
          // Exact on both paths: the extreme and its first position do not depend on an order.
          assertEquals(want.get(i).getAsString(),
              String.format("%08x", Float.floatToRawIntBits(got[i])), name + " values[" + i + "]");
          assertEquals(wantIdx.get(i).getAsLong(), idx[i], name + " indices[" + i + "]");
        }
        return;
      }
      boolean mean = op.equals("mean");
      Tensor out;
      // Per output, the sum (mean) of |x| in float64: the scale of any summation order's error.
      Tensor scale;
      Tensor ax = x.abs().double_();
      if (c.has("dims")) {
        JsonArray d = c.getAsJsonArray("dims");
        int[] dims = new int[d.size()];
        for (int i = 0; i < dims.length; i++) {
          dims[i] = d.get(i).getAsInt();
        }
        out = mean ? x.mean(dims, false) : x.sum(dims, false);
        scale = mean ? ax.mean(dims, false) : ax.sum(dims, false);
      } else {
        out = mean ? x.mean() : x.sum();
        scale = mean ? ax.mean() : ax.sum();
      }
      double[] bound = scale.reshape(-1).toDoubleArray();
      JsonArray want = c.getAsJsonArray("out");
      assertEquals(want.size(), out.numel(), name);
      float[] got = out.reshape(-1).toFloatArray();
      for (int i = 0; i < got.length; i++) {
        float w = Float.intBitsToFloat(Integer.parseUnsignedInt(want.get(i).getAsString(), 16));
        if (DEVICE_PASS) {
          assertTrue(Math.abs(got[i] - w) <= 1e-5 * bound[i],
              name + " [" + i + "]: " + got[i] + " vs PyTorch's " + w);
        } else {
          assertEquals(Float.floatToRawIntBits(w), Float.floatToRawIntBits(got[i]),
              name + " [" + i + "]: " + got[i] + " vs PyTorch's " + w);
        }
      }
    } finally {
      Torch.set_num_threads(before);
    }
  }
}
