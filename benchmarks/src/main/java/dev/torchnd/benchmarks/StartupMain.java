package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.ones;

import dev.torchnd.Tensor;

/**
 * Start-up probe: the first result of a fresh JVM, {@code torch.ones(3) + 1}. {@code run.sh}
 * times whole processes of this against {@code python3 -c "import torch; torch.ones(3)+1"}.
 */
public final class StartupMain {
  private StartupMain() {}

  /** Computes one small result and exits non-zero if it is wrong. */
  public static void main(String[] args) {
    Tensor r = ones(3).add(1);
    if (r.get(0).doubleValue() != 2.0) {
      System.exit(1);
    }
  }
}
