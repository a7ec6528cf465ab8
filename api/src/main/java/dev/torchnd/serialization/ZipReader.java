package dev.torchnd.serialization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads a zip archive's central directory and its records in place. Nothing is ever extracted to
 * disk; every size and offset is checked against the file before anything is allocated, and every
 * record's CRC-32 is verified as it is read.
 */
final class ZipReader {
  /** One record of the archive. */
  record Entry(String name, int method, long crc, long compressedSize, long size, long dataStart) {}

  /** Receives a record's bytes chunk by chunk (little more than a buffer's worth at a time). */
  interface ChunkSink {
    void accept(ByteBuffer chunk) throws IOException;
  }

  static final int CHUNK = 1 << 20;
  private static final String PREFIX = "PytorchStreamReader failed reading zip archive: ";
  private final Source src;
  private final Map<String, Entry> entries = new LinkedHashMap<>();
  /** One direct buffer for every record this reader streams (records are read one at a time). */
  private ByteBuffer chunkBuffer;

  ZipReader(Source src) throws IOException {
    this.src = src;
    readDirectory();
  }

  Map<String, Entry> entries() {
    return entries;
  }

  Entry entry(String name) {
    return entries.get(name);
  }

  private static ZipException bad(String what) {
    return new ZipException(PREFIX + what);
  }

  private void readDirectory() throws IOException {
    long size = src.size();
    if (size < 22) {
      throw bad("failed finding central directory");
    }
    int tail = (int) Math.min(size, 22 + 65535);
    byte[] t = src.readBytes(size - tail, tail);
    ByteBuffer tb = ByteBuffer.wrap(t).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = tail - 22; i >= 0; i--) {
      if (tb.getInt(i) == 0x06054b50 && i + 22 + (tb.getShort(i + 20) & 0xffff) == tail) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw bad("failed finding central directory");
    }
    long eocdPos = size - tail + eocd;
    long count = tb.getShort(eocd + 10) & 0xffff;
    long cdSize = tb.getInt(eocd + 12) & 0xffffffffL;
    long cdOffset = tb.getInt(eocd + 16) & 0xffffffffL;
    long cdEnd = eocdPos;
    boolean saturated = count == 0xffff || cdSize == 0xffffffffL || cdOffset == 0xffffffffL;
    boolean hasLocator = false;
    if (eocdPos >= 20) {
      ByteBuffer loc = ByteBuffer.wrap(src.readBytes(eocdPos - 20, 20)).order(ByteOrder.LITTLE_ENDIAN);
      hasLocator = loc.getInt(0) == 0x07064b50;
      if (hasLocator) {
        // PyTorch's writer (miniz) always adds the zip64 records, even for small archives.
        long z64 = loc.getLong(8);
        if (z64 < 0 || z64 + 56 > eocdPos - 20) {
          throw bad("zip64 end of central directory record out of range");
        }
        ByteBuffer r = ByteBuffer.wrap(src.readBytes(z64, 56)).order(ByteOrder.LITTLE_ENDIAN);
        if (r.getInt(0) != 0x06064b50) {
          throw bad("invalid zip64 end of central directory record");
        }
        count = r.getLong(32);
        cdSize = r.getLong(40);
        cdOffset = r.getLong(48);
        cdEnd = z64;
      }
    }
    if (saturated && !hasLocator) {
      throw bad("failed finding zip64 end of central directory locator");
    }
    // PyTorch's, NumPy's and Java's writers put the directory right before its end record; a
    // gap means the offsets, sizes or count were damaged.
    if (cdOffset < 0 || cdSize < 0 || cdOffset > cdEnd || cdSize != cdEnd - cdOffset) {
      throw bad("central directory out of range");
    }
    if (count < 0 || count > cdSize / 46) {
      throw bad("central directory declares " + count + " entries in " + cdSize + " bytes");
    }
    if (cdSize > Integer.MAX_VALUE - 8) {
      throw bad("central directory too large");
    }
    ByteBuffer cd = ByteBuffer.wrap(src.readBytes(cdOffset, (int) cdSize)).order(ByteOrder.LITTLE_ENDIAN);
    List<long[]> raw = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int p = 0;
    for (long i = 0; i < count; i++) {
      if (p + 46 > cd.limit() || cd.getInt(p) != 0x02014b50) {
        throw bad("invalid central directory entry " + i);
      }
      int flags = cd.getShort(p + 8) & 0xffff;
      int method = cd.getShort(p + 10) & 0xffff;
      long crc = cd.getInt(p + 16) & 0xffffffffL;
      long csize = cd.getInt(p + 20) & 0xffffffffL;
      long usize = cd.getInt(p + 24) & 0xffffffffL;
      int nameLen = cd.getShort(p + 28) & 0xffff;
      int extraLen = cd.getShort(p + 30) & 0xffff;
      int commentLen = cd.getShort(p + 32) & 0xffff;
      long local = cd.getInt(p + 42) & 0xffffffffL;
      int next = p + 46 + nameLen + extraLen + commentLen;
      if (next > cd.limit()) {
        throw bad("central directory entry " + i + " overruns the directory");
      }
      String name = decodeName(cd, p + 46, nameLen, (flags & 0x800) != 0);
      int e = p + 46 + nameLen;
      int eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        int id = cd.getShort(e) & 0xffff;
        int len = cd.getShort(e + 2) & 0xffff;
        if (e + 4 + len > eEnd) {
          throw bad("malformed extra field in entry '" + name + "'");
        }
        if (id == 0x0001) {
          int q = e + 4;
          if (usize == 0xffffffffL) {
            usize = need(cd, q, e + 4 + len, name);
            q += 8;
          }
          if (csize == 0xffffffffL) {
            csize = need(cd, q, e + 4 + len, name);
            q += 8;
          }
          if (local == 0xffffffffL) {
            local = need(cd, q, e + 4 + len, name);
          }
        }
        e += 4 + len;
      }
      if ((flags & 1) != 0) {
        throw bad("entry '" + name + "' is encrypted");
      }
      if (method != 0 && method != 8) {
        throw bad("entry '" + name + "' uses unsupported compression method " + method);
      }
      if (usize < 0 || csize < 0 || local < 0) {
        throw bad("entry '" + name + "' has an invalid size");
      }
      // Deflate expands at most ~1032:1; a larger declared size is a lie (or a zip bomb).
      if (method == 8 && usize > csize * 1032 + 1024) {
        throw bad("entry '" + name + "' declares " + usize + " bytes from " + csize
            + " compressed bytes (impossible for deflate)");
      }
      if (method == 0 && csize != usize) {
        throw bad("stored entry '" + name + "' has compressed size " + csize + " != size " + usize);
      }
      raw.add(new long[] {method, crc, csize, usize, local});
      names.add(name);
      p = next;
    }
    if (p != cd.limit()) {
      throw bad("central directory holds " + cd.limit() + " bytes but its " + count
          + " entries take " + p);
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      checkName(name);
      long[] r = raw.get(i);
      long local = r[4];
      if (local > cdOffset - 30) {
        throw bad("local header of '" + name + "' out of range");
      }
      ByteBuffer lh = ByteBuffer.wrap(src.readBytes(local, 30)).order(ByteOrder.LITTLE_ENDIAN);
      if (lh.getInt(0) != 0x04034b50) {
        throw bad("invalid local header of '" + name + "'");
      }
      int localNameLen = lh.getShort(26) & 0xffff;
      long dataStart = local + 30 + localNameLen + (lh.getShort(28) & 0xffff);
      if (dataStart > cdOffset) {
        throw bad("local header of '" + name + "' out of range");
      }
      byte[] localName = src.readBytes(local + 30, localNameLen);
      if (!java.util.Arrays.equals(localName, name.getBytes(
          (lh.getShort(6) & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1))) {
        throw bad("File name in directory '" + name + "' and header differ");
      }
      if (dataStart > cdOffset || r[2] > cdOffset - dataStart) {
        throw bad("record '" + name + "' (" + r[2] + " bytes) extends past the end of the file");
      }
      if (entries.put(name, new Entry(name, (int) r[0], r[1], r[2], r[3], dataStart)) != null) {
        throw bad("duplicate entry '" + name + "'");
      }
    }
  }

  private static long need(ByteBuffer cd, int q, int end, String name) throws ZipException {
    if (q + 8 > end) {
      throw bad("truncated zip64 field in entry '" + name + "'");
    }
    return cd.getLong(q);
  }

  private static String decodeName(ByteBuffer cd, int at, int len, boolean utf8)
      throws ZipException {
    ByteBuffer b = cd.duplicate().position(at).limit(at + len);
    if (!utf8) {
      return StandardCharsets.ISO_8859_1.decode(b).toString();
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(b)
          .toString();
    } catch (CharacterCodingException e) {
      throw bad("entry name is not valid UTF-8");
    }
  }

  /** Refuses names that would escape a folder if anyone extracted them (nothing here does). */
  static void checkName(String name) throws ZipException {
    boolean unsafe =
        name.isEmpty()
            || name.startsWith("/")
            || name.indexOf('\\') >= 0
            || name.indexOf('\0') >= 0
            || (name.length() > 1 && name.charAt(1) == ':');
    for (String part : name.split("/", -1)) {
      unsafe |= part.equals("..");
    }
    if (unsafe) {
      throw bad("unsafe entry name '" + name.replace("\0", "\\0") + "'");
    }
  }

  /** The record as a stream whose last read fails unless its CRC-32 and length match. */
  java.io.InputStream open(Entry e) {
    java.io.InputStream raw = src.stream(e.dataStart(), e.compressedSize());
    java.io.InputStream body =
        e.method() == 0 ? raw : new java.util.zip.InflaterInputStream(raw, new Inflater(true), 1 << 16);
    CRC32 crc = new CRC32();
    return new java.io.FilterInputStream(body) {
      private long seen;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int n) throws IOException {
        int k;
        try {
          k = super.read(b, off, (int) Math.min(n, e.size() - seen + 1));
        } catch (ZipException ex) {
          throw bad("record '" + e.name() + "' is not valid deflate data: " + ex.getMessage());
        } catch (java.io.EOFException ex) {
          throw bad("record '" + e.name() + "' is truncated");
        }
        if (k < 0 && seen != e.size()) {
          throw bad("record '" + e.name() + "' is truncated: " + seen + " of " + e.size()
              + " bytes");
        }
        if (k > 0) {
          seen += k;
          if (seen > e.size()) {
            throw bad("record '" + e.name() + "' inflates past its declared size " + e.size());
          }
          crc.update(b, off, k);
        }
        if (seen == e.size() && k >= 0 && crc.getValue() != e.crc()) {
          throw bad("CRC-32 mismatch in record '" + e.name() + "' (the file is corrupted)");
        }
        return k;
      }
    };
  }

  /** The whole record as an array, for small records (the pickle, the version). */
  byte[] readAll(Entry e, long maxSize) throws IOException {
    if (e.size() > maxSize) {
      throw bad("record '" + e.name() + "' is " + e.size() + " bytes, more than " + maxSize);
    }
    byte[] out = new byte[(int) e.size()];
    ByteBuffer dst = ByteBuffer.wrap(out);
    stream(e, dst::put);
    return out;
  }

  /** Streams a record through {@code sink} and checks its CRC-32 and length at the end. */
  void stream(Entry e, ChunkSink sink) throws IOException {
    CRC32 crc = new CRC32();
    if (chunkBuffer == null) {
      long largest = 1;
      for (Entry x : entries.values()) {
        largest = Math.max(largest, x.size());
      }
      chunkBuffer = ByteBuffer.allocateDirect((int) Math.min(CHUNK, largest));
    }
    ByteBuffer chunk = chunkBuffer;
    if (e.method() == 0) {
      long pos = e.dataStart();
      long left = e.size();
      while (left > 0) {
        chunk.clear().limit((int) Math.min(chunk.capacity(), left));
        src.read(pos, chunk);
        chunk.flip();
        crc.update(chunk.duplicate());
        pos += chunk.remaining();
        left -= chunk.remaining();
        sink.accept(chunk);
      }
    } else {
      inflate(e, crc, chunk, sink);
    }
    if (crc.getValue() != e.crc()) {
      throw bad(
          "CRC-32 mismatch in record '"
              + e.name()
              + "' (the file is corrupted): expected "
              + Long.toHexString(e.crc())
              + ", got "
              + Long.toHexString(crc.getValue()));
    }
  }

  private void inflate(Entry e, CRC32 crc, ByteBuffer chunk, ChunkSink sink) throws IOException {
    Inflater inf = new Inflater(true);
    try {
      ByteBuffer in = ByteBuffer.allocate((int) Math.min(1 << 16, Math.max(e.compressedSize(), 1)));
      long pos = e.dataStart();
      long inLeft = e.compressedSize();
      long outLeft = e.size();
      while (true) {
        if (inf.needsInput()) {
          if (inLeft == 0) {
            break;
          }
          in.clear().limit((int) Math.min(in.capacity(), inLeft));
          src.read(pos, in);
          in.flip();
          pos += in.remaining();
          inLeft -= in.remaining();
          inf.setInput(in);
        }
        // Never inflate more than the declared size: a small record cannot expand into gigabytes.
        chunk.clear().limit((int) Math.min(chunk.capacity(), outLeft + 1));
        int n = inf.inflate(chunk);
        if (n > outLeft) {
          throw bad("record '" + e.name() + "' inflates past its declared size " + e.size());
        }
        outLeft -= n;
        if (n > 0) {
          chunk.flip();
          crc.update(chunk.duplicate());
          sink.accept(chunk);
        }
        if (inf.finished()) {
          break;
        }
        if (n == 0 && inf.needsDictionary()) {
          throw bad("record '" + e.name() + "' needs a preset dictionary");
        }
        if (n == 0 && inf.needsInput() && inLeft == 0) {
          break;
        }
      }
      if (!inf.finished() || outLeft != 0) {
        throw bad("record '" + e.name() + "' is truncated");
      }
    } catch (DataFormatException ex) {
      throw bad("record '" + e.name() + "' is not valid deflate data: " + ex.getMessage());
    } finally {
      inf.end();
    }
  }
}
