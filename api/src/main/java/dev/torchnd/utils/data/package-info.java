/**
 * {@code torch.utils.data}: {@link dev.torchnd.utils.data.Dataset} (map-style) with {@code
 * TensorDataset}, {@code Subset} and {@code ConcatDataset}; samplers ({@link
 * dev.torchnd.utils.data.Sampler}: {@code SequentialSampler}, {@code RandomSampler}, {@code
 * SubsetRandomSampler}, {@code BatchSampler}) drawing what PyTorch draws from the generator;
 * {@link dev.torchnd.utils.data.DataLoader} (the sampler chain, collation, worker threads); {@link
 * dev.torchnd.utils.data.Data} ({@code random_split}, {@code default_collate}, {@code
 * default_convert}). Package-private: {@code PyRepr} (Python's repr of collated batches).
 */
package dev.torchnd.utils.data;
