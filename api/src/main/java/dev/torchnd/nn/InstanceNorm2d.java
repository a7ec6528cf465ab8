package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * Normalises each channel of each sample of {@code (N, C, H, W)} (or unbatched {@code (C, H, W)})
 * input over H and W; no affine parameters and no running statistics unless asked.
 *
 * <pre>{@code
 * new InstanceNorm2d(3)   // InstanceNorm2d(3, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.InstanceNorm2d}.
 */
public class InstanceNorm2d extends _NormBase {
  /** PyTorch: {@code nn.InstanceNorm2d(num_features)}. */
  public InstanceNorm2d(long numFeatures) {
    this(numFeatures, 1e-5, 0.1, false, false);
  }

  /** PyTorch: {@code nn.InstanceNorm2d(num_features, eps, momentum, affine, track_running_stats)}. */
  public InstanceNorm2d(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats) {
    this(numFeatures, eps, momentum, affine, trackRunningStats, Torch.get_default_dtype());
  }

  /** The same with {@code dtype=dtype}. */
  public InstanceNorm2d(long numFeatures, double eps, double momentum, boolean affine, boolean trackRunningStats,
      DType dtype) {
    super(numFeatures, eps, momentum, affine, trackRunningStats, dtype);
  }

  @Override
  protected void _check_input_dim(Tensor input) {
    if (input.dim() != 3 && input.dim() != 4) {
      throw new IllegalArgumentException("expected 3D or 4D input (got " + input.dim() + "D input)");
    }
  }

  @Override
  public Tensor forward(Tensor input) {
    _check_input_dim(input);
    int featureDim = input.dim() - 3;
    if (input.size(featureDim) != numFeatures && affine) {
      throw new IllegalArgumentException(
          "expected input's size at dim=" + featureDim + " to match num_features (" + numFeatures
              + "), but got: " + input.size(featureDim) + ".");
    }
    if (input.dim() == 3) {
      return apply(input.unsqueeze(0)).squeeze(0);
    }
    return apply(input);
  }

  private Tensor apply(Tensor input) {
    return F.instance_norm(input, running_mean(), running_var(), weight(), bias(),
        training || !trackRunningStats, momentum, eps);
  }
}
