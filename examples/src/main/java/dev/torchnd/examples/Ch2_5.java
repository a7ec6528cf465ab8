package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;

/** D2L §2.5 Automatic differentiation, cell by cell; the Python of each cell is in its comment. */
final class Ch2_5 {
  private Tensor x;
  private Tensor y;
  private Tensor a;
  private Tensor d;
  private Tensor fx;

  /**
   * The book's {@code f(a)}: Python control flow over tensors, traced dynamically.
   *
   * <pre>{@code
   * def f(a):
   *     b = a * 2
   *     while b.norm() < 1000:
   *         b = b * 2
   *     if b.sum() > 0:
   *         c = b
   *     else:
   *         c = 100 * b
   *     return c
   * }</pre>
   */
  static Tensor f(Tensor a) {
    Tensor b = a.mul(2);
    while (b.norm().lt(1000).booleanValue()) {
      b = b.mul(2);
    }
    return b.sum().gt(0).booleanValue() ? b : mul(100L, b);
  }

  void en(Notebook nb) {
    nb.cell(() -> {}); // import torch
    body(nb, true);
  }

  void zh(Notebook nb) {
    body(nb, false);
  }

  private void body(Notebook nb, boolean en) {
    nb.cell(() -> { // x = torch.arange(4.0); x
      x = arange(4.0);
      nb.show(x);
    });
    nb.cell(() -> { // x.requires_grad_(True); x.grad
      x.requires_grad_(true);
      nb.show(x.grad());
    });
    nb.cell(() -> { // y = 2 * torch.dot(x, x); y
      y = mul(2L, dot(x, x));
      nb.show(y);
    });
    nb.cell(() -> { // y.backward(); x.grad
      y.backward();
      nb.show(x.grad());
    });
    nb.cell(() -> nb.show(x.grad().eq(mul(4L, x)))); // x.grad == 4 * x
    nb.cell(() -> { // x.grad.zero_(); y = x.sum(); y.backward(); x.grad
      x.grad().zero_();
      y = x.sum();
      y.backward();
      nb.show(x.grad());
    });
    nb.cell(() -> { // y = x * x; y.backward(gradient=torch.ones(len(y))) (EN) / y.sum().backward()
      x.grad().zero_();
      y = x.mul(x);
      if (en) {
        y.backward(ones(y.len()));
      } else {
        y.sum().backward();
      }
      nb.show(x.grad());
    });
    nb.cell(() -> { // u = y.detach(); z = u * x; z.sum().backward(); x.grad == u
      x.grad().zero_();
      y = x.mul(x);
      Tensor u = y.detach();
      Tensor z = u.mul(x);
      z.sum().backward();
      nb.show(x.grad().eq(u));
    });
    nb.cell(() -> { // y.sum().backward(); x.grad == 2 * x
      x.grad().zero_();
      y.sum().backward();
      nb.show(x.grad().eq(mul(2L, x)));
    });
    nb.cell(() -> {}); // def f(a): ... -> Ch2_5.f
    nb.cell(() -> { // a = torch.randn(size=(), requires_grad=True); d = f(a); d.backward()
      manual_seed(0);
      a = randn(new long[0], true);
      d = f(a);
      d.backward();
    });
    nb.cell(() -> nb.show(a.grad().eq(d.div(a)))); // a.grad == d / a
    exercises(nb, en);
  }

  private void exercises(Notebook nb, boolean en) {
    nb.cell(() -> { // second derivative of x**3 at 2 via autograd.grad(create_graph=True)
      x = tensor(2.0).requires_grad_();
      y = x.pow(3);
      Tensor g = autograd_grad(y, x, true);
      nb.show(g, autograd_grad(g, x));
    });
    nb.cell(() -> { // backward twice without retain_graph
      x = arange(0.0, 4.0, 1.0, true);
      y = mul(2L, dot(x, x));
      y.backward();
      y.backward();
    });
    nb.cell(() -> { // y.backward(retain_graph=True); y.backward(); x.grad
      x = arange(0.0, 4.0, 1.0, true);
      y = mul(2L, dot(x, x));
      y.backward(null, true, false);
      y.backward();
      nb.show(x.grad());
    });
    nb.cell(() -> { // a = torch.randn(size=(3,), requires_grad=True); d = f(a); d.backward()
      manual_seed(0);
      a = randn(new long[] {3}, true);
      d = f(a);
      d.backward();
    });
    nb.cell(() -> { // d.backward(torch.ones_like(d)); a.grad == d / a
      d.backward(ones_like(d));
      nb.show(a.grad().eq(d.div(a)));
    });
    nb.cell(() -> nb.show(a.grad())); // a.grad
    nb.cell(() -> { // sin and its derivative via autograd
      x = arange(-5.0, 5.0, 0.1, true);
      y = sin(x);
      y.sum().backward();
      nb.show(allclose(x.grad(), cos(x).detach()));
    });
    nb.cell(() -> {
      x = linspace(-5, 5, 100, true);
      y = sin(x);
      y.backward(ones_like(x));
      nb.show(allclose(x.grad(), cos(x.detach())));
    });
    nb.cell(() -> { // fx = torch.log(x ** 2) * torch.sin(x) + x ** -1; fx
      x = tensor(2.0).requires_grad_();
      fx = log(x.pow(2)).mul(sin(x)).add(x.pow(-1));
      nb.show(fx);
    });
    nb.cell(() -> { // fx.backward(); x.grad
      fx.backward();
      nb.show(x.grad());
    });
  }
}
