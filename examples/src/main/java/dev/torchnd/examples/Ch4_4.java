package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.Animator;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.NpRandom;
import dev.torchnd.d2l.NumPyFormat;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/**
 * D2L-zh §4.4 模型选择、欠拟合和过拟合 (model selection, underfitting, overfitting): polynomial
 * regression. The data are NumPy's ({@link NpRandom}: {@code np.random.normal}, {@code
 * np.random.shuffle} bit for bit; NumPy arrays are {@code double[]}); {@code
 * print(w.numpy())} is {@link NumPyFormat#str}.
 */
final class Ch4_4 {
  private int max_degree;
  private int n_train;
  private int n_test;
  private double[] true_w_np;
  private double[][] poly_np;
  private double[] labels_np;
  private double[] features_np;
  private Tensor true_w;
  private Tensor features;
  private Tensor poly_features;
  private Tensor labels;

  /** {@code def train(train_features, test_features, train_labels, test_labels, num_epochs=400)}. */
  static void train(Tensor train_features, Tensor test_features, Tensor train_labels,
      Tensor test_labels, int num_epochs) {
    MSELoss loss = new MSELoss("none");
    long input_shape = train_features.shape().at(-1 + train_features.dim());
    // 不设置偏置，因为我们已经在多项式中实现了它
    Sequential net = new Sequential(new Linear(input_shape, 1, false));
    int batch_size = (int) Math.min(10, train_labels.shape().at(0));
    DataLoader<List<Tensor>> train_iter =
        D2l.load_array(new Tensor[] {train_features, train_labels.reshape(-1, 1)}, batch_size);
    DataLoader<List<Tensor>> test_iter =
        D2l.load_array(new Tensor[] {test_features, test_labels.reshape(-1, 1)}, batch_size, false);
    SGD trainer = new SGD(net.parameters(), 0.01);
    Animator animator = new Animator("epoch", "loss", List.of("train", "test"),
        new double[] {1, num_epochs}, new double[] {1e-3, 1e2}, "linear", "log");
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      D2l.train_epoch_ch3(net, train_iter, loss, trainer);
      if (epoch == 0 || (epoch + 1) % 20 == 0) {
        animator.add(epoch + 1, D2l.evaluate_loss(net, train_iter, loss),
            D2l.evaluate_loss(net, test_iter, loss));
      }
    }
    System.out.println("weight: " + NumPyFormat.str(net.<Linear>get(0).weight().data()));
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; import math; import numpy as np; import torch; from torch import nn; from d2l import torch as d2l
    nb.cell(() -> {
      max_degree = 20; // 多项式的最大阶数
      n_train = 100; // 训练和测试数据集大小
      n_test = 100;
      true_w_np = new double[max_degree]; // 分配大量的空间
      System.arraycopy(new double[] {5, 1.2, -3.4, 5.6}, 0, true_w_np, 0, 4);

      features_np = NpRandom.normal(0, 1, n_train + n_test); // shape (n_train + n_test, 1)
      Double[] rows = new Double[features_np.length];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = features_np[i];
      }
      NpRandom.shuffle(rows);
      poly_np = new double[rows.length][max_degree];
      labels_np = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        features_np[r] = rows[r];
        for (int i = 0; i < max_degree; i++) {
          poly_np[r][i] = Math.pow(rows[r], i) / factorial(i); // gamma(n)=(n-1)!
        }
        // labels的维度:(n_train+n_test,)
        double dot = 0;
        for (int i = 0; i < max_degree; i++) {
          dot += poly_np[r][i] * true_w_np[i];
        }
        labels_np[r] = dot;
      }
      double[] noise = NpRandom.normal(0, 0.1, labels_np.length);
      for (int r = 0; r < labels_np.length; r++) {
        labels_np[r] += noise[r];
      }
    });
    nb.cell(() -> {
      // NumPy ndarray转换为tensor
      true_w = tensor(true_w_np, float32);
      features = tensor(features_np, float32).reshape(-1, 1);
      poly_features = tensor(poly_np, float32);
      labels = tensor(labels_np, float32);
    });
    nb.cell(() -> nb.show(features.get(":2"), poly_features.get(":2, :"), labels.get(":2")));
    nb.cell(() -> {}); // def evaluate_loss(net, data_iter, loss):  #@save -> D2l.evaluate_loss
    nb.cell(() -> {}); // def train(train_features, test_features, train_labels, test_labels, num_epochs=400) -> Ch4_4.train
    nb.cell(() -> {
      // 从多项式特征中选择前4个维度，即1,x,x^2/2!,x^3/3!
      train(poly_features.get(":" + n_train + ", :4"), poly_features.get(n_train + ":, :4"),
          labels.get(":" + n_train), labels.get(n_train + ":"), 400);
    });
    nb.cell(() -> {
      // 从多项式特征中选择前2个维度，即1和x
      train(poly_features.get(":" + n_train + ", :2"), poly_features.get(n_train + ":, :2"),
          labels.get(":" + n_train), labels.get(n_train + ":"), 400);
    });
    nb.cell(() -> {
      // 从多项式特征中选取所有维度
      train(poly_features.get(":" + n_train + ", :"), poly_features.get(n_train + ":, :"),
          labels.get(":" + n_train), labels.get(n_train + ":"), 1500);
    });
  }

  /** {@code math.gamma(i + 1)} for small integers: exact. */
  static double factorial(int n) {
    double f = 1;
    for (int i = 2; i <= n; i++) {
      f *= i;
    }
    return f;
  }
}
