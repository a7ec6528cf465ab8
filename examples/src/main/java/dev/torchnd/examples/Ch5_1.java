package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.functional.F;

/**
 * D2L-zh §5.1 层和块 (layers and blocks): a {@code Module} subclass registers its layers (Java has
 * no {@code __setattr__}, so each field is registered in one line) and overrides {@code forward}.
 */
final class Ch5_1 {
  private Module net;
  private Tensor X;

  /** {@code class MLP(nn.Module)}. */
  static final class MLP extends Module {
    // 用模型参数声明层。这里，我们声明两个全连接的层
    final Linear hidden = register_module("hidden", new Linear(20, 256)); // 隐藏层
    final Linear out = register_module("out", new Linear(256, 10)); // 输出层

    // 定义模型的前向传播，即如何根据输入X返回所需的模型输出
    @Override
    public Tensor forward(Tensor X) {
      // 注意，这里我们使用ReLU的函数版本，其在nn.functional模块中定义。
      return out.call(F.relu(hidden.call(X)));
    }
  }

  /** {@code class MySequential(nn.Module)}. */
  static final class MySequential extends Module {
    MySequential(Module... args) {
      for (int idx = 0; idx < args.length; idx++) {
        // 这里，module是Module子类的一个实例。我们把它保存在'Module'类的成员变量_modules中
        register_module(String.valueOf(idx), args[idx]);
      }
    }

    @Override
    public Tensor forward(Tensor X) {
      // OrderedDict保证了按照成员添加的顺序遍历它们
      for (Module block : children()) {
        X = block.call(X);
      }
      return X;
    }
  }

  /** {@code class FixedHiddenMLP(nn.Module)}. */
  static final class FixedHiddenMLP extends Module {
    // 不计算梯度的随机权重参数。因此其在训练期间保持不变
    final Tensor rand_weight = rand(20, 20);
    final Linear linear = register_module("linear", new Linear(20, 20));

    @Override
    public Tensor forward(Tensor X) {
      X = linear.call(X);
      // 使用创建的常量参数以及relu和mm函数
      X = F.relu(mm(X, rand_weight).add(1));
      // 复用全连接层。这相当于两个全连接层共享参数
      X = linear.call(X);
      // 控制流
      while (X.abs().sum().doubleValue() > 1) {
        X.div_(2);
      }
      return X.sum();
    }
  }

  /** {@code class NestMLP(nn.Module)}. */
  static final class NestMLP extends Module {
    final Sequential net = register_module("net", new Sequential(new Linear(20, 64), new ReLU(),
        new Linear(64, 32), new ReLU()));
    final Linear linear = register_module("linear", new Linear(32, 16));

    @Override
    public Tensor forward(Tensor X) {
      return linear.call(net.call(X));
    }
  }

  void zh(Notebook nb) {
    nb.cell(() -> {
      net = new Sequential(new Linear(20, 256), new ReLU(), new Linear(256, 10));
      X = rand(2, 20);
      nb.show(net.call(X));
    });
    nb.cell(() -> {}); // class MLP(nn.Module): ... -> Ch5_1.MLP
    nb.cell(() -> {
      net = new MLP();
      nb.show(net.call(X));
    });
    nb.cell(() -> {}); // class MySequential(nn.Module): ... -> Ch5_1.MySequential
    nb.cell(() -> {
      net = new MySequential(new Linear(20, 256), new ReLU(), new Linear(256, 10));
      nb.show(net.call(X));
    });
    nb.cell(() -> {}); // class FixedHiddenMLP(nn.Module): ... -> Ch5_1.FixedHiddenMLP
    nb.cell(() -> {
      net = new FixedHiddenMLP();
      nb.show(net.call(X));
    });
    nb.cell(() -> {
      // class NestMLP(nn.Module): ... -> Ch5_1.NestMLP
      Sequential chimera = new Sequential(new NestMLP(), new Linear(16, 20), new FixedHiddenMLP());
      nb.show(chimera.call(X));
    });
    // exercise 2: a block running two blocks on the same input, outputs concatenated
    nb.cell(() -> {
      // class Parallel(nn.Module): ... -> Ch5_1.Parallel
      net = new Parallel(new Linear(20, 3), new Sequential(new Linear(20, 4), new ReLU()));
      nb.show(net.call(X));
    });
    // exercise 3: a factory of several instances of the same block
    nb.cell(() -> {
      // def stack(block, n): ... -> Ch5_1.stack
      net = stack(() -> new Sequential(new Linear(20, 20), new ReLU()), 3);
      nb.print(net);
      nb.show(net.call(X).shape());
    });
  }

  /** {@code class Parallel(nn.Module)} (exercise 2). */
  static final class Parallel extends Module {
    final Module net1;
    final Module net2;

    Parallel(Module net1, Module net2) {
      this.net1 = register_module("net1", net1);
      this.net2 = register_module("net2", net2);
    }

    @Override
    public Tensor forward(Tensor X) {
      return cat(java.util.List.of(net1.call(X), net2.call(X)), 1);
    }
  }

  /** {@code def stack(block, n)} (exercise 3). */
  static Sequential stack(java.util.function.Supplier<Module> block, int n) {
    Module[] blocks = new Module[n];
    for (int i = 0; i < n; i++) {
      blocks[i] = block.get();
    }
    return new Sequential(blocks);
  }
}
