package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The exported SameDiff graph computes what TorchND computes eagerly, and SameDiff's own
 * gradients ({@code calculateGradients}) equal TorchND's backward on the same inputs.
 */
class SameDiffExportTest {

  private static Tensor t(double[] v, long... shape) {
    return Torch.tensor(v, shape, DType.float64);
  }

  private static final Tensor X =
      t(new double[] {0.5, -1.2, 0.3, 0.8, 1.1, -0.4}, 2, 3);
  private static final Tensor W =
      t(new double[] {0.2, -0.7, 1.5, 0.4, -0.3, 0.9, 0.6, 0.1, -1.0, 0.25, 0.35, -0.45}, 3, 4);

  /** Every supported primitive at least once; the result is a scalar loss. */
  private static final Function<Tensor[], Tensor> MODEL =
      in -> {
        Tensor x = in[0];
        Tensor w = in[1];
        Tensor h = Torch.sigmoid(x.matmul(w).add(0.5)); // (2, 4)
        Tensor r = Torch.relu(h.sub(0.6)).add(Torch.tanh(h).mul(2.0)); // (2, 4)
        Tensor p = r.T().reshape(2, 4).permute(1, 0).transpose(0, 1); // (2, 4)
        Tensor q = Torch.exp(p.neg()).add(Torch.log(h.add(1.0))).div(h.add(2.0));
        Tensor s = Torch.sin(q).add(Torch.cos(q).pow(2.0)).sub(q.pow(3L));
        Tensor m = s.sum(1, true).mean().add(x.mv(w.sum(1)).sum());
        Tensor flat = x.reshape(6);
        return m.add(Torch.dot(flat, flat.sin()).mul(x.mean(new int[] {1}, false).sum()));
      };

  private static void assertClose(Tensor want, Tensor got) {
    double[] a = want.detach().to(DType.float64).toDoubleArray();
    double[] b = got.detach().to(DType.float64).toDoubleArray();
    assertArrayEquals(want.shape().toLongArray(), got.shape().toLongArray(), "shape");
    assertArrayEquals(a, b, 1e-9);
  }

  @Test
  void outputsAndGradientsMatchEagerTorchND(@TempDir Path dir) throws Exception {
    SameDiff sd = SameDiffExport.export(MODEL, X, W);

    Tensor x = X.detach().clone().requires_grad_();
    Tensor w = W.detach().clone().requires_grad_();
    Tensor eager = MODEL.apply(new Tensor[] {x, w});
    eager.backward();

    assertClose(eager, SameDiffExport.run(sd, X, W));
    Tensor[] g = SameDiffExport.gradients(sd, X, W);
    assertClose(x.grad(), g[0]);
    assertClose(w.grad(), g[1]);

    // Other inputs through the same graph: it is a graph, not a recording of one run's values.
    Tensor x2 = X.mul(-0.7).add(0.2);
    assertClose(MODEL.apply(new Tensor[] {x2, W}), SameDiffExport.run(sd, x2, W));

    File file = dir.resolve("model.sd").toFile();
    sd.save(file, true);
    SameDiff loaded = SameDiff.load(file, true);
    assertClose(eager, SameDiffExport.run(loaded, X, W));
  }

  @Test
  void float32GraphRuns() {
    Function<Tensor[], Tensor> f = in -> Torch.tanh(in[0].matmul(in[0].t())).sum();
    Tensor x = X.to(DType.float32);
    SameDiff sd = SameDiffExport.export(f, x);
    Tensor got = SameDiffExport.run(sd, x);
    assertTrue(Math.abs(f.apply(new Tensor[] {x}).doubleValue() - got.doubleValue()) < 1e-5);
  }

  @Test
  void unsupportedOpIsNamed() {
    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> SameDiffExport.export(in -> in[0].cumsum(0).sum(), X));
    assertTrue(e.getMessage().contains("'cumsum'"), e.getMessage());
  }

  @Test
  void valueDependentFunctionsAreRefused() {
    // D2L's f(a): the number of doublings depends on the value of a.
    Function<Tensor[], Tensor> f =
        in -> {
          Tensor b = in[0].mul(2L);
          while (b.norm().lt(1000L).booleanValue()) {
            b = b.mul(2L);
          }
          return b;
        };
    assertThrows(
        UnsupportedOperationException.class, () -> SameDiffExport.export(f, Torch.tensor(1.541, DType.float64)));
    // detach() turns part of the input into a constant the graph would otherwise bake in.
    assertThrows(
        UnsupportedOperationException.class,
        () -> SameDiffExport.export(in -> in[0].detach().mul(in[0]).sum(), X));
  }
}
