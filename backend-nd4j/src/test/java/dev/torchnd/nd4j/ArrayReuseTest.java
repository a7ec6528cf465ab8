package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Arrays of dead storages are reused without {@code close()}, and never while something still
 * reaches them: a view, an autograd saved tensor, an {@code INDArray}, a kernel on another thread.
 * Each test uses its own length, so the pools of other tests do not interfere.
 */
class ArrayReuseTest {
  /** A float32 length the pool tracks (a G1 humongous array), made distinct by {@code k}. */
  private static int big(int k) {
    return (int) (ArrayPool.TRACK_MIN_BYTES / 4) + k;
  }

  private static float[] arrayOf(Tensor t) {
    return ((Access.F32) ((Nd4jStorage) t.storage()).access).arr;
  }

  /** Collects until {@code done} holds (the Cleaner thread runs after the GC found the garbage). */
  private static boolean collectUntil(java.util.function.BooleanSupplier done)
      throws InterruptedException {
    for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
      System.gc();
      Thread.sleep(10);
    }
    return done.getAsBoolean();
  }

  /** Allocates and overwrites many same-length results: reuses whatever the pool holds. */
  private static List<Tensor> churn(int n, double value) throws InterruptedException {
    List<Tensor> keep = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      System.gc();
      Thread.sleep(10);
      for (int i = 0; i < 8; i++) {
        keep.add(Torch.full(new long[] {n}, value));
      }
    }
    return keep;
  }

  @Test
  void deadResultGivesItsArrayBackAndZerosComeZeroed() throws InterruptedException {
    int n = big(11);
    Tensor t = Torch.empty(n).fill_(2.0);
    float[] arr = arrayOf(t);
    t = null;
    assertTrue(collectUntil(() -> ArrayPool.holds(arr)), "a dead result's array was not pooled");
    Tensor z = Torch.zeros(n);
    assertTrue(arr == arrayOf(z), "the pooled array was not reused");
    assertEquals(0.0, z.abs().sum().doubleValue());
    Tensor e = Torch.empty(n);
    assertTrue(arr != arrayOf(e));
  }

  @Test
  void closeGivesTheArrayBackOnce() throws InterruptedException {
    int n = (1 << 16) + 13;
    Tensor t = Torch.ones(n);
    float[] arr = arrayOf(t);
    t.close();
    t = null;
    Tensor a = Torch.empty(n);
    assertTrue(arr == arrayOf(a), "close() gives the array back at once");
    // The storage closed above is now garbage: its Cleaner must not give the array back again.
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(10);
    }
    Tensor b = Torch.empty(n);
    assertTrue(arrayOf(a) != arrayOf(b));
  }

  @Test
  void aLiveViewKeepsTheArray() throws InterruptedException {
    int n = big(17);
    Tensor t = Torch.arange(n).float_();
    Tensor v = t.get("1:");
    float[] arr = arrayOf(t);
    t = null;
    List<Tensor> others = churn(n, -1.0);
    for (Tensor o : others) {
      assertTrue(arr != arrayOf(o));
    }
    assertEquals(1.0, v.get("0").doubleValue());
    assertEquals(n - 1.0, v.get("-1").doubleValue());
    assertEquals((double) n * (n - 1) / 2, v.double_().sum().doubleValue());
  }

  @Test
  void anAutogradSavedTensorKeepsTheArray() throws InterruptedException {
    int n = big(19);
    Tensor w = Torch.rand(n).requires_grad_();
    Tensor h = Torch.rand(n);
    Tensor expected = h.exp();
    // h.exp() is reachable only from the graph (MulBackward0 saves it for w's gradient).
    Tensor loss = w.mul(h.exp()).sum();
    List<Tensor> others = churn(n, 7.0);
    loss.backward();
    assertArrayEquals(expected.toFloatArray(), w.grad().toFloatArray());
    assertTrue(others.size() > 0);
  }

  @Test
  void anInteropArrayKeepsTheMemory() throws InterruptedException {
    int n = big(23);
    Tensor t = Torch.arange(n).float_();
    INDArray a = Nd4jInterop.numpy(t);
    t = null;
    churn(n, -3.0);
    assertEquals(0.0, a.getDouble(0));
    assertEquals(n - 1.0, a.getDouble(n - 1));
    assertEquals((double) n * (n - 1) / 2, a.sumNumber().doubleValue(), 1e-3 * n * n);
  }

  /**
   * One thread sums fresh temporaries (dead while their kernel reads them) while another
   * allocates and overwrites arrays of the same length and asks for collections.
   */
  @Test
  void anotherThreadNeverGetsAnArrayAKernelReads() throws Exception {
    int n = big(29);
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (int i = 0; !stop.get(); i++) {
        Tensor junk = Torch.full(new long[] {n}, -5.0);
        junk.mul_(3.0);
        if (i % 50 == 0) {
          System.gc();
        }
      }
    });
    writer.start();
    try {
      for (int round = 0; round < 200; round++) {
        double s = Torch.ones(n).mul(3.0).exp().log().sum().doubleValue();
        assertEquals(3.0 * n, s, 1e-3 * n, "round " + round);
      }
    } finally {
      stop.set(true);
      writer.join();
    }
  }

  /**
   * A tensor handed to another thread keeps its memory after the thread that made it dropped it,
   * while the first thread churns arrays of the same length.
   */
  @Test
  void aTensorAnotherThreadHoldsKeepsTheArray() throws Exception {
    int n = big(31);
    java.util.concurrent.SynchronousQueue<Tensor> handoff = new java.util.concurrent.SynchronousQueue<>();
    java.util.concurrent.CountDownLatch churned = new java.util.concurrent.CountDownLatch(1);
    double[] seen = new double[3];
    Thread reader = new Thread(() -> {
      try {
        Tensor t = handoff.take();
        churned.await();
        seen[0] = t.get("0").doubleValue();
        seen[1] = t.get("-1").doubleValue();
        seen[2] = t.double_().sum().doubleValue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    reader.start();
    Tensor t = Torch.arange(n).float_();
    handoff.put(t);
    float[] arr = arrayOf(t);
    t = null;
    List<Tensor> others = churn(n, -9.0);
    for (Tensor o : others) {
      assertTrue(arr != arrayOf(o));
    }
    churned.countDown();
    reader.join();
    assertEquals(0.0, seen[0]);
    assertEquals(n - 1.0, seen[1]);
    assertEquals((double) n * (n - 1) / 2, seen[2]);
  }

  /** A view saved by autograd (the only reference left to its base's storage) keeps the array. */
  @Test
  void aSavedViewKeepsItsBasesArray() throws InterruptedException {
    int n = big(37);
    Tensor w = Torch.ones(n - 1).requires_grad_();
    Tensor base = Torch.arange(n).float_();
    float[] arr = arrayOf(base);
    // MulBackward0 saves the view for w's gradient; nothing else reaches base's storage.
    Tensor loss = w.mul(base.get("1:")).sum();
    base = null;
    List<Tensor> others = churn(n, 5.0);
    for (Tensor o : others) {
      assertTrue(arr != arrayOf(o));
    }
    loss.backward();
    assertEquals(1.0, w.grad().get("0").doubleValue());
    assertEquals(n - 1.0, w.grad().get("-1").doubleValue());
  }

  /**
   * The arrays the pool holds and those tracked but not yet back share one budget, so every
   * tracked array finds room when it comes back instead of living one more collection as
   * garbage.
   */
  @Test
  void pooledAndTrackedBytesShareOneBudget() throws InterruptedException {
    int n = big(41);
    for (int i = 0; i < 300; i++) {
      Torch.full(new long[] {n}, 1.5);
      assertTrue(ArrayPool.pooledBytes() + ArrayPool.trackedBytes() <= ArrayPool.MAX_BYTES,
          ArrayPool.pooledBytes() + " + " + ArrayPool.trackedBytes() + " > "
              + ArrayPool.MAX_BYTES);
      if (i % 20 == 0) {
        System.gc();
      }
    }
  }

  /**
   * When the pool is full of another length, a new length still gets tracked (the old arrays
   * make room) and reused.
   */
  @Test
  void aNewLengthDisplacesAFullPoolOfAnother() throws InterruptedException {
    int old = big(43);
    int n = big(47);
    List<Tensor> fill = new ArrayList<>();
    for (long b = 0; b <= ArrayPool.MAX_BYTES; b += 4L * old) {
      fill.add(Torch.empty(old));
    }
    for (Tensor t : fill) {
      t.close();
    }
    fill = null;
    Tensor t = Torch.empty(n).fill_(3.0);
    float[] arr = arrayOf(t);
    t = null;
    assertTrue(collectUntil(() -> ArrayPool.holds(arr)), "the new length was not pooled");
    assertTrue(arr == arrayOf(Torch.empty(n)));
  }

  @Test
  void thePoolStaysWithinItsCap() throws InterruptedException {
    int n = 1 << 20;
    for (int i = 0; i < 200; i++) {
      Torch.ones(n).mul(2.0);
    }
    System.gc();
    Thread.sleep(50);
    long cap = ArrayPool.MAX_BYTES;
    assertTrue(cap <= Runtime.getRuntime().maxMemory() / 4, cap + " above a quarter of -Xmx");
    assertTrue(ArrayPool.pooledBytes() + ArrayPool.trackedBytes() <= cap,
        ArrayPool.pooledBytes() + " + " + ArrayPool.trackedBytes() + " > " + cap);
    assertTrue(ArrayPool.cap() <= Runtime.getRuntime().totalMemory() / 4);
  }

  /**
   * Every public backend method taking a Storage fences it, so that the GC cannot give its array
   * to another thread while the kernel runs (see Nd4jBackend's memory reuse block).
   */
  @Test
  void everyBackendEntryPointFencesItsStorages() throws IOException {
    String src = Files.readString(Path.of("src/main/java/dev/torchnd/nd4j/Nd4jBackend.java"));
    Matcher m = Pattern.compile(
        "\\n  public [\\w<>\\[\\]]+ (\\w+)\\(([^)]*)\\)[^{]*\\{").matcher(src);
    int checked = 0;
    while (m.find()) {
      if (!m.group(2).contains("Storage ")) {
        continue;
      }
      int end = src.indexOf("\n  }\n", m.end());
      String body = src.substring(m.end(), end);
      assertTrue(body.contains("reachabilityFence(") || body.contains("fence("),
          m.group(1) + " takes a Storage but does not fence it");
      checked++;
    }
    assertTrue(checked >= 15, "found only " + checked + " entry points");
  }
}
