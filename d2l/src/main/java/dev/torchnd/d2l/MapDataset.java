package dev.torchnd.d2l;

/**
 * A map-style data set as {@link BatchLoader} reads it: {@code len(ds)} and {@code ds[i]}, an
 * example being a tuple (here an array: features, then label). PyTorch: {@code
 * torch.utils.data.Dataset} with {@code __len__} and {@code __getitem__}.
 */
public interface MapDataset {
  /** Python: {@code len(ds)}. */
  int len();

  /** Python: {@code ds[i]}: the example's fields ({@code (image, label)} for Fashion-MNIST). */
  Object[] get(int index);
}
