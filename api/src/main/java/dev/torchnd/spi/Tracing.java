package dev.torchnd.spi;

import dev.torchnd.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the differentiable ops a function runs on the current thread, for exporters such as
 * the ND4J backend's {@code SameDiffExport}. Not in PyTorch; the nearest thing is {@code
 * torch.jit.trace}, which also records one concrete run.
 *
 * <p>An op is seen when it records an autograd node, so trace with inputs that require grad.
 * Ops that record nothing (comparisons, {@code detach()}, {@code item()}) are invisible: their
 * results show up as constants. While no trace is active the cost is one thread-local read per
 * recorded node.
 */
public final class Tracing {
  private Tracing() {}

  /**
   * One recorded op: its declaration ({@code null} for ops that have none and cannot be exported),
   * its autograd node name ({@code grad_fn}), inputs, output and op attributes.
   */
  public record Event(
      Op op, String node, List<Tensor> inputs, Tensor output, Map<String, Object> attrs) {}

  /** An active trace; close it to stop recording. */
  public static final class Trace implements AutoCloseable {
    private final List<Event> events = new ArrayList<>();
    private final Trace outer;
    private Map<String, Object> pending;

    private Trace(Trace outer) {
      this.outer = outer;
    }

    /** The events so far, in execution order. */
    public List<Event> events() {
      return Collections.unmodifiableList(events);
    }

    @Override
    public void close() {
      ACTIVE.set(outer);
    }
  }

  private static final ThreadLocal<Trace> ACTIVE = new ThreadLocal<>();

  /** Starts recording on this thread (nesting is allowed; the inner trace wins until closed). */
  public static Trace start() {
    Trace t = new Trace(ACTIVE.get());
    ACTIVE.set(t);
    return t;
  }

  /**
   * Attributes of the op about to record its node (dims, keepdim, permutation): the node name and
   * shapes alone cannot tell them apart. Key/value pairs. Called by the API's op implementations;
   * public only because they live in {@code dev.torchnd}.
   */
  public static void attrs(Object... kv) {
    Trace t = ACTIVE.get();
    if (t == null) {
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    t.pending = m;
  }

  /**
   * Called by the API's autograd ({@code Autograd.record}) for every op, before it decides whether
   * to record; public only because that lives in {@code dev.torchnd}.
   */
  public static void op(Op op, String name, Tensor[] inputs, Tensor out, boolean recorded) {
    Trace t = ACTIVE.get();
    if (t == null) {
      return;
    }
    Map<String, Object> a = t.pending == null ? Map.of() : t.pending;
    t.pending = null; // attributes belong to this op only, recorded or not
    if (recorded) {
      List<Tensor> in = new ArrayList<>();
      for (Tensor x : inputs) {
        in.add(x);
      }
      t.events.add(new Event(op, name, Collections.unmodifiableList(in), out, a));
    }
  }
}
