package dev.torchnd.nd4j;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intra-op parallelism the way PyTorch's {@code at::parallel_for} does it: a range of at least
 * {@link #GRAIN} elements is cut into {@code min(threads, ceil(n / grain))} equal chunks; the
 * calling thread runs the first, pool threads the rest. The thread count defaults to PyTorch's
 * (the {@code OMP_NUM_THREADS} environment variable, else the number of processors) and is set by
 * {@code torch.set_num_threads}. Kernels write disjoint outputs per chunk, and reductions combine
 * per-chunk partials in chunk order, so results depend on the thread count only as PyTorch's do.
 */
final class Parallel {
  private Parallel() {}

  /** PyTorch's {@code at::internal::GRAIN_SIZE}: smaller loops stay on the calling thread. */
  static final long GRAIN = 32768;

  private static volatile int threads = defaultThreads();
  private static volatile ForkJoinPool pool;

  private static int defaultThreads() {
    Integer prop = Integer.getInteger("torchnd.numThreads");
    if (prop != null && prop > 0) {
      return prop;
    }
    String omp = System.getenv("OMP_NUM_THREADS");
    if (omp != null) {
      try {
        int t = Integer.parseInt(omp.trim());
        if (t > 0) {
          return t;
        }
      } catch (NumberFormatException ignored) {
        // PyTorch ignores a malformed value too.
      }
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static int threads() {
    return threads;
  }

  static synchronized void setThreads(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("Expected positive number of threads");
    }
    if (n != threads) {
      threads = n;
      ForkJoinPool old = pool;
      pool = null;
      if (old != null) {
        old.shutdown();
      }
    }
  }

  private static ForkJoinPool pool() {
    ForkJoinPool p = pool;
    if (p == null) {
      synchronized (Parallel.class) {
        p = pool;
        if (p == null) {
          AtomicInteger id = new AtomicInteger();
          p = new ForkJoinPool(
              Math.max(1, threads - 1),
              fj -> {
                ForkJoinWorkerThread t =
                    ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(fj);
                t.setName("torchnd-intraop-" + id.incrementAndGet());
                t.setDaemon(true);
                return t;
              },
              null,
              false);
          pool = p;
        }
      }
    }
    return p;
  }

  /** A chunk {@code [lo, hi)} of a parallel range. */
  interface Range {
    void run(long lo, long hi);
  }

  /** Number of chunks {@link #forRange} cuts {@code n} elements into. */
  static int chunks(long n, long grain) {
    int t = threads;
    if (t <= 1 || n <= grain || Thread.currentThread() instanceof ForkJoinWorkerThread) {
      return 1;
    }
    return (int) Math.min(t, (n + grain - 1) / grain);
  }

  /** Runs {@code body} over {@code [0, n)} in {@link #chunks} chunks, in parallel. */
  static void forRange(long n, long grain, Range body) {
    forChunks(n, chunks(n, grain), (c, lo, hi) -> body.run(lo, hi));
  }

  /** Chunk {@code c} of a parallel range, covering {@code [lo, hi)}. */
  interface Chunk {
    void run(int c, long lo, long hi);
  }

  /** Runs {@code body} over {@code [0, n)} cut into {@code k} equal chunks, in parallel. */
  static void forChunks(long n, int k, Chunk body) {
    if (k <= 1) {
      body.run(0, 0, n);
      return;
    }
    long size = (n + k - 1) / k;
    ForkJoinPool p = pool();
    @SuppressWarnings("unchecked")
    ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[k];
    for (int c = 1; c < k; c++) {
      long lo = c * size;
      long hi = Math.min(n, lo + size);
      if (lo >= hi) {
        continue;
      }
      int chunk = c;
      tasks[c] = p.submit(() -> body.run(chunk, lo, hi));
    }
    Throwable failure = null;
    try {
      body.run(0, 0, Math.min(n, size));
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    for (int c = 1; c < k; c++) {
      if (tasks[c] != null) {
        try {
          tasks[c].join();
        } catch (RuntimeException | Error e) {
          if (failure == null) {
            failure = e;
          }
        }
      }
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error er) {
      throw er;
    }
  }
}
