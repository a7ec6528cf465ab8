package dev.torchnd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;

/**
 * A CPU random number generator that reproduces PyTorch 1.13's {@code torch.Generator} (device
 * {@code cpu}) bit for bit: the same MT19937 engine, the same seeding, the same cached Box-Muller
 * normal, and the same {@link #get_state()} bytes as {@code torch.get_rng_state()}, so a state
 * saved in Python can be restored here and continue the identical stream.
 *
 * <p>Thread safe: like PyTorch, which locks the generator's mutex around every kernel, every draw
 * and every sampler in {@link Sampling} holds this object's monitor.
 *
 * <pre>{@code
 * Generator g = new Generator().manual_seed(42);   // torch.Generator().manual_seed(42)
 * byte[] s = g.get_state();                          // 5056 bytes, as torch.get_rng_state()
 * }</pre>
 */
public final class Generator {

  /** PyTorch's {@code default_rng_seed_val}, the seed of a freshly constructed generator. */
  public static final long DEFAULT_SEED = 67280421310721L;

  /** {@code sizeof(CPUGeneratorImplState)}: the legacy THGeneratorState plus the float cache. */
  static final int STATE_SIZE = 5056;

  /** {@code sizeof(CPUGeneratorImplStateLegacy)}, still accepted by {@code set_state}. */
  static final int LEGACY_STATE_SIZE = 5048;

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UMASK = 0x80000000;
  private static final int LMASK = 0x7fffffff;

  // Byte offsets inside the state blob (x86-64 layout of the C structs, little endian).
  private static final int OFF_LEFT = 8;
  private static final int OFF_SEEDED = 12;
  private static final int OFF_NEXT = 16;
  private static final int OFF_STATE = 24;
  private static final int OFF_NORMAL_X = OFF_STATE + N * 8;
  private static final int OFF_NORMAL_Y = OFF_NORMAL_X + 8;
  private static final int OFF_NORMAL_RHO = OFF_NORMAL_Y + 8;
  private static final int OFF_NORMAL_VALID = OFF_NORMAL_RHO + 8;
  private static final int OFF_FLOAT_NORMAL = LEGACY_STATE_SIZE;
  private static final int OFF_FLOAT_VALID = OFF_FLOAT_NORMAL + 4;

  private static final class Holder {
    // PyTorch seeds its default CPU generator from /dev/urandom at startup.
    static final Generator DEFAULT = new Generator(nonDeterministicSeed());
  }

  private final int[] mt = new int[N];
  private long seed;
  private int left;
  private boolean seeded;
  private int next;

  private boolean hasNextDoubleNormal;
  private double nextDoubleNormal;
  private boolean hasNextFloatNormal;
  private float nextFloatNormal;

  /** A generator seeded with {@link #DEFAULT_SEED}. PyTorch: {@code torch.Generator()}. */
  public Generator() {
    this(DEFAULT_SEED);
  }

  /** A generator seeded with {@code seed}. PyTorch: {@code torch.Generator().manual_seed(seed)}. */
  public Generator(long seed) {
    initEngine(seed);
  }

  /**
   * The global default generator used when no generator is passed. PyTorch:
   * {@code torch.default_generator}. As in PyTorch 1.13, it starts from a non-deterministic seed;
   * call {@code default_generator().manual_seed(s)} (PyTorch: {@code torch.manual_seed(s)}) for a
   * reproducible stream.
   */
  public static Generator default_generator() {
    return Holder.DEFAULT;
  }

  /**
   * Re-seeds the engine and drops any cached normal sample. PyTorch: {@code manual_seed(seed)}.
   * The seed is an unsigned 64-bit value: Python's {@code -1} and {@code 2**64 - 1} are both
   * {@code -1L} here, and only its low 32 bits reach MT19937, as in PyTorch.
   */
  public synchronized Generator manual_seed(long seed) {
    initEngine(seed);
    return this;
  }

  /** Seeds from the OS entropy source and returns that seed. PyTorch: {@code seed()}. */
  public long seed() {
    long s = nonDeterministicSeed();
    manual_seed(s);
    return s;
  }

  /**
   * The seed last set, as an unsigned 64-bit value (print it with
   * {@link Long#toUnsignedString(long)}). PyTorch: {@code initial_seed()}.
   */
  public synchronized long initial_seed() {
    return seed;
  }

  /**
   * The full generator state in exactly the byte layout of {@code torch.get_rng_state()} /
   * {@code Generator.get_state()}: the 5048-byte legacy {@code THGeneratorState} (seed, left,
   * seeded, next, 624 state words widened to 64 bits, the cached double normal in {@code
   * normal_y}) followed by the cached float normal and its flag. PyTorch: {@code get_state()}.
   */
  public synchronized byte[] get_state() {
    ByteBuffer b = ByteBuffer.allocate(STATE_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(0, seed);
    b.putInt(OFF_LEFT, left);
    b.putInt(OFF_SEEDED, seeded ? 1 : 0);
    b.putLong(OFF_NEXT, Integer.toUnsignedLong(next));
    for (int i = 0; i < N; i++) {
      b.putLong(OFF_STATE + 8 * i, Integer.toUnsignedLong(mt[i]));
    }
    // normal_x and normal_rho are dead legacy fields that PyTorch writes as 0.0.
    if (hasNextDoubleNormal) {
      b.putInt(OFF_NORMAL_VALID, 1);
      b.putDouble(OFF_NORMAL_Y, nextDoubleNormal);
    }
    if (hasNextFloatNormal) {
      b.put(OFF_FLOAT_VALID, (byte) 1);
      b.putFloat(OFF_FLOAT_NORMAL, nextFloatNormal);
    }
    return b.array();
  }

  /**
   * Restores a state produced by {@link #get_state()} or by PyTorch's {@code get_rng_state()}
   * (5056 bytes), or a legacy 5048-byte {@code THGeneratorState}. PyTorch: {@code set_state}.
   *
   * @throws IllegalArgumentException with PyTorch's message for a wrong size or an invalid
   *     MT19937 state
   */
  public synchronized Generator set_state(byte[] state) {
    if (state.length != LEGACY_STATE_SIZE && state.length != STATE_SIZE) {
      throw new IllegalArgumentException(
          "Expected either a CPUGeneratorImplStateLegacy of size "
              + LEGACY_STATE_SIZE
              + " or a CPUGeneratorImplState of size "
              + STATE_SIZE
              + " but found the input RNG state size to be "
              + state.length);
    }
    ByteBuffer b = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
    int newLeft = b.getInt(OFF_LEFT);
    boolean newSeeded = b.getInt(OFF_SEEDED) != 0;
    // PyTorch narrows the 64-bit fields with static_cast<uint32_t>.
    int newNext = (int) b.getLong(OFF_NEXT);
    if (!newSeeded || newLeft <= 0 || newLeft > N || Integer.compareUnsigned(newNext, N) > 0) {
      throw new IllegalArgumentException("Invalid mt19937 state");
    }
    for (int i = 0; i < N; i++) {
      mt[i] = (int) b.getLong(OFF_STATE + 8 * i);
    }
    seed = b.getLong(0);
    left = newLeft;
    seeded = true;
    next = newNext;
    hasNextDoubleNormal = b.getInt(OFF_NORMAL_VALID) != 0;
    if (state.length == LEGACY_STATE_SIZE) {
      // PyTorch 1.13 rebuilds a legacy cache from the old Box-Muller fields with ::sin.
      double r = b.getDouble(OFF_NORMAL_RHO);
      double theta = 2.0 * Math.PI * b.getDouble(OFF_NORMAL_X);
      nextDoubleNormal = hasNextDoubleNormal ? r * Libm.sin(theta) : 0.0;
      hasNextFloatNormal = false;
      nextFloatNormal = 0f;
    } else {
      nextDoubleNormal = hasNextDoubleNormal ? b.getDouble(OFF_NORMAL_Y) : 0.0;
      hasNextFloatNormal = b.get(OFF_FLOAT_VALID) != 0;
      nextFloatNormal = hasNextFloatNormal ? b.getFloat(OFF_FLOAT_NORMAL) : 0f;
    }
    return this;
  }

  /** The next 32 random bits (an unsigned value). PyTorch: {@code CPUGeneratorImpl::random()}. */
  synchronized int random() {
    return nextInt();
  }

  /**
   * The next 64 random bits, the first 32-bit draw in the high half. PyTorch: {@code
   * CPUGeneratorImpl::random64()}.
   */
  synchronized long random64() {
    return nextLong();
  }

  // ---- unlocked primitives: callers hold this generator's monitor ---------------------------

  /** MT19937 output; the caller must hold this object's monitor. */
  int nextInt() {
    if (--left == 0) {
      twist();
    }
    return temper(mt[next++]);
  }

  /** Two draws glued high-then-low; the caller must hold this object's monitor. */
  long nextLong() {
    long hi = Integer.toUnsignedLong(nextInt());
    long lo = Integer.toUnsignedLong(nextInt());
    return (hi << 32) | lo;
  }

  /** Fills {@code out[from, to)} with raw 32-bit draws; the caller holds the monitor. */
  void nextInts(int[] out, int from, int to) {
    int[] s = mt;
    int i = from;
    while (i < to) {
      int run = take(to - i);
      int p = next - run;
      for (int k = 0; k < run; k++) {
        out[i + k] = temper(s[p + k]);
      }
      i += run;
    }
  }

  /**
   * Advances the stream by {@code n} draws without tempering them (the values are discarded, as
   * when a kernel overwrites them); the caller holds the monitor.
   */
  void skip(int n) {
    while (n > 0) {
      n -= take(n);
    }
  }

  /**
   * Bulk access for tight sampling loops; the caller holds the monitor and passes {@code max >=
   * 1}. Reserves the next {@code r = take(max)} draws, {@code 1 <= r <= max}: they are {@code
   * temper(state()[p])} for {@code p} in {@code [cursor() - r, cursor())}, in stream order. A call
   * twists first when the current block is used up, exactly where {@link #nextInt()} would.
   */
  int take(int max) {
    if (left == 1) {
      // nextInt() would twist here (left = N, next = 0) and then draw state[0]: as if left were
      // N + 1 before that draw.
      twist();
      left = N + 1;
    }
    int run = Math.min(max, left - 1);
    next += run;
    left -= run;
    return run;
  }

  /** The untempered state words that {@link #take} hands out. */
  int[] state() {
    return mt;
  }

  /** One past the last word {@link #take} handed out. */
  int cursor() {
    return next;
  }

  /** MT19937's output tempering of one state word. */
  static int temper(int y) {
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  boolean hasNextDoubleNormal() {
    return hasNextDoubleNormal;
  }

  /** Takes the cached sine half of the last Box-Muller pair. */
  double takeNextDoubleNormal() {
    hasNextDoubleNormal = false;
    return nextDoubleNormal;
  }

  void setNextDoubleNormal(double v) {
    hasNextDoubleNormal = true;
    nextDoubleNormal = v;
  }

  private void initEngine(long s) {
    hasNextDoubleNormal = false;
    nextDoubleNormal = 0.0;
    hasNextFloatNormal = false;
    nextFloatNormal = 0f;
    seed = s;
    seeded = true;
    mt[0] = (int) s;
    for (int j = 1; j < N; j++) {
      int prev = mt[j - 1];
      mt[j] = 1812433253 * (prev ^ (prev >>> 30)) + j;
    }
    left = 1;
    next = 0;
  }

  private void twist() {
    left = N;
    next = 0;
    int[] s = mt;
    // Branch-free: the low bit of the next word, random, selects MATRIX_A.
    for (int p = 0; p < N - M; p++) {
      int u = s[p];
      int v = s[p + 1];
      s[p] = s[p + M] ^ (((u & UMASK) | (v & LMASK)) >>> 1) ^ (-(v & 1) & MATRIX_A);
    }
    for (int p = N - M; p < N - 1; p++) {
      int u = s[p];
      int v = s[p + 1];
      s[p] = s[p + M - N] ^ (((u & UMASK) | (v & LMASK)) >>> 1) ^ (-(v & 1) & MATRIX_A);
    }
    s[N - 1] = s[M - 1] ^ twist(s[N - 1], s[0]);
  }

  private static int twist(int u, int v) {
    int mixed = (u & UMASK) | (v & LMASK);
    return (mixed >>> 1) ^ ((v & 1) != 0 ? MATRIX_A : 0);
  }

  private static long nonDeterministicSeed() {
    return new SecureRandom().nextLong();
  }
}
