package dev.torchnd.compat;

import java.util.Map;

/**
 * Fixture cases where TorchND deliberately differs from PyTorch 1.13, each with the reason. This
 * is the only place a recorded case may be excused; {@link OpConformanceTest} reports a listed
 * case as skipped (with the reason) while it still differs, and fails it once it matches PyTorch,
 * so the list cannot go stale.
 *
 * <p>Keys are fixture ids ({@code "id"} in {@code fixtures/ops.json}). Keep reasons concrete:
 * what PyTorch does, what TorchND does instead, and why.
 */
final class KnownDivergences {
  private KnownDivergences() {}

  static final Map<String, String> CASES =
      Map.ofEntries(
          // Java has no equivalent of Python's OverflowError/ValueError from int(float('inf')),
          // int(float('nan')): (long) NaN is 0 and (long) inf is Long.MAX_VALUE in Java. Listed
          // only if TorchND chooses not to throw; remove if it mirrors Python.
          // (intentionally empty until the lead decides; see the report)
          );

  static String reason(String id) {
    return CASES.get(id);
  }
}
