package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradCheck;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The nn backward rules are written in differentiable tensor ops, so {@code create_graph=True}
 * works through them: for each op of {@link NnGradCases} and {@link NnLayersGradCases} the first gradient as a function of the
 * first input passes a float64 gradcheck, i.e. the second derivative is right.
 */
class NnSecondOrderTest {

  @TestFactory
  Stream<DynamicTest> secondOrderGradcheck() {
    return Fixtures.merged("autograd").getAsJsonArray("cases").asList().stream()
        .map(e -> e.getAsJsonObject())
        .filter(c -> c.get("dtype").getAsString().equals("float64"))
        .filter(c -> NnGradCasesNames.NAMES.contains(c.get("op").getAsString()))
        .map(c -> DynamicTest.dynamicTest(c.get("op").getAsString(), () -> {
          Function<Tensor[], Tensor> f = GradCases.OPS.get(c.get("op").getAsString());
          var ins = c.getAsJsonArray("inputs");
          Tensor[] xs = new Tensor[ins.size()];
          for (int i = 0; i < xs.length; i++) {
            var in = ins.get(i).getAsJsonObject();
            xs[i] = Torch.tensor(Fixtures.doubles(in.getAsJsonArray("values")),
                Fixtures.longs(in.getAsJsonArray("shape")), DType.float64);
          }
          // d/dx0 of sum(f(x) * w) with a fixed weight w, as a function of x0 only.
          Function<Tensor[], Tensor> grad = x0 -> {
            Tensor[] all = xs.clone();
            all[0] = x0[0];
            Tensor y = f.apply(all);
            Tensor w = Torch.linspace(0.5, 1.5, y.numel()).to(DType.float64).reshape(y.shape().toLongArray());
            return Torch.autograd_grad(y.mul(w).sum(), x0[0], true);
          };
          assertTrue(GradCheck.gradcheck(grad, xs[0].detach().requires_grad_()));
        }));
  }
}
