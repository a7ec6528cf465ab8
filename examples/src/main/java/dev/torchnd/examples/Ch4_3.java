package dev.torchnd.examples;

import dev.torchnd.d2l.D2l;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;

/** D2L-zh §4.3 多层感知机的简洁实现 (an MLP, concisely). */
final class Ch4_3 {
  private Sequential net;
  private int batch_size;
  private double lr;
  private int num_epochs;
  private CrossEntropyLoss loss;
  private SGD trainer;

  void zh(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import torch; from torch import nn
    nb.cell(() -> {
      net = new Sequential(new Flatten(),
          new Linear(784, 256),
          new ReLU(),
          new Linear(256, 10));
      // def init_weights(m): ... -> Ch3_7.init_weights
      net.apply(Ch3_7::init_weights);
    });
    nb.cell(() -> {
      batch_size = 256;
      lr = 0.1;
      num_epochs = 10;
      loss = new CrossEntropyLoss("none");
      trainer = new SGD(net.parameters(), lr);
    });
    nb.cell(() -> {
      var iters = D2l.load_data_fashion_mnist(batch_size);
      D2l.train_ch3(net, iters.get(0), iters.get(1), loss, num_epochs, trainer);
    });
  }
}
