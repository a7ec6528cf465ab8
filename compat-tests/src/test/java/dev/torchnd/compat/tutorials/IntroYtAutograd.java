package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.autograd.Functional;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.optim.SGD;

/**
 * "The Fundamentals of Autograd" of the PyTorch-on-YouTube series ({@code
 * beginner_source/introyt/autogradyt_tutorial.py}): {@code grad_fn} and {@code next_functions},
 * a training step of a small model and gradient accumulation, turning autograd off ({@code
 * requires_grad = False}, {@code no_grad}, the {@code @torch.no_grad()} decorator, {@code
 * detach}), the in-place error, {@code backward(v)}, and {@code torch.autograd.functional}'s
 * {@code jacobian}/{@code vjp} (with {@code jvp}, {@code hessian}, {@code vhp}, {@code hvp},
 * which its text names). Plots and the profiler's timing table are left out.
 */
public final class IntroYtAutograd {
  private IntroYtAutograd() {}

  static final class TinyModel extends Module {
    final Linear layer1 = register_module("layer1", new Linear(1000, 100));
    final ReLU relu = register_module("relu", new ReLU());
    final Linear layer2 = register_module("layer2", new Linear(100, 10));

    @Override
    public Tensor forward(Tensor x) {
      x = layer1.call(x);
      x = relu.call(x);
      x = layer2.call(x);
      return x;
    }
  }

  static Tensor add_tensors1(Tensor x, Tensor y) {
    return x.add(y);
  }

  /** {@code @torch.no_grad()} as a decorator: the body runs in a no_grad scope. */
  static Tensor add_tensors2(Tensor x, Tensor y) {
    try (var g = no_grad()) {
      return x.add(y);
    }
  }

  static Tensor exp_adder(Tensor x, Tensor y) {
    return x.exp().mul(2).add(y.mul(3));
  }

  static Tensor do_some_doubling(Tensor x) {
    Tensor y = x.mul(2);
    while (y.data().norm().doubleValue() < 1000) {
      y = y.mul(2);
    }
    return y;
  }

  public static void main(String[] args) {
    manual_seed(0);
    Tensor a = linspace(0., 2. * Math.PI, 25, true);
    print(a);
    Tensor b = sin(a);
    print(b);
    Tensor c = mul(2, b);
    print(c);
    Tensor d = c.add(1);
    print(d);
    Tensor out = d.sum();
    print(out);
    print("d:");
    print(d.grad_fn());
    print((Object) d.grad_fn().next_functions());
    print((Object) d.grad_fn().next_functions()[0].node().next_functions());
    print((Object) d.grad_fn().next_functions()[0].node().next_functions()[0].node().next_functions());
    print((Object) d.grad_fn().next_functions()[0].node().next_functions()[0].node()
        .next_functions()[0].node().next_functions());
    print("\nc:");
    print(c.grad_fn());
    print("\nb:");
    print(b.grad_fn());
    print("\na:");
    print(a.grad_fn());
    out.backward();
    print(a.grad());

    int BATCH_SIZE = 16;
    int DIM_IN = 1000;
    int DIM_OUT = 10;
    Tensor some_input = randn(new long[] {BATCH_SIZE, DIM_IN}, false);
    Tensor ideal_output = randn(new long[] {BATCH_SIZE, DIM_OUT}, false);
    var model = new TinyModel();
    print(model.layer2.weight().get(0).get("0:10")); // just a small slice
    print(model.layer2.weight().grad());
    var optimizer = new SGD(model.parameters(), 0.001);
    Tensor prediction = model.call(some_input);
    Tensor loss = ideal_output.sub(prediction).pow(2).sum();
    print(loss);
    loss.backward();
    print(model.layer2.weight().get(0).get("0:10"));
    print(model.layer2.weight().grad().get(0).get("0:10"));
    optimizer.step();
    print(model.layer2.weight().get(0).get("0:10"));
    print(model.layer2.weight().grad().get(0).get("0:10"));
    print(model.layer2.weight().grad().get(0).get("0:10"));
    for (int i = 0; i < 5; i++) {
      prediction = model.call(some_input);
      loss = ideal_output.sub(prediction).pow(2).sum();
      loss.backward();
    }
    print(model.layer2.weight().grad().get(0).get("0:10"));
    optimizer.zero_grad();
    print(model.layer2.weight().grad().get(0).get("0:10"));

    a = ones(new long[] {2, 3}, true);
    print(a);
    Tensor b1 = mul(2, a);
    print(b1);
    a.requires_grad_(false); // a.requires_grad = False
    Tensor b2 = mul(2, a);
    print(b2);

    a = ones(new long[] {2, 3}, true).mul(2);
    b = ones(new long[] {2, 3}, true).mul(3);
    Tensor c1 = a.add(b);
    print(c1);
    Tensor c2;
    try (var g = no_grad()) {
      c2 = a.add(b);
    }
    print(c2);
    Tensor c3 = a.mul(b);
    print(c3);

    a = ones(new long[] {2, 3}, true).mul(2);
    b = ones(new long[] {2, 3}, true).mul(3);
    c1 = add_tensors1(a, b);
    print(c1);
    c2 = add_tensors2(a, b);
    print(c2);

    Tensor x = rand(new long[] {5}, true);
    Tensor y = x.detach();
    print(x);
    print(y);
    try {
      a = linspace(0., 2. * Math.PI, 25, true);
      sin_(a);
    } catch (IllegalStateException e) {
      print("RuntimeError:", e.getMessage());
    }

    x = randn(new long[] {3}, true);
    y = x.mul(2);
    while (y.data().norm().doubleValue() < 1000) {
      y = y.mul(2);
    }
    print(y);
    Tensor v = tensor(new double[] {0.1, 1.0, 0.0001}, float32); // stand-in for gradients
    y.backward(v);
    print(x.grad());

    Tensor[] inputs = {rand(1), rand(1)}; // arguments for the function
    print((Object) inputs);
    print((Object) Functional.jacobian(xs -> exp_adder(xs[0], xs[1]), inputs));
    inputs = new Tensor[] {rand(3), rand(3)}; // arguments for the function
    print((Object) inputs);
    print((Object) Functional.jacobian(xs -> exp_adder(xs[0], xs[1]), inputs));

    Tensor input = randn(3);
    Tensor my_gradients = tensor(new double[] {0.1, 1.0, 0.0001});
    print(Functional.vjp(IntroYtAutograd::do_some_doubling, input, my_gradients));
    print(Functional.jvp(IntroYtAutograd::do_some_doubling, input, my_gradients));
    java.util.function.UnaryOperator<Tensor> f = t -> t.pow(3).mul(t.sin()).sum();
    x = randn(3);
    print(Functional.hessian(f, x));
    print(Functional.vhp(f, x, my_gradients));
    print(Functional.hvp(f, x, my_gradients));
    Tensor[][] h = Functional.hessian(xs -> xs[0].mul(xs[1].exp()).sum(), new Tensor[] {x, x.add(1)});
    print((Object) new Object[] {h[0], h[1]});
  }
}
