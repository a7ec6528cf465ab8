package dev.torchnd.examples;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.init.Init;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/** D2L-zh §3.7 softmax回归的简洁实现 (softmax regression, concisely), with its code exercises. */
final class Ch3_7 {
  private int batch_size;
  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;
  private Sequential net;
  private CrossEntropyLoss loss;
  private SGD trainer;

  /** {@code def init_weights(m)}. */
  static void init_weights(Module m) {
    if (m.getClass() == Linear.class) {
      Init.normal_(((Linear) m).weight(), 0, 0.01);
    }
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
      net = new Sequential(new Flatten(), new Linear(784, 10));
      // def init_weights(m): ... -> Ch3_7.init_weights
      net.apply(Ch3_7::init_weights);
    });
    nb.cell(() -> loss = new CrossEntropyLoss("none"));
    nb.cell(() -> trainer = new SGD(net.parameters(), 0.1));
    nb.cell(() -> {
      int num_epochs = 10;
      D2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer);
    });
    // exercise 1: other hyperparameters: batch size and learning rate (3 epochs each)
    nb.cell(() -> {
      for (Object[] setting : new Object[][] {{64, 0.1}, {256, 0.03}, {256, 0.2}}) {
        batch_size = (int) setting[0];
        double lr = (double) setting[1];
        var iters = D2l.load_data_fashion_mnist(batch_size);
        train_iter = iters.get(0);
        test_iter = iters.get(1);
        net = new Sequential(new Flatten(), new Linear(784, 10));
        net.apply(Ch3_7::init_weights);
        trainer = new SGD(net.parameters(), lr);
        double[] train_metrics = null;
        for (int epoch = 0; epoch < 3; epoch++) {
          train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, trainer);
        }
        double test_acc = D2l.evaluate_accuracy(net, test_iter);
        nb.print("batch_size " + batch_size + ", lr " + Notebook.repr(lr) + ": train loss "
            + PyFormat.f(train_metrics[0], 3) + ", train acc " + PyFormat.f(train_metrics[1], 3)
            + ", test acc " + PyFormat.f(test_acc, 3));
      }
    });
    // exercise 2: more epochs: does the test accuracy fall after a while?
    nb.cell(() -> {
      var iters = D2l.load_data_fashion_mnist(256);
      train_iter = iters.get(0);
      test_iter = iters.get(1);
      net = new Sequential(new Flatten(), new Linear(784, 10));
      net.apply(Ch3_7::init_weights);
      trainer = new SGD(net.parameters(), 0.1);
      for (int epoch = 0; epoch < 20; epoch++) {
        double[] train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, trainer);
        if ((epoch + 1) % 5 == 0) {
          double test_acc = D2l.evaluate_accuracy(net, test_iter);
          nb.print("epoch " + (epoch + 1) + ": train loss " + PyFormat.f(train_metrics[0], 3)
              + ", train acc " + PyFormat.f(train_metrics[1], 3) + ", test acc "
              + PyFormat.f(test_acc, 3));
        }
      }
    });
  }
}
