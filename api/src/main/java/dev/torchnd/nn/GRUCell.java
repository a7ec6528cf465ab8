package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;

/**
 * One GRU step (reset, update, new gates); {@code call(input)} starts from zeros, {@code
 * call(input, hx)} from {@code hx}.
 *
 * <pre>{@code new GRUCell(10, 20).call(randn(3, 10), randn(3, 20)).shape()   // torch.Size([3, 20])}</pre>
 *
 * PyTorch: {@code torch.nn.GRUCell}.
 */
public class GRUCell extends RNNCellBase {
  /** PyTorch: {@code nn.GRUCell(input_size, hidden_size)}. */
  public GRUCell(long input_size, long hidden_size) {
    this(input_size, hidden_size, true);
  }

  /** PyTorch: {@code nn.GRUCell(input_size, hidden_size, bias)}. */
  public GRUCell(long input_size, long hidden_size, boolean bias) {
    this(input_size, hidden_size, bias, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.GRUCell(..., dtype=dtype)}. */
  public GRUCell(long input_size, long hidden_size, boolean bias, DType dtype) {
    super(input_size, hidden_size, bias, 3, dtype);
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
    check(x, new Tensor[] {h});
    Tensor out = RNNBase.cell("GRU", F.linear(x, weight_ih(), bias_ih()), h, null, weight_hh(),
        bias_hh(), null)[0];
    return batched ? out : out.squeeze(0);
  }
}
