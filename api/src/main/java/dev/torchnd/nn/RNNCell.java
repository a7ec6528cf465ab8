package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * One Elman RNN step, {@code h' = tanh(x W_ih^T + b_ih + h W_hh^T + b_hh)} (or ReLU); {@code
 * call(input)} starts from zeros, {@code call(input, hx)} from {@code hx}.
 *
 * <pre>{@code new RNNCell(10, 20).call(randn(3, 10)).shape()   // torch.Size([3, 20])}</pre>
 *
 * PyTorch: {@code torch.nn.RNNCell}.
 */
public class RNNCell extends RNNCellBase {
  private final String nonlinearity;

  /** PyTorch: {@code nn.RNNCell(input_size, hidden_size)}. */
  public RNNCell(long input_size, long hidden_size) {
    this(input_size, hidden_size, true, "tanh");
  }

  /** PyTorch: {@code nn.RNNCell(input_size, hidden_size, bias, nonlinearity)}. */
  public RNNCell(long input_size, long hidden_size, boolean bias, String nonlinearity) {
    this(input_size, hidden_size, bias, nonlinearity, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.RNNCell(..., dtype=dtype)}. */
  public RNNCell(long input_size, long hidden_size, boolean bias, String nonlinearity, DType dtype) {
    super(input_size, hidden_size, bias, 1, dtype);
    this.nonlinearity = nonlinearity;
  }

  /** PyTorch: {@code cell.nonlinearity}. */
  public String nonlinearity() {
    return nonlinearity;
  }

  @Override
  public Tensor forward(Tensor input) {
    return forward(input, null);
  }

  /** {@code hx} null is zeros. PyTorch: {@code cell(input, hx)}. */
  @Override
  public Tensor forward(Tensor input, Tensor hx) {
    boolean batched = input.dim() == 2;
    Tensor x = batchedInput(input);
    Tensor h = hx == null ? zeros(x) : batched ? hx : hx.unsqueeze(0);
    String mode = switch (nonlinearity) {
      case "tanh" -> "RNN_TANH";
      case "relu" -> "RNN_RELU";
      default -> throw new IllegalArgumentException(
          "Unknown nonlinearity: " + nonlinearity);
    };
    check(x, new Tensor[] {h});
    Tensor out = RNNBase.cell(mode, F.linear(x, weight_ih(), bias_ih()), h, null, weight_hh(),
        bias_hh(), null)[0];
    return batched ? out : out.squeeze(0);
  }

  @Override
  public String extra_repr() {
    String s = super.extra_repr();
    return nonlinearity.equals("tanh") ? s : s + ", nonlinearity=" + nonlinearity;
  }
}
