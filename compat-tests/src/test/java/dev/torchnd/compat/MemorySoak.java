package dev.torchnd.compat;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory soak (a {@code main}, not a test): many small ops, then many 4 MB and 64 MB results, in
 * loops with no user {@code close()}, printing the process RSS ({@code VmRSS} of
 * {@code /proc/self/status}) at intervals and the collections it took. RSS must stay bounded.
 *
 * <pre>
 *   java -cp ... dev.torchnd.compat.MemorySoak [smallOps=10000000] [bigResults=10000]
 * </pre>
 *
 * <p>The 64 MB loop runs {@code bigResults / 20} times.
 */
public final class MemorySoak {
  private MemorySoak() {}

  public static void main(String[] args) throws IOException {
    long small = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    long big = args.length > 1 ? Long.parseLong(args[1]) : 10_000L;
    long t0 = System.nanoTime();
    System.out.printf("start: RSS %d MiB%n", rssMiB());
    Tensor a = Torch.ones(4, 4);
    double sink = 0;
    for (long i = 1; i <= small; i++) {
      Tensor r = a.add(1.0).mul(a); // two small results, never closed
      if (i % 100_000 == 0) {
        sink += r.sum().doubleValue();
      }
      if (i % (small / 10) == 0) {
        System.out.printf("small ops %,d: RSS %d MiB (%.1f s)%n", i, rssMiB(),
            (System.nanoTime() - t0) / 1e9);
      }
    }
    Tensor m = Torch.ones(1024, 1024); // 4 MB of float32
    for (long i = 1; i <= big; i++) {
      Tensor r = m.mul(2.0); // a fresh 4 MB result, never closed
      if (i % 1000 == 0) {
        sink += r.get("0, 0").doubleValue();
      }
      if (i % (big / 10) == 0) {
        System.out.printf("4 MB results %,d: RSS %d MiB (%.1f s)%n", i, rssMiB(),
            (System.nanoTime() - t0) / 1e9);
      }
    }
    Tensor h = Torch.ones(16_000_000); // 64 MB of float32
    long huge = Math.max(10, big / 20);
    for (long i = 1; i <= huge; i++) {
      Tensor r = h.mul(2.0); // a fresh 64 MB result, never closed
      if (i % (huge / 5) == 0) {
        sink += r.get("0").doubleValue();
        System.out.printf("64 MB results %,d: RSS %d MiB (%.1f s)%n", i, rssMiB(),
            (System.nanoTime() - t0) / 1e9);
      }
    }
    long gcs = 0;
    long gcMillis = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += gc.getCollectionCount();
      gcMillis += gc.getCollectionTime();
    }
    System.out.printf("done (%s); %,d collections, %,d ms in collections%n", sink, gcs, gcMillis);
  }

  static long rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }
}
