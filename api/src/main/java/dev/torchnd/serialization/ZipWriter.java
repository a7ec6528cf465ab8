package dev.torchnd.serialization;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes an uncompressed zip archive as PyTorch's {@code PyTorchStreamWriter} does: each record's
 * data starts on a 64-byte boundary (padded with an {@code FB} extra field), CRC and sizes follow
 * the data in a descriptor so records stream in one pass, and zip64 fields appear once offsets
 * pass 4 GiB.
 */
final class ZipWriter {
  /** Writes a record's bytes through {@link #write(ByteBuffer)}. */
  interface Body {
    void writeTo(ZipWriter w) throws IOException;
  }

  private record Written(byte[] name, long crc, long size, long offset) {}

  private static final int ALIGN = 64;
  private final OutputStream out;
  private final List<Written> written = new ArrayList<>();
  private long pos;
  private CRC32 crc;
  private long recordBytes;
  private final byte[] copy = new byte[1 << 16];

  ZipWriter(OutputStream out) {
    this.out = out;
  }

  void record(String name, byte[] data) throws IOException {
    record(name, w -> w.write(ByteBuffer.wrap(data)));
  }

  void record(String name, Body body) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    long offset = pos;
    long headerEnd = pos + 30 + n.length + 4;
    int pad = (int) ((ALIGN - headerEnd % ALIGN) % ALIGN);
    ByteBuffer h = le(30 + n.length + 4 + pad);
    h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0808).putShort((short) 0);
    h.putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).putInt(0);
    h.putShort((short) n.length).putShort((short) (4 + pad)).put(n);
    h.put((byte) 'F').put((byte) 'B').putShort((short) pad);
    for (int i = 0; i < pad; i++) {
      h.put((byte) 'Z');
    }
    raw(h.array());
    crc = new CRC32();
    recordBytes = 0;
    body.writeTo(this);
    long size = recordBytes;
    boolean z64 = size >= 0xffffffffL;
    ByteBuffer d = le(z64 ? 24 : 16);
    d.putInt(0x08074b50).putInt((int) crc.getValue());
    if (z64) {
      d.putLong(size).putLong(size);
    } else {
      d.putInt((int) size).putInt((int) size);
    }
    raw(d.array());
    written.add(new Written(n, crc.getValue(), size, offset));
    crc = null;
  }

  /** Appends record bytes (the buffer's remaining bytes; its position is advanced). */
  void write(ByteBuffer b) throws IOException {
    int n = b.remaining();
    crc.update(b.duplicate());
    if (b.hasArray()) {
      out.write(b.array(), b.arrayOffset() + b.position(), n);
      b.position(b.position() + n);
    } else {
      while (b.hasRemaining()) {
        int k = Math.min(copy.length, b.remaining());
        b.get(copy, 0, k);
        out.write(copy, 0, k);
      }
    }
    pos += n;
    recordBytes += n;
  }

  private void raw(byte[] b) throws IOException {
    out.write(b);
    pos += b.length;
  }

  private static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Writes the central directory and end records; the stream is flushed, not closed. */
  void finish() throws IOException {
    long cdStart = pos;
    for (Written w : written) {
      boolean bigSize = w.size >= 0xffffffffL;
      boolean bigOff = w.offset >= 0xffffffffL;
      int extra = (bigSize ? 16 : 0) + (bigOff ? 8 : 0);
      ByteBuffer c = le(46 + w.name.length + (extra > 0 ? 4 + extra : 0));
      c.putInt(0x02014b50).putShort((short) (extra > 0 ? 45 : 20));
      c.putShort((short) (extra > 0 ? 45 : 20)).putShort((short) 0x0808).putShort((short) 0);
      c.putShort((short) 0).putShort((short) 0).putInt((int) w.crc);
      c.putInt(bigSize ? -1 : (int) w.size).putInt(bigSize ? -1 : (int) w.size);
      c.putShort((short) w.name.length).putShort((short) (extra > 0 ? 4 + extra : 0));
      c.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0);
      c.putInt(bigOff ? -1 : (int) w.offset).put(w.name);
      if (extra > 0) {
        c.putShort((short) 1).putShort((short) extra);
        if (bigSize) {
          c.putLong(w.size).putLong(w.size);
        }
        if (bigOff) {
          c.putLong(w.offset);
        }
      }
      raw(c.array());
    }
    long cdSize = pos - cdStart;
    boolean z64 = written.size() >= 0xffff || cdStart >= 0xffffffffL || cdSize >= 0xffffffffL;
    if (z64) {
      long recordPos = pos;
      ByteBuffer r = le(56);
      r.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45);
      r.putInt(0).putInt(0).putLong(written.size()).putLong(written.size());
      r.putLong(cdSize).putLong(cdStart);
      raw(r.array());
      ByteBuffer l = le(20);
      l.putInt(0x07064b50).putInt(0).putLong(recordPos).putInt(1);
      raw(l.array());
    }
    ByteBuffer e = le(22);
    e.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    short n = z64 ? (short) -1 : (short) written.size();
    e.putShort(n).putShort(n);
    e.putInt(z64 ? -1 : (int) cdSize).putInt(z64 ? -1 : (int) cdStart).putShort((short) 0);
    raw(e.array());
    out.flush();
  }
}
