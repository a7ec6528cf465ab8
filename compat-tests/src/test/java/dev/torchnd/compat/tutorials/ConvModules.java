package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.AdaptiveAvgPool2d;
import dev.torchnd.nn.AvgPool2d;
import dev.torchnd.nn.Conv2d;
import dev.torchnd.nn.Flatten;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MaxPool2d;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.Sigmoid;
import java.util.List;

/**
 * Not a tutorial: the convolution and pooling modules as D2L's chapters 6-7 and the tutorials
 * build them (keyword arguments as positional overloads), their reprs, LeNet's layer shapes,
 * seeded default weights and outputs.
 */
public final class ConvModules {
  private ConvModules() {}

  static long[] t(long... v) {
    return v;
  }

  public static void main(String[] args) {
    manual_seed(0);
    List<Module> mods = List.of(
        new Conv2d(1, 1, t(1, 2), t(1), t(0), t(1), 1, false),   // kernel_size=(1, 2), bias=False
        new Conv2d(1, 1, 3, 1, 1),                               // kernel_size=3, padding=1
        new Conv2d(1, 1, t(5, 3), t(1), t(2, 1)),                // kernel_size=(5, 3), padding=(2, 1)
        new Conv2d(1, 1, t(3, 5), t(3, 4), t(0, 1)),             // padding=(0, 1), stride=(3, 4)
        new Conv2d(4, 6, 3, 1, 0, 2, 2),                         // dilation=2, groups=2
        new Conv2d(3, 5, 3, "same"),
        new MaxPool2d(3),
        new MaxPool2d(3, 2, 1),                                  // padding=1, stride=2
        new MaxPool2d(t(2, 3), t(2, 3), t(0, 1)),
        new AvgPool2d(2, 2),
        new AvgPool2d(t(2, 2), t(1), t(1)),
        new AdaptiveAvgPool2d(t(1, 1)),
        new AdaptiveAvgPool2d(t(5, 7)));
    for (Module m : mods) {
      print(m);
    }
    var net = new Sequential(
        new Conv2d(1, 6, 5, 1, 2), new Sigmoid(),
        new AvgPool2d(2, 2),
        new Conv2d(6, 16, 5), new Sigmoid(),
        new AvgPool2d(2, 2),
        new Flatten(),
        new Linear(16 * 5 * 5, 120), new Sigmoid(),
        new Linear(120, 84), new Sigmoid(),
        new Linear(84, 10));
    Tensor X = rand(new long[] {1, 1, 28, 28}, float32, null);
    for (Module layer : net.children()) {
      X = layer.call(X);
      print(layer.getClass().getSimpleName(), "output shape: \t", X.shape());
    }
    print(net.<Conv2d>get(0).weight().get(0), net.<Conv2d>get(0).bias());
    print(X);
    X = arange(16, float32).reshape(1, 1, 4, 4);
    print(mods.get(7).call(X), mods.get(8).call(X), mods.get(10).call(X), mods.get(12).call(X));
    X = cat(List.of(X, X.add(1)), 1);
    print(new MaxPool2d(3, 2, 1).call(X));
  }
}
