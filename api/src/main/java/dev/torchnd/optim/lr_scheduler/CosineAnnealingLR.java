package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.PyMath;
import dev.torchnd.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Anneals each group's rate along a cosine from its initial value to {@code eta_min} over {@code
 * T_max} epochs, with PyTorch 1.13's recursive (chainable) update, so the sequence is PyTorch's
 * to the last bit.
 *
 * <pre>{@code
 * var scheduler = new CosineAnnealingLR(optimizer, 10);
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler.CosineAnnealingLR}.
 */
public class CosineAnnealingLR extends LRScheduler {
  private int T_max;
  private Number eta_min;

  /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max)} (eta_min 0). */
  public CosineAnnealingLR(Optimizer optimizer, int T_max) {
    this(optimizer, T_max, (Number) Integer.valueOf(0), -1, false);
  }

  /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max, eta_min)}. */
  public CosineAnnealingLR(Optimizer optimizer, int T_max, double eta_min) {
    this(optimizer, T_max, (Number) eta_min, -1, false);
  }

  /** PyTorch: {@code CosineAnnealingLR(optimizer, T_max, eta_min, last_epoch, verbose)}. */
  public CosineAnnealingLR(
      Optimizer optimizer, int T_max, double eta_min, int last_epoch, boolean verbose) {
    this(optimizer, T_max, (Number) eta_min, last_epoch, verbose);
  }

  private CosineAnnealingLR(
      Optimizer optimizer, int T_max, Number eta_min, int last_epoch, boolean verbose) {
    super(optimizer, last_epoch, verbose);
    this.T_max = T_max;
    this.eta_min = eta_min;
    initialStep();
  }

  @Override
  protected List<Double> get_lr_chained() {
    double eta = eta_min.doubleValue();
    List<Double> lrs = groupLrs();
    List<Double> out = new ArrayList<>();
    if (last_epoch == 0) {
      return lrs;
    } else if (_step_count == 1 && last_epoch > 0) {
      for (double b : base_lrs) {
        out.add(eta + (b - eta) * (1 + PyMath.cos(last_epoch * Math.PI / T_max)) / 2);
      }
    } else if (Math.floorMod(last_epoch - 1 - T_max, 2 * T_max) == 0) {
      for (int i = 0; i < lrs.size(); i++) {
        out.add(lrs.get(i) + (base_lrs.get(i) - eta) * (1 - PyMath.cos(Math.PI / T_max)) / 2);
      }
    } else {
      for (double lr : lrs) {
        out.add(
            (1 + PyMath.cos(Math.PI * last_epoch / T_max))
                    / (1 + PyMath.cos(Math.PI * (last_epoch - 1) / T_max))
                    * (lr - eta)
                + eta);
      }
    }
    return out;
  }

  @Override
  protected List<Double> closed_form_lr() {
    double eta = eta_min.doubleValue();
    List<Double> out = new ArrayList<>();
    for (double b : base_lrs) {
      out.add(eta + (b - eta) * (1 + PyMath.cos(Math.PI * last_epoch / T_max)) / 2);
    }
    return out;
  }

  @Override
  protected void ownState(Map<String, Object> sd) {
    sd.put("T_max", T_max);
    sd.put("eta_min", eta_min);
  }

  @Override
  protected void loadOwnState(Map<String, ?> sd) {
    if (sd.containsKey("T_max")) {
      T_max = ((Number) sd.get("T_max")).intValue();
    }
    if (sd.containsKey("eta_min")) {
      eta_min = (Number) sd.get("eta_min");
    }
  }
}
