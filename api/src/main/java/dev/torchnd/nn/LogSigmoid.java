package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** {@code log(sigmoid(x))}. PyTorch: {@code torch.nn.LogSigmoid}. */
public class LogSigmoid extends Module {
  /** PyTorch: {@code nn.LogSigmoid()}. */
  public LogSigmoid() {}

  @Override
  public Tensor forward(Tensor input) {
    return F.logsigmoid(input);
  }
}
