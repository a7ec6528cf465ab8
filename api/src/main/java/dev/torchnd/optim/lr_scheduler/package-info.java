/**
 * {@code torch.optim.lr_scheduler}: {@link dev.torchnd.optim.lr_scheduler.LRScheduler} is the
 * base (initial rates, {@code step()}, {@code get_last_lr}, {@code state_dict}); {@code StepLR},
 * {@code MultiStepLR}, {@code ExponentialLR}, {@code CosineAnnealingLR} and {@code LambdaLR} each
 * implement PyTorch 1.13's chainable update and its closed form.
 */
package dev.torchnd.optim.lr_scheduler;
