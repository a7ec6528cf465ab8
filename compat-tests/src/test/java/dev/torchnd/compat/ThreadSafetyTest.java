package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradMode;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TorchND from several threads: independent tensors give exactly the single-threaded results;
 * grad mode is per thread (as in PyTorch); the default generator is safe to share (PyTorch locks
 * it per call, so concurrent draws are, as a multiset, the values of the same sequential draws).
 */
class ThreadSafetyTest {
  static final int THREADS = 8;
  static final int ROUNDS = 25;
  static final int TASKS = 6;

  /** One deterministic mixed workload; {@code k} varies the inputs. */
  static List<double[]> workload(int task, int k) {
    List<double[]> out = new ArrayList<>();
    Tensor x = Torch.arange(64L).to(DType.float32).reshape(8, 8).mul(0.25 + k).div(7.0);
    switch (task) {
      case 0 -> { // elementwise, broadcasting, mixed dtypes
        Tensor y = x.sin().add(x.exp().log()).mul(2.0);
        out.add(y.toDoubleArray());
        out.add(x.add(Torch.arange(8L)).sub(x.get("0")).toDoubleArray());
        out.add(x.to(DType.int32).remainder(3L).toDoubleArray());
        out.add(x.to(DType.float16).abs().toDoubleArray());
      }
      case 1 -> { // reductions
        out.add(x.sum(0).toDoubleArray());
        out.add(x.mean().toDoubleArray());
        out.add(x.max(1).values().toDoubleArray());
        out.add(x.max(1).indices().toDoubleArray());
        out.add(x.cos().argmax(0).toDoubleArray());
        out.add(x.cumsum(1).toDoubleArray());
        out.add(x.prod(1).toDoubleArray());
      }
      case 2 -> { // matmul: small (Java loop) and large (ND4J BLAS), incl. transposed/expanded
        out.add(x.matmul(x.T()).toDoubleArray());
        Tensor big = Torch.arange(40L * 40).to(DType.float32).reshape(40, 40).div(1000.0 + k);
        out.add(big.matmul(big).toDoubleArray());
        out.add(big.T().matmul(big).toDoubleArray());
        out.add(big.get("0:1").expand(40, 40).matmul(big).toDoubleArray());
        out.add(big.to(DType.float64).mm(big.to(DType.float64).T()).toDoubleArray());
      }
      case 3 -> { // indexing reads and writes
        out.add(x.get("1:5, ::2").toDoubleArray());
        out.add(x.get(Torch.tensor(new long[] {3, 0, 7}, new long[] {3}, DType.int64))
            .toDoubleArray());
        Tensor c = x.clone();
        c.set(c.gt(3.0), -1.0);
        c.set("0, :", 5L);
        out.add(c.toDoubleArray());
        out.add(x.get(x.gt(2.0)).toDoubleArray());
      }
      case 4 -> { // autograd backward
        Tensor w = x.clone().requires_grad_();
        Tensor loss = w.mul(w).sin().sum();
        loss.backward();
        out.add(loss.detach().toDoubleArray());
        out.add(w.grad().toDoubleArray());
        Tensor a = x.get("0:2").clone().requires_grad_();
        Tensor b = x.get("2:4").clone().requires_grad_();
        a.matmul(b.T()).tanh().mean().backward();
        out.add(a.grad().toDoubleArray());
        out.add(b.grad().toDoubleArray());
      }
      default -> { // printing and conversions
        out.add(new double[] {x.get("0, 0:3").toString().hashCode(), x.sum().doubleValue()});
        out.add(x.to(DType.bfloat16).to(DType.float64).toDoubleArray());
        out.add(x.to(DType.uint8).toDoubleArray());
      }
    }
    return out;
  }

  @Test
  void mixedWorkloadMatchesSingleThreaded() throws Exception {
    List<List<double[]>> expected = new ArrayList<>();
    for (int t = 0; t < TASKS; t++) {
      for (int k = 0; k < 3; k++) {
        expected.add(workload(t, k));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> fs = new ArrayList<>();
      for (int th = 0; th < THREADS; th++) {
        int seed = th;
        fs.add(pool.submit(() -> {
          for (int r = 0; r < ROUNDS; r++) {
            int idx = (seed * 7 + r * 5) % expected.size();
            List<double[]> got = workload(idx / 3, idx % 3);
            List<double[]> want = expected.get(idx);
            for (int i = 0; i < want.size(); i++) {
              if (!Arrays.equals(want.get(i), got.get(i))) {
                return "task " + idx / 3 + " k " + idx % 3 + " output " + i + ": expected "
                    + Arrays.toString(want.get(i)) + " got " + Arrays.toString(got.get(i));
              }
            }
          }
          return null;
        }));
      }
      for (Future<String> f : fs) {
        String err = f.get(5, TimeUnit.MINUTES);
        assertEquals(null, err);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void gradModeIsPerThread() throws Exception {
    CyclicBarrier inside = new CyclicBarrier(2);
    CyclicBarrier checked = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> a = pool.submit(() -> {
        try (GradMode g = Torch.no_grad()) {
          inside.await(10, TimeUnit.SECONDS);
          Tensor w = Torch.ones(3).requires_grad_();
          boolean tracked = w.mul(2.0).requires_grad();
          checked.await(10, TimeUnit.SECONDS);
          return !Torch.is_grad_enabled() && !tracked;
        }
      });
      Future<Boolean> b = pool.submit(() -> {
        inside.await(10, TimeUnit.SECONDS); // thread A is inside no_grad() now
        Tensor w = Torch.ones(3).requires_grad_();
        Tensor y = w.mul(2.0).sum();
        boolean ok = Torch.is_grad_enabled() && y.requires_grad();
        y.backward();
        ok &= Arrays.equals(new double[] {2, 2, 2}, w.grad().toDoubleArray());
        checked.await(10, TimeUnit.SECONDS);
        return ok;
      });
      assertTrue(a.get(30, TimeUnit.SECONDS), "no_grad() must hold in the thread that entered it");
      assertTrue(b.get(30, TimeUnit.SECONDS), "another thread's no_grad() leaked into this one");
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Torch.is_grad_enabled());
    // a new thread starts with grad mode enabled even if its creator is in no_grad()
    try (GradMode g = Torch.no_grad()) {
      boolean[] seen = new boolean[1];
      Thread t = new Thread(() -> seen[0] = Torch.is_grad_enabled());
      t.start();
      t.join();
      assertTrue(seen[0], "grad mode is thread-local and starts enabled");
      assertFalse(Torch.is_grad_enabled());
    }
  }

  @Test
  void defaultGeneratorIsSafeToShareRand() throws Exception {
    generatorShared(true);
  }

  @Test
  void defaultGeneratorIsSafeToShareRandn() throws Exception {
    generatorShared(false);
  }

  /** Identical calls from every thread: any interleaving yields the sequential multiset. */
  private static void generatorShared(boolean uniform) throws Exception {
    int perThread = 40;
    long[] shape = {17};
    Torch.manual_seed(1234);
    List<Double> sequential = new ArrayList<>();
    for (int i = 0; i < THREADS * perThread; i++) {
      for (double v : (uniform ? Torch.rand(shape) : Torch.randn(shape)).toDoubleArray()) {
        sequential.add(v);
      }
    }
    Torch.manual_seed(1234);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Double> concurrent = new ArrayList<>();
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Double>>> fs = new ArrayList<>();
      for (int th = 0; th < THREADS; th++) {
        Callable<List<Double>> c = () -> {
          start.await(10, TimeUnit.SECONDS);
          List<Double> mine = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            for (double v : (uniform ? Torch.rand(shape) : Torch.randn(shape)).toDoubleArray()) {
              mine.add(v);
            }
          }
          return mine;
        };
        fs.add(pool.submit(c));
      }
      for (Future<List<Double>> f : fs) {
        concurrent.addAll(f.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(sequential.size(), concurrent.size());
    double[] s = sequential.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] c = concurrent.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    assertArrayEquals(s, c, "concurrent draws must be, as a multiset, the sequential draws");
  }
}
