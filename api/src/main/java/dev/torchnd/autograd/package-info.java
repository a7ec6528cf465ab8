/**
 * PyTorch's {@code torch.autograd} user API: {@link dev.torchnd.autograd.Function} and {@link
 * dev.torchnd.autograd.MultiOutputFunction}, custom operations with their own backward rule,
 * and the context ({@link
 * dev.torchnd.autograd.FunctionCtx}) they save tensors in.
 */
package dev.torchnd.autograd;
