package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Half;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Typed element access over a native buffer. Every dtype reads as double and as long; writes
 * convert the way a C++ static_cast does in PyTorch (floats truncate toward zero into integers,
 * integers wrap, anything non-zero is {@code true}).
 */
abstract class Access {
  abstract double getD(int i);

  abstract long getL(int i);

  abstract void setD(int i, double v);

  abstract void setL(int i, long v);

  static Access of(DType dtype, ByteBuffer bb) {
    return switch (dtype) {
      case float32 -> new F32(bb.asFloatBuffer());
      case float64 -> new F64(bb.asDoubleBuffer());
      case float16 -> new F16(bb.asShortBuffer());
      case bfloat16 -> new BF16(bb.asShortBuffer());
      case int64 -> new I64(bb.asLongBuffer());
      case int32 -> new I32(bb.asIntBuffer());
      case int16 -> new I16(bb.asShortBuffer());
      case int8 -> new I8(bb);
      case uint8 -> new U8(bb);
      case bool -> new B8(bb);
    };
  }

  /** C++ float-to-integer conversion: truncate toward zero (NaN and overflow are UB there). */
  static long truncToLong(double v) {
    return (long) v;
  }

  static final class F32 extends Access {
    final FloatBuffer b;
    /** The backing array of a heap storage (null for native memory): hot loops index it directly. */
    final float[] arr;

    F32(FloatBuffer b) {
      this.b = b;
      this.arr = null;
    }

    F32(float[] arr) {
      this.b = FloatBuffer.wrap(arr);
      this.arr = arr;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return truncToLong(b.get(i));
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (float) v);
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (float) v);
    }
  }

  static final class F64 extends Access {
    final DoubleBuffer b;
    /** The backing array of a heap storage (null for native memory). */
    final double[] arr;

    F64(DoubleBuffer b) {
      this.b = b;
      this.arr = null;
    }

    F64(double[] arr) {
      this.b = DoubleBuffer.wrap(arr);
      this.arr = arr;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return truncToLong(b.get(i));
    }

    @Override
    void setD(int i, double v) {
      b.put(i, v);
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (double) v);
    }
  }

  static final class F16 extends Access {
    final ShortBuffer b;

    F16(ShortBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return Half.halfToFloat(b.get(i));
    }

    @Override
    long getL(int i) {
      return truncToLong(getD(i));
    }

    @Override
    void setD(int i, double v) {
      b.put(i, Half.floatToHalf((float) v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, Half.floatToHalf((float) v));
    }
  }

  static final class BF16 extends Access {
    final ShortBuffer b;

    BF16(ShortBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return Half.bf16ToFloat(b.get(i));
    }

    @Override
    long getL(int i) {
      return truncToLong(getD(i));
    }

    @Override
    void setD(int i, double v) {
      b.put(i, Half.floatToBf16((float) v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, Half.floatToBf16((float) v));
    }
  }

  static final class I64 extends Access {
    final LongBuffer b;

    I64(LongBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return b.get(i);
    }

    @Override
    void setD(int i, double v) {
      b.put(i, truncToLong(v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, v);
    }
  }

  static final class I32 extends Access {
    final IntBuffer b;

    I32(IntBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return b.get(i);
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (int) truncToLong(v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (int) v);
    }
  }

  static final class I16 extends Access {
    final ShortBuffer b;

    I16(ShortBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return b.get(i);
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (short) truncToLong(v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (short) v);
    }
  }

  static final class I8 extends Access {
    final ByteBuffer b;

    I8(ByteBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i);
    }

    @Override
    long getL(int i) {
      return b.get(i);
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (byte) truncToLong(v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (byte) v);
    }
  }

  static final class U8 extends Access {
    final ByteBuffer b;

    U8(ByteBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i) & 0xff;
    }

    @Override
    long getL(int i) {
      return b.get(i) & 0xff;
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (byte) truncToLong(v));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (byte) v);
    }
  }

  static final class B8 extends Access {
    final ByteBuffer b;

    B8(ByteBuffer b) {
      this.b = b;
    }

    @Override
    double getD(int i) {
      return b.get(i) != 0 ? 1 : 0;
    }

    @Override
    long getL(int i) {
      return b.get(i) != 0 ? 1 : 0;
    }

    @Override
    void setD(int i, double v) {
      b.put(i, (byte) (v != 0 ? 1 : 0));
    }

    @Override
    void setL(int i, long v) {
      b.put(i, (byte) (v != 0 ? 1 : 0));
    }
  }
}
