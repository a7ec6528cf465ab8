package dev.torchnd.serialization;

import dev.torchnd.PyRepr;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list that {@code torch.save} writes as a Python tuple, and that {@code torch.load}
 * returns for one. Any other {@link List} is saved as a Python list.
 *
 * <pre>{@code
 * torch.save(Tuple.of(x, 3L), "pair.pt");   // torch.save((x, 3), 'pair.pt')
 * List<Object> t = torch.load("pair.pt");    // a Tuple: t instanceof Tuple
 * }</pre>
 */
public final class Tuple extends AbstractList<Object> implements RandomAccess {
  private static final Tuple EMPTY = new Tuple(new Object[0]);
  private final Object[] items;

  private Tuple(Object[] items) {
    this.items = items;
  }

  /** A tuple of the given items (nulls allowed: Python's {@code None}). */
  public static Tuple of(Object... items) {
    return items.length == 0 ? EMPTY : new Tuple(items.clone());
  }

  /** A tuple holding the elements of {@code items} in order. */
  public static Tuple copyOf(List<?> items) {
    return items.isEmpty() ? EMPTY : new Tuple(items.toArray());
  }

  @Override
  public Object get(int index) {
    return items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  /** Prints as Python prints a tuple: {@code (1, 2)}, {@code (1,)}, {@code ()}. */
  @Override
  public String toString() {
    if (items.length == 1) {
      return "(" + PyRepr.repr(items[0]) + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(PyRepr.repr(items[i]));
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tuple t ? Arrays.equals(items, t.items) : super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
