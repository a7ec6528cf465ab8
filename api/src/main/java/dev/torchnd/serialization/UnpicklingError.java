package dev.torchnd.serialization;

import java.io.IOException;

/**
 * A file that {@code torch.load} refuses: a pickle naming a global outside PyTorch's weights-only
 * set, a malformed or truncated pickle, a tensor that does not fit its storage. PyTorch: {@code
 * pickle.UnpicklingError}.
 */
public class UnpicklingError extends IOException {
  private static final long serialVersionUID = 1L;

  public UnpicklingError(String message) {
    super(message);
  }

  public UnpicklingError(String message, Throwable cause) {
    super(message, cause);
  }
}
