package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.functional.F;

/** D2L-zh §5.4 自定义层 (custom layers): without and with parameters. */
final class Ch5_4 {
  private Module net;
  private MyLinear linear;

  /** {@code class CenteredLayer(nn.Module)}. */
  static final class CenteredLayer extends Module {
    @Override
    public Tensor forward(Tensor X) {
      return X.sub(X.mean());
    }
  }

  /** {@code class MyLinear(nn.Module)}. */
  static final class MyLinear extends Module {
    final Parameter weight;
    final Parameter bias;

    MyLinear(int in_units, int units) {
      weight = register_parameter("weight", new Parameter(randn(in_units, units)));
      bias = register_parameter("bias", new Parameter(randn(units)));
    }

    @Override
    public Tensor forward(Tensor X) {
      Tensor linear = matmul(X, weight.data()).add(bias.data());
      return F.relu(linear);
    }
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // imports; class CenteredLayer(nn.Module): ... -> Ch5_4.CenteredLayer
    nb.cell(() -> {
      CenteredLayer layer = new CenteredLayer();
      nb.show(layer.call(tensor(new float[] {1, 2, 3, 4, 5})));
    });
    nb.cell(() -> net = new Sequential(new Linear(8, 128), new CenteredLayer()));
    nb.cell(() -> {
      Tensor Y = net.call(rand(4, 8));
      nb.show(Y.mean());
    });
    nb.cell(() -> {}); // class MyLinear(nn.Module): ... -> Ch5_4.MyLinear
    nb.cell(() -> {
      linear = new MyLinear(5, 3);
      nb.show(linear.weight);
    });
    nb.cell(() -> nb.show(linear.call(rand(2, 5))));
    nb.cell(() -> {
      net = new Sequential(new MyLinear(64, 8), new MyLinear(8, 1));
      nb.show(net.call(rand(2, 64)));
    });
    // exercise 1: y_k = sum_{i,j} W_ijk x_i x_j, checked against the sum written out
    nb.cell(() -> {
      // class TensorReduction(nn.Module): ... -> Ch5_4.TensorReduction
      TensorReduction layer = new TensorReduction(3, 2);
      Tensor X = rand(2, 3);
      nb.show(layer.call(X), X.get(":, :, None, None").mul(X.get(":, None, :, None"))
          .mul(layer.weight).sum(new int[] {1, 2}, false));
    });
  }

  /** {@code class TensorReduction(nn.Module)} (exercise 1). */
  static final class TensorReduction extends Module {
    final Parameter weight;

    TensorReduction(int in_units, int out_units) {
      weight = register_parameter("weight", new Parameter(randn(in_units, in_units, out_units)));
    }

    @Override
    public Tensor forward(Tensor X) {
      Tensor XX = X.get(":, :, None").mul(X.get(":, None, :")).reshape(X.shape().at(0), -1);
      return XX.matmul(weight.reshape(-1, weight.shape().at(weight.dim() - 1)));
    }
  }
}
