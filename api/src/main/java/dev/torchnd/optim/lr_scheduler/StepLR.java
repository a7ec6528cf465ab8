package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multiplies each group's rate by {@code gamma} every {@code step_size} epochs.
 *
 * <pre>{@code
 * var scheduler = new StepLR(optimizer, 30, 0.1);   // lr 0.05 for epochs 0-29, 0.005 for 30-59, ...
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler.StepLR}.
 */
public class StepLR extends LRScheduler {
  private int step_size;
  private double gamma;

  /** PyTorch: {@code StepLR(optimizer, step_size)} (gamma 0.1). */
  public StepLR(Optimizer optimizer, int step_size) {
    this(optimizer, step_size, 0.1);
  }

  /** PyTorch: {@code StepLR(optimizer, step_size, gamma)}. */
  public StepLR(Optimizer optimizer, int step_size, double gamma) {
    this(optimizer, step_size, gamma, -1, false);
  }

  /** PyTorch: {@code StepLR(optimizer, step_size, gamma, last_epoch, verbose)}. */
  public StepLR(
      Optimizer optimizer, int step_size, double gamma, int last_epoch, boolean verbose) {
    super(optimizer, last_epoch, verbose);
    this.step_size = step_size;
    this.gamma = gamma;
    initialStep();
  }

  @Override
  protected List<Double> get_lr_chained() {
    List<Double> lrs = groupLrs();
    if (last_epoch == 0 || Math.floorMod(last_epoch, step_size) != 0) {
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
      out.add(b * Math.pow(gamma, Math.floorDiv(last_epoch, step_size)));
    }
    return out;
  }

  @Override
  protected void ownState(Map<String, Object> sd) {
    sd.put("step_size", step_size);
    sd.put("gamma", gamma);
  }

  @Override
  protected void loadOwnState(Map<String, ?> sd) {
    if (sd.containsKey("step_size")) {
      step_size = ((Number) sd.get("step_size")).intValue();
    }
    if (sd.containsKey("gamma")) {
      gamma = ((Number) sd.get("gamma")).doubleValue();
    }
  }
}
