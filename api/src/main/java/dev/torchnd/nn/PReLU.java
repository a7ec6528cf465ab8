package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * {@code x > 0 ? x : a·x} with a learnt slope {@code weight} (one, or one per channel of dim 1),
 * filled with {@code init}.
 *
 * <pre>{@code
 * new PReLU(3, 0.1)   // PReLU(num_parameters=3)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.PReLU}.
 */
public class PReLU extends Module {
  private final long numParameters;

  /** PyTorch: {@code nn.PReLU()} (one slope, 0.25). */
  public PReLU() {
    this(1, 0.25);
  }

  /** PyTorch: {@code nn.PReLU(num_parameters)}. */
  public PReLU(long numParameters) {
    this(numParameters, 0.25);
  }

  /** PyTorch: {@code nn.PReLU(num_parameters, init)}. */
  public PReLU(long numParameters, double init) {
    this(numParameters, init, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.PReLU(num_parameters, init, dtype=dtype)}. */
  public PReLU(long numParameters, double init, DType dtype) {
    this.numParameters = numParameters;
    register_parameter("weight", new Parameter(Torch.empty(new long[] {numParameters}, dtype).fill_(init)));
  }

  /** PyTorch: {@code prelu.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code prelu.num_parameters}. */
  public long num_parameters() {
    return numParameters;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.prelu(input, weight());
  }

  @Override
  public String extra_repr() {
    return "num_parameters=" + numParameters;
  }
}
