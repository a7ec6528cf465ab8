package dev.torchnd.benchmarks;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.serialization.OrderedDict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code torch.save} / {@code torch.load} of a 100 MB state_dict (four 1024×6144 float32 weights
 * and their biases, 100.7 MB of storage) to a file in the temp folder; bench_torch.py times the
 * same with PyTorch. The page cache holds the file, so this measures the format code, not the
 * disk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializationBench {
  Map<String, Tensor> stateDict;
  Path saved;
  Path scratch;

  /** A 100 MB state_dict, saved once for the load benchmark. */
  static Map<String, Tensor> stateDict() {
    OrderedDict<String, Tensor> sd = new OrderedDict<>();
    for (int i = 0; i < 4; i++) {
      sd.put("layers." + i + ".weight", Torch.rand(1024, 6144));
      sd.put("layers." + i + ".bias", Torch.rand(1024));
    }
    return sd;
  }

  /** Builds the state_dict and the file to load. */
  @Setup
  public void setup() throws IOException {
    Common.init();
    stateDict = stateDict();
    saved = Files.createTempFile("torchnd-bench", ".pt");
    scratch = Files.createTempFile("torchnd-bench-save", ".pt");
    Torch.save(stateDict, saved);
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(saved);
    Files.deleteIfExists(scratch);
  }

  @Benchmark
  public void save() throws IOException {
    Torch.save(stateDict, scratch);
  }

  @Benchmark
  public void load(Blackhole bh) throws IOException {
    Map<String, Tensor> sd = Torch.load(saved);
    bh.consume(sd);
  }
}
