package dev.torchnd.nd4j;

import dev.torchnd.Tensor;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Zero-copy conversion between TorchND tensors and ND4J arrays: both directions share memory,
 * as PyTorch's {@code t.numpy()} and {@code torch.from_numpy(a)} do. Tensors of either device
 * convert; under ND4J's CUDA backend {@code from_numpy} gives a {@code cuda} tensor (its memory
 * is an ND4J device buffer), and {@code numpy} of a {@code cpu} tensor is a copy (its memory is
 * the host's).
 *
 * <pre>{@code
 * INDArray a = Nd4jInterop.numpy(x);      // writes to a show up in x
 * Tensor b = Nd4jInterop.from_numpy(a);   // and in b
 * }</pre>
 */
public final class Nd4jInterop {
  private Nd4jInterop() {}

  /**
   * An {@code INDArray} view of the tensor's memory. PyTorch: {@code t.numpy()}.
   *
   * @throws IllegalStateException if the tensor requires grad, with PyTorch's message
   */
  public static INDArray numpy(Tensor t) {
    if (t.requires_grad()) {
      throw new IllegalStateException(
          "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
    }
    long[] shape = t.shape().toLongArray();
    if (t.numel() == 0) {
      return Nd4j.create(Nd4jBackend.nd4jType(t.dtype()), shape);
    }
    if (t.storage() instanceof DeviceStorage d) {
      return Nd4j.create(
          d.buffer(), shape, t.stride(), t.storage_offset(), 'c', Nd4jBackend.nd4jType(t.dtype()));
    }
    Nd4jStorage s = Nd4jBackend.s(t.storage());
    if (Nd4jCuda.onClassPath()) {
      // A cpu tensor's memory is host memory; ND4J's CUDA arrays are device memory: a copy.
      DataType type = Nd4jBackend.nd4jType(t.dtype());
      INDArray c = t.is_floating_point()
          ? Nd4j.createFromArray(t.toDoubleArray()).castTo(type)
          : Nd4j.createFromArray(t.toLongArray()).castTo(type);
      return c.reshape(shape);
    }
    return Nd4j.create(
        s.buffer(), shape, t.stride(), t.storage_offset(), 'c', Nd4jBackend.nd4jType(t.dtype()));
  }

  /** A tensor viewing the array's memory. PyTorch: {@code torch.from_numpy(a)}. */
  public static Tensor from_numpy(INDArray a) {
    DataBuffer buf = a.data();
    // A view's DataBuffer starts inside its parent, while a.offset() counts from the parent's
    // start: address the parent so offset and strides mean what they say.
    if (buf.underlyingDataBuffer() != null && buf.underlyingDataBuffer() != buf) {
      buf = buf.underlyingDataBuffer();
    }
    long offset = a.offset();
    long[] shape = a.shape();
    long[] strides = a.rank() == 0 ? new long[0] : a.stride();
    if (a.isEmpty()) {
      return Tensor.wrap(new Nd4jBackend().allocate(Nd4jBackend.torchType(a.dataType()), 0), shape,
          new long[shape.length], 0);
    }
    // Under ND4J's CUDA backend the buffer is device memory: the tensor is a cuda tensor (and so
    // under the test switch when cuda is the default device, where ND4J's memory stands for it).
    return Tensor.wrap(
        Nd4jDeviceBackend.interopOnDevice() ? Nd4jDeviceBackend.wrap(buf) : Nd4jBackend.wrap(buf),
        shape, strides, offset);
  }
}
