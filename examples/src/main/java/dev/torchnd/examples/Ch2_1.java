package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nd4j.Nd4jInterop;
import org.nd4j.linalg.api.ndarray.INDArray;

/** D2L §2.1 Data manipulation, cell by cell; the Python of each cell is in its comment. */
final class Ch2_1 {
  private Tensor x;
  private Tensor y;
  private Tensor xx;
  private Tensor yy;
  private Tensor zz;
  private Tensor a;
  private Tensor b;
  private Object before;

  /** The English edition (d2l-en v1.0). */
  void en(Notebook nb) {
    nb.cell(() -> {}); // import torch
    nb.cell(() -> { // x = torch.arange(12, dtype=torch.float32); x
      x = arange(12, float32);
      nb.show(x);
    });
    nb.cell(() -> nb.show(x.numel())); // x.numel()
    nb.cell(() -> nb.show(x.shape())); // x.shape
    nb.cell(() -> { // X = x.reshape(3, 4); X
      xx = x.reshape(3, 4);
      nb.show(xx);
    });
    nb.cell(() -> nb.show(zeros(2, 3, 4))); // torch.zeros((2, 3, 4))
    nb.cell(() -> nb.show(ones(2, 3, 4))); // torch.ones((2, 3, 4))
    nb.cell(() -> { // torch.randn(3, 4)
      manual_seed(0);
      nb.show(randn(3, 4));
    });
    nb.cell(() -> nb.show(tensor(new long[][] {{2, 1, 4, 3}, {1, 2, 3, 4}, {4, 3, 2, 1}})));
    nb.cell(() -> nb.show(xx.get("-1"), xx.get("1:3"))); // X[-1], X[1:3]
    nb.cell(() -> { // X[1, 2] = 17; X
      xx.set("1, 2", 17);
      nb.show(xx);
    });
    nb.cell(() -> { // X[:2, :] = 12; X
      xx.set(":2, :", 12);
      nb.show(xx);
    });
    nb.cell(() -> nb.show(exp(x))); // torch.exp(x)
    arithmetic(nb);
    catAndCompare(nb);
    broadcasting(nb);
    memory(nb, true);
    scalars(nb);
    exercises(nb);
  }

  /** The Chinese edition (d2l-zh): int64 arange, indexing after broadcasting, other values. */
  void zh(Notebook nb) {
    nb.cell(() -> {}); // import torch
    nb.cell(() -> { // x = torch.arange(12); x
      x = arange(12);
      nb.show(x);
    });
    nb.cell(() -> nb.show(x.shape())); // x.shape
    nb.cell(() -> nb.show(x.numel())); // x.numel()
    nb.cell(() -> { // X = x.reshape(3, 4); X
      xx = x.reshape(3, 4);
      nb.show(xx);
    });
    nb.cell(() -> nb.show(zeros(2, 3, 4)));
    nb.cell(() -> nb.show(ones(2, 3, 4)));
    nb.cell(() -> {
      manual_seed(0);
      nb.show(randn(3, 4));
    });
    nb.cell(() -> nb.show(tensor(new long[][] {{2, 1, 4, 3}, {1, 2, 3, 4}, {4, 3, 2, 1}})));
    arithmetic(nb);
    nb.cell(() -> nb.show(exp(x))); // torch.exp(x)
    catAndCompare(nb);
    broadcasting(nb);
    nb.cell(() -> nb.show(xx.get("-1"), xx.get("1:3"))); // X[-1], X[1:3]
    nb.cell(() -> { // X[1, 2] = 9; X
      xx.set("1, 2", 9);
      nb.show(xx);
    });
    nb.cell(() -> { // X[0:2, :] = 12; X
      xx.set("0:2, :", 12);
      nb.show(xx);
    });
    memory(nb, false);
    scalars(nb);
    exercises(nb);
  }

  private void arithmetic(Notebook nb) {
    nb.cell(() -> { // x + y, x - y, x * y, x / y, x ** y
      x = tensor(new double[] {1.0, 2, 4, 8});
      y = tensor(new long[] {2, 2, 2, 2});
      nb.show(x.add(y), x.sub(y), x.mul(y), x.div(y), x.pow(y));
    });
  }

  private void catAndCompare(Notebook nb) {
    nb.cell(() -> { // torch.cat((X, Y), dim=0), torch.cat((X, Y), dim=1)
      xx = arange(12, float32).reshape(3, 4);
      yy = tensor(new double[][] {{2.0, 1, 4, 3}, {1, 2, 3, 4}, {4, 3, 2, 1}});
      nb.show(cat(new Tensor[] {xx, yy}, 0), cat(new Tensor[] {xx, yy}, 1));
    });
    nb.cell(() -> nb.show(xx.eq(yy))); // X == Y
    nb.cell(() -> nb.show(xx.sum())); // X.sum()
  }

  private void broadcasting(Notebook nb) {
    nb.cell(() -> { // a = arange(3).reshape((3, 1)); b = arange(2).reshape((1, 2)); a, b
      a = arange(3).reshape(3, 1);
      b = arange(2).reshape(1, 2);
      nb.show(a, b);
    });
    nb.cell(() -> nb.show(a.add(b))); // a + b
  }

  private void memory(Notebook nb, boolean fromNumpy) {
    nb.cell(() -> { // before = id(Y); Y = Y + X; id(Y) == before
      before = yy;
      yy = yy.add(xx);
      nb.show(yy == before);
    });
    nb.cell(() -> { // Z = zeros_like(Y); print('id(Z):', id(Z)); Z[:] = X + Y; print(...)
      zz = zeros_like(yy);
      nb.print("id(Z):", "<id>");
      zz.set(":", xx.add(yy));
      nb.print("id(Z):", "<id>");
    });
    nb.cell(() -> { // before = id(X); X += Y; id(X) == before
      before = xx;
      xx.add_(yy);
      nb.show(xx == before);
    });
    nb.cell(() -> { // A = X.numpy(); B = torch.from_numpy(A) (EN) / torch.tensor(A) (ZH)
      INDArray arr = Nd4jInterop.numpy(xx);
      Tensor bb = fromNumpy ? Nd4jInterop.from_numpy(arr) : tensor(Nd4jInterop.from_numpy(arr));
      nb.show(INDArray.class, bb.getClass());
    });
  }

  private void scalars(Notebook nb) {
    nb.cell(() -> { // a = torch.tensor([3.5]); a, a.item(), float(a), int(a)
      a = tensor(new double[] {3.5});
      nb.show(a, a.item(), a.doubleValue(), a.longValue());
    });
  }

  private void exercises(Notebook nb) {
    nb.cell(() -> { // X < Y, X > Y
      xx = arange(12, float32).reshape(3, 4);
      yy = tensor(new double[][] {{2.0, 1, 4, 3}, {1, 2, 3, 4}, {4, 3, 2, 1}});
      nb.show(xx.lt(yy), xx.gt(yy));
    });
    nb.cell(() -> { // 3-D broadcasting
      a = arange(6).reshape(2, 3, 1);
      b = arange(4).reshape(1, 1, 4);
      nb.show(a.add(b));
    });
    nb.cell(() -> nb.show(
        a.add(b).shape(), arange(6).reshape(3, 2, 1).mul(arange(2).reshape(2, 1)).shape()));
    nb.cell(() -> nb.show(arange(6).reshape(3, 2, 1).mul(arange(2).reshape(2, 1))));
  }
}
