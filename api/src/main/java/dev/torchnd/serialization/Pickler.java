package dev.torchnd.serialization;

import dev.torchnd.DType;
import dev.torchnd.Size;
import dev.torchnd.spi.Storage;
import dev.torchnd.Tensor;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes objects as pickle protocol 2, the way Python's pickler does under {@code torch.save}:
 * tensors through {@code torch._utils._rebuild_tensor_v2} with a persistent id per storage, dicts
 * and lists in batches of 1000, shared objects memoized (a tensor or list saved twice loads as
 * one object). Only opcodes that PyTorch's weights-only loader reads are used, except
 * {@code BINFLOAT} for Python floats (PyTorch 1.13's weights-only loader lacks it; 2.x reads it).
 */
final class Pickler {
  static final int MAX_DEPTH = Unpickler.MAX_DEPTH;
  private static final int BATCH = 1000;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Map<Object, Integer> memo = new IdentityHashMap<>();
  private final Map<String, Integer> strings = new HashMap<>();
  private final Map<String, Integer> globals = new HashMap<>();
  private final Set<Object> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Storages in first-seen order; index = record key. */
  final List<Storage> storages = new ArrayList<>();
  private final Map<Storage, Integer> storageKeys = new IdentityHashMap<>();
  /** The non-zip format's persistent ids end with a view entry (always None, as PyTorch writes). */
  private final boolean legacy;
  private int nextMemo;

  Pickler() {
    this(false);
  }

  Pickler(boolean legacy) {
    this.legacy = legacy;
  }

  byte[] dump(Object obj) {
    out.write(0x80);
    out.write(2);
    save(obj, 0);
    out.write('.');
    return out.toByteArray();
  }

  private void op(int b) {
    out.write(b);
  }

  private void put() {
    int i = nextMemo++;
    if (i < 256) {
      op('q');
      op(i);
    } else {
      op('r');
      int32(i);
    }
  }

  private void get(int i) {
    if (i < 256) {
      op('h');
      op(i);
    } else {
      op('j');
      int32(i);
    }
  }

  private void int32(int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private boolean memoized(Object o) {
    Integer i = memo.get(o);
    if (i != null) {
      get(i);
      return true;
    }
    return false;
  }

  private void remember(Object o) {
    memo.put(o, nextMemo);
    put();
  }

  private void global(String module, String name) {
    String key = module + "\n" + name + "\n";
    Integer i = globals.get(key);
    if (i != null) {
      get(i);
      return;
    }
    op('c');
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    out.write(b, 0, b.length);
    globals.put(key, nextMemo);
    put();
  }

  private void str(String s) {
    Integer i = strings.get(s);
    if (i != null) {
      get(i);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    op('X');
    int32(b.length);
    out.write(b, 0, b.length);
    strings.put(s, nextMemo);
    put();
  }

  private void integer(long v) {
    if (v >= 0 && v < 256) {
      op('K');
      op((int) v);
    } else if (v >= 0 && v < 65536) {
      op('M');
      op((int) v);
      op((int) (v >>> 8));
    } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      op('J');
      int32((int) v);
    } else {
      bigInteger(BigInteger.valueOf(v));
    }
  }

  private void bigInteger(BigInteger v) {
    if (v.bitLength() < 32) {
      integer(v.longValue());
      return;
    }
    byte[] be = v.toByteArray();
    if (be.length > 255) {
      throw new IllegalArgumentException("int too large to save: " + v.bitLength() + " bits");
    }
    op(0x8a);
    op(be.length);
    for (int i = be.length - 1; i >= 0; i--) {
      out.write(be[i]);
    }
  }

  private void save(Object o, int depth) {
    if (o != null && inProgress.contains(o)) {
      throw new IllegalArgumentException(
          "torch.save: the object contains itself (cyclic containers cannot be saved)");
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "torch.save: object nests deeper than " + MAX_DEPTH + " levels");
    }
    if (o == null) {
      op('N');
    } else if (o instanceof Boolean b) {
      op(b ? 0x88 : 0x89);
    } else if (o instanceof Long || o instanceof Integer || o instanceof Short
        || o instanceof Byte) {
      integer(((Number) o).longValue());
    } else if (o instanceof BigInteger b) {
      bigInteger(b);
    } else if (o instanceof Double || o instanceof Float) {
      op('G');
      long bits = Double.doubleToRawLongBits(((Number) o).doubleValue());
      for (int i = 7; i >= 0; i--) {
        out.write((int) (bits >>> (8 * i)));
      }
    } else if (o instanceof String s) {
      str(s);
    } else if (o instanceof byte[] b) {
      // Protocol 3's BINBYTES: Python reads it in any stream (protocol 2 would need a REDUCE of
      // _codecs.encode, which no weights-only loader allows).
      if (b.length < 256) {
        op('C');
        op(b.length);
      } else {
        op('B');
        int32(b.length);
      }
      out.write(b, 0, b.length);
    } else if (o instanceof DType d) {
      global("torch", d.toString().substring("torch.".length()));
    } else if (o instanceof Tensor t) {
      tensor(t);
    } else if (o instanceof Size s) {
      if (memoized(s)) {
        return;
      }
      global("torch", "Size");
      tupleOf(new ArrayList<>(s), depth);
      op(0x85);
      op('R');
      remember(s);
    } else if (o instanceof Tuple t) {
      if (memoized(t)) {
        return;
      }
      enter(t);
      tupleOf(t, depth);
      inProgress.remove(t);
      remember(t);
    } else if (o instanceof List<?> l) {
      if (memoized(l)) {
        return;
      }
      enter(l);
      op(']');
      remember(l);
      appends(l, depth);
      inProgress.remove(l);
    } else if (o instanceof OrderedDict<?, ?> od) {
      if (memoized(od)) {
        return;
      }
      enter(od);
      global("collections", "OrderedDict");
      op(')');
      op('R');
      remember(od);
      setItems(od, depth);
      if (od._metadata() != null) {
        op('}');
        put();
        str("_metadata");
        save(od._metadata(), depth + 1);
        op('s');
        op('b');
      }
      inProgress.remove(od);
    } else if (o instanceof Map<?, ?> m) {
      if (memoized(m)) {
        return;
      }
      enter(m);
      op('}');
      remember(m);
      setItems(m, depth);
      inProgress.remove(m);
    } else {
      throw new IllegalArgumentException(
          "torch.save: cannot save an object of type "
              + o.getClass().getName()
              + " (TorchND saves tensors, Parameters, List, Tuple, Map with str/int keys,"
              + " OrderedDict, String, byte[], numbers, Boolean, null, DType and Size)");
    }
  }

  private void enter(Object container) {
    if (!inProgress.add(container)) {
      throw new IllegalArgumentException(
          "torch.save: the object contains itself (cyclic containers cannot be saved)");
    }
  }

  private void tupleOf(List<?> items, int depth) {
    int n = items.size();
    if (n == 0) {
      op(')');
      return;
    }
    if (n > 3) {
      op('(');
    }
    for (Object x : items) {
      save(x, depth + 1);
    }
    op(n == 1 ? 0x85 : n == 2 ? 0x86 : n == 3 ? 0x87 : 't');
  }

  private void appends(List<?> l, int depth) {
    int n = l.size();
    for (int i = 0; i < n; i += BATCH) {
      int k = Math.min(BATCH, n - i);
      if (k == 1) {
        save(l.get(i), depth + 1);
        op('a');
      } else {
        op('(');
        for (int j = i; j < i + k; j++) {
          save(l.get(j), depth + 1);
        }
        op('e');
      }
    }
  }

  private void setItems(Map<?, ?> m, int depth) {
    List<Map.Entry<?, ?>> es = new ArrayList<>(m.entrySet());
    int n = es.size();
    for (int i = 0; i < n; i += BATCH) {
      int k = Math.min(BATCH, n - i);
      if (k > 1) {
        op('(');
      }
      for (int j = i; j < i + k; j++) {
        Object key = es.get(j).getKey();
        checkKey(key);
        save(key, depth + 1);
        save(es.get(j).getValue(), depth + 1);
      }
      op(k == 1 ? 's' : 'u');
    }
  }

  private static void checkKey(Object key) {
    boolean ok =
        key == null
            || key instanceof String
            || key instanceof Long
            || key instanceof Integer
            || key instanceof Short
            || key instanceof Byte
            || key instanceof BigInteger
            || key instanceof Boolean
            || key instanceof Double
            || key instanceof Float
            || key instanceof Tuple;
    if (!ok) {
      throw new IllegalArgumentException(
          "torch.save: map keys must be String, an integer, Boolean, a float, null or Tuple;"
              + " got "
              + key.getClass().getName());
    }
  }

  /** {@code _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, OrderedDict())}. */
  private void tensor(Tensor t) {
    if (memoized(t)) {
      return;
    }
    if (Rebuild.isParameter(t)) {
      global("torch._utils", "_rebuild_parameter");
      op('(');
      tensorData(t, false);
      op(t.requires_grad() ? 0x88 : 0x89);
      emptyOrderedDict();
      op('t');
      op('R');
      remember(t);
      return;
    }
    tensorData(t, t.requires_grad());
    remember(t);
  }

  private void tensorData(Tensor t, boolean requiresGrad) {
    global("torch._utils", "_rebuild_tensor_v2");
    op('(');
    Storage s = t.storage();
    Integer key = storageKeys.get(s);
    boolean first = key == null;
    if (first) {
      key = storages.size();
      storages.add(s);
      storageKeys.put(s, key);
    }
    op('(');
    str("storage");
    global("torch", storageName(s.dtype()));
    str(Integer.toString(key));
    str("cpu");
    integer(s.size());
    if (legacy) {
      op('N');
    }
    op('t');
    op('Q');
    integer(t.storage_offset());
    List<Object> shape = new ArrayList<>();
    for (long d : t.shape()) {
      shape.add(d);
    }
    tupleOf(shape, 0);
    List<Object> stride = new ArrayList<>();
    for (long d : t.stride()) {
      stride.add(d);
    }
    tupleOf(stride, 0);
    op(requiresGrad ? 0x88 : 0x89);
    emptyOrderedDict();
    op('t');
    op('R');
  }

  private void emptyOrderedDict() {
    global("collections", "OrderedDict");
    op(')');
    op('R');
    put();
  }

  static String storageName(DType d) {
    return switch (d) {
      case float32 -> "FloatStorage";
      case float64 -> "DoubleStorage";
      case float16 -> "HalfStorage";
      case bfloat16 -> "BFloat16Storage";
      case int64 -> "LongStorage";
      case int32 -> "IntStorage";
      case int16 -> "ShortStorage";
      case int8 -> "CharStorage";
      case uint8 -> "ByteStorage";
      case bool -> "BoolStorage";
    };
  }
}
