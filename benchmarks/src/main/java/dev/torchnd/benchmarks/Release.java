package dev.torchnd.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Whether a TorchND benchmark frees its results. {@code false} is what PyTorch users write: the
 * result is dropped and the JVM reclaims it (the headline column); {@code true} calls
 * {@code close()} on it right after the {@code Blackhole} consumed it. Only TorchND methods take
 * this state, so JMH runs the raw ND4J methods once.
 */
@State(Scope.Thread)
public class Release {
  @Param({"false", "true"})
  boolean close;
}
