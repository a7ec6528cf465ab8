package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Dropout;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Map;

/**
 * PyTorch's "Save and Load the Model" tutorial ({@code
 * beginner_source/basics/saveloadrun_tutorial.py}): saving a {@code state_dict} with {@code
 * torch.save} and loading it into a fresh model, on a small network instead of torchvision's
 * pretrained {@code vgg16} (a download); {@code torch.save(model)} (pickling the class) and the
 * ONNX export have no Java counterpart and are left out.
 */
public final class SaveLoadRun {
  private SaveLoadRun() {}

  static final class NeuralNetwork extends Module {
    final Flatten flatten = register_module("flatten", new Flatten());
    final Sequential linear_relu_stack = register_module("linear_relu_stack", new Sequential(
        new Linear(28 * 28, 64),
        new ReLU(),
        new Dropout(0.5),
        new Linear(64, 10)));

    @Override
    public Tensor forward(Tensor x) {
      return linear_relu_stack.call(flatten.call(x));
    }
  }

  public static void main(String[] args) {
    try {
      manual_seed(0);
      String path = Files.createTempDirectory("saveload").resolve("model_weights.pth").toString();
      var model = new NeuralNetwork();
      save(model.state_dict(), path);

      model = new NeuralNetwork(); // fresh weights
      print(model.load_state_dict(load(path)));
      print(model.<NeuralNetwork>eval());
      Tensor X = rand(2, 28, 28);
      print(model.call(X));
      Map<String, Tensor> sd = load(path);
      print(new ArrayList<>(sd.keySet()));
      print(sd.get("linear_relu_stack.3.bias"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
