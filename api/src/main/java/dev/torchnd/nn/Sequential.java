package dev.torchnd.nn;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs its modules in order, named {@code "0"}, {@code "1"}, … (so the state_dict keys are {@code
 * "0.weight"}, …), or by the names of a map.
 *
 * <pre>{@code
 * Sequential net = new Sequential(new Linear(2, 1));
 * net.<Linear>get(0).weight().data().normal_(0, 0.01);   // net[0].weight.data.normal_(0, 0.01)
 * System.out.println(net);   // Sequential(
 *                            //   (0): Linear(in_features=2, out_features=1, bias=True)
 *                            // )
 * }</pre>
 *
 * PyTorch: {@code torch.nn.Sequential}.
 */
public class Sequential extends Module implements Iterable<Module> {
  /** PyTorch: {@code nn.Sequential(*modules)}. */
  public Sequential(Module... modules) {
    for (int i = 0; i < modules.length; i++) {
      register_module(Integer.toString(i), modules[i]);
    }
  }

  /** Named children, in the map's order. PyTorch: {@code nn.Sequential(OrderedDict(...))}. */
  public Sequential(Map<String, ? extends Module> modules) {
    for (Map.Entry<String, ? extends Module> e : modules.entrySet()) {
      register_module(e.getKey(), e.getValue());
    }
  }

  private int absIndex(int idx) {
    int size = len();
    if (idx < -size || idx >= size) {
      throw new IndexOutOfBoundsException("index " + idx + " is out of range");
    }
    return idx < 0 ? idx + size : idx;
  }

  /**
   * The module at {@code idx} (negative counts from the end), typed by the caller: {@code
   * net.<Linear>get(0).weight()}. PyTorch: {@code net[idx]}.
   */
  @SuppressWarnings("unchecked")
  public <M extends Module> M get(int idx) {
    int i = absIndex(idx);
    return (M) new ArrayList<>(childMap().values()).get(i);
  }

  /**
   * A new Sequential over a Python slice such as {@code "1:"} or {@code "::2"}, keeping the
   * original names. PyTorch: {@code net[1:]}.
   */
  public Sequential get(String slice) {
    List<Map.Entry<String, Module>> items = new ArrayList<>(childMap().entrySet());
    int[] r = Slices.parse(slice, items.size());
    Map<String, Module> sub = new LinkedHashMap<>();
    for (int i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
      sub.put(items.get(i).getKey(), items.get(i).getValue());
    }
    return new Sequential(sub);
  }

  /** Replaces the module at {@code idx}. PyTorch: {@code net[idx] = module}. */
  public void set(int idx, Module module) {
    String key = new ArrayList<>(childMap().keySet()).get(absIndex(idx));
    register_module(key, module);
  }

  /** Removes the module at {@code idx} and renumbers. PyTorch: {@code del net[idx]}. */
  public void remove(int idx) {
    List<Module> mods = new ArrayList<>(childMap().values());
    mods.remove(absIndex(idx));
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

  /** The number of modules. PyTorch: {@code len(net)}. */
  public int len() {
    return childMap().size();
  }

  /** Appends {@code module} under the next index; returns this. PyTorch: {@code net.append(m)}. */
  public Sequential append(Module module) {
    register_module(Integer.toString(len()), module);
    return this;
  }

  /** Inserts before {@code index}, shifting later modules. PyTorch: {@code net.insert(i, m)}. */
  public Sequential insert(int index, Module module) {
    int n = len();
    if (!(-n <= index && index <= n)) {
      throw new IndexOutOfBoundsException("Index out of range: " + index);
    }
    if (index < 0) {
      index += n;
    }
    Map<String, Module> m = childMap();
    for (int i = n; i > index; i--) {
      m.put(Integer.toString(i), m.get(Integer.toString(i - 1)));
    }
    m.put(Integer.toString(index), module);
    return this;
  }

  /** Appends every module of {@code other}. PyTorch: {@code net.extend(other)}. */
  public Sequential extend(Iterable<? extends Module> other) {
    for (Module m : other) {
      append(m);
    }
    return this;
  }

  @Override
  public Iterator<Module> iterator() {
    return new ArrayList<>(childMap().values()).iterator();
  }

  @Override
  public Tensor forward(Tensor input) {
    for (Module m : childMap().values()) {
      input = m.call(input);
    }
    return input;
  }
}
