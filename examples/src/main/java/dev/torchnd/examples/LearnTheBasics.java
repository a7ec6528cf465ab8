package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.Optimizer;
import dev.torchnd.optim.SGD;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.TensorDataset;
import java.util.List;

/**
 * PyTorch's "Learn the Basics" optimization loop (the tutorial's {@code NeuralNetwork},
 * {@code train_loop}, {@code test_loop}) ported line for line, on the synthetic
 * Fashion-MNIST-shaped data of {@code compat-tests/recorder/record_learn_the_basics.py}; it
 * prints what that script prints under PyTorch 1.13.
 *
 * <pre>{@code
 * mvn -q -ntp -pl examples -am compile exec:java -Dexec.mainClass=dev.torchnd.examples.LearnTheBasics
 * }</pre>
 */
public final class LearnTheBasics {
  private LearnTheBasics() {}

  static final class NeuralNetwork extends Module {
    final Flatten flatten = register_module("flatten", new Flatten());
    final Sequential linear_relu_stack =
        register_module(
            "linear_relu_stack",
            new Sequential(
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

  static void train_loop(
      DataLoader<List<Tensor>> dataloader, Module model, Module loss_fn, Optimizer optimizer) {
    int size = dataloader.dataset().len();
    int batch = 0;
    for (List<Tensor> Xy : dataloader) {
      Tensor X = Xy.get(0);
      Tensor y = Xy.get(1);
      // Compute prediction and loss
      Tensor pred = model.call(X);
      Tensor loss = loss_fn.call(pred, y);

      // Backpropagation
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();

      if (batch % 100 == 0) {
        double lossValue = loss.doubleValue();
        long current = batch * X.len();
        System.out.println(
            "loss: " + pad(PyFormat.f(lossValue, 6), 7) + "  [" + pad(current, 5) + "/"
                + pad(size, 5) + "]");
      }
      batch++;
    }
  }

  static void test_loop(DataLoader<List<Tensor>> dataloader, Module model, Module loss_fn) {
    int size = dataloader.dataset().len();
    int num_batches = dataloader.len();
    double test_loss = 0;
    double correct = 0;

    try (var g = no_grad()) {
      for (List<Tensor> Xy : dataloader) {
        Tensor X = Xy.get(0);
        Tensor y = Xy.get(1);
        Tensor pred = model.call(X);
        test_loss += loss_fn.call(pred, y).doubleValue();
        correct += pred.argmax(1).eq(y).type(float32).sum().doubleValue();
      }
    }

    test_loss /= num_batches;
    correct /= size;
    System.out.println(
        "Test Error: \n Accuracy: " + PyFormat.f(100 * correct, 1) + "%, Avg loss: "
            + pad(PyFormat.f(test_loss, 6), 8) + " \n");
  }

  private static String pad(Object v, int width) {
    String s = String.valueOf(v);
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  /** Runs the tutorial's loop for 3 epochs. */
  public static void main(String[] args) {
    manual_seed(0);
    var training_data = new TensorDataset(rand(1280, 1, 28, 28), randint(0, 10, 1280));
    var test_data = new TensorDataset(rand(320, 1, 28, 28), randint(0, 10, 320));

    var train_dataloader = new DataLoader<>(training_data, 64);
    var test_dataloader = new DataLoader<>(test_data, 64);

    var model = new NeuralNetwork();

    double learning_rate = 1e-3;
    int epochs = 3;

    var loss_fn = new CrossEntropyLoss();
    var optimizer = new SGD(model.parameters(), learning_rate);

    System.out.println(model);
    for (int t = 0; t < epochs; t++) {
      System.out.println("Epoch " + (t + 1) + "\n-------------------------------");
      train_loop(train_dataloader, model, loss_fn, optimizer);
      test_loop(test_dataloader, model, loss_fn);
    }
    System.out.println(optimizer);
    System.out.println("Done!");
  }
}
