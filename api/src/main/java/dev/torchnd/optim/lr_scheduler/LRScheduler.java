package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.optim.Optimizer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of the learning-rate schedulers, with PyTorch 1.13's contract: construction records
 * each group's {@code initial_lr} and takes the first step (epoch 0); each {@link #step()}
 * advances {@code last_epoch} and writes the new rates into the optimizer's groups.
 *
 * <pre>{@code
 * var scheduler = new StepLR(optimizer, 30, 0.1);
 * for (int epoch = 0; epoch < 100; epoch++) { train(); scheduler.step(); }
 * scheduler.get_last_lr()   // [1.0000000000000002e-05]
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler._LRScheduler}.
 */
public abstract class LRScheduler {
  static final String EPOCH_DEPRECATION_WARNING =
      "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where"
          + " possible. Please use `scheduler.step()` to step the scheduler. During the"
          + " deprecation, if epoch is different from None, the closed form is used instead of the"
          + " new chainable form, where available. Please open an issue if you are unable to"
          + " replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose.";

  protected final Optimizer optimizer;
  protected List<Double> base_lrs;
  protected int last_epoch;
  protected boolean verbose;
  protected int _step_count;
  protected boolean _get_lr_called_within_step;
  protected List<Double> _last_lr;
  private int optimizerStepsAtStart;

  /**
   * Records {@code initial_lr} in each group (or checks it is there when resuming with {@code
   * last_epoch != -1}). Subclasses set their fields, then call {@link #initialStep()}.
   */
  protected LRScheduler(Optimizer optimizer, int last_epoch, boolean verbose) {
    this.optimizer = optimizer;
    List<Map<String, Object>> groups = optimizer.param_groups();
    if (last_epoch == -1) {
      for (Map<String, Object> g : groups) {
        g.putIfAbsent("initial_lr", g.get("lr"));
      }
    } else {
      for (int i = 0; i < groups.size(); i++) {
        if (!groups.get(i).containsKey("initial_lr")) {
          throw new IllegalArgumentException(
              "param 'initial_lr' is not specified in param_groups["
                  + i
                  + "] when resuming an optimizer");
        }
      }
    }
    base_lrs = new ArrayList<>();
    for (Map<String, Object> g : groups) {
      base_lrs.add(((Number) g.get("initial_lr")).doubleValue());
    }
    this.last_epoch = last_epoch;
    this.verbose = verbose;
  }

  /** PyTorch's {@code _initial_step}: resets the step counters and takes step 0. */
  protected final void initialStep() {
    optimizerStepsAtStart = optimizer._step_count();
    _step_count = 0;
    step();
  }

  /** The rates of the current epoch, computed from the groups' current rates (chainable form). */
  protected abstract List<Double> get_lr_chained();

  /** The closed form for an explicit epoch, or null when the scheduler has none. */
  protected List<Double> closed_form_lr() {
    return null;
  }

  /**
   * The rates for the current epoch; outside {@link #step()} PyTorch warns to use {@link
   * #get_last_lr()}. PyTorch: {@code scheduler.get_lr()}.
   */
  public List<Double> get_lr() {
    if (!_get_lr_called_within_step) {
      warn(
          "To get the last learning rate computed by the scheduler, please use"
              + " `get_last_lr()`.");
    }
    return get_lr_chained();
  }

  /** The rates the last {@link #step()} set. PyTorch: {@code scheduler.get_last_lr()}. */
  public List<Double> get_last_lr() {
    return _last_lr;
  }

  /** The epoch counter ({@code -1} before the first step). PyTorch: {@code scheduler.last_epoch}. */
  public int last_epoch() {
    return last_epoch;
  }

  /** The groups' initial rates. PyTorch: {@code scheduler.base_lrs}. */
  public List<Double> base_lrs() {
    return base_lrs;
  }

  /** Advances one epoch and sets each group's {@code lr}. PyTorch: {@code scheduler.step()}. */
  public void step() {
    step(null);
  }

  /**
   * Jumps to {@code epoch} (deprecated in PyTorch; uses the closed form where there is one).
   * PyTorch: {@code scheduler.step(epoch)}.
   */
  public void step(Integer epoch) {
    if (_step_count == 1 && optimizer._step_count() - optimizerStepsAtStart < 1) {
      warn(
          "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and"
              + " later, you should call them in the opposite order: `optimizer.step()` before"
              + " `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the"
              + " first value of the learning rate schedule. See more details at"
              + " https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate");
    }
    _step_count++;
    List<Double> values;
    _get_lr_called_within_step = true;
    try {
      if (epoch == null) {
        last_epoch++;
        values = get_lr();
      } else {
        warn(EPOCH_DEPRECATION_WARNING);
        last_epoch = epoch;
        List<Double> closed = closed_form_lr();
        values = closed != null ? closed : get_lr();
      }
    } finally {
      _get_lr_called_within_step = false;
    }
    List<Map<String, Object>> groups = optimizer.param_groups();
    for (int i = 0; i < groups.size() && i < values.size(); i++) {
      groups.get(i).put("lr", values.get(i));
      print_lr(verbose, i, values.get(i), epoch);
    }
    _last_lr = new ArrayList<>();
    for (Map<String, Object> g : groups) {
      _last_lr.add(((Number) g.get("lr")).doubleValue());
    }
  }

  /** PyTorch: {@code scheduler.print_lr(is_verbose, group, lr, epoch)}. */
  public void print_lr(boolean isVerbose, int group, double lr, Integer epoch) {
    if (isVerbose) {
      if (epoch == null) {
        System.out.println("Adjusting learning rate of group " + group + " to " + sci4(lr) + ".");
      } else {
        System.out.println(
            "Epoch "
                + String.format("%05d", epoch)
                + ": adjusting learning rate of group "
                + group
                + " to "
                + sci4(lr)
                + ".");
      }
    }
  }

  /** The groups' current rates. */
  protected List<Double> groupLrs() {
    List<Double> out = new ArrayList<>();
    for (Map<String, Object> g : optimizer.param_groups()) {
      out.add(((Number) g.get("lr")).doubleValue());
    }
    return out;
  }

  /** The scheduler's fields, without the optimizer. PyTorch: {@code scheduler.state_dict()}. */
  public Map<String, Object> state_dict() {
    Map<String, Object> sd = new LinkedHashMap<>();
    ownState(sd);
    sd.put("base_lrs", new ArrayList<>(base_lrs));
    sd.put("last_epoch", last_epoch);
    sd.put("verbose", verbose);
    sd.put("_step_count", _step_count);
    sd.put("_get_lr_called_within_step", _get_lr_called_within_step);
    sd.put("_last_lr", _last_lr == null ? null : new ArrayList<>(_last_lr));
    return sd;
  }

  /** Restores fields saved by {@link #state_dict()}. PyTorch: {@code scheduler.load_state_dict}. */
  @SuppressWarnings("unchecked")
  public void load_state_dict(Map<String, ?> sd) {
    loadOwnState(sd);
    if (sd.containsKey("base_lrs")) {
      base_lrs = doubles((List<?>) sd.get("base_lrs"));
    }
    if (sd.containsKey("last_epoch")) {
      last_epoch = ((Number) sd.get("last_epoch")).intValue();
    }
    if (sd.containsKey("verbose")) {
      verbose = (Boolean) sd.get("verbose");
    }
    if (sd.containsKey("_step_count")) {
      _step_count = ((Number) sd.get("_step_count")).intValue();
    }
    if (sd.containsKey("_get_lr_called_within_step")) {
      _get_lr_called_within_step = (Boolean) sd.get("_get_lr_called_within_step");
    }
    if (sd.containsKey("_last_lr")) {
      Object l = sd.get("_last_lr");
      _last_lr = l == null ? null : doubles((List<?>) l);
    }
  }

  /** The subclass's own fields, first in {@link #state_dict()} as in PyTorch's {@code __dict__}. */
  protected abstract void ownState(Map<String, Object> sd);

  /** Restores what {@link #ownState} wrote. */
  protected abstract void loadOwnState(Map<String, ?> sd);

  static List<Double> doubles(List<?> l) {
    List<Double> out = new ArrayList<>();
    for (Object o : l) {
      out.add(((Number) o).doubleValue());
    }
    return out;
  }

  private static final java.util.Set<String> WARNED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Python's default warning filter: each message once. */
  static void warn(String message) {
    if (WARNED.add(message)) {
      System.err.println("UserWarning: " + message);
    }
  }

  /** Python's {@code '{:.4e}'.format(x)}. */
  static String sci4(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return (1 / x < 0 ? "-" : "") + "0.0000e+00";
    }
    BigDecimal r =
        new BigDecimal(Math.abs(x)).round(new MathContext(5, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    StringBuilder d = new StringBuilder(r.unscaledValue().toString());
    while (d.length() < 5) {
      d.append('0');
    }
    return (x < 0 ? "-" : "")
        + d.charAt(0)
        + "."
        + d.substring(1, 5)
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format("%02d", Math.abs(exp));
  }
}
