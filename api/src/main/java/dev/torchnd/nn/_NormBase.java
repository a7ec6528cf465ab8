package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.init.Init;

/**
 * The state batch and instance norms share: {@code weight} (ones) and {@code bias} (zeros) when
 * {@code affine}, buffers {@code running_mean} (zeros), {@code running_var} (ones) and {@code
 * num_batches_tracked} (int64 0) when {@code track_running_stats}, registered in PyTorch's order so
 * the state_dict keys match. PyTorch: {@code torch.nn.modules.batchnorm._NormBase}.
 */
public abstract class _NormBase extends Module {
  protected final long numFeatures;
  protected final double eps;
  protected final Double momentum;
  protected final boolean affine;
  protected final boolean trackRunningStats;

  protected _NormBase(long numFeatures, double eps, Double momentum, boolean affine,
      boolean trackRunningStats, DType dtype) {
    this.numFeatures = numFeatures;
    this.eps = eps;
    this.momentum = momentum;
    this.affine = affine;
    this.trackRunningStats = trackRunningStats;
    long[] shape = {numFeatures};
    register_parameter("weight", affine ? new Parameter(Torch.empty(shape, dtype)) : null);
    register_parameter("bias", affine ? new Parameter(Torch.empty(shape, dtype)) : null);
    if (trackRunningStats) {
      register_buffer("running_mean", Torch.zeros(shape, dtype));
      register_buffer("running_var", Torch.ones(shape, dtype));
      register_buffer("num_batches_tracked", Torch.zeros(new long[0], DType.int64));
    } else {
      register_buffer("running_mean", null);
      register_buffer("running_var", null);
      register_buffer("num_batches_tracked", null);
    }
    reset_parameters();
  }

  /** Zeroes the running statistics. PyTorch: {@code reset_running_stats()}. */
  public void reset_running_stats() {
    if (trackRunningStats) {
      try (var g = Torch.no_grad()) {
        running_mean().zero_();
        running_var().fill_(1.0);
        num_batches_tracked().zero_();
      }
    }
  }

  /** Running statistics reset, weight ones, bias zeros. PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    reset_running_stats();
    if (affine) {
      Init.ones_(weight());
      Init.zeros_(bias());
    }
  }

  /** PyTorch: {@code bn.weight} (null unless affine). */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code bn.bias} (null unless affine). */
  public Parameter bias() {
    return get_parameter("bias");
  }

  /** PyTorch: {@code bn.running_mean} (null unless track_running_stats). */
  public Tensor running_mean() {
    return get_buffer("running_mean");
  }

  /** PyTorch: {@code bn.running_var}. */
  public Tensor running_var() {
    return get_buffer("running_var");
  }

  /** PyTorch: {@code bn.num_batches_tracked}. */
  public Tensor num_batches_tracked() {
    return get_buffer("num_batches_tracked");
  }

  /** PyTorch: {@code bn.num_features}. */
  public long num_features() {
    return numFeatures;
  }

  /** PyTorch: {@code bn.eps}. */
  public double eps() {
    return eps;
  }

  /** PyTorch: {@code bn.momentum} (null for a cumulative moving average). */
  public Double momentum() {
    return momentum;
  }

  /** Raises PyTorch's ValueError text for an input of the wrong rank. */
  protected abstract void _check_input_dim(Tensor input);

  @Override
  public String extra_repr() {
    return numFeatures
        + ", eps="
        + PyRepr.repr(eps)
        + ", momentum="
        + (momentum == null ? "None" : PyRepr.repr(momentum.doubleValue()))
        + ", affine="
        + (affine ? "True" : "False")
        + ", track_running_stats="
        + (trackRunningStats ? "True" : "False");
  }
}
