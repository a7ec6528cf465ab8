package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Storage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A storage of the {@code cpu} device ({@link Nd4jBackend}): a Java array for float32 ({@code
 * float[]}), float64 ({@code double[]}) and bool ({@code byte[]}) up to {@link #MAX_ARRAY}
 * elements, large ones reused through {@link ArrayPool}; for other dtypes a heap buffer up to
 * {@link #HEAP_LIMIT} bytes, else an ND4J {@link DataBuffer} (native memory an {@code INDArray}
 * can share) or, under ND4J's CUDA artifact, whose buffers are device memory, a direct NIO
 * buffer. Elements are read and written through a typed view ({@link Access}).
 *
 * <p>Heap storages exist because allocating an ND4J buffer costs 3–30 µs, more than a small op
 * itself, and the GC reclaims heap memory like any object. The first time ND4J itself must see
 * the memory ({@code INDArray} interop, SameDiff) the contents move once into a {@code
 * DataBuffer}; every tensor viewing this storage follows, because they all read through this
 * object. Matrix products do not move a storage: {@link Blas} copies operands into native
 * scratch memory for each call.
 */
final class Nd4jStorage implements Storage {
  /** Storages up to this many bytes start on the heap (float32/float64/bool: any size). */
  static final long HEAP_LIMIT = 64 * 1024;

  private DataBuffer buffer;
  private ByteBuffer heap;
  /** The array behind {@link #heap} for bool storages. */
  private byte[] heapBytes;
  /** Gives a pooled-size array back when this storage dies or closes; null for other storages. */
  private ArrayPool.Lease lease;
  final DType dtype;
  volatile Access access;
  private final long size;
  private boolean closed;
  /** False for buffers wrapped from an INDArray: their owner frees them, not close(). */
  private final boolean owned;

  /** Wraps an existing ND4J buffer (its memory is shared, not copied). */
  Nd4jStorage(DataBuffer buffer, DType dtype) {
    this.dtype = dtype;
    this.size = buffer.length();
    checkNio(size, dtype);
    this.buffer = buffer;
    this.access = Access.of(dtype, nio(buffer));
    this.owned = false;
  }

  /** A storage of {@code size} elements, zero-filled when {@code zeroed}. */
  Nd4jStorage(DType dtype, long size, boolean zeroed) {
    this.dtype = dtype;
    this.size = size;
    checkAddressable(size, dtype);
    this.owned = true;
    long bytes = size * dtype.itemsize();
    if (needsBig(size, dtype)) {
      access = new BigAccess(this, dtype, size, zeroed);
    } else if (dtype == DType.float32) {
      // Java arrays: C2 vectorises loops over them, which it does not for direct NIO buffers
      // (1M-float add: 0.3 ms vs 0.8–1.8 ms), and the GC reclaims them like any object.
      float[] arr = ArrayPool.floats((int) size, zeroed);
      access = new Access.F32(arr);
      track(arr);
    } else if (dtype == DType.float64) {
      double[] arr = ArrayPool.doubles((int) size, zeroed);
      access = new Access.F64(arr);
      track(arr);
    } else if (dtype == DType.bool) {
      // A heap byte[] (kept hasArray(), offset 0, for StridedF32Kernels.compare), pooled like
      // float arrays.
      heapBytes = ArrayPool.bytes((int) size, zeroed);
      heap = ByteBuffer.wrap(heapBytes).order(ByteOrder.nativeOrder());
      access = Access.of(dtype, heap);
      track(heapBytes);
    } else if (bytes <= HEAP_LIMIT) {
      heap = ByteBuffer.allocate((int) bytes).order(ByteOrder.nativeOrder());
      access = Access.of(dtype, heap);
    } else if (Nd4jCuda.onClassPath()) {
      // Under ND4J's CUDA backend its buffers are device memory, which the cpu device's Java
      // kernels must not address: plain host memory instead (zeroed by allocateDirect).
      heap = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder());
      access = Access.of(dtype, heap);
    } else {
      buffer = Nd4j.createBuffer(Nd4jBackend.nd4jType(dtype), size, zeroed);
      NativeBudget.allocated(bytes);
      access = Access.of(dtype, nio(buffer));
    }
  }

  private void track(Object array) {
    if (ArrayPool.tracked(array)) {
      lease = ArrayPool.track(this, array);
    }
  }

  /** The largest Java array the JVM allocates (a few header words below Integer.MAX_VALUE). */
  static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  /**
   * Any size the memory holds: float32, float64 and bool live in Java arrays up to {@link
   * #MAX_ARRAY} elements, other dtypes in heap or ND4J buffers up to 2 GiB, anything larger in
   * native memory ({@link #needsBig}).
   */
  static void checkAddressable(long size, DType dtype) {
    if (size < 0) {
      throw new IllegalArgumentException("Trying to create tensor with negative dimension");
    }
    if (size > Long.MAX_VALUE / dtype.itemsize()) {
      throw new IllegalArgumentException(
          "TorchND cannot address " + size + " elements of " + dtype + " (bytes overflow a long)");
    }
  }

  /**
   * Storages beyond one Java array (float32, float64, bool: {@link #MAX_ARRAY} elements) or one
   * NIO view (other dtypes: 2 GiB) live in native memory addressed by long index ({@link
   * BigAccess}); every smaller one keeps the int-indexed kernels.
   */
  static boolean needsBig(long size, DType dtype) {
    boolean heapArray = dtype == DType.float32 || dtype == DType.float64 || dtype == DType.bool;
    long bytes = size * dtype.itemsize();
    return (heapArray ? size > MAX_ARRAY : bytes > Integer.MAX_VALUE) || bytes >= bigFromBytes;
  }

  /**
   * For tests and timing ({@code -Dtorchnd.bigFromBytes}): storages from this many bytes up take
   * the native long-indexed path whatever their size, so its kernels can be checked against the
   * ordinary ones on tensors a 2 GiB heap holds.
   */
  static volatile long bigFromBytes = Long.getLong("torchnd.bigFromBytes", Long.MAX_VALUE);

  /** ND4J's buffers are read through NIO views, which address at most 2 GiB. */
  private static void checkNio(long size, DType dtype) {
    if (size * dtype.itemsize() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "TorchND hands ND4J (INDArray interop, export) at most 2 GiB per tensor; got "
              + size
              + " elements of "
              + dtype);
    }
  }

  private static ByteBuffer nio(DataBuffer b) {
    return b.length() == 0
        ? ByteBuffer.allocateDirect(0)
        : b.asNio().order(ByteOrder.nativeOrder());
  }

  /** The ND4J buffer holding this storage, moving heap contents into one on first use. */
  synchronized DataBuffer buffer() {
    if (closed) {
      throw new IllegalStateException("Tensor storage was used after close()");
    }
    if (buffer == null) {
      checkNio(size, dtype);
      if (access instanceof BigAccess) {
        // Only reached under -Dtorchnd.bigFromBytes: real ones failed checkNio above.
        throw new IllegalArgumentException(
            "TorchND hands ND4J (INDArray interop, export) at most 2 GiB per tensor, and no"
                + " storage in long-indexed native memory; got " + size + " elements of " + dtype);
      }
      DataBuffer b = Nd4j.createBuffer(Nd4jBackend.nd4jType(dtype), Math.max(size, 1), true);
      NativeBudget.allocated(size * dtype.itemsize());
      ByteBuffer target = nio(b);
      Access old = access;
      if (old instanceof Access.F32 f && f.arr != null) {
        target.asFloatBuffer().put(f.arr);
      } else if (old instanceof Access.F64 f && f.arr != null) {
        target.asDoubleBuffer().put(f.arr);
      } else {
        heap.position(0);
        target.put(heap.duplicate());
      }
      target.position(0);
      buffer = b;
      access = Access.of(dtype, target);
      heap = null;
      // Not pooled after the move: kernels that read the old Access may still hold the array.
      heapBytes = null;
      if (lease != null) {
        lease.cancel();
        lease.release();
        lease = null;
      }
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
  public synchronized void close() {
    if (!closed) {
      closed = true;
      if (buffer != null && size > 0 && !buffer.wasClosed() && owned) {
        buffer.close();
        NativeBudget.released(size * dtype.itemsize());
      }
      heap = null;
      if (access instanceof BigAccess big) {
        big.free();
      } else if (lease != null) {
        lease.release();
        lease = null;
      } else if (buffer == null && heapBytes != null) {
        ArrayPool.give(heapBytes);
      } else if (buffer == null && access instanceof Access.F32 f && f.arr != null) {
        ArrayPool.give(f.arr);
      } else if (buffer == null && access instanceof Access.F64 f && f.arr != null) {
        ArrayPool.give(f.arr);
      }
      heapBytes = null;
    }
  }

  /** True once the memory is an ND4J buffer (wrapped, allocated natively, or moved there). */
  synchronized boolean isNative() {
    return buffer != null;
  }

  boolean isClosed() {
    return closed;
  }
}
