package dev.torchnd.nn;

/**
 * The base of the loss modules: holds {@code reduction} ({@code "none"}, {@code "mean"}, {@code
 * "sum"}); {@code loss.call(input, target)} runs {@link #forward(dev.torchnd.Tensor,
 * dev.torchnd.Tensor)}. PyTorch: {@code torch.nn.modules.loss._Loss}.
 */
public abstract class Loss extends Module {
  protected final String reduction;

  protected Loss(String reduction) {
    switch (reduction) {
      case "none":
      case "mean":
      case "sum":
      case "elementwise_mean":
      case "batchmean":
        break;
      default:
        throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
    }
    this.reduction = reduction;
  }

  /** PyTorch: {@code loss.reduction}. */
  public String reduction() {
    return reduction;
  }
}
