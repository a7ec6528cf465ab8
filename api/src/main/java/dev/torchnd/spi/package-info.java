/**
 * The backend SPI: what a compute engine implements and what TorchND's op declarations look like
 * to it. User code never needs this package; the API ({@code dev.torchnd}) holds every PyTorch
 * rule and calls a backend only with shapes and dtypes it has already checked.
 *
 * <p>Map: {@link dev.torchnd.spi.Backend} (allocation, element access, one method per kernel
 * family, found with {@link java.util.ServiceLoader} by {@code dev.torchnd.Backends}) over
 * {@link dev.torchnd.spi.Storage} (a flat typed buffer) and {@link dev.torchnd.spi.Layout}
 * (shape, strides, offset of a view into it). The op declarations, one enum per kernel family,
 * all {@link dev.torchnd.spi.Op}: {@link dev.torchnd.spi.UnaryOp}, {@link
 * dev.torchnd.spi.BinaryOp}, {@link dev.torchnd.spi.ReduceOp}, {@link dev.torchnd.spi.ScanOp},
 * and {@link dev.torchnd.spi.GraphOp} for the ops exporters must recognise outside those
 * families; each constant carries its PyTorch name, dtype rule, error texts and
 * differentiability in {@code switch} expressions without {@code default}, so a backend's kernel
 * switch and the API's backward switch fail to compile when a constant is missing. {@link
 * dev.torchnd.spi.PointwiseOp} (the fused optimizer kernels) and {@link
 * dev.torchnd.spi.ScatterReduceOp} name kernel variants that have no op of their own. {@link
 * dev.torchnd.spi.Tracing} hands exporters (the ND4J backend's {@code SameDiffExport}) the ops a
 * function ran; {@link dev.torchnd.spi.Half} is the one float16/bfloat16 conversion, shared by
 * backends and the API; {@link dev.torchnd.spi.StlSort} is libstdc++'s sort orders, shared by
 * the CPU backend's sort kernels and the API's mode and nanmedian.
 */
package dev.torchnd.spi;
