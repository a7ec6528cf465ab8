package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multiplies each group's rate by {@code gamma} every epoch.
 *
 * <pre>{@code
 * var scheduler = new ExponentialLR(optimizer, 0.9);
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler.ExponentialLR}.
 */
public class ExponentialLR extends LRScheduler {
  private double gamma;

  /** PyTorch: {@code ExponentialLR(optimizer, gamma)}. */
  public ExponentialLR(Optimizer optimizer, double gamma) {
    this(optimizer, gamma, -1, false);
  }

  /** PyTorch: {@code ExponentialLR(optimizer, gamma, last_epoch, verbose)}. */
  public ExponentialLR(Optimizer optimizer, double gamma, int last_epoch, boolean verbose) {
    super(optimizer, last_epoch, verbose);
    this.gamma = gamma;
    initialStep();
  }

  @Override
  protected List<Double> get_lr_chained() {
    List<Double> lrs = groupLrs();
    if (last_epoch == 0) {
      return lrs;
    }
    List<Double> out = new ArrayList<>();
    for (double lr : lrs) {
      out.add(lr * gamma);
    }
    return out;
  }

  @Override
  protected List<Double> closed_form_lr() {
    List<Double> out = new ArrayList<>();
    for (double b : base_lrs) {
      out.add(b * Math.pow(gamma, last_epoch));
    }
    return out;
  }

  @Override
  protected void ownState(Map<String, Object> sd) {
    sd.put("gamma", gamma);
  }

  @Override
  protected void loadOwnState(Map<String, ?> sd) {
    if (sd.containsKey("gamma")) {
      gamma = ((Number) sd.get("gamma")).doubleValue();
    }
  }
}
