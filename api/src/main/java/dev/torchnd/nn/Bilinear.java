package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * {@code y = x1ᵀ A x2 + b} with weight {@code (out, in1, in2)} and bias {@code (out)}, both drawn
 * from U(-1/√in1, 1/√in1) as PyTorch does; {@code m.call(x1, x2)}.
 *
 * <pre>{@code
 * new Bilinear(2, 3, 4)   // Bilinear(in1_features=2, in2_features=3, out_features=4, bias=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Bilinear}.
 */
public class Bilinear extends Module {
  private final long in1;
  private final long in2;
  private final long out;

  /** PyTorch: {@code nn.Bilinear(in1_features, in2_features, out_features)}. */
  public Bilinear(long in1Features, long in2Features, long outFeatures) {
    this(in1Features, in2Features, outFeatures, true);
  }

  /** PyTorch: {@code nn.Bilinear(in1_features, in2_features, out_features, bias)}. */
  public Bilinear(long in1Features, long in2Features, long outFeatures, boolean bias) {
    this(in1Features, in2Features, outFeatures, bias, Torch.get_default_dtype());
  }

  /** The same with {@code dtype=dtype}. */
  public Bilinear(long in1Features, long in2Features, long outFeatures, boolean bias, DType dtype) {
    this.in1 = in1Features;
    this.in2 = in2Features;
    this.out = outFeatures;
    register_parameter("weight", new Parameter(Torch.empty(new long[] {outFeatures, in1Features, in2Features}, dtype)));
    register_parameter("bias", bias ? new Parameter(Torch.empty(new long[] {outFeatures}, dtype)) : null);
    reset_parameters();
  }

  /** PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    double bound = 1 / Math.sqrt(weight().size(1));
    Init.uniform_(weight(), -bound, bound);
    if (bias() != null) {
      Init.uniform_(bias(), -bound, bound);
    }
  }

  /** PyTorch: {@code bilinear.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code bilinear.bias} (null for bias=False). */
  public Parameter bias() {
    return get_parameter("bias");
  }

  @Override
  public Tensor forward(Tensor input1, Tensor input2) {
    return F.bilinear(input1, input2, weight(), bias());
  }

  @Override
  public String extra_repr() {
    return "in1_features=" + in1 + ", in2_features=" + in2 + ", out_features=" + out + ", bias="
        + (bias() != null ? "True" : "False");
  }
}
