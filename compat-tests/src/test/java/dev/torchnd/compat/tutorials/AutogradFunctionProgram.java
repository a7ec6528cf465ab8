package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.autograd.Function;
import dev.torchnd.autograd.FunctionCtx;

/**
 * Not a tutorial: {@code torch.autograd.Function} and the {@code out=} forms beyond what the
 * tutorials exercise (the recorder's {@code autograd_function} program): saving an output,
 * double backward through a custom backward, PyTorch's errors for a wrong number or shape of
 * gradients, an in-place change to a saved tensor, a second backward, an input returned as is,
 * no_grad, and the {@code out=} autograd and dtype errors. Errors print their message (as the
 * Python program does) after their Java type is checked against the convention.
 */
public final class AutogradFunctionProgram {
  private AutogradFunctionProgram() {}

  static final class Exp extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      Tensor result = in[0].exp();
      ctx.save_for_backward(result);
      return result;
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... grad_outputs) {
      Tensor result = ctx.saved_tensors()[0];
      return new Tensor[] {grad_outputs[0].mul(result)};
    }
  }

  static final class TwoGrads extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      return in[0].mul(2);
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
      return new Tensor[] {g[0], g[0]};
    }
  }

  static final class BadShape extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      return in[0].mul(2);
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
      return new Tensor[] {ones(3)};
    }
  }

  static final class Ident extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      return in[0];
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
      return new Tensor[] {g[0].mul(3)};
    }
  }

  static final class Broadcast extends Function {
    @Override
    public Tensor forward(FunctionCtx ctx, Tensor... in) {
      return in[0].sum();
    }

    @Override
    public Tensor[] backward(FunctionCtx ctx, Tensor... g) {
      return new Tensor[] {g[0].expand(2, 3).clone()};
    }
  }

  /** Runs {@code f}; prints its error's message after checking the error's Java type. */
  static void err(Class<? extends RuntimeException> type, Runnable f) {
    try {
      f.run();
      print("no error");
    } catch (RuntimeException e) {
      if (!type.isInstance(e)) {
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + e, e);
      }
      print(e.getMessage());
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    Tensor x = randn(new long[] {3}, true);
    Tensor y = new Exp().apply(x);
    print(y, y.grad_fn());
    y.sum().backward();
    print(x.grad(), equal(x.grad(), x.exp()));
    Tensor z = new Exp().apply(x);
    Tensor g = autograd_grad(z.sum(), x, true);
    print(g.grad_fn());
    Tensor gg = autograd_grad(g.sum(), x, false);
    print(equal(gg, x.exp()));
    err(IllegalStateException.class, () -> new TwoGrads().apply(x).sum().backward());
    Tensor x2 = randn(new long[] {2}, true);
    err(IllegalStateException.class, () -> new BadShape().apply(x2).sum().backward());
    Tensor i = new Ident().apply(x2);
    print(i == x2, i.grad_fn(), i.requires_grad());
    i.sum().backward();
    print(x2.grad());
    Tensor b = randn(new long[] {3}, true);
    Tensor e = new Exp().apply(b.mul(1));
    try (var ng = no_grad()) {
      e.mul_(2);
    }
    err(IllegalStateException.class, () -> e.sum().backward());
    try (var ng = no_grad()) {
      print(new Exp().apply(x).requires_grad());
    }
    print(new Exp().apply(ones(2)).grad_fn());
    Tensor s = new Broadcast().apply(ones(new long[] {2, 3}).requires_grad_());
    print(s.grad_fn());
    Tensor o = new PolynomialExamples.LegendrePolynomial3().apply(x);
    o.sum().backward();
    err(IllegalStateException.class, () -> o.sum().backward());
    Tensor w = ones(new long[] {2, 3}).requires_grad_();
    err(IllegalStateException.class, () -> mul(w, ones(2, 3), empty(2, 3)));
    err(IllegalStateException.class, () -> matmul(w, ones(3, 2), empty(2, 2)));
    err(IllegalArgumentException.class,
        () -> matmul(ones(2, 3), ones(3), empty(new long[] {2}, float64)));
    try (var ng = no_grad()) {
      Tensor out = empty(2, 3);
      print(mul(w, ones(2, 3).mul(2), out) == out, out);
    }
  }
}
