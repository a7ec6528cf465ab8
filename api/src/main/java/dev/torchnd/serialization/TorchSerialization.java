package dev.torchnd.serialization;

import dev.torchnd.Backends;
import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.spi.Storage;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.save} / {@code torch.load} in PyTorch's own file formats: the zip archive of
 * PyTorch ≥ 1.6 ({@code archive/data.pkl} plus one raw little-endian record per storage under
 * {@code archive/data/}) for saving and loading, and the older non-zip format (magic number,
 * protocol, sys_info, the pickle, then the storages) for loading. See {@code Torch.save} and
 * {@code Torch.load} for the user-facing forms.
 */
public final class TorchSerialization {
  private TorchSerialization() {}

  private static final BigInteger MAGIC = new BigInteger("1950a86a20f9469cfc6c", 16);
  private static final long PROTOCOL_VERSION = 1001;
  private static final int MAX_VERSION = 10;
  private static final String ARCHIVE = "archive";

  /** Saves {@code obj} to {@code path} (created or replaced). PyTorch: {@code torch.save}. */
  public static void save(Object obj, Path path) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
      save(obj, out);
    }
  }

  /** Writes {@code obj} to {@code out}, which stays open. PyTorch: {@code torch.save}. */
  public static void save(Object obj, OutputStream out) throws IOException {
    Pickler p = new Pickler();
    byte[] pkl = p.dump(obj);
    ZipWriter z = new ZipWriter(out);
    z.record(ARCHIVE + "/data.pkl", pkl);
    z.record(ARCHIVE + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
    // PyTorch orders records by key as strings ("0", "1", "10", "2", ...).
    String[] keys = sortedKeys(p.storages.size());
    ByteBuffer chunk = null;
    for (String k : keys) {
      Storage s = p.storages.get(Integer.parseInt(k));
      int item = s.dtype().itemsize();
      long n = s.size();
      if (chunk == null && n > 0) {
        chunk = ByteBuffer.allocate(ZipReader.CHUNK).order(ByteOrder.LITTLE_ENDIAN);
      }
      ByteBuffer c = chunk;
      z.record(
          ARCHIVE + "/data/" + k,
          w -> {
            long at = 0;
            int per = ZipReader.CHUNK / item;
            while (at < n) {
              int m = (int) Math.min(per, n - at);
              c.clear();
              StorageBytes.export(s, at, m, c);
              c.flip();
              w.write(c);
              at += m;
            }
          });
    }
    z.record(ARCHIVE + "/version", "3\n".getBytes(StandardCharsets.US_ASCII));
    z.finish();
  }

  /**
   * Saves in PyTorch's older non-zip format, which PyTorch before 1.6 reads: the pickled magic
   * number, protocol version and sys_info, the object's pickle, the sorted storage keys, then each
   * storage as its element count and raw little-endian bytes. PyTorch: {@code torch.save(obj, f,
   * _use_new_zipfile_serialization=False)}.
   */
  public static void saveLegacy(Object obj, OutputStream out) throws IOException {
    Pickler p = new Pickler(true);
    byte[] main = p.dump(obj);
    Map<String, Object> typeSizes = new java.util.LinkedHashMap<>();
    typeSizes.put("short", 2L);
    typeSizes.put("int", 4L);
    typeSizes.put("long", 8L);
    Map<String, Object> sysInfo = new java.util.LinkedHashMap<>();
    sysInfo.put("protocol_version", PROTOCOL_VERSION);
    sysInfo.put("little_endian", true);
    sysInfo.put("type_sizes", typeSizes);
    out.write(new Pickler().dump(MAGIC));
    out.write(new Pickler().dump(PROTOCOL_VERSION));
    out.write(new Pickler().dump(sysInfo));
    out.write(main);
    String[] keys = sortedKeys(p.storages.size());
    out.write(new Pickler().dump(java.util.Arrays.asList((Object[]) keys)));
    ByteBuffer chunk = ByteBuffer.allocate(ZipReader.CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    for (String k : keys) {
      Storage s = p.storages.get(Integer.parseInt(k));
      chunk.clear();
      chunk.putLong(s.size());
      out.write(chunk.array(), 0, 8);
      int item = s.dtype().itemsize();
      int per = ZipReader.CHUNK / item;
      for (long at = 0; at < s.size(); at += per) {
        int m = (int) Math.min(per, s.size() - at);
        chunk.clear();
        StorageBytes.export(s, at, m, chunk);
        out.write(chunk.array(), 0, chunk.position());
      }
    }
    out.flush();
  }

  /** As {@link #saveLegacy(Object, OutputStream)}, to a file. */
  public static void saveLegacy(Object obj, Path path) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
      saveLegacy(obj, out);
    }
  }

  private static String[] sortedKeys(int n) {
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Integer.toString(i);
    }
    java.util.Arrays.sort(keys);
    return keys;
  }

  /** Loads what {@link #save} (or PyTorch's {@code torch.save}) wrote. PyTorch: {@code torch.load}. */
  public static Object load(Path path) throws IOException {
    try (Source src = Source.of(path)) {
      return load(src);
    }
  }

  /**
   * Loads from a stream (read to its end; a {@code FileInputStream} is read in place, any other
   * stream is first read into memory, because a zip archive's directory comes last).
   */
  public static Object load(InputStream in) throws IOException {
    try (Source src = Source.of(in)) {
      return load(src);
    }
  }

  /**
   * Accepts PyTorch's {@code map_location} device strings that TorchND can honour: {@code "cpu"}
   * (where every loaded tensor lives anyway).
   *
   * @throws IllegalArgumentException for another device, with PyTorch's message
   */
  public static void checkMapLocation(String device) {
    if (device.equals("cpu") || device.startsWith("cpu:")) {
      return;
    }
    if (device.startsWith("cuda")) {
      throw new IllegalArgumentException(
          "Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is"
              + " False. If you are running on a CPU-only machine, please use torch.load with"
              + " map_location=torch.device('cpu') to map your storages to the CPU.");
    }
    throw new IllegalArgumentException(
        "don't know how to restore data location of torch.FloatStorage (tagged with "
            + device + ")");
  }

  static Object load(Source src) throws IOException {
    if (src.size() == 0) {
      throw new EOFException("Ran out of input");
    }
    byte[] head = src.readBytes(0, (int) Math.min(src.size(), 512));
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return loadZip(src);
    }
    if (head.length > 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
      throw new UnpicklingError(
          "this is PyTorch's pre-0.4 tar format, which TorchND does not read; re-save it with"
              + " torch.save in PyTorch >= 1.6");
    }
    if ((head[0] & 0xff) == 0x80) {
      return loadLegacy(src);
    }
    int c = head[0] & 0xff;
    throw new UnpicklingError(
        "invalid load key, '"
            + (c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c))
            + "'.");
  }

  // ------------------------------------------------------------------ zip format

  private static Object loadZip(Source src) throws IOException {
    ZipReader zip = new ZipReader(src);
    if (zip.entries().isEmpty()) {
      throw new java.util.zip.ZipException(
          "PytorchStreamReader failed reading zip archive: the archive is empty");
    }
    String first = zip.entries().keySet().iterator().next();
    int slash = first.indexOf('/');
    if (slash <= 0) {
      throw new java.util.zip.ZipException("file in archive is not in a subdirectory: " + first);
    }
    String prefix = first.substring(0, slash + 1);
    if (zip.entry(prefix + "constants.pkl") != null) {
      throw new UnpicklingError(
          "this is a TorchScript archive (torch.jit.save); TorchND loads torch.save files");
    }
    ZipReader.Entry version = zip.entry(prefix + "version");
    if (version == null) {
      version = zip.entry(prefix + ".data/version");
    }
    if (version == null) {
      throw new java.util.zip.ZipException(
          "PytorchStreamReader failed locating file version: file not found");
    }
    String v = new String(zip.readAll(version, 64), StandardCharsets.US_ASCII).trim();
    long ver;
    try {
      ver = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UnpicklingError("invalid version record '" + v + "'");
    }
    if (ver < 1 || ver > MAX_VERSION) {
      throw new UnpicklingError(
          "Attempted to read a PyTorch file with version "
              + ver
              + ", but the maximum supported version for reading is "
              + MAX_VERSION
              + ".");
    }
    boolean bigEndian = false;
    ZipReader.Entry bo = zip.entry(prefix + "byteorder");
    if (bo != null) {
      String order = new String(zip.readAll(bo, 64), StandardCharsets.US_ASCII).trim();
      if (order.equals("big")) {
        bigEndian = true;
      } else if (!order.equals("little")) {
        throw new UnpicklingError("Unknown endianness type: " + order);
      }
    }
    ZipReader.Entry pklEntry = zip.entry(prefix + "data.pkl");
    if (pklEntry == null) {
      throw new java.util.zip.ZipException(
          "PytorchStreamReader failed locating file data.pkl: file not found");
    }
    byte[] pkl = zip.readAll(pklEntry, Integer.MAX_VALUE - 64);
    Map<String, StorageRef> loaded = new HashMap<>();
    boolean big = bigEndian;
    Unpickler.PersistentLoader loader =
        (pid, dtype) -> {
          if (pid.size() != 5) {
            throw new UnpicklingError("malformed storage id " + PyRepr.repr(pid));
          }
          String key = keyOf(pid.get(2));
          Object numelObj = pid.get(4);
          if (!(numelObj instanceof Long numel) || numel < 0) {
            throw new UnpicklingError("storage size must be a non-negative int, got "
                + PyRepr.repr(numelObj));
          }
          StorageRef ref = loaded.get(key);
          if (ref != null) {
            if (ref.dtype() != dtype || ref.numel() != numel) {
              throw new UnpicklingError(
                  "storage '" + key + "' is declared twice, as " + ref.numel() + " x "
                      + ref.dtype() + " and " + numel + " x " + dtype);
            }
            return ref;
          }
          String name = prefix + "data/" + key;
          ZipReader.Entry e = zip.entry(name);
          if (e == null) {
            throw new java.util.zip.ZipException(
                "PytorchStreamReader failed locating file data/" + key + ": file not found");
          }
          int item = dtype.itemsize();
          if (e.size() % item != 0 || e.size() / item != numel) {
            throw new UnpicklingError(
                "storage record '" + name + "' holds " + e.size() + " bytes, but the pickle"
                    + " declares " + numel + " elements of " + dtype
                    + (numel <= Long.MAX_VALUE / item ? " (" + numel * item + " bytes)" : ""));
          }
          Storage s = allocate(dtype, numel);
          StorageBytes.Filler f = new StorageBytes.Filler(s, 0, numel, big);
          zip.stream(e, f);
          f.finish();
          ref = new StorageRef(s, dtype, 0, numel);
          loaded.put(key, ref);
          return ref;
        };
    Source pk = Source.of(pkl);
    return new Unpickler(pk, 0, pkl.length, loader).load();
  }

  private static Storage allocate(DType dtype, long numel) throws UnpicklingError {
    try {
      return Backends.get().allocateUninitialized(dtype, numel);
    } catch (IllegalArgumentException e) {
      throw new UnpicklingError(e.getMessage(), e);
    }
  }

  private static String keyOf(Object k) throws UnpicklingError {
    if (k instanceof String s) {
      return s;
    }
    if (k instanceof byte[] b) {
      return new String(b, StandardCharsets.ISO_8859_1);
    }
    throw new UnpicklingError("storage key must be a str, got " + Unpickler.pyType(k));
  }

  // ------------------------------------------------------------------ legacy format

  private static Object loadLegacy(Source src) throws IOException {
    long size = src.size();
    Unpickler u = new Unpickler(src, 0, size, null);
    Object magic = u.load();
    if (!(magic instanceof BigInteger m) || !m.equals(MAGIC)) {
      throw new UnpicklingError("Invalid magic number; corrupt file?");
    }
    u = new Unpickler(src, u.position(), size, null);
    Object protocol = u.load();
    if (!(protocol instanceof Long p) || p != PROTOCOL_VERSION) {
      throw new UnpicklingError("Invalid protocol version: " + PyRepr.repr(protocol));
    }
    u = new Unpickler(src, u.position(), size, null);
    u.load(); // sys_info: PyTorch ignores it too (storages are always written little-endian)
    Map<String, StorageRef> roots = new HashMap<>();
    long[] reserved = {0};
    Unpickler[] main = new Unpickler[1];
    Unpickler.PersistentLoader loader =
        (pid, dtype) -> {
          if (pid.size() != 6) {
            throw new UnpicklingError("malformed storage id " + PyRepr.repr(pid));
          }
          String key = keyOf(pid.get(2));
          if (!(pid.get(4) instanceof Long numel) || numel < 0) {
            throw new UnpicklingError("storage size must be a non-negative int");
          }
          StorageRef root = roots.get(key);
          if (root == null) {
            int item = dtype.itemsize();
            long left = size - main[0].position() - reserved[0];
            // Storage bytes follow the pickle: never allocate more than the file still holds.
            if (numel > (left - 8) / item) {
              throw new UnpicklingError(
                  "storage '" + key + "' declares " + numel + " elements of " + dtype
                      + ", more than the " + Math.max(0, left) + " bytes left in the file");
            }
            reserved[0] += 8 + numel * item;
            root = new StorageRef(Backends.get().allocate(dtype, numel), dtype, 0, numel);
            roots.put(key, root);
          } else if (root.dtype() != dtype) {
            throw new UnpicklingError(
                "storage '" + key + "' is used as both " + root.dtype() + " and " + dtype);
          }
          Object view = pid.get(5);
          if (view == null) {
            return root;
          }
          if (!(view instanceof List<?> vm) || vm.size() != 3
              || !(vm.get(1) instanceof Long off) || !(vm.get(2) instanceof Long n)
              || off < 0 || n < 0 || off > root.numel() || n > root.numel() - off) {
            throw new UnpicklingError("invalid storage view " + PyRepr.repr(view));
          }
          return new StorageRef(root.storage(), dtype, off, n);
        };
    main[0] = new Unpickler(src, u.position(), size, loader);
    Object result = main[0].load();
    u = new Unpickler(src, main[0].position(), size, null);
    Object keys = u.load();
    if (!(keys instanceof List<?> keyList)) {
      throw new UnpicklingError("expected the list of storage keys, got " + Unpickler.pyType(keys));
    }
    long pos = u.position();
    java.util.Set<String> filled = new java.util.HashSet<>();
    for (Object k : keyList) {
      String key = keyOf(k);
      StorageRef root = roots.get(key);
      if (root == null) {
        throw new UnpicklingError("storage key '" + key + "' is not used by the pickle");
      }
      if (!filled.add(key)) {
        throw new UnpicklingError("storage key '" + key + "' is listed twice");
      }
      ByteBuffer nb = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      try {
        src.read(pos, nb);
      } catch (EOFException e) {
        throw new UnpicklingError("file ends before the data of storage '" + key + "'", e);
      }
      long numel = nb.getLong(0);
      pos += 8;
      if (numel != root.numel()) {
        throw new UnpicklingError(
            "storage '" + key + "' holds " + numel + " elements in the file but "
                + root.numel() + " in the pickle");
      }
      long bytes = numel * root.dtype().itemsize();
      if (bytes > size - pos) {
        throw new UnpicklingError(
            "file ends inside storage '" + key + "': " + bytes + " bytes declared, "
                + (size - pos) + " left");
      }
      StorageBytes.Filler f = new StorageBytes.Filler(root.storage(), 0, numel, false);
      ByteBuffer chunk = ByteBuffer.allocateDirect((int) Math.min(ZipReader.CHUNK, Math.max(bytes, 1)));
      long left = bytes;
      while (left > 0) {
        chunk.clear().limit((int) Math.min(chunk.capacity(), left));
        src.read(pos, chunk);
        chunk.flip();
        pos += chunk.remaining();
        left -= chunk.remaining();
        f.accept(chunk);
      }
      f.finish();
    }
    if (filled.size() != roots.size()) {
      throw new UnpicklingError("the file has no data for " + (roots.size() - filled.size())
          + " of its storages");
    }
    return result;
  }
}
