package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * {@code y = x Wᵀ + b}, with weight {@code (out_features, in_features)} initialised as PyTorch
 * does ({@code kaiming_uniform_(a=√5)}, bias from U(-1/√in, 1/√in)), drawing the same numbers
 * under the same seed.
 *
 * <pre>{@code
 * manual_seed(0);
 * new Linear(2, 1)          // Linear(in_features=2, out_features=1, bias=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Linear}.
 */
public class Linear extends Module {
  protected long inFeatures;
  protected final long outFeatures;

  /** PyTorch: {@code nn.Linear(in_features, out_features)}. */
  public Linear(long inFeatures, long outFeatures) {
    this(inFeatures, outFeatures, true);
  }

  /** PyTorch: {@code nn.Linear(in_features, out_features, bias)}. */
  public Linear(long inFeatures, long outFeatures, boolean bias) {
    this(inFeatures, outFeatures, bias, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.Linear(in_features, out_features, bias, dtype=dtype)}. */
  public Linear(long inFeatures, long outFeatures, boolean bias, DType dtype) {
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    register_parameter("weight", new Parameter(Torch.empty(new long[] {outFeatures, inFeatures}, dtype)));
    register_parameter("bias", bias ? new Parameter(Torch.empty(new long[] {outFeatures}, dtype)) : null);
    reset_parameters();
  }

  /** For {@link LazyLinear}: parameters created by the subclass. */
  Linear(long outFeatures, Parameter weight, Parameter bias) {
    this.inFeatures = 0;
    this.outFeatures = outFeatures;
    register_parameter("weight", weight);
    register_parameter("bias", bias);
  }

  /** Re-draws the default initialisation. PyTorch: {@code linear.reset_parameters()}. */
  public void reset_parameters() {
    Init.kaiming_uniform_(weight(), Math.sqrt(5));
    if (bias() != null) {
      long fanIn = Init._calculate_fan_in_and_fan_out(weight())[0];
      double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
      Init.uniform_(bias(), -bound, bound);
    }
  }

  /** PyTorch: {@code linear.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** The bias, or null for {@code bias=False}. PyTorch: {@code linear.bias}. */
  public Parameter bias() {
    return get_parameter("bias");
  }

  /** PyTorch: {@code linear.in_features}. */
  public long in_features() {
    return inFeatures;
  }

  /** PyTorch: {@code linear.out_features}. */
  public long out_features() {
    return outFeatures;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.linear(input, weight(), bias());
  }

  @Override
  public String extra_repr() {
    return "in_features="
        + inFeatures
        + ", out_features="
        + outFeatures
        + ", bias="
        + (bias() != null ? "True" : "False");
  }
}
