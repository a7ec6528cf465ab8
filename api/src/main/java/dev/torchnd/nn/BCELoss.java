package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** Binary cross entropy of probabilities. PyTorch: {@code torch.nn.BCELoss}. */
public class BCELoss extends Loss {
  /** PyTorch: {@code nn.BCELoss()}. */
  public BCELoss() {
    this(null, "mean");
  }

  /** PyTorch: {@code nn.BCELoss(reduction=...)}. */
  public BCELoss(String reduction) {
    this(null, reduction);
  }

  /** PyTorch: {@code nn.BCELoss(weight, reduction=...)}; weight may be null. */
  public BCELoss(Tensor weight, String reduction) {
    super(reduction);
    register_buffer("weight", weight);
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.binary_cross_entropy(input, target, get_buffer("weight"), reduction);
  }
}
