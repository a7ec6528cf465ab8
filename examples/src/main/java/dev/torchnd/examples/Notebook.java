package dev.torchnd.examples;

import dev.torchnd.Size;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyRandom;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a walkthrough the way Jupyter shows a notebook: each cell's Java source (read from the
 * example's own source file at the line that calls {@link #cell}), then its displayed value in
 * Python's repr ({@code (tensor(...), 3.5, True)} for tuples), and a raised exception as
 * {@code RuntimeError: message}. It also keeps every cell (source, output, figures) for the
 * section's HTML page ({@link WalkthroughPage}).
 *
 * <p>A cell prints as
 *
 * <pre>
 * ### cell 3
 * ┌ java
 * │ Tensor x = arange(12);
 * │ nb.show(x);
 * └
 * tensor([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11])
 * </pre>
 *
 * A cell that stands for a Python {@code def} or {@code class} names the Java it became in a
 * comment ({@code // def softmax(X): ... -> Ch3_6.softmax}); that method (or class) is printed
 * after the cell, under a {@code ├ Ch3_6.softmax  (Ch3_6.java:31)} line, read from its source
 * file as the cell is.
 *
 * and a transcript comparison drops the lines from {@code ┌ java} to {@code └} ({@link
 * #stripCode}).
 */
public final class Notebook {
  /** The line that opens a cell's Java source in the printed walkthrough. */
  public static final String CODE_OPEN = "\u250c java";
  /** The prefix of each line of a cell's Java source. */
  public static final String CODE_LINE = "\u2502 ";
  /** The line that closes a cell's Java source. */
  public static final String CODE_CLOSE = "\u2514";

  private final PrintStream out;
  private final boolean seedEachCell;
  private final List<CellRecord> cells = new ArrayList<>();
  private int cell;

  /**
   * The line that opens, inside a cell's source block, the Java definition a function-defining
   * cell points to ({@code ├ Ch3_6.softmax  (Ch3_6.java:31)}).
   */
  public static final String CODE_DEF = "\u251c ";

  /**
   * One executed cell: its number, Java source, what it printed, the figures it wrote, and the
   * Java definitions its comments point to ({@code // def softmax(X): ... -> Ch3_6.softmax}).
   */
  public record CellRecord(int number, String java, String output, List<Path> figures,
      List<Definition> definitions) {
    public CellRecord(int number, String java, String output, List<Path> figures) {
      this(number, java, output, figures, List.of());
    }
  }

  /**
   * The Java source a cell's {@code -> Ref} comment names: {@code ref} as written, the file, the
   * line of its (first) declaration (0 where it was not found, {@code source} then says why), and
   * the declaration's text with its javadoc.
   */
  public record Definition(String ref, String file, int line, String source) {
    /** Whether the source was found. */
    public boolean found() {
      return line > 0;
    }

    /** {@code Ch3_6.softmax  (Ch3_6.java:31)}. */
    public String title() {
      return found() ? ref + "  (" + file + ":" + line + ")" : ref;
    }
  }

  public Notebook(PrintStream out) {
    this(out, false);
  }

  /**
   * A notebook whose cells each start with {@code torch.manual_seed(0)}, {@code
   * random.seed(0)} and {@code np.random.seed(0)} when {@code seedEachCell} (what the chapter 3-5 recorder does), so that a
   * cell's random draws do not depend on the cells before it.
   */
  public Notebook(PrintStream out, boolean seedEachCell) {
    this.out = out;
    this.seedEachCell = seedEachCell;
  }

  /** A cell that displays nothing; with {@link #show} inside, it displays what show gets. */
  public interface Cell {
    void run() throws Exception;
  }

  /** The cells run so far, in order. */
  public List<CellRecord> cells() {
    return List.copyOf(cells);
  }

  /** Starts the next cell, prints its Java source, runs it, and prints an exception as Python. */
  public void cell(Cell body) {
    cell++;
    StackWalker.StackFrame caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(s -> s.filter(f -> f.getDeclaringClass() != Notebook.class).findFirst().orElseThrow());
    String java = CellSource.of(caller);
    List<Definition> defs = CellSource.definitions(caller.getDeclaringClass(), java);
    out.println("### cell " + cell);
    out.println(CODE_OPEN);
    for (String line : java.split("\n", -1)) {
      out.println((CODE_LINE + line).stripTrailing());
    }
    for (Definition d : defs) {
      out.println(CODE_DEF + d.title());
      for (String line : d.source().split("\n", -1)) {
        out.println((CODE_LINE + line).stripTrailing());
      }
    }
    out.println(CODE_CLOSE);
    out.flush();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    PrintStream previous = current;
    current = tee;
    System.setOut(tee);
    D2l.drainSavedFigures();
    try {
      if (seedEachCell) {
        Torch.manual_seed(0);
        PyRandom.seed(0);
        dev.torchnd.d2l.NpRandom.seed(0);
      }
      body.run();
    } catch (IndexOutOfBoundsException e) {
      tee.println("IndexError: " + e.getMessage());
    } catch (RuntimeException e) {
      tee.println("RuntimeError: " + e.getMessage());
    } catch (Exception e) {
      tee.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (AssertionError e) {
      tee.println("AssertionError: " + (e.getMessage() == null ? "" : e.getMessage()));
    } finally {
      tee.flush();
      System.setOut(saved);
      current = previous;
    }
    cells.add(new CellRecord(cell, java, captured.toString(StandardCharsets.UTF_8),
        D2l.drainSavedFigures(), defs));
  }

  private PrintStream current;

  private PrintStream sink() {
    return current != null ? current : out;
  }

  /** Removes each cell's Java source block from a printed walkthrough, leaving the outputs. */
  public static String stripCode(String transcript) {
    StringBuilder sb = new StringBuilder();
    boolean inCode = false;
    for (String line : transcript.split("\n", -1)) {
      if (!inCode && line.equals(CODE_OPEN)) {
        inCode = true;
      } else if (inCode) {
        if (line.equals(CODE_CLOSE)) {
          inCode = false;
        }
      } else {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** Writes to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws java.io.IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      a.flush();
      b.flush();
    }
  }

  /** Displays one value, or several as a Python tuple. */
  public void show(Object... values) {
    if (values.length == 1 && values[0] == null) {
      return; // Jupyter displays nothing for None
    }
    sink().println(values.length == 1 ? repr(values[0]) : tuple(values));
  }

  /** Python's {@code print(...)}: values separated by spaces, strings unquoted. */
  public void print(Object... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(values[i] instanceof String s ? s : repr(values[i]));
    }
    sink().println(sb);
  }

  static String tuple(Object... values) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(repr(values[i]));
    }
    if (values.length == 1) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }

  /** Python's repr of a Java value. */
  public static String repr(Object v) {
    if (v == null) {
      return "None";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof Double || v instanceof Float) {
      return pyFloat(((Number) v).doubleValue());
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof Object[] arr) {
      return tuple(arr);
    }
    if (v instanceof long[] shape) { // a DataFrame's shape: pandas' tuple
      return tuple(java.util.Arrays.stream(shape).boxed().toArray());
    }
    if (v instanceof List<?> l && !(v instanceof Size)) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof java.util.Map<?, ?> m && !(v instanceof dev.torchnd.serialization.OrderedDict)) {
      StringBuilder sb = new StringBuilder("{");
      for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(sb.length() > 1 ? ", " : "").append(repr(e.getKey())).append(": ")
            .append(repr(e.getValue()));
      }
      return sb.append('}').toString();
    }
    if (v instanceof dev.torchnd.Device d) {
      return d.repr();
    }
    if (v instanceof Class<?> c) {
      String name = c == Tensor.class ? "torch.Tensor"
          : c == dev.torchnd.nn.Parameter.class ? "torch.nn.parameter.Parameter" : c.getName();
      return "<class '" + name + "'>";
    }
    return String.valueOf(v);
  }

  /** Python's float repr: shortest round-trip digits, {@code 3.0}, {@code 1e-05}, {@code inf}. */
  public static String pyFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exp = bd.precision() - bd.scale() - 1;
    if (exp < -4 || exp >= 16) {
      String digits = bd.unscaledValue().abs().toString();
      String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      return (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    String plain = bd.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }
}
