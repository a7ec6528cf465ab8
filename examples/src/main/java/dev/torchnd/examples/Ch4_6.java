package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Dropout;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/** D2L-zh §4.6 暂退法 (dropout): from scratch, then {@code nn.Dropout}. */
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
  }
}
