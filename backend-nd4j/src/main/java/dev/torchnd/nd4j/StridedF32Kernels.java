package dev.torchnd.nd4j;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.Layout;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Strided float32 kernels over heap arrays: the op is chosen once per row and elements are
 * indexed in the arrays directly, instead of a virtual element accessor and a lambda per element
 * (broadcasting add 1024x1 + 1x1024: 3.6 ms that way).
 */
final class StridedF32Kernels {
  private StridedF32Kernels() {}

  static void binary(
      BinaryOp op, DoubleBinaryOperator f, float[] x, Layout al, float[] y, Layout bl, float[] z,
      Layout ol) {
    Strided.forEachParallel(
        (base, step, n) -> {
          int i = base[0];
          int k = base[1];
          int o = base[2];
          int si = step[0];
          int sk = step[1];
          int so = step[2];
          if (so == 1 && isArith(op) && n >= 16) {
            // Unit or broadcast (stride 0) rows as loops with one index per array, the form C2
            // vectorises: an operand at another offset is first copied into the output row.
            if (si == 1 && sk == 1) {
              if (i == o && k == o) {
                ContiguousF32Kernels.binaryAligned(op, null, x, y, z, o, o + n);
                return;
              }
            } else if (si == 0 && sk == 1) {
              float c = x[i];
              if (y != z || k != o) {
                System.arraycopy(y, k, z, o, n);
              }
              leftScalar(op, c, z, o, o + n);
              return;
            } else if (si == 1 && sk == 0) {
              float c = y[k];
              if (x != z || i != o) {
                System.arraycopy(x, i, z, o, n);
              }
              ContiguousF32Kernels.scalarAligned(op, null, z, c, z, o, o + n);
              return;
            }
          }
          switch (op) {
            case ADD -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = x[i] + y[k];
              }
            }
            case SUB -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = x[i] - y[k];
              }
            }
            case MUL -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = x[i] * y[k];
              }
            }
            case DIV -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = x[i] / y[k];
              }
            }
            default -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (float) f.applyAsDouble(x[i], y[k]);
              }
            }
          }
        },
        al,
        bl,
        ol);
  }

  private static boolean isArith(BinaryOp op) {
    return op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL || op == BinaryOp.DIV;
  }

  /** {@code z[j] = c op z[j]} over {@code [from, to)}. */
  private static void leftScalar(BinaryOp op, float c, float[] z, int from, int to) {
    switch (op) {
      case ADD -> {
        for (int j = from; j < to; j++) {
          z[j] = c + z[j];
        }
      }
      case SUB -> {
        for (int j = from; j < to; j++) {
          z[j] = c - z[j];
        }
      }
      case MUL -> {
        for (int j = from; j < to; j++) {
          z[j] = c * z[j];
        }
      }
      case DIV -> {
        for (int j = from; j < to; j++) {
          z[j] = c / z[j];
        }
      }
      default -> throw new IllegalArgumentException("not arithmetic: " + op);
    }
  }

  /**
   * tanh for float32 inputs, to about 1e-10 relative (so within one float ulp after rounding):
   * an odd Taylor series of expm1 below |2x| = ln2/2, {@code (e - 1) / (e + 1)} with
   * e = exp(2|x|) as 2^k p(r) above, ±1 beyond 10. {@code Math.tanh} costs ~20 ns per element
   * here, this ~3 ns. Not for float64 tensors, which keep {@code Math.tanh}.
   */
  static double tanh(double x) {
    double a = Math.abs(x);
    if (!(a < 10)) {
      return x != x ? x : Math.copySign(1.0, x);
    }
    double y = 2 * a;
    double t;
    if (y < 0.34657359027997264) {
      // expm1(y) by Taylor to y^12 (|y| < 0.35: truncation below 2e-16), then em1 / (em1 + 2).
      double y2 = y * y;
      double y4 = y2 * y2;
      double p01 = 1 + y * 0.5;
      double p23 = 1.0 / 6 + y * (1.0 / 24);
      double p45 = 1.0 / 120 + y * (1.0 / 720);
      double p67 = 1.0 / 5040 + y * (1.0 / 40320);
      double p89 = 1.0 / 362880 + y * (1.0 / 3628800);
      double p1011 = 1.0 / 39916800 + y * (1.0 / 479001600);
      double em1 = y * (p01 + y2 * p23 + y4 * (p45 + y2 * p67 + y4 * (p89 + y2 * p1011)));
      t = em1 / (em1 + 2);
    } else {
      double e = expDouble(y);
      t = (e - 1) / (e + 1);
    }
    return Math.copySign(t, x);
  }

  /** e^y for 0 <= y < 20 to about 1e-11 relative: 2^k p(r), |r| <= ln2/2, degree-9 Taylor. */
  private static double expDouble(double y) {
    double tk = y * 1.4426950408889634 + 6755399441055744.0;
    long k = Double.doubleToRawLongBits(tk) - Double.doubleToRawLongBits(6755399441055744.0);
    double kd = tk - 6755399441055744.0;
    double r = (y - kd * 0.6931471803691238) - kd * 1.9082149292705877e-10;
    double r2 = r * r;
    double r4 = r2 * r2;
    double p01 = 1.0 + r;
    double p23 = 0.5 + r * (1.0 / 6);
    double p45 = 1.0 / 24 + r * (1.0 / 120);
    double p67 = 1.0 / 720 + r * (1.0 / 5040);
    double p89 = 1.0 / 40320 + r * (1.0 / 362880);
    double p = p01 + r2 * p23 + r4 * (p45 + r2 * p67 + r4 * p89);
    return p * Double.longBitsToDouble((k + 1023) << 52);
  }

  /** {@code z = f(x)} over float32 arrays, computed in double and rounded once. */
  static void unary(DoubleUnaryOperator f, float[] x, Layout xl, float[] z, Layout zl) {
    Strided.forEachParallel(
        (base, step, n) -> {
          int i = base[0];
          int o = base[1];
          int si = step[0];
          int so = step[1];
          if (si == 1 && so == 1) {
            for (int j = 0; j < n; j++) {
              z[o + j] = (float) f.applyAsDouble(x[i + j]);
            }
            return;
          }
          for (int j = 0; j < n; j++, i += si, o += so) {
            z[o] = (float) f.applyAsDouble(x[i]);
          }
        },
        xl,
        zl);
  }

  /**
   * Strided copy between float32 arrays; contiguous runs become {@code System.arraycopy}, a
   * broadcast (stride-0) source a fill, and a unit-stride destination with a source stride of 2
   * to 4 (or a unit-stride source into a destination stride of 2) a loop with a constant scale,
   * whose range checks C2 hoists (1022x512 from ::2, one thread: ~200 us against ~550 us for the
   * variable-stride loop; into ::2: 213-245 against 586-672 us).
   */
  static void copy(float[] src, Layout sl, float[] dst, Layout dl) {
    Strided.forEachParallel(
        (base, step, n) -> copyRow(src, base[0], step[0], dst, base[1], step[1], n), sl, dl);
  }

  static void copyRow(float[] src, int i, int si, float[] dst, int o, int so, int n) {
    if (si == 1 && so == 1) {
      System.arraycopy(src, i, dst, o, n);
      return;
    }
    if (si == 0) {
      fillRow(dst, o, so, src[i], n);
      return;
    }
    if (so == 1) {
      switch (si) {
        case 2 -> {
          for (int j = 0; j < n; j++) {
            dst[o + j] = src[i + 2 * j];
          }
          return;
        }
        case 3 -> {
          for (int j = 0; j < n; j++) {
            dst[o + j] = src[i + 3 * j];
          }
          return;
        }
        case 4 -> {
          for (int j = 0; j < n; j++) {
            dst[o + j] = src[i + 4 * j];
          }
          return;
        }
        default -> {}
      }
    }
    if (si == 1 && so == 2) {
      // the write-back of x[..., ::2] = v
      for (int j = 0; j < n; j++) {
        dst[o + 2 * j] = src[i + j];
      }
      return;
    }
    for (int j = 0; j < n; j++, i += si, o += so) {
      dst[o] = src[i];
    }
  }

  /** {@code n} elements from {@code o}, {@code so} apart, set to {@code c}. */
  static void fillRow(float[] dst, int o, int so, float c, int n) {
    if (so == 1) {
      java.util.Arrays.fill(dst, o, o + n, c);
      return;
    }
    if (so == 2) {
      for (int j = 0; j < n; j++) {
        dst[o + 2 * j] = c;
      }
      return;
    }
    for (int j = 0; j < n; j++, o += so) {
      dst[o] = c;
    }
  }

  /** Fill of a strided float32 layout. */
  static void fill(float[] dst, Layout dl, float c) {
    Strided.forEachParallel((base, step, n) -> fillRow(dst, base[0], step[0], c, n), dl);
  }

  /**
   * e^x for float32 as PyTorch computes it ({@link ExpF32}: SLEEF's expf, bit for bit), rows
   * split over threads; the opt-in Vector API body ({@link SimdF32#exp}) gives the same bits.
   */
  static void exp(float[] x, Layout xl, float[] z, Layout zl) {
    Strided.forEachParallel(
        (base, step, n) -> {
          if (Simd.EXP && step[0] == 1 && step[1] == 1) {
            SimdF32.exp(x, base[0], z, base[1], n);
            return;
          }
          ExpF32.exp(x, base[0], step[0], z, base[1], step[1], n);
        },
        xl,
        zl);
  }

  /**
   * Unit-stride comparisons indexed from one loop counter: C2 compiles these to branch-free
   * code, while the strided form below branches per element (1M random floats: ~0.7 ms vs
   * ~2 ms single-threaded).
   */
  private static void compareUnit(
      BinaryOp op, float[] x, int i, float[] y, int k, byte[] z, int o, int n) {
    switch (op) {
      case GT -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] > y[k + j] ? 1 : 0);
        }
      }
      case LT -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] < y[k + j] ? 1 : 0);
        }
      }
      case GE -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] >= y[k + j] ? 1 : 0);
        }
      }
      case LE -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] <= y[k + j] ? 1 : 0);
        }
      }
      case EQ -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] == y[k + j] ? 1 : 0);
        }
      }
      case NE -> {
        for (int j = 0; j < n; j++) {
          z[o + j] = (byte) (x[i + j] != y[k + j] ? 1 : 0);
        }
      }
      default -> throw new IllegalArgumentException("not a comparison: " + op);
    }
  }

  /** Comparison of float32 arrays into a bool byte array, op chosen once per row. */
  static void compare(
      BinaryOp op, float[] x, Layout al, float[] y, Layout bl, byte[] z, int zBase, Layout ol) {
    Strided.forEachParallel(
        (base, step, n) -> {
          int i = base[0];
          int k = base[1];
          int o = base[2] - zBase;
          int si = step[0];
          int sk = step[1];
          int so = step[2];
          if (si == 1 && sk == 1 && so == 1) {
            compareUnit(op, x, i, y, k, z, o, n);
            return;
          }
          switch (op) {
            case GT -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] > y[k] ? 1 : 0);
              }
            }
            case LT -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] < y[k] ? 1 : 0);
              }
            }
            case GE -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] >= y[k] ? 1 : 0);
              }
            }
            case LE -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] <= y[k] ? 1 : 0);
              }
            }
            case EQ -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] == y[k] ? 1 : 0);
              }
            }
            case NE -> {
              for (int j = 0; j < n; j++, i += si, k += sk, o += so) {
                z[o] = (byte) (x[i] != y[k] ? 1 : 0);
              }
            }
            default -> throw new IllegalArgumentException("not a comparison: " + op);
          }
        },
        al,
        bl,
        ol);
  }
}
