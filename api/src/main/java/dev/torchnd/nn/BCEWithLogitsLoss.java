package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** Sigmoid + binary cross entropy in one stable formula. PyTorch: {@code torch.nn.BCEWithLogitsLoss}. */
public class BCEWithLogitsLoss extends Loss {
  /** PyTorch: {@code nn.BCEWithLogitsLoss()}. */
  public BCEWithLogitsLoss() {
    this(null, "mean", null);
  }

  /** PyTorch: {@code nn.BCEWithLogitsLoss(reduction=...)}. */
  public BCEWithLogitsLoss(String reduction) {
    this(null, reduction, null);
  }

  /**
   * PyTorch: {@code nn.BCEWithLogitsLoss(weight, reduction=..., pos_weight=...)}; weight and
   * pos_weight may be null.
   */
  public BCEWithLogitsLoss(Tensor weight, String reduction, Tensor posWeight) {
    super(reduction);
    register_buffer("weight", weight);
    register_buffer("pos_weight", posWeight);
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.binary_cross_entropy_with_logits(
        input, target, get_buffer("weight"), reduction, get_buffer("pos_weight"));
  }
}
