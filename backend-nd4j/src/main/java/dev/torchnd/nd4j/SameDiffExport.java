package dev.torchnd.nd4j;

import dev.torchnd.spi.BinaryOp;
import dev.torchnd.DType;
import dev.torchnd.spi.GraphOp;
import dev.torchnd.spi.Op;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.Tensor;
import dev.torchnd.spi.Tracing;
import dev.torchnd.spi.UnaryOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Exports a TorchND function to an ND4J {@link SameDiff} graph by tracing one run on example
 * inputs (like PyTorch's {@code torch.jit.trace} / {@code torch.onnx.export}). The graph has one
 * placeholder per input, named {@code input0}, {@code input1}, ..., and its result is the
 * variable {@link #OUTPUT}; it can be executed, differentiated ({@code sd.calculateGradients})
 * and saved ({@code sd.save(file, true)}).
 *
 * <p>Supported ops: add, sub, mul, div, pow (scalar or tensor exponent), neg, exp, log, sin, cos,
 * tanh, sigmoid, relu, sum, mean, dot, mv, mm, 2-D matmul, reshape/view/flatten, transpose/t/.T,
 * permute and dtype casts. Anything else throws {@link UnsupportedOperationException} naming the
 * op. Tensors that the function computes from its inputs without autograd (comparisons, {@code
 * detach()}, {@code item()}, Python-style control flow on values) cannot be traced; the exporter
 * traces a second, perturbed run and refuses functions whose ops or constants change with the
 * inputs, rather than bake one run's values into the graph.
 */
public final class SameDiffExport {
  private SameDiffExport() {}

  /** Name of the exported result variable. */
  public static final String OUTPUT = "output";

  /** Placeholder name of input {@code i}. */
  public static String inputName(int i) {
    return "input" + i;
  }

  /** Traces {@code f} on {@code examples} (floating point) and builds the SameDiff graph. */
  public static SameDiff export(Function<Tensor[], Tensor> f, Tensor... examples) {
    Traced first = trace(f, examples, 1.0, 0.0);
    // A second run on other values must take the same path with the same constants; otherwise
    // the function depends on its inputs through something the trace cannot see.
    Traced second = trace(f, examples, 1.37, 0.11);
    checkSameTrace(first, second);
    return build(first);
  }

  /** Runs an exported graph on TorchND tensors and returns {@link #OUTPUT}. */
  public static Tensor run(SameDiff sd, Tensor... inputs) {
    INDArray out = sd.output(placeholders(inputs), OUTPUT).get(OUTPUT);
    return Nd4jInterop.from_numpy(out.dup());
  }

  /**
   * SameDiff's own gradients of the output with respect to each input, with the cotangent
   * {@code ones} (so a scalar output gives its plain gradient). SameDiff only differentiates
   * with respect to trainable variables, so this works on a copy of the graph whose input
   * placeholders are turned into variables holding {@code inputs}.
   */
  public static Tensor[] gradients(SameDiff sd, Tensor... inputs) {
    SameDiff copy = sd.dup();
    String[] names = new String[inputs.length];
    Map<String, INDArray> values = placeholders(inputs);
    for (int i = 0; i < inputs.length; i++) {
      names[i] = inputName(i);
      SDVariable v = copy.getVariable(names[i]);
      v.setArray(values.get(names[i]));
      copy.convertToVariable(v);
    }
    if (copy.getLossVariables().isEmpty()) {
      copy.setLossVariables(OUTPUT);
    }
    Map<String, INDArray> g = copy.calculateGradients(new HashMap<>(), names);
    Tensor[] out = new Tensor[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      INDArray a = g.get(names[i]);
      out[i] = a == null ? null : Nd4jInterop.from_numpy(a.dup());
    }
    return out;
  }

  private static Map<String, INDArray> placeholders(Tensor... inputs) {
    Map<String, INDArray> m = new HashMap<>();
    for (int i = 0; i < inputs.length; i++) {
      m.put(inputName(i), Nd4jInterop.numpy(inputs[i].detach().contiguous()).dup());
    }
    return m;
  }

  // ------------------------------------------------------------------------------- tracing

  private record Traced(Tensor[] inputs, Tensor output, List<Tracing.Event> events) {}

  private static Traced trace(Function<Tensor[], Tensor> f, Tensor[] examples, double scale, double shift) {
    Tensor[] xs = new Tensor[examples.length];
    for (int i = 0; i < xs.length; i++) {
      Tensor e = examples[i];
      if (!e.is_floating_point()) {
        throw new IllegalArgumentException(
            "SameDiffExport: input " + i + " must be floating point to be traced, got " + e.dtype());
      }
      // Fresh leaves that require grad: only ops that record autograd nodes are traced.
      xs[i] = e.detach().mul(scale).add(shift).detach().requires_grad_();
    }
    try (Tracing.Trace t = Tracing.start()) {
      Tensor out = f.apply(xs);
      return new Traced(xs, out, new ArrayList<>(t.events()));
    }
  }

  private static void checkSameTrace(Traced a, Traced b) {
    String why = null;
    if (a.events.size() != b.events.size()) {
      why = "it ran " + a.events.size() + " ops on the example inputs and " + b.events.size()
          + " on others";
    } else {
      Map<Tensor, Boolean> knownA = known(a);
      Map<Tensor, Boolean> knownB = known(b);
      for (int i = 0; i < a.events.size() && why == null; i++) {
        Tracing.Event ea = a.events.get(i);
        Tracing.Event eb = b.events.get(i);
        if (ea.op() != eb.op() || !ea.node().equals(eb.node())
            || ea.inputs().size() != eb.inputs().size()) {
          why = "op " + i + " is " + opName(ea.node()) + " in one run and " + opName(eb.node())
              + " in another";
          break;
        }
        for (int k = 0; k < ea.inputs().size(); k++) {
          Tensor ca = ea.inputs().get(k);
          Tensor cb = eb.inputs().get(k);
          if (knownA.containsKey(ca) != knownB.containsKey(cb)
              || (!knownA.containsKey(ca) && !sameValues(ca, cb))) {
            why = "input " + k + " of " + opName(ea.node())
                + " is a constant computed from the inputs (detach(), a comparison, item()...)";
            break;
          }
        }
      }
    }
    if (why != null) {
      throw new UnsupportedOperationException(
          "SameDiffExport: the function cannot be traced into a fixed graph: " + why + ".");
    }
  }

  private static Map<Tensor, Boolean> known(Traced t) {
    Map<Tensor, Boolean> m = new IdentityHashMap<>();
    for (Tensor x : t.inputs) {
      m.put(x, true);
    }
    for (Tracing.Event e : t.events) {
      m.put(e.output(), true);
    }
    return m;
  }

  private static boolean sameValues(Tensor a, Tensor b) {
    return a.dtype() == b.dtype()
        && Arrays.equals(a.shape().toLongArray(), b.shape().toLongArray())
        && Arrays.equals(
            a.detach().to(DType.float64).toDoubleArray(), b.detach().to(DType.float64).toDoubleArray());
  }

  // ------------------------------------------------------------------------------- building

  private static SameDiff build(Traced t) {
    SameDiff sd = SameDiff.create();
    Map<Tensor, SDVariable> vars = new IdentityHashMap<>();
    for (int i = 0; i < t.inputs.length; i++) {
      Tensor x = t.inputs[i];
      vars.put(x, sd.placeHolder(inputName(i), Nd4jBackend.nd4jType(x.dtype()), x.shape().toLongArray()));
    }
    // Only ops the output depends on: TorchND's composite ops record helper nodes whose results
    // they detach (e.g. the unsqueeze inside mm), and those must not reach the graph.
    Map<Tensor, Boolean> needed = new IdentityHashMap<>();
    needed.put(t.output, true);
    boolean[] keep = new boolean[t.events.size()];
    for (int i = t.events.size() - 1; i >= 0; i--) {
      Tracing.Event e = t.events.get(i);
      if (needed.containsKey(e.output())) {
        keep[i] = true;
        for (Tensor x : e.inputs()) {
          needed.put(x, true);
        }
      }
    }
    int constants = 0;
    for (int i = 0; i < t.events.size(); i++) {
      if (!keep[i]) {
        continue;
      }
      Tracing.Event e = t.events.get(i);
      if (vars.containsKey(e.output())) {
        throw new UnsupportedOperationException(
            "SameDiffExport: in-place op " + opName(e.node()) + " is not supported");
      }
      SDVariable[] in = new SDVariable[e.inputs().size()];
      for (int k = 0; k < in.length; k++) {
        Tensor x = e.inputs().get(k);
        SDVariable v = vars.get(x);
        if (v == null) {
          // A constant (a wrapped Java number or a tensor made outside the traced inputs). Cast
          // to the op's result dtype: TorchND computes in that dtype after promotion.
          Tensor c = x.detach().to(e.output().dtype()).contiguous();
          v = sd.constant("const" + constants++, Nd4jInterop.numpy(c).dup());
        }
        in[k] = v;
      }
      vars.put(e.output(), convert(sd, e, in));
    }
    SDVariable out = vars.get(t.output);
    if (out == null) {
      throw new UnsupportedOperationException(
          "SameDiffExport: the output does not depend on the inputs through traceable ops");
    }
    sd.identity(OUTPUT, out);
    return sd;
  }

  /**
   * The SameDiff op for one traced op, chosen by its declaration: each family's switch has no
   * {@code default}, so a new op constant must say here whether (and how) it exports.
   */
  private static SDVariable convert(SameDiff sd, Tracing.Event e, SDVariable[] in) {
    Op op = e.op();
    SDVariable v = null;
    if (op instanceof UnaryOp u) {
      v = unary(sd, u, in[0]);
    } else if (op instanceof BinaryOp b) {
      v = binary(sd, b, in[0], in[1]);
    } else if (op instanceof ReduceOp r) {
      v = reduce(sd, r, e, in[0]);
    } else if (op instanceof ScanOp s) {
      v = scan(s);
    } else if (op instanceof GraphOp g) {
      v = graph(sd, g, e, in);
    }
    if (v == null) {
      throw new UnsupportedOperationException(
          "SameDiffExport: op '" + (op == null ? opName(e.node()) : op.torchName()) + "' (grad_fn "
              + e.node() + ") is not supported");
    }
    return v;
  }

  private static SDVariable unary(SameDiff sd, UnaryOp op, SDVariable x) {
    return switch (op) {
      case NEG -> sd.math().neg(x);
      case EXP -> sd.math().exp(x);
      case LOG -> sd.math().log(x);
      case SIN -> sd.math().sin(x);
      case COS -> sd.math().cos(x);
      case TANH -> sd.math().tanh(x);
      case SIGMOID -> sd.nn().sigmoid(x);
      case RELU -> sd.nn().relu(x, 0.0);
      case ERF -> sd.math().erf(x);
      case ABS, EXPM1, LOG2, LOG10, LOG1P, SQRT, RSQRT, TAN, ASIN, ACOS, ATAN, SINH, COSH, FLOOR,
          CEIL, ROUND, TRUNC, SIGN, RECIPROCAL, LOGICAL_NOT, BITWISE_NOT, ISNAN -> null;
      case EXP2, FRAC, DEG2RAD, RAD2DEG, SGN, SIGNBIT, SINC, LOGIT -> null;
      case ASINH -> sd.math().asinh(x);
      case ACOSH -> sd.math().acosh(x);
      case ATANH -> sd.math().atanh(x);
      case ERFC -> sd.math().erfc(x);
      // SDMath has no lgamma, digamma, erfinv or i0
      case ERFINV, LGAMMA, DIGAMMA, I0 -> null;
    };
  }

  private static SDVariable binary(SameDiff sd, BinaryOp op, SDVariable a, SDVariable b) {
    return switch (op) {
      case ADD -> a.add(b);
      case SUB -> a.sub(b);
      case MUL -> a.mul(b);
      case DIV -> a.div(b);
      case POW -> sd.math().pow(a, b);
      case FLOOR_DIVIDE, REMAINDER, FMOD, MAXIMUM, MINIMUM, ATAN2, EQ, NE, LT, LE, GT, GE,
          LOGICAL_AND, LOGICAL_OR, LOGICAL_XOR, BITWISE_AND, BITWISE_OR, BITWISE_XOR -> null;
      case XLOGY, COPYSIGN, FMAX, FMIN, GCD, LCM, HEAVISIDE -> null;
    };
  }

  private static SDVariable reduce(SameDiff sd, ReduceOp op, Tracing.Event e, SDVariable x) {
    return switch (op) {
      case SUM -> sumOrMean(sd, e, x, true);
      case PROD, MAX, MIN, ARGMAX, ARGMIN, ALL, ANY -> null;
    };
  }

  private static SDVariable scan(ScanOp op) {
    return switch (op) {
      case CUMSUM, CUMPROD -> null;
    };
  }

  private static SDVariable sumOrMean(SameDiff sd, Tracing.Event e, SDVariable x, boolean sum) {
    int[] dims = (int[]) e.attrs().get("dims");
    if (dims == null) {
      throw new UnsupportedOperationException(
          "SameDiffExport: " + e.op().torchName() + " without recorded dims");
    }
    boolean keepdim = (Boolean) e.attrs().get("keepdim");
    if (dims.length == 0) {
      return sd.identity(x);
    }
    return sum ? sd.sum(x, keepdim, dims) : sd.mean(x, keepdim, dims);
  }

  private static SDVariable graph(SameDiff sd, GraphOp op, Tracing.Event e, SDVariable[] in) {
    long[] outShape = e.output().shape().toLongArray();
    Map<String, Object> attrs = e.attrs();
    return switch (op) {
      case TO_COPY -> sd.castTo(in[0], Nd4jBackend.nd4jType(e.output().dtype()));
      case MEAN -> sumOrMean(sd, e, in[0], false);
      case DOT -> sd.sum(in[0].mul(in[1]), false, 0);
      case MV -> sd.reshape(sd.mmul(in[0], sd.reshape(in[1], -1, 1)), outShape);
      case MM -> sd.mmul(in[0], in[1]);
      case VIEW, RESHAPE, SQUEEZE, UNSQUEEZE -> sd.reshape(in[0], outShape);
      case TRANSPOSE -> {
        int rank = outShape.length;
        if (rank == 0) {
          yield sd.identity(in[0]);
        }
        int[] perm = new int[rank];
        for (int i = 0; i < rank; i++) {
          perm[i] = i;
        }
        int a = (Integer) attrs.get("dim0");
        int b = (Integer) attrs.get("dim1");
        perm[a] = b;
        perm[b] = a;
        yield sd.permute(in[0], perm);
      }
      case PERMUTE -> sd.permute(in[0], (int[]) attrs.get("dims"));
    };
  }

  /** PyTorch's op name from its node name: {@code CumsumBackward0} gives {@code cumsum}. */
  private static String opName(String node) {
    String n = node.replaceAll("Backward\\d*$", "");
    return n.isEmpty() ? node : Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }
}
