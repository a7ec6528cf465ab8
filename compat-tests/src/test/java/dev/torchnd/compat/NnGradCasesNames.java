package dev.torchnd.compat;

import dev.torchnd.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The op names {@link NnGradCases} and {@link NnLayersGradCases} register. */
final class NnGradCasesNames {
  private NnGradCasesNames() {}

  static final Set<String> NAMES;

  static {
    Map<String, Function<Tensor[], Tensor>> m = new LinkedHashMap<>();
    NnGradCases.addTo(m);
    NnLayersGradCases.addTo(m);
    NAMES = m.keySet();
  }
}
