package dev.torchnd.nd4j;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps off-heap memory bounded without user {@code close()} calls. ND4J frees a buffer only after
 * the GC finds it unreachable, and the GC runs on heap pressure, which tensor handles (a few dozen
 * bytes each) never create: a loop producing 4 MB results grew RSS by 4 GiB per 1,000 iterations.
 * So every {@value #DEFAULT_GC_EVERY_MB} MiB of native allocation not released by {@code close()}
 * asks the JVM for a collection ({@code -Dtorchnd.gcEveryMiB} changes the amount; 0 turns it off).
 */
final class NativeBudget {
  private NativeBudget() {}

  static final long DEFAULT_GC_EVERY_MB = 256;
  private static final long GC_EVERY =
      Long.getLong("torchnd.gcEveryMiB", DEFAULT_GC_EVERY_MB) << 20;
  private static final AtomicLong OUTSTANDING = new AtomicLong();

  static void allocated(long bytes) {
    if (GC_EVERY <= 0) {
      return;
    }
    if (OUTSTANDING.addAndGet(bytes) > GC_EVERY) {
      OUTSTANDING.set(0);
      System.gc();
    }
  }

  static void released(long bytes) {
    OUTSTANDING.updateAndGet(v -> Math.max(0, v - bytes));
  }
}
