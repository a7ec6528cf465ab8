package dev.torchnd.serialization;

import dev.torchnd.Tensor;
import java.util.Arrays;

/** Builds loaded tensors over their storages, after checking that each view fits. */
final class Rebuild {
  private Rebuild() {}

  /**
   * PyTorch's {@code _rebuild_tensor}: a tensor over {@code ref}'s storage with the given offset,
   * sizes and strides, refused (as {@code set_} refuses it) when it reaches outside the storage.
   */
  static Tensor tensor(StorageRef ref, long offset, long[] shape, long[] strides)
      throws UnpicklingError {
    for (long st : strides) {
      if (st < 0) {
        throw new UnpicklingError(
            "as_strided: Negative strides are not supported at the moment, got strides: "
                + Arrays.toString(strides));
      }
    }
    long numel = 1;
    long span = 0;
    try {
      for (int i = 0; i < shape.length; i++) {
        if (shape[i] < 0) {
          throw new UnpicklingError(
              "Trying to create tensor with negative dimension "
                  + shape[i]
                  + ": "
                  + Arrays.toString(shape));
        }
        numel = Math.multiplyExact(numel, shape[i]);
      }
      if (numel > 0) {
        for (int i = 0; i < shape.length; i++) {
          span = Math.addExact(span, Math.multiplyExact(shape[i] - 1, strides[i]));
        }
      }
    } catch (ArithmeticException e) {
      throw new UnpicklingError(
          "tensor of sizes " + Arrays.toString(shape) + " and strides "
              + Arrays.toString(strides) + " overflows 64-bit indexing");
    }
    if (offset < 0) {
      throw new UnpicklingError("Tensor: invalid storage offset " + offset);
    }
    if (numel > Integer.MAX_VALUE) {
      throw new UnpicklingError(
          "TorchND's CPU kernels address at most 2^31 elements per tensor; the file declares "
              + numel);
    }
    long needed = numel == 0 ? 0 : span + 1;
    int item = ref.dtype().itemsize();
    if (offset > ref.numel() || needed > ref.numel() - offset) {
      throw new UnpicklingError(
          "setStorage: sizes "
              + Arrays.toString(shape)
              + ", strides "
              + Arrays.toString(strides)
              + ", storage offset "
              + offset
              + ", and itemsize "
              + item
              + " requiring a storage size of "
              + (needed + offset) * item
              + " are out of bounds for storage of size "
              + ref.numel() * item);
    }
    return Tensor.wrap(ref.storage(), shape, strides, ref.offset() + offset);
  }

  /** PyTorch's {@code _rebuild_parameter}: {@code nn.Parameter(data, requires_grad)}. */
  static Tensor parameter(Tensor data, boolean requiresGrad) {
    return new dev.torchnd.nn.Parameter(data, requiresGrad);
  }

  /** True for {@code nn.Parameter}s, which save through {@code _rebuild_parameter}. */
  static boolean isParameter(Tensor t) {
    return t instanceof dev.torchnd.nn.Parameter;
  }
}
