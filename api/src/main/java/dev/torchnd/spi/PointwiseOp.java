package dev.torchnd.spi;

/**
 * Three-operand pointwise kernels with a scalar, rounded as PyTorch 1.13's CPU kernels round
 * them (its AVX2 build contracts {@code a + s * b} into one fused multiply-add).
 */
public enum PointwiseOp {
  /** {@code fma(b, s, a)}: {@code torch.add(a, b, alpha=s)}; {@code c} is unused. */
  ADD_ALPHA("add"),
  /** {@code fma(s * b, c, a)}: {@code torch.addcmul(a, b, c, value=s)}. */
  ADDCMUL("addcmul"),
  /** {@code a + (s * b) / c}: {@code torch.addcdiv(a, b, c, value=s)}. */
  ADDCDIV("addcdiv"),
  /**
   * {@code b <= s ? 0 : a}: {@code threshold_backward(grad=a, self=b, threshold=s)}, ReLU's
   * backward (NaN in {@code b} passes the gradient, as in PyTorch); {@code c} is unused.
   */
  THRESHOLD_BACKWARD("threshold_backward");

  private final String torchName;

  PointwiseOp(String torchName) {
    this.torchName = torchName;
  }

  public String torchName() {
    return torchName;
  }

  /** One float32 element (the scalar already rounded to float, as {@code value.to<float>()}). */
  public float apply(float s, float a, float b, float c) {
    return switch (this) {
      case ADD_ALPHA -> Math.fma(b, s, a);
      case ADDCMUL -> Math.fma(s * b, c, a);
      case ADDCDIV -> a + (s * b) / c;
      case THRESHOLD_BACKWARD -> b <= s ? 0f : a;
    };
  }

  /** One float64 element. */
  public double apply(double s, double a, double b, double c) {
    return switch (this) {
      case ADD_ALPHA -> Math.fma(b, s, a);
      case ADDCMUL -> Math.fma(s * b, c, a);
      case ADDCDIV -> a + (s * b) / c;
      case THRESHOLD_BACKWARD -> b <= s ? 0d : a;
    };
  }
}
