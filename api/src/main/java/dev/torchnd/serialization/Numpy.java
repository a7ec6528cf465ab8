package dev.torchnd.serialization;

import dev.torchnd.Backends;
import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.spi.Storage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy's {@code .npy} and {@code .npz} files (format versions 1.0, 2.0 and 3.0), read and written
 * as NumPy 1.24 does, for the dtypes TorchND shares with NumPy. Loading gives what {@code
 * torch.from_numpy(np.load(f))} gives: a Fortran-order array becomes a tensor with column-major
 * strides; a big-endian one is converted to native values. Object arrays are refused (as {@code
 * allow_pickle=False}), and no header is ever evaluated as code.
 *
 * <pre>{@code
 * Numpy.save("x.npy", arange(6).reshape(2, 3));    // np.save('x.npy', x.numpy())
 * Tensor x = Numpy.load("x.npy");                  // torch.from_numpy(np.load('x.npy'))
 * Numpy.savez("xy.npz", Map.of("x", x));           // np.savez('xy.npz', x=x)
 * Map<String, Tensor> d = Numpy.load("xy.npz");    // dict(np.load('xy.npz'))
 * }</pre>
 */
public final class Numpy {
  private Numpy() {}

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;
  private static final int MAX_HEADER = 10000;

  /**
   * Loads a {@code .npy} file as a Tensor, or a {@code .npz} archive as a {@code Map<String,
   * Tensor>} in archive order (names without {@code .npy}). PyTorch/NumPy: {@code
   * torch.from_numpy(np.load(f))}.
   *
   * @throws IOException for a malformed, truncated or object-dtype file (NumPy's messages)
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(Path path) throws IOException {
    try (Source src = Source.of(path)) {
      return (T) load(src);
    }
  }

  /** As {@link #load(Path)}. */
  @SuppressWarnings("TypeParameterUnusedInFormals")
  public static <T> T load(String path) throws IOException {
    return load(Path.of(path));
  }

  /** As {@link #load(Path)}, from a stream read to its end. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <T> T load(InputStream in) throws IOException {
    try (Source src = Source.of(in)) {
      return (T) load(src);
    }
  }

  private static Object load(Source src) throws IOException {
    if (src.size() >= 4) {
      byte[] h = src.readBytes(0, 4);
      if (h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
        ZipReader zip = new ZipReader(src);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (ZipReader.Entry e : zip.entries().values()) {
          String key = e.name().endsWith(".npy")
              ? e.name().substring(0, e.name().length() - 4)
              : e.name();
          try (InputStream in = zip.open(e)) {
            out.put(key, read(in, e.size()));
          }
        }
        return out;
      }
    }
    try (InputStream in = src.stream(0, src.size())) {
      return read(in, src.size());
    }
  }

  private static byte[] readExactly(InputStream in, int n, String what) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException(
          "EOF: reading " + what + ", expected " + n + " bytes got " + b.length);
    }
    return b;
  }

  /** Reads one array from {@code in}, which holds at most {@code limit} bytes. */
  static Tensor read(InputStream in, long limit) throws IOException {
    byte[] magic = readExactly(in, 8, "magic string");
    for (int i = 0; i < 6; i++) {
      if (magic[i] != MAGIC[i]) {
        throw new IOException(
            "the magic string is not correct; expected b'\\x93NUMPY', got "
                + bytesRepr(magic, 6));
      }
    }
    int major = magic[6] & 0xff;
    int minor = magic[7] & 0xff;
    if (!(minor == 0 && (major == 1 || major == 2 || major == 3))) {
      throw new IOException(
          "we only support format version (1,0), (2,0), and (3,0), not ("
              + major + ", " + minor + ")");
    }
    long hlen;
    if (major == 1) {
      byte[] l = readExactly(in, 2, "array header length");
      hlen = (l[0] & 0xff) | (l[1] & 0xff) << 8;
    } else {
      byte[] l = readExactly(in, 4, "array header length");
      hlen = ByteBuffer.wrap(l).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
    }
    if (hlen > MAX_HEADER) {
      throw new IOException(
          "Header info length (" + hlen + ") is large and may not be safe to load securely.");
    }
    byte[] hb = readExactly(in, (int) hlen, "array header");
    String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    Header h = Header.parse(header);
    long numel = 1;
    for (long d : h.shape) {
      if (d < 0) {
        throw new IOException("shape is not valid: " + shapeRepr(h.shape));
      }
      numel = Math.multiplyHigh(numel, d) != 0 || numel * d < 0 ? -1 : numel * d;
      if (numel < 0) {
        throw new EOFException("EOF: reading array data, the shape " + shapeRepr(h.shape)
            + " overflows 64 bits");
      }
    }
    long bytes = numel * h.dtype.itemsize();
    long avail = limit - 8 - (major == 1 ? 2 : 4) - hlen;
    if (bytes / h.dtype.itemsize() != numel || bytes > avail) {
      throw new EOFException(
          "EOF: reading array data, expected " + (bytes / h.dtype.itemsize() == numel ? bytes : "more than 2^63")
              + " bytes got " + Math.max(0, avail));
    }
    Storage s;
    try {
      s = Backends.get().allocateUninitialized(h.dtype, numel);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
    StorageBytes.Filler f = new StorageBytes.Filler(s, 0, numel, h.bigEndian);
    byte[] chunk = new byte[(int) Math.min(ZipReader.CHUNK, Math.max(bytes, 1))];
    long left = bytes;
    while (left > 0) {
      int n = in.readNBytes(chunk, 0, (int) Math.min(chunk.length, left));
      if (n <= 0) {
        throw new EOFException(
            "EOF: reading array data, expected " + bytes + " bytes got " + (bytes - left));
      }
      f.accept(ByteBuffer.wrap(chunk, 0, n));
      left -= n;
    }
    f.finish();
    // Reaching the end lets a zip member check its CRC; NumPy ignores trailing bytes.
    while (in.read(chunk) > 0) {
      // drain
    }
    long[] shape = h.shape;
    long[] strides;
    if (h.fortran) {
      strides = new long[shape.length];
      long acc = 1;
      for (int i = 0; i < shape.length; i++) {
        strides[i] = acc;
        acc *= Math.max(shape[i], 1);
      }
    } else {
      strides = dev.torchnd.spi.Layout.contiguousStrides(shape);
    }
    return Tensor.wrap(s, shape, strides, 0);
  }

  private static String bytesRepr(byte[] b, int n) {
    StringBuilder sb = new StringBuilder("b'");
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      sb.append(c >= 32 && c < 127 && c != '\'' && c != '\\'
          ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return sb.append('\'').toString();
  }

  static String shapeRepr(long[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return sb.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /** The three keys of an {@code .npy} header, parsed as a Python literal (never evaluated). */
  private record Header(DType dtype, boolean bigEndian, boolean fortran, long[] shape) {
    static Header parse(String text) throws IOException {
      Lit p = new Lit(text);
      Object d;
      try {
        d = p.value();
        p.ws();
        if (p.i != text.length()) {
          throw p.err();
        }
      } catch (IOException e) {
        throw new IOException("Cannot parse header: " + PyRepr.repr(text), e);
      }
      if (!(d instanceof Map<?, ?> m)) {
        throw new IOException("Header is not a dictionary: " + PyRepr.repr(d));
      }
      if (!m.keySet().equals(java.util.Set.of("descr", "fortran_order", "shape"))) {
        List<String> keys = new ArrayList<>();
        for (Object k : m.keySet()) {
          keys.add(PyRepr.repr(k));
        }
        java.util.Collections.sort(keys);
        throw new IOException("Header does not contain the correct keys: " + keys);
      }
      Object shape = m.get("shape");
      if (!(shape instanceof Tuple t) || !t.stream().allMatch(x -> x instanceof Long)) {
        throw new IOException("shape is not valid: " + PyRepr.repr(shape));
      }
      Object fo = m.get("fortran_order");
      if (!(fo instanceof Boolean fortran)) {
        throw new IOException("fortran_order is not a valid bool: " + PyRepr.repr(fo));
      }
      Object descr = m.get("descr");
      if (!(descr instanceof String ds)) {
        throw new IOException("descr is not a valid dtype descriptor: " + PyRepr.repr(descr));
      }
      long[] dims = new long[t.size()];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = (Long) t.get(i);
      }
      return new Header(dtypeOf(ds), Numpy.isBigEndian(ds), fortran, dims);
    }
  }

  private static boolean isBigEndian(String descr) {
    return descr.startsWith(">") || descr.startsWith("!");
  }

  private static DType dtypeOf(String descr) throws IOException {
    String body = descr.length() > 0 && "<>|=!".indexOf(descr.charAt(0)) >= 0
        ? descr.substring(1) : descr;
    switch (body) {
      case "f4":
        return DType.float32;
      case "f8":
        return DType.float64;
      case "f2":
        return DType.float16;
      case "i8":
        return DType.int64;
      case "i4":
        return DType.int32;
      case "i2":
        return DType.int16;
      case "i1":
        return DType.int8;
      case "u1":
        return DType.uint8;
      case "b1":
        return DType.bool;
      case "O":
        throw new IOException("Object arrays cannot be loaded when allow_pickle=False");
      default:
        break;
    }
    String name = switch (body) {
      case "u2" -> "uint16";
      case "u4" -> "uint32";
      case "u8" -> "uint64";
      case "c8" -> "complex64";
      case "c16" -> "complex128";
      case "f16" -> "float128";
      default -> null;
    };
    if (name == null) {
      throw new IOException("descr is not a valid dtype descriptor: " + PyRepr.repr(descr)
          + " (TorchND reads f2/f4/f8, i1/i2/i4/i8, u1 and b1)");
    }
    throw new IOException(
        "can't convert np.ndarray of type numpy." + name + ". The only supported types are:"
            + " float64, float32, float16, int64, int32, int16, int8, uint8, and bool.");
  }

  /** A tiny reader of Python literals: dicts, tuples, strings, ints, True/False/None. */
  private static final class Lit {
    final String s;
    int i;
    int depth;

    Lit(String s) {
      this.s = s;
    }

    IOException err() {
      return new IOException("unexpected " + (i < s.length() ? "'" + s.charAt(i) + "'" : "end")
          + " at " + i);
    }

    void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    Object value() throws IOException {
      if (++depth > 32) {
        throw err();
      }
      try {
        ws();
        if (i >= s.length()) {
          throw err();
        }
        char c = s.charAt(i);
        if (c == '{') {
          i++;
          Map<Object, Object> m = new LinkedHashMap<>();
          while (true) {
            ws();
            if (peek('}')) {
              return m;
            }
            Object k = value();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (peek('}')) {
              return m;
            }
            expect(',');
          }
        }
        if (c == '(') {
          i++;
          List<Object> items = new ArrayList<>();
          while (true) {
            ws();
            if (peek(')')) {
              return Tuple.copyOf(items);
            }
            items.add(value());
            ws();
            if (peek(')')) {
              if (items.size() == 1) {
                return items.get(0); // (x) is x, not a tuple
              }
              return Tuple.copyOf(items);
            }
            expect(',');
          }
        }
        if (c == '\'' || c == '"') {
          i++;
          StringBuilder sb = new StringBuilder();
          while (i < s.length() && s.charAt(i) != c) {
            if (s.charAt(i) == '\\') {
              throw err();
            }
            sb.append(s.charAt(i++));
          }
          expect(c);
          return sb.toString();
        }
        if (c == '-' || Character.isDigit(c)) {
          int st = i;
          i++;
          while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
          }
          String num = s.substring(st, i);
          if (i < s.length() && s.charAt(i) == 'L') {
            i++; // Python 2 long, as NumPy's _filter_header strips it
          }
          try {
            return Long.parseLong(num);
          } catch (NumberFormatException e) {
            throw err();
          }
        }
        for (String word : new String[] {"True", "False", "None"}) {
          if (s.startsWith(word, i)) {
            i += word.length();
            return word.equals("True") ? Boolean.TRUE : word.equals("False") ? Boolean.FALSE : null;
          }
        }
        throw err();
      } finally {
        depth--;
      }
    }

    boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    void expect(char c) throws IOException {
      if (!peek(c)) {
        throw err();
      }
    }
  }

  // ------------------------------------------------------------------ writing

  /** Saves {@code t} to a {@code .npy} file. NumPy: {@code np.save(file, t.numpy())}. */
  public static void save(Path path, Tensor t) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
      save(out, t);
    }
  }

  /** As {@link #save(Path, Tensor)}. */
  public static void save(String path, Tensor t) throws IOException {
    save(Path.of(path), t);
  }

  /** Writes {@code t} in {@code .npy} format to {@code out}, which stays open. */
  public static void save(OutputStream out, Tensor t) throws IOException {
    out.write(encode(t));
    writeData(t, out);
    out.flush();
  }

  /** Saves several arrays, uncompressed, into a {@code .npz}. NumPy: {@code np.savez(file, **arrays)}. */
  public static void savez(Path path, Map<String, Tensor> arrays) throws IOException {
    savez(path, arrays, false);
  }

  /** As {@link #savez(Path, Map)} with deflate. NumPy: {@code np.savez_compressed}. */
  public static void savez_compressed(Path path, Map<String, Tensor> arrays) throws IOException {
    savez(path, arrays, true);
  }

  /** As {@link #savez(Path, Map)}. */
  public static void savez(String path, Map<String, Tensor> arrays) throws IOException {
    savez(Path.of(path), arrays, false);
  }

  /** As {@link #savez_compressed(Path, Map)}. */
  public static void savez_compressed(String path, Map<String, Tensor> arrays) throws IOException {
    savez(Path.of(path), arrays, true);
  }

  private static void savez(Path path, Map<String, Tensor> arrays, boolean compressed)
      throws IOException {
    for (Tensor t : arrays.values()) {
      npyDescr(t.dtype());
    }
    try (OutputStream fo = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(fo)) {
      for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
        ZipReader.checkName(e.getKey() + ".npy");
        java.util.zip.ZipEntry ze = new java.util.zip.ZipEntry(e.getKey() + ".npy");
        if (compressed) {
          ze.setMethod(java.util.zip.ZipEntry.DEFLATED);
        } else {
          // STORED needs size and CRC up front: one pass to compute them, one to write.
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          long[] size = {0};
          OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
              crc.update(b);
              size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
              crc.update(b, off, len);
              size[0] += len;
            }
          };
          save(counter, e.getValue());
          ze.setMethod(java.util.zip.ZipEntry.STORED);
          ze.setSize(size[0]);
          ze.setCompressedSize(size[0]);
          ze.setCrc(crc.getValue());
        }
        z.putNextEntry(ze);
        save(z, e.getValue());
        z.closeEntry();
      }
    }
  }

  private static String npyDescr(DType d) {
    return switch (d) {
      case float32 -> "<f4";
      case float64 -> "<f8";
      case float16 -> "<f2";
      case int64 -> "<i8";
      case int32 -> "<i4";
      case int16 -> "<i2";
      case int8 -> "|i1";
      case uint8 -> "|u1";
      case bool -> "|b1";
      case bfloat16 -> throw new IllegalArgumentException("Got unsupported ScalarType BFloat16");
    };
  }

  private static boolean fortranOnly(Tensor t) {
    if (t.is_contiguous() || t.dim() < 2) {
      return false;
    }
    long expected = 1;
    for (int i = 0; i < t.dim(); i++) {
      long n = t.size(i);
      if (n != 1 && t.stride(i) != expected) {
        return false;
      }
      expected *= n;
    }
    return true;
  }

  /** Magic, version and header exactly as NumPy 1.24's {@code write_array} writes them. */
  private static byte[] encode(Tensor t) {
    String descr = npyDescr(t.dtype());
    boolean fortran = fortranOnly(t);
    long[] shape = t.shape().stream().mapToLong(Long::longValue).toArray();
    String shapeRepr = shapeRepr(shape);
    StringBuilder h = new StringBuilder("{");
    h.append("'descr': '").append(descr).append("', ");
    h.append("'fortran_order': ").append(fortran ? "True" : "False").append(", ");
    h.append("'shape': ").append(shapeRepr).append(", ");
    h.append('}');
    if (shape.length > 0) {
      String axis = Long.toString(shape[fortran ? shape.length - 1 : 0]);
      h.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - axis.length())));
    }
    byte[] header = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    int hlen = header.length + 1;
    int major = 1;
    int pad = ALIGN - ((MAGIC.length + 2 + 2 + hlen) % ALIGN);
    if (hlen + pad > 65535) {
      major = 2;
      pad = ALIGN - ((MAGIC.length + 2 + 4 + hlen) % ALIGN);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MAGIC);
    out.write(major);
    out.write(0);
    int total = hlen + pad;
    out.write(total & 0xff);
    out.write((total >>> 8) & 0xff);
    if (major == 2) {
      out.write((total >>> 16) & 0xff);
      out.write((total >>> 24) & 0xff);
    }
    out.writeBytes(header);
    out.writeBytes(" ".repeat(pad).getBytes(StandardCharsets.ISO_8859_1));
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeData(Tensor t, OutputStream out) throws IOException {
    // C order: the row-major elements; Fortran order: the transpose's row-major elements,
    // which is the tensor's own memory order.
    Tensor src = fortranOnly(t) ? t.permute(reversed(t.dim())) : t;
    Tensor c = src.is_contiguous() ? src : src.contiguous();
    long n = c.numel();
    int item = c.dtype().itemsize();
    ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(ZipReader.CHUNK, Math.max(n * item, 1)))
        .order(ByteOrder.LITTLE_ENDIAN);
    int per = chunk.capacity() / item;
    long at = 0;
    while (at < n) {
      int m = (int) Math.min(per, n - at);
      chunk.clear();
      StorageBytes.export(c.storage(), c.storage_offset() + at, m, chunk);
      out.write(chunk.array(), 0, chunk.position());
      at += m;
    }
  }

  private static int[] reversed(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = n - 1 - i;
    }
    return p;
  }
}
