package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;

/**
 * Batch normalisation of {@code (N, C, H, W)} input over N, H and W.
 *
 * <pre>{@code
 * new BatchNorm2d(3)   // BatchNorm2d(3, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.BatchNorm2d}.
 */
public class BatchNorm2d extends _BatchNorm {
  /** PyTorch: {@code nn.BatchNorm2d(num_features)}. */
  public BatchNorm2d(long numFeatures) {
    this(numFeatures, 1e-5, 0.1, true, true);
  }

  /** PyTorch: {@code nn.BatchNorm2d(num_features, eps)}. */
  public BatchNorm2d(long numFeatures, double eps) {
    this(numFeatures, eps, 0.1, true, true);
  }

  /** PyTorch: {@code nn.BatchNorm2d(num_features, eps, momentum)}; momentum null averages cumulatively. */
  public BatchNorm2d(long numFeatures, double eps, Double momentum) {
    this(numFeatures, eps, momentum, true, true);
  }

  /** PyTorch: {@code nn.BatchNorm2d(num_features, eps, momentum, affine, track_running_stats)}. */
  public BatchNorm2d(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine, trackRunningStats, Torch.get_default_dtype());
  }

  /** The same with {@code dtype=dtype}. */
  public BatchNorm2d(long numFeatures, double eps, Double momentum, boolean affine, boolean trackRunningStats,
      DType dtype) {
    super(numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  @Override
  protected void _check_input_dim(Tensor input) {
    if (input.dim() != 4) {
      throw new IllegalArgumentException("expected 4D input (got " + input.dim() + "D input)");
    }
  }
}
