package dev.torchnd;

/**
 * A {@code with torch.inference_mode():} block ({@link Torch#inference_mode()}): grad mode off,
 * and tensors created inside report {@link Tensor#is_inference()}; {@link #close()} restores
 * both.
 */
public final class InferenceMode implements AutoCloseable {
  private final boolean enabled;
  private final GradMode grad;

  InferenceMode(boolean enabled) {
    this.enabled = enabled;
    this.grad = enabled ? new GradMode(false) : null;
    if (enabled) {
      GapOps.enterInference();
    }
  }

  @Override
  public void close() {
    if (enabled) {
      GapOps.exitInference();
      grad.close();
    }
  }
}
