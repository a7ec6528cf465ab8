package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * float32 {@code exp} against PyTorch bit for bit ({@code fixtures/perf_exp.json}, recorded by
 * {@code recorder/record_perf_exp.py}): specials at every position of short tensors, every 97th
 * float of the overflow and underflow edges, {@code gen(n, seed)} tensors of many lengths, on 1
 * and 2 threads and as strided, transposed and expanded views, and sweeps over float bit patterns
 * compared by the SHA-256 of the output bits (every NaN as 0x7fc00000). The device path runs
 * libnd4j's exp, so there the hex cases need only agree within 2 ulps and the sweeps within 2
 * ulps of {@code (float) Math.exp}.
 */
class PerfExpConformanceTest {
  private static final boolean DEVICE_PASS =
      System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda");

  static Stream<Arguments> cases() {
    JsonArray cases =
        Fixtures.load("/fixtures/perf_exp.json").getAsJsonObject().getAsJsonArray("cases");
    Stream.Builder<Arguments> b = Stream.builder();
    for (JsonElement e : cases) {
      JsonObject c = e.getAsJsonObject();
      b.add(Arguments.of(c.get("name").getAsString(), c));
    }
    return b.build();
  }

  /** The recorder's {@code gen}: exact floats ((k / 2^24) * 2 - 1) * 2^e, e in -7..6. */
  static float[] gen(int n, long seed) {
    float[] a = new float[n];
    for (int j = 0; j < n; j++) {
      long i = j + seed;
      long k = (i * 2654435761L) % (1L << 24);
      float v = ((float) k / 16777216f) * 2f - 1f;
      a[j] = Math.scalb(v, (int) ((i * 7919) % 14 - 7));
    }
    return a;
  }

  private static float[] hex(JsonArray a) {
    float[] f = new float[a.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(a.get(i).getAsString(), 16));
    }
    return f;
  }

  static String digest(float[] y) {
    ByteBuffer b = ByteBuffer.allocate(4 * y.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : y) {
      b.putInt(Float.isNaN(v) ? 0x7fc00000 : Float.floatToRawIntBits(v));
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int ulps(float a, float b) {
    if (Float.isNaN(a) || Float.isNaN(b)) {
      return Float.isNaN(a) && Float.isNaN(b) ? 0 : Integer.MAX_VALUE;
    }
    return (int) Math.min(Integer.MAX_VALUE,
        Math.abs((long) Float.floatToIntBits(a) - Float.floatToIntBits(b)));
  }

  private static void compare(String name, float[] want, float[] got) {
    assertEquals(want.length, got.length, name + ": numel");
    for (int i = 0; i < got.length; i++) {
      if (DEVICE_PASS) {
        assertTrue(ulps(want[i], got[i]) <= 2,
            name + " [" + i + "]: " + got[i] + " vs PyTorch's " + want[i]);
      } else if (Float.isNaN(want[i])) {
        assertTrue(Float.isNaN(got[i]), name + " [" + i + "]: " + got[i] + " vs NaN");
      } else {
        assertEquals(Float.floatToRawIntBits(want[i]), Float.floatToRawIntBits(got[i]),
            name + " [" + i + "]: " + got[i] + " vs PyTorch's " + want[i]);
      }
    }
  }

  private static void checkDigest(String name, JsonObject c, float[] in, float[] got) {
    if (DEVICE_PASS) {
      for (int i = 0; i < got.length; i++) {
        float w = (float) Math.exp(in[i]);
        assertTrue(ulps(w, got[i]) <= 2, name + " [" + i + "]: exp(" + in[i] + ") = " + got[i]);
      }
    } else {
      assertEquals(c.get("sha256").getAsString(), digest(got), name + ": output bits");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesPyTorchBitForBit(String name, JsonObject c) {
    int before = Torch.get_num_threads();
    try {
      switch (c.get("kind").getAsString()) {
        case "hex" -> {
          float[] in = hex(c.getAsJsonArray("in"));
          compare(name, hex(c.getAsJsonArray("out")), Torch.tensor(in).exp().toFloatArray());
        }
        case "gen" -> {
          Torch.set_num_threads(c.get("threads").getAsInt());
          float[] in = gen(c.get("n").getAsInt(), c.get("seed").getAsLong());
          Tensor x = Torch.tensor(in);
          Tensor v;
          float[] logicalIn;
          if (c.has("shape")) {
            JsonArray s = c.getAsJsonArray("shape");
            x = x.reshape(s.get(0).getAsLong(), s.get(1).getAsLong());
            v = switch (c.get("view").getAsString()) {
              case "stride2" -> x.select(1, 0);
              case "t" -> x.t();
              case "expand" -> x.expand(7, s.get(1).getAsLong());
              default -> throw new IllegalArgumentException(c.get("view").getAsString());
            };
            assertTrue(!v.is_contiguous(), name + ": a view");
            logicalIn = v.contiguous().toFloatArray();
          } else {
            v = x;
            logicalIn = in;
          }
          float[] got = v.exp().toFloatArray();
          if (c.has("out")) {
            compare(name, hex(c.getAsJsonArray("out")), got);
          } else {
            checkDigest(name, c, logicalIn, got);
          }
        }
        case "sweep" -> {
          long start = c.get("start").getAsLong();
          long step = c.get("step").getAsLong();
          int count = c.get("count").getAsInt();
          float[] in = new float[count];
          for (int k = 0; k < count; k++) {
            in[k] = Float.intBitsToFloat((int) ((start + k * step) & 0xffffffffL));
          }
          checkDigest(name, c, in, Torch.tensor(in).exp().toFloatArray());
        }
        default -> throw new IllegalArgumentException(c.get("kind").getAsString());
      }
    } finally {
      Torch.set_num_threads(before);
    }
  }
}
