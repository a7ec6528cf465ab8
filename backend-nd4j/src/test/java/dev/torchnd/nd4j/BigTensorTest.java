package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tensors beyond what an int index addresses live in native memory read by long index ({@link
 * BigAccess}, {@link BigKernels}). The same kernels run on small tensors when {@code
 * Nd4jStorage.bigFromBytes} is lowered, so every op they support is checked here against the
 * ordinary kernels, per dtype, by printed form; one test then builds a real 3 × 10^9 int8 tensor
 * when the machine has the memory.
 */
class BigTensorTest {
  private static final DType[] DTYPES = {
    Torch.int8, Torch.uint8, Torch.int16, Torch.int32, Torch.int64, Torch.float16,
    Torch.bfloat16, Torch.float32, Torch.float64, Torch.bool
  };

  /** A [30, 40] tensor of a dtype with negatives, zeros and (for floats) fractions. */
  private static Tensor sample(DType dt) {
    Tensor base = Torch.arange(1200).remainder(23).sub(9).double_().div(dt.is_floating_point() ? 4 : 1);
    return base.reshape(30, 40).to(dt);
  }

  private static Map<String, Function<Tensor, Object>> ops(DType dt) {
    Map<String, Function<Tensor, Object>> m = new LinkedHashMap<>();
    m.put("print", x -> x);
    m.put("clone", Tensor::clone);
    m.put("slice", x -> x.get("1:-1:3, ::7").contiguous());
    m.put("transpose", x -> x.t().contiguous());
    m.put("item", x -> x.get("17, 23").item());
    m.put("eq", x -> x.eq(x.get("0:1, :")));
    m.put("where", x -> Torch.where(x.gt(0), x, x.get("::-1, :")));
    m.put("any", x -> x.any());
    m.put("all(1)", x -> x.all(1));
    m.put("max", Tensor::max);
    m.put("argmax", Tensor::argmax);
    m.put("argmin(1)", x -> x.argmin(1));
    m.put("cat", x -> Torch.cat(List.of(x.get(":2"), x.get("-1:")), 0));
    m.put("set", x -> {
      Tensor y = x.clone();
      y.set("2, 3", x.get("4, 5"));
      y.get("::2, 1").fill_(1);
      return y;
    });
    if (dt != Torch.bool) {
      m.put("add", x -> x.add(3));
      m.put("mul", x -> x.mul(x.get(":, :1")));
      m.put("neg", Tensor::neg);
      m.put("sum", Tensor::sum);
      m.put("sum(0)", x -> x.sum(0));
      m.put("sum(1)", x -> x.sum(1));
      m.put("min(0)", x -> x.min(0).values());
      m.put("prod(1)", x -> x.get(":, :5").prod(1));
      m.put("to float64", Tensor::double_);
    }
    if (dt.is_floating_point()) {
      m.put("exp", Tensor::exp);
      m.put("mean", Tensor::mean);
      m.put("div", x -> x.div(7));
    }
    return m;
  }

  private static String run(Function<Tensor, Object> op, Tensor x) {
    try {
      return String.valueOf(op.apply(x));
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Test
  void theLongIndexedKernelsMatchTheOrdinaryOnes() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (DType dt : DTYPES) {
      for (Map.Entry<String, Function<Tensor, Object>> op : ops(dt).entrySet()) {
        String expected = run(op.getValue(), sample(dt));
        String got;
        long before = Nd4jStorage.bigFromBytes;
        Nd4jStorage.bigFromBytes = 1;
        try {
          Tensor x = sample(dt);
          assertTrue(((Nd4jStorage) x.storage()).access instanceof BigAccess);
          got = run(op.getValue(), x);
        } finally {
          Nd4jStorage.bigFromBytes = before;
        }
        checked++;
        if (!expected.equals(got)) {
          failures.add(dt + " " + op.getKey() + ":\n  expected " + expected + "\n  got      " + got);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + ":\n" + String.join("\n", failures));
    assertTrue(checked > 200, "only " + checked + " cases");
  }

  @Test
  void opsWithoutALongIndexedKernelRefuseByName() {
    long before = Nd4jStorage.bigFromBytes;
    Nd4jStorage.bigFromBytes = 1;
    try {
      Tensor x = sample(Torch.float32);
      UnsupportedOperationException e =
          assertThrows(UnsupportedOperationException.class, () -> x.matmul(x.t()));
      assertTrue(e.getMessage().contains("matrix products on tensors of at most 2 GiB"),
          e.getMessage());
      e = assertThrows(UnsupportedOperationException.class, () -> x.sort(1));
      assertTrue(e.getMessage().startsWith("TorchND runs sort on tensors of at most"),
          e.getMessage());
      IllegalArgumentException i =
          assertThrows(IllegalArgumentException.class, () -> Nd4jInterop.numpy(x));
      assertTrue(i.getMessage().contains("at most 2 GiB"), i.getMessage());
    } finally {
      Nd4jStorage.bigFromBytes = before;
    }
  }

  @Test
  void sizesBeyondALongOfBytesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Nd4jBackend().allocate(Torch.int64, Long.MAX_VALUE / 4));
    assertTrue(e.getMessage().contains("bytes overflow a long"), e.getMessage());
  }

  /** MemAvailable of /proc/meminfo in bytes, or -1 when it cannot be read. */
  private static long availableBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemAvailable:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  @Test
  void threeBillionInt8Elements() {
    long n = 3_000_000_000L;
    long avail = availableBytes();
    Assumptions.assumeTrue(avail > n + (3L << 30),
        "skipped: a 3e9-element int8 tensor needs about 6 GB of available memory (3 GB for the "
            + "tensor plus headroom); MemAvailable is " + (avail >> 20) + " MiB");
    Tensor x = Torch.zeros(new long[] {n}, Torch.int8);
    try {
      assertEquals(n, x.numel());
      x.set("0", 1);
      x.set("2147483648", -2);
      x.set("-1", 7);
      assertEquals(7L, x.get("2999999999").item());
      assertEquals(-2L, x.get("2147483648").item());
      assertEquals("tensor([1, 0, 0,  ..., 0, 0, 7], dtype=torch.int8)", x.toString());
      assertEquals("tensor(6)", x.sum().toString());
      Tensor tail = x.get("2147483640:2147483650").add(3);
      assertEquals("tensor([3, 3, 3, 3, 3, 3, 3, 3, 1, 3], dtype=torch.int8)", tail.toString());
      // A strided view far into the storage: long offsets through view, reduction and print.
      Tensor rows = x.get("2147483000:2147484000").view(10, 100).min(1).values();
      assertEquals("tensor([ 0,  0,  0,  0,  0,  0, -2,  0,  0,  0], dtype=torch.int8)",
          rows.toString());
    } finally {
      x.close();
    }
  }
}
