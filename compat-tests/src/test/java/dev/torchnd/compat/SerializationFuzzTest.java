package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.torchnd.Torch;
import dev.torchnd.serialization.Numpy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid files (PyTorch-written zip and legacy checkpoints, NumPy files) thousands of
 * times, with a fixed seed, and loads each mutant. Every mutant must either
 * load or raise an IOException / IllegalArgumentException: no other exception, no error (stack
 * overflow, out of memory), no hang. A mutant that loads although the archive's CRCs still hold
 * must load to exactly the original value (the mutation hit padding or metadata). Pickles are
 * also mutated inside a re-wrapped archive with fresh CRCs, so the unpickler itself is fuzzed.
 */
class SerializationFuzzTest {
  private static final String[] SEEDS = {
    "dtypes.pt", "views.pt", "containers.pt", "mlp.params", "parameter.pt", "legacy.pt",
    "scalars_empty.pt", "floats.pt", "f4.npy", "fortran.npy", "arrays.npz", "compressed.npz"
  };
  /**
   * Fixed, so the run is the same everywhere (about 2 s on an idle 2-core machine); a longer run
   * by hand: {@code SERIALIZATION_FUZZ_CASES=100000 SERIALIZATION_FUZZ_SEED=7 mvn ... test}.
   */
  private static final int CASES = Integer.parseInt(env("SERIALIZATION_FUZZ_CASES", "3000"));
  private static final long SEED = Long.parseLong(env("SERIALIZATION_FUZZ_SEED", "20261201"));

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Test
  void mutatedFilesNeverCrash() {
    // A hang (or a pathological slowdown) fails instead of blocking the build.
    assertTimeoutPreemptively(Duration.ofSeconds(120 + CASES / 50), this::run);
  }

  private void run() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    List<JsonElement> originals = new ArrayList<>();
    for (String s : SEEDS) {
      byte[] b = Files.readAllBytes(SerializationConformanceTest.file(s));
      seeds.add(b);
      originals.add(encode(s, load(s, b)));
    }
    Random rnd = new Random(SEED);
    int cases = 0;
    int loaded = 0;
    List<String> failures = new ArrayList<>();
    while (cases < CASES) {
      int k = rnd.nextInt(seeds.size());
      String name = SEEDS[k];
      boolean repickle = name.endsWith(".pt") || name.endsWith(".params");
      repickle &= !name.equals("legacy.pt") && rnd.nextInt(3) == 0;
      byte[] mutant = repickle ? mutatePickle(seeds.get(k), rnd) : mutate(seeds.get(k), rnd);
      String what = name + " case " + cases + (repickle ? " (pickle)" : "");
      cases++;
      try {
        Object v = load(name, mutant);
        loaded++;
        JsonElement got = encode(name, v);
        String.valueOf(v); // printing a loaded value must work too
        boolean crcProtected = !name.equals("legacy.pt") && !name.endsWith(".npy") && !repickle;
        if (crcProtected) {
          String d = SerializationJson.diff(valuesOnly(name, originals.get(k)), valuesOnly(name, got), what);
          if (d != null) {
            failures.add(what + ": loaded to a different value: " + d);
          }
        }
      } catch (IOException | IllegalArgumentException expected) {
        if (expected.getMessage() == null || expected.getMessage().isBlank()) {
          failures.add(what + ": exception without a message: " + expected);
        }
      } catch (Throwable t) {
        failures.add(what + ": " + t);
      }
      if (failures.size() > 20) {
        break;
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures);
    System.out.println("serialization fuzz: " + cases + " mutants, " + loaded + " loaded");
  }

  /** Zip member names carry no checksum: for .npz archives compare the arrays, not the keys. */
  private static JsonElement valuesOnly(String name, JsonElement e) {
    if (!name.endsWith(".npz")) {
      return e;
    }
    com.google.gson.JsonArray out = new com.google.gson.JsonArray();
    for (JsonElement kv : e.getAsJsonObject().getAsJsonArray("items")) {
      out.add(kv.getAsJsonArray().get(1));
    }
    return out;
  }

  private static Object load(String name, byte[] b) throws IOException {
    InputStream in = new ByteArrayInputStream(b);
    return name.endsWith(".npy") || name.endsWith(".npz") ? Numpy.load(in) : Torch.load(in);
  }

  private static JsonElement encode(String name, Object v) {
    return SerializationConformanceTest.encodeLoaded(name, v);
  }

  static byte[] mutate(byte[] src, Random rnd) {
    byte[] b = src.clone();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (rnd.nextInt(7)) {
        case 0 -> { // bit flip
          int at = rnd.nextInt(b.length);
          b[at] ^= (byte) (1 << rnd.nextInt(8));
        }
        case 1 -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        case 2 -> { // truncate
          b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
          if (b.length == 0) {
            return b;
          }
        }
        case 3 -> { // interesting values in a 4-byte field
          int at = rnd.nextInt(Math.max(1, b.length - 4));
          int v = new int[] {0, -1, 0x7fffffff, 0x80000000, 0xffff, 1 << 20}[rnd.nextInt(6)];
          for (int j = 0; j < 4 && at + j < b.length; j++) {
            b[at + j] = (byte) (v >>> (8 * j));
          }
        }
        case 4 -> { // delete a range
          int at = rnd.nextInt(b.length);
          int len = Math.min(b.length - at, 1 + rnd.nextInt(16));
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + len, c, at, b.length - at - len);
          b = c;
          if (b.length == 0) {
            return b;
          }
        }
        case 5 -> { // insert random bytes
          int at = rnd.nextInt(b.length + 1);
          int len = 1 + rnd.nextInt(8);
          byte[] c = new byte[b.length + len];
          System.arraycopy(b, 0, c, 0, at);
          for (int j = 0; j < len; j++) {
            c[at + j] = (byte) rnd.nextInt(256);
          }
          System.arraycopy(b, at, c, at + len, b.length - at);
          b = c;
        }
        default -> { // duplicate a range over another place
          int from = rnd.nextInt(b.length);
          int to = rnd.nextInt(b.length);
          int len = Math.min(Math.min(b.length - from, b.length - to), 1 + rnd.nextInt(32));
          System.arraycopy(b.clone(), from, b, to, len);
        }
      }
    }
    return b;
  }

  /** Re-wraps the archive with its data.pkl mutated (fresh CRCs, so the pickle parser runs). */
  static byte[] mutatePickle(byte[] zip, Random rnd) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream zout = new ZipOutputStream(out)) {
      // java.util.zip cannot read PyTorch's stored entries with descriptors: go by the directory.
      zin.close();
      try (var fs = new java.util.zip.ZipFile(tmp(zip))) {
        for (var e : java.util.Collections.list(fs.entries())) {
          byte[] data = fs.getInputStream(e).readAllBytes();
          if (e.getName().endsWith("data.pkl")) {
            data = mutate(data, rnd);
          }
          ZipEntry ne = new ZipEntry(e.getName());
          zout.putNextEntry(ne);
          zout.write(data);
          zout.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }

  private static java.io.File tmp(byte[] b) throws IOException {
    java.io.File f = java.io.File.createTempFile("fuzz", ".zip");
    f.deleteOnExit();
    Files.write(f.toPath(), b);
    return f;
  }
}
