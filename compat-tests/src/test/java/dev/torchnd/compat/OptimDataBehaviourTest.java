package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradCheck;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.optim.Adam;
import dev.torchnd.optim.Optimizer;
import dev.torchnd.optim.RMSprop;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.Dataset;
import dev.torchnd.utils.data.TensorDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Optimizer and DataLoader rules that need no recorded numbers: gradients of the fused ops
 * (finite differences in float64), state_dict round trips, zero_grad, live param_groups, and the
 * background loader's order and error propagation.
 */
class OptimDataBehaviourTest {

  private static Tensor rand64(long... shape) {
    return Torch.rand(shape, DType.float64, null).add(0.5).requires_grad_();
  }

  @Test
  void fusedOpsPassGradcheck() {
    assertTrue(GradCheck.gradcheck(x -> x[0].add(x[1], 0.7), rand64(3, 4), rand64(4)));
    assertTrue(GradCheck.gradcheck(x -> x[0].sub(x[1], -1.5), rand64(3, 4), rand64(3, 4)));
    assertTrue(GradCheck.gradcheck(x -> x[0].addcmul(x[1], x[2], 0.3), rand64(2, 3), rand64(3),
        rand64(2, 1)));
    assertTrue(GradCheck.gradcheck(x -> x[0].addcdiv(x[1], x[2], -0.8), rand64(2, 3), rand64(2, 3),
        rand64(2, 3)));
    Function<Tensor[], Tensor> inPlace = x -> x[0].mul(1).addcmul_(x[1], x[2], 2.0);
    assertTrue(GradCheck.gradcheck(inPlace, rand64(5), rand64(5), rand64(5)));
    Tensor a = rand64(3);
    assertEquals("AddcmulBackward0", a.addcmul(a, a, 1).grad_fn().name());
    assertEquals("AddcdivBackward0", a.addcdiv(a, a, 1).grad_fn().name());
    assertEquals("AddBackward0", a.add(a, 2.0).grad_fn().name());
    assertEquals("SubBackward0", a.sub(a, 2.0).grad_fn().name());
  }

  private static List<Tensor> params() {
    Torch.manual_seed(3);
    return List.of(Torch.randn(4, 3).requires_grad_(), Torch.randn(3).requires_grad_());
  }

  private static void grads(List<Tensor> ps, int step) {
    Torch.manual_seed(100 + step);
    for (Tensor p : ps) {
      p.set_grad(Torch.randn(p.shape().toLongArray()));
    }
  }

  @Test
  void stateDictRoundTripContinuesTheSameTrajectory() {
    for (Function<List<Tensor>, Optimizer> make :
        List.<Function<List<Tensor>, Optimizer>>of(
            ps -> new SGD(ps, 0.1, 0.9),
            ps -> new Adam(ps, Map.of("lr", 0.01, "amsgrad", true)),
            ps -> new RMSprop(ps, Map.of("centered", true, "momentum", 0.5)))) {
      List<Tensor> a = params();
      Optimizer oa = make.apply(a);
      for (int s = 0; s < 6; s++) {
        grads(a, s);
        oa.step();
      }
      List<Tensor> b = params();
      Optimizer ob = make.apply(b);
      for (int s = 0; s < 3; s++) {
        grads(b, s);
        ob.step();
      }
      Map<String, Object> saved = ob.state_dict();
      List<Tensor> c = new ArrayList<>();
      for (Tensor t : b) {
        c.add(t.detach().clone().requires_grad_());
      }
      Optimizer oc = make.apply(c);
      oc.load_state_dict(saved);
      for (int s = 3; s < 6; s++) {
        grads(b, s);
        ob.step();
        grads(c, s);
        oc.step();
      }
      for (int i = 0; i < a.size(); i++) {
        assertTrue(a.get(i).equal(b.get(i)), oa.getClass().getSimpleName() + " uninterrupted");
        assertTrue(a.get(i).equal(c.get(i)), oa.getClass().getSimpleName() + " reloaded");
      }
      // load_state_dict deep-copies: the saved tensors are not the ones the new optimizer uses.
      Map<?, ?> savedState = (Map<?, ?>) saved.get("state");
      Map<?, ?> loaded = (Map<?, ?>) oc.state_dict().get("state");
      for (Object k : savedState.keySet()) {
        Map<?, ?> s1 = (Map<?, ?>) savedState.get(k);
        Map<?, ?> s2 = (Map<?, ?>) loaded.get(k);
        for (Object key : s1.keySet()) {
          if (s1.get(key) instanceof Tensor t) {
            assertNotSame(t, s2.get(key), key + " copied");
          }
        }
      }
    }
  }

  @Test
  void loadStateDictCastsStateToTheParameterDtype() {
    Tensor w = Torch.ones(3).requires_grad_();
    Adam a = new Adam(List.of(w), 0.1);
    w.set_grad(Torch.ones(3));
    a.step();
    Tensor w64 = Torch.ones(new long[] {3}, DType.float64).requires_grad_();
    Adam b = new Adam(List.of(w64), 0.1);
    b.load_state_dict(a.state_dict());
    Map<String, Object> st = b.state().get(w64);
    assertEquals(DType.float64, ((Tensor) st.get("exp_avg")).dtype());
    assertEquals(DType.float32, ((Tensor) st.get("step")).dtype(), "step is not cast");
  }

  @Test
  void zeroGradKeepsOrDropsGradientsAsPyTorch113() {
    Tensor w = Torch.ones(2).requires_grad_();
    Tensor b = Torch.ones(2).requires_grad_();
    SGD opt = new SGD(List.of(w, b), 0.5);
    w.mul(w).sum().backward();
    Tensor g = w.grad();
    opt.zero_grad();
    assertSame(g, w.grad(), "zero_grad() zeroes in place by default (set_to_none=False in 1.13)");
    assertTrue(g.equal(Torch.zeros(2)));
    assertNull(b.grad());
    opt.zero_grad(true);
    assertNull(w.grad());
    opt.step();
    assertTrue(w.equal(Torch.ones(2)), "a parameter without a gradient is not stepped");
    assertTrue(opt.state().isEmpty());
  }

  @Test
  void paramGroupsAreLiveAndGrowable() {
    Tensor w = Torch.ones(2).requires_grad_();
    Tensor v = Torch.ones(2).requires_grad_();
    SGD opt = new SGD(List.of(w), 0.5);
    opt.param_groups().get(0).put("lr", 0.25);
    w.set_grad(Torch.ones(2));
    opt.step();
    assertTrue(w.equal(Torch.full(new long[] {2}, 0.75)));
    opt.add_param_group(Map.of("params", v, "lr", 1.0));
    assertEquals(2, opt.param_groups().size());
    assertEquals(0, opt.param_groups().get(1).get("momentum"), "defaults fill the new group");
    v.set_grad(Torch.ones(2));
    opt.step();
    assertTrue(v.equal(Torch.zeros(2)));
    assertThrows(IllegalArgumentException.class, () -> opt.add_param_group(Map.of("params", w)));
  }

  @Test
  void backgroundWorkersKeepTheOrderAndRethrowErrors() {
    Torch.manual_seed(0);
    TensorDataset ds = new TensorDataset(Torch.arange(103));
    List<Long> single = new ArrayList<>();
    for (List<Tensor> b : new DataLoader<>(ds, 10, true)) {
      for (long v : b.get(0).toLongArray()) {
        single.add(v);
      }
    }
    Torch.manual_seed(0);
    List<Long> workers = new ArrayList<>();
    for (List<Tensor> b : new DataLoader<>(ds, Map.of("batch_size", 10, "shuffle", true,
        "num_workers", 3, "prefetch_factor", 1))) {
      for (long v : b.get(0).toLongArray()) {
        workers.add(v);
      }
    }
    assertEquals(single, workers);
    Dataset<Tensor> failing = new Dataset<>() {
      @Override
      public Tensor get(int index) {
        if (index == 7) {
          throw new IndexOutOfBoundsException("index 7 is broken");
        }
        return Torch.tensor((long) index);
      }

      @Override
      public int len() {
        return 20;
      }
    };
    DataLoader<Tensor> loader = new DataLoader<>(failing, Map.of("batch_size", 4, "num_workers", 2));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> {
      for (Tensor t : loader) {
        assertFalse(t.numel() == 0);
      }
    });
    assertEquals("index 7 is broken", e.getMessage());
  }

  @Test
  void customCollateFunctionShapesTheBatch() {
    TensorDataset ds = new TensorDataset(Torch.arange(6), Torch.arange(6).mul(2));
    DataLoader<Tensor> sums = new DataLoader<>(ds, Map.of("batch_size", 4),
        batch -> Torch.stack(batch.stream().map(s -> s.get(0).add(s.get(1))).toList(), 0));
    List<String> got = new ArrayList<>();
    for (Tensor t : sums) {
      got.add(t.toString());
    }
    assertEquals(List.of("tensor([0, 3, 6, 9])", "tensor([12, 15])"), got);
    assertEquals(2, sums.len());
  }

  @Test
  void stepWithClosureEvaluatesWithGradEnabledAndReturnsTheLoss() {
    Tensor w = Torch.ones(3).requires_grad_();
    SGD opt = new SGD(List.of(w), 0.1);
    Tensor loss;
    try (var g = Torch.no_grad()) {
      loss = opt.step(() -> {
        opt.zero_grad();
        Tensor l = w.mul(w).sum();
        l.backward();
        return l;
      });
    }
    assertEquals(3.0, loss.doubleValue());
    assertTrue(w.allclose(Torch.full(new long[] {3}, 0.8)));
    assertEquals(1, opt._step_count());
  }

  @Test
  void optimizerStateDictSurvivesTorchSaveAndLoad() throws java.io.IOException {
    List<Tensor> a = params();
    Adam oa = new Adam(a, Map.of("lr", 0.01, "betas", List.of(0.8, 0.9)));
    grads(a, 0);
    oa.step();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Torch.save(oa.state_dict(), bytes);
    Map<String, Object> loaded = Torch.load(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    List<Tensor> b = new ArrayList<>();
    for (Tensor t : a) {
      b.add(t.detach().clone().requires_grad_());
    }
    Adam ob = new Adam(b, 0.5);
    ob.load_state_dict(loaded);
    assertEquals(oa.toString(), ob.toString());
    for (int s = 1; s < 3; s++) {
      grads(a, s);
      oa.step();
      grads(b, s);
      ob.step();
    }
    for (int i = 0; i < a.size(); i++) {
      assertTrue(a.get(i).equal(b.get(i)));
    }
  }

  @Test
  void workerInitFnRunsInEachWorkerThread() {
    java.util.Set<Integer> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    TensorDataset ds = new TensorDataset(Torch.arange(40));
    java.util.function.IntConsumer init = id -> {
      ids.add(id);
      threads.add(Thread.currentThread().getName());
    };
    int batches = 0;
    for (List<Tensor> b : new DataLoader<>(ds, Map.of("batch_size", 2, "num_workers", 2,
        "worker_init_fn", init))) {
      batches++;
    }
    assertEquals(20, batches);
    assertTrue(ids.stream().allMatch(i -> i == 0 || i == 1), ids.toString());
    assertFalse(threads.contains(Thread.currentThread().getName()));
  }
}
