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
 * the formulas below fuse multiply-adds where GCC does; float64 normals and exponentials call
 * glibc's {@code log} and {@code sincos}, ported in {@link Libm} (glibc 2.36, FMA variants). A
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
            int digits = fi.digits;
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
    double[] out = reuse ? Scratch.doubles(len) : new double[len];
    if (dtype == DType.float32 && len >= PARALLEL_MIN && threads() > 1) {
      normalFillFloatParallel(g, out, (float) mean, (float) std);
      return out;
    }
    synchronized (g) {
      if (len >= 16) {
        switch (dtype) {
          case float32:
            normalFillFloat(g, out, (float) mean, (float) std);
            break;
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
  private static void normalFillFloat(Generator g, double[] out, float mean, float std) {
    int n = out.length;
    int full = n - n % 16;
    float[] u = new float[Math.min(full, CHUNK)];
    for (int i = 0; i < full; i += CHUNK) {
      int c = Math.min(CHUNK, full - i);
      fillUnit24(g, u, 0, c);
      Avx2.normalFillBlocks(u, c / 16, mean, std, out, i);
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
      Avx2.normalFill16(data, 0, mean, std);
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
  private static void normalFillFloatParallel(Generator g, double[] out, float mean, float std) {
    int n = out.length;
    int full = n - n % 16;
    int chunks = (full + CHUNK - 1) / CHUNK;
    float[] uniforms = Scratch.floats(full);
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
            Avx2.normalFillBlocks(u, len / 16, mean, std, out, i);
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
      Avx2.normalFill16(tail, 0, mean, std);
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

  /**
   * Scalar lane-by-lane replica of {@code normal_fill_16_AVX2} with {@code log256_ps} and {@code
   * sincos256_ps} from {@code avx_mathfun.h}, fused exactly where libtorch's AVX2 build fuses.
   */
  private static final class Avx2 {
    private Avx2() {}

    private static final float ONE = 1.0f;
    private static final float HALF = 0.5f;
    private static final float TWO_PI_F = Float.intBitsToFloat(0x40c90fdb);
    private static final float MIN_NORM_POS = Float.intBitsToFloat(0x00800000);
    private static final int INV_MANT_MASK = ~0x7f800000;
    private static final int SQRTHF_BITS = 0x3f3504f3;
    private static final int ONE_BITS = 0x3f800000;
    // cephes_log_p0 .. p8
    private static final float P0 = Float.intBitsToFloat(0x3d9021bb);
    private static final float P1 = Float.intBitsToFloat(0xbdebd1b8);
    private static final float P2 = Float.intBitsToFloat(0x3def251a);
    private static final float P3 = Float.intBitsToFloat(0xbdfe5d4f);
    private static final float P4 = Float.intBitsToFloat(0x3e11e9bf);
    private static final float P5 = Float.intBitsToFloat(0xbe2aae50);
    private static final float P6 = Float.intBitsToFloat(0x3e4cceac);
    private static final float P7 = Float.intBitsToFloat(0xbe7ffffc);
    private static final float P8 = Float.intBitsToFloat(0x3eaaaaaa);
    private static final float LOG_Q1 = Float.intBitsToFloat(0xb95e8083);
    private static final float LOG_Q2 = Float.intBitsToFloat(0x3f318000);
    private static final float FOPI = Float.intBitsToFloat(0x3fa2f983);
    private static final float MINUS_DP1 = Float.intBitsToFloat(0xbf490000);
    private static final float MINUS_DP2 = Float.intBitsToFloat(0xb97da000);
    private static final float MINUS_DP3 = Float.intBitsToFloat(0xb3222169);
    private static final float COS_P0 = Float.intBitsToFloat(0x37ccf5ce);
    private static final float COS_P1 = Float.intBitsToFloat(0xbab6061a);
    private static final float COS_P2 = Float.intBitsToFloat(0x3d2aaaa5);
    private static final float SIN_P0 = Float.intBitsToFloat(0xb94ca1f9);
    private static final float SIN_P1 = Float.intBitsToFloat(0x3c08839e);
    private static final float SIN_P2 = Float.intBitsToFloat(0xbe2aaaa3);

    /**
     * {@code normal_fill_16_AVX2} over the first {@code blocks} 16-element blocks of the uniforms
     * {@code d}, written to {@code out[off, off + 16 * blocks)}. Same arithmetic as {@link
     * #normalFill16}, bit for bit.
     */
    static void normalFillBlocks(
        float[] d, int blocks, float mean, float std, double[] out, int off) {
      // log256_ps and sincos256_ps specialised to their inputs here: u1 = 1 - u lies in
      // [2^-24, 1], so the invalid-input and denormal-clamp lanes never fire, and theta = 2 pi u
      // lies in [0, 2 pi), so it has no sign and cvtt cannot overflow. One fused pass measured
      // faster than separate log and sincos passes.
      for (int b = 0; b < blocks; b++) {
        int base = b * 16;
        int o = off + base;
        for (int l = 0; l < 8; l++) {
          float r = (float) Math.sqrt(logUnit(ONE - d[base + l]) * -2.0f);
          float x = TWO_PI_F * d[base + l + 8];
          int q = (int) (x * FOPI);
          q = (q + 1) & ~1;
          float y = (float) q;
          int signSin = (q & 4) << 29;
          int polyMask = ((q & 2) >> 1) - 1;
          int signCos = (~(q - 2) & 4) << 29;
          x = Math.fma(y, MINUS_DP1, x);
          x = Math.fma(y, MINUS_DP2, x);
          x = Math.fma(y, MINUS_DP3, x);
          float z = x * x;
          float yc = Math.fma(z, COS_P0, COS_P1);
          yc = Math.fma(z, yc, COS_P2);
          float halfZ = z * HALF;
          yc = z * yc;
          yc = Math.fma(yc, z, -halfZ);
          float ys = Math.fma(SIN_P0, z, SIN_P1);
          ys = Math.fma(z, ys, SIN_P2);
          yc = yc + ONE;
          ys = z * ys;
          ys = Math.fma(ys, x, x);
          float ysin2 = Float.intBitsToFloat(Float.floatToRawIntBits(ys) & polyMask);
          float ysin1 = Float.intBitsToFloat(Float.floatToRawIntBits(yc) & ~polyMask);
          float s = ysin2 + ysin1;
          float c = (ys - ysin2) + (yc - ysin1);
          s = Float.intBitsToFloat(Float.floatToRawIntBits(s) ^ signSin);
          c = Float.intBitsToFloat(Float.floatToRawIntBits(c) ^ signCos);
          out[o + l] = Math.fma(r * c, std, mean);
          out[o + l + 8] = Math.fma(r * s, std, mean);
        }
      }
    }

    /** {@link #log} for {@code x0} in {@code [2^-24, 1]} (normal and positive). */
    private static float logUnit(float x0) {
      int bits = Float.floatToRawIntBits(x0);
      int imm0 = (bits >>> 23) - 0x7f;
      int xb = (bits & INV_MANT_MASK) | 0x3f000000;
      float x = Float.intBitsToFloat(xb);
      float e = (float) imm0 + ONE;
      int mask = (xb - SQRTHF_BITS) >> 31;
      float tmp = Float.intBitsToFloat(xb & mask);
      x = x + -ONE;
      e = e - Float.intBitsToFloat(ONE_BITS & mask);
      x = tmp + x;
      float z = x * x;
      float y = Math.fma(x, P0, P1);
      y = Math.fma(x, y, P2);
      y = Math.fma(x, y, P3);
      y = Math.fma(x, y, P4);
      y = Math.fma(x, y, P5);
      y = Math.fma(x, y, P6);
      y = Math.fma(x, y, P7);
      y = Math.fma(x, y, P8);
      y = x * y;
      y = Math.fma(y, z, e * LOG_Q1);
      y = Math.fma(-z, HALF, y);
      x = x + y;
      return Math.fma(e, LOG_Q2, x);
    }

    /** One 16-element block: lanes j and j + 8 share a Box-Muller pair. */
    static void normalFill16(float[] d, int off, float mean, float std) {
      for (int j = off; j < off + 8; j++) {
        float radius = (float) Math.sqrt(log(ONE - d[j]) * -2.0f);
        long sc = sincos(TWO_PI_F * d[j + 8]);
        d[j] = Math.fma(radius * Float.intBitsToFloat((int) sc), std, mean);
        d[j + 8] = Math.fma(radius * Float.intBitsToFloat((int) (sc >>> 32)), std, mean);
      }
    }

    /** {@code sincos256_ps}, one lane: cos bits in the low word, sin bits in the high word. */
    static long sincos(float theta) {
      int signSin = Float.floatToRawIntBits(theta) & 0x80000000;
      float x = Math.abs(theta);
      int q = cvtt(x * FOPI);
      q = (q + 1) & ~1;
      float y = (float) q;
      signSin ^= (q & 4) << 29;
      int polyMask = ((q & 2) >> 1) - 1; // all ones where (q & 2) == 0
      int signCos = (~(q - 2) & 4) << 29;
      x = Math.fma(y, MINUS_DP1, x);
      x = Math.fma(y, MINUS_DP2, x);
      x = Math.fma(y, MINUS_DP3, x);
      float z = x * x;
      float yc = Math.fma(z, COS_P0, COS_P1);
      yc = Math.fma(z, yc, COS_P2);
      float halfZ = z * HALF;
      yc = z * yc;
      yc = Math.fma(yc, z, -halfZ);
      float ys = Math.fma(SIN_P0, z, SIN_P1);
      ys = Math.fma(z, ys, SIN_P2);
      yc = yc + ONE;
      ys = z * ys;
      ys = Math.fma(ys, x, x);
      // and / andnot masks as in the AVX code (branch-free: the quadrant is random), so the
      // unselected side is +0.0.
      float ysin2 = Float.intBitsToFloat(Float.floatToRawIntBits(ys) & polyMask);
      float ysin1 = Float.intBitsToFloat(Float.floatToRawIntBits(yc) & ~polyMask);
      float s = ysin2 + ysin1;
      float c = (ys - ysin2) + (yc - ysin1);
      int sinBits = Float.floatToRawIntBits(s) ^ signSin;
      int cosBits = Float.floatToRawIntBits(c) ^ signCos;
      return ((long) sinBits << 32) | Integer.toUnsignedLong(cosBits);
    }

    /** {@code log256_ps}, one lane. */
    static float log(float x0) {
      boolean invalid = x0 <= 0f;
      float x = x0 > MIN_NORM_POS ? x0 : MIN_NORM_POS;
      int bits = Float.floatToRawIntBits(x);
      int imm0 = (bits >>> 23) - 0x7f;
      x = Float.intBitsToFloat((bits & INV_MANT_MASK) | 0x3f000000);
      float e = (float) imm0 + ONE;
      // x is in [0.5, 1), where float order is int order: mask = all ones where x < SQRTHF.
      int mask = (Float.floatToRawIntBits(x) - SQRTHF_BITS) >> 31;
      float tmp = Float.intBitsToFloat(Float.floatToRawIntBits(x) & mask);
      x = x + -ONE;
      e = e - Float.intBitsToFloat(ONE_BITS & mask);
      x = tmp + x;
      float z = x * x;
      float y = Math.fma(x, P0, P1);
      y = Math.fma(x, y, P2);
      y = Math.fma(x, y, P3);
      y = Math.fma(x, y, P4);
      y = Math.fma(x, y, P5);
      y = Math.fma(x, y, P6);
      y = Math.fma(x, y, P7);
      y = Math.fma(x, y, P8);
      y = x * y;
      y = Math.fma(y, z, e * LOG_Q1);
      y = Math.fma(-z, HALF, y);
      x = x + y;
      x = Math.fma(e, LOG_Q2, x);
      return invalid ? Float.intBitsToFloat(0xffffffff) : x;
    }

    /** {@code cvttps2dq}: truncation, with x86's 0x80000000 for NaN and out-of-range lanes. */
    private static int cvtt(float v) {
      if (Float.isNaN(v) || v >= 0x1p31f || v < -0x1p31f) {
        return Integer.MIN_VALUE;
      }
      return (int) v;
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
        TopK t = new TopK(q, base, cats);
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
    float total = sumFloat(pf);
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

  /**
   * {@code torch.sum} of a contiguous 1-D float32 tensor on one thread with AVX2: PyTorch's
   * cascade sum over 8-lane vectors (4-way ILP, 4 levels), the tail added in order, then the
   * lanes. Categorical's normalisation divides by exactly this value.
   */
  static float sumFloat(float[] a) {
    int n = a.length;
    final int lanes = 8;
    if (n < lanes) {
      float[] s = rowSum(a, 0, 1, 1, n);
      return 0f + s[0];
    }
    int vecSize = n / lanes;
    float[] vec = rowSum(a, 0, lanes, lanes, vecSize);
    float acc = 0f;
    for (int k = vecSize * lanes; k < n; k++) {
      acc += a[k];
    }
    for (int k = 0; k < lanes; k++) {
      acc += vec[k];
    }
    return 0f + acc;
  }

  /** {@code row_sum}: sums {@code size} groups of {@code lanes} floats spaced by {@code stride}. */
  private static float[] rowSum(float[] a, int base, int stride, int lanes, long size) {
    final int ilp = 4;
    long sizeIlp = size / ilp;
    float[][] partial = multiRowSum(a, base, stride * ilp, stride, ilp, lanes, sizeIlp);
    for (long i = sizeIlp * ilp; i < size; i++) {
      for (int l = 0; l < lanes; l++) {
        partial[0][l] += a[(int) (base + i * stride + l)];
      }
    }
    for (int k = 1; k < ilp; k++) {
      for (int l = 0; l < lanes; l++) {
        partial[0][l] += partial[k][l];
      }
    }
    return partial[0];
  }

  private static float[][] multiRowSum(
      float[] a, int base, int rowStride, int colStride, int nrows, int lanes, long size) {
    final int levels = 4;
    int levelPower = Math.max(4, ceilLog2(size) / levels);
    long levelStep = 1L << levelPower;
    long levelMask = levelStep - 1;
    float[][][] acc = new float[levels][nrows][lanes];
    long i = 0;
    while (i + levelStep <= size) {
      for (long j = 0; j < levelStep; ++j, ++i) {
        addRow(acc[0], a, base + i * rowStride, colStride, nrows, lanes);
      }
      for (int j = 1; j < levels; ++j) {
        for (int k = 0; k < nrows; k++) {
          for (int l = 0; l < lanes; l++) {
            acc[j][k][l] += acc[j - 1][k][l];
            acc[j - 1][k][l] = 0f;
          }
        }
        long mask = levelMask << (j * levelPower);
        if ((i & mask) != 0) {
          break;
        }
      }
    }
    for (; i < size; ++i) {
      addRow(acc[0], a, base + i * rowStride, colStride, nrows, lanes);
    }
    for (int j = 1; j < levels; ++j) {
      for (int k = 0; k < nrows; k++) {
        for (int l = 0; l < lanes; l++) {
          acc[0][k][l] += acc[j][k][l];
        }
      }
    }
    return acc[0];
  }

  private static void addRow(
      float[][] acc, float[] a, long rowBase, int colStride, int nrows, int lanes) {
    for (int k = 0; k < nrows; k++) {
      for (int l = 0; l < lanes; l++) {
        acc[k][l] += a[(int) (rowBase + (long) k * colStride + l)];
      }
    }
  }

  private static int ceilLog2(long x) {
    if (x <= 2) {
      return 1;
    }
    return 64 - Long.numberOfLeadingZeros(x - 1);
  }

  /**
   * {@code topk(largest=true, sorted=true)} on one row as PyTorch's CPU kernel does it: a queue of
   * (value, index) pairs ordered by libstdc++ (GCC 12) {@code std::partial_sort} when {@code k * 64
   * <= n}, else {@code std::nth_element} followed by {@code std::sort} of the first k-1. Ported
   * step by step so equal values (zero weights) come out in the same order.
   */
  private static final class TopK {
    final double[] v;
    final int[] ix;

    TopK(double[] src, int base, int n) {
      v = new double[n];
      ix = new int[n];
      for (int j = 0; j < n; j++) {
        v[j] = src[base + j];
        ix[j] = j;
      }
    }

    void run(int k) {
      int n = v.length;
      if (k * 64L <= n) {
        partialSort(0, k, n);
      } else {
        nthElement(0, k - 1, n);
        sort(0, k - 1);
      }
    }

    private static boolean comp(double x, double y) {
      return (Double.isNaN(x) && !Double.isNaN(y)) || x > y;
    }

    private boolean comp(int a, int b) {
      return comp(v[a], v[b]);
    }

    private void swap(int a, int b) {
      double tv = v[a];
      v[a] = v[b];
      v[b] = tv;
      int ti = ix[a];
      ix[a] = ix[b];
      ix[b] = ti;
    }

    private void move(int to, int from) {
      v[to] = v[from];
      ix[to] = ix[from];
    }

    private static int lg(int n) {
      return 31 - Integer.numberOfLeadingZeros(n);
    }

    private void partialSort(int first, int middle, int last) {
      heapSelect(first, middle, last);
      sortHeap(first, middle);
    }

    private void heapSelect(int first, int middle, int last) {
      makeHeap(first, middle);
      for (int i = middle; i < last; ++i) {
        if (comp(i, first)) {
          popHeap(first, middle, i);
        }
      }
    }

    private void makeHeap(int first, int last) {
      int len = last - first;
      if (len < 2) {
        return;
      }
      int parent = (len - 2) / 2;
      while (true) {
        adjustHeap(first, parent, len, v[first + parent], ix[first + parent]);
        if (parent == 0) {
          return;
        }
        parent--;
      }
    }

    private void popHeap(int first, int last, int result) {
      double val = v[result];
      int vi = ix[result];
      move(result, first);
      adjustHeap(first, 0, last - first, val, vi);
    }

    private void adjustHeap(int first, int holeIndex, int len, double val, int vi) {
      int topIndex = holeIndex;
      int secondChild = holeIndex;
      while (secondChild < (len - 1) / 2) {
        secondChild = 2 * (secondChild + 1);
        if (comp(first + secondChild, first + (secondChild - 1))) {
          secondChild--;
        }
        move(first + holeIndex, first + secondChild);
        holeIndex = secondChild;
      }
      if ((len & 1) == 0 && secondChild == (len - 2) / 2) {
        secondChild = 2 * (secondChild + 1);
        move(first + holeIndex, first + (secondChild - 1));
        holeIndex = secondChild - 1;
      }
      int parent = (holeIndex - 1) / 2;
      while (holeIndex > topIndex && comp(v[first + parent], val)) {
        move(first + holeIndex, first + parent);
        holeIndex = parent;
        parent = (holeIndex - 1) / 2;
      }
      v[first + holeIndex] = val;
      ix[first + holeIndex] = vi;
    }

    private void sortHeap(int first, int last) {
      while (last - first > 1) {
        --last;
        popHeap(first, last, last);
      }
    }

    private void nthElement(int first, int nth, int last) {
      if (first == last || nth == last) {
        return;
      }
      int depthLimit = lg(last - first) * 2;
      while (last - first > 3) {
        if (depthLimit == 0) {
          heapSelect(first, nth + 1, last);
          swap(first, nth);
          return;
        }
        --depthLimit;
        int cut = unguardedPartitionPivot(first, last);
        if (cut <= nth) {
          first = cut;
        } else {
          last = cut;
        }
      }
      insertionSort(first, last);
    }

    private int unguardedPartitionPivot(int first, int last) {
      int mid = first + (last - first) / 2;
      moveMedianToFirst(first, first + 1, mid, last - 1);
      return unguardedPartition(first + 1, last, first);
    }

    private void moveMedianToFirst(int result, int a, int b, int c) {
      if (comp(a, b)) {
        if (comp(b, c)) {
          swap(result, b);
        } else if (comp(a, c)) {
          swap(result, c);
        } else {
          swap(result, a);
        }
      } else if (comp(a, c)) {
        swap(result, a);
      } else if (comp(b, c)) {
        swap(result, c);
      } else {
        swap(result, b);
      }
    }

    private int unguardedPartition(int first, int last, int pivot) {
      while (true) {
        while (comp(first, pivot)) {
          ++first;
        }
        --last;
        while (comp(pivot, last)) {
          --last;
        }
        if (!(first < last)) {
          return first;
        }
        swap(first, last);
        ++first;
      }
    }

    private void insertionSort(int first, int last) {
      if (first == last) {
        return;
      }
      for (int i = first + 1; i != last; ++i) {
        if (comp(i, first)) {
          double val = v[i];
          int vi = ix[i];
          for (int j = i; j > first; j--) {
            move(j, j - 1);
          }
          v[first] = val;
          ix[first] = vi;
        } else {
          unguardedLinearInsert(i);
        }
      }
    }

    private void unguardedLinearInsert(int last) {
      double val = v[last];
      int vi = ix[last];
      int next = last - 1;
      while (comp(val, v[next])) {
        move(last, next);
        last = next;
        --next;
      }
      v[last] = val;
      ix[last] = vi;
    }

    private void sort(int first, int last) {
      if (first == last) {
        return;
      }
      introsortLoop(first, last, lg(last - first) * 2);
      if (last - first > 16) {
        insertionSort(first, first + 16);
        for (int i = first + 16; i != last; ++i) {
          unguardedLinearInsert(i);
        }
      } else {
        insertionSort(first, last);
      }
    }

    private void introsortLoop(int first, int last, int depthLimit) {
      while (last - first > 16) {
        if (depthLimit == 0) {
          partialSort(first, last, last);
          return;
        }
        --depthLimit;
        int cut = unguardedPartitionPivot(first, last);
        introsortLoop(cut, last, depthLimit);
        last = cut;
      }
    }
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

  // ============================================= libm =============================================

  /**
   * Bit-exact ports of the glibc 2.36 routines PyTorch's float64 samplers call, in the FMA
   * variants x86-64 glibc selects on AVX2 CPUs ({@code __log_fma}, {@code __sincos_fma}, {@code
   * __sin_fma}): same tables, same operation order, {@code Math.fma} wherever GCC contracted.
   * Java's own {@code Math.log} / {@code Math.sin} differ from glibc in about 0.1% of results.
   */
  static final class Libm {
    private Libm() {}

    // __log_data: ln2hi, ln2lo, poly[5], poly1[11], tab[128] {invc, logc}.
    private static final double LN2HI = Double.longBitsToDouble(0x3fe62e42fefa3800L);
    private static final double LN2LO = Double.longBitsToDouble(0x3d2ef35793c76730L);
    private static final double A0 = Double.longBitsToDouble(0xbfe0000000000001L);
    private static final double A1 = Double.longBitsToDouble(0x3fd555555551305bL);
    private static final double A2 = Double.longBitsToDouble(0xbfcfffffffeb4590L);
    private static final double A3 = Double.longBitsToDouble(0x3fc999b324f10111L);
    private static final double A4 = Double.longBitsToDouble(0xbfc55575e506c89fL);
    private static final double B0 = Double.longBitsToDouble(0xbfe0000000000000L);
    private static final double B1 = Double.longBitsToDouble(0x3fd5555555555577L);
    private static final double B2 = Double.longBitsToDouble(0xbfcffffffffffdcbL);
    private static final double B3 = Double.longBitsToDouble(0x3fc999999995dd0cL);
    private static final double B4 = Double.longBitsToDouble(0xbfc55555556745a7L);
    private static final double B5 = Double.longBitsToDouble(0x3fc24924a344de30L);
    private static final double B6 = Double.longBitsToDouble(0xbfbfffffa4423d65L);
    private static final double B7 = Double.longBitsToDouble(0x3fbc7184282ad6caL);
    private static final double B8 = Double.longBitsToDouble(0xbfb999eb43b068ffL);
    private static final double B9 = Double.longBitsToDouble(0x3fb78182f7afd085L);
    private static final double B10 = Double.longBitsToDouble(0xbfb5521375d145cdL);
    private static final long[] LOG_TAB = {
      0x3ff734f0c3e0de9fL, 0xbfd7cc7f79e69000L, 0x3ff713786a2ce91fL, 0xbfd76feec20d0000L,
      0x3ff6f26008fab5a0L, 0xbfd713e31351e000L, 0x3ff6d1a61f138c7dL, 0xbfd6b85b38287800L,
      0x3ff6b1490bc5b4d1L, 0xbfd65d5590807800L, 0x3ff69147332f0cbaL, 0xbfd602d076180000L,
      0x3ff6719f18224223L, 0xbfd5a8ca86909000L, 0x3ff6524f99a51ed9L, 0xbfd54f4356035000L,
      0x3ff63356aa8f24c4L, 0xbfd4f637c36b4000L, 0x3ff614b36b9ddc14L, 0xbfd49da7fda85000L,
      0x3ff5f66452c65c4cL, 0xbfd445923989a800L, 0x3ff5d867b5912c4fL, 0xbfd3edf439b0b800L,
      0x3ff5babccb5b90deL, 0xbfd396ce448f7000L, 0x3ff59d61f2d91a78L, 0xbfd3401e17bda000L,
      0x3ff5805612465687L, 0xbfd2e9e2ef468000L, 0x3ff56397cee76bd3L, 0xbfd2941b3830e000L,
      0x3ff54725e2a77f93L, 0xbfd23ec58cda8800L, 0x3ff52aff42064583L, 0xbfd1e9e129279000L,
      0x3ff50f22dbb2bddfL, 0xbfd1956d2b48f800L, 0x3ff4f38f4734ded7L, 0xbfd141679ab9f800L,
      0x3ff4d843cfde2840L, 0xbfd0edd094ef9800L, 0x3ff4bd3ec078a3c8L, 0xbfd09aa518db1000L,
      0x3ff4a27fc3e0258aL, 0xbfd047e65263b800L, 0x3ff4880524d48434L, 0xbfcfeb224586f000L,
      0x3ff46dce1b192d0bL, 0xbfcf474a7517b000L, 0x3ff453d9d3391854L, 0xbfcea4443d103000L,
      0x3ff43a2744b4845aL, 0xbfce020d44e9b000L, 0x3ff420b54115f8fbL, 0xbfcd60a22977f000L,
      0x3ff40782da3ef4b1L, 0xbfccc00104959000L, 0x3ff3ee8f5d57fe8fL, 0xbfcc202956891000L,
      0x3ff3d5d9a00b4ce9L, 0xbfcb81178d811000L, 0x3ff3bd60c010c12bL, 0xbfcae2c9ccd3d000L,
      0x3ff3a5242b75dab8L, 0xbfca45402e129000L, 0x3ff38d22cd9fd002L, 0xbfc9a877681df000L,
      0x3ff3755bc5847a1cL, 0xbfc90c6d69483000L, 0x3ff35dce49ad36e2L, 0xbfc87120a645c000L,
      0x3ff34679984dd440L, 0xbfc7d68fb4143000L, 0x3ff32f5cceffcb24L, 0xbfc73cb83c627000L,
      0x3ff3187775a10d49L, 0xbfc6a39a9b376000L, 0x3ff301c8373e3990L, 0xbfc60b3154b7a000L,
      0x3ff2eb4ebb95f841L, 0xbfc5737d76243000L, 0x3ff2d50a0219a9d1L, 0xbfc4dc7b8fc23000L,
      0x3ff2bef9a8b7fd2aL, 0xbfc4462c51d20000L, 0x3ff2a91c7a0c1babL, 0xbfc3b08abc830000L,
      0x3ff293726014b530L, 0xbfc31b996b490000L, 0x3ff27dfa5757a1f5L, 0xbfc2875490a44000L,
      0x3ff268b39b1d3bbfL, 0xbfc1f3b9f879a000L, 0x3ff2539d838ff5bdL, 0xbfc160c8252ca000L,
      0x3ff23eb7aac9083bL, 0xbfc0ce7f57f72000L, 0x3ff22a012ba940b6L, 0xbfc03cdc49fea000L,
      0x3ff2157996cc4132L, 0xbfbf57bdbc4b8000L, 0x3ff201201dd2fc9bL, 0xbfbe370896404000L,
      0x3ff1ecf4494d480bL, 0xbfbd17983ef94000L, 0x3ff1d8f5528f6569L, 0xbfbbf9674ed8a000L,
      0x3ff1c52311577e7cL, 0xbfbadc79202f6000L, 0x3ff1b17c74cb26e9L, 0xbfb9c0c3e7288000L,
      0x3ff19e010c2c1ab6L, 0xbfb8a646b372c000L, 0x3ff18ab07bb670bdL, 0xbfb78d01b3ac0000L,
      0x3ff1778a25efbcb6L, 0xbfb674f145380000L, 0x3ff1648d354c31daL, 0xbfb55e0e6d878000L,
      0x3ff151b990275fddL, 0xbfb4485cdea1e000L, 0x3ff13f0ea432d24cL, 0xbfb333d94d6aa000L,
      0x3ff12c8b7210f9daL, 0xbfb22079f8c56000L, 0x3ff11a3028ecb531L, 0xbfb10e4698622000L,
      0x3ff107fbda8434afL, 0xbfaffa6c6ad20000L, 0x3ff0f5ee0f4e6bb3L, 0xbfadda8d4a774000L,
      0x3ff0e4065d2a9fceL, 0xbfabbcece4850000L, 0x3ff0d244632ca521L, 0xbfa9a1894012c000L,
      0x3ff0c0a77ce2981aL, 0xbfa788583302c000L, 0x3ff0af2f83c636d1L, 0xbfa5715e67d68000L,
      0x3ff09ddb98a01339L, 0xbfa35c8a49658000L, 0x3ff08cabaf52e7dfL, 0xbfa149e364154000L,
      0x3ff07b9f2f4e28fbL, 0xbf9e72c082eb8000L, 0x3ff06ab58c358f19L, 0xbf9a55f152528000L,
      0x3ff059eea5ecf92cL, 0xbf963d62cf818000L, 0x3ff04949cdd12c90L, 0xbf9228fb8caa0000L,
      0x3ff038c6c6f0ada9L, 0xbf8c317b20f90000L, 0x3ff02865137932a9L, 0xbf8419355daa0000L,
      0x3ff0182427ea7348L, 0xbf781203c2ec0000L, 0x3ff008040614b195L, 0xbf60040979240000L,
      0x3fefe01ff726fa1aL, 0x3f6feff384900000L, 0x3fefa11cc261ea74L, 0x3f87dc41353d0000L,
      0x3fef6310b081992eL, 0x3f93cea3c4c28000L, 0x3fef25f63ceeadcdL, 0x3f9b9fc114890000L,
      0x3feee9c8039113e7L, 0x3fa1b0d8ce110000L, 0x3feeae8078cbb1abL, 0x3fa58a5bd001c000L,
      0x3fee741aa29d0c9bL, 0x3fa95c8340d88000L, 0x3fee3a91830a99b5L, 0x3fad276aef578000L,
      0x3fee01e009609a56L, 0x3fb07598e598c000L, 0x3fedca01e577bb98L, 0x3fb253f5e30d2000L,
      0x3fed92f20b7c9103L, 0x3fb42edd8b380000L, 0x3fed5cac66fb5cceL, 0x3fb606598757c000L,
      0x3fed272caa5ede9dL, 0x3fb7da76356a0000L, 0x3fecf26e3e6b2ccdL, 0x3fb9ab434e1c6000L,
      0x3fecbe6da2a77902L, 0x3fbb78c7bb0d6000L, 0x3fec8b266d37086dL, 0x3fbd431332e72000L,
      0x3fec5894bd5d5804L, 0x3fbf0a3171de6000L, 0x3fec26b533bb9f8cL, 0x3fc067152b914000L,
      0x3febf583eeece73fL, 0x3fc147858292b000L, 0x3febc4fd75db96c1L, 0x3fc2266ecdca3000L,
      0x3feb951e0c864a28L, 0x3fc303d7a6c55000L, 0x3feb65e2c5ef3e2cL, 0x3fc3dfc33c331000L,
      0x3feb374867c9888bL, 0x3fc4ba366b7a8000L, 0x3feb094b211d304aL, 0x3fc5933928d1f000L,
      0x3feadbe885f2ef7eL, 0x3fc66acd2418f000L, 0x3feaaf1d31603da2L, 0x3fc740f8ec669000L,
      0x3fea82e63fd358a7L, 0x3fc815c0f51af000L, 0x3fea5740ef09738bL, 0x3fc8e92954f68000L,
      0x3fea2c2a90ab4b27L, 0x3fc9bb3602f84000L, 0x3fea01a01393f2d1L, 0x3fca8bed1c2c0000L,
      0x3fe9d79f24db3c1bL, 0x3fcb5b515c01d000L, 0x3fe9ae2505c7b190L, 0x3fcc2967ccbcc000L,
      0x3fe9852ef297ce2fL, 0x3fccf635d5486000L, 0x3fe95cbaeea44b75L, 0x3fcdc1bd3446c000L,
      0x3fe934c69de74838L, 0x3fce8c01b8cfe000L, 0x3fe90d4f2f6752e6L, 0x3fcf5509c0179000L,
      0x3fe8e6528effd79dL, 0x3fd00e6c121fb800L, 0x3fe8bfce9fcc007cL, 0x3fd071b80e93d000L,
      0x3fe899c0dabec30eL, 0x3fd0d46b9e867000L, 0x3fe87427aa2317fbL, 0x3fd13687334bd000L,
      0x3fe84f00acb39a08L, 0x3fd1980d67234800L, 0x3fe82a49e8653e55L, 0x3fd1f8ffe0cc8000L,
      0x3fe8060195f40260L, 0x3fd2595fd7636800L, 0x3fe7e22563e0a329L, 0x3fd2b9300914a800L,
      0x3fe7beb377dcb5adL, 0x3fd3187210436000L, 0x3fe79baa679725c2L, 0x3fd377266dec1800L,
      0x3fe77907f2170657L, 0x3fd3d54ffbaf3000L, 0x3fe756cadbd6130cL, 0x3fd432eee32fe000L,
    };
    private static final double[] INVC = new double[128];
    private static final double[] LOGC = new double[128];

    static {
      for (int i = 0; i < 128; i++) {
        INVC[i] = Double.longBitsToDouble(LOG_TAB[2 * i]);
        LOGC[i] = Double.longBitsToDouble(LOG_TAB[2 * i + 1]);
      }
    }

    /** glibc {@code log} ({@code __log_fma}). */
    static double log(double x) {
      long ix = Double.doubleToRawLongBits(x);
      int top = (int) (ix >>> 48);
      final long lo = 0x3fee000000000000L; // asuint64(1.0 - 0x1p-4)
      final long hi = 0x3ff1090000000000L; // asuint64(1.0 + 0x1.09p-4)
      if (Long.compareUnsigned(ix - lo, hi - lo) < 0) {
        if (ix == 0x3ff0000000000000L) {
          return 0;
        }
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double y = Math.fma(r3, B10, Math.fma(r2, B9, Math.fma(r, B8, B7)));
        y = Math.fma(y, r3, Math.fma(r2, B6, Math.fma(r, B5, B4)));
        y = Math.fma(y, r3, Math.fma(r2, B3, Math.fma(r, B2, B1)));
        double w = r * 0x1p27;
        double rhi = r + w - w;
        double rlo = r - rhi;
        double rr = rhi * rhi;
        double h = Math.fma(rr, B0, r);
        double l = Math.fma(rr, B0, r - h);
        l = Math.fma(B0 * rlo, r + rhi, l);
        y = Math.fma(y, r3, l);
        return h + y;
      }
      if (Integer.compareUnsigned(top - 0x0010, 0x7ff0 - 0x0010) >= 0) {
        if (ix * 2 == 0) {
          return Double.NEGATIVE_INFINITY;
        }
        if (ix == 0x7ff0000000000000L) {
          return x;
        }
        if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) {
          return Double.NaN;
        }
        ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
      }
      long tmp = ix - 0x3fe6000000000000L;
      int i = (int) ((tmp >>> 45) & 127);
      int k = (int) (tmp >> 52);
      long iz = ix - (tmp & (0xfffL << 52));
      double z = Double.longBitsToDouble(iz);
      double r = Math.fma(z, INVC[i], -1.0);
      double kd = k;
      double w = Math.fma(kd, LN2HI, LOGC[i]);
      double h = r + w;
      double l = Math.fma(kd, LN2LO, (w - h) + r);
      double r2 = r * r;
      double p = Math.fma(Math.fma(r, A4, A3), r2, Math.fma(r, A2, A1));
      double y = Math.fma(r * r2, p, Math.fma(r2, A0, l));
      return y + h;
    }

    // s_sin.c constants
    private static final double BIG = Double.longBitsToDouble(0x42c8000000000000L);
    private static final double HP0 = Double.longBitsToDouble(0x3ff921fb54442d18L);
    private static final double HP1 = Double.longBitsToDouble(0x3c91a62633145c07L);
    private static final double SN3 = Double.longBitsToDouble(0xbfc5555555555515L);
    private static final double SN5 = Double.longBitsToDouble(0x3f811110e829872fL);
    private static final double CS2 = 0.5;
    private static final double CS4 = Double.longBitsToDouble(0xbfa5555555555535L);
    private static final double CS6 = Double.longBitsToDouble(0x3f56c16bedd9e239L);
    private static final double S1 = Double.longBitsToDouble(0xbfc5555555555555L);
    private static final double S2 = Double.longBitsToDouble(0x3f81111111110eceL);
    private static final double S3 = Double.longBitsToDouble(0xbf2a01a019db08b8L);
    private static final double S4 = Double.longBitsToDouble(0x3ec71de27b9a7ed9L);
    private static final double S5 = Double.longBitsToDouble(0xbe5addffc2fcdf59L);
    private static final double HPINV = Double.longBitsToDouble(0x3fe45f306dc9c883L);
    private static final double TOINT = Double.longBitsToDouble(0x4338000000000000L);
    private static final double MP1 = Double.longBitsToDouble(0x3ff921fb58000000L);
    private static final double MP2 = Double.longBitsToDouble(0xbe4dde973c000000L);
    private static final double PP3 = Double.longBitsToDouble(0xbc8cb3b398000000L);
    private static final double PP4 = Double.longBitsToDouble(0xbacd747f23e32ed7L);
    private static final double[] SINCOS_TAB = new double[440];
    private static final long[] SINCOS_BITS = {
      0x0000000000000000L, 0x0000000000000000L, 0x3ff0000000000000L, 0x0000000000000000L,
      0x3f7fffeaaaaeeeefL, 0xbc1e45e2ec67b77cL, 0x3fefffc000155552L, 0x3c8f4a01a0196daeL,
      0x3f8fffaaaaeeeed5L, 0xbc02ab639a9f0777L, 0x3fefff000155549fL, 0x3c828a28a03a5ef3L,
      0x3f97ff7001033255L, 0x3bfefe2b51527336L, 0x3feffdc006bff7e6L, 0x3c8ae6dae86977bdL,
      0x3f9ffeaaaeeee86fL, 0xbc3cd406fb224ae2L, 0x3feffc00155527d3L, 0xbc83b54492d89b5bL,
      0x3fa3feb2b12d45d5L, 0x3c34ec54203d1c11L, 0x3feff9c03414a7baL, 0x3c6991f4be6c59bfL,
      0x3fa7fdc01032fba9L, 0xbc4599bdf46e997aL, 0x3feff7006bfdf99fL, 0xbc78b3b560648d5fL,
      0x3fabfc6d78586dacL, 0x3c18e4fd03dbf236L, 0x3feff3c0c8103a31L, 0x3c74856dbddc0e66L,
      0x3faffaaaeeed4edbL, 0xbc42d16d32684b69L, 0x3feff0015549f4d3L, 0x3c8328387b99426fL,
      0x3fb1fc343d808befL, 0xbc5f3d32e6f3be4fL, 0x3fefebc222a8ef9fL, 0x3c57934934f54c77L,
      0x3fb3facb12d1755bL, 0xbc5921915299468cL, 0x3fefe7034129ef6fL, 0xbc6cbf4337c96f97L,
      0x3fb5f911fd10b737L, 0xbc50184f02be9102L, 0x3fefe1c4c3c873ebL, 0xbc35a9c9057c4a02L,
      0x3fb7f701032550e4L, 0x3c3afc2d1800501aL, 0x3fefdc06bf7e6b9bL, 0x3c831902b535f8dbL,
      0x3fb9f4902d55d1f9L, 0x3c52696d7eac1dc1L, 0x3fefd5c94b43e000L, 0xbc62e768cb4f92f9L,
      0x3fbbf1b78568391dL, 0x3c5e91841dea4cc8L, 0x3fefcf0c800e99b1L, 0x3c6ea3d786d186acL,
      0x3fbdee6f16c1cce6L, 0xbc450f8e2fb71673L, 0x3fefc7d078d1bc88L, 0x3c8075d2447db685L,
      0x3fbfeaaeee86ee36L, 0xbc4afcb2bcc6f03bL, 0x3fefc015527d5bd3L, 0x3c8b68f35094efb8L,
      0x3fc0f3378ddd71d1L, 0x3c6d8468724f0f9eL, 0x3fefb7db2bfe0695L, 0x3c821dadf4f65ab1L,
      0x3fc1f0d3d7afceafL, 0xbc66ef95099769a5L, 0x3fefaf22263c4bd3L, 0xbc552ace133a2769L,
      0x3fc2ee285e4ab88fL, 0xbc6e4d0f05dee058L, 0x3fefa5ea641c36f2L, 0x3c404da6ed17cc7cL,
      0x3fc3eb312c5d66cbL, 0x3c647d666b66cb91L, 0x3fef9c340a7cc428L, 0x3c8c5b6b063b7462L,
      0x3fc4e7ea4dc5f27bL, 0x3c5949db2ac072fcL, 0x3fef91ff40374d01L, 0xbc67d03f4d3a9e4cL,
      0x3fc5e44fcfa126f3L, 0xbc66f443063f89b6L, 0x3fef874c2e1eecf6L, 0xbc8c6514e1332b16L,
      0x3fc6e05dc05a4d4cL, 0xbbd32c5c8b81c940L, 0x3fef7c1afeffde24L, 0xbc78f55bc47540b1L,
      0x3fc7dc102fbaf2b5L, 0x3c45ab50e23c97c3L, 0x3fef706bdf9ece1cL, 0xbc8698c80c36dcb4L,
      0x3fc8d7632efaa944L, 0xbc620fa262cbb953L, 0x3fef643efeb82acdL, 0x3c76b00ac1fe28acL,
      0x3fc9d252d0cec312L, 0x3c59c43d80b1137dL, 0x3fef57948cff6797L, 0x3c6e3a0d3e03b1d5L,
      0x3fcaccdb297a0765L, 0xbc59883b57d6cdebL, 0x3fef4a6cbd1e3a79L, 0x3c813df0edaebb57L,
      0x3fcbc6f84edc6199L, 0x3c69c1a56a7b0cabL, 0x3fef3cc7c3b3d16eL, 0xbc621a3ad28a3494L,
      0x3fccc0a6588289a3L, 0xbc6868d09bc87c6bL, 0x3fef2ea5d753ffedL, 0x3c8cc4215f56d583L,
      0x3fcdb9e15fb5a5d0L, 0xbc632e20d6cc6fc2L, 0x3fef20073086649fL, 0x3c7b940416c1984bL,
      0x3fceb2a57f8ae5a3L, 0xbc60be06af572cebL, 0x3fef10ec09c5873bL, 0x3c8d9072762c1283L,
      0x3fcfaaeed4f31577L, 0xbc615d88508e32b8L, 0x3fef01549f7deea1L, 0x3c8d3c1e99e5cafdL,
      0x3fd0515cbf65155cL, 0xbc79b8c29dfd8ec8L, 0x3feef141300d2f26L, 0xbc82aa1b08ded372L,
      0x3fd0cd00cef36436L, 0xbc79fb0a0c93e2b5L, 0x3feee0b1fbc0f11cL, 0xbc4bfd2380bbc3b1L,
      0x3fd14861aa94ddebL, 0xbc6be881b5b615a4L, 0x3feecfa744d5efa1L, 0xbc556d0a4af541d0L,
      0x3fd1c37d64c6b876L, 0x3c746076fe0dcff5L, 0x3feebe214f76efa8L, 0xbc802f9f12ba543eL,
      0x3fd23e52111aaf36L, 0xbc74f080334eff18L, 0x3feeac2061bbaf4fL, 0x3c62c1d53e94658dL,
      0x3fd2b8ddc43eb49fL, 0x3c61553899f2d807L, 0x3fee99a4c3a7cd83L, 0xbc82264b1bc53ce8L,
      0x3fd3331e94049f87L, 0x3c7e0cb6b40c302cL, 0x3fee86aebf29a9edL, 0x3c89397afdbb58a7L,
      0x3fd3ad129769d3d8L, 0x3c003d5504878398L, 0x3fee733ea0193d40L, 0xbc86428b3546ce13L,
      0x3fd426b7e69ee697L, 0xbc7f09c75705c59fL, 0x3fee5f54b436e9d0L, 0x3c87eb0fd02fc8bcL,
      0x3fd4a00c9b0f3d20L, 0x3c7823ba6bb08eadL, 0x3fee4af14b2a449cL, 0xbc868ca02e8a6833L,
      0x3fd5190ecf68a77aL, 0x3c7b357155eef0f3L, 0x3fee3614b680d6a5L, 0xbc727793aa015237L,
      0x3fd591bc9fa2f597L, 0x3c67c74bac3fe0cbL, 0x3fee20bf49acd6c1L, 0xbc5660aec7ef636cL,
      0x3fd60a1429078775L, 0x3c5b1fd80ba89133L, 0x3fee0af15a03dbceL, 0x3c5fe8e702771ae6L,
      0x3fd682138a38d7f7L, 0xbc7d889202444aadL, 0x3fedf4ab3ebd875eL, 0xbc8e2d8a7e6736c4L,
      0x3fd6f9b8e33a0255L, 0x3c742bc14ee9da0dL, 0x3feddded50f228d6L, 0xbc6e80c8d42ba2bfL,
      0x3fd7710255764214L, 0xbc66ead7314bb6ceL, 0x3fedc6b7eb995912L, 0x3c54b364776dcd35L,
      0x3fd7e7ee03c86d4eL, 0xbc7b63bcdabf5af2L, 0x3fedaf0b6b888e83L, 0x3c8a249e2b5e5ceaL,
      0x3fd85e7a12826949L, 0x3c78a40e9b5face0L, 0x3fed96e82f71a9dcL, 0x3c8ff61bd5d2039dL,
      0x3fd8d4a4a774992fL, 0x3c744a02ea766326L, 0x3fed7e4e97e17b4aL, 0xbc63b770352bed94L,
      0x3fd94a6be9f546c5L, 0xbc769ce13e683f58L, 0x3fed653f073e4040L, 0xbc876236434bec37L,
      0x3fd9bfce02e80510L, 0x3c709e39a320b0a4L, 0x3fed4bb9e1c619e0L, 0x3c8f34bb77858f61L,
      0x3fda34c91cc50ccaL, 0xbc5a310e3b50cecdL, 0x3fed31bf8d8d7c06L, 0x3c7e60dd3089cbddL,
      0x3fdaa95b63a09277L, 0xbc66293eb13c0381L, 0x3fed1750727d94f0L, 0x3c80d52b1ec1a48eL,
      0x3fdb1d8305321617L, 0xbc7ae242cb99f519L, 0x3fecfc6cfa52ad9fL, 0x3c88b5b5508f2a0dL,
      0x3fdb913e30dbac43L, 0xbc7e38ad2f6c3ff1L, 0x3fece115909a82e5L, 0x3c81f139bb31109aL,
      0x3fdc048b17b140a3L, 0x3c619fe6757e9fa7L, 0x3fecc54aa2b2972eL, 0x3c64ee162ba83a98L,
      0x3fdc7767ec7fd19eL, 0xbc5eb14d1a3d5826L, 0x3feca90c9fc67d0bL, 0xbc646a81485e3462L,
      0x3fdce9d2e3d4a51fL, 0xbc62fc8a12dae298L, 0x3fec8c5bf8ce1a84L, 0x3c7ab3d1a1590123L,
      0x3fdd5bca34047661L, 0x3c728a44a75fc29cL, 0x3fec6f39208be53bL, 0xbc8741dbfbaadb42L,
      0x3fddcd4c15329c9aL, 0x3c70d4c6e171fd9aL, 0x3fec51a48b8b175eL, 0xbc61bbb43b9aa880L,
      0x3fde3e56c1582a69L, 0xbc50a4821099f88fL, 0x3fec339eb01ddd81L, 0xbc8caaf5ee82c5c0L,
      0x3fdeaee8744b05f0L, 0xbc5789b43c9b027dL, 0x3fec1528065b7d50L, 0xbc8892111312e828L,
      0x3fdf1eff6bc4f97bL, 0x3c717212f8a7525cL, 0x3febf641081e7536L, 0x3c8b7bd71628a9a1L,
      0x3fdf8e99e76abc97L, 0x3c59d950af2d00a3L, 0x3febd6ea310294f5L, 0x3c731bbcc88c109dL,
      0x3fdffdb628d2f57aL, 0x3c6f4a992e905b6aL, 0x3febb723fe630f32L, 0x3c772bd2452d0a39L,
      0x3fe0362939c69955L, 0xbc82d8cd78397b01L, 0x3feb96eeef58840eL, 0x3c545a3cc78fade0L,
      0x3fe06d3686946e5bL, 0x3c83f5ae4538ff1bL, 0x3feb764b84b704c2L, 0xbc8f5848c21b389bL,
      0x3fe0a4021e9e1001L, 0xbc86f643a13914f6L, 0x3feb553a410c104eL, 0x3c58ff7947027a16L,
      0x3fe0da8b26b5672eL, 0xbc8a58def0bee909L, 0x3feb33bba89c8948L, 0x3c8ea6a51d1f6ca9L,
      0x3fe110d0c4b69c3bL, 0x3c8d918998809981L, 0x3feb11d04162a4c6L, 0x3c71dd561efbc0c2L,
      0x3fe146d21f8b7f82L, 0x3c7bf9535e2739a8L, 0x3feaef78930bd275L, 0xbc7f836279746f94L,
      0x3fe17c8e5f2eedb0L, 0x3c635e57102e2488L, 0x3feaccb526f69de5L, 0x3c88fb6a8dd6b6ccL,
      0x3fe1b204acb02fddL, 0xbc5f190c70cbb5ffL, 0x3feaa98688308913L, 0xbc0b83d607cd5070L,
      0x3fe1e7343236574cL, 0x3c722a3fa4f41d5aL, 0x3fea85ed4373e02dL, 0x3c69be06385ec792L,
      0x3fe21c1c1b0394cfL, 0x3c5e5b324b23aa31L, 0x3fea61e9e72586afL, 0x3c858330e2fd453fL,
      0x3fe250bb93788bbbL, 0x3c7ea3d02457bcceL, 0x3fea3d7d0352bdcfL, 0xbc868dbaeca19669L,
      0x3fe28511c917a067L, 0xbc801df1d9a16b70L, 0x3fea18a729aee445L, 0x3c395e25736c0358L,
      0x3fe2b91dea88421eL, 0xbc8fa371db216ab0L, 0x3fe9f368ed912f85L, 0xbc81d200c5791606L,
      0x3fe2ecdf279a3082L, 0x3c8d3557e0e7e37eL, 0x3fe9cdc2e3f25e5cL, 0x3c83f99112993f62L,
      0x3fe32054b148bc4fL, 0x3c8f6b42095a135bL, 0x3fe9a7b5a36a6514L, 0x3c8722cfcc9fa7a9L,
      0x3fe3537db9be0367L, 0x3c6b327e7af040f0L, 0x3fe98141c42e1310L, 0x3c8d1ff80488f08dL,
      0x3fe386597456282bL, 0xbc710fada93b07a8L, 0x3fe95a67e00cb1fdL, 0xbc80befda21f862dL,
      0x3fe3b8e715a2840aL, 0xbc797653a7d2f07bL, 0x3fe93328926d9e92L, 0xbc8bb77003600cdaL,
      0x3fe3eb25d36cd53aL, 0xbc5be570e1570fc0L, 0x3fe90b84784ddaf7L, 0xbc70feb10ab93b87L,
      0x3fe41d14e4ba6790L, 0x3c84608fd287ecf5L, 0x3fe8e37c303d9ad1L, 0xbc6463a4b53d4bf8L,
      0x3fe44eb381cf386bL, 0xbc83ed6c1e6a5505L, 0x3fe8bb105a5dc900L, 0x3c8863e03e9474c1L,
      0x3fe48000e431159fL, 0xbc8b194a7463ed10L, 0x3fe89241985d871fL, 0x3c8c48d9c413ed84L,
      0x3fe4b0fc46aab761L, 0x3c20da05738cc59aL, 0x3fe869108d77a6c6L, 0x3c7338ffe2bfe9ddL,
      0x3fe4e1a4e54ed51bL, 0xbc8a492f89b7c76aL, 0x3fe83f7dde701ca0L, 0xbc4152cf609bc6e8L,
      0x3fe511f9fd7b351cL, 0xbc85c0e861c48831L, 0x3fe8158a31916d5dL, 0xbc6de8b90b8228deL,
      0x3fe541facddbb724L, 0x3c7232c28520d391L, 0x3fe7eb362eaa1488L, 0x3c5a1d65a4a5959fL,
      0x3fe571a6966d59b3L, 0x3c5c843b4d0fb198L, 0x3fe7c0827f09e54fL, 0xbc6c73d6d72aee68L,
      0x3fe5a0fc98813a12L, 0xbc8d82e2b7d4227bL, 0x3fe7956fcd7f6543L, 0xbc8ab276e9d45ae4L,
      0x3fe5cffc16bf8f0dL, 0x3c896cb370eb578aL, 0x3fe769fec655211fL, 0xbc6827d5cf8c68c5L,
      0x3fe5fea4552a9e57L, 0x3c80b6cef7ee20b7L, 0x3fe73e30174efba1L, 0xbc65d3ae3d94ad5fL,
      0x3fe62cf49921ac79L, 0xbc8edd9855b6241aL, 0x3fe712046fa77678L, 0x3c8425b0a5029c81L,
      0x3fe65aec2963e755L, 0x3c8126f96b71053cL, 0x3fe6e57c800cf55eL, 0x3c860286dedbd0a6L,
      0x3fe6888a4e134b2fL, 0xbc86b7d37644d5e6L, 0x3fe6b898fa9efb5dL, 0x3c715ac786ccf4b2L,
      0x3fe6b5ce50b7821aL, 0xbc65d5158f702e0fL, 0x3fe68b5a92eb6253L, 0xbc89a91ad985f89cL,
      0x3fe6e2b77c40bde1L, 0xbc70e729857fad53L, 0x3fe65dc1fdeb8cbaL, 0xbc597c1b47337c77L,
      0x3fe70f451d0a8c40L, 0x3c697ede3885770dL, 0x3fe62fcff20191c7L, 0x3c6d9143895756efL,
      0x3fe73b7680dea578L, 0xbc72248306dc12a2L, 0x3fe6018526f563dfL, 0x3c846ca5e0e432d0L,
      0x3fe7674af6f7b524L, 0x3c7e9d3f94ac84a8L, 0x3fe5d2e255f1f17aL, 0x3c80314104c8892bL,
      0x3fe792c1d0041d52L, 0xbc8abf05eeb354ebL, 0x3fe5a3e839824077L, 0x3c8428aa2759be62L,
      0x3fe7bdda5e28b3c2L, 0x3c4ad1197ccd0393L, 0x3fe574978d8e83f2L, 0x3c8f4714af282d23L,
      0x3fe7e893f5037959L, 0x3c80eefbaa650c4cL, 0x3fe544f10f592ca5L, 0xbc8e7ae8e6c7a62fL,
      0x3fe812ede9ae4ba4L, 0xbc87830adf402ddaL, 0x3fe514f57d7bf3daL, 0x3c747a108073c259L,
    };

    static {
      for (int i = 0; i < SINCOS_TAB.length; i++) {
        SINCOS_TAB[i] = Double.longBitsToDouble(SINCOS_BITS[i]);
      }
    }

    /** glibc {@code sincos} ({@code __sincos_fma}): {@code sc[0] = sin(x)}, {@code sc[1] = cos(x)}. */
    static void sincos(double x, double[] sc) {
      int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
      if (k < 0x400368fd) {
        if (k < 0x3e400000) {
          sc[0] = x;
          sc[1] = 1.0;
          return;
        }
        if (k < 0x3feb6000) {
          sc[0] = doSin(x, 0.0);
          sc[1] = doCos(x, 0.0);
          return;
        }
        double y = HP0 - Math.abs(x);
        double a = y + HP1;
        double da = (y - a) + HP1;
        sc[0] = Math.copySign(doCos(a, da), x);
        sc[1] = doSin(a, da);
        return;
      }
      if (k >= 0x7ff00000) {
        sc[0] = x / x;
        sc[1] = x / x;
        return;
      }
      if (k >= 0x419921FB) {
        // |x| >= 105414350 needs glibc's __branred, which is not ported; no sampler gets here.
        sc[0] = StrictMath.sin(x);
        sc[1] = StrictMath.cos(x);
        return;
      }
      double[] ad = new double[2];
      int n = reduceSincos(x, ad) & 3;
      double a = ad[0];
      double da = ad[1];
      if (n == 1 || n == 2) {
        a = -a;
        da = -da;
      }
      double s = doSin(a, da);
      double c = doCos(a, da);
      if ((n & 2) != 0) {
        c = -c;
      }
      if ((n & 1) != 0) {
        sc[0] = c;
        sc[1] = s;
      } else {
        sc[0] = s;
        sc[1] = c;
      }
    }

    /** glibc {@code sin} ({@code __sin_fma}); differs from sincos only for 0.855 <= |x| < 2.426. */
    static double sin(double x) {
      int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
      if (k >= 0x3feb6000 && k < 0x400368fd) {
        double t = HP0 - Math.abs(x);
        return Math.copySign(doCos(t, HP1), x);
      }
      if (k < 0x3e500000) {
        return x;
      }
      double[] sc = new double[2];
      sincos(x, sc);
      return sc[0];
    }

    // __logf_data: tab[16] {invc, logc}, ln2, poly[3].
    private static final long[] LOGF_TAB = {
      0x3ff661ec79f8f3beL, 0xbfd57bf7808caadeL, 0x3ff571ed4aaf883dL, 0xbfd2bef0a7c06ddbL,
      0x3ff49539f0f010b0L, 0xbfd01eae7f513a67L, 0x3ff3c995b0b80385L, 0xbfcb31d8a68224e9L,
      0x3ff30d190c8864a5L, 0xbfc6574f0ac07758L, 0x3ff25e227b0b8ea0L, 0xbfc1aa2bc79c8100L,
      0x3ff1bb4a4a1a343fL, 0xbfba4e76ce8c0e5eL, 0x3ff12358f08ae5baL, 0xbfb1973c5a611cccL,
      0x3ff0953f419900a7L, 0xbfa252f438e10c1eL, 0x3ff0000000000000L, 0x0000000000000000L,
      0x3fee608cfd9a47acL, 0x3faaa5aa5df25984L, 0x3feca4b31f026aa0L, 0x3fbc5e53aa362eb4L,
      0x3feb2036576afce6L, 0x3fc526e57720db08L, 0x3fe9c2d163a1aa2dL, 0x3fcbc2860d224770L,
      0x3fe886e6037841edL, 0x3fd1058bc8a07ee1L, 0x3fe767dcf5534862L, 0x3fd4043057b6ee09L,
    };
    private static final double LOGF_LN2 = Double.longBitsToDouble(0x3fe62e42fefa39efL);
    private static final double LOGF_A0 = Double.longBitsToDouble(0xbfd00ea348b88334L);
    private static final double LOGF_A1 = Double.longBitsToDouble(0x3fd5575b0be00b6aL);
    private static final double LOGF_A2 = Double.longBitsToDouble(0xbfdffffef20a4123L);

    /** glibc {@code logf} ({@code __logf_fma}): evaluated in double, rounded once. */
    static float logf(float x) {
      int ix = Float.floatToRawIntBits(x);
      if (ix == 0x3f800000) {
        return 0f;
      }
      if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
        if (ix * 2 == 0) {
          return Float.NEGATIVE_INFINITY;
        }
        if (ix == 0x7f800000) {
          return x;
        }
        if ((ix & 0x80000000) != 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) {
          return Float.NaN;
        }
        ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23);
      }
      int tmp = ix - 0x3f330000;
      int i = (tmp >>> 19) & 15;
      int k = tmp >> 23;
      int iz = ix - (tmp & 0xff800000);
      double z = Float.intBitsToFloat(iz);
      double r = Math.fma(z, Double.longBitsToDouble(LOGF_TAB[2 * i]), -1.0);
      double y0 = Math.fma(k, LOGF_LN2, Double.longBitsToDouble(LOGF_TAB[2 * i + 1]));
      double r2 = r * r;
      double y = Math.fma(r, LOGF_A1, LOGF_A2);
      y = Math.fma(r2, LOGF_A0, y);
      y = Math.fma(r2, y, r + y0);
      return (float) y;
    }

    // __sincosf_table[0]; entry 1 is the same with the cosine coefficients negated.
    private static final double[] SINCOSF_SIGN = {1.0, -1.0, -1.0, 1.0};
    private static final double SINCOSF_HPI_INV = Double.longBitsToDouble(0x41645f306dc9c883L);
    private static final double SINCOSF_HPI = Double.longBitsToDouble(0x3ff921fb54442d18L);
    private static final double SF_C0 = 1.0;
    private static final double SF_C1 = Double.longBitsToDouble(0xbfdffffffd0c621cL);
    private static final double SF_C2 = Double.longBitsToDouble(0x3fa55553e1068f19L);
    private static final double SF_C3 = Double.longBitsToDouble(0xbf56c087e89a359dL);
    private static final double SF_C4 = Double.longBitsToDouble(0x3ef99343027bf8c3L);
    private static final double SF_S1 = Double.longBitsToDouble(0xbfc555545995a603L);
    private static final double SF_S2 = Double.longBitsToDouble(0x3f81107605230bc4L);
    private static final double SF_S3 = Double.longBitsToDouble(0xbf2994eb3774cf24L);

    /** glibc {@code sincosf} ({@code __sincosf_fma}): {@code sc[0] = sin(y)}, {@code sc[1] = cos(y)}. */
    static void sincosf(float y, float[] sc) {
      double x = y;
      int top = (Float.floatToRawIntBits(y) >>> 20) & 0x7ff;
      if (top <= 0x3f3) {
        if (top <= 0x397) {
          sc[0] = y;
          sc[1] = 1f;
          return;
        }
        sincosfPoly(x, x * x, 1.0, sc, 0);
      } else if (top <= 0x42e) {
        int n = (((int) (x * SINCOSF_HPI_INV)) + 0x800000) >> 24;
        double r = Math.fma(-(double) n, SINCOSF_HPI, x);
        double s = SINCOSF_SIGN[n & 3];
        sincosfPoly(r * s, r * r, (n & 2) != 0 ? -1.0 : 1.0, sc, n & 1);
      } else if (top < 0x7f8) {
        // |y| >= 120 needs the 4/pi table reduction, which is not ported; no sampler gets here.
        sc[0] = (float) StrictMath.sin(y);
        sc[1] = (float) StrictMath.cos(y);
      } else {
        sc[0] = y - y;
        sc[1] = y - y;
      }
    }

    private static void sincosfPoly(double x, double x2, double cosSign, float[] sc, int swap) {
      double x3 = x * x2;
      double x4 = x2 * x2;
      double x5 = x2 * x3;
      double x6 = x2 * x4;
      double c1 = Math.fma(x2, cosSign * SF_C1, cosSign * SF_C0);
      double s1 = Math.fma(x2, SF_S3, SF_S2);
      double c2 = Math.fma(x2, cosSign * SF_C4, cosSign * SF_C3);
      double s = Math.fma(x3, SF_S1, x);
      double c = Math.fma(x4, cosSign * SF_C2, c1);
      float sin = (float) Math.fma(s1, x5, s);
      float cos = (float) Math.fma(c2, x6, c);
      sc[swap] = sin;
      sc[1 - swap] = cos;
    }

    private static int reduceSincos(double x, double[] ad) {
      double t = Math.fma(x, HPINV, TOINT);
      double xn = t - TOINT;
      int n = (int) Double.doubleToRawLongBits(t) & 3;
      double y = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
      double t2 = Math.fma(-xn, PP3, y);
      double db = Math.fma(-xn, PP3, y - t2);
      double b = Math.fma(-xn, PP4, t2);
      db = db + Math.fma(-xn, PP4, t2 - b);
      ad[0] = b;
      ad[1] = db;
      return n;
    }

    private static double doSin(double x, double dx) {
      if (Math.abs(x) < 0.126) {
        double xx = x * x;
        double p = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
        double t = Math.fma(xx, Math.fma(p, x, -(0.5 * dx)), dx);
        return x + t;
      }
      if (x <= 0) {
        dx = -dx;
      }
      double ax = Math.abs(x);
      double u = BIG + ax;
      double xr = ax - (u - BIG);
      int k = ((int) Double.doubleToRawLongBits(u)) << 2;
      double sn = SINCOS_TAB[k];
      double ssn = SINCOS_TAB[k + 1];
      double cs = SINCOS_TAB[k + 2];
      double ccs = SINCOS_TAB[k + 3];
      double xx = xr * xr;
      double s = Math.fma(xx * xr, Math.fma(xx, SN5, SN3), dx) + xr;
      double c = Math.fma(dx, xr, xx * Math.fma(Math.fma(xx, CS6, CS4), xx, CS2));
      double cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
      return Math.copySign(cor + sn, x);
    }

    private static double doCos(double x, double dx) {
      if (x < 0) {
        dx = -dx;
      }
      double ax = Math.abs(x);
      double u = BIG + ax;
      double xr = ax - (u - BIG) + dx;
      int k = ((int) Double.doubleToRawLongBits(u)) << 2;
      double sn = SINCOS_TAB[k];
      double ssn = SINCOS_TAB[k + 1];
      double cs = SINCOS_TAB[k + 2];
      double ccs = SINCOS_TAB[k + 3];
      double xx = xr * xr;
      double s = Math.fma(xr * xx, Math.fma(xx, SN5, SN3), xr);
      double c = xx * Math.fma(Math.fma(xx, CS6, CS4), xx, CS2);
      double cor = Math.fma(-s, sn, Math.fma(-cs, c, Math.fma(-s, ssn, ccs)));
      return cs + cor;
    }
  }
}
