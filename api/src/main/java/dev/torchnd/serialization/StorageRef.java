package dev.torchnd.serialization;

import dev.torchnd.DType;
import dev.torchnd.spi.Storage;

/**
 * What a pickle's persistent id resolves to: a loaded storage, or (legacy format) a window of one
 * starting {@code offset} elements in and {@code numel} elements long.
 */
record StorageRef(Storage storage, DType dtype, long offset, long numel) {}
