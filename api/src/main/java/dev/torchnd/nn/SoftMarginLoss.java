package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code log(1 + e^(-y·x))} for targets ±1. PyTorch: {@code torch.nn.SoftMarginLoss}. */
public class SoftMarginLoss extends Loss {
  /** PyTorch: {@code nn.SoftMarginLoss()}. */
  public SoftMarginLoss() {
    this("mean");
  }

  /** PyTorch: {@code nn.SoftMarginLoss(reduction=...)}. */
  public SoftMarginLoss(String reduction) {
    super(reduction);
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.soft_margin_loss(input, target, reduction);
  }
}
