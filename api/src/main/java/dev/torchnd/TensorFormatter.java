package dev.torchnd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch 1.13's {@code Tensor.__repr__} ({@code torch/_tensor_str.py}), reproduced character for
 * character for dense, strided, real tensors.
 *
 * <p>Number formatting never goes through {@link String#format}: Python's {@code '{:.4f}'} and
 * {@code '{:.4e}'} round the exact binary value half-to-even and ignore the locale, which {@link
 * BigDecimal} reproduces.
 */
final class TensorFormatter {

  /** Reads logical elements of a tensor in row-major order (flat index 0..numel-1). */
  interface ElementSource {
    double getDouble(long flatIndex);

    long getLong(long flatIndex);
  }

  /** Mirrors {@code torch._tensor_str.PRINT_OPTS}; global like PyTorch's. */
  private static final class PrintOptions {
    int precision = 4;
    // A double because the "full" profile sets it to Python's inf.
    double threshold = 1000;
    int edgeitems = 3;
    int linewidth = 80;
    Boolean sciMode = null;
  }

  private static final Object LOCK = new Object();
  private static PrintOptions opts = new PrintOptions();

  private static final String PREFIX = "tensor(";

  private TensorFormatter() {}

  /**
   * PyTorch's {@code torch.set_printoptions} without {@code profile}; a null argument leaves that
   * option unchanged, except {@code sciMode}: as in PyTorch, every call assigns it, so null means
   * "automatic" again.
   */
  static void setPrintOptions(
      Integer precision, Integer threshold, Integer edgeitems, Integer linewidth, Boolean sciMode) {
    synchronized (LOCK) {
      PrintOptions o = copy(opts);
      if (precision != null) {
        o.precision = precision;
      }
      if (threshold != null) {
        o.threshold = threshold;
      }
      if (edgeitems != null) {
        o.edgeitems = edgeitems;
      }
      if (linewidth != null) {
        o.linewidth = linewidth;
      }
      o.sciMode = sciMode;
      opts = o;
    }
  }

  /**
   * PyTorch's {@code torch.set_printoptions(profile=...)}: {@code "default"}, {@code "short"} or
   * {@code "full"}. Like PyTorch it also resets {@code sci_mode} to automatic, and silently ignores
   * an unknown profile name apart from that reset.
   */
  static void setPrintOptionsProfile(String profile) {
    synchronized (LOCK) {
      PrintOptions o = copy(opts);
      switch (profile) {
        case "default":
          o.precision = 4;
          o.threshold = 1000;
          o.edgeitems = 3;
          o.linewidth = 80;
          break;
        case "short":
          o.precision = 2;
          o.threshold = 1000;
          o.edgeitems = 2;
          o.linewidth = 80;
          break;
        case "full":
          o.precision = 4;
          o.threshold = Double.POSITIVE_INFINITY;
          o.edgeitems = 3;
          o.linewidth = 80;
          break;
        default:
          break;
      }
      o.sciMode = null;
      opts = o;
    }
  }

  private static PrintOptions copy(PrintOptions src) {
    PrintOptions o = new PrintOptions();
    o.precision = src.precision;
    o.threshold = src.threshold;
    o.edgeitems = src.edgeitems;
    o.linewidth = src.linewidth;
    o.sciMode = src.sciMode;
    return o;
  }

  /**
   * PyTorch's repr, e.g. {@code "tensor([[0., 1.],\n        [2., 3.]], dtype=torch.float64,
   * requires_grad=True)"}. {@code gradFnName} is e.g. {@code "MulBackward0"}, or null for a leaf.
   */
  static String repr(
      DType dtype, long[] shape, ElementSource src, String gradFnName, boolean requiresGrad) {
    return repr(dtype, shape, src, gradFnName, requiresGrad, null);
  }

  /** As above with {@code device='cuda:0'} first among the suffixes when {@code device} is set. */
  static String repr(
      DType dtype, long[] shape, ElementSource src, String gradFnName, boolean requiresGrad,
      String device) {
    // One consistent snapshot, so a concurrent set_printoptions cannot mix two option sets.
    PrintOptions o;
    synchronized (LOCK) {
      o = opts;
    }
    int indent = PREFIX.length();
    long numel = 1;
    for (long d : shape) {
      numel *= d;
    }
    List<String> suffixes = new ArrayList<>();
    if (device != null) {
      suffixes.add(device);
    }
    String tensorStr;
    if (numel == 0) {
      // An empty tensor has no elements to hint at its dtype, so even int64/bool are named.
      if (shape.length != 1) {
        suffixes.add("size=" + pythonTuple(shape));
      }
      if (dtype != DType.float32) {
        suffixes.add("dtype=" + dtype);
      }
      tensorStr = "[]";
    } else {
      if (dtype != DType.float32 && dtype != DType.int64 && dtype != DType.bool) {
        suffixes.add("dtype=" + dtype);
      }
      tensorStr = new Printer(o, dtype, shape, src, numel).tensorStr(indent);
    }
    if (gradFnName != null) {
      suffixes.add("grad_fn=<" + gradFnName + ">");
    } else if (requiresGrad) {
      suffixes.add("requires_grad=True");
    }
    return addSuffixes(PREFIX + tensorStr, suffixes, indent, o.linewidth);
  }

  /** Python's {@code str(tuple(shape))}: {@code (0, 3)}, and {@code (0,)} for one dimension. */
  private static String pythonTuple(long[] shape) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(shape[i]);
    }
    if (shape.length == 1) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }

  private static String addSuffixes(
      String tensorStr, List<String> suffixes, int indent, int linewidth) {
    StringBuilder sb = new StringBuilder(tensorStr);
    // PyTorch's off-by-two: with no newline rfind gives -1, so the length counts 2 extra chars.
    long lastLineLen = tensorStr.length() - tensorStr.lastIndexOf('\n') + 1;
    for (String suffix : suffixes) {
      int suffixLen = suffix.length();
      if (lastLineLen + suffixLen + 2 > linewidth) {
        sb.append(",\n").append(" ".repeat(indent)).append(suffix);
        lastLineLen = indent + suffixLen;
      } else {
        sb.append(", ").append(suffix);
        lastLineLen += suffixLen + 2;
      }
    }
    return sb.append(')').toString();
  }

  /** Renders the bracketed contents of one non-empty tensor under one option snapshot. */
  private static final class Printer {
    private final PrintOptions o;
    private final DType dtype;
    private final long[] shape;
    private final long[] strides;
    private final ElementSource src;
    private final boolean summarize;
    private Formatter formatter;

    Printer(PrintOptions o, DType dtype, long[] shape, ElementSource src, long numel) {
      this.o = o;
      this.dtype = dtype;
      this.shape = shape;
      this.src = src;
      this.summarize = numel > o.threshold;
      this.strides = new long[shape.length];
      long s = 1;
      for (int i = shape.length - 1; i >= 0; i--) {
        strides[i] = s;
        s *= shape[i];
      }
    }

    String tensorStr(int indent) {
      // The formatter sees exactly the elements that get printed (get_summarized_data).
      List<Long> shown = new ArrayList<>();
      collect(0, 0, shown);
      formatter = new Formatter(o, dtype, src, shown);
      StringBuilder sb = new StringBuilder();
      render(0, 0, indent, sb);
      return sb.toString();
    }

    private boolean elided(int dim) {
      return summarize && shape[dim] > 2L * o.edgeitems;
    }

    /** Leading then trailing kept indices of one summarized dimension, as PyTorch picks them. */
    private long[][] edges(int dim) {
      long n = shape[dim];
      long e = o.edgeitems;
      if (dim < shape.length - 1) {
        if (e <= 0) {
          // get_summarized_data would stack an empty list, which PyTorch rejects.
          throw new IllegalStateException("stack expects a non-empty TensorList");
        }
        return new long[][] {{0, e}, {n - e, n}};
      }
      // Vectors use Python slices self[:e] and self[-e:]; note self[-0:] is the whole vector.
      long headEnd = e >= 0 ? Math.min(n, e) : Math.max(0, n + e);
      long tailStart = e > 0 ? Math.max(0, n - e) : Math.min(n, -e);
      return new long[][] {{0, headEnd}, {tailStart, n}};
    }

    private void collect(int dim, long offset, List<Long> out) {
      if (shape.length == 0) {
        out.add(0L);
        return;
      }
      long[][] ranges = elided(dim) ? edges(dim) : new long[][] {{0, shape[dim]}};
      for (long[] r : ranges) {
        for (long i = r[0]; i < r[1]; i++) {
          long off = offset + i * strides[dim];
          if (dim == shape.length - 1) {
            out.add(off);
          } else {
            collect(dim + 1, off, out);
          }
        }
      }
    }

    private void render(int dim, long offset, int indent, StringBuilder sb) {
      if (shape.length == 0) {
        sb.append(formatter.format(0));
        return;
      }
      if (dim == shape.length - 1) {
        vector(offset, indent, sb);
        return;
      }
      int subDims = shape.length - dim;
      String sep = "," + "\n".repeat(subDims - 1) + " ".repeat(indent + 1);
      sb.append('[');
      boolean first = true;
      if (elided(dim)) {
        long[][] r = edges(dim);
        for (long i = r[0][0]; i < r[0][1]; i++) {
          first = sep(sb, sep, first);
          render(dim + 1, offset + i * strides[dim], indent + 1, sb);
        }
        first = sep(sb, sep, first);
        sb.append("...");
        for (long i = r[1][0]; i < r[1][1]; i++) {
          first = sep(sb, sep, first);
          render(dim + 1, offset + i * strides[dim], indent + 1, sb);
        }
      } else {
        for (long i = 0; i < shape[dim]; i++) {
          first = sep(sb, sep, first);
          render(dim + 1, offset + i * strides[dim], indent + 1, sb);
        }
      }
      sb.append(']');
    }

    private static boolean sep(StringBuilder sb, String sep, boolean first) {
      if (!first) {
        sb.append(sep);
      }
      return false;
    }

    private void vector(long offset, int indent, StringBuilder sb) {
      int dim = shape.length - 1;
      int elementLength = formatter.width() + 2;
      int perLine = Math.max(1, Math.floorDiv(o.linewidth - indent, elementLength));
      List<String> data = new ArrayList<>();
      if (elided(dim)) {
        long[][] r = edges(dim);
        for (long i = r[0][0]; i < r[0][1]; i++) {
          data.add(formatter.format(offset + i));
        }
        data.add(" ...");
        for (long i = r[1][0]; i < r[1][1]; i++) {
          data.add(formatter.format(offset + i));
        }
      } else {
        for (long i = 0; i < shape[dim]; i++) {
          data.add(formatter.format(offset + i));
        }
      }
      String lineSep = ",\n" + " ".repeat(indent + 1);
      sb.append('[');
      for (int i = 0; i < data.size(); i++) {
        if (i > 0) {
          sb.append(i % perLine == 0 ? lineSep : ", ");
        }
        sb.append(data.get(i));
      }
      sb.append(']');
    }
  }

  /** PyTorch's {@code _Formatter}: one number style and width for the whole tensor. */
  private static final class Formatter {
    private final DType dtype;
    private final ElementSource src;
    private final int precision;
    private boolean intMode = true;
    private boolean sciMode = false;
    private int maxWidth = 1;

    Formatter(PrintOptions o, DType dtype, ElementSource src, List<Long> shown) {
      this.dtype = dtype;
      this.src = src;
      this.precision = o.precision;
      if (!dtype.is_floating_point()) {
        for (long idx : shown) {
          maxWidth = Math.max(maxWidth, integral(idx).length());
        }
        applySciOverride(o);
        return;
      }
      List<Double> vals = new ArrayList<>();
      double min = Double.POSITIVE_INFINITY;
      double max = 0;
      for (long idx : shown) {
        double v = src.getDouble(idx);
        if (Double.isFinite(v) && v != 0) {
          vals.add(v);
          min = Math.min(min, Math.abs(v));
          max = Math.max(max, Math.abs(v));
        }
      }
      if (vals.isEmpty()) {
        // PyTorch returns before applying sci_mode here, so a forced sci_mode is ignored.
        return;
      }
      for (double v : vals) {
        if (v != Math.ceil(v)) {
          intMode = false;
          break;
        }
      }
      boolean sci = max / min > 1000.0 || max > 1.0e8 || (!intMode && min < 1.0e-4);
      for (double v : vals) {
        String s;
        if (sci) {
          s = sci(v, precision);
        } else if (intMode) {
          s = fixed(v, 0) + ".";
        } else {
          s = fixed(v, precision);
        }
        maxWidth = Math.max(maxWidth, s.length());
      }
      sciMode = sci;
      applySciOverride(o);
    }

    private void applySciOverride(PrintOptions o) {
      if (o.sciMode != null) {
        sciMode = o.sciMode;
      }
    }

    int width() {
      return maxWidth;
    }

    String format(long flatIndex) {
      String ret;
      if (dtype.is_floating_point()) {
        double v = src.getDouble(flatIndex);
        if (sciMode) {
          ret = sci(v, precision);
        } else if (intMode) {
          ret = fixed(v, 0);
          if (Double.isFinite(v)) {
            ret += ".";
          }
        } else {
          ret = fixed(v, precision);
        }
      } else {
        ret = integral(flatIndex);
      }
      int pad = maxWidth - ret.length();
      return pad > 0 ? " ".repeat(pad) + ret : ret;
    }

    private String integral(long flatIndex) {
      long v = src.getLong(flatIndex);
      if (dtype.isBool()) {
        return v != 0 ? "True" : "False";
      }
      return Long.toString(v);
    }
  }

  /** Python's non-finite spellings; NaN never shows a sign. */
  private static String nonFinite(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    return v > 0 ? "inf" : "-inf";
  }

  private static boolean signBit(double v) {
    return Double.doubleToRawLongBits(v) < 0;
  }

  /** Python's {@code '{:.Nf}'.format(v)}. */
  static String fixed(double v, int precision) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    // Sign handled apart, since BigDecimal has no -0 and Python prints "-0.0000" for -0.00001.
    String digits =
        new BigDecimal(Math.abs(v)).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    return signBit(v) ? "-" + digits : digits;
  }

  /** Python's {@code '{:.Ne}'.format(v)}: N digits after the point, exponent of 2+ digits. */
  static String sci(double v, int precision) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    String digits;
    int exponent;
    if (v == 0) {
      digits = "0".repeat(precision + 1);
      exponent = 0;
    } else {
      BigDecimal r =
          new BigDecimal(Math.abs(v)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
      String unscaled = r.unscaledValue().toString();
      exponent = unscaled.length() - 1 - r.scale();
      digits =
          unscaled.length() >= precision + 1
              ? unscaled.substring(0, precision + 1)
              : unscaled + "0".repeat(precision + 1 - unscaled.length());
    }
    StringBuilder sb = new StringBuilder();
    if (signBit(v)) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (precision > 0) {
      sb.append('.').append(digits, 1, precision + 1);
    }
    sb.append('e').append(exponent < 0 ? '-' : '+');
    int absExp = Math.abs(exponent);
    if (absExp < 10) {
      sb.append('0');
    }
    return sb.append(absExp).toString();
  }
}
