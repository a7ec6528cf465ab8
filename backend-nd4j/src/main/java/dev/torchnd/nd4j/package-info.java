/**
 * The CPU {@link dev.torchnd.spi.Backend} and ND4J interop.
 *
 * <p>Map: {@link dev.torchnd.nd4j.Nd4jBackend} implements the SPI over {@code Nd4jStorage}
 * (Java arrays for float32/float64/bool, heap or ND4J buffers for the rest) read through {@code
 * Access}. Kernels: {@code Kernels} (the scalar semantics of every elementwise op, one exhaustive
 * switch per family), {@code Strided} and {@code Parallel} (layout walks split over threads),
 * {@code ContiguousF32Kernels}/{@code StridedF32Kernels} (unit-stride and float32 loops), {@code Reductions} (reductions
 * and scans), {@code MatMul} and {@code Blas} (Java and OpenBLAS matrix products), {@code Libnd4jTransforms}
 * (libnd4j transcendental maps for large native buffers). {@link dev.torchnd.nd4j.Nd4jInterop}
 * converts to and from {@code INDArray}; {@link dev.torchnd.nd4j.SameDiffExport} traces a
 * function into a SameDiff graph, mapping each op by its declaration.
 */
package dev.torchnd.nd4j;
