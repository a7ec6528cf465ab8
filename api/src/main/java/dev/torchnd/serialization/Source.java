package dev.torchnd.serialization;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Random-access bytes of a file being loaded: a file channel, or a stream read into memory once
 * (zip archives keep their directory at the end, so a stream cannot be parsed as it arrives).
 */
abstract class Source implements AutoCloseable {
  abstract long size();

  /** Fills {@code dst} from {@code pos} on; fails when the source ends first. */
  abstract void read(long pos, ByteBuffer dst) throws IOException;

  @Override
  public void close() throws IOException {}

  final byte[] readBytes(long pos, int n) throws IOException {
    byte[] b = new byte[n];
    read(pos, ByteBuffer.wrap(b));
    return b;
  }

  /** The bytes {@code [pos, pos + len)} as a stream. */
  final InputStream stream(long pos, long len) {
    return new InputStream() {
      private long at = pos;
      private final long end = pos + len;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int n) throws IOException {
        if (at >= end) {
          return -1;
        }
        int k = (int) Math.min(n, end - at);
        Source.this.read(at, ByteBuffer.wrap(b, off, k));
        at += k;
        return k;
      }
    };
  }

  static Source of(Path path) throws IOException {
    return new FileSource(FileChannel.open(path, StandardOpenOption.READ));
  }

  static Source of(InputStream in) throws IOException {
    if (in instanceof java.io.FileInputStream f) {
      FileChannel ch = f.getChannel();
      long start = ch.position();
      return new FileSource(ch, start, false);
    }
    return MemorySource.readAll(in);
  }

  static Source of(byte[] bytes) {
    return new MemorySource(List.of(bytes), bytes.length, Math.max(1, bytes.length));
  }

  private static final class FileSource extends Source {
    private final FileChannel ch;
    private final long start;
    private final long size;
    private final boolean owned;

    FileSource(FileChannel ch) throws IOException {
      this(ch, 0, true);
    }

    FileSource(FileChannel ch, long start, boolean owned) throws IOException {
      this.ch = ch;
      this.start = start;
      this.size = Math.max(0, ch.size() - start);
      this.owned = owned;
    }

    @Override
    long size() {
      return size;
    }

    @Override
    void read(long pos, ByteBuffer dst) throws IOException {
      if (pos < 0 || pos + dst.remaining() > size) {
        throw new EOFException("unexpected end of file at byte " + Math.min(pos, size));
      }
      long p = start + pos;
      while (dst.hasRemaining()) {
        int n = ch.read(dst, p);
        if (n < 0) {
          throw new EOFException("unexpected end of file at byte " + (p - start));
        }
        p += n;
      }
    }

    @Override
    public void close() throws IOException {
      if (owned) {
        ch.close();
      }
    }
  }

  /** A stream's bytes in chunks of at most 1 GiB, so files over 2 GiB still load. */
  private static final class MemorySource extends Source {
    private static final int CHUNK = 1 << 30;
    private final List<byte[]> chunks;
    private final long size;
    private final int chunkSize;

    MemorySource(List<byte[]> chunks, long size, int chunkSize) {
      this.chunks = chunks;
      this.size = size;
      this.chunkSize = chunkSize;
    }

    static MemorySource readAll(InputStream in) throws IOException {
      List<byte[]> chunks = new ArrayList<>();
      long total = 0;
      while (true) {
        byte[] c = in.readNBytes(CHUNK);
        total += c.length;
        if (c.length > 0) {
          chunks.add(c);
        }
        if (c.length < CHUNK) {
          break;
        }
      }
      return new MemorySource(chunks, total, CHUNK);
    }

    @Override
    long size() {
      return size;
    }

    @Override
    void read(long pos, ByteBuffer dst) throws IOException {
      if (pos < 0 || pos + dst.remaining() > size) {
        throw new EOFException("unexpected end of file at byte " + Math.min(pos, size));
      }
      while (dst.hasRemaining()) {
        byte[] c = chunks.get((int) (pos / chunkSize));
        int off = (int) (pos % chunkSize);
        int n = Math.min(dst.remaining(), c.length - off);
        dst.put(c, off, n);
        pos += n;
      }
    }
  }
}
