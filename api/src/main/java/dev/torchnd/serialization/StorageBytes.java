package dev.torchnd.serialization;

import dev.torchnd.spi.Backend;
import dev.torchnd.spi.Half;
import dev.torchnd.Backends;
import dev.torchnd.DType;
import dev.torchnd.spi.Storage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Moves storage elements to and from the raw little-endian bytes of a storage record, in bulk
 * through the backend when it can, element by element otherwise.
 */
final class StorageBytes {
  private StorageBytes() {}

  /** Fills a storage from consecutive chunks of bytes (any chunk boundaries). */
  static final class Filler implements ZipReader.ChunkSink {
    private final Backend be = Backends.get();
    private final Storage storage;
    private final int item;
    private final boolean swap;
    private final long start;
    private final long total;
    private long next;
    private final ByteBuffer carry;

    Filler(Storage storage, long startElement, long count, boolean bigEndian) {
      this.storage = storage;
      this.item = storage.dtype().itemsize();
      this.swap = bigEndian && item > 1;
      this.start = startElement;
      this.next = startElement;
      this.total = startElement + count;
      this.carry = ByteBuffer.allocate(item);
    }

    @Override
    public void accept(ByteBuffer chunk) throws IOException {
      if (carry.position() > 0) {
        while (carry.hasRemaining() && chunk.hasRemaining()) {
          carry.put(chunk.get());
        }
        if (carry.hasRemaining()) {
          return;
        }
        carry.flip();
        put(carry, 1);
        carry.clear();
      }
      int n = chunk.remaining() / item;
      if (n > 0) {
        put(chunk, n);
      }
      while (chunk.hasRemaining()) {
        carry.put(chunk.get());
      }
    }

    private void put(ByteBuffer b, int n) throws IOException {
      if (next + n > total) {
        throw new UnpicklingError("storage record holds more bytes than its storage");
      }
      if (swap) {
        swapInPlace(b, n, item);
      }
      if (!be.importBytes(storage, next, n, b)) {
        importSlow(storage, next, n, b);
      }
      next += n;
    }

    /** Fails unless exactly the storage's bytes arrived. */
    void finish() throws UnpicklingError {
      if (next != total || carry.position() != 0) {
        throw new UnpicklingError(
            "storage record holds "
                + ((next - start) * item + carry.position())
                + " bytes, but its storage needs "
                + (total - start) * item);
      }
    }
  }

  static void swapInPlace(ByteBuffer b, int n, int item) {
    int p = b.position();
    for (int i = 0; i < n; i++) {
      int at = p + i * item;
      for (int lo = 0, hi = item - 1; lo < hi; lo++, hi--) {
        byte t = b.get(at + lo);
        b.put(at + lo, b.get(at + hi));
        b.put(at + hi, t);
      }
    }
  }

  private static void importSlow(Storage s, long start, int n, ByteBuffer src) {
    Backend be = Backends.get();
    ByteBuffer b = src.slice().order(ByteOrder.LITTLE_ENDIAN);
    DType dt = s.dtype();
    for (int i = 0; i < n; i++) {
      long at = start + i;
      switch (dt) {
        case float32 -> be.setDouble(s, at, b.getFloat(i * 4));
        case float64 -> be.setDouble(s, at, b.getDouble(i * 8));
        case float16 -> be.setDouble(s, at, Half.halfToFloat(b.getShort(i * 2)));
        case bfloat16 -> be.setDouble(s, at, Float.intBitsToFloat(b.getShort(i * 2) << 16));
        case int64 -> be.setLong(s, at, b.getLong(i * 8));
        case int32 -> be.setLong(s, at, b.getInt(i * 4));
        case int16 -> be.setLong(s, at, b.getShort(i * 2));
        case int8 -> be.setLong(s, at, b.get(i));
        case uint8 -> be.setLong(s, at, b.get(i) & 0xff);
        case bool -> be.setLong(s, at, b.get(i) != 0 ? 1 : 0);
      }
    }
    src.position(src.position() + n * dt.itemsize());
  }

  /** Writes {@code count} elements from {@code start} into {@code dst} (little-endian). */
  static void export(Storage s, long start, int count, ByteBuffer dst) {
    Backend be = Backends.get();
    if (be.exportBytes(s, start, count, dst)) {
      return;
    }
    ByteBuffer b = dst.slice().order(ByteOrder.LITTLE_ENDIAN);
    DType dt = s.dtype();
    for (int i = 0; i < count; i++) {
      long at = start + i;
      switch (dt) {
        case float32 -> b.putFloat(i * 4, (float) be.getDouble(s, at));
        case float64 -> b.putDouble(i * 8, be.getDouble(s, at));
        case float16 -> b.putShort(i * 2, Half.floatToHalf((float) be.getDouble(s, at)));
        case bfloat16 ->
            b.putShort(
                i * 2, (short) (Float.floatToRawIntBits((float) be.getDouble(s, at)) >>> 16));
        case int64 -> b.putLong(i * 8, be.getLong(s, at));
        case int32 -> b.putInt(i * 4, (int) be.getLong(s, at));
        case int16 -> b.putShort(i * 2, (short) be.getLong(s, at));
        case int8, uint8, bool -> b.put(i, (byte) be.getLong(s, at));
      }
    }
    dst.position(dst.position() + count * dt.itemsize());
  }
}
