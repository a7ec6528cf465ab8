/**
 * TorchND's public API and every PyTorch rule, in plain Java (no ND4J type appears here).
 *
 * <p>Map: {@link dev.torchnd.Torch} holds the {@code torch.*} functions and {@link
 * dev.torchnd.Tensor} the tensor methods; {@link dev.torchnd.DType}, {@link dev.torchnd.Size} and
 * {@link dev.torchnd.Index} are their value types. The op declarations ({@link
 * dev.torchnd.spi.UnaryOp}, {@link dev.torchnd.spi.BinaryOp}, {@link dev.torchnd.spi.ReduceOp}, {@link
 * dev.torchnd.spi.ScanOp}, {@link dev.torchnd.spi.GraphOp}, all {@link dev.torchnd.spi.Op}) carry each op's
 * name, dtype rule, error texts and differentiability; package-private classes apply them:
 * {@code Elementwise} (elementwise ops and their backward rules), {@code Reduce}, {@code LinAlg},
 * {@code Views}, {@code Indexing}, {@code Clamp}, type promotion ({@code Promotion}), shapes
 * ({@code Shapes}) and printing ({@code TensorFormatter}). The autograd tape is {@code Autograd}
 * and {@code Node}; {@link dev.torchnd.spi.Tracing} exposes it to exporters. The compute engine
 * behind it all is the {@link dev.torchnd.spi.Backend} SPI ({@link dev.torchnd.spi.Storage}, {@link
 * dev.torchnd.spi.Layout}), found by {@link dev.torchnd.Backends}.
 */
package dev.torchnd;
