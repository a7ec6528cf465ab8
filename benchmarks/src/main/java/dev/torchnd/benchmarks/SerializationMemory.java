package dev.torchnd.benchmarks;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Peak memory of loading (or saving) the 100 MB state_dict of {@link SerializationBench}, in a
 * fresh JVM: the growth of peak RSS ({@code VmHWM}) over RSS just before the call, beside the
 * file size. Usage: {@code SerializationMemory save|load FILE}.
 */
public final class SerializationMemory {
  private SerializationMemory() {}

  static long status(String key) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IllegalStateException(key);
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    Common.init();
    if (args[0].equals("save")) {
      Map<String, Tensor> sd = SerializationBench.stateDict();
      System.gc();
      long before = status("VmRSS");
      Torch.save(sd, file);
      long peak = status("VmHWM");
      report("save", file, before, peak);
    } else {
      System.gc();
      long before = status("VmRSS");
      Map<String, Tensor> sd = Torch.load(file);
      long peak = status("VmHWM");
      report("load", file, before, peak);
      System.out.println("  (" + sd.size() + " tensors)");
    }
  }

  private static void report(String what, Path file, long before, long peak) throws IOException {
    long size = Files.size(file);
    System.out.printf(
        "TorchND %s: file %.1f MB, RSS before %.1f MB, peak %.1f MB, peak growth %.1f MB"
            + " (%.2f× the file)%n",
        what, size / 1e6, before / 1e6, peak / 1e6, (peak - before) / 1e6,
        (peak - before) / (double) size);
  }
}
