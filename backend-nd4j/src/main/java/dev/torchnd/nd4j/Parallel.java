package dev.torchnd.nd4j;

import java.util.concurrent.ForkJoinPool;
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

  /**
   * Runs {@code body} over {@code [0, n)} cut into {@code k} equal chunks, in parallel. The chunks
   * are claimed, in order, by the calling thread and by {@code k - 1} pool tasks alike, so a pool
   * thread that wakes late (a parked worker on a busy or virtualised machine takes tens of
   * microseconds) finds its chunks already done instead of holding the caller up; the caller
   * spins briefly for chunks still running elsewhere rather than parking. Which thread runs a
   * chunk never changes what the chunk computes.
   */
  static void forChunks(long n, int k, Chunk body) {
    if (k <= 1) {
      body.run(0, 0, n);
      return;
    }
    long size = (n + k - 1) / k;
    int live = (int) Math.min(k, (n + size - 1) / size);
    if (live <= 1) {
      body.run(0, 0, n);
      return;
    }
    Claims claims = new Claims(n, size, live, body);
    ForkJoinPool p = pool();
    for (int h = 1; h < live; h++) {
      p.execute(claims);
    }
    claims.run();
    claims.await();
    Throwable failure = claims.failure.get();
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error er) {
      throw er;
    }
  }

  /** The chunks of one {@link #forChunks} call, claimed in order by whichever thread is free. */
  private static final class Claims implements Runnable {
    private final long n;
    private final long size;
    private final int live;
    private final Chunk body;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    private volatile Thread waiter;

    Claims(long n, long size, int live, Chunk body) {
      this.n = n;
      this.size = size;
      this.live = live;
      this.body = body;
    }

    @Override
    public void run() {
      for (int c; (c = next.getAndIncrement()) < live; ) {
        long lo = c * size;
        try {
          body.run(c, lo, Math.min(n, lo + size));
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          if (done.incrementAndGet() == live) {
            Thread w = waiter;
            if (w != null) {
              java.util.concurrent.locks.LockSupport.unpark(w);
            }
          }
        }
      }
    }

    /** Returns once every chunk has run: spins first (they are running), then parks. */
    void await() {
      for (int spins = 0; done.get() < live; spins++) {
        if (spins < 20_000) {
          Thread.onSpinWait();
        } else {
          waiter = Thread.currentThread();
          if (done.get() < live) {
            java.util.concurrent.locks.LockSupport.parkNanos(this, 200_000L);
          }
        }
      }
    }
  }
}
