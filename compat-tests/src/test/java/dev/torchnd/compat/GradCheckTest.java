package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.GradCheck;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link GradCheck} (PyTorch's {@code torch.autograd.gradcheck}) over every differentiable op of
 * {@link GradCases}, on the float64 inputs recorded in {@code autograd.json}; the recorder draws
 * them away from kinks, ties and poles. It lives here rather than in {@code api/} because the api
 * module cannot see a backend at test time without a dependency cycle.
 */
class GradCheckTest {

  /**
   * Casts to float32/float16: a float64 finite difference cannot see through their rounding
   * (the numerical Jacobian is off by the rounding step), so these are checked only against
   * PyTorch's recorded VJPs (AutogradConformanceTest).
   */
  static final java.util.Set<String> LOSSY_CASTS = java.util.Set.of("to_float32", "float_", "half");

  @TestFactory
  Stream<DynamicTest> everyOpPassesGradcheck() {
    List<DynamicTest> tests = new ArrayList<>();
    JsonObject fixture = Fixtures.merged("autograd");
    for (JsonElement e : fixture.getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      // Finite differences need float64 end to end: a cast to a narrower dtype (to_float32,
      // half) rounds the perturbation away.
      if (!c.get("dtype").getAsString().equals("float64")
          || !c.getAsJsonObject("output").get("dtype").getAsString().equals("float64")) {
        continue;
      }
      String op = c.get("op").getAsString();
      if (LOSSY_CASTS.contains(op)) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              op,
              () -> {
                List<Tensor> xs = new ArrayList<>();
                for (JsonElement in : c.getAsJsonArray("inputs")) {
                  JsonObject o = in.getAsJsonObject();
                  xs.add(
                      AutogradConformanceTest.tensor(o, DType.float64)
                          .requires_grad_(o.get("requires_grad").getAsBoolean()));
                }
                assertTrue(GradCheck.gradcheck(GradCases.OPS.get(op), xs.toArray(new Tensor[0])));
              }));
    }
    return tests.stream();
  }

  @Test
  void wrongGradientIsReported() {
    // detach() hides one factor from autograd: analytic x, numerical 2x.
    Function<Tensor[], Tensor> f = x -> x[0].detach().mul(x[0]);
    Tensor x = Torch.tensor(new double[] {1, 2, 3}, new long[] {3}, DType.float64).requires_grad_();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> GradCheck.gradcheck(f, x));
    assertTrue(e.getMessage().startsWith("Jacobian mismatch for output 0 with respect to input 0"));
  }

  @Test
  void secondOrderThroughCreateGraph() {
    // gradcheck of a gradient: checks that the backward rules are themselves differentiable.
    Function<Tensor[], Tensor> grad =
        x -> Torch.autograd_grad(Torch.tanh(x[0].matmul(x[0])).sum(), x[0], true);
    Tensor x =
        Torch.tensor(new double[] {0.3, -0.2, 0.5, 0.1}, new long[] {2, 2}, DType.float64)
            .requires_grad_();
    assertTrue(GradCheck.gradcheck(grad, x));
  }
}
