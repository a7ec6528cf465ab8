/**
 * The two {@link dev.torchnd.spi.Backend}s built on the DL4J stack, and ND4J interop.
 *
 * <p>Map, {@code cpu} device: {@link dev.torchnd.nd4j.Nd4jBackend} implements the SPI over {@code
 * Nd4jStorage} (Java arrays for float32/float64/bool, heap or ND4J buffers for the rest, large
 * arrays reused by {@code ArrayPool}, native memory kept bounded by {@code NativeBudget}) read
 * through {@code Access}. Its kernels: {@code Kernels} (the scalar semantics of every elementwise
 * op, one exhaustive switch per op family) walked by {@code Strided} and split over threads by
 * {@code Parallel}; {@code ContiguousF32Kernels} (unit-stride float32 binary loops the JIT
 * vectorises) and {@code StridedF32Kernels} (float32 strided binary, unary, compare and copy
 * loops, its {@code expf}/{@code tanh}); {@code Simd}/{@code SimdF32} (float32 reductions and
 * exp on the Vector API when the JVM has it); {@code Reductions} (reductions and scans) with
 * {@code CascadeSum} (PyTorch's float32 cascade sum, bit for bit; float32 scans in {@code
 * ScanF32Kernels}), {@code SortKernels} over {@code dev.torchnd.spi.StlSort} (libstdc++'s sort
 * orders, step for step), {@code
 * LinAlgKernels} (LU det/inverse), {@code ErfKernels}, {@code Fused} (the optimizer kernels);
 * {@code MatMul} (Java products) and {@code Blas} (OpenBLAS gemm on packed native scratch); {@code
 * Libnd4jTransforms} (libnd4j's exp/log/sqrt/sin/cos/tanh for large float storages already in
 * ND4J buffers). Tensors beyond what an int index addresses live in {@code BigAccess} (native
 * memory by long index) and run the ops that support them in {@code BigKernels}.
 *
 * <p>{@code cuda} device: {@link dev.torchnd.nd4j.Nd4jDeviceBackend} over {@code DeviceStorage}
 * (always ND4J buffers, every kernel an ND4J op; GPU memory under {@code -Pcuda}, ND4J's CPU
 * backend under {@code -Dtorchnd.cudaOnCpu=true}), sorting as PyTorch's CUDA build sorts in
 * {@code DeviceSort}; {@link dev.torchnd.nd4j.HostReads} counts every transfer of a device
 * storage's data to the host (the device-pass test asserts none per op); {@code Nd4jCuda} tells
 * which ND4J artifact is
 * on the class path, {@code Nd4jInit} sets ND4J up before it loads. Interop: {@link
 * dev.torchnd.nd4j.Nd4jInterop} converts to and from {@code INDArray}; {@link
 * dev.torchnd.nd4j.SameDiffExport} traces a function into a SameDiff graph, mapping each op by its
 * declaration.
 */
package dev.torchnd.nd4j;
