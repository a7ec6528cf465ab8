package dev.torchnd;

import dev.torchnd.spi.Half;
import java.lang.ref.SoftReference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The element values PyTorch 1.13's CPU samplers write into a fresh contiguous 1-D output, drawn
 * from a {@link Generator} in exactly the order PyTorch consumes its stream, so that seeding both
 * with the same seed gives bit-identical tensors. Each method names the PyTorch call it mirrors.
 *
 * <p>Values come back as primitive arrays already rounded to the target dtype (a float32 result is
 * a {@code double} holding a {@code float} value; integer dtypes come back as {@code long}).
 * Invalid arguments throw {@link IllegalArgumentException} with PyTorch's message text.
 *
 * <p>What "bit for bit" rests on, beyond the MT19937 stream: PyTorch's kernels are compiled with
 * FMA contraction and the float32 normal kernel uses the AVX2 {@code avx_mathfun} polynomials, so
 * the formulas fuse multiply-adds where GCC does ({@link Avx2Math} replays those vector paths lane
 * by lane); float64 normals and exponentials call glibc's {@code log} and {@code sincos}, ported
 * in {@link Libm} (glibc 2.36, FMA variants); multinomial without replacement orders its queue
 * with libstdc++'s partial sort ({@link StlTopK}); float16/bfloat16 values are rounded by {@link
 * dev.torchnd.spi.Half}. A
 * PyTorch build running on a pre-AVX2 CPU, or a wheel built with MKL (whose {@code bernoulli_}
 * with a scalar p uses MKL's own stream on Intel CPUs), draws different values.
 */
final class Sampling {

  private Sampling() {}

  private static final float F_TWO_NEG24 = 0x1p-24f;
  private static final double D_TWO_NEG24 = 0x1p-24;
  private static final double D_TWO_NEG53 = 0x1p-53;
  private static final long MASK53 = (1L << 53) - 1;
  private static final double TWO_PI = 2.0 * Math.PI;

  // ============================================ uniform ============================================

  /** {@code check_uniform_bounds} and {@code uniform_}'s range checks, PyTorch's messages. */
  private static void checkUniform(DType dtype, double from, double to) {
    FloatInfo fi = floatInfo(dtype, "check_uniform_bounds");
    checkBounds(from, "from", fi);
    checkBounds(to, "to", fi);
    if (!(from <= to)) {
      throw new IllegalArgumentException(
          "uniform_ expects to return a [from, to) range, but found from="
              + cpp(from)
              + " > to="
              + cpp(to));
    }
    if (!(to - from <= fi.max)) {
      throw new IllegalArgumentException(
          "uniform_ expects to-from <= std::numeric_limits<"
              + dtype.scalarTypeName()
              + ">::max(), but found to="
              + cpp(to)
              + " and from="
              + cpp(from)
              + " which result in to-from to exceed the limit");
    }
  }

  /**
   * {@link #uniform(Generator, long, DType, double, double)} for float32, as floats (what a
   * float32 tensor stores, without a {@code double[]} in between); {@code reuse}: a per-thread
   * buffer, valid until this thread's next reusing float32 sample.
   */
  static float[] uniformFloat32(Generator g, long n, double from, double to, boolean reuse) {
    checkUniform(DType.float32, from, to);
    int len = size(n);
    float[] out = reuse ? Scratch.floats(len) : new float[len];
    float f = (float) from;
    float range = (float) to - f;
    boolean unit = f == 0f && range == 1f;
    synchronized (g) {
      int[] mt = g.state();
      for (int i = 0; i < len; ) {
        int run = g.take(len - i);
        int p = g.cursor() - run;
        if (unit) {
          // fma(u, 1, 0) is u.
          for (int k = 0; k < run; k++) {
            out[i + k] = (Generator.temper(mt[p + k]) & 0xffffff) * F_TWO_NEG24;
          }
        } else {
          for (int k = 0; k < run; k++) {
            int y = Generator.temper(mt[p + k]);
            out[i + k] = Math.fma((y & 0xffffff) * F_TWO_NEG24, range, f);
          }
        }
        i += run;
      }
    }
    return out;
  }

  /**
   * {@code n} samples of U[from, to). PyTorch: {@code torch.rand} / {@code Tensor.uniform_(from,
   * to)} on a contiguous tensor of {@code dtype}.
   */
  static double[] uniform(Generator g, long n, DType dtype, double from, double to) {
    return uniform(g, n, dtype, from, to, false);
  }

  /**
   * As {@link #uniform(Generator, long, DType, double, double)}; with {@code reuse} the result may
   * be a reused per-thread {@link Scratch} buffer, valid only until the thread's next sampling call
   * (for callers that copy it straight into a tensor).
   */
  static double[] uniform(
      Generator g, long n, DType dtype, double from, double to, boolean reuse) {
    checkUniform(dtype, from, to);
    double[] out = reuse ? Scratch.doubles(size(n)) : new double[size(n)];
    synchronized (g) {
      switch (dtype) {
        case float64:
          {
            double range = to - from;
            int[] w = new int[Math.min(out.length, CHUNK) * 2];
            for (int i = 0; i < out.length; i += CHUNK) {
              int c = Math.min(CHUNK, out.length - i);
              g.nextInts(w, 0, 2 * c);
              for (int k = 0; k < c; k++) {
                long bits = ((long) w[2 * k] << 32) | Integer.toUnsignedLong(w[2 * k + 1]);
                out[i + k] = Math.fma(unit53(bits), range, from);
              }
            }
            break;
          }
        case float32:
          {
            float f = (float) from;
            float range = (float) to - f;
            int[] mt = g.state();
            // torch.rand's [0, 1): fma(u, 1, 0) is u, and u = (bits & 0xffffff) * 2^-24 is exact
            // in double too, so skip the float steps.
            boolean unit = f == 0f && range == 1f;
            for (int i = 0; i < out.length; ) {
              int run = g.take(out.length - i);
              int p = g.cursor() - run;
              if (unit) {
                for (int k = 0; k < run; k++) {
                  out[i + k] = (Generator.temper(mt[p + k]) & 0xffffff) * D_TWO_NEG24;
                }
              } else {
                for (int k = 0; k < run; k++) {
                  int y = Generator.temper(mt[p + k]);
                  out[i + k] = Math.fma((y & 0xffffff) * F_TWO_NEG24, range, f);
                }
              }
              i += run;
            }
            break;
          }
        default:
          {
            // Half / BFloat16: from and to become the dtype first, to - from is rounded to the
            // dtype too, and the sample is formed in float (dist_acctype) before the final cast.
            float f = round(dtype, (float) from);
            float range = round(dtype, round(dtype, (float) to) - f);
            int digits = floatInfo(dtype, "check_uniform_bounds").digits;
            int mask = (1 << digits) - 1;
            float scale = Math.scalb(1f, -digits);
            int[] w = new int[Math.min(out.length, CHUNK)];
            for (int i = 0; i < out.length; i += CHUNK) {
              int c = Math.min(CHUNK, out.length - i);
              g.nextInts(w, 0, c);
              for (int k = 0; k < c; k++) {
                out[i + k] = round(dtype, Math.fma((w[k] & mask) * scale, range, f));
              }
            }
          }
      }
    }
    return out;
  }

  /**
   * Per-thread buffers for large samples that go straight into a tensor: a fresh 8 MB {@code
   * double[]} per {@code torch.rand(1_000_000)} costs about as much as drawing the values. A buffer
   * is reused only for the same length, and every sampler that uses one writes all of it. Softly
   * held, so the GC may reclaim them.
   */
  private static final class Scratch {
    private static final int MIN = 1 << 15;
    private static final int MAX = 1 << 22;
    private static final ThreadLocal<SoftReference<double[]>> DOUBLES = new ThreadLocal<>();
    private static final ThreadLocal<SoftReference<float[]>> FLOATS = new ThreadLocal<>();

    /** A double buffer of {@code n} elements, contents unspecified. */
    static double[] doubles(int n) {
      if (n < MIN || n > MAX) {
        return new double[n];
      }
      SoftReference<double[]> ref = DOUBLES.get();
      double[] a = ref == null ? null : ref.get();
      if (a == null || a.length != n) {
        a = new double[n];
        DOUBLES.set(new SoftReference<>(a));
      }
      return a;
    }

    /** A float buffer of {@code n} elements, contents unspecified. */
    static float[] floats(int n) {
      if (n < MIN || n > MAX) {
        return new float[n];
      }
      SoftReference<float[]> ref = FLOATS.get();
      float[] a = ref == null ? null : ref.get();
      if (a == null || a.length != n) {
        a = new float[n];
        FLOATS.set(new SoftReference<>(a));
      }
      return a;
    }
  }

  /** Draws per chunk in the bulk samplers: small enough to stay in L1. */
  private static final int CHUNK = 1024;

  // ============================================ normal =============================================

  /**
   * {@code n} samples of N(mean, std^2). PyTorch: {@code torch.randn} / {@code Tensor.normal_(mean,
   * std)} / {@code torch.normal(mean, std, size)} on a contiguous tensor of {@code dtype}.
   *
   * <p>Like PyTorch, 16 or more elements take the vectorised path (all uniforms first, Box-Muller
   * on blocks of 16, the last block redrawn if {@code n % 16 != 0}), which neither reads nor
   * writes the generator's cached normal; fewer elements take the scalar path, which returns the
   * cached sine half of the previous Box-Muller pair first.
   */
  static double[] normal(Generator g, long n, DType dtype, double mean, double std) {
    return normal(g, n, dtype, mean, std, false);
  }

  /** As {@link #normal(Generator, long, DType, double, double)}; {@code reuse} as in uniform. */
  static double[] normal(
      Generator g, long n, DType dtype, double mean, double std, boolean reuse) {
    checkStd(std);
    requireFloating(dtype, "normal_kernel_cpu");
    int len = size(n);
    if (dtype == DType.float32) {
      float[] f = normalFloat32(g, len, mean, std, false);
      double[] out = reuse ? Scratch.doubles(len) : new double[len];
      for (int i = 0; i < len; i++) {
        out[i] = f[i];
      }
      return out;
    }
    double[] out = reuse ? Scratch.doubles(len) : new double[len];
    synchronized (g) {
      if (len >= 16) {
        switch (dtype) {
          case float64:
            normalFillDouble(g, out, mean, std);
            break;
          default:
            normalFillReduced(g, out, dtype, mean, std);
        }
      } else {
        for (int i = 0; i < len; i++) {
          out[i] = toDtype(dtype, normalScalar(g, mean, std));
        }
      }
    }
    return out;
  }

  /**
   * {@link #normal(Generator, long, DType, double, double)} for float32, as floats (the samples a
   * float32 tensor stores, without a {@code double[]} in between); {@code reuse}: a per-thread
   * buffer, valid until this thread's next reusing float32 sample.
   */
  static float[] normalFloat32(Generator g, long n, double mean, double std, boolean reuse) {
    checkStd(std);
    int len = size(n);
    float[] out = reuse ? Scratch.floats(len) : new float[len];
    if (len >= PARALLEL_MIN && threads() > 1) {
      normalFillFloatParallel(g, out, (float) mean, (float) std);
      return out;
    }
    synchronized (g) {
      if (len >= 16) {
        normalFillFloat(g, out, (float) mean, (float) std);
      } else {
        for (int i = 0; i < len; i++) {
          out[i] = (float) normalScalar(g, mean, std);
        }
      }
    }
    return out;
  }

  /**
   * {@code torch.normal(mean_tensor, std_tensor)} for same-shaped contiguous tensors of {@code
   * dtype}: PyTorch fills the output with N(0, 1) (the {@link #normal(Generator, long, DType,
   * double, double)} path for that size) and then runs {@code output.mul_(std).add_(mean)}.
   */
  static double[] normal(Generator g, double[] mean, double[] std, DType dtype) {
    if (mean.length != std.length) {
      throw new IllegalArgumentException(
          "The size of tensor a ("
              + mean.length
              + ") must match the size of tensor b ("
              + std.length
              + ") at non-singleton dimension 0");
    }
    for (double s : std) {
      if (!(s >= 0)) {
        throw new IllegalArgumentException("normal expects all elements of std >= 0.0");
      }
    }
    double[] out = normal(g, mean.length, dtype, 0.0, 1.0);
    for (int i = 0; i < out.length; i++) {
      double m = toDtype(dtype, mean[i]);
      double s = toDtype(dtype, std[i]);
      // Two separate kernels, so two roundings to the dtype.
      out[i] = binaryOp(dtype, binaryOp(dtype, out[i] * s) + m);
    }
    return out;
  }

  /** One draw of {@code normal_distribution<double>}, the scalar-path kernel (lock held). */
  private static double normalScalar(Generator g, double mean, double std) {
    if (g.hasNextDoubleNormal()) {
      return Math.fma(g.takeNextDoubleNormal(), std, mean);
    }
    double u1 = unit53(g.nextLong());
    double u2 = unit53(g.nextLong());
    double r = Math.sqrt(-2.0 * Libm.log(1.0 - u2));
    double[] sc = new double[2];
    Libm.sincos(TWO_PI * u1, sc);
    g.setNextDoubleNormal(r * sc[0]);
    return Math.fma(r * sc[1], std, mean);
  }

  /**
   * {@code normal_fill_AVX2}: float32, n >= 16 (lock held). PyTorch draws all {@code n} uniforms
   * first and then transforms each 16-element block; the transform of a block depends only on its
   * own uniforms, so this draws and transforms {@link #CHUNK} elements at a time (the same stream
   * words land in the same blocks) and keeps the scratch in L1.
   */
  private static void normalFillFloat(Generator g, float[] out, float mean, float std) {
    int n = out.length;
    int full = n - n % 16;
    float[] u = new float[Math.min(full, CHUNK)];
    for (int i = 0; i < full; i += CHUNK) {
      int c = Math.min(CHUNK, full - i);
      fillUnit24(g, u, 0, c);
      Avx2Math.normalFillBlocks(u, c / 16, mean, std, out, i);
    }
    if (n % 16 != 0) {
      // The last n % 16 uniforms are drawn but their block is never computed: PyTorch redraws
      // the last 16 uniforms and recomputes that (overlapping) block.
      g.skip(n % 16);
      float[] data = new float[16];
      int[] raw = new int[16];
      g.nextInts(raw, 0, 16);
      for (int i = 0; i < 16; i++) {
        data[i] = (raw[i] & 0xffffff) * F_TWO_NEG24;
      }
      Avx2Math.normalFill16(data, 0, mean, std);
      for (int i = 0; i < 16; i++) {
        out[n - 16 + i] = data[i];
      }
    }
  }

  /**
   * Threads for the float32 normal transform: {@code torch.get_num_threads()}, at most the
   * common pool's workers plus the caller; 1 keeps it on the calling thread.
   */
  private static int threads() {
    return Math.min(
        Backends.get().numThreads(),
        Math.min(
            ForkJoinPool.getCommonPoolParallelism() + 1,
            Runtime.getRuntime().availableProcessors()));
  }

  /** Below this many elements the float32 normal transform stays on the calling thread. */
  private static final int PARALLEL_MIN = 1 << 16;

  /**
   * {@link #normalFillFloat} for large outputs. The caller draws the uniforms chunk by chunk under
   * the lock (the identical stream words, in order) while helper threads already transform the
   * chunks drawn so far; each 16-element block depends only on its own uniforms, so who computes
   * it does not matter. Once done drawing, the caller releases the lock and takes chunks too.
   * Finally the overlapping tail block, as in PyTorch.
   */
  private static void normalFillFloatParallel(Generator g, float[] out, float mean, float std) {
    int n = out.length;
    int full = n - n % 16;
    int chunks = (full + CHUNK - 1) / CHUNK;
    // The uniforms are drawn into out itself: a chunk is copied to its transformer's own buffer
    // before its blocks overwrite it, and chunks are disjoint.
    float[] uniforms = out;
    AtomicInteger drawn = new AtomicInteger(); // chunks whose uniforms are ready
    AtomicInteger claimed = new AtomicInteger(); // next chunk to transform
    Runnable work =
        () -> {
          float[] u = new float[CHUNK];
          for (int c; (c = claimed.getAndIncrement()) < chunks; ) {
            for (int spins = 0; drawn.get() <= c; spins++) {
              if (spins < 1000) {
                Thread.onSpinWait();
              } else {
                Thread.yield(); // the drawing thread may be descheduled
              }
            }
            int i = c * CHUNK;
            int len = Math.min(CHUNK, full - i);
            System.arraycopy(uniforms, i, u, 0, len);
            Avx2Math.normalFillBlocks(u, len / 16, mean, std, out, i);
          }
        };
    ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[Math.min(threads(), chunks) - 1];
    float[] tail = n % 16 != 0 ? new float[16] : null;
    synchronized (g) {
      // Forked only now, so that helpers never wait while another thread holds the generator.
      for (int h = 0; h < helpers.length; h++) {
        helpers[h] = ForkJoinTask.adapt(work).fork();
      }
      for (int c = 0; c < chunks; c++) {
        int i = c * CHUNK;
        fillUnit24(g, uniforms, i, Math.min(full, i + CHUNK));
        drawn.set(c + 1);
      }
      if (tail != null) {
        g.skip(n % 16);
        fillUnit24(g, tail, 0, 16);
      }
    }
    work.run();
    for (ForkJoinTask<?> h : helpers) {
      h.join();
    }
    if (tail != null) {
      Avx2Math.normalFill16(tail, 0, mean, std);
      for (int i = 0; i < 16; i++) {
        out[n - 16 + i] = tail[i];
      }
    }
  }

  /**
   * {@code out[from, to)} = the float32 uniforms {@code (draw & 0xffffff) * 2^-24}, drawn in stream
   * order (lock held).
   */
  private static void fillUnit24(Generator g, float[] out, int from, int to) {
    int[] mt = g.state();
    for (int i = from; i < to; ) {
      int run = g.take(to - i);
      int p = g.cursor() - run;
      for (int k = 0; k < run; k++) {
        out[i + k] = (Generator.temper(mt[p + k]) & 0xffffff) * F_TWO_NEG24;
      }
      i += run;
    }
  }

  /** {@code normal_fill<double>}: float64, n >= 16 (lock held). */
  private static void normalFillDouble(Generator g, double[] data, double mean, double std) {
    int n = data.length;
    for (int i = 0; i < n; i++) {
      data[i] = unit53(g.nextLong());
    }
    double[] sc = new double[2];
    for (int i = 0; i + 16 <= n; i += 16) {
      normalFill16Double(data, i, mean, std, sc);
    }
    if (n % 16 != 0) {
      for (int i = n - 16; i < n; i++) {
        data[i] = unit53(g.nextLong());
      }
      normalFill16Double(data, n - 16, mean, std, sc);
    }
  }

  private static void normalFill16Double(
      double[] d, int off, double mean, double std, double[] sc) {
    for (int j = off; j < off + 8; j++) {
      double u1 = 1 - d[j];
      double u2 = d[j + 8];
      double radius = Math.sqrt(-2 * Libm.log(u1));
      Libm.sincos(TWO_PI * u2, sc);
      d[j] = Math.fma(radius * sc[1], std, mean);
      d[j + 8] = Math.fma(radius * sc[0], std, mean);
    }
  }

  /** {@code normal_fill<Half>} / {@code normal_fill<BFloat16>}: n >= 16 (lock held). */
  private static void normalFillReduced(
      Generator g, double[] out, DType dtype, double mean, double std) {
    int n = out.length;
    int digits = dtype == DType.float16 ? 11 : 8;
    int mask = (1 << digits) - 1;
    float scale = Math.scalb(1f, -digits);
    float[] d = new float[n];
    for (int i = 0; i < n; i++) {
      d[i] = (g.nextInt() & mask) * scale;
    }
    float m = round(dtype, (float) mean);
    float s = round(dtype, (float) std);
    for (int i = 0; i + 16 <= n; i += 16) {
      normalFill16Reduced(d, i, dtype, m, s);
    }
    if (n % 16 != 0) {
      for (int i = n - 16; i < n; i++) {
        d[i] = (g.nextInt() & mask) * scale;
      }
      normalFill16Reduced(d, n - 16, dtype, m, s);
    }
    for (int i = 0; i < n; i++) {
      out[i] = d[i];
    }
  }

  private static void normalFill16Reduced(float[] d, int off, DType dtype, float mean, float std) {
    boolean half = dtype == DType.float16;
    float[] sc = new float[2];
    for (int j = off; j < off + 8; j++) {
      float u1 = 1 - d[j];
      float u2 = d[j + 8];
      float theta = round(dtype, (float) (TWO_PI * u2));
      // GCC merges the cos and sin calls into one glibc sincosf.
      Libm.sincosf(theta, sc);
      if (half) {
        // c10::Half has no std::log / std::cos overloads: they decay to the float functions,
        // and Half * float * Half + Half is evaluated in float, contracted to one fma.
        float radius = round(dtype, (float) Math.sqrt(-2 * Libm.logf(u1)));
        d[j] = round(dtype, Math.fma(radius * sc[1], std, mean));
        d[j + 8] = round(dtype, Math.fma(radius * sc[0], std, mean));
      } else {
        // BFloat16's std:: overloads and operators round to bfloat16 after every step.
        float lg = round(dtype, Libm.logf(u1));
        float radius = round(dtype, (float) Math.sqrt(round(dtype, -2 * lg)));
        float c = round(dtype, sc[1]);
        float s = round(dtype, sc[0]);
        d[j] = round(dtype, round(dtype, round(dtype, radius * c) * std) + mean);
        d[j + 8] = round(dtype, round(dtype, round(dtype, radius * s) * std) + mean);
      }
    }
  }

  // ========================================== exponential ==========================================

  /**
   * {@code n} samples of Exp(lambd). PyTorch: {@code Tensor.exponential_(lambd)}; computed in
   * double as {@code -1/lambd * log(1 - u)} and then cast to {@code dtype}.
   */
  static double[] exponential(Generator g, long n, DType dtype, double lambd) {
    if (!(lambd >= 0.0)) {
      throw new IllegalArgumentException(
          "exponential_ expects lambda >= 0.0, but found lambda=" + cpp(lambd));
    }
    requireFloating(dtype, "exponential_cpu");
    double[] out = new double[size(n)];
    synchronized (g) {
      fillExponential(g, out, dtype, lambd);
    }
    return out;
  }

  private static void fillExponential(Generator g, double[] out, DType dtype, double lambd) {
    double scale = -1.0 / lambd;
    for (int i = 0; i < out.length; i++) {
      out[i] = toDtype(dtype, scale * Libm.log(1.0 - unit53(g.nextLong())));
    }
  }

  // ====================================== randint / random_ =======================================

  /**
   * {@code n} integers uniform in [low, high), cast to {@code dtype}. PyTorch: {@code
   * torch.randint(low, high, (n,), dtype=dtype)} and {@code Tensor.random_(low, high)}. Ranges of
   * 2^32 or more draw 64 bits per element for int64, float64, float32 and bfloat16.
   */
  static long[] randint(Generator g, long n, DType dtype, long low, long high) {
    long from = low;
    long to = high;
    if (from >= to) {
      throw new IllegalArgumentException(
          "random_ expects 'from' to be less than 'to', but got from=" + from + " >= to=" + to);
    }
    if (dtype.is_floating_point()) {
      int digits = floatInfo(dtype, "random_update_from_to").digits;
      from = updateFrom(dtype, digits, from);
      to = updateTo(dtype, digits, to);
      if (from >= to) {
        throw new IllegalArgumentException(
            "random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got"
                + " from="
                + from
                + " >= to="
                + to);
      }
    }
    checkFromToInRange(from, to - 1, dtype);
    long range = to - from;
    boolean wide =
        Long.compareUnsigned(range, 1L << 32) >= 0
            && (dtype == DType.int64
                || dtype == DType.float64
                || dtype == DType.float32
                || dtype == DType.bfloat16);
    long[] out = new long[size(n)];
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        long val = wide ? g.nextLong() : Integer.toUnsignedLong(g.nextInt());
        out[i] = castLong(dtype, Long.remainderUnsigned(val, range) + from);
      }
    }
    return out;
  }

  /**
   * {@code n} integers from {@code Tensor.random_()} with no bounds: [0, 2^63) for int64, [0,
   * max] for the other integer dtypes, [0, 2^digits] for floating dtypes, {0, 1} for bool.
   */
  static long[] random(Generator g, long n, DType dtype) {
    long[] out = new long[size(n)];
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        long v;
        switch (dtype) {
          case int64:
            v = g.nextLong() & Long.MAX_VALUE;
            break;
          case float64:
            v = Long.remainderUnsigned(g.nextLong(), (1L << 53) + 1);
            break;
          case bool:
            v = g.nextInt() & 1;
            break;
          default:
            {
              long m;
              switch (dtype) {
                case float32:
                  m = (1L << 24) + 1;
                  break;
                case float16:
                  m = (1L << 11) + 1;
                  break;
                case bfloat16:
                  m = (1L << 8) + 1;
                  break;
                case int32:
                  m = 1L << 31;
                  break;
                case int16:
                  m = 1L << 15;
                  break;
                case int8:
                  m = 1L << 7;
                  break;
                default:
                  m = 1L << 8;
              }
              v = Integer.toUnsignedLong(g.nextInt()) % m;
            }
        }
        out[i] = castLong(dtype, v);
      }
    }
    return out;
  }

  /** PyTorch's {@code update_from}: the smallest int64 >= from that survives a cast to dtype. */
  private static long updateFrom(DType dtype, int digits, long from) {
    long fromPlus1 = cppToInt64(roundToDtypeFromLong(dtype, from + 1));
    if (fromPlus1 < from) {
      long f = Math.abs(from + 1);
      int n = 0;
      while ((f >>= 1) != 0) {
        ++n;
      }
      from = fromPlus1 + (1L << (n - digits + 1));
    }
    return from;
  }

  /** PyTorch's {@code update_to}: the largest exclusive bound that stays below to after a cast. */
  private static long updateTo(DType dtype, int digits, long to) {
    long toMinus1 = cppToInt64(roundToDtypeFromLong(dtype, to - 1));
    if (toMinus1 >= to) {
      long t = Math.abs(to - 1);
      int n = 0;
      while ((t >>= 1) != 0) {
        ++n;
      }
      to = toMinus1 - (1L << (n - digits + 1));
    }
    return to;
  }

  private static void checkFromToInRange(long from, long toInc, DType dtype) {
    if (dtype.is_floating_point()) {
      FloatInfo fi = floatInfo(dtype, "check_random_fp_bounds");
      if (!(from >= -fi.max && from <= fi.max)) {
        throw new IllegalArgumentException("from is out of bounds for " + typeMetaName(dtype));
      }
      if (!(toInc >= -fi.max && toInc <= fi.max)) {
        throw new IllegalArgumentException("to - 1 is out of bounds for " + typeMetaName(dtype));
      }
    } else {
      long min;
      long max;
      switch (dtype) {
        case int64:
          min = Long.MIN_VALUE;
          max = Long.MAX_VALUE;
          break;
        case int32:
          min = Integer.MIN_VALUE;
          max = Integer.MAX_VALUE;
          break;
        case int16:
          min = Short.MIN_VALUE;
          max = Short.MAX_VALUE;
          break;
        case int8:
          min = Byte.MIN_VALUE;
          max = Byte.MAX_VALUE;
          break;
        case uint8:
          min = 0;
          max = 255;
          break;
        default:
          min = 0;
          max = 1;
      }
      if (from < min || from > max) {
        throw new IllegalArgumentException("from is out of bounds for " + typeMetaName(dtype));
      }
      if (toInc < min || toInc > max) {
        throw new IllegalArgumentException("to - 1 is out of bounds for " + typeMetaName(dtype));
      }
    }
  }

  /** {@code static_cast<scalar_t>(int64)}, returned as the long value the element holds. */
  private static long castLong(DType dtype, long v) {
    switch (dtype) {
      case int64:
        return v;
      case int32:
        return (int) v;
      case int16:
        return (short) v;
      case int8:
        return (byte) v;
      case uint8:
        return v & 0xff;
      case bool:
        return v != 0 ? 1 : 0;
      case float64:
        return (long) (double) v;
      case float32:
        return (long) (float) v;
      default:
        return (long) round(dtype, (float) v);
    }
  }

  /** {@code static_cast<T>(int64)} for a floating T, as a float/double value. */
  private static double roundToDtypeFromLong(DType dtype, long v) {
    switch (dtype) {
      case float64:
        return (double) v;
      case float32:
        return (float) v;
      default:
        return round(dtype, (float) v);
    }
  }

  /** {@code static_cast<int64_t>(double)} as x86 does it: NaN and overflow give INT64_MIN. */
  private static long cppToInt64(double v) {
    if (Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) v;
  }

  // =========================================== randperm ===========================================

  /** A random permutation of 0..n-1. PyTorch: {@code torch.randperm(n)} (CPU, int64). */
  static long[] randperm(Generator g, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(
          "Trying to create tensor with negative dimension " + n + ": [" + n + "]");
    }
    long[] r = new long[size(n)];
    for (int i = 0; i < r.length; i++) {
      r[i] = i;
    }
    synchronized (g) {
      for (int i = 0; i < r.length - 1; i++) {
        int z = (int) (Integer.toUnsignedLong(g.nextInt()) % (r.length - i));
        long sav = r[i];
        r[i] = r[z + i];
        r[z + i] = sav;
      }
    }
    return r;
  }

  // ========================================== bernoulli ===========================================

  /**
   * One Bernoulli draw per probability. PyTorch: {@code torch.bernoulli(p)} where {@code p} is a
   * contiguous tensor of {@code dtype} (the output has the same dtype). float64 probabilities
   * compare against a 53-bit uniform, float32 and bfloat16 ones against a 24-bit float uniform.
   */
  static double[] bernoulli(Generator g, double[] p, DType dtype) {
    if (dtype == DType.float16) {
      throw notImplemented("bernoulli_tensor_cpu_self_", dtype);
    }
    if (!dtype.is_floating_point()) {
      throw notImplemented("bernoulli_tensor_cpu_p_", dtype);
    }
    double[] out = new double[p.length];
    synchronized (g) {
      for (int i = 0; i < p.length; i++) {
        double pi = toDtype(dtype, p[i]);
        // The check sits inside the kernel: earlier elements have already drawn.
        if (!(pi >= 0 && pi <= 1)) {
          throw new IllegalArgumentException(
              "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error"
                  + " message be improved?  If so, please report an enhancement request to"
                  + " PyTorch.)");
        }
        boolean hit;
        if (dtype == DType.float64) {
          hit = unit53(g.nextLong()) < pi;
        } else {
          hit = (g.nextInt() & 0xffffff) * F_TWO_NEG24 < (float) pi;
        }
        out[i] = hit ? 1.0 : 0.0;
      }
    }
    return out;
  }

  /**
   * {@code n} Bernoulli(p) draws written into a tensor of {@code dtype}. PyTorch: {@code
   * Tensor.bernoulli_(p)} / {@code torch.bernoulli(input, p)} with a float p (CPU build without
   * MKL, as Debian's and conda-forge's non-MKL builds).
   */
  static double[] bernoulli(Generator g, long n, double p, DType dtype) {
    if (!(0 <= p && p <= 1)) {
      throw new IllegalArgumentException(
          "bernoulli_ expects p to be in [0, 1], but got p=" + cpp(p));
    }
    if (dtype == DType.float16) {
      throw notImplemented("bernoulli_scalar_cpu_", dtype);
    }
    double[] out = new double[size(n)];
    synchronized (g) {
      for (int i = 0; i < out.length; i++) {
        out[i] = unit53(g.nextLong()) < p ? 1.0 : 0.0;
      }
    }
    return out;
  }

  // ========================================= multinomial ==========================================

  /** {@link #multinomial(Generator, double[], int, int, int, boolean, DType)} for float32 probs. */
  static long[] multinomial(
      Generator g, double[] probs, int rows, int categories, int numSamples, boolean replacement) {
    return multinomial(g, probs, rows, categories, numSamples, replacement, DType.float32);
  }

  /**
   * Category indices sampled from each row of the row-major {@code [rows, categories]} weights
   * (need not sum to 1). PyTorch: {@code torch.multinomial(probs, numSamples, replacement)}, result
   * row-major {@code [rows, numSamples]}.
   *
   * <p>With replacement PyTorch binary-searches the normalised cumulative sums with a 53-bit
   * uniform per sample; without replacement it draws {@code q ~ Exp(1)} for every entry and takes
   * the top-k of {@code probs / q} (argmax when one sample is asked for), where ties among zero
   * weights are broken by libstdc++'s partial_sort / nth_element, reproduced here.
   */
  static long[] multinomial(
      Generator g,
      double[] probs,
      int rows,
      int categories,
      int numSamples,
      boolean replacement,
      DType dtype) {
    if (!dtype.is_floating_point()) {
      throw new IllegalArgumentException(
          "multinomial only supports floating-point dtypes for input, got: "
              + dtype.scalarTypeName());
    }
    if (numSamples <= 0) {
      throw new IllegalArgumentException("cannot sample n_sample <= 0 samples");
    }
    if (!replacement && numSamples > categories) {
      throw new IllegalArgumentException(
          "cannot sample n_sample > prob_dist.size(-1) samples without replacement");
    }
    if (categories > (1 << 24)) {
      throw new IllegalArgumentException("number of categories cannot exceed 2^24");
    }
    if (dtype == DType.float16) {
      throw new IllegalArgumentException("multinomial is not implemented for half on CPU");
    }
    if ((long) rows * categories != probs.length) {
      throw new IllegalArgumentException(
          "probs has " + probs.length + " elements, not rows * categories");
    }
    double[] p = new double[probs.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = toDtype(dtype, probs[i]);
    }
    long[] out = new long[Math.multiplyExact(rows, numSamples)];
    synchronized (g) {
      if (!replacement) {
        withoutReplacement(g, p, rows, categories, numSamples, dtype, out);
      } else {
        for (int r = 0; r < rows; r++) {
          withReplacementRow(g, p, r * categories, categories, numSamples, dtype, out, r);
        }
      }
    }
    return out;
  }

  private static void withoutReplacement(
      Generator g, double[] p, int rows, int cats, int k, DType dtype, long[] out) {
    boolean valid = true;
    for (double v : p) {
      valid &= v < Double.POSITIVE_INFINITY && v >= 0;
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "probability tensor contains either `inf`, `nan` or element < 0");
    }
    for (int r = 0; r < rows; r++) {
      boolean allZero = true;
      for (int j = 0; j < cats; j++) {
        allZero &= p[r * cats + j] == 0;
      }
      if (allZero) {
        throw new IllegalArgumentException(
            "invalid multinomial distribution (sum of probabilities <= 0)");
      }
    }
    double[] q = new double[p.length];
    fillExponential(g, q, dtype, 1.0);
    for (int i = 0; i < q.length; i++) {
      q[i] = binaryOp(dtype, p[i] / q[i]);
    }
    topPerRow(q, rows, cats, k, out);
  }

  /**
   * Row by row, the indices of the {@code k} largest {@code p / q} keys as multinomial without
   * replacement picks them: argmax (first maximum, NaN wins) for one sample, else libstdc++'s
   * top-k order.
   */
  static void topPerRow(double[] q, int rows, int cats, int k, long[] out) {
    for (int r = 0; r < rows; r++) {
      int base = r * cats;
      if (k == 1) {
        int best = 0;
        for (int j = 1; j < cats; j++) {
          double a = q[base + best];
          double b = q[base + j];
          if (!Double.isNaN(a) && (Double.isNaN(b) || b > a)) {
            best = j;
          }
        }
        out[r] = best;
      } else {
        StlTopK t = new StlTopK(q, base, cats);
        t.run(k);
        for (int j = 0; j < k; j++) {
          out[r * k + j] = t.ix[j];
        }
      }
    }
  }

  private static void withReplacementRow(
      Generator g, double[] p, int base, int cats, int k, DType dtype, long[] out, int row) {
    double[] cum = new double[cats];
    double sum = 0;
    for (int j = 0; j < cats; j++) {
      double val = p[base + j];
      if (!(val >= 0)) {
        throw new IllegalArgumentException(
            "invalid multinomial distribution (encountering probability entry < 0)");
      }
      if (Double.isInfinite(val)) {
        throw new IllegalArgumentException(
            "invalid multinomial distribution (encountering probability entry = infinity or NaN)");
      }
      sum = accumulate(dtype, sum + val);
      cum[j] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "invalid multinomial distribution (sum of probabilities <= 0)");
    }
    for (int j = 0; j < cats; j++) {
      cum[j] = accumulate(dtype, cum[j] / sum);
    }
    cum[cats - 1] = 1;
    for (int j = 0; j < k; j++) {
      double u = unit53(g.nextLong());
      int left = 0;
      int right = cats;
      while (right - left > 0) {
        int mid = left + (right - left) / 2;
        if (cum[mid] < u) {
          left = mid + 1;
        } else {
          right = mid;
        }
      }
      out[row * k + j] = left;
    }
  }

  /**
   * {@code torch.distributions.Multinomial(totalCount, probs).sample(shape)} for 1-D float32
   * {@code probs}, where {@code shape = (sampleCount,)}, or {@code ()} when {@code sampleCount}
   * is 0. Returns the counts row-major {@code [max(sampleCount, 1), categories]} as float32
   * values.
   *
   * <p>PyTorch normalises {@code probs / probs.sum()} in float32 (Categorical), draws {@code
   * torch.multinomial(probs, totalCount * sampleCount, True)}, views the draws as {@code
   * [totalCount, sampleCount]} and counts per sample.
   */
  static double[] multinomialDistributionSample(
      Generator g, double[] probs, int categories, long totalCount, long sampleCount) {
    if (probs.length != categories) {
      throw new IllegalArgumentException(
          "probs has " + probs.length + " elements, not " + categories);
    }
    float[] pf = new float[categories];
    for (int i = 0; i < categories; i++) {
      pf[i] = (float) probs[i];
      if (!(pf[i] >= 0) || Float.isInfinite(pf[i])) {
        throw new IllegalArgumentException(
            "Expected parameter probs to satisfy the constraint Simplex(), but found invalid"
                + " values");
      }
    }
    float total = Avx2Math.sumFloat(pf);
    double[] norm = new double[categories];
    for (int i = 0; i < categories; i++) {
      norm[i] = pf[i] / total;
    }
    long shape = Math.max(sampleCount, 1);
    long draws = Math.multiplyExact(totalCount, shape);
    if (draws > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many draws: " + draws);
    }
    long[] idx = multinomial(g, norm, 1, categories, (int) draws, true, DType.float32);
    long[] counts = new long[Math.multiplyExact((int) shape, categories)];
    for (int d = 0; d < idx.length; d++) {
      int s = (int) (d % shape);
      counts[s * categories + (int) idx[d]]++;
    }
    double[] out = new double[counts.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) counts[i];
    }
    return out;
  }

  // ======================================== dtype helpers =========================================

  /** Limits PyTorch uses for a floating dtype. */
  private static final class FloatInfo {
    final double max;
    final int digits;

    FloatInfo(double max, int digits) {
      this.max = max;
      this.digits = digits;
    }
  }

  private static final FloatInfo F32 = new FloatInfo(Float.MAX_VALUE, 24);
  private static final FloatInfo F64 = new FloatInfo(Double.MAX_VALUE, 53);
  private static final FloatInfo F16 = new FloatInfo(65504.0, 11);
  private static final FloatInfo BF16 = new FloatInfo(Float.intBitsToFloat(0x7f7f0000), 8);

  private static FloatInfo floatInfo(DType dtype, String kernel) {
    switch (dtype) {
      case float32:
        return F32;
      case float64:
        return F64;
      case float16:
        return F16;
      case bfloat16:
        return BF16;
      default:
        throw notImplemented(kernel, dtype);
    }
  }

  private static void requireFloating(DType dtype, String kernel) {
    floatInfo(dtype, kernel);
  }

  private static IllegalArgumentException notImplemented(String kernel, DType dtype) {
    return new IllegalArgumentException(
        "\"" + kernel + "\" not implemented for '" + dtype.scalarTypeName() + "'");
  }

  private static void checkBounds(double v, String name, FloatInfo fi) {
    if (!(v >= -fi.max && v <= fi.max)) {
      throw new IllegalArgumentException(name + " is out of bounds for " + typeMetaName(fi));
    }
  }

  private static void checkStd(double std) {
    if (!(std >= 0.0)) {
      throw new IllegalArgumentException(
          "normal expects std >= 0.0, but found std " + cpp(std));
    }
  }

  private static String typeMetaName(FloatInfo fi) {
    if (fi == F32) {
      return "float";
    } else if (fi == F64) {
      return "double";
    } else if (fi == F16) {
      return "c10::Half";
    }
    return "c10::BFloat16";
  }

  /** caffe2::TypeMeta names, as PyTorch prints dtypes in bounds errors. */
  private static String typeMetaName(DType dtype) {
    switch (dtype) {
      case float32:
        return "float";
      case float64:
        return "double";
      case float16:
        return "c10::Half";
      case bfloat16:
        return "c10::BFloat16";
      case int64:
        return "long int";
      case int32:
        return "int";
      case int16:
        return "short int";
      case int8:
        return "signed char";
      case uint8:
        return "unsigned char";
      default:
        return "bool";
    }
  }

  private static int size(long n) {
    if (n < 0) {
      throw new IllegalArgumentException(
          "Trying to create tensor with negative dimension " + n + ": [" + n + "]");
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many elements for one array: " + n);
    }
    return (int) n;
  }

  /** The 53-bit uniform of {@code uniform_real_distribution<double>(0, 1)}. */
  private static double unit53(long bits) {
    return (bits & MASK53) * D_TWO_NEG53;
  }

  /** {@code static_cast<scalar_t>(double)}: Half and BFloat16 convert through float. */
  static double toDtype(DType dtype, double v) {
    switch (dtype) {
      case float64:
        return v;
      case float32:
        return (float) v;
      case float16:
      case bfloat16:
        return round(dtype, (float) v);
      default:
        return v;
    }
  }

  /**
   * The result of one elementwise op in {@code dtype} given its exact-enough double result:
   * float16/bfloat16 ops compute in float and round once, which double rounding through a
   * double result cannot change for +, -, *, / (53 >= 2 * 24 + 2).
   */
  private static double binaryOp(DType dtype, double v) {
    return toDtype(dtype, v);
  }

  /** The kernel's accumulator precision: float for float32 and bfloat16, double for float64. */
  private static double accumulate(DType dtype, double v) {
    return dtype == DType.float64 ? v : (float) v;
  }

  /** Rounds a float to a float16 or bfloat16 value, ties to even (c10's conversions). */
  static float round(DType dtype, float f) {
    if (dtype == DType.float16) {
      return Half.roundToHalf(f);
    } else if (dtype == DType.bfloat16) {
      return Half.roundToBf16(f);
    }
    return f;
  }

  /** Formats a double as C++'s {@code std::ostream << double} does (like printf "%g"). */
  static String cpp(double v) {
    if (Double.isNaN(v)) {
      return (Double.doubleToRawLongBits(v) < 0) ? "-nan" : "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    BigDecimal bd = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
    int exp = bd.precision() - bd.scale() - 1;
    if (exp < -4 || exp >= 6) {
      BigDecimal mant = bd.movePointLeft(exp).stripTrailingZeros();
      String m = mant.scale() <= 0 ? mant.toBigInteger().toString() : mant.toPlainString();
      String e = String.valueOf(Math.abs(exp));
      return m + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }
    BigDecimal s = bd.stripTrailingZeros();
    return s.scale() <= 0 ? s.toBigInteger().toString() : s.toPlainString();
  }
}
