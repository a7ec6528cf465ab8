package dev.torchnd.nn;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parameters by name, in insertion order, registered with the owner under their keys (a plain
 * tensor is wrapped in a {@link Parameter}).
 *
 * <pre>{@code
 * ParameterDict pd = new ParameterDict();
 * pd.put("w", new Parameter(ones(2, 2)));
 * // ParameterDict(  (w): Parameter containing: [torch.FloatTensor of size 2x2])
 * }</pre>
 *
 * PyTorch: {@code torch.nn.ParameterDict}.
 */
public class ParameterDict extends Module {
  private final List<String> keys = new ArrayList<>();

  /** PyTorch: {@code nn.ParameterDict()}. */
  public ParameterDict() {}

  /** PyTorch: {@code nn.ParameterDict(parameters)} (insertion order). */
  public ParameterDict(Map<String, ? extends Tensor> parameters) {
    update(parameters);
  }

  /** PyTorch: {@code pd[key] = value}. */
  public void put(String key, Tensor value) {
    register_parameter(key, ParameterList.asParameter(value));
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }

  /** PyTorch: {@code pd.update(parameters)}. */
  public void update(Map<String, ? extends Tensor> parameters) {
    parameters.forEach(this::put);
  }

  /**
   * PyTorch: {@code pd[key]}.
   *
   * @throws IllegalArgumentException PyTorch's AttributeError text for a missing key
   */
  public Parameter get(String key) {
    if (!keys.contains(key)) {
      throw new IllegalArgumentException("'ParameterDict' object has no attribute '" + key + "'");
    }
    return get_parameter(key);
  }

  /** PyTorch: {@code pd.pop(key)}. */
  public Parameter pop(String key) {
    Parameter p = get(key);
    keys.remove(key);
    register_parameter(key, null);
    return p;
  }

  /** PyTorch: {@code key in pd}. */
  public boolean contains(String key) {
    return keys.contains(key);
  }

  /** PyTorch: {@code len(pd)}. */
  public int len() {
    return keys.size();
  }

  /** PyTorch: {@code pd.keys()}. */
  public Set<String> keys() {
    return new java.util.LinkedHashSet<>(keys);
  }

  /** PyTorch: {@code pd.values()}. */
  public List<Parameter> values() {
    List<Parameter> out = new ArrayList<>();
    keys.forEach(k -> out.add(get(k)));
    return out;
  }

  /** PyTorch: {@code pd.items()}. */
  public Map<String, Parameter> items() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, get(k)));
    return out;
  }

  /** One line per parameter, as PyTorch 1.13's {@code ParameterDict.extra_repr}. */
  @Override
  public String extra_repr() {
    List<String> lines = new ArrayList<>();
    for (String k : keys) {
      Parameter p = get(k);
      String type = p.is_cuda() ? p.type().replace("torch.", "torch.cuda.") : p.type();
      lines.add("  (" + k + "): Parameter containing: [" + type + " of size "
          + ParameterList.sizeStr(p) + ParameterList.deviceStr(p) + "]");
    }
    return String.join("\n", lines);
  }
}
