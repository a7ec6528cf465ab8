package dev.torchnd.benchmarks;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;

/**
 * Warm-up probe, run in a fresh JVM: times each of the first calls of {@code x.sum()} and
 * {@code x.sum(1)} on a 1024² float32 matrix, to show how long a path takes to reach its
 * steady speed (JMH reports only the warmed-up state). {@code benchmarks/run.sh} runs it with
 * and without {@code --add-modules jdk.incubator.vector}.
 *
 * <pre>
 *   java -cp ... dev.torchnd.benchmarks.WarmupMain [seconds=3]
 * </pre>
 */
public final class WarmupMain {
  private WarmupMain() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    Torch.manual_seed(0);
    Tensor x = Torch.rand(1024, 1024);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    double sink = 0;
    int calls = 0;
    int[] marks = {1, 10, 100, 1000, 10000};
    int next = 0;
    long windowStart = start;
    int windowCalls = 0;
    System.out.println("call: µs for that call (ms since the first)");
    while (System.nanoTime() < end) {
      long t0 = System.nanoTime();
      sink += x.sum().doubleValue() + x.sum(1, false).get("0").doubleValue();
      long t1 = System.nanoTime();
      calls++;
      windowCalls++;
      if (next < marks.length && calls == marks[next]) {
        System.out.printf("%d: %.0f µs (%.0f ms)%n", calls, (t1 - t0) / 1e3, (t1 - start) / 1e6);
        next++;
      }
      if (t1 - windowStart >= 500_000_000L) {
        System.out.printf("  %.1f–%.1f s: %.0f µs per call%n", (windowStart - start) / 1e9,
            (t1 - start) / 1e9, (t1 - windowStart) / 1e3 / windowCalls);
        windowStart = t1;
        windowCalls = 0;
      }
    }
    System.out.println("calls: " + calls + (sink == 42 ? "" : ""));
  }
}
