package dev.torchnd.examples;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.GELU;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.Sigmoid;
import dev.torchnd.nn.Tanh;
import dev.torchnd.nn.init.Init;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** D2L-zh §4.3 多层感知机的简洁实现 (an MLP, concisely), with its code exercises. */
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
      train_iter = iters.get(0);
      test_iter = iters.get(1);
      D2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer);
    });
    // exercise 1: more hidden layers (5 epochs each, lr 0.1)
    nb.cell(() -> {
      // def train_net(net, num_epochs=5, lr=0.1): ... -> Ch4_3.train_net
      net = new Sequential(new Flatten(), new Linear(784, 256), new ReLU(),
          new Linear(256, 128), new ReLU(), new Linear(128, 10));
      net.apply(Ch3_7::init_weights);
      nb.show(train_net(net));
    });
    // exercise 2: other activation functions
    nb.cell(() -> {
      for (Module act : List.of(new Sigmoid(), new Tanh(), new GELU())) {
        net = new Sequential(new Flatten(), new Linear(784, 256), act, new Linear(256, 10));
        net.apply(Ch3_7::init_weights);
        nb.print(act, train_net(net));
      }
    });
    // exercise 3: other weight initialisations
    nb.cell(() -> {
      // def init_xavier(m), def init_kaiming(m) -> Ch4_3.init_xavier, Ch4_3.init_kaiming
      Map<String, Consumer<Module>> inits = new LinkedHashMap<>();
      inits.put("init_xavier", Ch4_3::init_xavier);
      inits.put("init_kaiming", Ch4_3::init_kaiming);
      for (Map.Entry<String, Consumer<Module>> init : inits.entrySet()) {
        net = new Sequential(new Flatten(), new Linear(784, 256), new ReLU(), new Linear(256, 10));
        net.apply(init.getValue());
        nb.print(init.getKey(), train_net(net));
      }
    });
  }

  // ---- code exercises ----

  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;

  /** {@code def train_net(net, num_epochs=5, lr=0.1)} (exercise 1). */
  String train_net(Module net) {
    int num_epochs = 5;
    double lr = 0.1;
    SGD trainer = new SGD(net.parameters(), lr);
    double[] train_metrics = null;
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, trainer);
    }
    double test_acc = D2l.evaluate_accuracy(net, test_iter);
    return "train loss " + PyFormat.f(train_metrics[0], 3) + ", train acc "
        + PyFormat.f(train_metrics[1], 3) + ", test acc " + PyFormat.f(test_acc, 3);
  }

  /** {@code def init_xavier(m)} (exercise 3). */
  static void init_xavier(Module m) {
    if (m.getClass() == Linear.class) {
      Init.xavier_uniform_(((Linear) m).weight());
    }
  }

  /** {@code def init_kaiming(m)} (exercise 3). */
  static void init_kaiming(Module m) {
    if (m.getClass() == Linear.class) {
      Init.kaiming_normal_(((Linear) m).weight(), 0, "fan_in", "relu");
      Init.zeros_(((Linear) m).bias());
    }
  }
}
