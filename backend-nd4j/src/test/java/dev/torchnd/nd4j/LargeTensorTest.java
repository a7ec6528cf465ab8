package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tensors above 2 GiB: float32/float64/bool live in one Java array of up to 2^31 - 9 elements,
 * so 1.2 × 10^9 float32 (4.8 GB) work when the heap holds them. Larger storages of every dtype
 * live in native memory ({@link BigTensorTest}).
 */
class LargeTensorTest {
  @Test
  void aFloat32TensorAbove2GiBWorksWhenTheHeapHoldsIt() {
    long n = 1_200_000_000L;
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    Assumptions.assumeTrue(free > 4 * n + (1L << 30),
        "skipped: needs about 5.9 GB of free heap (run with -Xmx6g or more); " + (free >> 20)
            + " MiB free");
    Tensor x = Torch.zeros(n);
    assertEquals(n, x.numel());
    x.set("-1", 3.0);
    x.set("1000000000", 2.0);
    assertEquals(5.0, x.sum().doubleValue());
    assertEquals(n - 1, x.argmax().longValue());
    Tensor y = x.get("1199999990:").add(1.0);
    assertEquals(10, y.numel());
    assertEquals(14.0, y.sum().doubleValue());
    x.close();
  }
}
