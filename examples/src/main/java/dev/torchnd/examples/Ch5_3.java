package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nn.LazyLinear;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.init.Init;
import java.util.List;
import java.util.function.Consumer;

/**
 * D2L §5.3 延后初始化 (deferred initialization). The Chinese edition 2.0 has no PyTorch code in
 * this section (only MXNet and TensorFlow tabs); these are the PyTorch cells of the English
 * edition's §6.4 "Lazy Initialization" (d2l-en 1.0.3): {@code nn.LazyLinear}, whose weight is an
 * {@code UninitializedParameter} until the first call, then its code exercises.
 */
final class Ch5_3 {
  private Sequential net;

  /**
   * {@code def apply_init(net, inputs, init=None)}: the English edition adds it to its {@code
   * d2l.Module} ({@code @d2l.add_to_class}); here it is a function of the network.
   */
  static void apply_init(Module net, List<Tensor> inputs, Consumer<Module> init) {
    net.call(inputs.toArray(new Tensor[0]));
    if (init != null) {
      net.apply(init);
    }
  }

  /**
   * {@code def init_xavier(m)}: a {@code LazyLinear} that has run is a {@code Linear} (PyTorch
   * turns its class into {@code nn.Linear}; in Java it is a subclass).
   */
  static void init_xavier(Module m) {
    if (m instanceof Linear lin) {
      Init.xavier_uniform_(lin.weight());
    }
  }

  void run(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import torch; from torch import nn
    nb.cell(() -> net = new Sequential(new LazyLinear(256), new ReLU(), new LazyLinear(10)));
    nb.cell(() -> nb.show(net.<Linear>get(0).weight()));
    nb.cell(() -> {
      Tensor X = rand(2, 20);
      net.call(X);

      nb.show(net.<Linear>get(0).weight().shape());
    });
    nb.cell(() -> {
      // def apply_init(net, inputs, init=None): ... -> Ch5_3.apply_init
      // def init_xavier(m): ... -> Ch5_3.init_xavier
      net = new Sequential(new LazyLinear(256), new ReLU(), new LazyLinear(10));
      apply_init(net, List.of(rand(2, 20)), Ch5_3::init_xavier);
      nb.print(net);
      nb.show(net.<Linear>get(2).weight().get("0, :4"));
    });
    // exercise 1: the first layer's input size given, the later ones not
    nb.cell(() -> {
      net = new Sequential(new Linear(20, 256), new ReLU(), new LazyLinear(10));
      nb.show(net.<Linear>get(0).weight().shape(), net.<Linear>get(2).weight());
    });
    // exercise 2: mismatching dimensions
    nb.cell(() -> {
      net = new Sequential(new Linear(20, 256), new ReLU(), new Linear(128, 10));
      nb.show(net.call(rand(2, 20)));
    });
    nb.cell(() -> {
      net = new Sequential(new LazyLinear(256), new ReLU(), new LazyLinear(10));
      net.call(rand(2, 20));
      nb.show(net.call(rand(2, 30)));
    });
    // exercise 3: inputs of varying dimensionality: a lazy input layer per width, the rest tied
    nb.cell(() -> {
      Sequential shared = new Sequential(new ReLU(), new Linear(256, 10));
      List<Sequential> nets = List.of(new Sequential(new LazyLinear(256), shared),
          new Sequential(new LazyLinear(256), shared));
      Tensor Y1 = nets.get(0).call(rand(2, 20));
      Tensor Y2 = nets.get(1).call(rand(3, 30));
      nb.show(Y1.shape(), Y2.shape(), nets.get(0).get(1) == nets.get(1).get(1),
          nets.get(1).<Linear>get(0).weight().shape());
    });
  }
}
