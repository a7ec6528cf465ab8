package dev.torchnd.compat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The forward-case replay: one table per area ({@link BaseOps} for {@code fixtures/ops.json},
 * {@link CoreOps}, {@link MoreOps}, {@link NnOps}, each for its {@code ops_*.json}), registered in
 * one place ({@link #OPS}, through {@link Registry}: a name registered twice fails), plus what
 * the tables share: the decoded arguments ({@link Args}) and the adapters from a Python argument
 * list to the Java overloads ({@link #bin}, {@link #rbin}, {@link #bin4}, ...). Each entry calls
 * the TorchND API the way the recorded Python called PyTorch; the meaning of every op name and
 * its argument list is defined by the recorder of its area ({@code PY} in {@code record_ops.py}).
 *
 * <p>Where TorchND has no Java overload for a Python argument combination, the lambda either
 * substitutes an exactly equivalent call (documented at {@link Args#scalarTensor}) or throws
 * {@link ApiGap}, which fails the case with a message naming the missing overload.
 */
final class OpRegistry {
  private OpRegistry() {}

  /** One op: decoded fixture arguments in, a result out. */
  @FunctionalInterface
  interface Op {
    Object apply(Args a);
  }

  /** Thrown when the Java API lacks an overload a fixture needs; never a PyTorch-style error. */
  static final class ApiGap extends AssertionError {
    private static final long serialVersionUID = 1L;

    ApiGap(String signature) {
      super("TorchND API gap: no Java overload for " + signature);
    }
  }

  @FunctionalInterface
  interface TT {
    Tensor f(Tensor a, Tensor b);
  }

  @FunctionalInterface
  interface TL {
    Tensor f(Tensor a, long b);
  }

  @FunctionalInterface
  interface TD {
    Tensor f(Tensor a, double b);
  }

  @FunctionalInterface
  interface LT {
    Tensor f(long a, Tensor b);
  }

  @FunctionalInterface
  interface DT {
    Tensor f(double a, Tensor b);
  }

  static final Map<String, Op> OPS = build();

  private static Map<String, Op> build() {
    return new Registry<Op>("forward op")
        .area("ops.json (record_ops.py)", BaseOps::addTo)
        .area("ops_core.json (record_ops_core.py)", CoreOps::addTo)
        .area("ops_more.json (record_ops_more.py)", MoreOps::addTo)
        .area("ops_nn.json (record_nn.py)", NnOps::addTo)
        .area("ops_nn_layers.json (record_nn_layers.py)", NnLayersOps::addTo)
        .area("ops_tutorials.json (record_tutorials.py)", TutorialOps::addTo)

        .area("ops_common.json (record_ops_common.py)", CommonOps::addTo)
        .area("ops_stats.json (record_ops_stats.py)", StatsOps::addTo)
        .area("ops_extra.json (record_ops_extra.py)", ExtraOpsTable::addTo)
        .area("ops_enum.json (record_ops_enum.py)", EnumOps::addTo)
        .area("ops_gaps.json (record_ops_gaps.py)", GapsOps::addTo)
        .area("ops_samplers.json (record_ops_samplers.py)", SamplerOps::addTo)
        .area("ops_index.json (record_ops_index.py)", IndexOpsTable::addTo)
        .area("ops_special.json (record_ops_special.py)", SpecialOps::addTo)
        .freeze();
  }

  // ---- argument adapters shared by the tables ----

  @FunctionalInterface
  interface TB {
    Tensor f(Tensor a, boolean b);
  }

  @FunctionalInterface
  interface BT {
    Tensor f(boolean a, Tensor b);
  }

  @FunctionalInterface
  interface U {
    Tensor f(Tensor a);
  }

  /**
   * {@code f(t, t|int|float|bool)} through four Java overloads, so the literal rules of each
   * (int/long wrapped int64, double wrapped float, boolean wrapped bool) are what is checked.
   */
  static Op bin4(TT tt, TL tl, TD td, TB tb) {
    return a -> {
      Tensor x = a.t(0);
      Object y = a.get(1);
      if (y instanceof Tensor t) {
        return tt.f(x, t);
      } else if (y instanceof Long l) {
        return tl.f(x, l);
      } else if (y instanceof Double d) {
        return td.f(x, d);
      } else if (y instanceof Boolean b) {
        return tb.f(x, b);
      }
      throw new IllegalArgumentException("bad operand " + y);
    };
  }

  /** As {@link #bin4} for ops without a floating-scalar overload (bitwise): see scalarTensor. */
  static Op bin3(TT tt, TL tl, TB tb) {
    return a -> a.get(1) instanceof Double
        ? tt.f(a.t(0), a.scalarTensor(1, 0, "<op>(Tensor, double)"))
        : bin4(tt, tl, (x, d) -> null, tb).apply(a);
  }

  static Op un(U f) {
    return a -> f.f(a.t(0));
  }



  /** {@code torch.f(scalar, tensor)} with an int or a bool on the left. */
  static Op rbit(LT lt, BT bt) {
    return a -> a.get(0) instanceof Boolean b ? bt.f(b, a.t(1)) : lt.f(a.l(0), a.t(1));
  }

  // ------------------------------------------------------------------ helpers per op family

  /** {@code a op b} where b is a tensor, an int, a float or a bool. */
  static Op bin(TT tt, TL tl, TD td) {
    return a -> {
      Tensor x = a.t(0);
      Object y = a.get(1);
      if (y instanceof Tensor t) {
        return tt.f(x, t);
      } else if (y instanceof Long l) {
        return tl.f(x, l);
      } else if (y instanceof Double d) {
        return td.f(x, d);
      } else if (y instanceof Boolean) {
        return tt.f(x, a.scalarTensor(1, 0, "<op>(Tensor, boolean)"));
      }
      throw new IllegalArgumentException("bad operand " + y);
    };
  }

  /** {@code s op t} where s is a Python scalar. */
  static Op rbin(TT tt, LT lt, DT dt) {
    return a -> {
      Object s = a.get(0);
      Tensor t = a.t(1);
      if (s instanceof Long l) {
        return lt.f(l, t);
      } else if (s instanceof Double d) {
        return dt.f(d, t);
      }
      return tt.f(a.scalarTensor(0, 1, "<op>(boolean, Tensor)"), t);
    };
  }

  // ------------------------------------------------------------------ decoded arguments

  /** Marker for Python's None. */
  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  /**
   * The decoded arguments of one case. Tensors are built fresh for every call (setitem and the
   * in-place ops mutate them). Python ints are {@code Long}, floats {@code Double}, bools {@code
   * Boolean}, dim lists {@code long[]}, dtypes {@link DType}, None {@link #NONE}, index
   * expressions {@code String}, tensor tuples {@code List<Tensor>}, and nested data for {@code
   * torch.tensor} nested {@code List}s of Long/Double/Boolean.
   */
  static final class Args {
    private final List<Object> v;

    Args(List<Object> v) {
      this.v = v;
    }

    int n() {
      return v.size();
    }

    boolean has(int i) {
      return i < v.size();
    }

    Object get(int i) {
      Object o = v.get(i);
      return o == NONE ? null : o;
    }

    Tensor t(int i) {
      return (Tensor) v.get(i);
    }

    boolean isT(int i) {
      return v.get(i) instanceof Tensor;
    }

    boolean isInts(int i) {
      return v.get(i) instanceof long[];
    }

    boolean isStr(int i) {
      return v.get(i) instanceof String;
    }

    boolean isDtype(int i) {
      return v.get(i) instanceof DType;
    }

    boolean isNone(int i) {
      return v.get(i) == NONE;
    }

    Tensor optTensor(int i) {
      return isNone(i) ? null : t(i);
    }

    long l(int i) {
      Object o = v.get(i);
      if (o instanceof Boolean b) {
        return b ? 1 : 0;
      }
      return (Long) o;
    }

    int i(int i) {
      return Math.toIntExact(l(i));
    }

    double d(int i) {
      Object o = v.get(i);
      if (o instanceof Boolean b) {
        return b ? 1 : 0;
      }
      return ((Number) o).doubleValue();
    }

    boolean b(int i) {
      return (Boolean) v.get(i);
    }

    String str(int i) {
      return (String) v.get(i);
    }

    DType dtype(int i) {
      return (DType) v.get(i);
    }

    long[] shape(int i) {
      return (long[]) v.get(i);
    }

    int[] dims(int i) {
      long[] s = shape(i);
      int[] out = new int[s.length];
      for (int k = 0; k < s.length; k++) {
        out[k] = Math.toIntExact(s[k]);
      }
      return out;
    }

    /** A dim argument that may be an int or a list of ints, as an int[]. */
    int[] dimList(int i) {
      return isInts(i) ? dims(i) : new int[] {i(i)};
    }

    @SuppressWarnings("unchecked")
    List<Tensor> tensors(int i) {
      return (List<Tensor>) v.get(i);
    }

    /**
     * The Python scalar at {@code i} as a 0-d tensor, for ops that have no Java overload taking
     * that scalar. This is exact: PyTorch promotes a Python scalar and a 0-d tensor of its
     * default type (int64 / float32 / bool) identically against any dimensioned tensor, and a
     * Python bool identically against anything. The one difference (a 0-d int or float partner)
     * is refused as an API gap, so no case silently changes meaning.
     */
    Tensor scalarTensor(int i, int partner, String signature) {
      Object s = v.get(i);
      if (s instanceof Boolean b) {
        return Torch.tensor(b.booleanValue());
      }
      if (t(partner).dim() == 0) {
        throw new ApiGap(signature);
      }
      if (s instanceof Long l) {
        return Torch.tensor(l.longValue());
      }
      return Torch.tensor(((Double) s).doubleValue());
    }
  }

  /** Decodes a fixture's "args" array. */
  static Args decode(JsonArray args) {
    List<Object> out = new ArrayList<>();
    for (JsonElement e : args) {
      out.add(decodeArg(e.getAsJsonObject()));
    }
    return new Args(out);
  }

  static Object decodeArg(JsonObject arg) {
    if (arg.size() != 1) {
      throw new IllegalArgumentException("ARG must have one key: " + arg);
    }
    Entry<String, JsonElement> e = arg.entrySet().iterator().next();
    JsonElement v = e.getValue();
    return switch (e.getKey()) {
      case "t" -> buildTensor(v.getAsJsonObject());
      case "int" -> v.getAsLong();
      case "float" -> Fixtures.toDouble(v);
      case "bool" -> v.getAsBoolean();
      case "ints" -> Fixtures.longs(v.getAsJsonArray());
      case "dtype" -> DType.valueOf(v.getAsString());
      case "none" -> NONE;
      case "str" -> v.getAsString();
      case "tensors" -> {
        List<Tensor> ts = new ArrayList<>();
        for (JsonElement t : v.getAsJsonArray()) {
          ts.add((Tensor) decodeArg(t.getAsJsonObject()));
        }
        yield ts;
      }
      case "list" -> nested(v);
      default -> throw new IllegalArgumentException("unknown ARG kind " + e.getKey());
    };
  }

  /** JSON nested data as Java nested Lists of Long (Python int), Double (float), Boolean. */
  static Object nested(JsonElement e) {
    if (e.isJsonArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonElement x : e.getAsJsonArray()) {
        out.add(nested(x));
      }
      return out;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    return Fixtures.isFloatLiteral(p) ? (Object) Fixtures.toDouble(p) : (Object) p.getAsLong();
  }

  /**
   * Builds a tensor ARG: a contiguous tensor from values/shape, or for a view the contiguous
   * {@code base} followed by the recorded view ({@code T}: {@code base.T}; {@code slice_step2}:
   * {@code base[..., ::2]}; {@code expand}: {@code base.expand(shape)}).
   */
  static Tensor buildTensor(JsonObject t) {
    DType dt = DType.valueOf(t.get("dtype").getAsString());
    long[] shape = Fixtures.longs(t.getAsJsonArray("shape"));
    JsonElement view = t.get("view");
    if (view == null || view.isJsonNull()) {
      return contiguous(t.getAsJsonArray("values"), shape, dt);
    }
    JsonObject b = t.getAsJsonObject("base");
    Tensor base = contiguous(b.getAsJsonArray("values"), Fixtures.longs(b.getAsJsonArray("shape")), dt);
    return switch (view.getAsString()) {
      case "T" -> base.T();
      case "slice_step2" -> base.get("..., ::2");
      case "expand" -> base.expand(shape);
      default -> throw new IllegalArgumentException("unknown view " + view);
    };
  }

  static Tensor contiguous(JsonArray values, long[] shape, DType dt) {
    if (dt.is_floating_point()) {
      return Torch.tensor(Fixtures.doubles(values), shape, dt);
    }
    return Torch.tensor(Fixtures.longs(values), shape, dt);
  }
}
