package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Parameter;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/**
 * D2L-zh §4.2 多层感知机的从零开始实现 (an MLP from scratch): {@code nn.Parameter} weights, our
 * own {@code relu}, {@code nn.CrossEntropyLoss(reduction='none')}, {@code torch.optim.SGD}.
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
  }
}
