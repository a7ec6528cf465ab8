package dev.torchnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One recorded operation in the autograd graph: PyTorch's {@code grad_fn}. It knows where each
 * input's gradient goes (another node, or a leaf's {@code .grad}), the tensors its backward rule
 * saved (with their versions, so a later in-place write is caught), and the rule itself.
 */
final class Node extends dev.torchnd.autograd.graph.Node {
  /** A backward rule: input gradients from the output gradient; null where an input needs none. */
  interface Backward {
    Tensor[] apply(Tensor grad);
  }

  /** PyTorch's grad_fn name; {@link Autograd#rename} may retitle a composite's last node. */
  String name;
  /** Per input: the node its gradient flows into, or null. */
  final Node[] next;
  /** Per input: the leaf that accumulates it, or null. */
  final Tensor[] leaves;
  /** Per input: its shape, so a broadcast gradient can be summed back to it. */
  final long[][] inputShapes;
  final DType[] inputDtypes;
  final Backward backward;
  final List<Tensor> saved = new ArrayList<>();
  final List<Integer> savedVersions = new ArrayList<>();
  final List<Boolean> savedIsOutput = new ArrayList<>();
  /** Output metadata for error messages (PyTorch names the output's type and shape). */
  DType outDtype;
  long[] outShape;
  boolean freed;
  /** Non-leaf tensors whose {@code .grad} is retained (retain_grad) or that carry hooks. */
  Tensor owner;
  /**
   * For output {@link #outputNr} of a multi-output op: the op's node (this one only routes that
   * output's gradient into it); what {@code grad_fn} and {@code next_functions} show.
   */
  Node core;
  int outputNr;

  /** The node user code sees: the op's node for a multi-output op's output. */
  Node shown() {
    return core != null ? core : this;
  }

  Node(String name, Tensor[] inputs, Backward backward) {
    this.name = name;
    this.backward = backward;
    this.next = new Node[inputs.length];
    this.leaves = new Tensor[inputs.length];
    this.inputShapes = new long[inputs.length][];
    this.inputDtypes = new DType[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      Tensor t = inputs[i];
      if (t == null || !t.requiresGrad) {
        continue;
      }
      inputShapes[i] = t.shapeArray();
      inputDtypes[i] = t.dtype();
      if (t.gradFn != null) {
        next[i] = t.gradFn;
      } else {
        leaves[i] = t;
      }
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** Custom {@code Function}s' nodes live in Python's {@code torch.autograd.function} module. */
  @Override
  public String toString() {
    boolean custom = !name.isEmpty() && !Character.isDigit(name.charAt(name.length() - 1));
    return custom ? "<torch.autograd.function." + super.toString().substring(1) : super.toString();
  }

  @Override
  public Edge[] next_functions() {
    Edge[] out = new Edge[next.length];
    for (int i = 0; i < next.length; i++) {
      if (next[i] != null) {
        out[i] = new Edge(next[i].shown(), next[i].outputNr);
      } else {
        out[i] = new Edge(leaves[i] != null ? AccumulateGrad.of(leaves[i]) : null, 0);
      }
    }
    return out;
  }

  /**
   * A leaf's gradient sink as PyTorch shows it: one per leaf while the leaf lives (PyTorch keeps
   * it in the tensor's weak {@code grad_accumulator}), so it prints the same each time.
   */
  static final class AccumulateGrad extends dev.torchnd.autograd.graph.Node {
    private static final Map<Tensor, AccumulateGrad> CACHE = new WeakHashMap<>();
    private final java.lang.ref.WeakReference<Tensor> variable;

    private AccumulateGrad(Tensor leaf) {
      this.variable = new java.lang.ref.WeakReference<>(leaf);
    }

    static synchronized AccumulateGrad of(Tensor leaf) {
      return CACHE.computeIfAbsent(leaf, AccumulateGrad::new);
    }

    @Override
    public String name() {
      return "torch::autograd::AccumulateGrad";
    }

    @Override
    public String typeName() {
      return "AccumulateGrad";
    }

    @Override
    public Edge[] next_functions() {
      return new Edge[0];
    }

    @Override
    public Tensor variable() {
      return variable.get();
    }
  }
}
