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

  private static final String PY_INT =
      "int(t) of a float64 tensor holding 1e38: Python's int is arbitrary-precision, Java's longValue() is a long, so TorchND raises PyTorch's own overflow text for a C long ('Python int too large to convert to C long'); an API limit (the Java scalar types), not a missing rule.";
  private static final String EMULATED_BOUND =
      "float16 clamp with a Python-scalar bound outside float16's range. PyTorch 1.13's CPU build has no float16 clamp_scalar/clamp_min/clamp_max_scalar kernel (cpu_error), so the recorder emulated the case in float32, where the bound fits and the value saturates to inf. Every build that has the kernel (CUDA; the CPU from 2.x on) converts the bound with c10::checked_convert first and raises 'value cannot be converted to type at::Half without overflow', which is what TorchND raises: the recorded value is one no PyTorch build computes.";

  static final Map<String, String> CASES = build();

  private static Map<String, String> build() {
    Map<String, String> m = new LinkedHashMap<>();
    add(m, PY_INT,
        "8484:int/f64[1x1]");
    add(m, EMULATED_BOUND,
        "1510:clamp_/f16[2]+None+int9223372036854775807",
        "2394:clamp/f16[1x1x4]+float0.0+float10000000000.0",
        "3328:clamp/f16[2x2x1]+int1099511627776+None",
        "6475:clamp/f16[3x1x2].slice_step2+int9223372036854775807+float3.25",
        "8462:clamp/f16[2x3]+None+int9223372036854775807",
        "9670:clamp_/f16[0x2]+int2147483648+float-Infinity",
        "10019:clamp/f16[4x2]+float2.0+float10000000000.0",
        "10341:clamp_/f16[1x3x0x2]+float-1.5+int-9223372036854775808",
        "11202:clamp/f16[]+int9223372036854775807+int-9223372036854775808",
        "11779:clamp/f16[3x1x2]+int1099511627776+None",
        "13033:clamp_/f16[1x2]+float10000000000.0+float10000000000.0",
        "15623:clamp/f16[1]+float10000000000.0+None",
        "15806:clamp/f16[4x4x1]+int9223372036854775807+float-Infinity",
        "16986:clamp_/f16[1x2x4]+int-1+int-9223372036854775808",
        "17159:clamp/f16[1x1]+None+int-9223372036854775808",
        "17471:clamp_/f16[4x1x1].slice_step2+int2147483648+int-7",
        "17581:clamp/f16[2x4x1]+int1099511627776+int1099511627776");
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
