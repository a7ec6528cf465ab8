package dev.torchnd.nd4j;

/**
 * Whether float32 reductions and exp take the Vector API path ({@link SimdF32}). Off unless the JVM
 * runs with {@code --add-modules jdk.incubator.vector} (JDK 17's incubating Vector API), the way
 * Apache Lucene detects it; {@code -Dtorchnd.simd=false} turns it off again. Without the module
 * {@link SimdF32} is never loaded, so the scalar loops stay the default on any JVM.
 *
 * <p>The Vector API reaches full speed only once C2 has compiled the loop: under the default
 * tiered compiler the first calls run in the interpreter and C1, where every vector is a heap
 * object, many times slower than the scalar loops (see {@code docs/benchmarks.md}).
 */
final class Simd {
  private Simd() {}

  /** True when {@link SimdF32} is used. Read once: the JIT folds the checks away. */
  static final boolean ON = detect();

  /** True when float32 exp takes {@link SimdF32#exp} (needs four double lanes per vector). */
  static final boolean EXP = ON && SimdF32.expAvailable();

  private static boolean detect() {
    if (!Boolean.parseBoolean(System.getProperty("torchnd.simd", "true"))) {
      return false;
    }
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    try {
      return SimdF32.lanes() >= 4;
    } catch (LinkageError e) {
      return false;
    }
  }

  /** Describes the path in use, e.g. for a benchmark report. */
  static String describe() {
    return ON ? "Vector API, " + SimdF32.lanes() + " float lanes" : "scalar";
  }
}
