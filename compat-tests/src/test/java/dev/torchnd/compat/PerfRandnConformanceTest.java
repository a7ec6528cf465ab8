package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * float32 {@code torch.randn(shape)}, {@code torch.normal(mean, std, shape)} and {@code
 * torch.rand(shape)} against PyTorch bit
 * for bit ({@code fixtures/perf_randn.json}, recorded by {@code recorder/record_perf_randn.py}) at
 * sizes from one block to past a million elements, with and without a tail block, on 1 and 2
 * threads (2 takes the parallel transform from 65536 elements on): the SHA-256 of the output bits,
 * its first and last 8 values, and the digest of the next {@code randn(40)} (the generator state
 * left behind).
 */
class PerfRandnConformanceTest {
  static Stream<Arguments> cases() {
    JsonArray cases =
        Fixtures.load("/fixtures/perf_randn.json").getAsJsonObject().getAsJsonArray("cases");
    Stream.Builder<Arguments> b = Stream.builder();
    for (JsonElement e : cases) {
      JsonObject c = e.getAsJsonObject();
      for (int threads : new int[] {1, 2}) {
        b.add(Arguments.of(c.get("name").getAsString() + "/threads=" + threads, c, threads));
      }
    }
    return b.build();
  }

  private static String hex(float v) {
    return String.format("%08x", Float.floatToRawIntBits(v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesPyTorch(String name, JsonObject c, int threads) {
    int before = Torch.get_num_threads();
    try {
      Torch.set_num_threads(threads);
      JsonArray s = c.getAsJsonArray("shape");
      long[] shape = new long[s.size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = s.get(i).getAsLong();
      }
      Torch.manual_seed(c.get("seed").getAsLong());
      Tensor x = switch (c.get("kind").getAsString()) {
        case "rand" -> Torch.rand(shape);
        case "randn" -> Torch.randn(shape);
        default -> Torch.normal(c.get("mean").getAsDouble(), c.get("std").getAsDouble(), shape);
      };
      float[] got = x.toFloatArray();
      float[] next = Torch.randn(40).toFloatArray();
      JsonArray head = c.getAsJsonArray("head");
      JsonArray tail = c.getAsJsonArray("tail");
      for (int i = 0; i < 8; i++) {
        assertEquals(head.get(i).getAsString(), hex(got[i]), name + " head[" + i + "]");
        assertEquals(tail.get(i).getAsString(), hex(got[got.length - 8 + i]),
            name + " tail[" + i + "]");
      }
      assertEquals(c.get("sha256").getAsString(), PerfExpConformanceTest.digest(got), name);
      assertEquals(c.get("next_sha256").getAsString(), PerfExpConformanceTest.digest(next),
          name + " next draw");
    } finally {
      Torch.set_num_threads(before);
    }
  }
}
