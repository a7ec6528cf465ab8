/**
 * TorchND's public API and every PyTorch rule, in plain Java (no ND4J type appears here).
 *
 * <p>Map of the user-facing types: {@link dev.torchnd.Torch} holds the {@code torch.*} functions
 * and {@link dev.torchnd.Tensor} the tensor methods, both grouped by op family under comment
 * headers; {@link dev.torchnd.DType}, {@link dev.torchnd.Size}, {@link dev.torchnd.Device}, {@link
 * dev.torchnd.Index} and {@link dev.torchnd.ValuesIndices} are their value types; {@link
 * dev.torchnd.Generator} is PyTorch's CPU generator (MT19937, bit for bit), {@link
 * dev.torchnd.GradMode} a {@code no_grad} scope, {@link dev.torchnd.GradCheck} {@code
 * torch.autograd.gradcheck}, {@link dev.torchnd.AutogradFunction} a custom backward for the
 * packages beside this one (nn, losses), {@link dev.torchnd.PyMath} glibc's {@code cos}.
 *
 * <p>Package-private, the PyTorch rules: {@code Elementwise} (elementwise ops and their backward
 * rules), {@code Pointwise} (the fused optimizer ops), {@code Clamp}, {@code Reduce} (reductions
 * and scans), {@code SoftmaxOps}, {@code SortOps}, {@code StatsOps} (var/std, cummax, kthvalue, mode,
 * quantile, histc, searchsorted …), {@code LinAlg} and {@code MathOps}, {@code
 * Views}, {@code Indexing} (Python's {@code x[...]}) and {@code IndexOps} (gather, scatter, masks,
 * flips, repeats), type promotion ({@code Promotion}), shapes ({@code Shapes}), scalar range
 * checks ({@code ScalarCheck}), devices ({@code Devices}) and printing ({@code TensorFormatter}).
 * The autograd tape is {@code Autograd} and {@code Node}. Random numbers: {@code Sampling} (the
 * values PyTorch's CPU samplers write), {@code InplaceSampling} ({@code uniform_} …), over the
 * ports {@code Avx2Math} (PyTorch's AVX2 normal and sum kernels, lane by lane), {@code Libm}
 * (glibc's {@code log}/{@code sincos}) and {@code StlTopK} (libstdc++'s partial sort). The
 * compute engine is the SPI in {@code dev.torchnd.spi}; {@link dev.torchnd.Backends} finds its
 * implementations and {@code Dispatch} routes each call to the backend of its storages' device.
 * {@link dev.torchnd.PyRepr} is Python's {@code repr()} of plain values, shared by the reprs and
 * error texts of {@code nn}, {@code optim}, {@code utils.data} and {@code serialization}.
 */
package dev.torchnd;
