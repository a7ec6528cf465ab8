package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import java.util.List;

/**
 * D2L-zh §4.8 数值稳定性和模型初始化 (numerical stability and initialisation): the vanishing
 * gradient of sigmoid, and the explosion of a product of 100 random matrices.
 */
final class Ch4_8 {
  void zh(Notebook nb) {
    nb.cell(() -> {
      Tensor x = arange(-8.0, 8.0, 0.1, true);
      Tensor y = sigmoid(x);
      y.backward(ones_like(x));
      D2l.plot(x.detach(), List.of(y.detach(), x.grad()), null, null,
          List.of("sigmoid", "gradient"), null, null, "linear", "linear", null,
          new double[] {4.5, 2.5}, null);
      D2l.savefig("ch4_8_zh_sigmoid_grad");
    });
    nb.cell(() -> {
      Tensor M = normal(0, 1, 4, 4);
      nb.print("一个矩阵 \n", M);
      for (int i = 0; i < 100; i++) {
        M = mm(M, normal(0, 1, 4, 4));
      }
      nb.print("乘以100个矩阵后\n", M);
    });
  }
}
