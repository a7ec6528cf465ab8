package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.init.Init;
import dev.torchnd.serialization.OrderedDict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * D2L-zh §5.2 参数管理 (parameter management): access, initialisation, tying. {@code
 * state_dict()} is a Java map; printing it as {@link OrderedDict} shows Python's form.
 */
final class Ch5_2 {
  private Sequential net;
  private Sequential rgnet;
  private Tensor X;

  /** {@code print(*[(name, param.shape) for name, param in m.named_parameters()])}. */
  static Object[] shapes(Module m) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, Parameter> e : m.named_parameters().entrySet()) {
      out.add(new Object[] {e.getKey(), e.getValue().shape()});
    }
    return out.toArray();
  }

  /** {@code def block1()}. */
  static Sequential block1() {
    return new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 4), new ReLU());
  }

  /** {@code def block2()}. */
  static Sequential block2() {
    Sequential net = new Sequential();
    for (int i = 0; i < 4; i++) {
      // 在这里嵌套
      net.add_module("block " + i, block1());
    }
    return net;
  }

  void zh(Notebook nb) {
    nb.cell(() -> {
      net = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 1));
      X = rand(2, 4);
      nb.show(net.call(X));
    });
    nb.cell(() -> nb.print(new OrderedDict<>(net.<Linear>get(2).state_dict())));
    nb.cell(() -> {
      nb.print(net.<Linear>get(2).bias().getClass());
      nb.print(net.<Linear>get(2).bias());
      nb.print(net.<Linear>get(2).bias().data());
    });
    nb.cell(() -> nb.show(net.<Linear>get(2).weight().grad() == null));
    nb.cell(() -> {
      nb.print(shapes(net.get(0)));
      nb.print(shapes(net));
    });
    nb.cell(() -> nb.show(net.state_dict().get("2.bias").data()));
    nb.cell(() -> {
      // def block1(), def block2() -> Ch5_2.block1, Ch5_2.block2
      rgnet = new Sequential(block2(), new Linear(4, 1));
      nb.show(rgnet.call(X));
    });
    nb.cell(() -> nb.print(rgnet));
    nb.cell(() -> nb.show(rgnet.<Sequential>get(0).<Sequential>get(1).<Linear>get(0).bias().data()));
    nb.cell(() -> {
      // def init_normal(m)
      net.apply(m -> {
        if (m.getClass() == Linear.class) {
          Init.normal_(((Linear) m).weight(), 0, 0.01);
          Init.zeros_(((Linear) m).bias());
        }
      });
      nb.show(net.<Linear>get(0).weight().data().get(0), net.<Linear>get(0).bias().data().get(0));
    });
    nb.cell(() -> {
      // def init_constant(m)
      net.apply(m -> {
        if (m.getClass() == Linear.class) {
          Init.constant_(((Linear) m).weight(), 1);
          Init.zeros_(((Linear) m).bias());
        }
      });
      nb.show(net.<Linear>get(0).weight().data().get(0), net.<Linear>get(0).bias().data().get(0));
    });
    nb.cell(() -> {
      // def init_xavier(m), def init_42(m)
      net.<Module>get(0).apply(m -> {
        if (m.getClass() == Linear.class) {
          Init.xavier_uniform_(((Linear) m).weight());
        }
      });
      net.<Module>get(2).apply(m -> {
        if (m.getClass() == Linear.class) {
          Init.constant_(((Linear) m).weight(), 42);
        }
      });
      nb.print(net.<Linear>get(0).weight().data().get(0));
      nb.print(net.<Linear>get(2).weight().data());
    });
    nb.cell(() -> {
      // def my_init(m)
      net.apply(m -> {
        if (m.getClass() == Linear.class) {
          Object[] first = (Object[]) shapes(m)[0];
          nb.print("Init", first[0], first[1]);
          Init.uniform_(((Linear) m).weight(), -10, 10);
          Tensor w = ((Linear) m).weight().data();
          w.mul_(w.abs().ge(5));
        }
      });
      nb.show(net.<Linear>get(0).weight().get(":2"));
    });
    nb.cell(() -> {
      net.<Linear>get(0).weight().data().get(":").add_(1);
      net.<Linear>get(0).weight().data().set("0, 0", 42);
      nb.show(net.<Linear>get(0).weight().data().get(0));
    });
    nb.cell(() -> {
      // 我们需要给共享层一个名称，以便可以引用它的参数
      Linear shared = new Linear(8, 8);
      net = new Sequential(new Linear(4, 8), new ReLU(),
          shared, new ReLU(),
          shared, new ReLU(),
          new Linear(8, 1));
      net.call(X);
      // 检查参数是否相同
      nb.print(net.<Linear>get(2).weight().data().get(0).eq(net.<Linear>get(4).weight().data().get(0)));
      net.<Linear>get(2).weight().data().set("0, 0", 100);
      // 确保它们实际上是同一个对象，而不只是有相同的值
      nb.print(net.<Linear>get(2).weight().data().get(0).eq(net.<Linear>get(4).weight().data().get(0)));
    });
    // exercise 3: train an MLP with a shared layer and look at its parameters and gradients
    nb.cell(() -> {
      Linear shared = new Linear(8, 8);
      net = new Sequential(new Linear(4, 8), new ReLU(), shared, new ReLU(), shared, new ReLU(),
          new Linear(8, 1));
      var trainer = new dev.torchnd.optim.SGD(net.parameters(), 0.1);
      Tensor X = rand(10, 4);
      Tensor y = rand(10, 1);
      for (int i = 0; i < 3; i++) {
        Tensor l = new dev.torchnd.nn.MSELoss().call(net.call(X), y);
        trainer.zero_grad();
        l.backward();
        trainer.step();
        nb.print("step " + (i + 1) + ", loss " + dev.torchnd.d2l.PyFormat.f(l.doubleValue(), 6));
      }
      nb.print(net.parameters().size(), net.<Linear>get(2).weight() == net.<Linear>get(4).weight());
      nb.show(net.<Linear>get(2).weight().grad().get(0));
    });
  }
}
