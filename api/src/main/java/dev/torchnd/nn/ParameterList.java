package dev.torchnd.nn;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Parameters in a list, registered with the owner under {@code "0"}, {@code "1"}, … (a plain tensor
 * is wrapped in a {@link Parameter}, as PyTorch 1.13 does).
 *
 * <pre>{@code
 * new ParameterList(new Parameter(ones(2, 3)))
 * // ParameterList(
 * //     (0): Parameter containing: [torch.float32 of size 2x3]
 * // )
 * }</pre>
 *
 * PyTorch: {@code torch.nn.ParameterList}.
 */
public class ParameterList extends Module implements Iterable<Parameter> {
  private int size;

  /** PyTorch: {@code nn.ParameterList()}. */
  public ParameterList() {}

  /** PyTorch: {@code nn.ParameterList([p0, p1, ...])}. */
  public ParameterList(Tensor... parameters) {
    extend(List.of(parameters));
  }

  /** PyTorch: {@code nn.ParameterList(values)}. */
  public ParameterList(List<? extends Tensor> parameters) {
    extend(parameters);
  }

  static Parameter asParameter(Tensor t) {
    return t instanceof Parameter p ? p : new Parameter(t);
  }

  /** Adds one at the end. PyTorch: {@code pl.append(value)}. */
  public ParameterList append(Tensor value) {
    register_parameter(String.valueOf(size), asParameter(value));
    size++;
    return this;
  }

  /** PyTorch: {@code pl.extend(values)}. */
  public ParameterList extend(List<? extends Tensor> values) {
    for (Tensor t : values) {
      append(t);
    }
    return this;
  }

  /**
   * PyTorch: {@code pl[idx]} (negative counts from the end).
   *
   * @throws IndexOutOfBoundsException {@code index 3 is out of range}
   */
  public Parameter get(int idx) {
    if (idx < -size || idx >= size) {
      throw new IndexOutOfBoundsException("index " + idx + " is out of range");
    }
    return get_parameter(String.valueOf(idx < 0 ? idx + size : idx));
  }

  /** PyTorch: {@code pl[idx] = param}. */
  public void set(int idx, Tensor value) {
    get(idx);
    register_parameter(String.valueOf(idx < 0 ? idx + size : idx), asParameter(value));
  }

  /** PyTorch: {@code len(pl)}. */
  public int len() {
    return size;
  }

  @Override
  public Iterator<Parameter> iterator() {
    List<Parameter> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(get(i));
    }
    return out.iterator();
  }

  /** One line per parameter, as PyTorch 1.13's {@code ParameterList.extra_repr}. */
  @Override
  public String extra_repr() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Parameter p = get(i);
      lines.add("  (" + i + "): Parameter containing: [" + p.dtype() + " of size " + sizeStr(p)
          + deviceStr(p) + "]");
    }
    return String.join("\n", lines);
  }

  static String sizeStr(Tensor p) {
    StringBuilder sb = new StringBuilder();
    for (long s : p.shape().toLongArray()) {
      sb.append(sb.length() == 0 ? "" : "x").append(s);
    }
    return sb.toString();
  }

  static String deviceStr(Tensor p) {
    return p.is_cuda() ? " (GPU " + p.get_device() + ")" : "";
  }
}
