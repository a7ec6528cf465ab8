package dev.torchnd.nd4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Large arrays whose storage died, kept for the next storage of the same length. A fresh 4 MB
 * Java array costs 1.5–2 ms here (G1 humongous allocation, zeroing, page faults) against 0.35 ms
 * for the add that fills it; glibc gives PyTorch the same reuse for free.
 *
 * <p>Arrays come back two ways: {@code close()} gives one back at once, and a storage nobody
 * reaches any more gives its array back through a phantom reference once the GC has found
 * it unreachable ({@link #track}), so code that never calls {@code close()} gets the reuse too. An
 * array is tied to its storage object, which every tensor and view over it references; the
 * backend keeps the storages of a running kernel reachable ({@code Reference.reachabilityFence}),
 * and memory moved into an ND4J buffer is never given back ({@link Lease#cancel}). The pool and
 * the arrays tracked for it hold at most {@link #cap} bytes together (a quarter of the committed
 * heap, at most 512 MiB or a quarter of -Xmx; {@code -Dtorchnd.arrayPoolMiB} fixes it); arrays
 * beyond that are left to the GC.
 */
final class ArrayPool {
  private ArrayPool() {}

  /** Arrays below this many elements are cheap to allocate and are not pooled. */
  static final int MIN_LENGTH = 1 << 14;

  /** Byte arrays (bool storages) below this length are not pooled: the same 64 KiB threshold. */
  static final int BYTE_MIN_LENGTH = 1 << 16;

  /** {@code -Dtorchnd.arrayPoolMiB}: a fixed cap in MiB; without it the cap follows the heap. */
  private static final Long FIXED_MIB = Long.getLong("torchnd.arrayPoolMiB");

  /** The most the pool and the arrays tracked for it ever hold: 512 MiB or a quarter of -Xmx. */
  static final long MAX_BYTES =
      FIXED_MIB != null
          ? FIXED_MIB << 20
          : Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);

  /**
   * The pool's cap now: a quarter of the heap G1 has committed (a 1M-float array takes five 1 MiB
   * regions, so 31% in regions), at most {@link #MAX_BYTES}. G1 starts a collection when
   * old-generation occupancy crosses ~45% of the committed heap, and the arrays the pool and its
   * leases hold count as occupied, so a cap near that threshold leaves no room between
   * collections: G1 then collects back to back, its pause-time ratio rises and it grows the heap
   * to -Xmx (measured: a fixed 192–256 MiB cap at 384 MB committed reached 2.1 GB RSS at a 28–35%
   * hit rate). Following the committed heap keeps that room, and once G1 has grown the heap for
   * its own reasons the memory is resident anyway and a larger pool covers the longer interval
   * between collections.
   */
  static long cap() {
    return FIXED_MIB != null
        ? MAX_BYTES
        : Math.min(MAX_BYTES, Runtime.getRuntime().totalMemory() / 4);
  }
  private static final AtomicLong POOLED = new AtomicLong();
  private static final Map<Integer, ConcurrentLinkedDeque<float[]>> FLOATS =
      new ConcurrentHashMap<>();
  private static final Map<Integer, ConcurrentLinkedDeque<double[]>> DOUBLES =
      new ConcurrentHashMap<>();
  private static final Map<Integer, ConcurrentLinkedDeque<byte[]>> BYTES =
      new ConcurrentHashMap<>();

  /**
   * Debug switch ({@code -Dtorchnd.poisonUninit=true}): arrays handed out unzeroed are filled
   * with NaN (bool: 0x5A) first, fresh or reused, so that a kernel that leaves part of an
   * uninitialised result unwritten shows up in the tests rather than as stale data in user code.
   */
  private static final boolean POISON = Boolean.getBoolean("torchnd.poisonUninit");

  static float[] floats(int n, boolean zeroed) {
    float[] a = floats0(n, zeroed);
    if (POISON && !zeroed) {
      Arrays.fill(a, Float.NaN);
    }
    return a;
  }

  static double[] doubles(int n, boolean zeroed) {
    double[] a = doubles0(n, zeroed);
    if (POISON && !zeroed) {
      Arrays.fill(a, Double.NaN);
    }
    return a;
  }

  static byte[] bytes(int n, boolean zeroed) {
    byte[] a = bytes0(n, zeroed);
    if (POISON && !zeroed) {
      Arrays.fill(a, (byte) 0x5A);
    }
    return a;
  }

  /** Pool hits and misses of poolable lengths (racy diagnostic counts for probes and the soak). */
  static long hits, misses;

  private static float[] floats0(int n, boolean zeroed) {
    if (n >= MIN_LENGTH) {
      drain();
      ConcurrentLinkedDeque<float[]> q = FLOATS.get(n);
      float[] a = q == null ? null : q.pollFirst();
      if (a == null) {
        misses++;
      } else {
        hits++;
        POOLED.addAndGet(-4L * n);
        if (zeroed) {
          float[] z = a;
          Parallel.forRange(
              n, Parallel.GRAIN, (lo, hi) -> Arrays.fill(z, (int) lo, (int) hi, 0f));
        }
        return a;
      }
    }
    return new float[n];
  }

  private static double[] doubles0(int n, boolean zeroed) {
    if (n >= MIN_LENGTH) {
      drain();
      ConcurrentLinkedDeque<double[]> q = DOUBLES.get(n);
      double[] a = q == null ? null : q.pollFirst();
      if (a == null) {
        misses++;
      } else {
        hits++;
        POOLED.addAndGet(-8L * n);
        if (zeroed) {
          double[] z = a;
          Parallel.forRange(
              n, Parallel.GRAIN, (lo, hi) -> Arrays.fill(z, (int) lo, (int) hi, 0d));
        }
        return a;
      }
    }
    return new double[n];
  }

  /** A byte array for a bool storage (bytes pool from {@link #BYTE_MIN_LENGTH} up). */
  private static byte[] bytes0(int n, boolean zeroed) {
    if (n >= BYTE_MIN_LENGTH) {
      drain();
      ConcurrentLinkedDeque<byte[]> q = BYTES.get(n);
      byte[] a = q == null ? null : q.pollFirst();
      if (a == null) {
        misses++;
      } else {
        hits++;
        POOLED.addAndGet(-(long) n);
        if (zeroed) {
          Arrays.fill(a, (byte) 0);
        }
        return a;
      }
    }
    return new byte[n];
  }

  static void give(byte[] a) {
    if (a.length >= BYTE_MIN_LENGTH && reserve(a.length, a)) {
      BYTES.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    }
  }

  static void give(float[] a) {
    if (a.length >= MIN_LENGTH && reserve(4L * a.length, a)) {
      FLOATS.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    }
  }

  static void give(double[] a) {
    if (a.length >= MIN_LENGTH && reserve(8L * a.length, a)) {
      DOUBLES.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    }
  }

  /**
   * Counts {@code bytes} into the pool, first dropping arrays of other kinds or lengths (the
   * oldest of each) when the pool is full: a workload that moved on to new sizes should not find
   * the pool full of the old ones. False when {@code array} alone does not fit.
   */
  private static boolean reserve(long bytes, Object array) {
    long cap = cap();
    if (bytes > cap) {
      return false;
    }
    while (POOLED.addAndGet(bytes) > cap) {
      POOLED.addAndGet(-bytes);
      if (!evictOne(array)) {
        return false;
      }
    }
    return true;
  }

  private static boolean evictOne(Object keep) {
    int keepLength = java.lang.reflect.Array.getLength(keep);
    if (evictFrom(FLOATS, keep instanceof float[] ? keepLength : -1, 4)
        || evictFrom(DOUBLES, keep instanceof double[] ? keepLength : -1, 8)) {
      return true;
    }
    return evictFrom(BYTES, keep instanceof byte[] ? keepLength : -1, 1);
  }

  private static <T> boolean evictFrom(
      Map<Integer, ConcurrentLinkedDeque<T>> pools, int keepLength, int itemSize) {
    for (Map.Entry<Integer, ConcurrentLinkedDeque<T>> e : pools.entrySet()) {
      if (e.getKey() != keepLength && e.getValue().pollLast() != null) {
        POOLED.addAndGet(-(long) itemSize * e.getKey());
        return true;
      }
    }
    return false;
  }

  /** Bytes the pool holds now (for tests and the memory soak). */
  static long pooledBytes() {
    return POOLED.get();
  }

  /** True when the pool holds this very array (for tests). */
  static boolean holds(float[] a) {
    ConcurrentLinkedDeque<float[]> q = FLOATS.get(a.length);
    return q != null && q.stream().anyMatch(x -> x == a);
  }

  /**
   * Arrays from this many bytes up are tracked: G1 allocates them as humongous objects (half a
   * region or more), which never move, so a dead storage's array can wait for its lease at no
   * cost. A smaller array lives in the young generation, where a tracked dead array would be
   * copied by every young collection until its lease fires: measured here, a loop of 64K-float
   * adds spent 0.85 s in 30 collections when tracked against 32 ms in 40 untracked, and a fresh
   * young array costs little more than the zero-fill. {@code -Dtorchnd.trackMinBytes} overrides.
   */
  static final long TRACK_MIN_BYTES = Long.getLong("torchnd.trackMinBytes", humongousBytes());

  private static long humongousBytes() {
    try {
      var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
          com.sun.management.HotSpotDiagnosticMXBean.class);
      if ("true".equals(bean.getVMOption("UseG1GC").getValue())) {
        return Long.parseLong(bean.getVMOption("G1HeapRegionSize").getValue()) / 2;
      }
    } catch (RuntimeException | LinkageError e) {
      // Not HotSpot: fall through to the default.
    }
    return 1L << 20;
  }

  /** True when a dead storage gives this array back without close() (see TRACK_MIN_BYTES). */
  static boolean tracked(Object array) {
    long bytes = bytesOf(array);
    return bytes >= TRACK_MIN_BYTES && bytes >= 4L * MIN_LENGTH;
  }

  /**
   * Bytes of arrays tracked in the current and the previous GC epoch (an epoch ends when a
   * collection has run, seen by {@link #drain} through a canary object) and not yet given back.
   * Tracking stops while this (with the pool's bytes) exceeds {@link #trackBudget}. A dead storage's array survives the
   * collection that found the storage dead (its lease holds it softly until it fires), and
   * concurrent marking counts it live, so unbounded tracking let G1 fill and grow the heap with
   * such arrays: 64 MB results reached 1.9 GB of heap (2 GiB RSS) at load 15–25 against 0.25 GB
   * without reuse. Arrays tracked in older epochs belonged to storages that lived across
   * collections, memory the program held anyway, so they leave the count; untracked arrays die
   * with their storage, as before the pool existed.
   */
  private static final AtomicLong[] RECENT = {new AtomicLong(), new AtomicLong()};
  private static volatile long epoch;

  /**
   * {@code -Dtorchnd.poolSplitBudget=true} restores the earlier accounting (tracked arrays counted
   * apart from the pool, up to twice its cap), for A/B measurements.
   */
  static final boolean UNIFIED = !Boolean.getBoolean("torchnd.poolSplitBudget");

  private static final Long TRACK_MIB = Long.getLong("torchnd.trackBudgetMiB");

  /** {@code -Dtorchnd.trackBudgetMiB}; default the pool's cap (twice it when split). */
  static long trackBudget() {
    return TRACK_MIB != null ? TRACK_MIB << 20 : (UNIFIED ? 1 : 2) * cap();
  }

  private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
  /** Keeps the leases (phantom references) reachable until they fire. */
  private static final Set<Lease> LEASES = ConcurrentHashMap.newKeySet();
  /** Dies at the next collection; its lease advances the epoch and plants the next canary. */
  private static volatile Lease canary = new Lease(new Object(), null, 0, -1);

  static {
    // The fallback for a program that stops allocating: otherwise the allocating thread drains
    // the queue itself (drain()), so reuse does not wait for this thread to be scheduled.
    Thread t = new Thread(() -> {
      while (true) {
        try {
          ((Lease) DEAD.remove()).fire();
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "torchnd-array-pool");
    t.setDaemon(true);
    t.start();
  }

  /** Processes the storages the GC found dead since the last call (cheap when there are none). */
  private static void drain() {
    for (Reference<?> r; (r = DEAD.poll()) != null; ) {
      ((Lease) r).fire();
    }
  }

  private static synchronized void nextEpoch(Lease dead) {
    if (dead == canary) {
      long e = epoch + 1;
      RECENT[(int) (e & 1)].set(0);
      epoch = e;
      canary = new Lease(new Object(), null, 0, -1);
    }
  }

  /** Bytes of tracked arrays not yet given back (for tests and the memory soak). */
  static long trackedBytes() {
    return RECENT[0].get() + RECENT[1].get();
  }

  /**
   * Gives {@code array} back to the pool once {@code owner} is unreachable, or at once through
   * {@link Lease#release}; null (not tracked) while the tracking budget is spent. The caller
   * must not let {@code array} escape {@code owner}'s lifetime.
   */
  static Lease track(Object owner, Object array) {
    long bytes = bytesOf(array);
    long e = epoch;
    AtomicLong recent = RECENT[(int) (e & 1)];
    long pending = recent.addAndGet(bytes) + RECENT[(int) (~e & 1)].get();
    long budget = trackBudget();
    if (UNIFIED) {
      // One budget for the arrays the pool holds and those tracked and not yet back: every
      // tracked array finds room in the pool when its lease fires, instead of surviving one more
      // collection only to be dropped. Pooled arrays of other lengths make room first (a
      // workload that moved on to new sizes).
      while (pending + POOLED.get() > budget && evictOne(array)) {
        // evicted one
      }
      if (pending + POOLED.get() > budget) {
        recent.addAndGet(-bytes);
        return null;
      }
    } else if (pending > budget) {
      recent.addAndGet(-bytes);
      return null;
    }
    return new Lease(owner, array, bytes, e);
  }

  private static long bytesOf(Object array) {
    if (array instanceof byte[] b) {
      return b.length;
    } else if (array instanceof float[] f) {
      return 4L * f.length;
    }
    return 8L * ((double[]) array).length;
  }

  /**
   * The tie between a storage and its array: a phantom reference to the storage that fires
   * (once) when the storage dies or closes. It holds the array softly: a strong reference would
   * keep every dead storage's array alive until the lease fired after the collection that found
   * it, so a collection could free none of them (a loop of 4 MB results ran out of a 2 GiB heap
   * in 400 iterations that way), while the JVM clears soft references before it runs out of
   * memory, and only for arrays nothing else reaches.
   */
  static final class Lease extends PhantomReference<Object> {
    private volatile SoftReference<Object> array;
    private final long bytes;
    private final long born;

    /** {@code born}: the epoch it was tracked in; -1 for a canary. */
    private Lease(Object owner, Object array, long bytes, long born) {
      super(owner, DEAD);
      this.array = array == null ? null : new SoftReference<>(array);
      this.bytes = bytes;
      this.born = born;
      LEASES.add(this);
    }

    /** Never give the array back (it moved, or someone outside the storage may hold it). */
    void cancel() {
      array = null;
    }

    /** Gives the array back now ({@code close()}); later calls and the GC path do nothing. */
    void release() {
      fire();
    }

    private void fire() {
      if (!LEASES.remove(this)) {
        return;
      }
      clear();
      if (born < 0) {
        nextEpoch(this);
        return;
      }
      long e = epoch;
      if (born >= e - 1) {
        // Still counted (a race with nextEpoch may drop a count early; the budget is a bound).
        RECENT[(int) (born & 1)].addAndGet(-bytes);
      }
      SoftReference<Object> ref = array;
      array = null;
      Object a = ref == null ? null : ref.get();
      if (a instanceof float[] f) {
        give(f);
      } else if (a instanceof double[] d) {
        give(d);
      } else if (a instanceof byte[] b) {
        give(b);
      }
    }
  }
}
