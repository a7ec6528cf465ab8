/**
 * {@code torch.nn.functional}: {@link dev.torchnd.nn.functional.F} holds the functional forms of
 * the layers and losses ({@code F.relu}, {@code F.linear}, {@code F.cross_entropy}, …) that the
 * {@code nn} modules call. Package-private: {@code Nll} (PyTorch's CPU {@code nll_loss} kernel and
 * its summation order, so float32 losses match bit for bit) and {@code Repr} (Python's spelling of
 * numbers in reprs and errors).
 */
package dev.torchnd.nn.functional;
