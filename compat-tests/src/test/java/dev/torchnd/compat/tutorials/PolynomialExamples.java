package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Device;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.autograd.Function;
import dev.torchnd.autograd.FunctionCtx;
import dev.torchnd.d2l.PyRandom;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.RMSprop;
import dev.torchnd.optim.SGD;

/**
 * "Learning PyTorch with Examples" ({@code beginner_source/pytorch_with_examples.rst}, the
 * programs in {@code examples_tensor/}, {@code examples_autograd/}, {@code examples_nn/}): a
 * third-order polynomial fitted to {@code y = sin(x)} with manual gradients, with autograd, with a
 * custom {@code torch.autograd.Function}, with {@code nn}, with {@code optim} (RMSprop), as a
 * custom {@code nn.Module} and as a dynamic net with random control flow. Each is one method,
 * ported line for line; {@code torch.manual_seed(0)} (and {@code random.seed(0)}) run first.
 */
public final class PolynomialExamples {
  private PolynomialExamples() {}

  /** {@code examples_tensor/polynomial_tensor.py}: forward and backward by hand. */
  public static void polynomial_tensor() {
    manual_seed(0);
    DType dtype = float32;
    Device device = device("cpu");

    Tensor x = linspace(-Math.PI, Math.PI, 2000, dtype);
    Tensor y = sin(x);

    Tensor a = randn(new long[0], dtype, null, device);
    Tensor b = randn(new long[0], dtype, null, device);
    Tensor c = randn(new long[0], dtype, null, device);
    Tensor d = randn(new long[0], dtype, null, device);

    double learning_rate = 1e-6;
    for (int t = 0; t < 2000; t++) {
      Tensor y_pred = a.add(b.mul(x)).add(c.mul(x.pow(2))).add(d.mul(x.pow(3)));

      Object loss = y_pred.sub(y).pow(2).sum().item();
      if (t % 100 == 99) {
        print(t, loss);
      }

      Tensor grad_y_pred = y_pred.sub(y).mul(2.0);
      Tensor grad_a = grad_y_pred.sum();
      Tensor grad_b = grad_y_pred.mul(x).sum();
      Tensor grad_c = grad_y_pred.mul(x.pow(2)).sum();
      Tensor grad_d = grad_y_pred.mul(x.pow(3)).sum();

      a.sub_(grad_a.mul(learning_rate));
      b.sub_(grad_b.mul(learning_rate));
      c.sub_(grad_c.mul(learning_rate));
      d.sub_(grad_d.mul(learning_rate));
    }

    print("Result: y = " + Py.str(a.item()) + " + " + Py.str(b.item()) + " x + "
        + Py.str(c.item()) + " x^2 + " + Py.str(d.item()) + " x^3");
  }

  /** {@code examples_autograd/polynomial_autograd.py}: autograd computes the gradients. */
  public static void polynomial_autograd() {
    manual_seed(0);
    DType dtype = float32;
    Device device = device("cpu");

    Tensor x = linspace(-Math.PI, Math.PI, 2000, dtype);
    Tensor y = sin(x);

    Tensor a = randn(new long[0], dtype, null, device).requires_grad_();
    Tensor b = randn(new long[0], dtype, null, device).requires_grad_();
    Tensor c = randn(new long[0], dtype, null, device).requires_grad_();
    Tensor d = randn(new long[0], dtype, null, device).requires_grad_();

    double learning_rate = 1e-6;
    for (int t = 0; t < 2000; t++) {
      Tensor y_pred = a.add(b.mul(x)).add(c.mul(x.pow(2))).add(d.mul(x.pow(3)));

      Tensor loss = y_pred.sub(y).pow(2).sum();
      if (t % 100 == 99) {
        print(t, loss.item());
      }

      loss.backward();

      try (var g = no_grad()) {
        a.sub_(a.grad().mul(learning_rate));
        b.sub_(b.grad().mul(learning_rate));
        c.sub_(c.grad().mul(learning_rate));
        d.sub_(d.grad().mul(learning_rate));

        a.set_grad(null);
        b.set_grad(null);
        c.set_grad(null);
        d.set_grad(null);
      }
    }

    print("Result: y = " + Py.str(a.item()) + " + " + Py.str(b.item()) + " x + "
        + Py.str(c.item()) + " x^2 + " + Py.str(d.item()) + " x^3");
  }

  /** The tutorial's custom autograd function {@code P3(x) = (5x³ - 3x) / 2}. */
  static final class LegendrePolynomial3 extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... inputs) {
      Tensor input = inputs[0];
      ctx.save_for_backward(input);
      return input.pow(3).mul(5).sub(input.mul(3)).mul(0.5);
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs) {
      Tensor input = ctx.saved_tensors()[0];
      return new Tensor[] {grad_outputs[0].mul(1.5).mul(input.pow(2).mul(5).sub(1))};
    }
  }

  /** {@code examples_autograd/polynomial_custom_function.py}: {@code y = a + b P3(c + d x)}. */
  public static void polynomial_custom_function() {
    manual_seed(0);
    DType dtype = float32;
    Device device = device("cpu");

    Tensor x = linspace(-Math.PI, Math.PI, 2000, dtype);
    Tensor y = sin(x);

    Tensor a = full(new long[0], 0.0, dtype, device).requires_grad_();
    Tensor b = full(new long[0], -1.0, dtype, device).requires_grad_();
    Tensor c = full(new long[0], 0.0, dtype, device).requires_grad_();
    Tensor d = full(new long[0], 0.3, dtype, device).requires_grad_();

    double learning_rate = 5e-6;
    for (int t = 0; t < 2000; t++) {
      LegendrePolynomial3 P3 = new LegendrePolynomial3();

      Tensor y_pred = a.add(b.mul(P3.apply(c.add(d.mul(x)))));
      if (t == 0) {
        print(P3.apply(c.add(d.mul(x))).grad_fn().typeName(), y_pred.grad_fn());
      }

      Tensor loss = y_pred.sub(y).pow(2).sum();
      if (t % 100 == 99) {
        print(t, loss.item());
      }

      loss.backward();

      try (var g = no_grad()) {
        a.sub_(a.grad().mul(learning_rate));
        b.sub_(b.grad().mul(learning_rate));
        c.sub_(c.grad().mul(learning_rate));
        d.sub_(d.grad().mul(learning_rate));

        a.set_grad(null);
        b.set_grad(null);
        c.set_grad(null);
        d.set_grad(null);
      }
    }

    print("Result: y = " + Py.str(a.item()) + " + " + Py.str(b.item()) + " * P3("
        + Py.str(c.item()) + " + " + Py.str(d.item()) + " x)");
  }

  /** {@code examples_nn/polynomial_nn.py}: {@code Sequential(Linear(3, 1), Flatten(0, 1))}. */
  public static void polynomial_nn() {
    manual_seed(0);
    Tensor x = linspace(-Math.PI, Math.PI, 2000);
    Tensor y = sin(x);

    Tensor p = tensor(new long[] {1, 2, 3});
    Tensor xx = x.unsqueeze(-1).pow(p);

    var model = new Sequential(
        new Linear(3, 1),
        new Flatten(0, 1));
    print(model);

    var loss_fn = new MSELoss("sum");

    double learning_rate = 1e-6;
    for (int t = 0; t < 2000; t++) {
      Tensor y_pred = model.call(xx);

      Tensor loss = loss_fn.call(y_pred, y);
      if (t % 100 == 99) {
        print(t, loss.item());
      }

      model.zero_grad();

      loss.backward();

      try (var g = no_grad()) {
        for (Parameter param : model.parameters()) {
          param.sub_(param.grad().mul(learning_rate));
        }
      }
    }

    Linear linear_layer = model.get(0);

    print("Result: y = " + Py.str(linear_layer.bias().item()) + " + "
        + Py.str(linear_layer.weight().get(":, 0").item()) + " x + "
        + Py.str(linear_layer.weight().get(":, 1").item()) + " x^2 + "
        + Py.str(linear_layer.weight().get(":, 2").item()) + " x^3");
  }

  /** {@code examples_nn/polynomial_optim.py}: the same model stepped by {@code optim.RMSprop}. */
  public static void polynomial_optim() {
    manual_seed(0);
    Tensor x = linspace(-Math.PI, Math.PI, 2000);
    Tensor y = sin(x);

    Tensor p = tensor(new long[] {1, 2, 3});
    Tensor xx = x.unsqueeze(-1).pow(p);

    var model = new Sequential(
        new Linear(3, 1),
        new Flatten(0, 1));
    var loss_fn = new MSELoss("sum");

    double learning_rate = 1e-3;
    var optimizer = new RMSprop(model.parameters(), learning_rate);
    for (int t = 0; t < 2000; t++) {
      Tensor y_pred = model.call(xx);

      Tensor loss = loss_fn.call(y_pred, y);
      if (t % 100 == 99) {
        print(t, loss.item());
      }

      optimizer.zero_grad();

      loss.backward();

      optimizer.step();
    }

    Linear linear_layer = model.get(0);
    print("Result: y = " + Py.str(linear_layer.bias().item()) + " + "
        + Py.str(linear_layer.weight().get(":, 0").item()) + " x + "
        + Py.str(linear_layer.weight().get(":, 1").item()) + " x^2 + "
        + Py.str(linear_layer.weight().get(":, 2").item()) + " x^3");
  }

  /** {@code examples_nn/polynomial_module.py}'s model: four scalar parameters. */
  static final class Polynomial3 extends Module {
    final Parameter a = register_parameter("a", new Parameter(randn(new long[0])));
    final Parameter b = register_parameter("b", new Parameter(randn(new long[0])));
    final Parameter c = register_parameter("c", new Parameter(randn(new long[0])));
    final Parameter d = register_parameter("d", new Parameter(randn(new long[0])));

    @Override
    public Tensor forward(Tensor x) {
      return a.add(b.mul(x)).add(c.mul(x.pow(2))).add(d.mul(x.pow(3)));
    }

    String string() {
      return "y = " + Py.str(a.item()) + " + " + Py.str(b.item()) + " x + " + Py.str(c.item())
          + " x^2 + " + Py.str(d.item()) + " x^3";
    }
  }

  /** {@code examples_nn/polynomial_module.py}: a custom {@code nn.Module} and {@code optim.SGD}. */
  public static void polynomial_module() {
    manual_seed(0);
    Tensor x = linspace(-Math.PI, Math.PI, 2000);
    Tensor y = sin(x);

    var model = new Polynomial3();

    var criterion = new MSELoss("sum");
    var optimizer = new SGD(model.parameters(), 1e-6);
    for (int t = 0; t < 2000; t++) {
      Tensor y_pred = model.call(x);

      Tensor loss = criterion.call(y_pred, y);
      if (t % 100 == 99) {
        print(t, loss.item());
      }

      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
    }

    print("Result: " + model.string());
  }

  /** {@code examples_nn/dynamic_net.py}'s model: a random number of extra orders per forward. */
  static final class DynamicNet extends Module {
    final Parameter a = register_parameter("a", new Parameter(randn(new long[0])));
    final Parameter b = register_parameter("b", new Parameter(randn(new long[0])));
    final Parameter c = register_parameter("c", new Parameter(randn(new long[0])));
    final Parameter d = register_parameter("d", new Parameter(randn(new long[0])));
    final Parameter e = register_parameter("e", new Parameter(randn(new long[0])));

    @Override
    public Tensor forward(Tensor x) {
      Tensor y = a.add(b.mul(x)).add(c.mul(x.pow(2))).add(d.mul(x.pow(3)));
      for (long exp = 4, end = PyRandom.randint(4, 6); exp < end; exp++) {
        y = y.add(e.mul(x.pow(exp)));
      }
      return y;
    }

    String string() {
      return "y = " + Py.str(a.item()) + " + " + Py.str(b.item()) + " x + " + Py.str(c.item())
          + " x^2 + " + Py.str(d.item()) + " x^3 + " + Py.str(e.item()) + " x^4 ? + "
          + Py.str(e.item()) + " x^5 ?";
    }
  }

  /**
   * {@code examples_nn/dynamic_net.py}: SGD with momentum; 3000 steps (printing every 200th)
   * instead of the tutorial's 30000, as the recorder runs it.
   */
  public static void dynamic_net() {
    manual_seed(0);
    PyRandom.seed(0);
    Tensor x = linspace(-Math.PI, Math.PI, 2000);
    Tensor y = sin(x);

    var model = new DynamicNet();

    var criterion = new MSELoss("sum");
    var optimizer = new SGD(model.parameters(), 1e-8, 0.9);
    for (int t = 0; t < 3000; t++) {
      Tensor y_pred = model.call(x);

      Tensor loss = criterion.call(y_pred, y);
      if (t % 200 == 199) {
        print(t, loss.item());
      }

      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
    }

    print("Result: " + model.string());
  }
}
