/**
 * JMH benchmarks that time TorchND against raw ND4J on the same operations; {@code
 * benchmarks/bench_torch.py} times PyTorch on the same list, and {@code benchmarks/run.sh} joins
 * the three into {@code docs/benchmarks.md}.
 *
 * <p>Map: one class per area ({@code CreationBench}, {@code ElementwiseBench}, {@code
 * BroadcastBench}, {@code ReduceBench}, {@code IndexingBench}, {@code LinalgBench}, {@code
 * MatmulBench}, {@code AutogradBench}, {@code TrainingBench}, {@code TinyBench}, {@code
 * SerializationBench}); {@code Common} is their shared set-up. Method names end in {@code
 * _torchnd} or {@code _nd4j}; the part before is the operation key that the Python script and
 * the report share. Most TorchND methods take a {@link dev.torchnd.benchmarks.Release} parameter:
 * {@code false} (the headline column) leaves each result to the garbage collector, as user code
 * does; {@code true} {@code close()}s it right after the {@code Blackhole} consumes it. Raw ND4J
 * results are closed. Separate {@code main} probes run in fresh JVMs: {@code StartupMain} (first
 * result), {@code WarmupMain} (first calls before C2), {@code SerializationMemory} (peak RSS of
 * save/load).
 */
package dev.torchnd.benchmarks;
