package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.BatchNorm1d;
import dev.torchnd.nn.Dropout;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MaxPool2d;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Softmax;

/**
 * "Building Models with PyTorch" of the PyTorch-on-YouTube series ({@code
 * beginner_source/introyt/modelsyt_tutorial.py}): a model's repr and parameters, {@code
 * nn.Softmax()} with its implicit dim, a linear layer, unbatched max pooling, {@code
 * BatchNorm1d} on {@code (N, C, L)} and dropout. Its LeNet and LSTM tagger only get defined there
 * (they run in {@link NeuralNetworks} and {@link NlpTutorials}).
 */
public final class IntroYtModels {
  private IntroYtModels() {}

  static final class TinyModel extends Module {
    final Linear linear1 = register_module("linear1", new Linear(100, 200));
    final ReLU activation = register_module("activation", new ReLU());
    final Linear linear2 = register_module("linear2", new Linear(200, 10));
    final Softmax softmax = register_module("softmax", new Softmax());

    @Override
    public Tensor forward(Tensor x) {
      x = linear1.call(x);
      x = activation.call(x);
      x = linear2.call(x);
      x = softmax.call(x);
      return x;
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    var tinymodel = new TinyModel();
    print("The model:");
    print(tinymodel);
    print("\n\nJust one layer:");
    print(tinymodel.linear2);
    print("\n\nModel params:");
    for (Parameter param : tinymodel.parameters()) {
      print(param);
    }
    print("\n\nLayer params:");
    for (Parameter param : tinymodel.linear2.parameters()) {
      print(param);
    }
    print(tinymodel.call(rand(2, 100)).sum(1));
    print(tinymodel.call(rand(100)).sum());

    var lin = new Linear(3, 2);
    Tensor x = rand(1, 3);
    print("Input:");
    print(x);
    print("\n\nWeight and Bias parameters:");
    for (Parameter param : lin.parameters()) {
      print(param);
    }
    Tensor y = lin.call(x);
    print("\n\nOutput:");
    print(y);

    Tensor my_tensor = rand(1, 6, 6);
    print(my_tensor);
    var maxpool_layer = new MaxPool2d(3);
    print(maxpool_layer.call(my_tensor));

    my_tensor = rand(1, 4, 4).mul(20).add(5);
    print(my_tensor);
    print(my_tensor.mean());
    var norm_layer = new BatchNorm1d(4);
    Tensor normed_tensor = norm_layer.call(my_tensor);
    print(normed_tensor);
    print(normed_tensor.mean());

    my_tensor = rand(1, 4, 4);
    var dropout = new Dropout(0.4);
    print(dropout.call(my_tensor));
    print(dropout.call(my_tensor));
  }
}
