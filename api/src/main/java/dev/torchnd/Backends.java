package dev.torchnd;

import java.util.ServiceLoader;

/**
 * Finds the backend on the class path once. With {@code torchnd-backend-nd4j} present, that is
 * ND4J; a CUDA build only swaps the ND4J artifact, not this code.
 */
public final class Backends {
  private Backends() {}

  private static final class Holder {
    static final Backend INSTANCE = load();

    private static Backend load() {
      String wanted = System.getProperty("torchnd.backend");
      for (Backend b : ServiceLoader.load(Backend.class)) {
        if (wanted == null || wanted.equals(b.name())) {
          return b;
        }
      }
      throw new IllegalStateException(
          "No TorchND backend found on the class path"
              + (wanted == null ? "" : " named '" + wanted + "'")
              + ": add dev.torchnd:torchnd-backend-nd4j as a dependency.");
    }
  }

  /** The backend every tensor uses. */
  public static Backend get() {
    return Holder.INSTANCE;
  }
}
