package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * Splits the channels into {@code num_groups} groups and normalises each group of each sample,
 * then applies a per-channel {@code weight} and {@code bias} when {@code affine}.
 *
 * <pre>{@code
 * new GroupNorm(2, 4)   // GroupNorm(2, 4, eps=1e-05, affine=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.GroupNorm}.
 */
public class GroupNorm extends Module {
  private final long numGroups;
  private final long numChannels;
  private final double eps;
  private final boolean affine;

  /** PyTorch: {@code nn.GroupNorm(num_groups, num_channels)}. */
  public GroupNorm(long numGroups, long numChannels) {
    this(numGroups, numChannels, 1e-5, true);
  }

  /**
   * PyTorch: {@code nn.GroupNorm(num_groups, num_channels, eps, affine)}.
   *
   * @throws IllegalArgumentException {@code num_channels must be divisible by num_groups}
   */
  public GroupNorm(long numGroups, long numChannels, double eps, boolean affine) {
    this(numGroups, numChannels, eps, affine, Torch.get_default_dtype());
  }

  /** The same with {@code dtype=dtype}. */
  public GroupNorm(long numGroups, long numChannels, double eps, boolean affine, DType dtype) {
    if (numChannels % numGroups != 0) {
      throw new IllegalArgumentException("num_channels must be divisible by num_groups");
    }
    this.numGroups = numGroups;
    this.numChannels = numChannels;
    this.eps = eps;
    this.affine = affine;
    register_parameter("weight", affine ? new Parameter(Torch.empty(new long[] {numChannels}, dtype)) : null);
    register_parameter("bias", affine ? new Parameter(Torch.empty(new long[] {numChannels}, dtype)) : null);
    reset_parameters();
  }

  /** Weight ones, bias zeros. PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    if (affine) {
      Init.ones_(weight());
      Init.zeros_(bias());
    }
  }

  /** PyTorch: {@code gn.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code gn.bias}. */
  public Parameter bias() {
    return get_parameter("bias");
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.group_norm(input, numGroups, weight(), bias(), eps);
  }

  @Override
  public String extra_repr() {
    return numGroups + ", " + numChannels + ", eps=" + PyRepr.repr(eps) + ", affine=" + (affine ? "True" : "False");
  }
}
