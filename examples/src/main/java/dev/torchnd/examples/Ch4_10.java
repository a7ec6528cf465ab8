package dev.torchnd.examples;

import static dev.torchnd.Torch.*;
import static dev.torchnd.d2l.Pandas.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.DataFrame;
import dev.torchnd.d2l.DataHub;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.Adam;
import dev.torchnd.utils.data.DataLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * D2L-zh §4.10 实战Kaggle比赛：预测房价 (Kaggle house prices): pandas preprocessing ({@code
 * concat}, the numeric columns standardised with {@code apply}, {@code fillna}, {@code
 * get_dummies(dummy_na=True)}), a linear model trained with Adam, K-fold cross-validation and
 * the submission file. Without the competition's files (and no network) {@link DataHub#download}
 * reads the {@link dev.torchnd.d2l.KaggleHouse} stand-in, as the recorded transcript does. The
 * book's {@code submission.csv} is written to {@code target/submission.csv}.
 */
final class Ch4_10 {
  /** Where {@code submission.csv} goes (the book writes it to the notebook's folder). */
  private static final String DIR = "target/";

  private DataFrame train_data;
  private DataFrame test_data;
  private DataFrame all_features;
  private List<Object> numeric_features;
  private int n_train;
  private Tensor train_features;
  private Tensor test_features;
  private Tensor train_labels;
  private int k;
  private int num_epochs;
  private double lr;
  private double weight_decay;
  private int batch_size;
  private static MSELoss loss;
  private static long in_features;

  static Sequential get_net() {
    Sequential net = new Sequential(new Linear(in_features, 1));
    return net;
  }

  static double log_rmse(Sequential net, Tensor features, Tensor labels) {
    // 为了在取对数时进一步稳定该值，将小于1的值设置为1
    Tensor clipped_preds = clamp(net.call(features), 1.0, Double.POSITIVE_INFINITY);
    Tensor rmse = sqrt(loss.call(log(clipped_preds), log(labels)));
    return rmse.doubleValue();
  }

  /** {@code train(...)}: returns {@code [train_ls, test_ls]}. */
  static List<List<Double>> train(Sequential net, Tensor train_features, Tensor train_labels,
      Tensor test_features, Tensor test_labels, int num_epochs, double learning_rate,
      double weight_decay, int batch_size) {
    List<Double> train_ls = new ArrayList<>();
    List<Double> test_ls = new ArrayList<>();
    DataLoader<List<Tensor>> train_iter =
        D2l.load_array(new Tensor[] {train_features, train_labels}, batch_size);
    // 这里使用的是Adam优化算法
    Adam optimizer = new Adam(net.parameters(),
        Map.of("lr", learning_rate, "weight_decay", weight_decay));
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      for (List<Tensor> Xy : train_iter) {
        optimizer.zero_grad();
        Tensor l = loss.call(net.call(Xy.get(0)), Xy.get(1));
        l.backward();
        optimizer.step();
      }
      train_ls.add(log_rmse(net, train_features, train_labels));
      if (test_labels != null) {
        test_ls.add(log_rmse(net, test_features, test_labels));
      }
    }
    return List.of(train_ls, test_ls);
  }

  /** {@code get_k_fold_data(k, i, X, y)}: {@code {X_train, y_train, X_valid, y_valid}}. */
  static Tensor[] get_k_fold_data(int k, int i, Tensor X, Tensor y) {
    if (!(k > 1)) {
      throw new AssertionError(); // assert k > 1
    }
    long fold_size = X.shape().at(0) / k;
    Tensor X_train = null;
    Tensor y_train = null;
    Tensor X_valid = null;
    Tensor y_valid = null;
    for (int j = 0; j < k; j++) {
      String idx = (j * fold_size) + ":" + ((j + 1) * fold_size);
      Tensor X_part = X.get(idx + ", :");
      Tensor y_part = y.get(idx);
      if (j == i) {
        X_valid = X_part;
        y_valid = y_part;
      } else if (X_train == null) {
        X_train = X_part;
        y_train = y_part;
      } else {
        X_train = cat(List.of(X_train, X_part), 0);
        y_train = cat(List.of(y_train, y_part), 0);
      }
    }
    return new Tensor[] {X_train, y_train, X_valid, y_valid};
  }

  /** {@code k_fold(...)}: the mean training and validation log rmse. */
  static double[] k_fold(int k, Tensor X_train, Tensor y_train, int num_epochs,
      double learning_rate, double weight_decay, int batch_size) {
    double train_l_sum = 0;
    double valid_l_sum = 0;
    for (int i = 0; i < k; i++) {
      Tensor[] data = get_k_fold_data(k, i, X_train, y_train);
      Sequential net = get_net();
      List<List<Double>> ls = train(net, data[0], data[1], data[2], data[3], num_epochs,
          learning_rate, weight_decay, batch_size);
      List<Double> train_ls = ls.get(0);
      List<Double> valid_ls = ls.get(1);
      train_l_sum += train_ls.get(train_ls.size() - 1);
      valid_l_sum += valid_ls.get(valid_ls.size() - 1);
      if (i == 0) {
        List<Double> epochs = new ArrayList<>();
        for (int e = 1; e <= num_epochs; e++) {
          epochs.add((double) e);
        }
        D2l.plot(epochs, List.of(train_ls, valid_ls), "epoch", "rmse", List.of("train", "valid"),
            new double[] {1, num_epochs}, null, "linear", "log", null, new double[] {3.5, 2.5},
            null);
        D2l.savefig("ch4_10_zh_kfold");
      }
      System.out.println("折" + (i + 1) + "，训练log rmse" + PyFormat.f(train_ls.get(train_ls.size() - 1), 6)
          + ", " + "验证log rmse" + PyFormat.f(valid_ls.get(valid_ls.size() - 1), 6));
    }
    return new double[] {train_l_sum / k, valid_l_sum / k};
  }

  static void train_and_pred(Tensor train_features, Tensor test_features, Tensor train_labels,
      DataFrame test_data, int num_epochs, double lr, double weight_decay, int batch_size) {
    Sequential net = get_net();
    List<Double> train_ls = train(net, train_features, train_labels, null, null, num_epochs, lr,
        weight_decay, batch_size).get(0);
    D2l.plot(arange(1, num_epochs + 1), List.of(train_ls), "epoch", "log rmse", List.of(),
        new double[] {1, num_epochs}, null, "linear", "log", null, new double[] {3.5, 2.5}, null);
    D2l.savefig("ch4_10_zh_train");
    System.out.println("训练log rmse：" + PyFormat.f(train_ls.get(train_ls.size() - 1), 6));
    // 将网络应用于测试集。
    Tensor preds = net.call(test_features).detach(); // d2l.numpy(...)
    // 将其重新格式化以导出到Kaggle
    test_data.set("SalePrice", Series(preds.reshape(1, -1).get(0)));
    DataFrame submission = concat(List.of(test_data.get("Id"), test_data.get("SalePrice")), 1);
    submission.to_csv(DIR + "submission.csv", false);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // import os, requests, zipfile, tarfile, hashlib; DATA_HUB = dict(); DATA_URL = ... -> DataHub
    nb.cell(() -> {}); // def download(name, cache_dir=os.path.join('..', 'data')):  #@save -> DataHub.download
    nb.cell(() -> {}); // def download_extract(name, folder=None), def download_all() -> DataHub
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; import torch; from torch import nn; import pandas as pd; import numpy as np
    nb.cell(() -> {
      DataHub.DATA_HUB.put("kaggle_house_train", new String[] {
          DataHub.DATA_URL + "kaggle_house_pred_train.csv",
          "585e9cc93e70b39160e7921475f9bcd7d31219ce"});
      DataHub.DATA_HUB.put("kaggle_house_test", new String[] {
          DataHub.DATA_URL + "kaggle_house_pred_test.csv",
          "fa19780a7b011d9b009e8bff8e99922a8ee2eb90"});
    });
    nb.cell(() -> {
      train_data = read_csv(DataHub.download("kaggle_house_train"));
      test_data = read_csv(DataHub.download("kaggle_house_test"));
    });
    nb.cell(() -> {
      nb.print(train_data.shape());
      nb.print(test_data.shape());
    });
    nb.cell(() -> System.out.println(train_data.iloc("0:4", new int[] {0, 1, 2, 3, -3, -2, -1})));
    nb.cell(() -> all_features = concat(List.of(train_data.iloc(":", "1:-1"), test_data.iloc(":", "1:"))));
    nb.cell(() -> {
      // 若无法获得测试数据，则可根据训练数据计算均值和标准差
      numeric_features = all_features.dtypes().get(all_features.dtypes().ne("object")).index();
      all_features.set(numeric_features, all_features.get(numeric_features).apply(
          x -> x.sub(x.mean()).div(x.std())));
      // 在标准化数据之后，所有均值消失，因此我们可以将缺失值设置为0
      all_features.set(numeric_features, all_features.get(numeric_features).fillna(0));
    });
    nb.cell(() -> {
      // “Dummy_na=True”将“na”（缺失值）视为有效的特征值，并为其创建指示符特征
      all_features = get_dummies(all_features, true);
      nb.show(all_features.shape());
    });
    nb.cell(() -> {
      n_train = (int) train_data.shape()[0];
      train_features = all_features.iloc(":" + n_train).values().to(float32);
      test_features = all_features.iloc(n_train + ":").values().to(float32);
      train_labels = train_data.get("SalePrice").values().reshape(-1, 1).to(float32);
    });
    nb.cell(() -> {
      loss = new MSELoss();
      in_features = train_features.shape().at(1);
    }); // def get_net() -> Ch4_10.get_net
    nb.cell(() -> {}); // def log_rmse(net, features, labels) -> Ch4_10.log_rmse
    nb.cell(() -> {}); // def train(net, train_features, train_labels, test_features, test_labels, ...) -> Ch4_10.train
    nb.cell(() -> {}); // def get_k_fold_data(k, i, X, y) -> Ch4_10.get_k_fold_data
    nb.cell(() -> {}); // def k_fold(k, X_train, y_train, num_epochs, learning_rate, weight_decay, batch_size) -> Ch4_10.k_fold
    nb.cell(() -> {
      k = 5;
      num_epochs = 100;
      lr = 5;
      weight_decay = 0;
      batch_size = 64;
      double[] l = k_fold(k, train_features, train_labels, num_epochs, lr, weight_decay,
          batch_size);
      System.out.println(k + "-折验证: 平均训练log rmse: " + PyFormat.f(l[0], 6) + ", "
          + "平均验证log rmse: " + PyFormat.f(l[1], 6));
    });
    nb.cell(() -> {}); // def train_and_pred(train_features, test_features, train_labels, test_data, ...) -> Ch4_10.train_and_pred
    nb.cell(() -> train_and_pred(train_features, test_features, train_labels, test_data,
        num_epochs, lr, weight_decay, batch_size));
    nb.cell(() -> {
      // added: the first lines of the file to submit
      List<String> lines = Files.readAllLines(Path.of(DIR + "submission.csv"), StandardCharsets.UTF_8);
      System.out.print(String.join("\n", lines.subList(0, Math.min(6, lines.size()))) + "\n");
    });
  }
}
