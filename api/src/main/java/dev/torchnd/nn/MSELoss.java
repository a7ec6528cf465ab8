package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Mean squared error {@code (x - y)²}, reduced by {@code reduction} (default {@code "mean"}).
 *
 * <pre>{@code new MSELoss().call(input, target)}</pre>
 *
 * PyTorch: {@code torch.nn.MSELoss}.
 */
public class MSELoss extends Loss {
  /** PyTorch: {@code nn.MSELoss()}. */
  public MSELoss() {
    this("mean");
  }

  /** PyTorch: {@code nn.MSELoss(reduction=...)}. */
  public MSELoss(String reduction) {
    super(reduction);
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.mse_loss(input, target, reduction);
  }
}
