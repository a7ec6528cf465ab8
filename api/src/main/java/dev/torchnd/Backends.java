package dev.torchnd;

import dev.torchnd.spi.Backend;
import java.util.ServiceLoader;

/**
 * Finds the backends on the class path once: one for the {@code cpu} device and, where one is
 * available, one for {@code cuda}. With {@code torchnd-backend-nd4j} present these are
 * {@code Nd4jBackend} (Java arrays and OpenBLAS on the host) and {@code Nd4jDeviceBackend} (ND4J
 * buffers computed by ND4J ops; on the GPU when the ND4J artifact is {@code nd4j-cuda-11.6}, on
 * ND4J's CPU backend under the test switch {@code -Dtorchnd.cudaOnCpu=true}).
 *
 * <p>{@link #get()} routes each call to the backend of the storage it is given (a storage knows
 * its device), so API code calls one object whatever device its tensors live on.
 */
public final class Backends {
  private Backends() {}

  private static final class Holder {
    static final Backend CPU;
    static final Backend CUDA;

    static {
      String wanted = System.getProperty("torchnd.backend");
      Backend cpu = null;
      Backend cuda = null;
      for (Backend b : ServiceLoader.load(Backend.class)) {
        if (b.deviceType().equals("cpu")) {
          if (cpu == null && (wanted == null || wanted.equals(b.name()))) {
            cpu = b;
          }
        } else if (b.deviceType().equals("cuda") && cuda == null && b.deviceCount() > 0) {
          cuda = b;
        }
      }
      if (cpu == null) {
        throw new IllegalStateException(
            "No TorchND backend found on the class path"
                + (wanted == null ? "" : " named '" + wanted + "'")
                + ": add dev.torchnd:torchnd-backend-nd4j as a dependency.");
      }
      CPU = cpu;
      CUDA = cuda;
    }

    static final Backend DISPATCH = new Dispatch(CPU);
  }

  /**
   * The backend API code calls: each operation runs on the backend of the storages it is given;
   * {@code allocate}/{@code from*} place new storage on the current device (see {@code
   * Devices.current()}).
   */
  public static Backend get() {
    return Holder.DISPATCH;
  }

  /** The backend of the {@code cpu} device. */
  public static Backend cpu() {
    return Holder.CPU;
  }

  /**
   * The backend for a device: the CPU one for {@code cpu}, the device backend for {@code cuda}.
   *
   * @throws IllegalStateException with PyTorch's text where no CUDA backend is available
   */
  public static Backend of(Device device) {
    if (device == Device.CPU || device.isCpu()) {
      return Holder.CPU;
    }
    if (device.isCuda() && Holder.CUDA != null) {
      return Holder.CUDA;
    }
    Devices.checked(device);
    throw new IllegalStateException("no backend for device " + device);
  }

  /** Devices the {@code cuda} backend offers (0 when there is none). */
  static int cudaDeviceCount() {
    return Holder.CUDA == null ? 0 : Holder.CUDA.deviceCount();
  }
}
