package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.init.Init;

/**
 * One step of a recurrent network: parameters {@code weight_ih}, {@code weight_hh}, {@code
 * bias_ih}, {@code bias_hh} drawn from U(-1/√hidden_size, 1/√hidden_size) in that order.
 * PyTorch: {@code torch.nn.RNNCellBase}.
 */
public abstract class RNNCellBase extends Module {
  final long inputSize;
  final long hiddenSize;
  final boolean bias;

  RNNCellBase(long input_size, long hidden_size, boolean bias, long chunks, DType dtype) {
    this.inputSize = input_size;
    this.hiddenSize = hidden_size;
    this.bias = bias;
    register_parameter("weight_ih",
        new Parameter(Torch.empty(new long[] {chunks * hidden_size, input_size}, dtype)));
    register_parameter("weight_hh",
        new Parameter(Torch.empty(new long[] {chunks * hidden_size, hidden_size}, dtype)));
    register_parameter("bias_ih",
        bias ? new Parameter(Torch.empty(new long[] {chunks * hidden_size}, dtype)) : null);
    register_parameter("bias_hh",
        bias ? new Parameter(Torch.empty(new long[] {chunks * hidden_size}, dtype)) : null);
    reset_parameters();
  }

  /** Re-draws every parameter from U(-1/√hidden_size, 1/√hidden_size). PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    double stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
    for (Parameter w : parameters()) {
      Init.uniform_(w, -stdv, stdv);
    }
  }

  /** PyTorch: {@code cell.input_size}. */
  public long input_size() {
    return inputSize;
  }

  /** PyTorch: {@code cell.hidden_size}. */
  public long hidden_size() {
    return hiddenSize;
  }

  /** PyTorch: {@code cell.weight_ih}. */
  public Parameter weight_ih() {
    return get_parameter("weight_ih");
  }

  /** PyTorch: {@code cell.weight_hh}. */
  public Parameter weight_hh() {
    return get_parameter("weight_hh");
  }

  /** PyTorch: {@code cell.bias_ih} (null without bias). */
  public Parameter bias_ih() {
    return get_parameter("bias_ih");
  }

  /** PyTorch: {@code cell.bias_hh} (null without bias). */
  public Parameter bias_hh() {
    return get_parameter("bias_hh");
  }

  /** The input as a batch (1-d inputs gain one), after PyTorch's dimension assertion. */
  Tensor batchedInput(Tensor input) {
    if (input.dim() != 1 && input.dim() != 2) {
      throw new IllegalArgumentException(_get_name() + ": Expected input to be 1-D or 2-D but"
          + " received " + input.dim() + "-D tensor");
    }
    return input.dim() == 2 ? input : input.unsqueeze(0);
  }

  /** ATen's {@code check_rnn_cell_forward_input} / {@code check_rnn_cell_forward_hidden}. */
  void check(Tensor input, Tensor[] hx) {
    Tensor wIh = weight_ih();
    if (input.size(1) != wIh.size(1)) {
      throw new IllegalArgumentException("input has inconsistent input_size: got " + input.size(1)
          + " expected " + wIh.size(1));
    }
    for (int i = 0; i < hx.length; i++) {
      if (input.size(0) != hx[i].size(0)) {
        throw new IllegalArgumentException("Input batch size " + input.size(0)
            + " doesn't match hidden0 batch size " + hx[i].size(0));
      }
      if (hx[i].size(1) != hiddenSize) {
        // PyTorch 1.13 labels both of LSTMCell's states hidden0
        throw new IllegalArgumentException("hidden0 has inconsistent hidden_size: got "
            + hx[i].size(1) + ", expected " + hiddenSize);
      }
    }
  }

  Tensor zeros(Tensor input) {
    return Torch.zeros(new long[] {input.size(0), hiddenSize}, input.dtype(), input.device());
  }

  @Override
  public String extra_repr() {
    String s = inputSize + ", " + hiddenSize;
    if (!bias) {
      s += ", bias=False";
    }
    return s;
  }
}
