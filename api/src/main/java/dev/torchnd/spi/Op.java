package dev.torchnd.spi;

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
   * Whether PyTorch defines a gradient for the op on floating inputs. Where it does not, either
   * the results are bool or integral and never require grad ({@code backward()} raises "does not
   * require grad and does not have a grad_fn"), or PyTorch records a {@code NotImplemented} node
   * whose backward raises "derivative for aten::op is not implemented" (floor_divide), and
   * TorchND does the same ({@code Autograd.notImplemented}).
   */
  boolean differentiable();
}
