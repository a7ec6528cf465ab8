package dev.torchnd.compat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cases of the fuzz corpus ({@code fixtures/fuzz.json}, recorded by {@code
 * compat-tests/recorder/record_fuzz.py}) where TorchND deliberately differs from PyTorch 1.13,
 * each with its reason. The same rules as {@link KnownDivergences}: {@link FuzzConformanceTest}
 * accepts a listed case only while it still differs, fails it once it matches PyTorch, and fails
 * ids that are not in the corpus, so the list cannot go stale. Ids depend on the recorder's seed
 * and draw order: re-recording the corpus means re-deriving this list.
 */
final class FuzzDivergences {
  private FuzzDivergences() {}

  static final Map<String, String> CASES = build();

  private static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    return m;
  }

  /** Lists several ids that diverge for the same reason. */
  private static void add(Map<String, String> m, String reason, String... ids) {
    for (String id : ids) {
      if (m.put(id, reason) != null) {
        throw new IllegalStateException("listed twice: " + id);
      }
    }
  }
}
