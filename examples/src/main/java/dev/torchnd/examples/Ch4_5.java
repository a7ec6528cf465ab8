package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.Animator;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * D2L-zh §4.5 权重衰减 (weight decay): an L2 penalty from scratch, then {@code weight_decay} in
 * an optimizer parameter group; then its code exercises.
 */
final class Ch4_5 {
  private int n_train;
  private int n_test;
  private int num_inputs;
  private int batch_size;
  private Tensor true_w;
  private double true_b;
  private DataLoader<List<Tensor>> train_iter;
  private DataLoader<List<Tensor>> test_iter;

  /** {@code def init_params()}. */
  List<Tensor> init_params() {
    Tensor w = normal(0, 1, num_inputs, 1).requires_grad_();
    Tensor b = zeros(new long[] {1}, float32, true);
    return List.of(w, b);
  }

  /** {@code def l2_penalty(w)}. */
  static Tensor l2_penalty(Tensor w) {
    return sum(w.pow(2)).div(2);
  }

  /** {@code def train(lambd)}. */
  void train(double lambd) {
    List<Tensor> wb = init_params();
    Tensor w = wb.get(0);
    Tensor b = wb.get(1);
    Function<Tensor, Tensor> net = X -> D2l.linreg(X, w, b);
    int num_epochs = 100;
    double lr = 0.003;
    Animator animator = new Animator("epochs", "loss", List.of("train", "test"),
        new double[] {5, num_epochs}, null, "linear", "log");
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      for (List<Tensor> Xy : train_iter) {
        // 增加了L2范数惩罚项，广播机制使l2_penalty(w)成为一个长度为batch_size的向量
        Tensor l = D2l.squared_loss(net.apply(Xy.get(0)), Xy.get(1)).add(mul(lambd, l2_penalty(w)));
        l.sum().backward();
        D2l.sgd(List.of(w, b), lr, batch_size);
      }
      if ((epoch + 1) % 5 == 0) {
        animator.add(epoch + 1, D2l.evaluate_loss(net, train_iter, D2l::squared_loss),
            D2l.evaluate_loss(net, test_iter, D2l::squared_loss));
      }
    }
    System.out.println("w的L2范数是： " + Notebook.repr(norm(w).doubleValue()));
  }

  /** {@code def train_concise(wd)}. */
  void train_concise(double wd) {
    Sequential net = new Sequential(new Linear(num_inputs, 1));
    for (Parameter param : net.parameters()) {
      param.data().normal_();
    }
    MSELoss loss = new MSELoss("none");
    int num_epochs = 100;
    double lr = 0.003;
    // 偏置参数没有衰减
    Linear lin = net.get(0);
    SGD trainer = new SGD(List.of(
        Map.of("params", lin.weight(), "weight_decay", wd),
        Map.of("params", lin.bias())), lr);
    Animator animator = new Animator("epochs", "loss", List.of("train", "test"),
        new double[] {5, num_epochs}, null, "linear", "log");
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      for (List<Tensor> Xy : train_iter) {
        trainer.zero_grad();
        Tensor l = loss.call(net.call(Xy.get(0)), Xy.get(1));
        l.mean().backward();
        trainer.step();
      }
      if ((epoch + 1) % 5 == 0) {
        animator.add(epoch + 1, D2l.evaluate_loss(net, train_iter, loss),
            D2l.evaluate_loss(net, test_iter, loss));
      }
    }
    System.out.println("w的L2范数： " + Notebook.repr(lin.weight().norm().doubleValue()));
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; import torch; from torch import nn
    nb.cell(() -> {
      n_train = 20;
      n_test = 100;
      num_inputs = 200;
      batch_size = 5;
      true_w = ones(num_inputs, 1).mul(0.01);
      true_b = 0.05;
      Tensor[] train_data = D2l.synthetic_data(true_w, true_b, n_train);
      train_iter = D2l.load_array(train_data, batch_size);
      Tensor[] test_data = D2l.synthetic_data(true_w, true_b, n_test);
      test_iter = D2l.load_array(test_data, batch_size, false);
    });
    nb.cell(() -> {}); // def init_params(): ... -> Ch4_5.init_params
    nb.cell(() -> {}); // def l2_penalty(w): ... -> Ch4_5.l2_penalty
    nb.cell(() -> {}); // def train(lambd): ... -> Ch4_5.train
    nb.cell(() -> train(0));
    nb.cell(() -> train(3));
    nb.cell(() -> {}); // def train_concise(wd): ... -> Ch4_5.train_concise
    nb.cell(() -> train_concise(0));
    nb.cell(() -> train_concise(3));
    // exercise 1: train and test loss as functions of lambda (100 epochs each), plotted
    nb.cell(() -> {
      // def train_lambd(lambd, penalty=l2_penalty, num_epochs=100, lr=0.003) -> Ch4_5.train_lambd
      lambds = List.of(0, 1, 2, 4, 8, 16);
      nets = new ArrayList<>();
      for (int lambd : lambds) {
        nets.add(train_lambd(lambd, Ch4_5::l2_penalty).net());
      }
      train_ls = new ArrayList<>();
      test_ls = new ArrayList<>();
      for (Function<Tensor, Tensor> net : nets) {
        train_ls.add(D2l.evaluate_loss(net, train_iter, D2l::squared_loss));
      }
      for (Function<Tensor, Tensor> net : nets) {
        test_ls.add(D2l.evaluate_loss(net, test_iter, D2l::squared_loss));
      }
      for (int i = 0; i < lambds.size(); i++) {
        nb.print("lambda " + lambds.get(i) + ": train loss " + PyFormat.f(train_ls.get(i), 5)
            + ", test loss " + PyFormat.f(test_ls.get(i), 5));
      }
      double[] x = lambds.stream().mapToDouble(Integer::doubleValue).toArray();
      D2l.plot(x, List.of(toArray(train_ls), toArray(test_ls)), "lambda", "loss",
          List.of("train", "test"), null, null, "linear", "log", null, new double[] {3.5, 2.5}, null);
      D2l.savefig("ch4_5_zh_ex_lambda");
    });
    // exercise 2: choose lambda on a validation set; is it the best one for the test set?
    nb.cell(() -> {
      var valid_iter = D2l.load_array(D2l.synthetic_data(true_w, true_b, 100), batch_size, false);
      List<Double> valid_ls = new ArrayList<>();
      for (Function<Tensor, Tensor> net : nets) {
        valid_ls.add(D2l.evaluate_loss(net, valid_iter, D2l::squared_loss));
      }
      int best = argmin(valid_ls);
      nb.print("validation: lambda " + lambds.get(best) + " (validation loss "
          + PyFormat.f(valid_ls.get(best), 5) + ", test loss " + PyFormat.f(test_ls.get(best), 5) + ")");
      nb.print("lowest test loss: lambda", lambds.get(argmin(test_ls)));
    });
    // exercise 3: the L1 penalty: its gradient lambda * sign(w) drives weights to zero
    nb.cell(() -> {
      // def l1_penalty(w): ... -> Ch4_5.l1_penalty
      Trained t = train_lambd(3, Ch4_5::l1_penalty);
      nb.show(D2l.evaluate_loss(t.net(), test_iter, D2l::squared_loss),
          t.w().abs().lt(0.01).sum().item());
    });
    // exercise 4: the matrix analogue of ||w||^2 = w^T w: ||X||_F^2 = tr(X^T X)
    nb.cell(() -> {
      Tensor X = randn(3, 4);
      nb.show(norm(X).pow(2), trace(X.T().matmul(X)), X.mul(X).sum());
    });
  }

  // ---- code exercises ----

  private List<Integer> lambds;
  private List<Function<Tensor, Tensor>> nets;
  private List<Double> train_ls;
  private List<Double> test_ls;

  /** What {@code train_lambd} returns: {@code net, w}. */
  record Trained(Function<Tensor, Tensor> net, Tensor w) {}

  /** {@code def train_lambd(lambd, penalty=l2_penalty, num_epochs=100, lr=0.003)} (exercise 1). */
  Trained train_lambd(double lambd, Function<Tensor, Tensor> penalty) {
    int num_epochs = 100;
    double lr = 0.003;
    List<Tensor> wb = init_params();
    Tensor w = wb.get(0);
    Tensor b = wb.get(1);
    Function<Tensor, Tensor> net = X -> D2l.linreg(X, w, b);
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      for (List<Tensor> Xy : train_iter) {
        Tensor l = D2l.squared_loss(net.apply(Xy.get(0)), Xy.get(1)).add(mul(lambd, penalty.apply(w)));
        l.sum().backward();
        D2l.sgd(List.of(w, b), lr, batch_size);
      }
    }
    return new Trained(net, w);
  }

  /** {@code def l1_penalty(w)} (exercise 3). */
  static Tensor l1_penalty(Tensor w) {
    return sum(abs(w));
  }

  /** {@code min(range(len(xs)), key=lambda i: xs[i])}. */
  private static int argmin(List<Double> xs) {
    int best = 0;
    for (int i = 1; i < xs.size(); i++) {
      if (xs.get(i) < xs.get(best)) {
        best = i;
      }
    }
    return best;
  }

  private static double[] toArray(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
