package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Mean absolute error {@code |x - y|}, reduced by {@code reduction} (default {@code "mean"}).
 *
 * <pre>{@code new L1Loss().call(input, target)}</pre>
 *
 * PyTorch: {@code torch.nn.L1Loss}.
 */
public class L1Loss extends Loss {
  /** PyTorch: {@code nn.L1Loss()}. */
  public L1Loss() {
    this("mean");
  }

  /** PyTorch: {@code nn.L1Loss(reduction=...)}. */
  public L1Loss(String reduction) {
    super(reduction);
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.l1_loss(input, target, reduction);
  }
}
