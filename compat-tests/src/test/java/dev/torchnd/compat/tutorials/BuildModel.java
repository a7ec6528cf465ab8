package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.Softmax;
import java.util.Map;

/**
 * PyTorch's "Build the Neural Network" tutorial ({@code
 * beginner_source/basics/buildmodel_tutorial.py}) ported cell by cell.
 */
public final class BuildModel {
  private BuildModel() {}

  static final class NeuralNetwork extends Module {
    final Flatten flatten = register_module("flatten", new Flatten());
    final Sequential linear_relu_stack = register_module("linear_relu_stack", new Sequential(
        new Linear(28 * 28, 512),
        new ReLU(),
        new Linear(512, 512),
        new ReLU(),
        new Linear(512, 10)));

    @Override
    public Tensor forward(Tensor x) {
      x = flatten.call(x);
      Tensor logits = linear_relu_stack.call(x);
      return logits;
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    String device = cuda.is_available() ? "cuda" : "cpu";
    print("Using " + device + " device");

    var model = new NeuralNetwork();
    model.to(device);
    print(model);

    Tensor X = rand(new long[] {1, 28, 28}, device(device));
    Tensor logits = model.call(X);
    Tensor pred_probab = new Softmax(1).call(logits);
    Tensor y_pred = pred_probab.argmax(1);
    print("Predicted class: " + y_pred);

    Tensor input_image = rand(3, 28, 28);
    print(input_image.size());

    var flatten = new Flatten();
    Tensor flat_image = flatten.call(input_image);
    print(flat_image.size());

    var layer1 = new Linear(28 * 28, 20);
    Tensor hidden1 = layer1.call(flat_image);
    print(hidden1.size());

    print("Before ReLU: " + hidden1 + "\n\n");
    hidden1 = new ReLU().call(hidden1);
    print("After ReLU: " + hidden1);

    var seq_modules = new Sequential(
        flatten,
        layer1,
        new ReLU(),
        new Linear(20, 10));
    input_image = rand(3, 28, 28);
    logits = seq_modules.call(input_image);

    var softmax = new Softmax(1);
    pred_probab = softmax.call(logits);
    print(pred_probab);

    print("Model structure: ", model, "\n\n");

    for (Map.Entry<String, Parameter> e : model.named_parameters().entrySet()) {
      String name = e.getKey();
      Parameter param = e.getValue();
      print("Layer: " + name + " | Size: " + param.size() + " | Values : " + param.get(":2") + " \n");
    }
  }
}
