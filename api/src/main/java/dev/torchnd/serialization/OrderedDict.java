package dev.torchnd.serialization;

import dev.torchnd.PyRepr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code collections.OrderedDict}: an insertion-ordered map that {@code torch.save}
 * writes as an {@code OrderedDict} (a plain {@link Map} is written as a {@code dict}), together
 * with PyTorch's {@code _metadata} attribute, which a module's {@code state_dict()} carries
 * ({@code {"": {"version": 1}, "0": {"version": 1}, ...}}).
 *
 * <pre>{@code
 * OrderedDict<String, Tensor> sd = torch.load("mlp.params");
 * sd.keySet()       // [hidden.weight, hidden.bias, output.weight, output.bias]
 * sd._metadata()    // {=({version=1}), hidden={version=1}, output={version=1}} (or null)
 * }</pre>
 */
public class OrderedDict<K, V> extends LinkedHashMap<K, V> {
  private static final long serialVersionUID = 1L;
  private Map<String, Object> metadata;

  public OrderedDict() {}

  public OrderedDict(Map<? extends K, ? extends V> m) {
    super(m);
  }

  /** PyTorch's {@code state_dict._metadata}: module prefix to its attributes, or null. */
  @SuppressWarnings("checkstyle:MethodName")
  public Map<String, Object> _metadata() {
    return metadata;
  }

  /** Sets {@code _metadata} (null removes it); returns this. */
  @SuppressWarnings("checkstyle:MethodName")
  public OrderedDict<K, V> _metadata(Map<String, Object> value) {
    this.metadata = value;
    return this;
  }

  /** Prints as Python 3.9 prints one: {@code OrderedDict([('a', 1), ('b', 2)])}. */
  @Override
  public String toString() {
    return PyRepr.repr(this);
  }
}
