package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.optim.Optimizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiplies each group's rate by {@code gamma} at each milestone epoch (by {@code gamma^k} where
 * a milestone is listed {@code k} times).
 *
 * <pre>{@code
 * var scheduler = new MultiStepLR(optimizer, List.of(30, 80), 0.1);
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler.MultiStepLR}.
 */
public class MultiStepLR extends LRScheduler {
  /** PyTorch's {@code Counter(milestones)}: milestone to multiplicity. */
  private Map<Integer, Integer> milestones;
  private double gamma;

  /** PyTorch: {@code MultiStepLR(optimizer, milestones)} (gamma 0.1). */
  public MultiStepLR(Optimizer optimizer, List<Integer> milestones) {
    this(optimizer, milestones, 0.1);
  }

  /** PyTorch: {@code MultiStepLR(optimizer, milestones, gamma)}. */
  public MultiStepLR(Optimizer optimizer, List<Integer> milestones, double gamma) {
    this(optimizer, milestones, gamma, -1, false);
  }

  /** PyTorch: {@code MultiStepLR(optimizer, milestones, gamma, last_epoch, verbose)}. */
  public MultiStepLR(
      Optimizer optimizer,
      List<Integer> milestones,
      double gamma,
      int last_epoch,
      boolean verbose) {
    super(optimizer, last_epoch, verbose);
    this.milestones = new LinkedHashMap<>();
    for (int m : milestones) {
      this.milestones.merge(m, 1, Integer::sum);
    }
    this.gamma = gamma;
    initialStep();
  }

  @Override
  protected List<Double> get_lr_chained() {
    List<Double> lrs = groupLrs();
    Integer k = milestones.get(last_epoch);
    if (k == null) {
      return lrs;
    }
    List<Double> out = new ArrayList<>();
    for (double lr : lrs) {
      out.add(lr * Math.pow(gamma, k));
    }
    return out;
  }

  @Override
  protected List<Double> closed_form_lr() {
    List<Integer> sorted = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : milestones.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        sorted.add(e.getKey());
      }
    }
    Collections.sort(sorted);
    int passed = 0;
    while (passed < sorted.size() && sorted.get(passed) <= last_epoch) {
      passed++;
    }
    List<Double> out = new ArrayList<>();
    for (double b : base_lrs) {
      out.add(b * Math.pow(gamma, passed));
    }
    return out;
  }

  /** The milestone counts. PyTorch: {@code scheduler.milestones}. */
  public Map<Integer, Integer> milestones() {
    return milestones;
  }

  @Override
  protected void ownState(Map<String, Object> sd) {
    sd.put("milestones", new LinkedHashMap<>(milestones));
    sd.put("gamma", gamma);
  }

  @Override
  protected void loadOwnState(Map<String, ?> sd) {
    if (sd.containsKey("milestones")) {
      milestones = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) sd.get("milestones")).entrySet()) {
        milestones.put(((Number) e.getKey()).intValue(), ((Number) e.getValue()).intValue());
      }
    }
    if (sd.containsKey("gamma")) {
      gamma = ((Number) sd.get("gamma")).doubleValue();
    }
  }
}
