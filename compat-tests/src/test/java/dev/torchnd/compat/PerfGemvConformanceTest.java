package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * float32 {@code mv} and {@code dot} at the sizes the blocked kernels take, against PyTorch 1.13
 * ({@code fixtures/perf_gemv.json}, recorded by {@code recorder/record_perf_gemv.py}; inputs
 * rebuilt from the recorder's {@code gen(n, seed)}), on 1 and 2 threads.
 *
 * <p>The contract: PyTorch calls BLAS ({@code sgemv}/{@code sdot}), so its bits are BLAS's
 * summation order, not a sequential or a cascade one. Each value must be within
 * {@link OpConformanceTest}'s float32 tolerance of PyTorch's, or, where BLAS's float accumulation
 * is itself further than that from the exact product (a 1M-element {@code sdot} on one thread
 * is off by ~0.8), no further from the exact (float64) product than PyTorch's value is.
 */
class PerfGemvConformanceTest {

  static Stream<Arguments> cases() {
    JsonArray cases =
        Fixtures.load("/fixtures/perf_gemv.json").getAsJsonObject().getAsJsonArray("cases");
    Stream.Builder<Arguments> b = Stream.builder();
    for (JsonElement e : cases) {
      JsonObject c = e.getAsJsonObject();
      b.add(Arguments.of(c.get("op").getAsString() + " " + c.get("shape") + " threads "
          + c.get("threads"), c));
    }
    return b.build();
  }

  /** The recorder's {@code gen}: an integer hash to float32 in [-1, 1). */
  static float[] gen(int n, long seed) {
    float[] a = new float[n];
    for (int j = 0; j < n; j++) {
      long i = j + seed;
      long k = (i * 2654435761L) % (1L << 24);
      a[j] = (float) k / 8388608f - 1f;
    }
    return a;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesPyTorchWithinBlasAccuracy(String name, JsonObject c) {
    JsonArray shapeJson = c.getAsJsonArray("shape");
    boolean mv = c.get("op").getAsString().equals("mv");
    int rows = mv ? shapeJson.get(0).getAsInt() : 1;
    int k = shapeJson.get(shapeJson.size() - 1).getAsInt();
    int before = Torch.get_num_threads();
    Torch.set_num_threads(c.get("threads").getAsInt());
    try {
      Tensor a = Torch.tensor(gen(rows * k, c.get("seed_a").getAsLong()));
      Tensor x = Torch.tensor(gen(k, c.get("seed_x").getAsLong()));
      Tensor out = mv ? Torch.mv(a.reshape(rows, k), x) : Torch.dot(a, x);
      assertEquals(DType.float32, out.dtype());
      float[] got = out.reshape(-1).toFloatArray();
      JsonArray want = c.getAsJsonArray("out");
      JsonArray exact = c.getAsJsonArray("exact");
      assertEquals(want.size(), got.length, name);
      double[] tol = OpConformanceTest.TOLERANCES.get(DType.float32);
      for (int i = 0; i < got.length; i++) {
        float w = Float.intBitsToFloat(Integer.parseUnsignedInt(want.get(i).getAsString(), 16));
        double e = exact.get(i).getAsDouble();
        boolean close = OpConformanceTest.close(w, got[i], tol[0], tol[1]);
        boolean asAccurate = Math.abs(got[i] - e) <= Math.abs(w - e);
        assertTrue(close || asAccurate, name + " [" + i + "]: " + got[i] + " vs PyTorch's " + w
            + " (exact " + e + ")");
      }
    } finally {
      Torch.set_num_threads(before);
    }
  }
}
