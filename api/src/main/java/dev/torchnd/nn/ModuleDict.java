package dev.torchnd.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Submodules by name, in insertion order, registered with the owner. PyTorch: {@code
 * torch.nn.ModuleDict}.
 */
public class ModuleDict extends Module {
  /** PyTorch: {@code nn.ModuleDict()}. */
  public ModuleDict() {}

  /** PyTorch: {@code nn.ModuleDict(modules)}. */
  public ModuleDict(Map<String, ? extends Module> modules) {
    update(modules);
  }

  /** PyTorch: {@code d[key]}, typed by the caller. */
  @SuppressWarnings("unchecked")
  public <M extends Module> M get(String key) {
    if (!childMap().containsKey(key)) {
      throw new IllegalArgumentException("'" + key + "'");
    }
    return (M) childMap().get(key);
  }

  /** PyTorch: {@code d[key] = module}. */
  public void put(String key, Module module) {
    register_module(key, module);
  }

  /** PyTorch: {@code d.pop(key)}. */
  public Module pop(String key) {
    Module m = get(key);
    childMap().remove(key);
    return m;
  }

  /** PyTorch: {@code key in d}. */
  public boolean contains(String key) {
    return childMap().containsKey(key);
  }

  /** PyTorch: {@code len(d)}. */
  public int len() {
    return childMap().size();
  }

  /** PyTorch: {@code d.keys()}. */
  public Set<String> keys() {
    return new LinkedHashMap<>(childMap()).keySet();
  }

  /** PyTorch: {@code d.values()}. */
  public List<Module> values() {
    return new ArrayList<>(childMap().values());
  }

  /** PyTorch: {@code d.items()}. */
  public Map<String, Module> items() {
    return new LinkedHashMap<>(childMap());
  }

  /** PyTorch: {@code d.update(modules)}. */
  public void update(Map<String, ? extends Module> modules) {
    modules.forEach(this::register_module);
  }

  /** PyTorch: {@code d.clear()}. */
  public void clear() {
    childMap().clear();
  }
}
