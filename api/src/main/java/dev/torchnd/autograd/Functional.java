package dev.torchnd.autograd;

import dev.torchnd.GradMode;
import dev.torchnd.Size;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * PyTorch's higher-level autograd API, {@code torch.autograd.functional}: {@code jacobian},
 * {@code hessian} and the vector products {@code vjp}, {@code jvp}, {@code vhp}, {@code hvp} of a
 * function at given inputs, computed as PyTorch computes them (reverse mode, one backward per
 * output element; {@code jvp} and {@code hvp} by the double-backward trick).
 *
 * <pre>{@code
 * Functional.jacobian(x -> x.exp().mul(2), tensor(new double[] {0, 1}))
 * // tensor([[2.0000, 0.0000],
 * //         [0.0000, 5.4366]])
 * Functional.jacobian(xs -> xs[0].exp().mul(2).add(xs[1].mul(3)), new Tensor[] {x, y})  // a tuple
 * }</pre>
 *
 * <p>A function of one tensor is a {@code UnaryOperator<Tensor>} with one input tensor; a
 * function of several ({@code func(*inputs)}) is a {@link TensorFn} with a {@code Tensor[]} of
 * inputs, and tuple results are {@code Tensor[]}. Functions must return one tensor (tuple
 * outputs are not supported), {@code strict=True} and {@code vectorize=True} are not either.
 */
public final class Functional {
  private Functional() {}

  /** A function of several tensors, Python's {@code func(*inputs)}. */
  @FunctionalInterface
  public interface TensorFn {
    /** Applies the function to the inputs, in order. */
    Tensor apply(Tensor[] inputs);
  }

  /** {@code (func_output, result)}, Python's 2-tuple of outputs and the product. */
  public record Output(Tensor output, Tensor result) {
    @Override
    public String toString() {
      return "(" + output + ", " + result + ")";
    }
  }

  /** {@code (func_output, (result_1, ...))} for a tuple of inputs. */
  public record TupleOutput(Tensor output, Tensor[] result) {
    @Override
    public String toString() {
      return "(" + output + ", " + tuple(result) + ")";
    }
  }

  /** Python's repr of a tuple of tensors: {@code (tensor(...), tensor(...))}. */
  public static String tuple(Tensor[] ts) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < ts.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(ts[i]);
    }
    return sb.append(ts.length == 1 ? ",)" : ")").toString();
  }

  // ------------------------------------------------------------------------------------------
  // jacobian

  /**
   * The Jacobian of {@code func} at {@code inputs}, shape {@code output.shape + input.shape}.
   * PyTorch: {@code torch.autograd.functional.jacobian(func, inputs)}.
   */
  public static Tensor jacobian(UnaryOperator<Tensor> func, Tensor inputs) {
    return jacobian(func, inputs, false);
  }

  /** PyTorch: {@code torch.autograd.functional.jacobian(func, inputs, create_graph)}. */
  public static Tensor jacobian(UnaryOperator<Tensor> func, Tensor inputs, boolean create_graph) {
    return jacobian(xs -> func.apply(xs[0]), new Tensor[] {inputs}, create_graph)[0];
  }

  /**
   * The Jacobian with respect to each of a tuple of inputs. PyTorch: {@code
   * torch.autograd.functional.jacobian(func, (x, y))}.
   */
  public static Tensor[] jacobian(TensorFn func, Tensor[] inputs) {
    return jacobian(func, inputs, false);
  }

  /** PyTorch: {@code torch.autograd.functional.jacobian(func, inputs, create_graph)} with a tuple. */
  public static Tensor[] jacobian(TensorFn func, Tensor[] inputs, boolean create_graph) {
    Tensor[] jac = new Tensor[inputs.length];
    try (GradMode g = Torch.enable_grad()) {
      Tensor[] in = preprocess(inputs, create_graph, true);
      Tensor out = output(func.apply(in), "jacobian");
      List<List<Tensor>> rows = new ArrayList<>();
      for (int k = 0; k < in.length; k++) {
        rows.add(new ArrayList<>());
      }
      Tensor flat = out.reshape(-1);
      for (long j = 0; j < out.numel(); j++) {
        Tensor[] vj = grad(new Tensor[] {flat.get(j)}, in, null, create_graph, true);
        for (int k = 0; k < in.length; k++) {
          rows.get(k).add(vj[k] != null ? vj[k] : Torch.zeros_like(in[k]));
        }
      }
      for (int k = 0; k < in.length; k++) {
        long[] shape = concat(out.shape(), in[k].shape());
        jac[k] = Torch.stack(rows.get(k), 0).view(shape);
      }
    }
    return postprocess(jac, create_graph);
  }

  // ------------------------------------------------------------------------------------------
  // hessian

  /**
   * The Hessian of a scalar function, shape {@code input.shape + input.shape}. PyTorch: {@code
   * torch.autograd.functional.hessian(func, inputs)}.
   */
  public static Tensor hessian(UnaryOperator<Tensor> func, Tensor inputs) {
    return hessian(func, inputs, false);
  }

  /** PyTorch: {@code torch.autograd.functional.hessian(func, inputs, create_graph)}. */
  public static Tensor hessian(UnaryOperator<Tensor> func, Tensor inputs, boolean create_graph) {
    return hessianBlocks(xs -> func.apply(xs[0]), new Tensor[] {inputs}, create_graph)[0][0];
  }

  /**
   * The Hessian blocks {@code H[i][j]} = d²f / (d inputs[i] d inputs[j]) of a scalar function of a
   * tuple of inputs. PyTorch: {@code torch.autograd.functional.hessian(func, (x, y))}.
   */
  public static Tensor[][] hessian(TensorFn func, Tensor[] inputs) {
    return hessian(func, inputs, false);
  }

  /** PyTorch: {@code torch.autograd.functional.hessian(func, inputs, create_graph)} with a tuple. */
  public static Tensor[][] hessian(TensorFn func, Tensor[] inputs, boolean create_graph) {
    return hessianBlocks(func, inputs, create_graph);
  }

  private static Tensor[][] hessianBlocks(TensorFn func, Tensor[] inputs, boolean create_graph) {
    TensorFn single = xs -> {
      Tensor out = output(func.apply(xs), "hessian");
      if (out.numel() != 1) {
        throw new IllegalArgumentException(
            "The Tensor returned by the function given to hessian should contain a single element");
      }
      return out.squeeze();
    };
    // jacobian of jac_func, whose outputs are the tuple jacobian(single, inp, create_graph=True)
    int n = inputs.length;
    Tensor[][] res = new Tensor[n][n];
    try (GradMode g = Torch.enable_grad()) {
      Tensor[] in = preprocess(inputs, create_graph, true);
      Tensor[] outs = jacobian(single, in, true);
      for (int i = 0; i < n; i++) {
        Tensor out = outs[i];
        List<List<Tensor>> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          rows.add(new ArrayList<>());
        }
        Tensor flat = out.reshape(-1);
        for (long j = 0; j < out.numel(); j++) {
          Tensor[] vj = grad(new Tensor[] {flat.get(j)}, in, null, create_graph, true);
          for (int k = 0; k < n; k++) {
            rows.get(k).add(vj[k] != null ? vj[k] : Torch.zeros_like(in[k]));
          }
        }
        for (int k = 0; k < n; k++) {
          res[i][k] = Torch.stack(rows.get(k), 0).view(concat(out.shape(), in[k].shape()));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      res[i] = postprocess(res[i], create_graph);
    }
    return res;
  }

  // ------------------------------------------------------------------------------------------
  // vjp, jvp, vhp, hvp

  /**
   * {@code (func(inputs), v^T J)}; {@code v} may be null when {@code func} returns one element.
   * PyTorch: {@code torch.autograd.functional.vjp(func, inputs, v)}.
   */
  public static Output vjp(UnaryOperator<Tensor> func, Tensor inputs, Tensor v) {
    TupleOutput r = vjp(xs -> func.apply(xs[0]), new Tensor[] {inputs}, v);
    return new Output(r.output(), r.result()[0]);
  }

  /** PyTorch: {@code torch.autograd.functional.vjp(func, inputs)} (a one-element output). */
  public static Output vjp(UnaryOperator<Tensor> func, Tensor inputs) {
    return vjp(func, inputs, null);
  }

  /** {@link #vjp(UnaryOperator, Tensor, Tensor)} of a function of a tuple of inputs. */
  public static TupleOutput vjp(TensorFn func, Tensor[] inputs, Tensor v) {
    Tensor out;
    Tensor[] res;
    Tensor[] in;
    try (GradMode g = Torch.enable_grad()) {
      in = preprocess(inputs, false, true);
      out = output(func.apply(in), "vjp");
      if (v != null) {
        v = v.detach();
        validate(v, out);
      } else if (out.numel() != 1) {
        throw new IllegalArgumentException("The vector v can only be None if the user-provided"
            + " function returns a single Tensor with a single element.");
      }
    }
    res = zerosFor(grad(new Tensor[] {out}, in, v == null ? null : new Tensor[] {v}, false, false), in);
    return new TupleOutput(out.detach(), postprocess(res, false));
  }

  /**
   * {@code (func(inputs), J v)}; {@code v} may be null when the input has one element. PyTorch:
   * {@code torch.autograd.functional.jvp(func, inputs, v)}.
   */
  public static Output jvp(UnaryOperator<Tensor> func, Tensor inputs, Tensor v) {
    Tensor out;
    Tensor[] gradOut;
    Tensor[] gradIn;
    try (GradMode g = Torch.enable_grad()) {
      Tensor[] in = preprocess(new Tensor[] {inputs}, false, true);
      if (v != null) {
        v = v.detach();
        validate(v, in[0]);
      } else if (in[0].numel() != 1) {
        throw new IllegalArgumentException("The vector v can only be None if the input to the"
            + " user-provided function is a single Tensor with a single element.");
      }
      out = output(func.apply(in[0]), "jvp");
      gradOut = new Tensor[] {Torch.zeros_like(out).requires_grad_()};
      gradIn = grad(new Tensor[] {out}, in, gradOut, true, null);
    }
    Tensor[] res = zerosFor(grad(gradIn, gradOut, v == null ? null : new Tensor[] {v}, false, null),
        new Tensor[] {out});
    return new Output(out.detach(), res[0].detach());
  }

  /** PyTorch: {@code torch.autograd.functional.jvp(func, inputs)} (a one-element input). */
  public static Output jvp(UnaryOperator<Tensor> func, Tensor inputs) {
    return jvp(func, inputs, null);
  }

  /**
   * {@code (func(inputs), v^T H)} of a scalar function. PyTorch: {@code
   * torch.autograd.functional.vhp(func, inputs, v)}.
   */
  public static Output vhp(UnaryOperator<Tensor> func, Tensor inputs, Tensor v) {
    return hessianProduct(func, inputs, v, "vhp");
  }

  /**
   * {@code (func(inputs), H v)} of a scalar function (the double-backward trick). PyTorch: {@code
   * torch.autograd.functional.hvp(func, inputs, v)}.
   */
  public static Output hvp(UnaryOperator<Tensor> func, Tensor inputs, Tensor v) {
    return hessianProduct(func, inputs, v, "hvp");
  }

  private static Output hessianProduct(UnaryOperator<Tensor> func, Tensor inputs, Tensor v, String name) {
    Tensor out;
    Tensor[] in;
    Tensor[] jac;
    Tensor[] gradJac = null;
    Tensor[] doubleBack = null;
    try (GradMode g = Torch.enable_grad()) {
      in = preprocess(new Tensor[] {inputs}, false, true);
      if (v != null) {
        v = v.detach();
        validate(v, in[0]);
      } else if (in[0].numel() != 1) {
        throw new IllegalArgumentException("The vector v can only be None if the input to the"
            + " user-provided function is a single Tensor with a single element.");
      }
      out = output(func.apply(in[0]), name);
      if (out.numel() != 1) {
        throw new IllegalArgumentException(
            "The Tensor returned by the function given to " + name + " should contain a single element");
      }
      jac = grad(new Tensor[] {out}, in, null, true, null);
      if (name.equals("hvp")) {
        gradJac = new Tensor[] {Torch.zeros_like(in[0]).requires_grad_()};
        doubleBack = grad(jac, in, gradJac, true, null);
      }
    }
    Tensor[] vs = v == null ? null : new Tensor[] {v};
    Tensor[] res = name.equals("hvp")
        ? zerosFor(grad(doubleBack, gradJac, vs, false, null), in)
        : zerosFor(grad(jac, in, vs, false, null), in);
    return new Output(out.detach(), res[0].detach());
  }

  // ------------------------------------------------------------------------------------------

  /** _grad_preprocess: fresh leaves that require grad (or views of them under create_graph). */
  private static Tensor[] preprocess(Tensor[] inputs, boolean create_graph, boolean needGraph) {
    Tensor[] res = new Tensor[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      Tensor t = inputs[i];
      res[i] = create_graph && t.requires_grad() ? t.view_as(t) : t.detach().requires_grad_(needGraph);
    }
    return res;
  }

  private static Tensor[] postprocess(Tensor[] ts, boolean create_graph) {
    if (create_graph) {
      return ts;
    }
    Tensor[] res = new Tensor[ts.length];
    for (int i = 0; i < ts.length; i++) {
      res[i] = ts[i].detach();
    }
    return res;
  }

  private static Tensor output(Tensor out, String fn) {
    if (out == null) {
      throw new IllegalArgumentException("The outputs of the user-provided function given to " + fn
          + " must be either a Tensor or a tuple of Tensors but the given outputs of the"
          + " user-provided function has type <class 'NoneType'>.");
    }
    return out;
  }

  private static void validate(Tensor v, Tensor other) {
    if (!v.shape().equals(other.shape())) {
      throw new IllegalArgumentException("v has invalid size: should be " + other.shape()
          + " but got " + v.shape() + ".");
    }
  }

  /**
   * _autograd_grad: gradients of the outputs that require grad (none: all null), unused inputs
   * null; {@code retain} null is Python's None (retain_graph = create_graph).
   */
  private static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs,
      boolean create_graph, Boolean retain) {
    List<Tensor> outs = new ArrayList<>();
    List<Tensor> gouts = new ArrayList<>();
    for (int i = 0; i < outputs.length; i++) {
      if (outputs[i] != null && outputs[i].requires_grad()) {
        outs.add(outputs[i]);
        gouts.add(gradOutputs == null ? null : gradOutputs[i]);
      }
    }
    if (outs.isEmpty()) {
      return new Tensor[inputs.length];
    }
    boolean retainGraph = retain == null ? create_graph : retain;
    Tensor[] go = gradOutputs == null ? null : gouts.toArray(new Tensor[0]);
    return Torch.autograd_grad(outs.toArray(new Tensor[0]), inputs, go, retainGraph, create_graph, true);
  }

  private static Tensor[] zerosFor(Tensor[] grads, Tensor[] refs) {
    Tensor[] res = new Tensor[grads.length];
    for (int i = 0; i < grads.length; i++) {
      res[i] = grads[i] != null ? grads[i] : Torch.zeros_like(refs[i]);
    }
    return res;
  }

  private static long[] concat(Size a, Size b) {
    long[] r = new long[a.size() + b.size()];
    for (int i = 0; i < a.size(); i++) {
      r[i] = a.get(i);
    }
    for (int i = 0; i < b.size(); i++) {
      r[a.size() + i] = b.get(i);
    }
    return r;
  }
}
