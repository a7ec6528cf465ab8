package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * Batch normalisation: in training, normalises with the batch's statistics and updates the running
 * ones ({@code momentum}, or a cumulative average when it is null); after {@link #eval()}, uses the
 * running ones (or the batch's when {@code track_running_stats=False}). PyTorch: {@code
 * torch.nn.modules.batchnorm._BatchNorm}.
 */
public abstract class _BatchNorm extends _NormBase {
  protected _BatchNorm(long numFeatures, double eps, Double momentum, boolean affine,
      boolean trackRunningStats, DType dtype) {
    super(numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  @Override
  public Tensor forward(Tensor input) {
    _check_input_dim(input);
    double factor = momentum == null ? 0.0 : momentum;
    if (training && trackRunningStats && num_batches_tracked() != null) {
      try (var g = Torch.no_grad()) {
        num_batches_tracked().add_(1L);
      }
      factor = momentum == null ? 1.0 / num_batches_tracked().doubleValue() : momentum;
    }
    boolean bnTraining = training || (running_mean() == null && running_var() == null);
    boolean useRunning = !training || trackRunningStats;
    return F.batch_norm(input, useRunning ? running_mean() : null, useRunning ? running_var() : null,
        weight(), bias(), bnTraining, factor, eps);
  }
}
