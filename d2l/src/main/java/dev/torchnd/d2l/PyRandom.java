package dev.torchnd.d2l;

/**
 * Python's {@code random} module generator, bit for bit: MT19937 seeded like CPython's {@code
 * random.seed(n)} for an int {@code n} ({@code init_by_array} over the 32-bit words of {@code
 * |n|}), and {@code random()} as CPython's 53-bit {@code (a >> 5, b >> 6)} combination. After
 * {@code PyRandom.seed(0)}, {@code PyRandom.random()} returns what {@code random.seed(0);
 * random.random()} returns in Python ({@code 0.8444218515250481}).
 *
 * <p>The static methods use one shared generator, like the functions of Python's module; an
 * instance is an independent {@code random.Random(seed)}.
 */
public final class PyRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final PyRandom MODULE = new PyRandom(System.nanoTime());

  private final int[] mt = new int[N];
  private int mti = N + 1;

  /** Python: {@code random.Random(seed)}. */
  public PyRandom(long seed) {
    reseed(seed);
  }

  /** Python: {@code random.seed(n)} for the module's shared generator. */
  public static void seed(long n) {
    synchronized (MODULE) {
      MODULE.reseed(n);
    }
  }

  /** Python: {@code random.random()}: a float in [0, 1) from the shared generator. */
  public static double random() {
    synchronized (MODULE) {
      return MODULE.nextRandom();
    }
  }

  /** Python: {@code random.shuffle(x)} with the module's shared generator. */
  public static <T> void shuffle(java.util.List<T> x) {
    synchronized (MODULE) {
      MODULE.shuffleList(x);
    }
  }

  /** Python: {@code rng.shuffle(x)}: Fisher-Yates from the end, {@code _randbelow(i + 1)}. */
  public <T> void shuffleList(java.util.List<T> x) {
    for (int i = x.size() - 1; i >= 1; i--) {
      int j = (int) randbelow(i + 1);
      T t = x.get(i);
      x.set(i, x.get(j));
      x.set(j, t);
    }
  }

  /** Python: {@code rng.getrandbits(k)} for {@code 0 <= k <= 32}. */
  public long getrandbits(int k) {
    if (k < 0 || k > 32) {
      throw new IllegalArgumentException("getrandbits here takes 0 <= k <= 32, got " + k);
    }
    if (k == 0) {
      return 0;
    }
    return (genrand() & 0xffffffffL) >>> (32 - k);
  }

  /** Python: {@code rng._randbelow(n)} ({@code _randbelow_with_getrandbits}), {@code 0 < n < 2^32}. */
  public long randbelow(long n) {
    int k = 64 - Long.numberOfLeadingZeros(n);
    long r = getrandbits(k);
    while (r >= n) {
      r = getrandbits(k);
    }
    return r;
  }

  /** Python: {@code rng.seed(n)} on this instance. */
  public void reseed(long n) {
    long a = Math.abs(n); // CPython seeds with abs(n); Long.MIN_VALUE is its own abs: use 2^63
    int words;
    int[] key;
    if (n == Long.MIN_VALUE) {
      key = new int[] {0, 0x80000000};
    } else {
      words = a == 0 ? 1 : (64 - Long.numberOfLeadingZeros(a) + 31) / 32;
      key = new int[words];
      for (int i = 0; i < words; i++) {
        key[i] = (int) (a >>> (32 * i));
      }
    }
    initByArray(key);
  }

  /** Python: {@code rng.random()}. */
  public double nextRandom() {
    long a = (genrand() & 0xffffffffL) >>> 5;
    long b = (genrand() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) {
      mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    mti = N;
  }

  private int genrand() {
    int y;
    if (mti >= N) {
      int kk;
      for (kk = 0; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      mti = 0;
    }
    y = mt[mti++];
    y ^= (y >>> 11);
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= (y >>> 18);
    return y;
  }

  // ---- tutorials support ----

  /**
   * Python: {@code random.randint(a, b)} with the module's shared generator: an int in
   * {@code [a, b]}, drawn as CPython's {@code randrange(a, b + 1)} ({@code a + _randbelow(b - a
   * + 1)}), so {@code PyRandom.seed(0); PyRandom.randint(4, 6)} is Python's {@code 5}.
   */
  public static long randint(long a, long b) {
    synchronized (MODULE) {
      return MODULE.randintOf(a, b);
    }
  }

  /** Python: {@code rng.randint(a, b)} on this instance. */
  public long randintOf(long a, long b) {
    long width = b - a + 1;
    if (width <= 0) {
      throw new IllegalArgumentException(
          "empty range for randrange() (" + a + ", " + (b + 1) + ", " + width + ")");
    }
    return a + randbelow(width);
  }
}
