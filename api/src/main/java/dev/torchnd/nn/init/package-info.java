/**
 * {@code torch.nn.init}: {@link dev.torchnd.nn.init.Init} fills tensors in place ({@code
 * uniform_}, {@code normal_}, {@code xavier_*}, {@code kaiming_*}, …) drawing PyTorch's exact
 * random streams.
 */
package dev.torchnd.nn.init;
