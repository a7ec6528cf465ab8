package dev.torchnd.nn;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * Cross entropy of logits {@code (N, C)} against class indices {@code (N)} or class probabilities
 * {@code (N, C)}, with optional per-class {@code weight} (a buffer, so it is in the state_dict),
 * {@code ignore_index} (default -100) and {@code label_smoothing}.
 *
 * <pre>{@code
 * Loss loss = new CrossEntropyLoss("none");   // nn.CrossEntropyLoss(reduction='none')
 * loss.call(y_hat, y)
 * }</pre>
 *
 * PyTorch: {@code torch.nn.CrossEntropyLoss}.
 */
public class CrossEntropyLoss extends Loss {
  private final long ignoreIndex;
  private final double labelSmoothing;

  /** PyTorch: {@code nn.CrossEntropyLoss()}. */
  public CrossEntropyLoss() {
    this(null, -100, "mean", 0.0);
  }

  /** PyTorch: {@code nn.CrossEntropyLoss(reduction=...)}. */
  public CrossEntropyLoss(String reduction) {
    this(null, -100, reduction, 0.0);
  }

  /** PyTorch: {@code nn.CrossEntropyLoss(weight)}. */
  public CrossEntropyLoss(Tensor weight) {
    this(weight, -100, "mean", 0.0);
  }

  /**
   * PyTorch: {@code nn.CrossEntropyLoss(weight, ignore_index=..., reduction=...,
   * label_smoothing=...)}; {@code weight} may be null.
   */
  public CrossEntropyLoss(Tensor weight, long ignoreIndex, String reduction, double labelSmoothing) {
    super(reduction);
    register_buffer("weight", weight);
    this.ignoreIndex = ignoreIndex;
    this.labelSmoothing = labelSmoothing;
  }

  /** PyTorch: {@code loss.weight} (null when unweighted). */
  public Tensor weight() {
    return get_buffer("weight");
  }

  @Override
  public Tensor forward(Tensor input, Tensor target) {
    return F.cross_entropy(input, target, weight(), ignoreIndex, reduction, labelSmoothing);
  }
}
