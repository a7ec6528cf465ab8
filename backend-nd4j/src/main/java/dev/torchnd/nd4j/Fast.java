package dev.torchnd.nd4j;

import dev.torchnd.BinaryOp;
import java.nio.FloatBuffer;
import java.util.function.DoubleBinaryOperator;

/** Contiguous float32 loops with the op hoisted out of the loop, so the JIT can vectorise them. */
final class Fast {
  private Fast() {}

  static void binaryF32(
      BinaryOp op, DoubleBinaryOperator f, Access.F32 x, int xo, Access.F32 y, int yo,
      Access.F32 z, int zo, int n) {
    if (x.arr != null && y.arr != null && z.arr != null) {
      binaryArrays(op, f, x.arr, xo, y.arr, yo, z.arr, zo, n);
      return;
    }
    FloatBuffer a = x.b;
    FloatBuffer b = y.b;
    FloatBuffer c = z.b;
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          c.put(zo + i, a.get(xo + i) + b.get(yo + i));
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          c.put(zo + i, a.get(xo + i) - b.get(yo + i));
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          c.put(zo + i, a.get(xo + i) * b.get(yo + i));
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          c.put(zo + i, a.get(xo + i) / b.get(yo + i));
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          c.put(zo + i, (float) f.applyAsDouble(a.get(xo + i), b.get(yo + i)));
        }
      }
    }
  }

  /** {@code z = op(x, c)} for contiguous float32 {@code x} and a broadcast scalar {@code c}. */
  static void binaryF32Scalar(
      BinaryOp op, DoubleBinaryOperator f, Access.F32 x, int xo, float c, Access.F32 z, int zo,
      int n) {
    if (x.arr != null && z.arr != null) {
      scalarArrays(op, f, x.arr, xo, c, z.arr, zo, n);
      return;
    }
    FloatBuffer a = x.b;
    FloatBuffer o = z.b;
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          o.put(zo + i, a.get(xo + i) + c);
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          o.put(zo + i, a.get(xo + i) - c);
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          o.put(zo + i, a.get(xo + i) * c);
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          o.put(zo + i, a.get(xo + i) / c);
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          o.put(zo + i, (float) f.applyAsDouble(a.get(xo + i), c));
        }
      }
    }
  }

  private static void binaryArrays(
      BinaryOp op, DoubleBinaryOperator f, float[] a, int ao, float[] b, int bo, float[] c, int co,
      int n) {
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] + b[bo + i];
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] - b[bo + i];
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] * b[bo + i];
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] / b[bo + i];
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = (float) f.applyAsDouble(a[ao + i], b[bo + i]);
        }
      }
    }
  }

  private static void scalarArrays(
      BinaryOp op, DoubleBinaryOperator f, float[] a, int ao, float s, float[] c, int co, int n) {
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] + s;
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] - s;
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] * s;
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = a[ao + i] / s;
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          c[co + i] = (float) f.applyAsDouble(a[ao + i], s);
        }
      }
    }
  }
}
