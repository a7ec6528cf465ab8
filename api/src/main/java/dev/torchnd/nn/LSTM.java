package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Torch;

/**
 * Long short-term memory network (input, forget, cell and output gates, in that order in the
 * weights; optional projections {@code proj_size}); {@code run(input, h_0, c_0)} returns the
 * output and {@code state()} {@code {h_n, c_n}} (see {@link RNNBase}).
 *
 * <pre>{@code
 * var lstm = new LSTM(28, 32);          // LSTM(28, 32)
 * var r = lstm.run(X);                  // output, (h_n, c_n) = lstm(X)
 * r.c_n().shape();                      // torch.Size([1, batch, 32])
 * }</pre>
 *
 * PyTorch: {@code torch.nn.LSTM}.
 */
public class LSTM extends RNNBase {
  /** PyTorch: {@code nn.LSTM(input_size, hidden_size)}. */
  public LSTM(long input_size, long hidden_size) {
    this(input_size, hidden_size, 1);
  }

  /** PyTorch: {@code nn.LSTM(input_size, hidden_size, num_layers)}. */
  public LSTM(long input_size, long hidden_size, long num_layers) {
    this(input_size, hidden_size, num_layers, true, false, 0.0, false, 0);
  }

  /**
   * PyTorch: {@code nn.LSTM(input_size, hidden_size, num_layers, bias, batch_first, dropout,
   * bidirectional, proj_size)}.
   */
  public LSTM(long input_size, long hidden_size, long num_layers, boolean bias, boolean batch_first,
      double dropout, boolean bidirectional, long proj_size) {
    this(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, proj_size,
        Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.LSTM(..., dtype=dtype)}. */
  public LSTM(long input_size, long hidden_size, long num_layers, boolean bias, boolean batch_first,
      double dropout, boolean bidirectional, long proj_size, DType dtype) {
    super("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
        proj_size, dtype);
  }
}
