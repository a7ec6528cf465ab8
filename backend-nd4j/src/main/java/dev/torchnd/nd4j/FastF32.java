package dev.torchnd.nd4j;

import dev.torchnd.BinaryOp;
import dev.torchnd.Layout;
import java.util.function.DoubleBinaryOperator;

/**
 * Strided float32 kernels over heap arrays: the op is chosen once per row and elements are
 * indexed in the arrays directly, instead of a virtual element accessor and a lambda per element
 * (broadcasting add 1024x1 + 1x1024: 3.6 ms that way).
 */
final class FastF32 {
  private FastF32() {}

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
                Fast.binaryAligned(op, null, x, y, z, o, o + n);
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
              Fast.scalarAligned(op, null, z, c, z, o, o + n);
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

  /** Strided copy between float32 arrays; contiguous runs become {@code System.arraycopy}. */
  static void copy(float[] src, Layout sl, float[] dst, Layout dl) {
    Strided.forEachParallel(
        (base, step, n) -> {
          if (step[0] == 1 && step[1] == 1) {
            System.arraycopy(src, base[0], dst, base[1], n);
            return;
          }
          int i = base[0];
          int o = base[1];
          for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
            dst[o] = src[i];
          }
        },
        sl,
        dl);
  }

  /**
   * e^x for float32, computed in double as 2^k * p(r) with |r| <= ln2/2 and a degree-9 Taylor
   * polynomial (relative error below 1e-11), then rounded once to float: correctly rounded except
   * in rare ties, i.e. within PyTorch's own 1-ulp vectorised exp. {@code Math.exp} measured
   * 20 ns per element on this CPU; this loop is several times faster.
   */
  static void exp(float[] x, Layout xl, float[] z, Layout zl) {
    Strided.forEachParallel(
        (base, step, n) -> {
          int i = base[0];
          int o = base[1];
          for (int j = 0; j < n; j++, i += step[0], o += step[1]) {
            z[o] = expf(x[i]);
          }
        },
        xl,
        zl);
  }

  private static final double LN2_HI = 0.6931471803691238;
  private static final double LN2_LO = 1.9082149292705877e-10;
  private static final double INV_LN2 = 1.4426950408889634;

  static float expf(float xf) {
    double x = xf;
    if (!(x < 88.8)) {
      return x != x ? xf : Float.POSITIVE_INFINITY;
    }
    if (x < -104.0) {
      return 0f;
    }
    // k = round(x / ln2) by the 1.5 * 2^52 trick (no Math.rint call); r = x - k ln2 exactly.
    double t = x * INV_LN2 + 6755399441055744.0;
    long k = Double.doubleToRawLongBits(t) - Double.doubleToRawLongBits(6755399441055744.0);
    double kd = t - 6755399441055744.0;
    double r = (x - kd * LN2_HI) - kd * LN2_LO;
    // Degree-9 Taylor polynomial by Estrin's scheme: short dependency chains (error < 1e-11).
    double r2 = r * r;
    double r4 = r2 * r2;
    double p01 = 1.0 + r;
    double p23 = 0.5 + r * (1.0 / 6);
    double p45 = 1.0 / 24 + r * (1.0 / 120);
    double p67 = 1.0 / 720 + r * (1.0 / 5040);
    double p89 = 1.0 / 40320 + r * (1.0 / 362880);
    double p = p01 + r2 * p23 + r4 * (p45 + r2 * p67 + r4 * p89);
    return (float) (p * Double.longBitsToDouble((k + 1023) << 52));
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
