package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.HuberLoss;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/**
 * D2L-zh §3.3 线性回归的简洁实现 (linear regression, concisely): {@code data.DataLoader}, {@code
 * nn.Sequential(nn.Linear(2, 1))}, {@code nn.MSELoss} and {@code torch.optim.SGD}.
 */
final class Ch3_3 {
  private Tensor true_w;
  private double true_b;
  private Tensor features;
  private Tensor labels;
  private int batch_size;
  private DataLoader<List<Tensor>> data_iter;
  private Sequential net;
  private MSELoss loss;
  private SGD trainer;

  void zh(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import numpy as np; import torch; from torch.utils import data
    nb.cell(() -> {
      true_w = tensor(new double[] {2, -3.4});
      true_b = 4.2;
      Tensor[] data = D2l.synthetic_data(true_w, true_b, 1000);
      features = data[0];
      labels = data[1];
    });
    nb.cell(() -> {}); // def load_array(data_arrays, batch_size, is_train=True):  #@save -> D2l.load_array
    nb.cell(() -> {
      batch_size = 10;
      data_iter = D2l.load_array(new Tensor[] {features, labels}, batch_size);
    });
    nb.cell(() -> nb.show(data_iter.iterator().next())); // next(iter(data_iter))
    nb.cell(() -> {
      // nn是神经网络的缩写
      net = new Sequential(new Linear(2, 1));
    });
    nb.cell(() -> {
      net.<Linear>get(0).weight().data().normal_(0, 0.01);
      nb.show(net.<Linear>get(0).bias().data().fill_(0));
    });
    nb.cell(() -> loss = new MSELoss());
    nb.cell(() -> trainer = new SGD(net.parameters(), 0.03));
    nb.cell(() -> {
      int num_epochs = 3;
      for (int epoch = 0; epoch < num_epochs; epoch++) {
        for (List<Tensor> Xy : data_iter) {
          Tensor l = loss.call(net.call(Xy.get(0)), Xy.get(1));
          trainer.zero_grad();
          l.backward();
          trainer.step();
        }
        Tensor l = loss.call(net.call(features), labels);
        nb.print("epoch " + (epoch + 1) + ", loss " + PyFormat.f(l.doubleValue(), 6));
      }
    });
    nb.cell(() -> {
      Tensor w = net.<Linear>get(0).weight().data();
      nb.print("w的估计误差：", true_w.sub(w.reshape(true_w.shape())));
      Tensor b = net.<Linear>get(0).bias().data();
      nb.print("b的估计误差：", sub(true_b, b));
    });
    // exercise 1: the summed loss instead of the mean: divide the learning rate by batch_size
    nb.cell(() -> {
      net = new Sequential(new Linear(2, 1));
      net.<Linear>get(0).weight().data().normal_(0, 0.01);
      net.<Linear>get(0).bias().data().fill_(0);
      MSELoss sumLoss = new MSELoss("sum");
      trainer = new SGD(net.parameters(), 0.03 / batch_size);
      for (int epoch = 0; epoch < 3; epoch++) {
        for (List<Tensor> Xy : data_iter) {
          Tensor l = sumLoss.call(net.call(Xy.get(0)), Xy.get(1));
          trainer.zero_grad();
          l.backward();
          trainer.step();
        }
        Tensor l = sumLoss.call(net.call(features), labels);
        nb.print("epoch " + (epoch + 1) + ", loss "
            + PyFormat.f(l.div(features.len()).doubleValue(), 6));
      }
    });
    // exercise 2: Huber's loss
    nb.cell(() -> {
      net = new Sequential(new Linear(2, 1));
      net.<Linear>get(0).weight().data().normal_(0, 0.01);
      net.<Linear>get(0).bias().data().fill_(0);
      HuberLoss huber = new HuberLoss();
      trainer = new SGD(net.parameters(), 0.03);
      for (int epoch = 0; epoch < 3; epoch++) {
        for (List<Tensor> Xy : data_iter) {
          Tensor l = huber.call(net.call(Xy.get(0)), Xy.get(1));
          trainer.zero_grad();
          l.backward();
          trainer.step();
        }
        Tensor l = huber.call(net.call(features), labels);
        nb.print("epoch " + (epoch + 1) + ", loss " + PyFormat.f(l.doubleValue(), 6));
      }
    });
    // exercise 3: the gradients of the linear layer
    nb.cell(() -> nb.show(net.<Linear>get(0).weight().grad(), net.<Linear>get(0).bias().grad()));
  }
}
