package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradMode;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The engine's contract beyond single-op gradients: D2L §2.5's behaviours and PyTorch's rules. */
class AutogradEngineTest {

  private static Tensor x4() {
    return Torch.arange(0.0, 4.0, 1.0, true);
  }

  private static double[] vals(Tensor t) {
    return t.detach().to(DType.float64).toDoubleArray();
  }

  @Test
  void longChainDoesNotOverflowTheStack() {
    Tensor x = Torch.tensor(new double[] {1.0}, new long[] {1}, DType.float64).requires_grad_();
    Tensor y = x;
    for (int i = 0; i < 10_000; i++) {
      y = i % 2 == 0 ? y.mul(1.0) : y.add(0.5);
    }
    y.sum().backward();
    assertArrayEquals(new double[] {1.0}, vals(x.grad()));
    assertEquals(2501.0, y.doubleValue(), 0.0); // 1 + 5000 * 0.5
  }

  @Test
  void gradientsAccumulateAcrossBackwardCalls() {
    Tensor x = x4();
    x.sum().backward();
    Torch.mul(2L, Torch.dot(x, x)).backward();
    assertArrayEquals(new double[] {1, 5, 9, 13}, vals(x.grad()));
    Tensor before = x.grad();
    x.grad().zero_();
    x.sum().backward();
    assertSame(before, x.grad(), "accumulation writes into the existing .grad");
    assertArrayEquals(new double[] {1, 1, 1, 1}, vals(x.grad()));
  }

  @Test
  void retainGraphAllowsASecondBackward() {
    Tensor x = x4();
    Tensor y = Torch.mul(2L, Torch.dot(x, x));
    y.backward(null, true, false);
    y.backward();
    assertArrayEquals(new double[] {0, 8, 16, 24}, vals(x.grad()));
    assertThrows(IllegalStateException.class, y::backward);
  }

  @Test
  void detachSharesStorageAndStopsGradient() {
    Tensor x = x4();
    Tensor y = x.mul(x);
    Tensor u = y.detach();
    assertFalse(u.requires_grad());
    assertTrue(u.shares_storage(y));
    Tensor z = u.mul(x);
    z.sum().backward();
    assertArrayEquals(vals(u), vals(x.grad()));
    u.set(0, 7.0);
    assertEquals(7.0, y.get(0).doubleValue(), 0.0, "writes through detach() reach y");
  }

  @Test
  void noGradIsScopedAndPerThread() throws Exception {
    Tensor x = x4();
    AtomicBoolean otherThreadRecords = new AtomicBoolean();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    Thread t =
        new Thread(
            () -> {
              try {
                inside.await();
                otherThreadRecords.set(x.mul(2L).requires_grad());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                checked.countDown();
              }
            });
    t.start();
    try (GradMode ignored = Torch.no_grad()) {
      Tensor y = x.mul(2L);
      assertFalse(y.requires_grad());
      assertNull(y.grad_fn());
      try (GradMode again = Torch.enable_grad()) {
        assertTrue(x.mul(2L).requires_grad());
      }
      assertFalse(Torch.is_grad_enabled());
      inside.countDown();
      checked.await();
    }
    t.join();
    assertTrue(otherThreadRecords.get(), "no_grad on one thread must not affect another");
    assertTrue(Torch.is_grad_enabled());
    assertTrue(x.mul(2L).requires_grad());
  }

  @Test
  void hooksSeeAndReplaceGradients() {
    Tensor x = x4();
    List<double[]> seen = new ArrayList<>();
    x.register_hook(
        g -> {
          seen.add(vals(g));
          return g.mul(10L);
        });
    Tensor y = x.mul(2L);
    y.register_hook(g -> g.add(1L));
    y.sum().backward();
    assertArrayEquals(new double[] {4, 4, 4, 4}, seen.get(0));
    assertArrayEquals(new double[] {40, 40, 40, 40}, vals(x.grad()));
  }

  @Test
  void retainGradKeepsANonLeafGradient() {
    Tensor x = x4();
    Tensor y = x.mul(x);
    y.retain_grad();
    assertTrue(y.retains_grad());
    Tensor z = x.mul(x);
    y.mul(3L).sum().backward();
    assertArrayEquals(new double[] {3, 3, 3, 3}, vals(y.grad()));
    assertNull(z.grad(), "non-leaf without retain_grad");
    assertFalse(y.is_leaf());
    assertTrue(x.is_leaf());
  }

  @Test
  void autogradGradLeavesDotGradAlone() {
    Tensor x = x4();
    Tensor g = Torch.autograd_grad(x.mul(x).sum(), x);
    assertArrayEquals(new double[] {0, 2, 4, 6}, vals(g));
    assertNull(x.grad());
    assertFalse(g.requires_grad());
    // create_graph: the gradient is itself differentiable (D2L 2.5 exercise 1).
    Tensor c = Torch.tensor(2.0).requires_grad_();
    Tensor d1 = Torch.autograd_grad(c.pow(3L), c, true);
    assertEquals("MulBackward0", d1.grad_fn().name());
    assertEquals(12.0, Torch.autograd_grad(d1, c).doubleValue(), 1e-6);
    assertNull(c.grad());
  }

  @Test
  void inplaceOnLeafAndVersionCounterErrors() {
    Tensor x = x4();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.add_(1L));
    assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());
    try (GradMode ignored = Torch.no_grad()) {
      x.add_(1L); // allowed under no_grad, as in PyTorch
    }
    assertArrayEquals(new double[] {1, 2, 3, 4}, vals(x));
    Tensor y = x.exp();
    y.add_(1L);
    RuntimeException v = assertThrows(RuntimeException.class, () -> y.sum().backward());
    assertTrue(v.getMessage().contains("is at version 1; expected version 0 instead"), v.getMessage());
  }

  /** D2L's {@code f(a)}: Python control flow decides the graph at run time. */
  private static Tensor f(Tensor a) {
    Tensor b = a.mul(2L);
    while (b.norm().lt(1000L).booleanValue()) {
      b = b.mul(2L);
    }
    Tensor c;
    if (b.sum().gt(0L).booleanValue()) {
      c = b;
    } else {
      c = Torch.mul(100L, b);
    }
    return c;
  }

  @Test
  void dynamicControlFlow() {
    for (double start : new double[] {1.5410, -0.2934, 0.0007}) {
      Tensor a = Torch.tensor(start).requires_grad_();
      Tensor d = f(a);
      d.backward();
      assertTrue(a.grad().eq(d.div(a)).booleanValue(), "a.grad == d / a for a = " + start);
    }
    AtomicReference<Tensor> v = new AtomicReference<>();
    Tensor a = Torch.tensor(new double[] {0.5, -1.0, 2.0}, new long[] {3}, DType.float32).requires_grad_();
    Tensor d = f(a);
    assertThrows(IllegalStateException.class, d::backward); // non-scalar, as in exercise 3
    d.backward(Torch.ones_like(d));
    v.set(a.grad());
    assertTrue(v.get().eq(d.div(a)).all().booleanValue());
  }
}
