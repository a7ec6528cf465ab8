package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;

/**
 * D2L-zh §4.1 多层感知机 (multilayer perceptrons): ReLU, sigmoid, tanh and their gradients, with
 * the code exercises (pReLU's derivative, {@code tanh(x) + 1 = 2 sigmoid(2x)}).
 */
final class Ch4_1 {
  private Tensor x;
  private Tensor y;

  /** {@code d2l.plot(x, y, xlabel, ylabel, figsize=(5, 2.5))}, written as figure {@code name}. */
  static void plot(Tensor x, Tensor y, String xlabel, String ylabel, String name) {
    D2l.plot(x, y, xlabel, ylabel, null, null, null, "linear", "linear", null,
        new double[] {5, 2.5}, null);
    D2l.savefig("ch4_1_zh_" + name);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; import torch
    nb.cell(() -> {
      x = arange(-8.0, 8.0, 0.1, true);
      y = relu(x);
      plot(x.detach(), y.detach(), "x", "relu(x)", "relu");
    });
    nb.cell(() -> {
      y.backward(ones_like(x), true, false);
      plot(x.detach(), x.grad(), "x", "grad of relu", "grad_relu");
    });
    nb.cell(() -> {
      y = sigmoid(x);
      plot(x.detach(), y.detach(), "x", "sigmoid(x)", "sigmoid");
    });
    nb.cell(() -> {
      // 清除以前的梯度
      x.grad().zero_();
      y.backward(ones_like(x), true, false);
      plot(x.detach(), x.grad(), "x", "grad of sigmoid", "grad_sigmoid");
    });
    nb.cell(() -> {
      y = tanh(x);
      plot(x.detach(), y.detach(), "x", "tanh(x)", "tanh");
    });
    nb.cell(() -> {
      // 清除以前的梯度
      x.grad().zero_();
      y.backward(ones_like(x), true, false);
      plot(x.detach(), x.grad(), "x", "grad of tanh", "grad_tanh");
    });
    // exercise 1: the derivative of pReLU
    nb.cell(() -> {
      double alpha = 0.25;
      Tensor x = arange(-8.0, 8.0, 0.1, true);
      Tensor y = where(x.gt(0), x, mul(alpha, x));
      y.backward(ones_like(x));
      plot(x.detach(), x.grad(), "x", "grad of prelu", "grad_prelu");
    });
    // exercise 3: tanh(x) + 1 = 2 sigmoid(2x), up to float32 rounding near -8
    nb.cell(() -> {
      Tensor x = arange(-8.0, 8.0, 0.1);
      nb.show(allclose(tanh(x).add(1), mul(2, sigmoid(mul(2, x)))),
          allclose(tanh(x).add(1), mul(2, sigmoid(mul(2, x))), 1e-05, 1e-6));
    });
  }
}
