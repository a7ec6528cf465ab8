package dev.torchnd;

/**
 * Python's {@code math.cos} as glibc 2.36 computes it on x86-64 (its FMA variant), bit for bit.
 * {@code Math.cos} differs from it in the last bit for about 0.2% of arguments, which shows as
 * different learning rates in a cosine schedule; {@code CosineAnnealingLR} uses this instead.
 *
 * <pre>{@code
 * PyMath.cos(Math.PI / 3)   // 0.5000000000000001, as Python's math.cos(math.pi / 3)
 * }</pre>
 */
public final class PyMath {
  private PyMath() {}

  /** {@code math.cos(x)}. */
  public static double cos(double x) {
    double[] sc = new double[2];
    Libm.sincos(x, sc);
    return sc[1];
  }
}
