package dev.torchnd.d2l;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code d2l.Timer}: records several running times (wall clock, seconds).
 *
 * <pre>{@code
 * Timer timer = new Timer();   // started
 * PyFormat.f(timer.stop(), 2) + " sec"   // '0.05 sec'
 * }</pre>
 */
public final class Timer {
  private final List<Double> times = new ArrayList<>();
  private long tik;

  /** {@code Timer()}: starts at once. */
  public Timer() {
    start();
  }

  /** {@code timer.start()}. */
  public void start() {
    tik = System.nanoTime();
  }

  /** {@code timer.stop()}: records and returns the seconds since {@link #start}. */
  public double stop() {
    times.add((System.nanoTime() - tik) / 1e9);
    return times.get(times.size() - 1);
  }

  /** {@code timer.avg()}. */
  public double avg() {
    return sum() / times.size();
  }

  /** {@code timer.sum()}. */
  public double sum() {
    double s = 0;
    for (double t : times) {
      s += t;
    }
    return s;
  }

  /** {@code timer.cumsum()}. */
  public List<Double> cumsum() {
    List<Double> out = new ArrayList<>();
    double s = 0;
    for (double t : times) {
      s += t;
      out.add(s);
    }
    return out;
  }
}
