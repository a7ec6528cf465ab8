package dev.torchnd.nn;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * {@code x > threshold ? x : value}; prints {@code Threshold(threshold=0.1, value=20)}, numbers as
 * given. PyTorch: {@code torch.nn.Threshold}.
 */
public class Threshold extends Module {
  private final Number threshold;
  private final Number value;
  private final boolean inplace;

  /** PyTorch: {@code nn.Threshold(threshold, value)}. */
  public Threshold(Number threshold, Number value) {
    this(threshold, value, false);
  }

  /** PyTorch: {@code nn.Threshold(threshold, value, inplace)}. */
  public Threshold(Number threshold, Number value, boolean inplace) {
    this.threshold = threshold;
    this.value = value;
    this.inplace = inplace;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.threshold(input, threshold.doubleValue(), value.doubleValue(), inplace);
  }

  @Override
  public String extra_repr() {
    return "threshold=" + PyRepr.repr(threshold) + ", value=" + PyRepr.repr(value)
        + (inplace ? ", inplace=True" : "");
  }
}
