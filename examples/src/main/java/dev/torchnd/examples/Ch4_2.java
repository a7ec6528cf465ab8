package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Parameter;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;
import java.util.function.Function;

/**
 * D2L-zh §4.2 多层感知机的从零开始实现 (an MLP from scratch): {@code nn.Parameter} weights, our
 * own {@code relu}, {@code nn.CrossEntropyLoss(reduction='none')}, {@code torch.optim.SGD}; then
 * its code exercises.
 */
final class Ch4_2 {
  private int batch_size;
  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;
  private int num_inputs;
  private int num_outputs;
  private int num_hiddens;
  private Parameter W1;
  private Parameter b1;
  private Parameter W2;
  private Parameter b2;
  private List<Parameter> params;
  private CrossEntropyLoss loss;

  /** {@code def relu(X)}. */
  static Tensor relu(Tensor X) {
    Tensor a = zeros_like(X);
    return max(X, a);
  }

  /** {@code def net(X)}. */
  Tensor net(Tensor X) {
    X = X.reshape(-1, num_inputs);
    Tensor H = relu(X.matmul(W1).add(b1)); // 这里“@”代表矩阵乘法
    return H.matmul(W2).add(b2);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import torch; from torch import nn
    nb.cell(() -> {
      batch_size = 256;
      var iters = D2l.load_data_fashion_mnist(batch_size);
      train_iter = iters.get(0);
      test_iter = iters.get(1);
    });
    nb.cell(() -> {
      num_inputs = 784;
      num_outputs = 10;
      num_hiddens = 256;
      W1 = new Parameter(randn(new long[] {num_inputs, num_hiddens}, true).mul(0.01));
      b1 = new Parameter(zeros(new long[] {num_hiddens}, float32, true));
      W2 = new Parameter(randn(new long[] {num_hiddens, num_outputs}, true).mul(0.01));
      b2 = new Parameter(zeros(new long[] {num_outputs}, float32, true));
      params = List.of(W1, b1, W2, b2);
    });
    nb.cell(() -> {}); // def relu(X): ... -> Ch4_2.relu
    nb.cell(() -> {}); // def net(X): ... -> Ch4_2.net
    nb.cell(() -> loss = new CrossEntropyLoss("none"));
    nb.cell(() -> {
      int num_epochs = 10;
      double lr = 0.1;
      SGD updater = new SGD(params, lr);
      D2l.train_ch3(this::net, train_iter, test_iter, loss, num_epochs, updater);
    });
    nb.cell(() -> D2l.predict_ch3(this::net, test_iter));
    // exercise 1: other values of num_hiddens, all else unchanged (5 epochs each)
    nb.cell(() -> {
      // def mlp(num_hiddens): ... -> Ch4_2.mlp
      // def train_mlp(params, net, num_epochs=5, lr=0.1): ... -> Ch4_2.train_mlp
      for (int num_hiddens : new int[] {32, 128, 512}) {
        Mlp m = mlp(num_hiddens);
        nb.print("num_hiddens " + num_hiddens + ":", train_mlp(m.params(), m.net(), 5, 0.1));
      }
    });
    // exercise 2: a second hidden layer
    nb.cell(() -> {
      W1 = new Parameter(randn(num_inputs, 256).mul(0.01));
      b1 = new Parameter(zeros(256));
      W2 = new Parameter(randn(256, 128).mul(0.01));
      b2 = new Parameter(zeros(128));
      W3 = new Parameter(randn(128, num_outputs).mul(0.01));
      b3 = new Parameter(zeros(num_outputs));

      // def net2(X): ... -> Ch4_2.net2
      nb.show(train_mlp(List.of(W1, b1, W2, b2, W3, b3), this::net2, 5, 0.1));
    });
    // exercise 3: other learning rates, the architecture and the 10 epochs unchanged
    nb.cell(() -> {
      for (double lr : new double[] {0.01, 0.3}) {
        Mlp m = mlp(256);
        nb.print("lr " + Notebook.repr(lr) + ":", train_mlp(m.params(), m.net(), 10, lr));
      }
    });
  }

  // ---- code exercises ----

  private Parameter W3;
  private Parameter b3;

  /** What {@code mlp} returns: {@code [W1, b1, W2, b2], net}. */
  record Mlp(List<Parameter> params, Function<Tensor, Tensor> net) {}

  /** {@code def mlp(num_hiddens)} (exercise 1): the section's MLP with another hidden width. */
  Mlp mlp(int num_hiddens) {
    Parameter W1 = new Parameter(randn(num_inputs, num_hiddens).mul(0.01));
    Parameter b1 = new Parameter(zeros(num_hiddens));
    Parameter W2 = new Parameter(randn(num_hiddens, num_outputs).mul(0.01));
    Parameter b2 = new Parameter(zeros(num_outputs));
    Function<Tensor, Tensor> net =
        X -> relu(X.reshape(-1, num_inputs).matmul(W1).add(b1)).matmul(W2).add(b2);
    return new Mlp(List.of(W1, b1, W2, b2), net);
  }

  /** {@code def train_mlp(params, net, num_epochs=5, lr=0.1)} (exercise 1). */
  String train_mlp(List<Parameter> params, Function<Tensor, Tensor> net, int num_epochs, double lr) {
    SGD updater = new SGD(params, lr);
    double[] train_metrics = null;
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, updater);
    }
    double test_acc = D2l.evaluate_accuracy(net, test_iter);
    return "train loss " + PyFormat.f(train_metrics[0], 3) + ", train acc "
        + PyFormat.f(train_metrics[1], 3) + ", test acc " + PyFormat.f(test_acc, 3);
  }

  /** {@code def net2(X)} (exercise 2): two hidden layers. */
  Tensor net2(Tensor X) {
    Tensor H1 = relu(X.reshape(-1, num_inputs).matmul(W1).add(b1));
    Tensor H2 = relu(H1.matmul(W2).add(b2));
    return H2.matmul(W3).add(b3);
  }
}
