package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code x > 0 ? x : negative_slope·x}. PyTorch: {@code torch.nn.LeakyReLU}. */
public class LeakyReLU extends Module {
  private final double negativeSlope;
  private final boolean inplace;

  /** PyTorch: {@code nn.LeakyReLU()} (slope 0.01). */
  public LeakyReLU() {
    this(0.01, false);
  }

  /** PyTorch: {@code nn.LeakyReLU(negative_slope)}. */
  public LeakyReLU(double negativeSlope) {
    this(negativeSlope, false);
  }

  /** PyTorch: {@code nn.LeakyReLU(negative_slope, inplace)}. */
  public LeakyReLU(double negativeSlope, boolean inplace) {
    this.negativeSlope = negativeSlope;
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.leaky_relu(input, negativeSlope, inplace);
  }

  @Override
  public String extra_repr() {
    return "negative_slope=" + PyRepr.repr(negativeSlope) + (inplace ? ", inplace=True" : "");
  }
}
