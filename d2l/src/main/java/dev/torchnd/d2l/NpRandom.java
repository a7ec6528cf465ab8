package dev.torchnd.d2l;

/**
 * NumPy's legacy global generator ({@code np.random.seed}, {@code np.random.normal}, {@code
 * np.random.shuffle}), bit for bit: MT19937 seeded by {@code init_genrand(seed)}, doubles as
 * {@code (a >> 5, b >> 6)} 53-bit draws, Gaussians by the polar method with the second value
 * cached, shuffles by Fisher-Yates with {@code random_interval}'s masked rejection.
 *
 * <pre>{@code
 * NpRandom.seed(0);
 * NpRandom.normal(0, 1, 3)   // {1.764052345967664, 0.4001572083672233, 0.9787379841057392}
 * }</pre>
 */
public final class NpRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int[] MT = new int[N];
  private static int mti = N + 1;
  private static boolean hasGauss;
  private static double gauss;

  static {
    seed(5489);
  }

  private NpRandom() {}

  /** {@code np.random.seed(seed)} for {@code 0 <= seed < 2^32}. */
  public static synchronized void seed(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
    }
    MT[0] = (int) seed;
    for (mti = 1; mti < N; mti++) {
      MT[mti] = 1812433253 * (MT[mti - 1] ^ (MT[mti - 1] >>> 30)) + mti;
    }
    hasGauss = false;
    gauss = 0;
  }

  private static int next32() {
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        int y = (MT[kk] & 0x80000000) | (MT[kk + 1] & 0x7fffffff);
        MT[kk] = MT[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        int y = (MT[kk] & 0x80000000) | (MT[kk + 1] & 0x7fffffff);
        MT[kk] = MT[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      int y = (MT[N - 1] & 0x80000000) | (MT[0] & 0x7fffffff);
      MT[N - 1] = MT[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      mti = 0;
    }
    int y = MT[mti++];
    y ^= (y >>> 11);
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= (y >>> 18);
    return y;
  }

  private static double nextDouble() {
    long a = (next32() & 0xffffffffL) >>> 5;
    long b = (next32() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  private static double nextGauss() {
    if (hasGauss) {
      hasGauss = false;
      return gauss;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * nextDouble() - 1.0;
      x2 = 2.0 * nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  /** {@code np.random.normal(loc, scale, size=n)} (float64). */
  public static synchronized double[] normal(double loc, double scale, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = loc + scale * nextGauss();
    }
    return out;
  }

  /** {@code np.random.shuffle(x)} along the first axis (rows of a 2-D array, or a 1-D array's items). */
  public static synchronized <T> void shuffle(T[] x) {
    for (int i = x.length - 1; i >= 1; i--) {
      int j = (int) interval(i);
      if (i == j) {
        continue;
      }
      T t = x[j];
      x[j] = x[i];
      x[i] = t;
    }
  }

  /** {@code np.random.shuffle(x)} for a 1-D float64 array. */
  public static synchronized void shuffle(double[] x) {
    for (int i = x.length - 1; i >= 1; i--) {
      int j = (int) interval(i);
      double t = x[j];
      x[j] = x[i];
      x[i] = t;
    }
  }

  /** {@code random_interval(max)}: uniform in [0, max] by masked rejection (max < 2^32). */
  private static long interval(long max) {
    if (max == 0) {
      return 0;
    }
    long mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    long value;
    while ((value = (next32() & 0xffffffffL) & mask) > max) {
      // reject
    }
    return value;
  }
}
