package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.functional.Repr;
import dev.torchnd.nn.init.Init;

/**
 * Normalises over the last dims {@code normalized_shape}, then scales by {@code weight} (ones) and
 * shifts by {@code bias} (zeros) when {@code elementwise_affine}.
 *
 * <pre>{@code
 * new LayerNorm(4)   // LayerNorm((4,), eps=1e-05, elementwise_affine=True)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.LayerNorm}.
 */
public class LayerNorm extends Module {
  private final long[] normalizedShape;
  private final double eps;
  private final boolean elementwiseAffine;

  /** PyTorch: {@code nn.LayerNorm(n)}: the last dim, of size n. */
  public LayerNorm(long normalizedShape) {
    this(new long[] {normalizedShape}, 1e-5, true);
  }

  /** PyTorch: {@code nn.LayerNorm((d1, d2, ...))}. */
  public LayerNorm(long[] normalizedShape) {
    this(normalizedShape, 1e-5, true);
  }

  /** PyTorch: {@code nn.LayerNorm(normalized_shape, eps, elementwise_affine)}. */
  public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine) {
    this(normalizedShape, eps, elementwiseAffine, Torch.get_default_dtype());
  }

  /** The same with {@code dtype=dtype}. */
  public LayerNorm(long[] normalizedShape, double eps, boolean elementwiseAffine, DType dtype) {
    this.normalizedShape = normalizedShape.clone();
    this.eps = eps;
    this.elementwiseAffine = elementwiseAffine;
    register_parameter("weight", elementwiseAffine ? new Parameter(Torch.empty(normalizedShape, dtype)) : null);
    register_parameter("bias", elementwiseAffine ? new Parameter(Torch.empty(normalizedShape, dtype)) : null);
    reset_parameters();
  }

  /** Weight ones, bias zeros. PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    if (elementwiseAffine) {
      Init.ones_(weight());
      Init.zeros_(bias());
    }
  }

  /** PyTorch: {@code ln.weight} (null without elementwise_affine). */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code ln.bias}. */
  public Parameter bias() {
    return get_parameter("bias");
  }

  /** PyTorch: {@code ln.normalized_shape}. */
  public long[] normalized_shape() {
    return normalizedShape.clone();
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.layer_norm(input, normalizedShape, weight(), bias(), eps);
  }

  @Override
  public String extra_repr() {
    return Repr.tuple(normalizedShape) + ", eps=" + PyRepr.repr(eps) + ", elementwise_affine="
        + (elementwiseAffine ? "True" : "False");
  }
}
