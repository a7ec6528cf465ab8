package dev.torchnd.d2l;

import dev.torchnd.Tensor;
import java.util.Arrays;

/**
 * {@code d2l.Accumulator(n)}: sums over {@code n} variables, in Python floats (double).
 *
 * <pre>{@code
 * Accumulator metric = new Accumulator(2);
 * metric.add(3.0, 10); metric.get(0) / metric.get(1)   // 0.3
 * }</pre>
 */
public final class Accumulator {
  private double[] data;

  public Accumulator(int n) {
    data = new double[n];
  }

  /** {@code metric.add(*args)}: each argument a number or a one-element tensor ({@code float(b)}). */
  public void add(Object... args) {
    double[] next = new double[Math.min(args.length, data.length)]; // zip() stops at the shorter
    for (int i = 0; i < next.length; i++) {
      Object b = args[i];
      next[i] = data[i] + (b instanceof Tensor t ? t.doubleValue() : ((Number) b).doubleValue());
    }
    data = next;
  }

  /** {@code metric.reset()}. */
  public void reset() {
    Arrays.fill(data, 0.0);
  }

  /** {@code metric[idx]}. */
  public double get(int idx) {
    return data[idx];
  }
}
