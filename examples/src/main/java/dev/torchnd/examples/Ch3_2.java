package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.d2l.PyRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * D2L-zh §3.2 线性回归的从零开始实现 (linear regression from scratch), with its code exercises.
 * {@code data_iter} shuffles with Python's {@code random} ({@link PyRandom#shuffle}), bit for
 * bit; the {@code #@save} helpers are {@link D2l}'s.
 */
final class Ch3_2 {
  private Tensor true_w;
  private double true_b;
  private Tensor features;
  private Tensor labels;
  private int batch_size;
  private Tensor w;
  private Tensor b;
  private double lr;
  private int num_epochs;

  /** {@code def data_iter(batch_size, features, labels)}: shuffled mini-batches (a generator). */
  static Iterable<Tensor[]> data_iter(int batch_size, Tensor features, Tensor labels) {
    return () -> {
      int num_examples = (int) features.len();
      List<Long> indices = new ArrayList<>();
      for (long i = 0; i < num_examples; i++) {
        indices.add(i);
      }
      PyRandom.shuffle(indices); // 这些样本是随机读取的，没有特定的顺序
      return new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < num_examples;
        }

        @Override
        public Tensor[] next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          List<Long> part = indices.subList(i, Math.min(i + batch_size, num_examples));
          i += batch_size;
          Tensor batch_indices = tensor(part);
          return new Tensor[] {features.get(batch_indices), labels.get(batch_indices)};
        }
      };
    };
  }

  /** {@code net = linreg}. */
  static Tensor net(Tensor X, Tensor w, Tensor b) {
    return D2l.linreg(X, w, b);
  }

  /** {@code loss = squared_loss}. */
  static Tensor loss(Tensor y_hat, Tensor y) {
    return D2l.squared_loss(y_hat, y);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; import torch; import random
    nb.cell(() -> {}); // def synthetic_data(w, b, num_examples):  #@save -> D2l.synthetic_data
    nb.cell(() -> {
      true_w = tensor(new double[] {2, -3.4});
      true_b = 4.2;
      Tensor[] data = D2l.synthetic_data(true_w, true_b, 1000);
      features = data[0];
      labels = data[1];
    });
    nb.cell(() -> nb.print("features:", features.get(0), "\nlabel:", labels.get(0)));
    nb.cell(() -> {
      D2l.set_figsize();
      D2l.plt.scatter(features.get(":, 1").detach().toDoubleArray(),
          labels.detach().reshape(-1).toDoubleArray(), 1);
      D2l.savefig("ch3_2_zh_scatter");
    });
    nb.cell(() -> {}); // def data_iter(batch_size, features, labels): ... -> Ch3_2.data_iter
    nb.cell(() -> {
      batch_size = 10;
      for (Tensor[] Xy : data_iter(batch_size, features, labels)) {
        nb.print(Xy[0], "\n", Xy[1]);
        break;
      }
    });
    nb.cell(() -> {
      w = normal(0, 0.01, 2, 1).requires_grad_();
      b = zeros(new long[] {1}, float32, true);
    });
    nb.cell(() -> {}); // def linreg(X, w, b):  #@save -> D2l.linreg
    nb.cell(() -> {}); // def squared_loss(y_hat, y):  #@save -> D2l.squared_loss
    nb.cell(() -> {}); // def sgd(params, lr, batch_size):  #@save -> D2l.sgd
    nb.cell(() -> {
      lr = 0.03;
      num_epochs = 3;
      // net = linreg; loss = squared_loss (Ch3_2.net, Ch3_2.loss)
    });
    nb.cell(() -> {
      for (int epoch = 0; epoch < num_epochs; epoch++) {
        for (Tensor[] Xy : data_iter(batch_size, features, labels)) {
          Tensor l = loss(net(Xy[0], w, b), Xy[1]); // X和y的小批量损失
          // 因为l形状是(batch_size,1)，而不是一个标量。l中的所有元素被加到一起，
          // 并以此计算关于[w,b]的梯度
          l.sum().backward();
          D2l.sgd(List.of(w, b), lr, batch_size); // 使用参数的梯度更新参数
        }
        try (var g = no_grad()) {
          Tensor train_l = loss(net(features, w, b), labels);
          nb.print("epoch " + (epoch + 1) + ", loss " + PyFormat.f(train_l.mean().doubleValue(), 6));
        }
      }
    });
    nb.cell(() -> {
      nb.print("w的估计误差: " + true_w.sub(w.reshape(true_w.shape())));
      nb.print("b的估计误差: " + sub(true_b, b));
    });
    // exercise 1: weights initialised to zero
    nb.cell(() -> {
      w = zeros(new long[] {2, 1}, float32, true);
      b = zeros(new long[] {1}, float32, true);
      train(w, b, lr);
    });
    // exercise 7: other learning rates
    nb.cell(() -> {
      for (double lr : new double[] {0.001, 0.3}) {
        w = normal(0, 0.01, 2, 1).requires_grad_();
        b = zeros(new long[] {1}, float32, true);
        for (int epoch = 0; epoch < num_epochs; epoch++) {
          for (Tensor[] Xy : data_iter(batch_size, features, labels)) {
            Tensor l = loss(net(Xy[0], w, b), Xy[1]);
            l.sum().backward();
            D2l.sgd(List.of(w, b), lr, batch_size);
          }
        }
        try (var g = no_grad()) {
          nb.print("lr " + PyFormat.repr(lr) + ", loss "
              + PyFormat.f(loss(net(features, w, b), labels).mean().doubleValue(), 6));
        }
      }
    });
  }

  /** The book's training loop (cell 13), for the exercise: the loss after each epoch. */
  private void train(Tensor w, Tensor b, double lr) {
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      for (Tensor[] Xy : data_iter(batch_size, features, labels)) {
        Tensor l = loss(net(Xy[0], w, b), Xy[1]);
        l.sum().backward();
        D2l.sgd(List.of(w, b), lr, batch_size);
      }
      try (var g = no_grad()) {
        Tensor train_l = loss(net(features, w, b), labels);
        System.out.println("epoch " + (epoch + 1) + ", loss "
            + PyFormat.f(train_l.mean().doubleValue(), 6));
      }
    }
  }
}
