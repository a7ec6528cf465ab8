package dev.torchnd.nd4j;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the times data of a {@code cuda} storage ({@link DeviceStorage}) goes to the host: an
 * element read ({@code getDouble}/{@code getLong}), a bulk copy of a buffer range ({@code
 * readDoubles}/{@code readLongs}), or a device-side result read back to steer the host (an
 * {@code any()} or a scalar reduction that decides a branch, a loop or an error). Under ND4J's
 * CUDA backend each of these is a device-to-host transfer and a synchronisation; the kernels
 * themselves never need one. The counter is how the tests prove that an op computes on the
 * device ({@code DeviceHostReadsTest}), and how the README's list of the ops that still read to
 * the host is made.
 *
 * <p>Counts are per thread (the reads happen on the thread that calls the op). With {@code
 * -Dtorchnd.traceHostReads=true}, or after {@link #trace(boolean)}, each read also records where it
 * came from: the first stack frame outside this backend, with the kind of read.
 */
public final class HostReads {
  private HostReads() {}

  private static final class Counts {
    long reads;
    long elements;
    boolean trace = Boolean.getBoolean("torchnd.traceHostReads");
    final Map<String, Long> sites = new LinkedHashMap<>();
  }

  private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);

  /** The kinds of read, as named in {@link #sites()}. */
  static final String ELEMENT = "element";
  static final String BULK = "bulk";
  static final String SYNC = "sync";

  /** One transfer of {@code elements} elements from a device storage to the host. */
  static void record(String kind, long elements) {
    Counts c = COUNTS.get();
    c.reads++;
    c.elements += elements;
    if (c.trace) {
      c.sites.merge(kind + " " + caller(), 1L, Long::sum);
    }
  }

  /**
   * The backend method, the first frame outside the backend and, where that is in {@code
   * Tensor}, the first frame beyond it: {@code readLongs <- Tensor.toLongArray <-
   * Reduce.maxDim:120}.
   */
  private static String caller() {
    StackTraceElement[] st = new Throwable().getStackTrace();
    StringBuilder sb = new StringBuilder();
    boolean inTensor = false;
    for (StackTraceElement e : st) {
      String cls = e.getClassName();
      if (cls.equals(HostReads.class.getName())) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(e.getMethodName());
        continue;
      }
      if (cls.startsWith("dev.torchnd.nd4j.") || cls.equals("dev.torchnd.Dispatch")
          || cls.startsWith("org.nd4j.")) {
        continue;
      }
      boolean tensor = cls.equals("dev.torchnd.Tensor");
      if (tensor && inTensor) {
        continue;
      }
      sb.append(" <- ").append(cls.substring(cls.lastIndexOf('.') + 1)).append('.')
          .append(e.getMethodName()).append(':').append(e.getLineNumber());
      if (!tensor) {
        break;
      }
      inTensor = true;
    }
    return sb.toString();
  }

  /** Transfers to the host on this thread since the last {@link #reset()}. */
  public static long count() {
    return COUNTS.get().reads;
  }

  /** Elements those transfers carried. */
  public static long elements() {
    return COUNTS.get().elements;
  }

  /** Zeroes this thread's counts and recorded sites. */
  public static void reset() {
    Counts c = COUNTS.get();
    c.reads = 0;
    c.elements = 0;
    c.sites.clear();
  }

  /** Turns recording of the sites on or off for this thread. */
  public static void trace(boolean on) {
    COUNTS.get().trace = on;
  }

  /**
   * Where this thread's reads since the last reset came from, while tracing: {@code "<kind>
   * <backend method> <- <first caller outside the backend>"} to the number of reads.
   */
  public static Map<String, Long> sites() {
    return new LinkedHashMap<>(COUNTS.get().sites);
  }
}
