package dev.torchnd.compat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The one place the replay tables register their op names: each area's table ({@code
 * BaseOps}, {@code CoreOps}, {@code MoreOps}, {@code NnOps}, ... for forward cases; {@code
 * BaseGradCases}, ... for vector-Jacobian cases) adds its entries with plain {@code put}, and a
 * name registered a second time, by the same or another area, fails loudly instead of silently
 * replacing the first entry (fixtures of two areas share one op-name space, so a replaced entry
 * would replay one area's cases with the other's Java spelling).
 */
final class Registry<V> extends LinkedHashMap<String, V> {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final Map<String, String> areaOf = new LinkedHashMap<>();
  private String area = "?";

  Registry(String kind) {
    this.kind = kind;
  }

  /** Runs one area's table against this registry, naming the area in duplicate errors. */
  Registry<V> area(String name, Consumer<Map<String, V>> table) {
    area = name;
    table.accept(this);
    area = "?";
    return this;
  }

  @Override
  public V put(String name, V op) {
    String first = areaOf.putIfAbsent(name, area);
    if (first != null) {
      throw new IllegalStateException(
          kind + " '" + name + "' registered twice: by " + first + " and by " + area);
    }
    return super.put(name, op);
  }

  @Override
  public V putIfAbsent(String name, V op) {
    return put(name, op); // every registration is checked, whatever the table calls
  }

  @Override
  public void putAll(Map<? extends String, ? extends V> m) {
    m.forEach(this::put);
  }

  /** The names one area registered, in name order. */
  Set<String> namesOf(String areaName) {
    Set<String> out = new TreeSet<>();
    areaOf.forEach((n, a) -> {
      if (a.equals(areaName)) {
        out.add(n);
      }
    });
    return out;
  }

  /** The registered entries, read-only from here on. */
  Map<String, V> freeze() {
    return Collections.unmodifiableMap(this);
  }
}
