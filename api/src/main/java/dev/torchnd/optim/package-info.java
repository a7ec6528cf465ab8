/**
 * {@code torch.optim}: {@link dev.torchnd.optim.Optimizer} is the base (parameter groups as
 * ordered option maps, per-parameter state, {@code zero_grad}, {@code state_dict}); {@link
 * dev.torchnd.optim.SGD}, {@link dev.torchnd.optim.Adam}, {@link dev.torchnd.optim.AdamW}, {@link
 * dev.torchnd.optim.Adagrad} and {@link dev.torchnd.optim.RMSprop} run PyTorch 1.13's
 * single-tensor algorithms op for op. Package-private: {@code AdamMath} (the Adam/AdamW update
 * shared by both) and {@code PyStr} (Python's {@code str()} of option values). Schedulers are in
 * {@code dev.torchnd.optim.lr_scheduler}.
 */
package dev.torchnd.optim;
