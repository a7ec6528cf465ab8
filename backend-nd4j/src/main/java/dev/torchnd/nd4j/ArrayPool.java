package dev.torchnd.nd4j;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Large arrays released by {@code close()}, kept for the next storage of the same length. A fresh
 * 4 MB Java array costs 1.5–2 ms here (G1 humongous allocation, zeroing, page faults) against
 * 0.35 ms for the add that fills it; glibc gives PyTorch the same reuse for free. Arrays reach the
 * pool only through {@code close()}, so nothing still referenced is ever handed out again.
 */
final class ArrayPool {
  private ArrayPool() {}

  /** Arrays below this many elements are cheap to allocate and are not pooled. */
  static final int MIN_LENGTH = 1 << 14;

  /** Byte arrays (bool storages) below this length are not pooled: the same 64 KiB threshold. */
  static final int BYTE_MIN_LENGTH = 1 << 16;

  private static final long MAX_BYTES =
      Long.getLong("torchnd.arrayPoolMiB", 256) << 20;
  private static final AtomicLong POOLED = new AtomicLong();
  private static final Map<Integer, ConcurrentLinkedDeque<float[]>> FLOATS =
      new ConcurrentHashMap<>();
  private static final Map<Integer, ConcurrentLinkedDeque<double[]>> DOUBLES =
      new ConcurrentHashMap<>();
  private static final Map<Integer, ConcurrentLinkedDeque<byte[]>> BYTES =
      new ConcurrentHashMap<>();

  static float[] floats(int n, boolean zeroed) {
    if (n >= MIN_LENGTH) {
      ConcurrentLinkedDeque<float[]> q = FLOATS.get(n);
      float[] a = q == null ? null : q.pollFirst();
      if (a != null) {
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

  static double[] doubles(int n, boolean zeroed) {
    if (n >= MIN_LENGTH) {
      ConcurrentLinkedDeque<double[]> q = DOUBLES.get(n);
      double[] a = q == null ? null : q.pollFirst();
      if (a != null) {
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
  static byte[] bytes(int n, boolean zeroed) {
    if (n >= BYTE_MIN_LENGTH) {
      ConcurrentLinkedDeque<byte[]> q = BYTES.get(n);
      byte[] a = q == null ? null : q.pollFirst();
      if (a != null) {
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
    if (a.length >= BYTE_MIN_LENGTH && POOLED.addAndGet(a.length) <= MAX_BYTES) {
      BYTES.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    } else if (a.length >= BYTE_MIN_LENGTH) {
      POOLED.addAndGet(-(long) a.length);
    }
  }

  static void give(float[] a) {
    if (a.length >= MIN_LENGTH && POOLED.addAndGet(4L * a.length) <= MAX_BYTES) {
      FLOATS.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    } else if (a.length >= MIN_LENGTH) {
      POOLED.addAndGet(-4L * a.length);
    }
  }

  static void give(double[] a) {
    if (a.length >= MIN_LENGTH && POOLED.addAndGet(8L * a.length) <= MAX_BYTES) {
      DOUBLES.computeIfAbsent(a.length, k -> new ConcurrentLinkedDeque<>()).addFirst(a);
    } else if (a.length >= MIN_LENGTH) {
      POOLED.addAndGet(-8L * a.length);
    }
  }
}
