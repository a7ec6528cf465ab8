package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Torch;

/**
 * Gated recurrent unit network (reset, update and new gates, in that order in the weights); see
 * {@link RNNBase} for running it.
 *
 * <pre>{@code
 * var gru = new GRU(28, 32, 2, true, false, 0.5, false);   // GRU(28, 32, num_layers=2, dropout=0.5)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.GRU}.
 */
public class GRU extends RNNBase {
  /** PyTorch: {@code nn.GRU(input_size, hidden_size)}. */
  public GRU(long input_size, long hidden_size) {
    this(input_size, hidden_size, 1);
  }

  /** PyTorch: {@code nn.GRU(input_size, hidden_size, num_layers)}. */
  public GRU(long input_size, long hidden_size, long num_layers) {
    this(input_size, hidden_size, num_layers, true, false, 0.0, false);
  }

  /** PyTorch: {@code nn.GRU(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional)}. */
  public GRU(long input_size, long hidden_size, long num_layers, boolean bias, boolean batch_first,
      double dropout, boolean bidirectional) {
    this(input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
        Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.GRU(..., dtype=dtype)}. */
  public GRU(long input_size, long hidden_size, long num_layers, boolean bias, boolean batch_first,
      double dropout, boolean bidirectional, DType dtype) {
    super("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, 0,
        dtype);
  }
}
