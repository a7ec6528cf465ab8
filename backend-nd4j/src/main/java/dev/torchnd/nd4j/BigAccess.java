package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Half;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * The memory of a tensor too large for one Java array or one NIO view (above 2 GiB for int8,
 * int16, int32, int64, uint8, float16, bfloat16; above 2^31 - 9 elements for float32, float64,
 * bool): one block of native memory from {@code malloc}, read through 1 GiB direct-buffer
 * windows, addressed by {@code long} element index. Only storages that big get one, so the
 * int-indexed kernels of every other tensor keep their speed; {@link BigKernels} runs the ops
 * these support, and the int-indexed methods of {@link Access} refuse, so that no kernel written
 * for int offsets can read a wrapped index.
 *
 * <p>The memory is freed by {@code close()} or once the storage is unreachable (a {@link
 * Cleaner}), and counts toward {@link NativeBudget} like ND4J's buffers.
 */
final class BigAccess extends Access {
  /** Bytes per window: a power of two, so an element never straddles two windows. */
  private static final int WINDOW_SHIFT = 30;

  private static final Cleaner CLEANER = Cleaner.create();

  final DType dtype;
  final long size;
  private final long bytes;
  /** 1 GiB windows over the block, read by byte index (absolute gets, one buffer class). */
  private final ByteBuffer[] windows;
  /** log2 of the item size; elements per window is 1 << shift. */
  private final int itemShift;
  private final int shift;
  private final long mask;
  private final Memory memory;
  private final Cleaner.Cleanable cleanable;

  /** Frees the block once; shared by close() and the Cleaner. */
  private static final class Memory implements Runnable {
    private Pointer block;
    private final long bytes;

    Memory(Pointer block, long bytes) {
      this.block = block;
      this.bytes = bytes;
    }

    @Override
    public synchronized void run() {
      if (block != null) {
        Pointer.free(block);
        block = null;
        NativeBudget.released(bytes);
      }
    }
  }

  BigAccess(Object owner, DType dtype, long size, boolean zeroed) {
    this.dtype = dtype;
    this.size = size;
    int item = dtype.itemsize();
    this.bytes = size * item;
    NativeBudget.allocated(bytes);
    Pointer block = Pointer.malloc(bytes);
    if (block == null || block.isNull()) {
      throw new OutOfMemoryError(
          "TorchND could not allocate " + bytes + " bytes of native memory for a " + dtype
              + " tensor of " + size + " elements");
    }
    this.memory = new Memory(block, bytes);
    this.cleanable = CLEANER.register(owner, memory);
    if (zeroed) {
      Pointer.memset(block, 0, bytes);
    }
    this.itemShift = Integer.numberOfTrailingZeros(item);
    this.shift = WINDOW_SHIFT - itemShift;
    this.mask = (1L << shift) - 1;
    int n = (int) ((bytes + (1L << WINDOW_SHIFT) - 1) >>> WINDOW_SHIFT);
    this.windows = new ByteBuffer[n];
    BytePointer p = new BytePointer(block);
    for (int w = 0; w < n; w++) {
      long lo = (long) w << WINDOW_SHIFT;
      long len = Math.min(bytes - lo, 1L << WINDOW_SHIFT);
      // A pointer of its own per window: JavaCPP's position/limit arithmetic wraps past 2 GiB.
      BytePointer at = p.getPointer(BytePointer.class, lo);
      ByteBuffer bb = at.capacity(len).asByteBuffer().order(ByteOrder.nativeOrder());
      if (bb.capacity() != len) {
        throw new IllegalStateException("window " + w + ": " + bb.capacity() + " != " + len);
      }
      windows[w] = bb;
    }
  }

  /** The storage closed: free the memory now. */
  void free() {
    cleanable.clean();
  }

  double get(long i) {
    ByteBuffer b = windows[(int) (i >>> shift)];
    int at = (int) (i & mask) << itemShift;
    return switch (dtype) {
      case float32 -> b.getFloat(at);
      case float64 -> b.getDouble(at);
      case float16 -> Half.halfToFloat(b.getShort(at));
      case bfloat16 -> Half.bf16ToFloat(b.getShort(at));
      case int64 -> b.getLong(at);
      case int32 -> b.getInt(at);
      case int16 -> b.getShort(at);
      case int8 -> b.get(at);
      case uint8 -> b.get(at) & 0xff;
      case bool -> b.get(at) != 0 ? 1 : 0;
    };
  }

  long getLong(long i) {
    ByteBuffer b = windows[(int) (i >>> shift)];
    int at = (int) (i & mask) << itemShift;
    return switch (dtype) {
      case float32 -> truncToLong(b.getFloat(at));
      case float64 -> truncToLong(b.getDouble(at));
      case float16 -> truncToLong(Half.halfToFloat(b.getShort(at)));
      case bfloat16 -> truncToLong(Half.bf16ToFloat(b.getShort(at)));
      case int64 -> b.getLong(at);
      case int32 -> b.getInt(at);
      case int16 -> b.getShort(at);
      case int8 -> b.get(at);
      case uint8 -> b.get(at) & 0xff;
      case bool -> b.get(at) != 0 ? 1 : 0;
    };
  }

  /**
   * The sum as long of {@code n} consecutive integral elements from {@code from} (the contiguous
   * case of an integral sum), window by window in a loop over one buffer: ~4x the element path.
   */
  long sumLong(long from, long n) {
    long acc = 0;
    long i = from;
    long end = from + n;
    while (i < end) {
      ByteBuffer b = windows[(int) (i >>> shift)];
      int at = (int) (i & mask);
      int run = (int) Math.min(end - i, window() - at);
      switch (dtype) {
        case int8 -> {
          for (int j = at; j < at + run; j++) {
            acc += b.get(j);
          }
        }
        case uint8 -> {
          for (int j = at; j < at + run; j++) {
            acc += b.get(j) & 0xff;
          }
        }
        case bool -> {
          for (int j = at; j < at + run; j++) {
            acc += b.get(j) != 0 ? 1 : 0;
          }
        }
        case int16 -> {
          for (int j = at; j < at + run; j++) {
            acc += b.getShort(j << 1);
          }
        }
        case int32 -> {
          for (int j = at; j < at + run; j++) {
            acc += b.getInt(j << 2);
          }
        }
        case int64 -> {
          for (int j = at; j < at + run; j++) {
            acc += b.getLong(j << 3);
          }
        }
        default -> {
          for (int j = 0; j < run; j++) {
            acc += getLong(i + j);
          }
        }
      }
      i += run;
    }
    return acc;
  }

  /** Elements per window (a power of two). */
  long window() {
    return 1L << shift;
  }

  /** Writes convert as {@link Access}'s do (a C++ static_cast). */
  void set(long i, double v) {
    ByteBuffer b = windows[(int) (i >>> shift)];
    int at = (int) (i & mask) << itemShift;
    switch (dtype) {
      case float32 -> b.putFloat(at, (float) v);
      case float64 -> b.putDouble(at, v);
      case float16 -> b.putShort(at, Half.floatToHalf((float) v));
      case bfloat16 -> b.putShort(at, Half.floatToBf16((float) v));
      case int64 -> b.putLong(at, truncToLong(v));
      case int32 -> b.putInt(at, (int) truncToLong(v));
      case int16 -> b.putShort(at, (short) truncToLong(v));
      case int8, uint8 -> b.put(at, (byte) truncToLong(v));
      case bool -> b.put(at, (byte) (v != 0 ? 1 : 0));
    }
  }

  void setLong(long i, long v) {
    ByteBuffer b = windows[(int) (i >>> shift)];
    int at = (int) (i & mask) << itemShift;
    switch (dtype) {
      case float32 -> b.putFloat(at, (float) v);
      case float64 -> b.putDouble(at, (double) v);
      case float16 -> b.putShort(at, Half.floatToHalf((float) v));
      case bfloat16 -> b.putShort(at, Half.floatToBf16((float) v));
      case int64 -> b.putLong(at, v);
      case int32 -> b.putInt(at, (int) v);
      case int16 -> b.putShort(at, (short) v);
      case int8, uint8 -> b.put(at, (byte) v);
      case bool -> b.put(at, (byte) (v != 0 ? 1 : 0));
    }
  }

  private UnsupportedOperationException refuse() {
    return BigKernels.unsupported("this operation");
  }

  @Override
  double getD(int i) {
    throw refuse();
  }

  @Override
  long getL(int i) {
    throw refuse();
  }

  @Override
  void setD(int i, double v) {
    throw refuse();
  }

  @Override
  void setL(int i, long v) {
    throw refuse();
  }
}
