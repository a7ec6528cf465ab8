package dev.torchnd;

/**
 * A grad-mode scope for try-with-resources, restoring the previous mode on close. Grad mode is
 * per thread, as in PyTorch. See {@link Torch#no_grad()}.
 */
public final class GradMode implements AutoCloseable {
  private final boolean previous;

  GradMode(boolean enabled) {
    previous = Autograd.setGradEnabled(enabled);
  }

  @Override
  public void close() {
    Autograd.setGradEnabled(previous);
  }
}
