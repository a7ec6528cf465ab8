/**
 * {@code torch.nn.functional}: {@link dev.torchnd.nn.functional.F} holds the functional forms of
 * the layers and losses ({@code F.relu}, {@code F.linear}, {@code F.cross_entropy}, …) that the
 * {@code nn} modules call; {@link dev.torchnd.nn.functional.Repr} spells numbers and shapes as
 * C++ and Python do in reprs and error texts. Package-private: {@code Nll} (PyTorch's CPU {@code
 * nll_loss} kernel and its summation order, so float32 losses match bit for bit), {@code
 * ConvPool} (conv2d and 2-d pooling as im2col over {@code index_select}) and {@code ConvExtra}
 * (conv1d through it, transposed convolutions as its adjoint, the reflect/replicate/circular
 * padding modes as index maps), {@code
 * Activations} (the single-node activations), {@code Norms} (batch/layer/group/instance norm,
 * embedding, bilinear) and {@code MoreLosses} (distances and the further losses).
 */
package dev.torchnd.nn.functional;
