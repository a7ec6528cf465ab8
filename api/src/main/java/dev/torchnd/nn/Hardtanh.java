package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * {@code clamp(x, min_val, max_val)}; prints {@code Hardtanh(min_val=-1.0, max_val=1.0)}, bounds
 * as given (Java int literals print as Python ints). PyTorch: {@code torch.nn.Hardtanh}.
 */
public class Hardtanh extends Module {
  protected final Number minVal;
  protected final Number maxVal;
  protected final boolean inplace;

  /** PyTorch: {@code nn.Hardtanh()} (-1.0, 1.0). */
  public Hardtanh() {
    this(-1.0, 1.0, false);
  }

  /** PyTorch: {@code nn.Hardtanh(min_val, max_val)}. */
  public Hardtanh(Number minVal, Number maxVal) {
    this(minVal, maxVal, false);
  }

  /**
   * PyTorch: {@code nn.Hardtanh(min_val, max_val, inplace)}.
   *
   * @throws IllegalArgumentException unless {@code max_val > min_val} (PyTorch's assertion)
   */
  public Hardtanh(Number minVal, Number maxVal, boolean inplace) {
    if (!(maxVal.doubleValue() > minVal.doubleValue())) {
      throw new IllegalArgumentException("max_val must be greater than min_val");
    }
    this.minVal = minVal;
    this.maxVal = maxVal;
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.hardtanh(input, minVal.doubleValue(), maxVal.doubleValue(), inplace);
  }

  @Override
  public String extra_repr() {
    return "min_val=" + PyRepr.repr(minVal) + ", max_val=" + PyRepr.repr(maxVal)
        + (inplace ? ", inplace=True" : "");
  }
}
