package dev.torchnd.serialization;

import dev.torchnd.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/** Python's list and dict as {@code torch.load} returns them: Java containers that print alike. */
final class PyContainers {
  private PyContainers() {}

  /** A Python list: a Java list that prints like Python's. */
  static final class PyList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return PyRepr.repr(this);
    }
  }

  /** A Python dict: insertion-ordered, printed like Python's. */
  static final class PyDict extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return PyRepr.repr(this);
    }
  }
}
