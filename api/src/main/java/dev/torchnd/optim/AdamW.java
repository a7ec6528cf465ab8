package dev.torchnd.optim;

import java.util.List;
import java.util.Map;

/**
 * AdamW: Adam with decoupled weight decay ({@code param *= 1 - lr * weight_decay} before the
 * update), PyTorch 1.13's single-tensor algorithm.
 *
 * <pre>{@code
 * var opt = new AdamW(net.parameters(), 0.001);   // torch.optim.AdamW(..., lr=0.001)
 * }</pre>
 *
 * PyTorch: {@code torch.optim.AdamW}.
 */
public class AdamW extends Optimizer {

  private static Map<String, Object> signature() {
    return ordered(
        "lr", 0.001,
        "betas", List.of(0.9, 0.999),
        "eps", 1e-08,
        "weight_decay", 0.01,
        "amsgrad", false,
        "foreach", null,
        "maximize", false,
        "capturable", false);
  }

  /** PyTorch: {@code AdamW(params, **kwargs)}. */
  public AdamW(Iterable<?> params, Map<String, ?> kwargs) {
    super(params, Adam.checkAdam(kwargs("AdamW", signature(), kwargs)));
  }

  /** PyTorch: {@code AdamW(params)} (lr 0.001, weight_decay 0.01). */
  public AdamW(Iterable<?> params) {
    this(params, Map.of());
  }

  /** PyTorch: {@code AdamW(params, lr)}. */
  public AdamW(Iterable<?> params, double lr) {
    this(params, ordered("lr", lr));
  }

  /** PyTorch: {@code AdamW(params, lr, betas)}. */
  public AdamW(Iterable<?> params, double lr, double[] betas) {
    this(params, ordered("lr", lr, "betas", List.of(betas[0], betas[1])));
  }

  /** PyTorch: {@code AdamW(params, lr, betas, eps, weight_decay, amsgrad)}. */
  public AdamW(
      Iterable<?> params,
      double lr,
      double[] betas,
      double eps,
      double weight_decay,
      boolean amsgrad) {
    this(
        params,
        ordered("lr", lr, "betas", List.of(betas[0], betas[1]), "eps", eps, "weight_decay",
            weight_decay, "amsgrad", amsgrad));
  }

  @Override
  protected void setstate() {
    for (Map<String, Object> g : param_groups()) {
      g.putIfAbsent("amsgrad", false);
      g.putIfAbsent("maximize", false);
      g.putIfAbsent("foreach", null);
      g.putIfAbsent("capturable", false);
    }
    AdamMath.stepsToTensors(state());
  }

  @Override
  protected void update(Map<String, Object> group) {
    AdamMath.update(this, group, true);
  }
}
