/**
 * {@code torch.save} / {@code torch.load} in PyTorch's own formats, and NumPy's {@code .npy} /
 * {@code .npz}.
 *
 * <p>Map: {@link dev.torchnd.serialization.TorchSerialization} behind {@code Torch.save} and
 * {@code Torch.load}; {@link dev.torchnd.serialization.Numpy} for NumPy files; {@link
 * dev.torchnd.serialization.Tuple} and {@link dev.torchnd.serialization.OrderedDict} are the Java
 * forms of Python's tuple and OrderedDict; {@link dev.torchnd.serialization.UnpicklingError} is
 * what a refused file raises. Package-private: {@code Unpickler} (the restricted, weights-only
 * unpickler: a fixed set of globals interpreted in Java, nothing looked up or called by
 * reflection), {@code Pickler} (protocol 2), {@code ZipReader}/{@code ZipWriter} (PyTorch's
 * uncompressed archive, read in place, never extracted), {@code StorageBytes} (storage records
 * to and from backend storages in bulk).
 */
package dev.torchnd.serialization;
