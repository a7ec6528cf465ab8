package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Zeroes whole channels with probability {@code p} while training (one draw per sample and
 * channel, as PyTorch's); the identity after {@link #eval()}.
 *
 * <pre>{@code new Dropout2d(0.3)   // Dropout2d(p=0.3, inplace=False)}</pre>
 *
 * PyTorch: {@code torch.nn.Dropout2d}.
 */
public class Dropout2d extends Module {
  private final double p;

  /** PyTorch: {@code nn.Dropout2d()} (p 0.5). */
  public Dropout2d() {
    this(0.5);
  }

  /** PyTorch: {@code nn.Dropout2d(p)}. */
  public Dropout2d(double p) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(
          "dropout probability has to be between 0 and 1, but got " + PyRepr.repr(p));
    }
    this.p = p;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.dropout2d(input, p, training);
  }

  @Override
  public String extra_repr() {
    return "p=" + PyRepr.repr(p) + ", inplace=False";
  }
}
