package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import org.junit.jupiter.api.Test;

/** The public entry point that nn's ops use to record their own nodes. */
class AutogradFunctionTest {
  static Tensor square(Tensor x) {
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = x.mul(x);
    }
    return AutogradFunction.record(
        "MySquareBackward0", out, new Tensor[] {x}, gr -> new Tensor[] {gr.mul(x).mul(2L)}, x);
  }

  @Test
  void recordsANamedNodeWhoseRuleRuns() {
    Tensor x = Torch.tensor(new double[] {1, 2, 3}, new long[] {3}, DType.float64).requires_grad_();
    Tensor y = square(x);
    assertEquals("MySquareBackward0", y.grad_fn().name());
    y.sum().backward();
    assertArrayEquals(new double[] {2, 4, 6}, x.grad().toDoubleArray());
  }

  @Test
  void noNodeWithoutGrad() {
    Tensor x = Torch.tensor(new double[] {1, 2}, new long[] {2}, DType.float64);
    assertNull(square(x).grad_fn());
    Tensor xr = x.requires_grad_();
    try (var g = Torch.no_grad()) {
      assertNull(square(xr).grad_fn());
    }
  }

  @Test
  void theRuleIsDifferentiableWithCreateGraph() {
    Tensor x = Torch.tensor(new double[] {1, 2}, new long[] {2}, DType.float64).requires_grad_();
    Tensor g = Torch.autograd_grad(square(x).sum(), x, true);
    Tensor g2 = Torch.autograd_grad(g.sum(), x);
    assertArrayEquals(new double[] {2, 2}, g2.toDoubleArray());
  }

  @Test
  void savedTensorsAreVersionChecked() {
    Tensor x = Torch.tensor(new double[] {1, 2}, new long[] {2}, DType.float64).requires_grad_();
    Tensor h = x.mul(1L);
    Tensor y = square(h);
    h.add_(1L);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
    assertTrue(e.getMessage().startsWith(
        "one of the variables needed for gradient computation has been modified by an inplace"
            + " operation"), e.getMessage());
  }

  @Test
  void anOutputAlreadyInTheGraphIsRefused() {
    Tensor x = Torch.tensor(new double[] {1, 2}, new long[] {2}, DType.float64).requires_grad_();
    Tensor out = x.mul(2L);
    assertThrows(IllegalArgumentException.class, () -> AutogradFunction.record(
        "X", out, new Tensor[] {x}, gr -> new Tensor[] {gr}));
  }
}
