package dev.torchnd.compat.tutorials;

import dev.torchnd.d2l.PyFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Python's {@code print} and {@code str} for the tutorial ports, so a port's output reads like the
 * original's: Java values print as Python prints the corresponding Python values ({@code True},
 * {@code None}, {@code 1e-05}, {@code ['a', 'b']}); TorchND objects print their own
 * {@code toString()}, which is PyTorch's repr.
 */
public final class Py {
  private Py() {}

  /** Python's {@code str(x)}. */
  public static String str(Object x) {
    if (x == null) {
      return "None";
    }
    if (x instanceof Object[] arr) { // a Java array stands for a Python tuple
      StringJoiner j = new StringJoiner(", ", "(", arr.length == 1 ? ",)" : ")");
      for (Object e : arr) {
        j.add(repr(e));
      }
      return j.toString();
    }
    if (x.getClass().getPackageName().startsWith("dev.torchnd")) {
      return x.toString(); // TorchND objects (Tensor, Size, …) print PyTorch's repr
    }
    if (x instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (x instanceof Double d) {
      return PyFormat.repr(d);
    }
    if (x instanceof Float f) {
      return PyFormat.repr(f);
    }
    if (x instanceof List<?> l) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      l.forEach(e -> j.add(repr(e)));
      return j.toString();
    }
    if (x instanceof Map<?, ?> m) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      m.forEach((k, v) -> j.add(repr(k) + ": " + repr(v)));
      return j.toString();
    }
    return x.toString();
  }

  /**
   * Python's {@code format(x)}, what an f-string's {@code {x}} prints: as {@link #str}, except a
   * 0-d tensor, whose {@code __format__} formats its {@code item()} ({@code f"{tensor(3)}"} is
   * {@code 3}).
   */
  public static String format(Object x) {
    if (x instanceof dev.torchnd.Tensor t && t.dim() == 0) {
      return str(t.item());
    }
    return str(x);
  }

  /** Python's {@code repr(x)}: strings quoted, the rest as {@link #str}. */
  public static String repr(Object x) {
    return x instanceof String s ? "'" + s + "'" : str(x);
  }

  /** Python's {@code type(x)} as printed, for the Python value a Java boxed value stands for. */
  public static String type(Object x) {
    String name = x instanceof Double || x instanceof Float ? "float"
        : x instanceof Long || x instanceof Integer ? "int"
        : x instanceof Boolean ? "bool"
        : x instanceof String ? "str"
        : x instanceof Object[] ? "tuple"
        : x instanceof dev.torchnd.nn.Parameter ? "torch.nn.parameter.Parameter"
        : x instanceof dev.torchnd.Tensor ? "torch.Tensor"
        : x.getClass().getSimpleName();
    return "<class '" + name + "'>";
  }

  /** Python's {@code print(*args)}: {@code str} of each, separated by spaces. */
  public static void print(Object... args) {
    StringJoiner j = new StringJoiner(" ");
    for (Object a : args) {
      j.add(str(a));
    }
    System.out.println(j);
  }
}
