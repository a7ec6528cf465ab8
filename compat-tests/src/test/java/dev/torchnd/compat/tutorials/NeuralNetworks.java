package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Conv2d;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.SGD;
import java.util.ArrayList;
import java.util.List;

/**
 * The 60-minute blitz's "Neural Networks" ({@code beginner_source/blitz/neural_networks_tutorial.py}):
 * LeNet with {@code nn.Conv2d} and {@code F.max_pool2d}, its parameters, a backward from a random
 * gradient, {@code nn.MSELoss} and one {@code optim.SGD} step. {@code
 * loss.grad_fn.next_functions[0][0]} is {@code next_functions()[0].node()}.
 */
public final class NeuralNetworks {
  private NeuralNetworks() {}

  static final class Net extends Module {
    // 1 input image channel, 6 output channels, 5x5 square convolution kernel
    final Conv2d conv1 = register_module("conv1", new Conv2d(1, 6, 5));
    final Conv2d conv2 = register_module("conv2", new Conv2d(6, 16, 5));
    // an affine operation: y = Wx + b
    final Linear fc1 = register_module("fc1", new Linear(16 * 5 * 5, 120));
    final Linear fc2 = register_module("fc2", new Linear(120, 84));
    final Linear fc3 = register_module("fc3", new Linear(84, 10));

    @Override
    public Tensor forward(Tensor x) {
      // Max pooling over a (2, 2) window
      x = F.max_pool2d(F.relu(conv1.call(x)), new long[] {2, 2});
      // If the size is a square you can only specify a single number
      x = F.max_pool2d(F.relu(conv2.call(x)), 2);
      x = x.view(-1, num_flat_features(x));
      x = F.relu(fc1.call(x));
      x = F.relu(fc2.call(x));
      x = fc3.call(x);
      return x;
    }

    long num_flat_features(Tensor x) {
      List<Long> size = x.size().subList(1, x.dim()); // all dimensions except the batch dimension
      long num_features = 1;
      for (long s : size) {
        num_features *= s;
      }
      return num_features;
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    var net = new Net();
    print(net);

    List<Parameter> params = new ArrayList<>(net.parameters());
    print(params.size());
    print(params.get(0).size()); // conv1's .weight

    Tensor input = randn(1, 1, 32, 32);
    Tensor out = net.call(input);
    print(out);

    net.zero_grad();
    out.backward(randn(1, 10));

    Tensor output = net.call(input);
    Tensor target = randn(10); // a dummy target, for example
    target = target.view(1, -1); // make it the same shape as output
    var criterion = new MSELoss();

    Tensor loss = criterion.call(output, target);
    print(loss);

    print(loss.grad_fn()); // MSELoss
    print(loss.grad_fn().next_functions()[0].node()); // Linear
    print(loss.grad_fn().next_functions()[0].node().next_functions()[0].node()); // ReLU

    net.zero_grad(); // zeroes the gradient buffers of all parameters

    print("conv1.bias.grad before backward");
    print(net.conv1.bias().grad());

    loss.backward();

    print("conv1.bias.grad after backward");
    print(net.conv1.bias().grad());

    // create your optimizer
    var optimizer = new SGD(net.parameters(), 0.01);

    // in your training loop:
    optimizer.zero_grad(); // zero the gradient buffers
    output = net.call(input);
    loss = criterion.call(output, target);
    loss.backward();
    optimizer.step(); // Does the update
    print(criterion.call(net.call(input), target), net.fc3.bias());
  }
}
