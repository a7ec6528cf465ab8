/**
 * JMH benchmarks that time TorchND against raw ND4J on the same operations; {@code
 * benchmarks/bench_torch.py} times PyTorch on the same list, and {@code benchmarks/run.sh} joins
 * the three into {@code docs/benchmarks.md}.
 *
 * <p>Method names end in {@code _torchnd} or {@code _nd4j}; the part before is the operation key
 * that the Python script and the report share. Every TorchND result allocated in a benchmark
 * method is consumed by the {@code Blackhole} and then {@code close()}d, so off-heap buffers are
 * freed at once instead of waiting for the garbage collector; raw ND4J results are closed likewise.
 */
package dev.torchnd.benchmarks;
