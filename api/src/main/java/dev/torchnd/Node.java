package dev.torchnd;

import java.util.ArrayList;
import java.util.List;

/**
 * One recorded operation in the autograd graph: PyTorch's {@code grad_fn}. It knows where each
 * input's gradient goes (another node, or a leaf's {@code .grad}), the tensors its backward rule
 * saved (with their versions, so a later in-place write is caught), and the rule itself.
 */
final class Node {
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
  public String toString() {
    return "<" + name + ">";
  }
}
