package dev.torchnd;

import dev.torchnd.spi.Op;
import dev.torchnd.spi.Tracing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The tape and the engine: ops record {@link Node}s when grad mode is on and an input requires
 * grad; {@link #run} walks the graph iteratively in topological order (no recursion, so long
 * chains cannot overflow the Java stack) and sums each gradient back to its input's shape in
 * exactly one place.
 */
final class Autograd {
  private Autograd() {}

  private static final ThreadLocal<boolean[]> GRAD_ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

  static boolean isGradEnabled() {
    return GRAD_ENABLED.get()[0];
  }

  static boolean setGradEnabled(boolean enabled) {
    boolean[] cell = GRAD_ENABLED.get();
    boolean prev = cell[0];
    cell[0] = enabled;
    return prev;
  }

  static boolean needsGrad(Tensor... inputs) {
    if (!isGradEnabled()) {
      return false;
    }
    for (Tensor t : inputs) {
      if (t != null && t.requiresGrad) {
        return true;
      }
    }
    return false;
  }

  /**
   * Attaches a node to {@code out} when any input requires grad (and grad mode is on). Saved
   * tensors are version-checked when the node runs.
   */
  static Tensor record(Tensor out, String name, Tensor[] inputs, Node.Backward backward, Tensor... saved) {
    return record(null, out, name, inputs, backward, saved);
  }

  /**
   * As {@link #record(Tensor, String, Tensor[], Node.Backward, Tensor...)}, naming the op's
   * declaration so a trace (and the SameDiff exporter) knows which op ran without parsing
   * {@code name}. Ops without a declaration pass null and cannot be exported.
   */
  static Tensor record(
      Op op, Tensor out, String name, Tensor[] inputs, Node.Backward backward, Tensor... saved) {
    boolean needed = needsGrad(inputs);
    Tracing.op(op, name, inputs, out, needed);
    if (!needed) {
      return out;
    }
    Node node = new Node(name, inputs, backward);
    node.outDtype = out.dtype();
    node.outShape = out.shapeArray();
    for (Tensor s : saved) {
      node.saved.add(s);
      node.savedVersions.add(s.version());
      node.savedIsOutput.add(s == out);
    }
    out.gradFn = node;
    out.requiresGrad = true;
    node.owner = out;
    return out;
  }

  /**
   * The explicit "no backward rule" of an op its declaration marks not differentiable ({@link
   * Op#differentiable()}): its result never requires grad, so asking for a gradient raises
   * PyTorch's "does not require grad and does not have a grad_fn" in {@link #run}.
   */
  static Tensor notDifferentiable(Op op, Tensor out) {
    if (op.differentiable()) {
      throw new AssertionError(op + " is declared differentiable but has no backward rule");
    }
    return out;
  }

  /**
   * The backward rule of an op PyTorch records but cannot differentiate (its {@code
   * NotImplemented} node): the result requires grad, and running backward through it raises
   * PyTorch's "derivative for aten::<op> is not implemented".
   */
  static Tensor notImplemented(Op op, Tensor out, String name, Tensor[] inputs) {
    return record(op, out, name, inputs, g -> {
      throw new IllegalStateException("derivative for aten::" + op.torchName() + " is not implemented");
    });
  }

  /**
   * Gives the node that produced {@code out} the name PyTorch prints for the whole op, where
   * TorchND composes that op from primitives whose last node has a different name (e.g. stack as
   * unsqueeze + cat). The gradient is the same; only {@code grad_fn} differs.
   */
  static Tensor rename(Tensor out, String name) {
    if (out.gradFn != null) {
      out.gradFn.name = name;
    }
    return out;
  }

  static void checkInplace(Tensor t) {
    if (isGradEnabled() && t.requiresGrad && t.gradFn == null) {
      if (t.base != null) {
        throw new IllegalStateException(
            "a view of a leaf Variable that requires grad is being used in an in-place operation.");
      }
      throw new IllegalStateException(
          "a leaf Variable that requires grad is being used in an in-place operation.");
    }
    if (isGradEnabled() && t.base != null && t.base.requiresGrad && t.base.gradFn == null) {
      throw new IllegalStateException(
          "a view of a leaf Variable that requires grad is being used in an in-place operation.");
    }
  }

  /**
   * Backpropagates from {@code roots}. With {@code inputs} null, gradients accumulate into leaves'
   * {@code .grad}; otherwise they are returned for {@code inputs} and no {@code .grad} changes
   * (PyTorch: {@code torch.autograd.grad}).
   */
  static Tensor[] run(
      Tensor[] roots,
      Tensor[] gradOutputs,
      boolean retainGraph,
      boolean createGraph,
      Tensor[] inputs,
      boolean allowUnused) {
    Tensor[] rootGrads = new Tensor[roots.length];
    for (int i = 0; i < roots.length; i++) {
      Tensor r = roots[i];
      if (!r.requiresGrad) {
        throw new IllegalStateException(
            "element " + i + " of tensors does not require grad and does not have a grad_fn");
      }
      Tensor g = gradOutputs == null ? null : gradOutputs[i];
      if (g == null) {
        if (r.numel() != 1) {
          throw new IllegalStateException("grad can be implicitly created only for scalar outputs");
        }
        g = Torch.ones_like(r);
      } else if (!Arrays.equals(g.shapeArray(), r.shapeArray())) {
        throw new IllegalArgumentException(
            "Mismatch in shape: grad_output["
                + i
                + "] has a shape of "
                + g.shape()
                + " and output["
                + i
                + "] has a shape of "
                + r.shape()
                + ".");
      }
      rootGrads[i] = g;
    }
    boolean prev = setGradEnabled(createGraph);
    try {
      return engine(roots, rootGrads, retainGraph, createGraph, inputs, allowUnused);
    } finally {
      setGradEnabled(prev);
    }
  }

  private static Tensor[] engine(
      Tensor[] roots,
      Tensor[] rootGrads,
      boolean retainGraph,
      boolean createGraph,
      Tensor[] inputs,
      boolean allowUnused) {
    Map<Tensor, Tensor> captured = inputs == null ? null : new IdentityHashMap<>();
    Map<Node, Tensor> capturedNodes = new IdentityHashMap<>();
    Map<Node, Integer> inputIndexByNode = new IdentityHashMap<>();
    if (inputs != null) {
      for (int i = 0; i < inputs.length; i++) {
        Tensor t = inputs[i];
        if (!t.requiresGrad) {
          throw new IllegalStateException(
              "One of the differentiated Tensors does not require grad");
        }
        if (t.gradFn != null) {
          inputIndexByNode.put(t.gradFn, i);
        }
      }
    }
    // Dependency counts over the reachable graph (iterative DFS).
    Map<Node, Integer> deps = new IdentityHashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    for (Tensor r : roots) {
      if (r.gradFn != null && seen.put(r.gradFn, true) == null) {
        stack.push(r.gradFn);
      }
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      for (Node nx : n.next) {
        if (nx != null) {
          deps.merge(nx, 1, Integer::sum);
          if (seen.put(nx, true) == null) {
            stack.push(nx);
          }
        }
      }
    }
    Map<Node, Tensor> pending = new IdentityHashMap<>();
    Deque<Node> ready = new ArrayDeque<>();
    for (int i = 0; i < roots.length; i++) {
      Tensor r = roots[i];
      if (r.gradFn == null) {
        deliverToLeaf(r, rootGrads[i], createGraph, captured);
      } else {
        pending.merge(r.gradFn, rootGrads[i], Autograd::sum);
      }
    }
    for (Tensor r : roots) {
      if (r.gradFn != null && deps.getOrDefault(r.gradFn, 0) == 0 && !ready.contains(r.gradFn)) {
        ready.add(r.gradFn);
      }
    }
    while (!ready.isEmpty()) {
      Node node = ready.poll();
      Tensor grad = pending.remove(node);
      if (node.owner != null && node.owner.gradFn == node) {
        grad = runHooks(node.owner, grad);
        if (node.owner.retainsGrad && captured == null) {
          Tensor g = createGraph ? grad : grad.detach();
          node.owner.grad = node.owner.grad == null ? g.clone() : node.owner.grad.add(g);
        }
      }
      if (inputIndexByNode.containsKey(node)) {
        capturedNodes.put(node, grad);
      }
      if (node.freed) {
        throw new IllegalStateException(
            "Trying to backward through the graph a second time (or directly access saved tensors"
                + " after they have already been freed). Saved intermediate values of the graph are"
                + " freed when you call .backward() or autograd.grad(). Specify retain_graph=True if"
                + " you need to backward through the graph a second time or if you need to access"
                + " saved tensors after calling backward.");
      }
      checkSaved(node);
      Tensor[] grads = node.backward.apply(grad);
      if (!retainGraph) {
        node.freed = true;
        node.saved.clear();
      }
      for (int i = 0; i < node.next.length; i++) {
        Node nx = node.next[i];
        Tensor leaf = node.leaves[i];
        if (nx == null && leaf == null) {
          continue;
        }
        Tensor g = grads[i];
        if (g != null) {
          g = sumTo(g, node.inputShapes[i]);
          if (g.dtype() != node.inputDtypes[i]) {
            g = g.to(node.inputDtypes[i]);
          }
        }
        if (leaf != null) {
          if (g != null) {
            deliverToLeaf(leaf, g, createGraph, captured);
          }
        } else {
          if (g != null) {
            pending.merge(nx, g, Autograd::sum);
          }
          int left = deps.merge(nx, -1, Integer::sum);
          if (left == 0) {
            if (pending.containsKey(nx)) {
              ready.add(nx);
            } else {
              // Nothing flowed into it: its whole subgraph gets nothing from it either.
              releaseSubgraph(nx, deps, pending, ready);
            }
          }
        }
      }
    }
    if (inputs == null) {
      return null;
    }
    Tensor[] out = new Tensor[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      Tensor t = inputs[i];
      out[i] = t.gradFn == null ? captured.get(t) : capturedNodes.get(t.gradFn);
      if (out[i] == null && !allowUnused) {
        throw new IllegalStateException(
            "One of the differentiated Tensors appears to not have been used in the graph. Set"
                + " allow_unused=True if this is the desired behavior.");
      }
    }
    return out;
  }

  private static void releaseSubgraph(
      Node start, Map<Node, Integer> deps, Map<Node, Tensor> pending, Deque<Node> ready) {
    Deque<Node> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      Node n = work.pop();
      for (Node nx : n.next) {
        if (nx != null) {
          int left = deps.merge(nx, -1, Integer::sum);
          if (left == 0) {
            if (pending.containsKey(nx)) {
              ready.add(nx);
            } else {
              work.push(nx);
            }
          }
        }
      }
    }
  }

  private static void checkSaved(Node node) {
    for (int i = 0; i < node.saved.size(); i++) {
      Tensor s = node.saved.get(i);
      int expected = node.savedVersions.get(i);
      int actual = s.version();
      if (actual != expected) {
        String who;
        if (node.savedIsOutput.get(i)) {
          who = ", which is output 0 of " + node.name + ",";
        } else if (s.gradFn != null) {
          who = ", which is output 0 of " + s.gradFn.name + ",";
        } else {
          who = "";
        }
        throw new IllegalStateException(
            "one of the variables needed for gradient computation has been modified by an inplace"
                + " operation: ["
                + DType.errorTypeName(s.dtype(), s.device())
                + " "
                + Shapes.list(s.shapeArray())
                + "]"
                + who
                + " is at version "
                + actual
                + "; expected version "
                + expected
                + " instead. Hint: enable anomaly detection to find the operation that failed to"
                + " compute its gradient, with torch.autograd.set_detect_anomaly(True).");
      }
    }
  }

  private static Tensor runHooks(Tensor t, Tensor grad) {
    if (t.hooks != null) {
      for (UnaryOperator<Tensor> h : t.hooks) {
        Tensor r = h.apply(grad);
        if (r != null) {
          grad = r;
        }
      }
    }
    return grad;
  }

  private static void deliverToLeaf(
      Tensor leaf, Tensor g, boolean createGraph, Map<Tensor, Tensor> captured) {
    g = runHooks(leaf, g);
    if (captured != null) {
      captured.merge(leaf, g, Autograd::sum);
      return;
    }
    if (leaf.grad == null) {
      // PyTorch stores a fresh tensor (never an alias of a gradient another node may reuse).
      leaf.grad = createGraph ? g : g.detach().clone();
    } else if (createGraph) {
      leaf.grad = leaf.grad.add(g);
    } else {
      try (NoGrad ignored = new NoGrad()) {
        leaf.grad.add_(g);
      }
    }
  }

  private static Tensor sum(Tensor a, Tensor b) {
    return a.add(b);
  }

  /** Sums a broadcast gradient back to {@code shape} (PyTorch's {@code sum_to_size}). */
  static Tensor sumTo(Tensor g, long[] shape) {
    long[] gs = g.shapeArray();
    if (Arrays.equals(gs, shape)) {
      return g;
    }
    int lead = gs.length - shape.length;
    List<Integer> dims = new ArrayList<>();
    for (int i = 0; i < gs.length; i++) {
      if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) {
        dims.add(i);
      }
    }
    Tensor r = g;
    if (!dims.isEmpty()) {
      r = g.sum(dims.stream().mapToInt(Integer::intValue).toArray(), true);
    }
    if (lead > 0 || !Arrays.equals(r.shapeArray(), shape)) {
      r = r.reshape(shape);
    }
    return r;
  }

  /** Grad-mode scope; PyTorch: {@code torch.no_grad()}. */
  static final class NoGrad implements AutoCloseable {
    private final boolean prev = setGradEnabled(false);

    @Override
    public void close() {
      setGradEnabled(prev);
    }
  }

}
