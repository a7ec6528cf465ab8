package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.Device;
import dev.torchnd.spi.Storage;
import org.nd4j.linalg.api.buffer.DataBuffer;

/**
 * A storage of the {@code cuda} device: always an ND4J {@link DataBuffer} (device memory under
 * ND4J's CUDA backend), never a Java array, and only ever touched through ND4J's API so that
 * ND4J keeps host and device copies in sync.
 */
final class DeviceStorage implements Storage {
  private static final Device CUDA0 = Device.of("cuda", 0);

  /** At least one element long: ND4J has no zero-length buffers. */
  private final DataBuffer buffer;
  final DType dtype;
  private final long size;
  /** False for buffers wrapped from an INDArray: their owner frees them, not close(). */
  private final boolean owned;
  private volatile boolean closed;

  DeviceStorage(DataBuffer buffer, DType dtype, long size, boolean owned) {
    this.buffer = buffer;
    this.dtype = dtype;
    this.size = size;
    this.owned = owned;
  }

  DataBuffer buffer() {
    if (closed) {
      throw new IllegalStateException("Tensor storage was used after close()");
    }
    return buffer;
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Device device() {
    return CUDA0;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      if (owned && !buffer.wasClosed()) {
        buffer.close();
        NativeBudget.released(size * dtype.itemsize());
      }
    }
  }
}
