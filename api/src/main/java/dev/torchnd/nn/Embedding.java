package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * A lookup table of {@code num_embeddings} rows of size {@code embedding_dim}, drawn from N(0, 1)
 * (the {@code padding_idx} row zero, and left without gradient).
 *
 * <pre>{@code
 * manual_seed(0);
 * Embedding emb = new Embedding(10, 3);        // Embedding(10, 3)
 * emb.call(tensor(new long[] {1, 2})).shape()  // torch.Size([2, 3])
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Embedding}.
 */
public class Embedding extends Module {
  private final long numEmbeddings;
  private final long embeddingDim;
  private final Long paddingIdx;
  private final Double maxNorm;
  private final double normType;
  private final boolean scaleGradByFreq;

  /** PyTorch: {@code nn.Embedding(num_embeddings, embedding_dim)}. */
  public Embedding(long numEmbeddings, long embeddingDim) {
    this(numEmbeddings, embeddingDim, null, null, 2.0, false);
  }

  /** PyTorch: {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx)} (null for None). */
  public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx) {
    this(numEmbeddings, embeddingDim, paddingIdx, null, 2.0, false);
  }

  /**
   * PyTorch: {@code nn.Embedding(num_embeddings, embedding_dim, padding_idx, max_norm, norm_type,
   * scale_grad_by_freq)}; null for None.
   *
   * @throws IllegalArgumentException {@code Padding_idx must be within num_embeddings}
   */
  public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx, Double maxNorm, double normType,
      boolean scaleGradByFreq) {
    this(numEmbeddings, embeddingDim, paddingIdx, maxNorm, normType, scaleGradByFreq, null,
        Torch.get_default_dtype());
  }

  /** PyTorch's {@code _weight=}: a given weight (no initialisation), as {@link #from_pretrained} uses. */
  public Embedding(long numEmbeddings, long embeddingDim, Long paddingIdx, Double maxNorm, double normType,
      boolean scaleGradByFreq, Tensor weight, DType dtype) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    if (paddingIdx != null) {
      if (paddingIdx > 0 && paddingIdx >= numEmbeddings || paddingIdx < 0 && paddingIdx < -numEmbeddings) {
        throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
      }
      paddingIdx = paddingIdx < 0 ? numEmbeddings + paddingIdx : paddingIdx;
    }
    this.paddingIdx = paddingIdx;
    this.maxNorm = maxNorm;
    this.normType = normType;
    this.scaleGradByFreq = scaleGradByFreq;
    if (weight == null) {
      register_parameter("weight", new Parameter(Torch.empty(new long[] {numEmbeddings, embeddingDim}, dtype)));
      reset_parameters();
    } else {
      if (weight.dim() != 2 || weight.size(0) != numEmbeddings || weight.size(1) != embeddingDim) {
        throw new IllegalArgumentException("Shape of weight does not match num_embeddings and embedding_dim");
      }
      register_parameter("weight", new Parameter(weight));
    }
  }

  /**
   * An embedding over the rows of {@code embeddings} (shared, not copied), frozen unless {@code
   * freeze} is false. PyTorch: {@code nn.Embedding.from_pretrained(embeddings, freeze)}.
   *
   * @throws IllegalArgumentException {@code Embeddings parameter is expected to be 2-dimensional}
   */
  public static Embedding from_pretrained(Tensor embeddings, boolean freeze) {
    return from_pretrained(embeddings, freeze, null, null, 2.0, false);
  }

  /** PyTorch: {@code nn.Embedding.from_pretrained(embeddings)} (frozen). */
  public static Embedding from_pretrained(Tensor embeddings) {
    return from_pretrained(embeddings, true, null, null, 2.0, false);
  }

  /** PyTorch: {@code nn.Embedding.from_pretrained(embeddings, freeze, padding_idx, max_norm, norm_type, scale_grad_by_freq)}. */
  public static Embedding from_pretrained(Tensor embeddings, boolean freeze, Long paddingIdx, Double maxNorm,
      double normType, boolean scaleGradByFreq) {
    if (embeddings.dim() != 2) {
      throw new IllegalArgumentException("Embeddings parameter is expected to be 2-dimensional");
    }
    Embedding e = new Embedding(embeddings.size(0), embeddings.size(1), paddingIdx, maxNorm, normType,
        scaleGradByFreq, embeddings, embeddings.dtype());
    e.weight().requires_grad_(!freeze);
    return e;
  }

  /** Redraws the weight from N(0, 1) and zeroes the padding row. PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    Init.normal_(weight());
    if (paddingIdx != null) {
      try (var g = Torch.no_grad()) {
        weight().get(paddingIdx).fill_(0.0);
      }
    }
  }

  /** PyTorch: {@code emb.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** PyTorch: {@code emb.padding_idx} (null for None; negative indices are stored wrapped). */
  public Long padding_idx() {
    return paddingIdx;
  }

  /** PyTorch: {@code emb.num_embeddings}. */
  public long num_embeddings() {
    return numEmbeddings;
  }

  /** PyTorch: {@code emb.embedding_dim}. */
  public long embedding_dim() {
    return embeddingDim;
  }

  @Override
  public Tensor forward(Tensor input) {
    return F.embedding(input, weight(), paddingIdx, maxNorm, normType, scaleGradByFreq);
  }

  @Override
  public String extra_repr() {
    StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
    if (paddingIdx != null) {
      s.append(", padding_idx=").append(paddingIdx);
    }
    if (maxNorm != null) {
      s.append(", max_norm=").append(PyRepr.repr(maxNorm.doubleValue()));
    }
    if (normType != 2) {
      s.append(", norm_type=").append(PyRepr.repr(normType));
    }
    if (scaleGradByFreq) {
      s.append(", scale_grad_by_freq=True");
    }
    return s.toString();
  }
}
