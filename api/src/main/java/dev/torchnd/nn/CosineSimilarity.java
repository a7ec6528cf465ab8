package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/** Cosine similarity of two inputs along {@code dim}: {@code m.call(x1, x2)}. PyTorch: {@code torch.nn.CosineSimilarity}. */
public class CosineSimilarity extends Module {
  private final int dim;
  private final double eps;

  /** PyTorch: {@code nn.CosineSimilarity()} (dim 1, eps 1e-8). */
  public CosineSimilarity() {
    this(1, 1e-8);
  }

  /** PyTorch: {@code nn.CosineSimilarity(dim)}. */
  public CosineSimilarity(int dim) {
    this(dim, 1e-8);
  }

  /** PyTorch: {@code nn.CosineSimilarity(dim, eps)}. */
  public CosineSimilarity(int dim, double eps) {
    this.dim = dim;
    this.eps = eps;
  }

  @Override
  public Tensor forward(Tensor x1, Tensor x2) {
    return F.cosine_similarity(x1, x2, dim, eps);
  }
}
