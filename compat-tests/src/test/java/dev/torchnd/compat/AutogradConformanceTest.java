package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays {@code fixtures/autograd.json} (recorded by {@code recorder/record_autograd.py}): for
 * every op and dtype, the forward values, the output's {@code grad_fn} name and the
 * vector-Jacobian product for each input; second-order gradients through {@code create_graph};
 * and the exact messages of the autograd errors a D2L reader hits.
 */
class AutogradConformanceTest {
  private static final JsonObject FIXTURE = Fixtures.merged("autograd");

  @TestFactory
  Stream<DynamicTest> gradientsMatchPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("op").getAsString() + "[" + c.get("dtype").getAsString() + "]";
      tests.add(DynamicTest.dynamicTest(name, () -> replay(c)));
    }
    return tests.stream();
  }

  private static void replay(JsonObject c) {
    String op = c.get("op").getAsString();
    Function<Tensor[], Tensor> f = GradCases.OPS.get(op);
    assertNotNull(f, "no Java op for " + op);
    DType dtype = DType.valueOf(c.get("dtype").getAsString());
    double tol = dtype == DType.float64 ? 1e-7 : 1e-5;
    JsonArray ins = c.getAsJsonArray("inputs");
    Tensor[] x = new Tensor[ins.size()];
    for (int i = 0; i < x.length; i++) {
      JsonObject in = ins.get(i).getAsJsonObject();
      x[i] = tensor(in, dtype).requires_grad_(in.get("requires_grad").getAsBoolean());
    }
    Tensor out = f.apply(x);
    String gradFnName = out.grad_fn() == null ? null : out.grad_fn().name();
    JsonObject want = c.getAsJsonObject("output");
    assertArrayEquals(Fixtures.longs(want.getAsJsonArray("shape")), out.shape().toLongArray(), "shape");
    assertEquals(DType.valueOf(want.get("dtype").getAsString()), out.dtype(), "dtype");
    assertClose(Fixtures.doubles(want.getAsJsonArray("values")), out, tol, "forward");
    Tensor cot =
        Torch.tensor(Fixtures.doubles(c.getAsJsonArray("cotangent")), out.shape().toLongArray(), out.dtype());
    out.backward(cot);
    JsonArray grads = c.getAsJsonArray("grads");
    for (int i = 0; i < x.length; i++) {
      if (grads.get(i).isJsonNull()) {
        assertNull(x[i].grad(), "grad of input " + i);
      } else {
        assertNotNull(x[i].grad(), "grad of input " + i);
        assertArrayEquals(x[i].shape().toLongArray(), x[i].grad().shape().toLongArray(), "grad shape " + i);
        assertEquals(dtype, x[i].grad().dtype(), "grad dtype " + i);
        assertClose(Fixtures.doubles(grads.get(i).getAsJsonArray()), x[i].grad(), tol, "grad " + i);
      }
    }
    // Checked last so a naming gap does not hide a wrong gradient.
    String gradFn = want.get("grad_fn").isJsonNull() ? null : want.get("grad_fn").getAsString();
    assertEquals(gradFn, gradFnName, "grad_fn");
  }

  @TestFactory
  Stream<DynamicTest> secondOrderMatchesPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("second_order")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Tensor x = tensor(c.getAsJsonObject("x"), DType.float64).requires_grad_();
                Tensor y = GradCases.SECOND_ORDER.get(name).apply(x);
                Tensor g = Torch.autograd_grad(y, x, true);
                assertClose(Fixtures.doubles(c.getAsJsonArray("grad")), g, 1e-7, "grad");
                assertEquals(c.get("grad_grad_fn").getAsString(), g.grad_fn() == null ? null : g.grad_fn().name(), "grad's grad_fn");
                Tensor g2 = Torch.autograd_grad(g.sum(), x);
                assertClose(Fixtures.doubles(c.getAsJsonArray("grad2")), g2, 1e-7, "grad2");
                assertNull(x.grad(), "autograd.grad must not touch .grad");
              }));
    }
    return tests.stream();
  }

  // ---------------------------------------------------------------------------------- errors

  private static Tensor x4() {
    return Torch.arange(0.0, 4.0, 1.0, true);
  }

  /** The scenarios of {@code ERRORS} in record_autograd.py, by name. */
  private static final Map<String, Executable> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("nonscalar_backward", () -> x4().mul(x4()).backward());
    // ---- autograd_enum.json (record_autograd_enum.py): no in-place derivative in PyTorch 1.13
    ERRORS.put("asinh_inplace_backward", () -> enumX().mul(1L).asinh_().sum().backward());
    ERRORS.put("acosh_inplace_backward", () -> enumX().mul(1L).add(0.5).acosh_().sum().backward());
    ERRORS.put("atanh_inplace_backward", () -> enumX().mul(1L).atanh_().sum().backward());
    ERRORS.put("arcsinh_inplace_backward", () -> enumX().mul(1L).arcsinh_().sum().backward());
    ERRORS.put("arccosh_inplace_backward",
        () -> enumX().mul(1L).add(0.5).arccosh_().sum().backward());
    ERRORS.put("arctanh_inplace_backward", () -> enumX().mul(1L).arctanh_().sum().backward());
    ERRORS.put("floor_divide_backward", () -> Torch.floor_divide(x4(), 2L).sum().backward());
    ERRORS.put("aminmax_backward", () -> Torch.aminmax(x4())[0].backward());
    ERRORS.put("aminmax_dim_backward",
        () -> x4().reshape(2, 2).aminmax(1, true)[1].sum().backward());
    ERRORS.put(
        "nonscalar_autograd_grad",
        () -> {
          Tensor x = x4();
          Torch.autograd_grad(x.mul(x), x);
        });
    ERRORS.put("grad_shape_3", () -> x4().mul(2L).backward(Torch.ones(3)));
    ERRORS.put("grad_shape_1x4", () -> x4().mul(2L).backward(Torch.ones(1, 4)));
    ERRORS.put("grad_shape_2x2", () -> x4().mul(2L).backward(Torch.ones(2, 2)));
    ERRORS.put(
        "backward_twice",
        () -> {
          Tensor x = x4();
          Tensor y = Torch.mul(2L, Torch.dot(x, x));
          y.backward();
          y.backward();
        });
    ERRORS.put(
        "no_grad_fn",
        () -> {
          Tensor x = Torch.arange(4.0);
          x.mul(x).sum().backward();
        });
    ERRORS.put(
        "no_grad_fn_detached",
        () -> {
          Tensor x = x4().detach();
          x.mul(x).sum().backward();
        });
    ERRORS.put("leaf_inplace_add", () -> x4().add_(1L));
    ERRORS.put("leaf_inplace_mul", () -> x4().mul_(2L));
    ERRORS.put("leaf_setitem", () -> x4().set(0, 5.0));
    ERRORS.put(
        "version_counter",
        () -> {
          Tensor y = x4().exp();
          y.add_(1L);
          y.sum().backward();
        });
    ERRORS.put(
        "version_counter_mul",
        () -> {
          Tensor y = x4().mul(2L);
          Tensor z = y.mul(y);
          y.mul_(3L);
          z.sum().backward();
        });
    ERRORS.put("int_requires_grad_method", () -> Torch.arange(4L).requires_grad_(true));
    ERRORS.put(
        "int_requires_grad_factory", () -> Torch.tensor(new long[] {1, 2}, DType.int64, true));
    ERRORS.put(
        "int_requires_grad_arange",
        () -> Torch.zeros(new long[] {4}, DType.int64, true));
    ERRORS.put("nonleaf_requires_grad_false", () -> x4().mul(2L).requires_grad_(false));
    ERRORS.put(
        "autograd_grad_unused",
        () -> {
          Tensor x = x4();
          Tensor y = x4();
          Torch.autograd_grad(
              new Tensor[] {x.mul(2L).sum()}, new Tensor[] {x, y}, null, false, false);
        });
    ERRORS.put(
        "autograd_grad_input_no_grad",
        () -> {
          Tensor x = x4();
          Torch.autograd_grad(
              new Tensor[] {x.mul(2L).sum()}, new Tensor[] {Torch.ones(4)}, null, false, false);
        });
  }

  @TestFactory
  Stream<DynamicTest> errorsMatchPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("errors")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Executable body = ERRORS.get(name);
                assertNotNull(body, "no Java scenario for " + name);
                RuntimeException ex = assertThrows(RuntimeException.class, body);
                assertEquals(Fixtures.onDevice(c.get("message").getAsString()), ex.getMessage());
              }));
    }
    return tests.stream();
  }

  // --------------------------------------------------------------------------------- helpers

  /** record_autograd_enum.py's input: tensor([1.5, 2.0], float64, requires_grad=True). */
  private static Tensor enumX() {
    return Torch.tensor(new double[] {1.5, 2.0}, new long[] {2}, DType.float64).requires_grad_(true);
  }

  static Tensor tensor(JsonObject in, DType dtype) {
    return Torch.tensor(
        Fixtures.doubles(in.getAsJsonArray("values")),
        Fixtures.longs(in.getAsJsonArray("shape")),
        dtype);
  }

  static void assertClose(double[] want, Tensor got, double tol, String what) {
    double[] g = got.detach().reshape(-1).to(DType.float64).toDoubleArray();
    assertEquals(want.length, g.length, what + ": numel");
    for (int i = 0; i < want.length; i++) {
      double w = want[i];
      if (Double.isNaN(w) ? !Double.isNaN(g[i]) : Math.abs(w - g[i]) > tol + tol * Math.abs(w)) {
        fail(what + ": element " + i + " is " + g[i] + ", PyTorch gives " + w);
      }
    }
  }
}
