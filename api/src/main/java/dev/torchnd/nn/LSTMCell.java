package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * One LSTM step: {@code run(input, h, c)} returns {@code {h', c'}} (zeros when no state is given);
 * {@code call(input)} returns {@code h'} alone.
 *
 * <pre>{@code
 * Tensor[] hc = new LSTMCell(10, 20).run(randn(3, 10));   // hx, cx = cell(input)
 * hc[1].shape();                                           // torch.Size([3, 20])
 * }</pre>
 *
 * PyTorch: {@code torch.nn.LSTMCell}.
 */
public class LSTMCell extends RNNCellBase {
  /** PyTorch: {@code nn.LSTMCell(input_size, hidden_size)}. */
  public LSTMCell(long input_size, long hidden_size) {
    this(input_size, hidden_size, true);
  }

  /** PyTorch: {@code nn.LSTMCell(input_size, hidden_size, bias)}. */
  public LSTMCell(long input_size, long hidden_size, boolean bias) {
    this(input_size, hidden_size, bias, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.LSTMCell(..., dtype=dtype)}. */
  public LSTMCell(long input_size, long hidden_size, boolean bias, DType dtype) {
    super(input_size, hidden_size, bias, 4, dtype);
  }

  /** {@code h'} of {@code run(input)}. */
  @Override
  public Tensor forward(Tensor input) {
    return run(input)[0];
  }

  /**
   * {@code {h', c'}} from {@code hx} = {@code (h, c)} (none: zeros). PyTorch: {@code hx, cx =
   * cell(input, (hx, cx))}.
   */
  public Tensor[] run(Tensor input, Tensor... hx) {
    boolean batched = input.dim() == 2;
    Tensor x = batchedInput(input);
    Tensor[] h;
    if (hx == null || hx.length == 0 || hx.length == 1 && hx[0] == null) {
      h = new Tensor[] {zeros(x), zeros(x)};
    } else if (hx.length != 2) {
      throw new IllegalArgumentException("LSTMCell expects the state as (h, c), got " + hx.length
          + " tensors");
    } else {
      h = batched ? hx.clone() : new Tensor[] {hx[0].unsqueeze(0), hx[1].unsqueeze(0)};
    }
    check(x, h);
    Tensor[] out = RNNBase.cell("LSTM", F.linear(x, weight_ih(), bias_ih()), h[0], h[1],
        weight_hh(), bias_hh(), null);
    return batched ? out : new Tensor[] {out[0].squeeze(0), out[1].squeeze(0)};
  }
}
