package dev.torchnd.spi;

import dev.torchnd.DType;
import dev.torchnd.Device;

/**
 * A flat, typed buffer owned by a {@link Backend}. Tensors are strided views over a storage;
 * several tensors (views) may share one.
 */
public interface Storage {
  DType dtype();

  /** Number of elements the buffer holds. */
  long size();

  /** Frees the buffer now rather than when the GC finds it; using it afterwards is an error. */
  void close();

  // ---- device support ----

  /** The device whose memory holds this buffer. PyTorch: {@code storage.device}. */
  default Device device() {
    return Device.CPU;
  }
}
