package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * One-vs-all logistic loss over {@code C} labels, averaged over them, with an optional per-class
 * {@code weight} (a buffer, in the state_dict). PyTorch: {@code torch.nn.MultiLabelSoftMarginLoss}.
 */
public class MultiLabelSoftMarginLoss extends Loss {
  /** PyTorch: {@code nn.MultiLabelSoftMarginLoss()}. */
  public MultiLabelSoftMarginLoss() {
    this(null, "mean");
  }

  /** PyTorch: {@code nn.MultiLabelSoftMarginLoss(weight)}. */
  public MultiLabelSoftMarginLoss(Tensor weight) {
    this(weight, "mean");
  }

  /** PyTorch: {@code nn.MultiLabelSoftMarginLoss(weight, reduction=...)}; weight may be null. */
  public MultiLabelSoftMarginLoss(Tensor weight, String reduction) {
    super(reduction);
    register_buffer("weight", weight);
  }

  /** PyTorch: {@code loss.weight}. */
  public Tensor weight() {
    return get_buffer("weight");
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.multilabel_soft_margin_loss(input, target, weight(), reduction);
  }
}
