package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * D2L-zh §3.6 softmax回归的从零开始实现 (softmax regression from scratch), with its code
 * exercises. The notebook's {@code #@save} definitions ({@code accuracy}, {@code
 * evaluate_accuracy}, {@code Accumulator}, {@code train_epoch_ch3}, {@code Animator}, {@code
 * train_ch3}, {@code predict_ch3}) are {@link D2l}'s; {@code Animator} prints one line per epoch.
 */
final class Ch3_6 {
  private int batch_size;
  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;
  private int num_inputs;
  private int num_outputs;
  private Tensor W;
  private Tensor b;
  private Tensor y;
  private Tensor y_hat;
  private double lr;
  private IntConsumer updater;

  /** {@code def softmax(X)}. */
  static Tensor softmax(Tensor X) {
    Tensor X_exp = exp(X);
    Tensor partition = X_exp.sum(1, true);
    return X_exp.div(partition); // 这里应用了广播机制
  }

  /** {@code def net(X)}. */
  Tensor net(Tensor X) {
    return softmax(matmul(X.reshape(-1, W.shape().at(0)), W).add(b));
  }

  /** {@code def cross_entropy(y_hat, y)}. */
  static Tensor cross_entropy(Tensor y_hat, Tensor y) {
    return log(y_hat.get(arange(y_hat.len()), y)).neg();
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import torch; from IPython import display
    nb.cell(() -> {
      batch_size = 256;
      var iters = D2l.load_data_fashion_mnist(batch_size);
      train_iter = iters.get(0);
      test_iter = iters.get(1);
    });
    nb.cell(() -> {
      num_inputs = 784;
      num_outputs = 10;
      W = normal(0, 0.01, num_inputs, num_outputs).requires_grad_();
      b = zeros(new long[] {num_outputs}, float32, true);
    });
    nb.cell(() -> {
      Tensor X = tensor(new double[][] {{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}});
      nb.show(X.sum(0, true), X.sum(1, true));
    });
    nb.cell(() -> {}); // def softmax(X): ... -> Ch3_6.softmax
    nb.cell(() -> {
      Tensor X = normal(0, 1, 2, 5);
      Tensor X_prob = softmax(X);
      nb.show(X_prob, X_prob.sum(1));
    });
    nb.cell(() -> {}); // def net(X): ... -> Ch3_6.net
    nb.cell(() -> {
      y = tensor(new long[] {0, 2});
      y_hat = tensor(new double[][] {{0.1, 0.3, 0.6}, {0.3, 0.2, 0.5}});
      nb.show(y_hat.get(tensor(new long[] {0, 1}), y));
    });
    nb.cell(() -> {
      // def cross_entropy(y_hat, y): ... -> Ch3_6.cross_entropy
      nb.show(cross_entropy(y_hat, y));
    });
    nb.cell(() -> {}); // def accuracy(y_hat, y):  #@save -> D2l.accuracy
    nb.cell(() -> nb.show(D2l.accuracy(y_hat, y) / y.len()));
    nb.cell(() -> {}); // def evaluate_accuracy(net, data_iter):  #@save -> D2l.evaluate_accuracy
    nb.cell(() -> {}); // class Accumulator:  #@save -> dev.torchnd.d2l.Accumulator
    nb.cell(() -> nb.show(D2l.evaluate_accuracy(this::net, test_iter)));
    nb.cell(() -> {}); // def train_epoch_ch3(net, train_iter, loss, updater):  #@save -> D2l.train_epoch_ch3
    nb.cell(() -> {}); // class Animator:  #@save -> dev.torchnd.d2l.Animator
    nb.cell(() -> {}); // def train_ch3(net, train_iter, test_iter, loss, num_epochs, updater):  #@save -> D2l.train_ch3
    nb.cell(() -> {
      lr = 0.1;
      updater = batch_size -> D2l.sgd(List.of(W, b), lr, batch_size);
    });
    nb.cell(() -> {
      int num_epochs = 10;
      D2l.train_ch3(this::net, train_iter, test_iter, Ch3_6::cross_entropy, num_epochs, updater);
    });
    nb.cell(() -> D2l.predict_ch3(this::net, test_iter)); // def predict_ch3(net, test_iter, n=6):  #@save -> D2l.predict_ch3; predict_ch3(net, test_iter)
    // exercise 1: exp overflows for large inputs
    nb.cell(() -> nb.show(softmax(tensor(new double[][] {{100.0, 1000.0}}))));
    // exercise 2: the log of a zero probability
    nb.cell(() -> nb.show(cross_entropy(tensor(new double[][] {{0.0, 1.0}}), tensor(new long[] {0}))));
  }
}
