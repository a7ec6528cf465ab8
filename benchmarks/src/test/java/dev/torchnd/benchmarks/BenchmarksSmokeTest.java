package dev.torchnd.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Calls every {@code @Benchmark} method once on small inputs: proves the harness builds and runs
 * without spending JMH time in CI. No timing is measured or asserted.
 */
class BenchmarksSmokeTest {
  private static final Class<?>[] BENCHES = {
    TinyBench.class, ElementwiseBench.class, BroadcastBench.class, ReduceBench.class,
    LinalgBench.class, MatmulBench.class, IndexingBench.class, CreationBench.class,
    AutogradBench.class, TrainingBench.class,
  };

  /** Small stand-ins for the size fields (params and fixed sizes alike). */
  private static final Map<String, Object> SMALL = Map.of(
      "n", 16, "m", 8, "shape", "8-float64", "chainSize", 4, "samples", 600);

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is"
            + " dangerous.");
    int calls = 0;
    for (Class<?> c : BENCHES) {
      Object bench = c.getDeclaredConstructor().newInstance();
      for (Field f : c.getDeclaredFields()) {
        if (SMALL.containsKey(f.getName())) {
          f.setAccessible(true);
          f.set(bench, SMALL.get(f.getName()));
        }
      }
      invokeAnnotated(bench, Setup.class);
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          try {
            if (m.getParameterCount() == 1) {
              m.invoke(bench, bh);
            } else {
              for (boolean close : new boolean[] {false, true}) {
                Release r = new Release();
                r.close = close;
                m.invoke(bench, bh, r);
              }
            }
          } catch (InvocationTargetException e) {
            throw new AssertionError(c.getSimpleName() + "." + m.getName(), e.getCause());
          }
          calls++;
        }
      }
      invokeAnnotated(bench, TearDown.class);
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    assertTrue(calls >= 40, "found only " + calls + " benchmark methods");
  }

  @Test
  void startupProbeRuns() {
    StartupMain.main(new String[0]);
  }

  private static void invokeAnnotated(Object bench, Class<? extends java.lang.annotation.Annotation>
      a) throws Exception {
    for (Method m : bench.getClass().getDeclaredMethods()) {
      if (m.isAnnotationPresent(a)) {
        m.invoke(bench);
      }
    }
  }
}
