package dev.torchnd.compat;

import static dev.torchnd.Torch.cuda;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The breadth behind {@link DeviceHostReadsTest} (issue 15): every recorded op case of the
 * conformance fixtures ({@link Fixtures#opCases()}) run once on {@code cuda} tensors in the device
 * pass, the host reads of the op call alone counted ({@code dev.torchnd.nd4j.HostReads}; the
 * inputs are uploaded before the count starts, the comparison reads after it ends). Prints, per
 * op name, the cases that read and the reads they made, the census the README's list is checked
 * against; {@code -Dtorchnd.hostReadsCensus.sites=true} adds where the reads came from. It asserts
 * nothing about the counts: the ops that must read nothing, and those that read with their
 * reasons, are asserted case by case in {@link DeviceHostReadsTest}.
 */
class DeviceHostReadsCensusTest {

  @Test
  void census() throws ReflectiveOperationException {
    assumeTrue(cuda.is_available() && OpConformanceTest.DEVICE_PASS,
        "the device pass only (-Dtorchnd.cudaOnCpu=true -Dtorchnd.defaultDevice=cuda)");
    Class<?> c = Class.forName("dev.torchnd.nd4j.HostReads");
    Method count = c.getMethod("count");
    Method reset = c.getMethod("reset");
    Method sites = c.getMethod("sites");
    boolean trace = Boolean.getBoolean("torchnd.hostReadsCensus.sites");
    c.getMethod("trace", boolean.class).invoke(null, trace);
    Map<String, long[]> perOp = new TreeMap<>();
    Map<String, Long> where = new TreeMap<>();
    for (JsonObject k : Fixtures.opCases()) {
      String op = k.get("op").getAsString();
      OpRegistry.Op fn = OpRegistry.OPS.get(op);
      if (fn == null || k.getAsJsonObject("expect").has("error")) {
        continue;
      }
      OpRegistry.Args args;
      try {
        args = OpRegistry.decode(k.getAsJsonArray("args"));
      } catch (RuntimeException | AssertionError e) {
        continue;
      }
      reset.invoke(null);
      try {
        fn.apply(args);
      } catch (RuntimeException | AssertionError e) {
        continue; // errors are the conformance test's business
      }
      long n = (Long) count.invoke(null);
      long[] s = perOp.computeIfAbsent(op, x -> new long[3]);
      s[0]++;
      if (n > 0) {
        s[1]++;
        s[2] += n;
        if (trace) {
          @SuppressWarnings("unchecked")
          Map<String, Long> m = (Map<String, Long>) sites.invoke(null);
          m.forEach((site, v) -> where.merge(op + ": " + site, v, Long::sum));
        }
      }
    }
    StringBuilder sb = new StringBuilder("host-read census of the op fixtures on cuda"
        + " (op: cases that read / cases run, reads):\n");
    long reading = 0;
    for (Map.Entry<String, long[]> e : perOp.entrySet()) {
      long[] s = e.getValue();
      if (s[1] > 0) {
        reading++;
        sb.append(String.format("  %-32s %d/%d  %d%n", e.getKey(), s[1], s[0], s[2]));
      }
    }
    sb.append(reading).append(" of ").append(perOp.size()).append(" op names read\n");
    where.forEach((k, v) -> sb.append("    ").append(k).append("  ").append(v).append('\n'));
    System.out.print(sb);
  }
}
