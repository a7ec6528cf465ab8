package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.Storage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.nd4j.linalg.api.buffer.DataBuffer;

/**
 * A TorchND storage over an ND4J {@link DataBuffer}: the same native memory an {@code INDArray}
 * sees, read and written here through a typed NIO view.
 */
final class Nd4jStorage implements Storage {
  final DataBuffer buffer;
  final DType dtype;
  final Access access;
  private final long size;
  private boolean closed;

  Nd4jStorage(DataBuffer buffer, DType dtype) {
    this.buffer = buffer;
    this.dtype = dtype;
    this.size = buffer.length();
    if (size * dtype.itemsize() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "TorchND's CPU kernels address at most 2 GiB per tensor; got "
              + size
              + " elements of "
              + dtype);
    }
    ByteBuffer bb =
        size == 0
            ? ByteBuffer.allocateDirect(0)
            : buffer.asNio().order(ByteOrder.nativeOrder());
    this.access = Access.of(dtype, bb);
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
  public synchronized void close() {
    if (!closed) {
      closed = true;
      if (size > 0 && !buffer.wasClosed()) {
        buffer.close();
      }
    }
  }

  boolean isClosed() {
    return closed;
  }
}
