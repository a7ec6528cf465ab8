/**
 * The autograd graph as user code sees it, PyTorch's {@code torch.autograd.graph}: {@link
 * dev.torchnd.autograd.graph.Node} (what {@code grad_fn()} returns, with {@code name()} and
 * {@code next_functions()}).
 */
package dev.torchnd.autograd.graph;
