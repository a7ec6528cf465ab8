package dev.torchnd.nd4j;

/**
 * Whether ND4J's backend on the class path is its CUDA one ({@code nd4j-cuda-11.6}, Maven profile
 * {@code -Pcuda}), found without starting ND4J.
 */
final class Nd4jCuda {
  private Nd4jCuda() {}

  private static final boolean PRESENT = present();

  private static boolean present() {
    try {
      Class.forName(
          "org.nd4j.linalg.jcublas.JCublasBackend", false, Nd4jCuda.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** True when ND4J's buffers are CUDA device buffers: the cpu device must not compute on them. */
  static boolean onClassPath() {
    return PRESENT;
  }
}
