package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;

/**
 * Sums, means (default) or maxes of bags of embedding rows, without building the per-word
 * embeddings: {@code bag.call(text, offsets)} as in PyTorch's text classification tutorial; a 2-d
 * input is one bag per row ({@code bag.call(input)}).
 *
 * <pre>{@code
 * new EmbeddingBag(10, 3)   // EmbeddingBag(10, 3, mode=mean)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.EmbeddingBag}.
 */
public class EmbeddingBag extends Module {
  private final long numEmbeddings;
  private final long embeddingDim;
  private final Double maxNorm;
  private final double normType;
  private final boolean scaleGradByFreq;
  private final String mode;
  private final boolean includeLastOffset;
  private final Long paddingIdx;

  /** PyTorch: {@code nn.EmbeddingBag(num_embeddings, embedding_dim)} (mode 'mean'). */
  public EmbeddingBag(long numEmbeddings, long embeddingDim) {
    this(numEmbeddings, embeddingDim, null, 2.0, false, "mean", false, null);
  }

  /** PyTorch: {@code nn.EmbeddingBag(num_embeddings, embedding_dim, mode=mode)}. */
  public EmbeddingBag(long numEmbeddings, long embeddingDim, String mode) {
    this(numEmbeddings, embeddingDim, null, 2.0, false, mode, false, null);
  }

  /**
   * PyTorch: {@code nn.EmbeddingBag(num_embeddings, embedding_dim, max_norm, norm_type,
   * scale_grad_by_freq, mode, include_last_offset=..., padding_idx=...)}; null for None.
   */
  public EmbeddingBag(long numEmbeddings, long embeddingDim, Double maxNorm, double normType,
      boolean scaleGradByFreq, String mode, boolean includeLastOffset, Long paddingIdx) {
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    this.maxNorm = maxNorm;
    this.normType = normType;
    this.scaleGradByFreq = scaleGradByFreq;
    this.mode = mode;
    this.includeLastOffset = includeLastOffset;
    if (paddingIdx != null) {
      if (paddingIdx > 0 && paddingIdx >= numEmbeddings || paddingIdx < 0 && paddingIdx < -numEmbeddings) {
        throw new IllegalArgumentException("padding_idx must be within num_embeddings");
      }
      paddingIdx = paddingIdx < 0 ? numEmbeddings + paddingIdx : paddingIdx;
    }
    this.paddingIdx = paddingIdx;
    register_parameter("weight",
        new Parameter(Torch.empty(new long[] {numEmbeddings, embeddingDim}, Torch.get_default_dtype())));
    reset_parameters();
  }

  /** Redraws the weight from N(0, 1), padding row zero. PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    Init.normal_(weight());
    if (paddingIdx != null) {
      try (var g = Torch.no_grad()) {
        weight().get(paddingIdx).fill_(0.0);
      }
    }
  }

  /** PyTorch: {@code bag.weight}. */
  public Parameter weight() {
    return get_parameter("weight");
  }

  /** A 2-d input, one bag per row. PyTorch: {@code bag(input)}. */
  @Override
  public Tensor forward(Tensor input) {
    return F.embedding_bag(input, weight(), null, maxNorm, normType, scaleGradByFreq, mode, null,
        includeLastOffset, paddingIdx);
  }

  /** PyTorch: {@code bag(input, offsets)}. */
  @Override
  public Tensor forward(Tensor input, Tensor offsets) {
    return F.embedding_bag(input, weight(), offsets, maxNorm, normType, scaleGradByFreq, mode, null,
        includeLastOffset, paddingIdx);
  }

  /** PyTorch: {@code bag(input, offsets, per_sample_weights)} (mode 'sum'). */
  @Override
  public Tensor forward(Tensor... inputs) {
    if (inputs.length == 3) {
      return F.embedding_bag(inputs[0], weight(), inputs[1], maxNorm, normType, scaleGradByFreq, mode,
          inputs[2], includeLastOffset, paddingIdx);
    }
    return super.forward(inputs);
  }

  @Override
  public String extra_repr() {
    StringBuilder s = new StringBuilder().append(numEmbeddings).append(", ").append(embeddingDim);
    if (maxNorm != null) {
      s.append(", max_norm=").append(PyRepr.repr(maxNorm.doubleValue()));
    }
    if (normType != 2) {
      s.append(", norm_type=").append(PyRepr.repr(normType));
    }
    if (scaleGradByFreq) {
      s.append(", scale_grad_by_freq=True");
    }
    s.append(", mode=").append(mode);
    if (paddingIdx != null) {
      s.append(", padding_idx=").append(paddingIdx);
    }
    return s.toString();
  }
}
