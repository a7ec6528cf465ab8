package dev.torchnd;

/**
 * The declaration of an op: one constant of one of the op-family enums. Everything TorchND knows
 * about an op (PyTorch name, result dtype, error texts, backward rule, kernel, SameDiff export)
 * is reached from its constant through {@code switch} expressions without {@code default}, so a
 * new constant that lacks any of them does not compile. See the README section "Adding an op".
 */
public sealed interface Op permits UnaryOp, BinaryOp, ReduceOp, ScanOp, GraphOp {
  /** The op's name in PyTorch ({@code torch.<name>} / {@code Tensor.<name>}). */
  String torchName();

  /**
   * Whether PyTorch defines a gradient for the op on floating inputs. Ops that do not (their
   * results are bool or integral, or PyTorch marks them non-differentiable) return results that
   * do not require grad, so {@code backward()} on them raises PyTorch's "does not require grad
   * and does not have a grad_fn".
   */
  boolean differentiable();
}
