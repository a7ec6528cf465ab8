package dev.torchnd.utils.data;

import dev.torchnd.Generator;
import dev.torchnd.Torch;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The given indices in a random order: {@code randperm(len(indices))} from {@code generator} (the
 * default generator when null, drawn directly, not through a fresh seed), when iteration starts.
 *
 * <pre>{@code
 * new DataLoader<>(ds, Map.of("batch_size", 4, "sampler", new SubsetRandomSampler(List.of(0, 2, 4, 6))));
 * }</pre>
 *
 * PyTorch: {@code torch.utils.data.SubsetRandomSampler}.
 */
public class SubsetRandomSampler implements Sampler<Integer> {
  private final List<Integer> indices;
  private final Generator generator;

  /** PyTorch: {@code SubsetRandomSampler(indices)}. */
  public SubsetRandomSampler(List<Integer> indices) {
    this(indices, null);
  }

  /** PyTorch: {@code SubsetRandomSampler(indices, generator)}. */
  public SubsetRandomSampler(List<Integer> indices, Generator generator) {
    this.indices = List.copyOf(indices);
    this.generator = generator;
  }

  /** PyTorch: {@code sampler.indices}. */
  public List<Integer> indices() {
    return indices;
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private long[] perm;
      private int pos;

      private long[] perm() {
        if (perm == null) {
          perm = Torch.randperm(indices.size(), generator).toLongArray();
        }
        return perm;
      }

      @Override
      public boolean hasNext() {
        return pos < perm().length;
      }

      @Override
      public Integer next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return indices.get((int) perm[pos++]);
      }
    };
  }

  @Override
  public int len() {
    return indices.size();
  }
}
