package dev.torchnd;

import java.util.ServiceLoader;

/**
 * Finds the backend on the class path once ({@link java.util.ServiceLoader}; {@code
 * -Dtorchnd.backend=name} picks one of several). With {@code torchnd-backend-nd4j} present that is
 * its CPU backend (Java-array storages, Java loops, OpenBLAS); running on a GPU would take another
 * {@link Backend} implementation, not a different ND4J artifact.
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
