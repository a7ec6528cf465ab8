package dev.torchnd.autograd.graph;

import dev.torchnd.Tensor;

/**
 * A node of the autograd graph, what {@code t.grad_fn()} returns: its name, and per input of the
 * op the edge its gradient flows along ({@link #next_functions()}); leaves that require grad end
 * in an {@code AccumulateGrad} node whose {@link #variable()} is the leaf.
 *
 * <pre>{@code
 * Tensor loss = new MSELoss().call(new Linear(3, 1).call(ones(2, 3)), zeros(2, 1));
 * loss.grad_fn();                                   // <MseLossBackward0 object at 0x1b6d3586>
 * loss.grad_fn().next_functions()[0].node();        // <AddmmBackward0 object at 0x4554617c>
 * loss.grad_fn().next_functions()[0].node().next_functions()[0].node()   // <AccumulateGrad object at 0x74a14482>
 * }</pre>
 *
 * PyTorch: {@code torch.autograd.graph.Node}. PyTorch prints the object's address; Java prints
 * {@link System#identityHashCode} in hex there, stable for the object's life, so the same node
 * prints the same text twice (as in Python).
 */
public abstract class Node {
  /** For the engine's own node types only. */
  protected Node() {}

  /**
   * One entry of {@link #next_functions()}: the node an input's gradient flows into (null, Python's
   * None, when that input needs no gradient) and which output of that node the input was.
   */
  public record Edge(Node node, int index) {
    /** Python's {@code (node, index)} tuple: {@code (<AddmmBackward0 object at 0x...>, 0)}. */
    @Override
    public String toString() {
      return "(" + (node == null ? "None" : node.toString()) + ", " + index + ")";
    }
  }

  /**
   * The node's name: {@code MulBackward0}, {@code torch::autograd::AccumulateGrad} for a leaf's.
   * PyTorch: {@code grad_fn.name()}.
   */
  public abstract String name();

  /** The edges to the nodes of this op's inputs, in input order. PyTorch: {@code grad_fn.next_functions}. */
  public abstract Edge[] next_functions();

  /**
   * The leaf an {@code AccumulateGrad} node accumulates into. PyTorch: {@code node.variable}.
   *
   * @throws IllegalArgumentException on other nodes (Python's {@code AttributeError})
   */
  public Tensor variable() {
    throw new IllegalArgumentException(
        "'" + typeName() + "' object has no attribute 'variable'");
  }

  /** Python's {@code type(node).__name__}: {@code MulBackward0}, {@code AccumulateGrad}. */
  public String typeName() {
    return name();
  }

  /** {@code <MulBackward0 object at 0x1b6d3586>}: PyTorch's repr with the Java identity hash. */
  @Override
  public String toString() {
    return "<" + typeName() + " object at 0x" + Integer.toHexString(System.identityHashCode(this))
        + ">";
  }

  /** Python's tuple of the edges: {@code ((<AddmmBackward0 object at 0x...>, 0), (None, 0))}. */
  public static String repr(Edge[] edges) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < edges.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(edges[i]);
    }
    return sb.append(edges.length == 1 ? ",)" : ")").toString();
  }
}
