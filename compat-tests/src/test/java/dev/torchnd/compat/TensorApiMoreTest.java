package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradCheck;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the fixtures of {@code ops_more.json} cannot express: aliasing (views, {@code .data}),
 * version counters, autograd errors of the new ops, and second-order gradients through the
 * index-moving ops (their backward rules are themselves differentiable). Expected behaviour is
 * PyTorch 1.13's, noted per test.
 */
class TensorApiMoreTest {

  /** A fresh (non-view) [3, 4] float64 tensor holding 0..11. */
  private static Tensor x34() {
    double[] v = new double[12];
    for (int i = 0; i < 12; i++) {
      v[i] = i;
    }
    return Torch.tensor(v, new long[] {3, 4}, DType.float64);
  }

  @Test
  void dataAliasesStorageWithItsOwnVersionCounter() {
    // x = torch.arange(4.0, requires_grad=True); y = x.data; y.add_(1)
    // -> x._version 0, y._version 1, x is tensor([1., 2., 3., 4.], requires_grad=True)
    Tensor x = Torch.arange(0.0, 4.0, 1.0, true);
    Tensor y = x.data();
    assertFalse(y.requires_grad());
    y.add_(1L);
    assertEquals(0, x._version());
    assertEquals(1, y._version());
    assertEquals("tensor([1., 2., 3., 4.], requires_grad=True)", x.toString());
    assertTrue(y.shares_storage(x));
  }

  @Test
  void splitsAndBroadcastsAreViews() {
    Tensor x = x34();
    for (Tensor part : x.chunk(2)) {
      assertTrue(part.shares_storage(x));
    }
    for (Tensor part : x.split(new long[] {1, 3}, 1)) {
      assertTrue(part.shares_storage(x));
    }
    Tensor row = x.unbind()[1];
    row.fill_(-1L);
    assertEquals(-4.0, x.get(1).sum().doubleValue());
    Tensor b = x.get(0).broadcast_to(2, 4);
    assertTrue(b.shares_storage(x));
    assertArrayEquals(new long[] {0, 1}, b.stride());
  }

  @Test
  void copiesDoNotAlias() {
    Tensor x = x34();
    for (Tensor t : new Tensor[] {x.flip(0), x.roll(1, 0), x.repeat(1, 1), x.tril(), x.diag(),
        x.gather(0, Torch.zeros(new long[] {1, 4}, DType.int64)), x.index_select(0, Torch.tensor(new long[] {0}, new long[] {1}, DType.int64))}) {
      assertFalse(t.shares_storage(x));
    }
  }

  @Test
  void typeToTheSameDtypeIsTheTensorItself() {
    Tensor x = x34();
    assertSame(x, x.type(DType.float64));
    assertEquals(DType.int32, x.type(DType.int32).dtype());
  }

  @Test
  void inPlaceOnALeafThatRequiresGradRaises() {
    // RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
    Tensor x = x34().requires_grad_();
    Tensor idx = Torch.zeros(new long[] {1, 4}, DType.int64);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> x.scatter_(0, idx, 1.0));
    assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", e.getMessage());
    assertThrows(IllegalStateException.class, () -> x.masked_fill_(x.detach().gt(3.0), 0.0));
  }

  @Test
  void inPlaceOnANonLeafRecordsTheOpsNode() {
    Tensor x = x34().requires_grad_();
    Tensor y = x.mul(1L);
    Tensor r = y.masked_fill_(x.detach().gt(5.0), 0.0);
    assertSame(y, r);
    assertEquals("MaskedFillBackward0", y.grad_fn().name());
    y.sum().backward();
    assertEquals(6.0, x.grad().sum().doubleValue());
  }

  @Test
  void uniqueIsNotDifferentiable() {
    // NotImplementedError: the derivative for '_unique2' is not implemented.
    Tensor x = x34().requires_grad_();
    Tensor u = x.unique();
    assertEquals("Unique2Backward0", u.grad_fn().name());
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> u.sum().backward());
    assertEquals("the derivative for '_unique2' is not implemented.", e.getMessage());
  }

  @Test
  void secondOrderGradientsThroughIndexMovingOps() {
    Tensor idx = Torch.tensor(new long[][] {{0, 3}, {1, 1}, {2, 0}});
    Tensor sel = Torch.tensor(new long[] {2, 0, 2}, new long[] {3}, DType.int64);
    Tensor sel3 = Torch.tensor(new long[] {0, 1, 2}, new long[] {3}, DType.int64);
    Function<Tensor, Tensor>[] fs = cast(new Function[] {
        (Function<Tensor, Tensor>) a -> a.gather(1, idx).pow(3L).sum(),
        (Function<Tensor, Tensor>) a -> a.index_select(0, sel).pow(3L).sum(),
        (Function<Tensor, Tensor>) a -> a.flip(0, 1).roll(1, 1).pow(3L).sum(),
        (Function<Tensor, Tensor>) a -> a.sort(1).values().mul(a).sum(),
        (Function<Tensor, Tensor>) a -> a.repeat(2, 1).tril().pow(3L).sum(),
        (Function<Tensor, Tensor>) a -> a.masked_select(a.detach().gt(0.2)).pow(3L).sum(),
        // index_select rather than a[:, :3]: slicing's own backward is not yet twice differentiable
        (Function<Tensor, Tensor>) a -> a.index_select(1, sel3).inverse().sum(),
        (Function<Tensor, Tensor>) a -> a.index_select(1, sel3).det(),
    });
    Tensor x =
        Torch.tensor(
                new double[] {0.3, -0.2, 0.5, 0.1, 0.7, -0.4, 0.9, 0.25, -0.6, 0.45, 0.35, -0.15},
                new long[] {3, 4},
                DType.float64)
            .add(Torch.eye(3, 4, DType.float64).mul(2L))
            .requires_grad_();
    for (Function<Tensor, Tensor> f : fs) {
      Function<Tensor[], Tensor> grad = v -> Torch.autograd_grad(f.apply(v[0]), v[0], true);
      assertTrue(GradCheck.gradcheck(grad, x));
    }
  }

  @SuppressWarnings("unchecked")
  private static Function<Tensor, Tensor>[] cast(Function<?, ?>[] fs) {
    return (Function<Tensor, Tensor>[]) fs;
  }

  @Test
  void constants() {
    assertEquals(Math.PI, Torch.pi);
    assertEquals(Math.E, Torch.e);
    assertTrue(Double.isInfinite(Torch.inf) && Torch.inf > 0);
    assertTrue(Double.isNaN(Torch.nan));
  }
}
