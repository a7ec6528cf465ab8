package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Dropout;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Identity;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.ArrayList;
import java.util.List;

/** D2L-zh §4.6 暂退法 (dropout): from scratch, then {@code nn.Dropout}; then its code exercises. */
final class Ch4_6 {
  private int num_inputs;
  private int num_outputs;
  private int num_hiddens1;
  private int num_hiddens2;
  private static double dropout1;
  private static double dropout2;
  private Module net;
  private int num_epochs;
  private double lr;
  private int batch_size;
  private CrossEntropyLoss loss;
  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;

  /** {@code def dropout_layer(X, dropout)}. */
  static Tensor dropout_layer(Tensor X, double dropout) {
    if (!(0 <= dropout && dropout <= 1)) {
      throw new AssertionError();
    }
    // 在本情况中，所有元素都被丢弃
    if (dropout == 1) {
      return zeros_like(X);
    }
    // 在本情况中，所有元素都被保留
    if (dropout == 0) {
      return X;
    }
    Tensor mask = rand(X.shape().toLongArray()).gt(dropout).float_();
    return mask.mul(X).div(1.0 - dropout);
  }

  /** {@code class Net(nn.Module)}. */
  static final class Net extends Module {
    final int num_inputs;
    final Linear lin1;
    final Linear lin2;
    final Linear lin3;
    final ReLU relu;

    Net(int num_inputs, int num_outputs, int num_hiddens1, int num_hiddens2, boolean is_training) {
      this.num_inputs = num_inputs;
      this.training = is_training;
      lin1 = register_module("lin1", new Linear(num_inputs, num_hiddens1));
      lin2 = register_module("lin2", new Linear(num_hiddens1, num_hiddens2));
      lin3 = register_module("lin3", new Linear(num_hiddens2, num_outputs));
      relu = register_module("relu", new ReLU());
    }

    @Override
    public Tensor forward(Tensor X) {
      Tensor H1 = relu.call(lin1.call(X.reshape(-1, num_inputs)));
      // 只有在训练模型时才使用dropout
      if (training()) {
        // 在第一个全连接层之后添加一个dropout层
        H1 = dropout_layer(H1, dropout1);
      }
      Tensor H2 = relu.call(lin2.call(H1));
      if (training()) {
        // 在第二个全连接层之后添加一个dropout层
        H2 = dropout_layer(H2, dropout2);
      }
      return lin3.call(H2);
    }
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // imports; def dropout_layer(X, dropout): ... -> Ch4_6.dropout_layer
    nb.cell(() -> {
      Tensor X = arange(16, float32).reshape(2, 8);
      nb.print(X);
      nb.print(dropout_layer(X, 0.));
      nb.print(dropout_layer(X, 0.5));
      nb.print(dropout_layer(X, 1.));
    });
    nb.cell(() -> {
      num_inputs = 784;
      num_outputs = 10;
      num_hiddens1 = 256;
      num_hiddens2 = 256;
    });
    nb.cell(() -> {
      dropout1 = 0.2;
      dropout2 = 0.5;
      // class Net(nn.Module): ... -> Ch4_6.Net
      net = new Net(num_inputs, num_outputs, num_hiddens1, num_hiddens2, true);
    });
    nb.cell(() -> {
      num_epochs = 10;
      lr = 0.5;
      batch_size = 256;
      loss = new CrossEntropyLoss("none");
      var iters = D2l.load_data_fashion_mnist(batch_size);
      train_iter = iters.get(0);
      test_iter = iters.get(1);
      SGD trainer = new SGD(net.parameters(), lr);
      D2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer);
    });
    nb.cell(() -> {
      net = new Sequential(new Flatten(),
          new Linear(784, 256),
          new ReLU(),
          // 在第一个全连接层之后添加一个dropout层
          new Dropout(dropout1),
          new Linear(256, 256),
          new ReLU(),
          // 在第二个全连接层之后添加一个dropout层
          new Dropout(dropout2),
          new Linear(256, 10));
      // def init_weights(m): ... -> Ch3_7.init_weights
      net.apply(Ch3_7::init_weights);
    });
    nb.cell(() -> {
      SGD trainer = new SGD(net.parameters(), lr);
      D2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer);
    });
    // exercise 1: the two layers' dropout probabilities swapped (lr 0.1, 5 epochs each)
    nb.cell(() -> {
      // def train_net(net, num_epochs=5, lr=0.1, wd=0): ... -> Ch4_6.train_net
      for (double[] p : new double[][] {{0.2, 0.5}, {0.5, 0.2}}) {
        dropout1 = p[0];
        dropout2 = p[1];
        net = new Net(num_inputs, num_outputs, num_hiddens1, num_hiddens2, true);
        nb.print("dropout1 " + Notebook.repr(dropout1) + ", dropout2 " + Notebook.repr(dropout2)
            + ":", train_net(net, 0));
      }
    });
    // exercises 2 and 3: more epochs with and without dropout; the variance of each hidden
    // layer's activations (on one test batch, in training mode) after each epoch, plotted
    nb.cell(() -> {
      // def concise_net(p1, p2): ... -> Ch4_6.concise_net
      X = test_iter.iterator().next().get(0);
      List<double[]> variances = new ArrayList<>();
      for (double[] p : new double[][] {{0.2, 0.5}, {0.0, 0.0}}) {
        net = concise_net(p[0], p[1]);
        Sequential seq = (Sequential) net;
        SGD trainer = new SGD(net.parameters(), 0.1);
        double[] h1 = new double[10];
        double[] h2 = new double[10];
        for (int epoch = 0; epoch < 10; epoch++) {
          double[] train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, trainer);
          try (var g = no_grad()) {
            h1[epoch] = seq.get(":4").call(X).var().doubleValue();
            h2[epoch] = seq.get(":7").call(X).var().doubleValue();
          }
          if ((epoch + 1) % 5 == 0) {
            nb.print("dropout (" + Notebook.repr(p[0]) + ", " + Notebook.repr(p[1]) + "), epoch "
                + (epoch + 1) + ": train acc " + PyFormat.f(train_metrics[1], 3) + ", test acc "
                + PyFormat.f(D2l.evaluate_accuracy(net, test_iter), 3) + ", var(H1) "
                + PyFormat.f(h1[epoch], 4) + ", var(H2) " + PyFormat.f(h2[epoch], 4));
            net.train();
          }
        }
        variances.add(h1);
        variances.add(h2);
      }
      D2l.plot(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, variances, "epoch", "variance",
          List.of("H1 dropout", "H2 dropout", "H1 no dropout", "H2 no dropout"));
      D2l.savefig("ch4_6_zh_ex_variance");
    });
    // exercise 4: why not at test time: dropout makes the predictions random
    nb.cell(() -> {
      net = concise_net(0.2, 0.5);
      net.train();
      nb.print(net.call(X).eq(net.call(X)).all().item());
      net.eval();
      nb.print(net.call(X).eq(net.call(X)).all().item());
    });
    // exercise 5: dropout and weight decay, alone and together
    nb.cell(() -> {
      for (Object[] s : new Object[][] {{0.2, 0.5, 0}, {0.0, 0.0, 1e-3}, {0.2, 0.5, 1e-3}}) {
        double wd = ((Number) s[2]).doubleValue();
        nb.print("dropout (" + Notebook.repr(s[0]) + ", " + Notebook.repr(s[1]) + "), weight decay "
            + Notebook.repr(s[2]) + ":", train_net(concise_net((double) s[0], (double) s[1]), wd));
      }
    });
    // exercise 6: dropout applied to the weights rather than the activations (DropConnect)
    nb.cell(() -> {
      // class DropConnectNet(nn.Module): ... -> Ch4_6.DropConnectNet
      nb.show(train_net(new DropConnectNet(0.5), 0));
    });
    // exercise 7: another kind of noise: Gaussian noise added to the hidden activations in training
    nb.cell(() -> {
      // class GaussianNoiseNet(nn.Module): ... -> Ch4_6.GaussianNoiseNet
      nb.show(train_net(new GaussianNoiseNet(0.1), 0));
    });
  }

  // ---- code exercises ----

  private Tensor X;

  /** {@code def train_net(net, num_epochs=5, lr=0.1, wd=0)} (exercise 1). */
  String train_net(Module net, double wd) {
    int num_epochs = 5;
    double lr = 0.1;
    SGD trainer = new SGD(net.parameters(), lr, 0, 0, wd, false);
    double[] train_metrics = null;
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      train_metrics = D2l.train_epoch_ch3(net, train_iter, loss, trainer);
    }
    double test_acc = D2l.evaluate_accuracy(net, test_iter);
    return "train loss " + PyFormat.f(train_metrics[0], 3) + ", train acc "
        + PyFormat.f(train_metrics[1], 3) + ", test acc " + PyFormat.f(test_acc, 3);
  }

  /** {@code def concise_net(p1, p2)} (exercise 2): the concise MLP, dropout only where p > 0. */
  static Sequential concise_net(double p1, double p2) {
    Sequential net = new Sequential(new Flatten(), new Linear(784, 256), new ReLU(),
        p1 > 0 ? new Dropout(p1) : new Identity(),
        new Linear(256, 256), new ReLU(),
        p2 > 0 ? new Dropout(p2) : new Identity(), new Linear(256, 10));
    net.apply(Ch3_7::init_weights);
    return net;
  }

  /** {@code class DropConnectNet(nn.Module)} (exercise 6). */
  static final class DropConnectNet extends Module {
    final double p;
    final Linear lin1;
    final Linear lin2;

    DropConnectNet(double p) {
      this.p = p;
      lin1 = register_module("lin1", new Linear(784, 256));
      lin2 = register_module("lin2", new Linear(256, 10));
    }

    @Override
    public Tensor forward(Tensor X) {
      Tensor W1 = training() ? dropout_layer(lin1.weight(), p) : lin1.weight();
      Tensor H = relu(F.linear(X.reshape(-1, 784), W1, lin1.bias()));
      return lin2.call(H);
    }
  }

  /** {@code class GaussianNoiseNet(nn.Module)} (exercise 7). */
  static final class GaussianNoiseNet extends Module {
    final double sigma;
    final Linear lin1;
    final Linear lin2;

    GaussianNoiseNet(double sigma) {
      this.sigma = sigma;
      lin1 = register_module("lin1", new Linear(784, 256));
      lin2 = register_module("lin2", new Linear(256, 10));
    }

    @Override
    public Tensor forward(Tensor X) {
      Tensor H = relu(lin1.call(X.reshape(-1, 784)));
      if (training()) {
        H = H.add(randn(H.shape().toLongArray()).mul(sigma));
      }
      return lin2.call(H);
    }
  }
}
