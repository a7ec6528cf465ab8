package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Torch;

/**
 * Elman RNN, {@code h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)} (or ReLU), over
 * {@code num_layers} layers, optionally bidirectional; see {@link RNNBase} for running it.
 *
 * <pre>{@code
 * var rnn = new RNN(28, 256);           // RNN(28, 256)
 * var r = rnn.run(X, state);            // Y, state = rnn(X, state)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.RNN}.
 */
public class RNN extends RNNBase {
  private final String nonlinearity;

  /** PyTorch: {@code nn.RNN(input_size, hidden_size)}. */
  public RNN(long input_size, long hidden_size) {
    this(input_size, hidden_size, 1);
  }

  /** PyTorch: {@code nn.RNN(input_size, hidden_size, num_layers)}. */
  public RNN(long input_size, long hidden_size, long num_layers) {
    this(input_size, hidden_size, num_layers, "tanh", true, false, 0.0, false);
  }

  /**
   * PyTorch: {@code nn.RNN(input_size, hidden_size, num_layers, nonlinearity, bias, batch_first,
   * dropout, bidirectional)}.
   */
  public RNN(long input_size, long hidden_size, long num_layers, String nonlinearity, boolean bias,
      boolean batch_first, double dropout, boolean bidirectional) {
    this(input_size, hidden_size, num_layers, nonlinearity, bias, batch_first, dropout,
        bidirectional, Torch.get_default_dtype());
  }

  /** PyTorch: {@code nn.RNN(..., dtype=dtype)}. */
  public RNN(long input_size, long hidden_size, long num_layers, String nonlinearity, boolean bias,
      boolean batch_first, double dropout, boolean bidirectional, DType dtype) {
    super(mode(nonlinearity), input_size, hidden_size, num_layers, bias, batch_first, dropout,
        bidirectional, 0, dtype);
    this.nonlinearity = nonlinearity;
  }

  private static String mode(String nonlinearity) {
    return switch (nonlinearity) {
      case "tanh" -> "RNN_TANH";
      case "relu" -> "RNN_RELU";
      default -> throw new IllegalArgumentException("Unknown nonlinearity '" + nonlinearity + "'");
    };
  }

  /** PyTorch: {@code rnn.nonlinearity}. */
  public String nonlinearity() {
    return nonlinearity;
  }
}
