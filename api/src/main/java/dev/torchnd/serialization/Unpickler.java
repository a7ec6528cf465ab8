package dev.torchnd.serialization;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Size;
import dev.torchnd.Tensor;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A restricted unpickler, after PyTorch's {@code torch/_weights_only_unpickler.py}: it knows a
 * fixed set of globals (OrderedDict, the tensor rebuild functions, storage and dtype names,
 * {@code torch.Size}, {@code nn.Parameter}) and interprets them itself. Nothing named in a file is
 * looked up, called or instantiated by reflection; any other global is refused by name.
 *
 * <p>Beyond PyTorch's loader it reads the harmless data opcodes of protocols 3–5 (floats, bytes,
 * short strings, sets, framing, MEMOIZE), limits container nesting to {@link #MAX_DEPTH}, and
 * refuses to mutate a container after it was nested in another, so results are acyclic trees
 * (PyTorch can save self-containing lists; no state_dict holds one).
 */
final class Unpickler {
  static final int MAX_DEPTH = 1000;

  /** Resolves a {@code ('storage', type, key, location, numel[, view])} persistent id. */
  interface PersistentLoader {
    StorageRef load(Tuple pid, DType dtype) throws IOException;
  }

  /** A global the loader knows, by its dotted Python name. */
  record Global(String module, String name) {
    String full() {
      return module + "." + name;
    }

    @Override
    public String toString() {
      return full();
    }
  }

  private static final String UNSAFE =
      "Weights only load failed: TorchND never executes code from a file, and this pickle needs"
          + " more than tensors and containers. WeightsUnpickler error: ";
  private static final Set<String> ALLOWED = allowed();

  private final Source in;
  private long pos;
  private final long end;
  private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
  private long bufStart;
  private final PersistentLoader loader;
  private ArrayList<Object> stack = new ArrayList<>();
  private final ArrayDeque<ArrayList<Object>> metastack = new ArrayDeque<>();
  private final HashMap<Long, Object> memo = new HashMap<>();
  private final Map<Object, Integer> depth = new IdentityHashMap<>();
  private final Set<Object> sealed = Collections.newSetFromMap(new IdentityHashMap<>());

  Unpickler(Source in, long start, long end, PersistentLoader loader) {
    this.in = in;
    this.pos = start;
    this.end = end;
    this.loader = loader;
    this.bufStart = start;
    buf.limit(0);
  }

  /** Position after the last byte consumed (where the next pickle of a legacy file starts). */
  long position() {
    return pos;
  }

  private static Set<String> allowed() {
    Set<String> s = new java.util.HashSet<>();
    s.add("collections.OrderedDict");
    s.add("torch.nn.parameter.Parameter");
    s.add("torch.serialization._get_layout");
    s.add("torch.Size");
    s.add("torch.Tensor");
    for (String d :
        new String[] {
          "complex32", "complex64", "complex128", "float16", "float32", "float64", "int8",
          "int16", "int32", "int64",
          // Not in PyTorch 1.13's list, but plain constants that later versions allow.
          "bfloat16", "uint8", "bool"
        }) {
      s.add("torch." + d);
    }
    String[] kinds = {
      "BFloat16", "Bool", "Byte", "Char", "Double", "Float", "Half", "Int", "Long", "Short"
    };
    for (String k : kinds) {
      s.add("torch." + k + "Tensor");
      s.add("torch.cuda." + k + "Tensor");
      s.add("torch." + k + "Storage");
      s.add("torch.cuda." + k + "Storage");
    }
    for (String k : new String[] {"ComplexDouble", "ComplexFloat"}) {
      s.add("torch." + k + "Storage");
      s.add("torch.cuda." + k + "Storage");
    }
    for (String k : new String[] {"QInt32", "QInt8", "QUInt2x4", "QUInt4x2", "QUInt8"}) {
      s.add("torch." + k + "Storage");
    }
    s.add("torch.storage.TypedStorage");
    s.add("torch.storage.UntypedStorage");
    s.add("torch.UntypedStorage");
    for (String f :
        new String[] {
          "_rebuild_parameter",
          "_rebuild_tensor",
          "_rebuild_tensor_v2",
          "_rebuild_sparse_tensor",
          "_rebuild_meta_tensor_no_storage",
          "_rebuild_sparse_csr_tensor"
        }) {
      s.add("torch._utils." + f);
    }
    return s;
  }

  static UnpicklingError unsafe(String what) {
    return new UnpicklingError(UNSAFE + what);
  }

  // ------------------------------------------------------------------ input

  private void fill(int need) throws IOException {
    if (end - pos < need) {
      throw new UnpicklingError("pickle data was truncated", new EOFException());
    }
    int off = (int) (pos - bufStart);
    if (off + need <= buf.limit()) {
      return;
    }
    int n = (int) Math.min(buf.capacity(), end - pos);
    buf.clear().limit(n);
    in.read(pos, buf);
    buf.flip();
    bufStart = pos;
  }

  private int u8() throws IOException {
    fill(1);
    int b = buf.get((int) (pos - bufStart)) & 0xff;
    pos++;
    return b;
  }

  private long le(int n) throws IOException {
    fill(n);
    int off = (int) (pos - bufStart);
    long v = 0;
    for (int i = n - 1; i >= 0; i--) {
      v = (v << 8) | (buf.get(off + i) & 0xff);
    }
    pos += n;
    return v;
  }

  private byte[] bytes(long n) throws IOException {
    if (n < 0 || n > end - pos) {
      throw new UnpicklingError(
          "pickle data was truncated: a "
              + n
              + "-byte item at byte "
              + pos
              + " runs past the end ("
              + (end - pos)
              + " bytes left)");
    }
    if (n > Integer.MAX_VALUE - 16) {
      throw new UnpicklingError("pickle item of " + n + " bytes is too large");
    }
    byte[] out = new byte[(int) n];
    int done = 0;
    int off = (int) (pos - bufStart);
    int avail = Math.max(0, Math.min(buf.limit() - off, out.length));
    if (off >= 0 && avail > 0) {
      buf.duplicate().position(off).get(out, 0, avail);
      done = avail;
    }
    if (done < out.length) {
      in.read(pos + done, ByteBuffer.wrap(out, done, out.length - done));
    }
    pos += n;
    return out;
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int c = u8();
      if (c == '\n') {
        return sb.toString();
      }
      if (sb.length() > 1000) {
        throw new UnpicklingError("pickle GLOBAL name longer than 1000 bytes");
      }
      sb.append((char) c);
    }
  }

  private static String utf8(byte[] b) throws UnpicklingError {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnpicklingError("'utf-8' codec can't decode a string in the pickle");
    }
  }

  // ------------------------------------------------------------------ stack

  private void push(Object o) {
    stack.add(o);
  }

  private Object pop() throws UnpicklingError {
    if (stack.isEmpty()) {
      throw new UnpicklingError("unpickling stack underflow");
    }
    return stack.remove(stack.size() - 1);
  }

  private Object top() throws UnpicklingError {
    if (stack.isEmpty()) {
      throw new UnpicklingError("unpickling stack underflow");
    }
    return stack.get(stack.size() - 1);
  }

  private ArrayList<Object> popMark() throws UnpicklingError {
    if (metastack.isEmpty()) {
      throw new UnpicklingError("could not find MARK");
    }
    ArrayList<Object> items = stack;
    stack = metastack.pop();
    return items;
  }

  private int depthOf(Object o) {
    Integer d = depth.get(o);
    return d == null ? 0 : d;
  }

  /** Records that {@code child} now sits inside {@code parent}; fails when nesting too deep. */
  private void nest(Object parent, Object child) throws UnpicklingError {
    if (child == parent) {
      throw new UnpicklingError("pickle builds a container that holds itself (not supported)");
    }
    if (isMutable(child)) {
      sealed.add(child);
    }
    int d = Math.max(depthOf(parent), depthOf(child) + 1);
    if (d > MAX_DEPTH) {
      throw new UnpicklingError(
          "pickle nests containers deeper than " + MAX_DEPTH + " levels (refused)");
    }
    depth.put(parent, d);
  }

  private static boolean isMutable(Object o) {
    return o instanceof List<?> && !(o instanceof Tuple) && !(o instanceof Size)
        || o instanceof Map<?, ?>
        || o instanceof Set<?>;
  }

  private void checkOpen(Object container) throws UnpicklingError {
    if (sealed.contains(container)) {
      throw new UnpicklingError(
          "pickle modifies a " + pyType(container) + " after nesting it in another container"
              + " (recursive structures are not supported)");
    }
  }

  private Tuple tuple(List<Object> items) throws UnpicklingError {
    Tuple t = Tuple.copyOf(items);
    for (Object o : items) {
      nest(t, o);
    }
    if (!items.isEmpty()) {
      depth.putIfAbsent(t, 1);
    }
    return t;
  }

  static String pyType(Object o) {
    if (o == null) {
      return "NoneType";
    }
    if (o instanceof Tuple) {
      return "tuple";
    }
    if (o instanceof Size) {
      return "torch.Size";
    }
    if (o instanceof List<?>) {
      return "list";
    }
    if (o instanceof OrderedDict<?, ?>) {
      return "collections.OrderedDict";
    }
    if (o instanceof Map<?, ?>) {
      return "dict";
    }
    if (o instanceof Set<?>) {
      return "set";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof byte[]) {
      return "bytes";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o instanceof Long || o instanceof BigInteger) {
      return "int";
    }
    if (o instanceof Double) {
      return "float";
    }
    if (o instanceof Tensor) {
      return "torch.Tensor";
    }
    if (o instanceof Global g) {
      return g.full();
    }
    if (o instanceof StorageRef) {
      return "torch.storage.TypedStorage";
    }
    if (o instanceof DType) {
      return "torch.dtype";
    }
    return o.getClass().getSimpleName();
  }

  // ------------------------------------------------------------------ the loop

  Object load() throws IOException {
    while (true) {
      int op = u8();
      switch (op) {
        case 0x80 -> { // PROTO
          int v = u8();
          if (v > 5) {
            throw new UnpicklingError("unsupported pickle protocol: " + v);
          }
        }
        case 0x95 -> le(8); // FRAME: a hint for buffered readers
        case '.' -> { // STOP
          return pop();
        }
        case '(' -> { // MARK
          if (metastack.size() >= MAX_DEPTH) {
            throw new UnpicklingError("pickle nests MARKs deeper than " + MAX_DEPTH + " levels");
          }
          metastack.push(stack);
          stack = new ArrayList<>();
        }
        case '0' -> pop(); // POP
        case '1' -> popMark(); // POP_MARK
        case '2' -> push(top()); // DUP
        case 'N' -> push(null);
        case 0x88 -> push(Boolean.TRUE);
        case 0x89 -> push(Boolean.FALSE);
        case 'J' -> push((long) (int) le(4)); // BININT
        case 'K' -> push((long) u8()); // BININT1
        case 'M' -> push(le(2)); // BININT2
        case 0x8a -> push(decodeLong(bytes(u8()))); // LONG1
        case 0x8b -> { // LONG4
          long n = (int) le(4);
          if (n < 0) {
            throw new UnpicklingError("LONG pickle has negative byte count");
          }
          push(decodeLong(bytes(n)));
        }
        case 'G' -> push(Double.longBitsToDouble(Long.reverseBytes(le(8)))); // BINFLOAT
        case 'X' -> push(utf8(bytes(le(4)))); // BINUNICODE
        case 0x8c -> push(utf8(bytes(u8()))); // SHORT_BINUNICODE
        case 0x8d -> push(utf8(bytes(le(8)))); // BINUNICODE8
        case 'U' -> push(utf8(bytes(u8()))); // SHORT_BINSTRING, decoded as torch.load does
        case 'T' -> { // BINSTRING
          long n = (int) le(4);
          if (n < 0) {
            throw new UnpicklingError("BINSTRING pickle has negative byte count");
          }
          push(utf8(bytes(n)));
        }
        case 'C' -> push(bytes(u8())); // SHORT_BINBYTES
        case 'B' -> push(bytes(le(4))); // BINBYTES
        case 0x8e -> push(bytes(le(8))); // BINBYTES8
        case ')' -> push(Tuple.of());
        case ']' -> push(new PyContainers.PyList());
        case '}' -> push(new PyContainers.PyDict());
        case 0x8f -> push(new LinkedHashSet<>()); // EMPTY_SET
        case 't' -> push(tuple(popMark()));
        case 0x85 -> push(tuple(listOf(pop())));
        case 0x86 -> {
          Object b = pop();
          Object a = pop();
          push(tuple(listOf(a, b)));
        }
        case 0x87 -> {
          Object c = pop();
          Object b = pop();
          Object a = pop();
          push(tuple(listOf(a, b, c)));
        }
        case 'l' -> { // LIST
          ArrayList<Object> items = popMark();
          PyContainers.PyList l = new PyContainers.PyList();
          for (Object o : items) {
            nest(l, o);
            l.add(o);
          }
          push(l);
        }
        case 'd' -> { // DICT
          ArrayList<Object> items = popMark();
          PyContainers.PyDict d = new PyContainers.PyDict();
          push(d);
          setItems(d, items);
        }
        case 0x91 -> { // FROZENSET
          ArrayList<Object> items = popMark();
          Set<Object> set = new LinkedHashSet<>();
          for (Object o : items) {
            checkKey(o);
            nest(set, o);
            set.add(o);
          }
          push(set);
        }
        case 'a' -> { // APPEND
          Object item = pop();
          append(top(), listOf(item), "append");
        }
        case 'e' -> { // APPENDS
          ArrayList<Object> items = popMark();
          append(top(), items, "extend");
        }
        case 0x90 -> { // ADDITEMS
          ArrayList<Object> items = popMark();
          Object s = top();
          if (!(s instanceof Set<?>)) {
            throw new UnpicklingError("Can only add items to sets, but got " + pyType(s));
          }
          checkOpen(s);
          @SuppressWarnings("unchecked")
          Set<Object> set = (Set<Object>) s;
          for (Object o : items) {
            checkKey(o);
            nest(set, o);
            set.add(o);
          }
        }
        case 's' -> { // SETITEM
          Object v = pop();
          Object k = pop();
          setItems(top(), listOf(k, v));
        }
        case 'u' -> { // SETITEMS
          ArrayList<Object> items = popMark();
          setItems(top(), items);
        }
        case 'h' -> push(memoGet(u8())); // BINGET
        case 'j' -> push(memoGet(le(4))); // LONG_BINGET
        case 'q' -> memo.put((long) u8(), top()); // BINPUT
        case 'r' -> memo.put(le(4), top()); // LONG_BINPUT
        case 0x94 -> memo.put((long) memo.size(), top()); // MEMOIZE
        case 'c' -> { // GLOBAL
          String module = line();
          String name = line();
          push(global(module, name));
        }
        case 0x93 -> { // STACK_GLOBAL
          Object name = pop();
          Object module = pop();
          if (!(module instanceof String m) || !(name instanceof String n)) {
            throw new UnpicklingError("STACK_GLOBAL requires str");
          }
          push(global(m, n));
        }
        case 'Q' -> { // BINPERSID
          Object pid = pop();
          push(persistent(pid));
        }
        case 'R' -> { // REDUCE
          Object args = pop();
          Object func = pop();
          push(reduce(func, args));
        }
        case 0x81 -> { // NEWOBJ
          Object args = pop();
          Object cls = pop();
          if (!(cls instanceof Global g) || !g.full().equals("torch.nn.parameter.Parameter")) {
            throw unsafe("Trying to instantiate unsupported class " + describe(cls));
          }
          push(parameter(args));
        }
        case 'b' -> { // BUILD
          Object state = pop();
          build(top(), state);
        }
        default ->
            throw unsafe(
                "Unsupported operand "
                    + op
                    + (op >= 32 && op < 127 ? " ('" + (char) op + "')" : "")
                    + " at byte "
                    + (pos - 1));
      }
    }
  }

  private static List<Object> listOf(Object... items) {
    List<Object> l = new ArrayList<>(items.length);
    Collections.addAll(l, items);
    return l;
  }

  private Object memoGet(long idx) throws UnpicklingError {
    if (!memo.containsKey(idx)) {
      throw new UnpicklingError("Memo value not found at index " + idx);
    }
    return memo.get(idx);
  }

  private static Object decodeLong(byte[] b) {
    if (b.length == 0) {
      return 0L;
    }
    byte[] be = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      be[i] = b[b.length - 1 - i];
    }
    BigInteger v = new BigInteger(be);
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  private Object global(String module, String name) throws UnpicklingError {
    String full = module + "." + name;
    if (!ALLOWED.contains(full)) {
      throw unsafe("Unsupported class " + full);
    }
    if (module.equals("torch") && !name.endsWith("Storage") && !name.endsWith("Tensor")
        && !name.equals("Size")) {
      DType d = dtypeNamed(name);
      if (d != null) {
        return d;
      }
    }
    return new Global(module, name);
  }

  private static DType dtypeNamed(String name) {
    for (DType d : DType.values()) {
      if (d.toString().equals("torch." + name)) {
        return d;
      }
    }
    return null;
  }

  private static String describe(Object o) {
    return o instanceof Global g ? g.full() : pyType(o);
  }

  private void append(Object target, List<Object> items, String verb) throws UnpicklingError {
    if (!(target instanceof List<?>) || target instanceof Tuple || target instanceof Size) {
      throw unsafe(
          "Can only " + verb + " to lists, but got " + pyType(target));
    }
    checkOpen(target);
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) target;
    for (Object o : items) {
      nest(l, o);
      l.add(o);
    }
  }

  private void setItems(Object target, List<Object> items) throws UnpicklingError {
    if (!(target instanceof Map<?, ?>)) {
      throw new UnpicklingError("Can only set items of dicts, but got " + pyType(target));
    }
    if (items.size() % 2 != 0) {
      throw new UnpicklingError("odd number of items for SETITEMS");
    }
    checkOpen(target);
    @SuppressWarnings("unchecked")
    Map<Object, Object> m = (Map<Object, Object>) target;
    for (int i = 0; i < items.size(); i += 2) {
      Object k = items.get(i);
      Object v = items.get(i + 1);
      checkKey(k);
      nest(m, k);
      nest(m, v);
      m.put(k, v);
    }
  }

  private static void checkKey(Object k) throws UnpicklingError {
    if (isMutable(k)) {
      throw new UnpicklingError("unhashable type: '" + pyType(k) + "'");
    }
    if (k instanceof Tuple t) {
      for (Object o : t) {
        checkKey(o);
      }
    }
  }

  private StorageRef persistent(Object pid) throws IOException {
    if (loader == null) {
      throw new UnpicklingError("persistent IDs are not allowed in this part of the file");
    }
    if (!(pid instanceof Tuple t)) {
      throw unsafe("persistent_load id must be tuple or int, but got " + pyType(pid));
    }
    Object kind = t.isEmpty() ? null : t.get(0);
    String k = kind instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(kind);
    if (!"storage".equals(k)) {
      throw unsafe("Only persistent_load of storage is allowed, but got " + PyRepr.repr(kind));
    }
    if (t.size() < 5 || !(t.get(1) instanceof Global g)) {
      throw new UnpicklingError("malformed storage id " + PyRepr.repr(t));
    }
    return loader.load(t, storageDtype(g));
  }

  static DType storageDtype(Global g) throws UnpicklingError {
    String n = g.name();
    if (!n.endsWith("Storage")) {
      throw new UnpicklingError("persistent id names " + g.full() + ", not a storage type");
    }
    return switch (n) {
      case "FloatStorage" -> DType.float32;
      case "DoubleStorage" -> DType.float64;
      case "HalfStorage" -> DType.float16;
      case "BFloat16Storage" -> DType.bfloat16;
      case "LongStorage" -> DType.int64;
      case "IntStorage" -> DType.int32;
      case "ShortStorage" -> DType.int16;
      case "CharStorage" -> DType.int8;
      case "ByteStorage", "UntypedStorage" -> DType.uint8;
      case "BoolStorage" -> DType.bool;
      default ->
          throw new UnpicklingError(
              "TorchND has no dtype for " + g.full() + " (complex and quantized tensors)");
    };
  }

  // ------------------------------------------------------------------ REDUCE / BUILD

  private Object reduce(Object func, Object args) throws IOException {
    if (!(func instanceof Global g)) {
      throw unsafe("Trying to call reduce for unrecognized function " + describe(func));
    }
    if (!(args instanceof Tuple a)) {
      throw new UnpicklingError("REDUCE arguments must be a tuple, got " + pyType(args));
    }
    switch (g.full()) {
      case "collections.OrderedDict" -> {
        OrderedDict<Object, Object> od = new OrderedDict<>();
        if (a.size() > 1) {
          throw new UnpicklingError("OrderedDict expected at most 1 argument, got " + a.size());
        }
        if (a.size() == 1 && a.get(0) != null) {
          if (!(a.get(0) instanceof List<?> pairs)) {
            throw new UnpicklingError("OrderedDict argument must be a list of pairs");
          }
          for (Object p : pairs) {
            if (!(p instanceof List<?> kv) || kv.size() != 2) {
              throw new UnpicklingError("OrderedDict argument must be a list of pairs");
            }
            setItems(od, listOf(kv.get(0), kv.get(1)));
          }
        }
        return od;
      }
      case "torch._utils._rebuild_tensor_v2" -> {
        if (a.size() < 6 || a.size() > 7) {
          throw new UnpicklingError(
              "_rebuild_tensor_v2() takes 6 or 7 arguments, got " + a.size());
        }
        Tensor t = rebuild(a.get(0), a.get(1), a.get(2), a.get(3));
        Object rg = a.get(4);
        if (!(rg instanceof Boolean)) {
          throw new UnpicklingError("_rebuild_tensor_v2: requires_grad must be a bool");
        }
        if ((Boolean) rg) {
          requireGrad(t);
        }
        return t;
      }
      case "torch._utils._rebuild_tensor" -> {
        if (a.size() != 4) {
          throw new UnpicklingError("_rebuild_tensor() takes 4 arguments, got " + a.size());
        }
        return rebuild(a.get(0), a.get(1), a.get(2), a.get(3));
      }
      case "torch._utils._rebuild_parameter" -> {
        if (a.size() != 3) {
          throw new UnpicklingError("_rebuild_parameter() takes 3 arguments, got " + a.size());
        }
        return parameter(Tuple.of(a.get(0), a.get(1)));
      }
      case "torch.Size" -> {
        if (a.size() > 1) {
          throw new UnpicklingError("torch.Size() takes at most 1 argument");
        }
        return new Size(a.isEmpty() ? new long[0] : longs(a.get(0), "torch.Size"));
      }
      case "torch.serialization._get_layout" -> {
        if (a.size() != 1 || !"torch.strided".equals(a.get(0))) {
          throw new UnpicklingError(
              "TorchND has only strided tensors; the file names layout "
                  + (a.isEmpty() ? "()" : PyRepr.repr(a.get(0))));
        }
        return "torch.strided";
      }
      case "torch._utils._rebuild_sparse_tensor", "torch._utils._rebuild_sparse_csr_tensor" ->
          throw new UnpicklingError("TorchND has no sparse tensors (" + g.full() + ")");
      case "torch._utils._rebuild_meta_tensor_no_storage" ->
          throw new UnpicklingError("TorchND has no meta tensors (" + g.full() + ")");
      default ->
          throw new UnpicklingError(
              "TorchND's loader does not call " + g.full() + " (only tensor rebuild functions,"
                  + " OrderedDict and torch.Size)");
    }
  }

  private static void requireGrad(Tensor t) throws UnpicklingError {
    if (!t.dtype().is_floating_point()) {
      throw new UnpicklingError(
          "only Tensors of floating point and complex dtype can require gradients (file has "
              + t.dtype() + ")");
    }
    t.requires_grad_(true);
  }

  private Tensor parameter(Object args) throws UnpicklingError {
    if (!(args instanceof Tuple a) || a.isEmpty() || a.size() > 2) {
      throw new UnpicklingError("Parameter() takes (data, requires_grad)");
    }
    if (!(a.get(0) instanceof Tensor data)) {
      throw new UnpicklingError("Parameter data must be a tensor, got " + pyType(a.get(0)));
    }
    boolean rg = true;
    if (a.size() == 2) {
      if (!(a.get(1) instanceof Boolean b)) {
        throw new UnpicklingError("Parameter requires_grad must be a bool");
      }
      rg = b;
    }
    if (rg && !data.dtype().is_floating_point()) {
      throw new UnpicklingError(
          "Only Tensors of floating point and complex dtype can require gradients");
    }
    return Rebuild.parameter(data, rg);
  }

  private static long[] longs(Object o, String what) throws UnpicklingError {
    if (!(o instanceof List<?> l)) {
      throw new UnpicklingError(what + " must be a tuple of ints, got " + pyType(o));
    }
    long[] out = new long[l.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(l.get(i) instanceof Long v)) {
        throw new UnpicklingError(what + " must be a tuple of ints, got " + PyRepr.repr(l));
      }
      out[i] = v;
    }
    return out;
  }

  private static Tensor rebuild(Object storage, Object offset, Object size, Object stride)
      throws UnpicklingError {
    if (!(storage instanceof StorageRef ref)) {
      throw new UnpicklingError("_rebuild_tensor expects a storage, got " + pyType(storage));
    }
    if (!(offset instanceof Long off)) {
      throw new UnpicklingError("storage_offset must be an int, got " + pyType(offset));
    }
    long[] shape = longs(size, "size");
    long[] strides = longs(stride, "stride");
    if (shape.length != strides.length) {
      throw new UnpicklingError(
          "mismatch in length of strides and shape: "
              + shape.length
              + " sizes, "
              + strides.length
              + " strides");
    }
    return Rebuild.tensor(ref, off, shape, strides);
  }

  private void build(Object inst, Object state) throws UnpicklingError {
    if (inst instanceof OrderedDict<?, ?> od) {
      Object dict = state;
      if (state instanceof Tuple t && t.size() == 2) {
        dict = t.get(0);
      }
      if (dict == null) {
        return;
      }
      if (!(dict instanceof Map<?, ?> m)) {
        throw new UnpicklingError("OrderedDict state must be a dict, got " + pyType(dict));
      }
      Object meta = m.get("_metadata");
      if (meta != null && !(meta instanceof Map<?, ?>)) {
        throw new UnpicklingError("_metadata must be a dict, got " + pyType(meta));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> mm = (Map<String, Object>) meta;
      od._metadata(mm);
      return;
    }
    if (inst instanceof Tensor) {
      throw new UnpicklingError(
          "BUILD on a tensor (legacy Tensor.__setstate__ / Parameter state) is not supported");
    }
    throw unsafe("Can only build Tensor, parameter or dict objects, but got " + pyType(inst));
  }
}
