package dev.torchnd.nd4j;

/**
 * Settings that must be in place before ND4J's classes load: a cap on off-heap memory (ND4J frees
 * native buffers only when the GC runs, so without a cap a loop of large results can grow RSS to
 * gigabytes) and quiet logging (ND4J's start-up banner would drown a program's output).
 */
final class Nd4jInit {
  private Nd4jInit() {}

  static void configure() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.org.nd4j", "warn");
    long maxHeap = Runtime.getRuntime().maxMemory();
    // JavaCPP's own default is the heap size again; cap native memory at 2x heap, at least 1 GiB.
    long cap = Math.max(1L << 30, maxHeap * 2);
    setIfAbsent("org.bytedeco.javacpp.maxbytes", Long.toString(cap));
    setIfAbsent("org.bytedeco.javacpp.maxphysicalbytes", Long.toString(cap + maxHeap));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
