package dev.torchnd.optim;

import dev.torchnd.GradMode;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The base of every optimizer, with PyTorch 1.13's contract: {@link #param_groups()} are ordered
 * maps of options (each group's own values, then the optimizer's {@link #defaults()}), {@link
 * #state()} holds per-parameter buffers, and {@link #state_dict()} uses PyTorch's layout (state
 * keyed by parameter index, groups listing {@code "params"} as index lists).
 *
 * <p>Parameters are given as tensors or as groups, the way PyTorch takes them:
 *
 * <pre>{@code
 * var opt = new SGD(List.of(w, b), 0.1);                                // SGD([w, b], lr=0.1)
 * var opt = new SGD(List.of(Map.of("params", w, "weight_decay", 3),    // SGD([{"params": w,
 *                           Map.of("params", b)), 0.1);                 //   "weight_decay": 3},
 *                                                                        //  {"params": b}], lr=0.1)
 * opt.param_groups().get(0).put("lr", 0.01);                            // param_groups[0]["lr"] = 0.01
 * }</pre>
 *
 * PyTorch: {@code torch.optim.Optimizer}.
 */
public abstract class Optimizer {

  /** A default that each parameter group must supply (PyTorch's {@code required}). */
  public static final Object required =
      new Object() {
        @Override
        public String toString() {
          return "<required parameter>";
        }
      };

  private final Map<String, Object> defaults;
  private Map<Tensor, Map<String, Object>> state = new LinkedHashMap<>();
  private List<Map<String, Object>> paramGroups = new ArrayList<>();
  private int stepCount;

  /**
   * Builds the parameter groups from {@code params}: tensors (one group) or maps with a {@code
   * "params"} entry (a tensor or an iterable of tensors) and per-group options.
   */
  protected Optimizer(Iterable<?> params, Map<String, Object> defaults) {
    if (params instanceof Tensor t) { // a Tensor is Iterable (its rows); PyTorch refuses one
      throw new IllegalArgumentException("params argument given to the optimizer should be an"
          + " iterable of Tensors or dicts, but got " + t.type());
    }
    this.defaults = defaults;
    List<Object> groups = new ArrayList<>();
    for (Object o : params) {
      groups.add(o);
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("optimizer got an empty parameter list");
    }
    if (!(groups.get(0) instanceof Map)) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("params", groups);
      groups = List.of(g);
    }
    for (Object g : groups) {
      if (!(g instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException("param group must be a dict");
      }
      add_param_group(m);
    }
  }

  /** The options a group gets when it does not set them. PyTorch: {@code optimizer.defaults}. */
  public Map<String, Object> defaults() {
    return defaults;
  }

  /**
   * The parameter groups, live and mutable ({@code param_groups().get(0).put("lr", 0.01)} changes
   * the learning rate, as in PyTorch). PyTorch: {@code optimizer.param_groups}.
   */
  public List<Map<String, Object>> param_groups() {
    return paramGroups;
  }

  /** Per-parameter state, in the order parameters were first stepped. PyTorch: {@code optimizer.state}. */
  public Map<Tensor, Map<String, Object>> state() {
    return state;
  }

  /** The state map of {@code p}, created empty on first use (PyTorch's {@code defaultdict(dict)}). */
  protected Map<String, Object> stateOf(Tensor p) {
    return state.computeIfAbsent(p, k -> new LinkedHashMap<>());
  }

  /**
   * Adds a group (a map with {@code "params"} and optional options) to {@link #param_groups()}.
   * PyTorch: {@code optimizer.add_param_group(param_group)}.
   */
  @SuppressWarnings("unchecked")
  public void add_param_group(Map<?, ?> paramGroup) {
    Map<String, Object> group = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : paramGroup.entrySet()) {
      if (!(e.getKey() instanceof String)) {
        throw new IllegalArgumentException("param group keys must be strings");
      }
    }
    Object params = paramGroup.get("params");
    if (params == null && !paramGroup.containsKey("params")) {
      throw new IllegalArgumentException("'params'");
    }
    List<Object> list = new ArrayList<>();
    if (params instanceof Tensor t) {
      list.add(t);
    } else if (params instanceof Set<?>) {
      throw new IllegalArgumentException(
          "optimizer parameters need to be organized in ordered collections, but the ordering of"
              + " tensors in sets will change between runs. Please use a list instead.");
    } else if (params instanceof Iterable<?> it) {
      for (Object o : it) {
        list.add(o);
      }
    } else if (params instanceof Tensor[] arr) {
      Collections.addAll(list, (Object[]) arr);
    } else {
      throw new IllegalArgumentException(
          "'" + (params == null ? "NoneType" : params.getClass().getSimpleName())
              + "' object is not iterable");
    }
    group.put("params", list);
    for (Map.Entry<?, ?> e : paramGroup.entrySet()) {
      if (!e.getKey().equals("params")) {
        group.put((String) e.getKey(), e.getValue());
      }
    }
    for (Object p : list) {
      if (!(p instanceof Tensor t)) {
        throw new IllegalArgumentException(
            "optimizer can only optimize Tensors, but one of the params is "
                + (p == null ? "NoneType" : p.getClass().getSimpleName()));
      }
      if (!Boolean.TRUE.equals(defaults.get("differentiable"))
          && !(t.is_leaf() || t.retains_grad())) {
        throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
      }
    }
    for (Map.Entry<String, Object> d : defaults.entrySet()) {
      if (d.getValue() == required && !group.containsKey(d.getKey())) {
        throw new IllegalArgumentException(
            "parameter group didn't specify a value of required optimization parameter "
                + d.getKey());
      }
      group.putIfAbsent(d.getKey(), d.getValue());
    }
    Set<Tensor> mine = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object p : list) {
      mine.add((Tensor) p);
    }
    if (mine.size() != list.size()) {
      System.err.println(
          "UserWarning: optimizer contains a parameter group with duplicate parameters; in future,"
              + " this will cause an error; see github.com/pytorch/pytorch/issues/40967 for more"
              + " information");
    }
    for (Map<String, Object> g : paramGroups) {
      for (Object p : (List<Object>) g.get("params")) {
        if (mine.contains(p)) {
          throw new IllegalArgumentException(
              "some parameters appear in more than one parameter group");
        }
      }
    }
    paramGroups.add(group);
  }

  /** The tensors of {@code group}. */
  @SuppressWarnings("unchecked")
  protected static List<Tensor> params(Map<String, Object> group) {
    return (List<Tensor>) (List<?>) group.get("params");
  }

  /**
   * Zeroes the gradients of every parameter (PyTorch 1.13's default, {@code set_to_none=False}).
   * PyTorch: {@code optimizer.zero_grad()}.
   */
  public void zero_grad() {
    zero_grad(false);
  }

  /**
   * Zeroes the gradients, or with {@code set_to_none} drops them (a later step then skips those
   * parameters). PyTorch: {@code optimizer.zero_grad(set_to_none)}.
   */
  public void zero_grad(boolean set_to_none) {
    for (Map<String, Object> group : paramGroups) {
      for (Tensor p : params(group)) {
        Tensor g = p.grad();
        if (g == null) {
          continue;
        }
        if (set_to_none) {
          p.set_grad(null);
        } else {
          if (g.grad_fn() != null) {
            g.detach_();
          } else {
            g.requires_grad_(false);
          }
          g.zero_();
        }
      }
    }
  }

  /**
   * One update of every parameter that has a gradient, in place and outside autograd.
   * PyTorch: {@code optimizer.step()}.
   */
  public void step() {
    step(null);
  }

  /**
   * Re-evaluates the model with {@code closure} (grad enabled), then updates; returns the
   * closure's loss. PyTorch: {@code optimizer.step(closure)}.
   */
  public Tensor step(Supplier<Tensor> closure) {
    Tensor loss = null;
    if (closure != null) {
      try (GradMode g = Torch.enable_grad()) {
        loss = closure.get();
      }
    }
    stepCount++;
    try (GradMode g =
        Torch.set_grad_enabled(Boolean.TRUE.equals(defaults.get("differentiable")))) {
      for (Map<String, Object> group : paramGroups) {
        update(group);
      }
    }
    return loss;
  }

  /** How many times {@link #step()} ran (PyTorch's {@code optimizer._step_count}). */
  public int _step_count() {
    return stepCount;
  }

  /** Updates the parameters of one group; runs with grad mode off. */
  protected abstract void update(Map<String, Object> group);

  /**
   * The optimizer's state as PyTorch lays it out: {@code {"state": {0: {...}, 1: {...}},
   * "param_groups": [{"lr": 0.1, ..., "params": [0, 1]}]}}. State maps are shared, not copied,
   * as in PyTorch. PyTorch: {@code optimizer.state_dict()}.
   */
  public Map<String, Object> state_dict() {
    Map<Tensor, Integer> mapping = new IdentityHashMap<>();
    int start = 0;
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Map<String, Object> g : paramGroups) {
      Map<String, Object> packed = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : g.entrySet()) {
        if (!e.getKey().equals("params")) {
          packed.put(e.getKey(), e.getValue());
        }
      }
      List<Tensor> ps = params(g);
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        mapping.putIfAbsent(ps.get(i), start + i);
        idx.add(mapping.get(ps.get(i)));
      }
      start += ps.size();
      packed.put("params", idx);
      groups.add(packed);
    }
    Map<Integer, Map<String, Object>> packedState = new LinkedHashMap<>();
    for (Map.Entry<Tensor, Map<String, Object>> e : state.entrySet()) {
      Integer i = mapping.get(e.getKey());
      if (i != null) {
        packedState.put(i, e.getValue());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("state", packedState);
    out.put("param_groups", groups);
    return out;
  }

  /**
   * Restores state saved by {@link #state_dict()} (deep-copied; floating state tensors cast to
   * their parameter's dtype, except {@code "step"}). PyTorch: {@code optimizer.load_state_dict}.
   */
  @SuppressWarnings("unchecked")
  public void load_state_dict(Map<String, ?> stateDict) {
    Map<String, Object> sd = (Map<String, Object>) deepCopy(stateDict);
    List<Map<String, Object>> saved = (List<Map<String, Object>>) sd.get("param_groups");
    if (saved == null || sd.get("state") == null) {
      throw new IllegalArgumentException(saved == null ? "'param_groups'" : "'state'");
    }
    if (paramGroups.size() != saved.size()) {
      throw new IllegalArgumentException(
          "loaded state dict has a different number of parameter groups");
    }
    for (int i = 0; i < saved.size(); i++) {
      if (params(paramGroups.get(i)).size() != ((Collection<?>) saved.get(i).get("params")).size()) {
        throw new IllegalArgumentException(
            "loaded state dict contains a parameter group that doesn't match the size of"
                + " optimizer's group");
      }
    }
    Map<Long, Tensor> idMap = new LinkedHashMap<>();
    for (int i = 0; i < saved.size(); i++) {
      List<?> ids = (List<?>) saved.get(i).get("params");
      List<Tensor> ps = params(paramGroups.get(i));
      for (int j = 0; j < ids.size(); j++) {
        idMap.put(((Number) ids.get(j)).longValue(), ps.get(j));
      }
    }
    Map<Tensor, Map<String, Object>> newState = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) sd.get("state")).entrySet()) {
      Tensor p = e.getKey() instanceof Number n ? idMap.get(n.longValue()) : null;
      if (p != null) {
        newState.put(p, (Map<String, Object>) cast(p, e.getValue(), null));
      }
    }
    List<Map<String, Object>> newGroups = new ArrayList<>();
    for (int i = 0; i < saved.size(); i++) {
      Map<String, Object> ng = saved.get(i);
      ng.put("params", paramGroups.get(i).get("params"));
      newGroups.add(ng);
    }
    state = newState;
    paramGroups = newGroups;
    setstate();
  }

  /**
   * Fills options and state that an older state_dict may lack (PyTorch's {@code __setstate__}).
   */
  protected void setstate() {
    for (Map<String, Object> g : paramGroups) {
      g.putIfAbsent("differentiable", false);
    }
  }

  private static Object cast(Tensor param, Object value, String key) {
    if (value instanceof Tensor t) {
      if (!"step".equals(key) && param.is_floating_point()) {
        return t.to(param.dtype());
      }
      return t;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(e.getKey()), cast(param, e.getValue(), String.valueOf(e.getKey())));
      }
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(cast(param, o, null));
      }
      return out;
    }
    return value;
  }

  private static Object deepCopy(Object v) {
    if (v instanceof Tensor t) {
      try (GradMode g = Torch.no_grad()) {
        Tensor c = t.clone();
        return t.requires_grad() && t.is_leaf() ? c.requires_grad_() : c;
      }
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(e.getKey(), deepCopy(e.getValue()));
      }
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(deepCopy(o));
      }
      return out;
    }
    if (v instanceof double[] a) {
      return a.clone();
    }
    return v;
  }

  /**
   * PyTorch's {@code repr(optimizer)}: each group's options in sorted order.
   *
   * <pre>{@code
   * SGD (
   * Parameter Group 0
   *     dampening: 0
   *     ...
   * )
   * }</pre>
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(" (");
    for (int i = 0; i < paramGroups.size(); i++) {
      sb.append('\n').append("Parameter Group ").append(i).append('\n');
      List<String> keys = new ArrayList<>(paramGroups.get(i).keySet());
      Collections.sort(keys);
      for (String k : keys) {
        if (!k.equals("params")) {
          sb.append("    ").append(k).append(": ").append(PyStr.str(paramGroups.get(i).get(k)))
              .append('\n');
        }
      }
    }
    return sb.append(')').toString();
  }

  // ------------------------------------------------------------------ option handling

  /**
   * The defaults of an optimizer built from keyword arguments: {@code given} overrides {@code
   * signature} (the constructor's keyword names in PyTorch's order with their default values).
   */
  protected static Map<String, Object> kwargs(
      String className, Map<String, Object> signature, Map<String, ?> given) {
    Map<String, Object> out = new LinkedHashMap<>(signature);
    for (Map.Entry<String, ?> e : given.entrySet()) {
      if (!signature.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            className + ".__init__() got an unexpected keyword argument '" + e.getKey() + "'");
      }
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** An ordered map of alternating keys and values (nulls allowed, unlike {@code Map.of}). */
  protected static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** A numeric option of a group. */
  protected static double num(Map<String, Object> group, String key) {
    Object v = group.get(key);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    throw new IllegalArgumentException(
        "option '" + key + "' must be a number, but got " + PyStr.str(v));
  }

  /** A boolean option of a group (Python truthiness for numbers). */
  protected static boolean flag(Map<String, Object> group, String key) {
    Object v = group.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return v != null;
  }

  /** A two-number option such as {@code betas}, given as a list or a {@code double[]}. */
  protected static double[] pair(Object v, String key) {
    if (v instanceof double[] a && a.length == 2) {
      return a;
    }
    if (v instanceof List<?> l && l.size() == 2) {
      return new double[] {((Number) l.get(0)).doubleValue(), ((Number) l.get(1)).doubleValue()};
    }
    throw new IllegalArgumentException(
        "option '" + key + "' must be a pair of numbers, but got " + PyStr.str(v));
  }

  /** {@code format(v)} for validation messages ({@code "Invalid learning rate: -0.1"}). */
  protected static String str(Object v) {
    return PyStr.str(v);
  }

  /** A numeric option's value, or NaN when it is not a number (fails every range check). */
  protected static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
