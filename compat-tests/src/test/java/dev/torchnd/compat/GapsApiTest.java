package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.InferenceMode;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import org.junit.jupiter.api.Test;

/**
 * What ops_gaps.json / autograd_gaps.json cannot express: inference mode (state, not an op) and
 * the two autograd refusals PyTorch 1.13 makes for ops of the API-gap census (texts as PyTorch
 * 1.13 raises them, seen while recording record_autograd_gaps.py).
 */
class GapsApiTest {

  @Test
  void inferenceModeTurnsGradOffAndMarksNewTensors() {
    Tensor before = Torch.ones(2);
    Tensor leaf = Torch.ones(2).requires_grad_(true);
    assertFalse(Torch.is_inference_mode_enabled());
    Tensor inside;
    Tensor product;
    try (InferenceMode g = Torch.inference_mode()) {
      assertTrue(Torch.is_inference_mode_enabled());
      assertFalse(Torch.is_grad_enabled());
      inside = Torch.zeros(3);
      product = leaf.mul(2L);
    }
    assertFalse(Torch.is_inference_mode_enabled());
    assertTrue(Torch.is_grad_enabled());
    assertTrue(inside.is_inference());
    assertTrue(Torch.is_inference(product));
    assertFalse(product.requires_grad());
    assertNull(product.grad_fn());
    assertFalse(before.is_inference());
    assertFalse(Torch.ones(1).is_inference());
    try (InferenceMode g = Torch.inference_mode(false)) {
      assertFalse(Torch.is_inference_mode_enabled());
      assertTrue(Torch.is_grad_enabled());
      assertFalse(Torch.ones(1).is_inference());
    }
  }

  @Test
  void ldexpInPlaceRefusesAutogradLikePyTorch() {
    Tensor a = Torch.ones(3).requires_grad_(true);
    Tensor b = Torch.tensor(new long[] {1, 2, 3}, new long[] {3}, DType.int64);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.mul(1L).ldexp_(b));
    assertEquals("mul(): functions with out=... arguments don't support automatic differentiation,"
        + " but one of the arguments requires grad.", e.getMessage());
    try (var g = Torch.no_grad()) {
      Tensor c = Torch.ones(3).requires_grad_(true);
      assertEquals("[2.0, 4.0, 8.0]", java.util.Arrays.toString(c.ldexp_(b).toDoubleArray()));
    }
  }

  @Test
  void vanderBackwardFailsLikePyTorch() {
    Tensor x = Torch.tensor(new double[] {1, 2, 3, 4}, new long[] {4}, DType.float32).requires_grad_(true);
    Tensor v = Torch.vander(x);
    assertEquals("FlipBackward0", v.grad_fn().name());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> v.sum().backward());
    assertEquals("one of the variables needed for gradient computation has been modified by an"
        + " inplace operation: [" + (x.device().type().equals("cuda") ? "torch.cuda." : "torch.")
        + "FloatTensor [4, 3]], which is output 0 of AsStridedBackward0, is at version 3; expected"
        + " version 2 instead. Hint: enable anomaly detection to find the operation that failed to"
        + " compute its gradient, with torch.autograd.set_detect_anomaly(True).", e.getMessage());
    assertEquals("CopySlices", Torch.vander(x, 3, true).grad_fn().name());
    assertFalse(Torch.vander(x, 1).requires_grad());
  }
}
