package dev.torchnd.utils.data;

import dev.torchnd.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * The containers collated batches are made of: lists and dicts that print as {@code print(batch)}
 * does in Python ({@code [tensor([0, 1]), ['a', 'b']]}, {@code {'x': tensor([0, 1])}}).
 */
final class PyContainers {
  private PyContainers() {}

  /** A collated list (Python's list). */
  static final class PyList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    PyList(int capacity) {
      super(capacity);
    }

    @Override
    public String toString() {
      return PyRepr.repr(this);
    }
  }

  /** A collated dict, insertion-ordered (Python's dict). */
  static final class PyDict extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return PyRepr.repr(this);
    }
  }
}
