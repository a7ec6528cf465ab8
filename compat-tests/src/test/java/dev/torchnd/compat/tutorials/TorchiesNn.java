package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Conv2d;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.MaxPool2d;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.functional.F;

/**
 * "nn package" for former Torch users ({@code beginner_source/former_torchies/nnft_tutorial.py}):
 * a small ConvNet, its loss and gradients, a forward hook and a full backward hook on {@code
 * conv2} (the tutorial's deprecated {@code register_backward_hook} is {@code
 * register_full_backward_hook}, which its warning recommends), and a recurrent net reusing one
 * {@code Linear}. A module returning a tuple ({@code hidden, output = rnn(batch, hidden)}) is a
 * method returning {@code Tensor[]}.
 */
public final class TorchiesNn {
  private TorchiesNn() {}

  static final class MNISTConvNet extends Module {
    final Conv2d conv1 = register_module("conv1", new Conv2d(1, 10, 5));
    final MaxPool2d pool1 = register_module("pool1", new MaxPool2d(2, 2));
    final Conv2d conv2 = register_module("conv2", new Conv2d(10, 20, 5));
    final MaxPool2d pool2 = register_module("pool2", new MaxPool2d(2, 2));
    final Linear fc1 = register_module("fc1", new Linear(320, 50));
    final Linear fc2 = register_module("fc2", new Linear(50, 10));

    @Override
    public Tensor forward(Tensor input) {
      Tensor x = pool1.call(F.relu(conv1.call(input)));
      x = pool2.call(F.relu(conv2.call(x)));
      x = x.flatten(1);
      x = F.relu(fc1.call(x));
      x = F.relu(fc2.call(x));
      return x;
    }
  }

  static final class RNN extends Module {
    final long hidden_size;
    final Linear i2h;
    final Linear h2o;

    RNN(long data_size, long hidden_size, long output_size) {
      this.hidden_size = hidden_size;
      long input_size = data_size + hidden_size;
      i2h = register_module("i2h", new Linear(input_size, hidden_size));
      h2o = register_module("h2o", new Linear(hidden_size, output_size));
    }

    /** Python's {@code forward(data, last_hidden)}, returning {@code (hidden, output)}. */
    Tensor[] step(Tensor data, Tensor last_hidden) {
      Tensor input = cat(new Tensor[] {data, last_hidden}, 1);
      Tensor hidden = i2h.call(input);
      Tensor output = h2o.call(hidden);
      return new Tensor[] {hidden, output};
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    var net = new MNISTConvNet();
    print(net);
    Tensor input = randn(1, 1, 28, 28);
    Tensor out = net.call(input);
    print(out.size());
    Tensor target = tensor(new long[] {3}, int64);
    var loss_fn = new CrossEntropyLoss(); // LogSoftmax + ClassNLL Loss
    Tensor err = loss_fn.call(out, target);
    err.backward();
    print(err);
    print(net.conv1.weight().grad().size());
    print(net.conv1.weight().data().norm()); // norm of the weight
    print(net.conv1.weight().grad().data().norm()); // norm of the gradients

    net.conv2.register_forward_hook((self, in, output) -> {
      print("Inside " + self.getClass().getSimpleName() + " forward");
      print("");
      print("input: ", Py.type(in));
      print("input[0]: ", Py.type(in[0]));
      print("output: ", Py.type(output));
      print("");
      print("input size:", in[0].size());
      print("output size:", output.data().size());
      print("output norm:", output.data().norm());
      return null;
    });
    out = net.call(input);

    net.conv2.register_full_backward_hook((self, grad_input, grad_output) -> {
      print("Inside " + self.getClass().getSimpleName() + " backward");
      print("Inside class:" + self.getClass().getSimpleName());
      print("");
      print("grad_input: ", Py.type(grad_input));
      print("grad_input[0]: ", Py.type(grad_input[0]));
      print("grad_output: ", Py.type(grad_output));
      print("grad_output[0]: ", Py.type(grad_output[0]));
      print("");
      print("grad_input size:", grad_input[0].size());
      print("grad_output size:", grad_output[0].size());
      print("grad_input norm:", grad_input[0].norm());
      return null;
    });
    out = net.call(input);
    err = loss_fn.call(out, target);
    err.backward();
    print(out.grad_fn(), net.conv1.call(input).grad_fn());
    net.fc2.register_full_backward_hook((m, gi, go) -> new Tensor[] {gi[0].mul(0)});
    net.zero_grad();
    loss_fn.call(net.call(input), target).backward();
    print(net.fc1.weight().grad().abs().sum(), net.fc2.weight().grad().abs().sum().gt(0));

    var rnn = new RNN(50, 20, 10);
    var mse = new MSELoss();
    int batch_size = 10;
    int TIMESTEPS = 5;
    Tensor batch = randn(batch_size, 50);
    Tensor hidden = zeros(batch_size, 20);
    target = zeros(batch_size, 10);
    Tensor loss = tensor(0L); // loss = 0, then loss += ...
    for (int t = 0; t < TIMESTEPS; t++) {
      Tensor[] r = rnn.step(batch, hidden);
      hidden = r[0];
      loss = loss.add(mse.call(r[1], target));
    }
    loss.backward();
    print(loss, rnn.i2h.weight().grad().norm());
  }
}
