package dev.torchnd.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of submodules, registered as {@code "0"}, {@code "1"}, …, so their parameters belong to
 * the owner; it has no forward of its own. PyTorch: {@code torch.nn.ModuleList}.
 */
public class ModuleList extends Module implements Iterable<Module> {
  /** An empty list. PyTorch: {@code nn.ModuleList()}. */
  public ModuleList() {}

  /** PyTorch: {@code nn.ModuleList(modules)}. */
  public ModuleList(Iterable<? extends Module> modules) {
    extend(modules);
  }

  /** PyTorch: {@code nn.ModuleList([m1, m2, ...])}. */
  public ModuleList(Module... modules) {
    extend(List.of(modules));
  }

  private String absKey(int idx) {
    int n = len();
    if (!(-n <= idx && idx < n)) {
      throw new IndexOutOfBoundsException("index " + idx + " is out of range");
    }
    return Integer.toString(idx < 0 ? idx + n : idx);
  }

  /** PyTorch: {@code modules[idx]}, typed by the caller. */
  @SuppressWarnings("unchecked")
  public <M extends Module> M get(int idx) {
    return (M) childMap().get(absKey(idx));
  }

  /** A new ModuleList over a Python slice such as {@code "1:"}. PyTorch: {@code modules[1:]}. */
  public ModuleList get(String slice) {
    List<Module> mods = new ArrayList<>(childMap().values());
    int[] r = Slices.parse(slice, mods.size());
    List<Module> sub = new ArrayList<>();
    for (int i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
      sub.add(mods.get(i));
    }
    return new ModuleList(sub);
  }

  /** PyTorch: {@code modules[idx] = module}. */
  public void set(int idx, Module module) {
    register_module(absKey(idx), module);
  }

  /** PyTorch: {@code del modules[idx]} (renumbers). */
  public void remove(int idx) {
    String key = absKey(idx);
    List<Module> mods = new ArrayList<>(childMap().values());
    mods.remove(Integer.parseInt(key));
    Map<String, Module> renum = new LinkedHashMap<>();
    for (int i = 0; i < mods.size(); i++) {
      renum.put(Integer.toString(i), mods.get(i));
    }
    setChildren(renum);
  }

  /** Removes and returns the module at {@code idx} (renumbering the rest). PyTorch: {@code pop(idx)}. */
  public <M extends Module> M pop(int idx) {
    M m = get(idx);
    remove(idx);
    return m;
  }

  /** PyTorch: {@code len(modules)}. */
  public int len() {
    return childMap().size();
  }

  /** PyTorch: {@code modules.append(m)}. */
  public ModuleList append(Module module) {
    register_module(Integer.toString(len()), module);
    return this;
  }

  /** PyTorch: {@code modules.extend(ms)}. */
  public ModuleList extend(Iterable<? extends Module> modules) {
    for (Module m : modules) {
      append(m);
    }
    return this;
  }

  /** PyTorch: {@code modules.insert(index, m)}. */
  public void insert(int index, Module module) {
    Map<String, Module> m = childMap();
    for (int i = len(); i > index; i--) {
      m.put(Integer.toString(i), m.get(Integer.toString(i - 1)));
    }
    m.put(Integer.toString(index), module);
  }

  @Override
  public Iterator<Module> iterator() {
    return new ArrayList<>(childMap().values()).iterator();
  }
}
