package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;

/** D2L §2.3 Linear algebra, cell by cell; the Python of each cell is in its comment. */
final class Ch2_3 {
  private Tensor x;
  private Tensor y;
  private Tensor a;
  private Tensor b;
  private Tensor c;
  private Tensor xx;
  private Tensor s;
  private Tensor sumA;

  /** The English edition: 2x3 A, uses {@code @}. */
  void en(Notebook nb) {
    common(nb, 3, 3, 3, 2, 6, true);
    nb.cell(() -> nb.show(a.shape(), a.sum(0).shape())); // A.shape, A.sum(axis=0).shape
    nb.cell(() -> nb.show(a.shape(), a.sum(1).shape())); // A.shape, A.sum(axis=1).shape
    nb.cell(() -> nb.show(a.sum(new int[] {0, 1}).eq(a.sum()))); // A.sum(axis=[0, 1]) == A.sum()
    means(nb);
    nb.cell(() -> { // sum_A = A.sum(axis=1, keepdims=True); sum_A, sum_A.shape
      sumA = a.sum(1, true);
      nb.show(sumA, sumA.shape());
    });
    products(nb, 3, true);
    exercises(nb, 2, 3, true);
  }

  /** The Chinese edition: 5x4 A, prints values of axis sums, no {@code @}. */
  void zh(Notebook nb) {
    common(nb, 4, 4, 5, 5, 20, false);
    nb.cell(() -> { // A_sum_axis0 = A.sum(axis=0); A_sum_axis0, A_sum_axis0.shape
      Tensor s0 = a.sum(0);
      nb.show(s0, s0.shape());
    });
    nb.cell(() -> {
      Tensor s1 = a.sum(1);
      nb.show(s1, s1.shape());
    });
    nb.cell(() -> nb.show(a.sum(new int[] {0, 1}))); // A.sum(axis=[0, 1])
    means(nb);
    nb.cell(() -> { // sum_A = A.sum(axis=1, keepdims=True); sum_A
      sumA = a.sum(1, true);
      nb.show(sumA);
    });
    products(nb, 4, false);
    exercises(nb, 5, 4, false);
  }

  private void common(
      Notebook nb, long n, long idx, long intRows, long rows, long count, boolean en) {
    if (en) {
      nb.cell(() -> {}); // import torch (ZH imports in the next cell)
    }
    nb.cell(() -> { // x = torch.tensor(3.0); y = torch.tensor(2.0); x + y, x * y, x / y, x**y
      x = tensor(3.0);
      y = tensor(2.0);
      nb.show(x.add(y), x.mul(y), x.div(y), x.pow(y));
    });
    nb.cell(() -> { // x = torch.arange(n); x
      x = arange(n);
      nb.show(x);
    });
    nb.cell(() -> nb.show(x.get(idx - 1))); // x[n-1]
    nb.cell(() -> nb.show(x.len())); // len(x)
    nb.cell(() -> nb.show(x.shape())); // x.shape
    nb.cell(() -> { // A = torch.arange(count).reshape(rows, count / rows); A
      a = arange(count).reshape(intRows, count / intRows);
      nb.show(a);
    });
    nb.cell(() -> nb.show(a.T())); // A.T
    if (en) {
      nb.cell(() -> { // A = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]]); A == A.T
        a = tensor(new long[][] {{1, 2, 3}, {2, 0, 4}, {3, 4, 5}});
        nb.show(a.eq(a.T()));
      });
      nb.cell(() -> nb.show(arange(24).reshape(2, 3, 4)));
    } else {
      nb.cell(() -> { // B = torch.tensor(...); B
        b = tensor(new long[][] {{1, 2, 3}, {2, 0, 4}, {3, 4, 5}});
        nb.show(b);
      });
      nb.cell(() -> nb.show(b.eq(b.T()))); // B == B.T
      nb.cell(() -> { // X = torch.arange(24).reshape(2, 3, 4); X
        xx = arange(24).reshape(2, 3, 4);
        nb.show(xx);
      });
    }
    nb.cell(() -> { // A = arange(count, float32).reshape(...); B = A.clone(); A, A + B
      a = arange(count, float32).reshape(rows, count / rows);
      b = a.clone();
      nb.show(a, a.add(b));
    });
    nb.cell(() -> nb.show(a.mul(b))); // A * B
    nb.cell(() -> { // a = 2; X = torch.arange(24).reshape(2, 3, 4); a + X, (a * X).shape
      long two = 2;
      xx = arange(24).reshape(2, 3, 4);
      nb.show(add(two, xx), mul(two, xx).shape());
    });
    nb.cell(() -> { // x = torch.arange(n, dtype=torch.float32); x, x.sum()
      x = arange(n, float32);
      nb.show(x, x.sum());
    });
    nb.cell(() -> nb.show(a.shape(), a.sum())); // A.shape, A.sum()
  }

  private void means(Notebook nb) {
    nb.cell(() -> nb.show(a.mean(), a.sum().div(a.numel()))); // A.mean(), A.sum() / A.numel()
    nb.cell(() -> nb.show(a.mean(0), a.sum(0).div(a.shape().at(0))));
  }

  private void products(Notebook nb, long n, boolean en) {
    nb.cell(() -> nb.show(a.div(sumA))); // A / sum_A
    nb.cell(() -> nb.show(a.cumsum(0))); // A.cumsum(axis=0)
    nb.cell(() -> { // y = torch.ones(n, dtype = torch.float32); x, y, torch.dot(x, y)
      y = ones(new long[] {n}, float32);
      nb.show(x, y, dot(x, y));
    });
    nb.cell(() -> nb.show(sum(x.mul(y)))); // torch.sum(x * y)
    if (en) {
      nb.cell(() -> nb.show(a.shape(), x.shape(), mv(a, x), a.matmul(x))); // ..., A@x
      nb.cell(() -> { // B = torch.ones(3, 4); torch.mm(A, B), A@B
        b = ones(3, 4);
        nb.show(mm(a, b), a.matmul(b));
      });
    } else {
      nb.cell(() -> nb.show(a.shape(), x.shape(), mv(a, x)));
      nb.cell(() -> { // B = torch.ones(4, 3); torch.mm(A, B)
        b = ones(4, 3);
        nb.show(mm(a, b));
      });
    }
    nb.cell(() -> { // u = torch.tensor([3.0, -4.0]); torch.norm(u)
      x = tensor(new double[] {3.0, -4.0});
      nb.show(norm(x));
    });
    nb.cell(() -> nb.show(abs(x).sum())); // torch.abs(u).sum()
    nb.cell(() -> nb.show(norm(ones(4, 9)))); // torch.norm(torch.ones((4, 9)))
  }

  private void exercises(Notebook nb, long rows, long cols, boolean en) {
    nb.cell(() -> { // A.T.T == A
      a = arange(rows * cols, float32).reshape(rows, cols);
      nb.show(a.T().T().eq(a));
    });
    nb.cell(() -> { // B = torch.ones(rows, cols); A.T + B.T == (A + B).T
      b = ones(rows, cols);
      nb.show(a.T().add(b.T()).eq(a.add(b).T()));
    });
    nb.cell(() -> { // C = arange(9.).reshape(3, 3); C + C.T == (C + C.T).T
      c = arange(9, float32).reshape(3, 3);
      nb.show(c.add(c.T()).eq(c.add(c.T()).T()));
    });
    nb.cell(() -> { // X = torch.arange(24).reshape(2, 3, 4); len(X)
      xx = arange(24).reshape(2, 3, 4);
      nb.show(xx.len());
    });
    nb.cell(() -> nb.show(ones(5, 4).len(), ones(4, 5).len(), xx.shape().at(0)));
    nb.cell(() -> { // A / A.sum(axis=1): a broadcasting error
      a = arange(rows * cols, float32).reshape(rows, cols);
      nb.show(a.div(a.sum(1)));
    });
    nb.cell(() -> { // Manhattan distance
      Tensor u = tensor(new double[] {1.0, 2.0});
      Tensor v = tensor(new double[] {4.0, -2.0});
      nb.show(abs(u.sub(v)).sum());
    });
    nb.cell(() -> { // shapes of sums over each axis
      xx = arange(24, float32).reshape(2, 3, 4);
      nb.show(xx.sum(0).shape(), xx.sum(1).shape(), xx.sum(2).shape());
    });
    nb.cell(() -> nb.show(xx.sum(0), xx.sum(1), xx.sum(2)));
    nb.cell(() -> nb.show(linalg_norm(xx), norm(xx))); // torch.linalg.norm(X), torch.norm(X)
    nb.cell(() -> nb.show(linalg_norm(xx, (Double) null, new int[] {1, 2}, false)));
    nb.cell(() -> nb.show(linalg_norm(xx, 2.0))); // torch.linalg.norm(X, ord=2): error
    if (en) {
      nb.cell(() -> { // (AB)C vs A(BC)
        manual_seed(0);
        a = randn(1 << 4, 1 << 8);
        b = randn(1 << 8, 1 << 3);
        c = randn(1 << 3, 1 << 6);
        Tensor left = a.matmul(b).matmul(c);
        Tensor right = a.matmul(b.matmul(c));
        nb.show(left.shape(), right.shape(), allclose(left, right, 1e-5, 1e-4));
      });
      nb.cell(() -> { // C = B.T; C.is_contiguous(), C.shape, torch.equal(A @ B, A @ C.T)
        c = b.T();
        nb.show(c.is_contiguous(), c.shape(), equal(a.matmul(b), a.matmul(c.T())));
      });
      nb.cell(() -> { // S = torch.stack([A, B, C], dim=2); S.shape
        a = ones(100, 200);
        b = mul(2L, ones(100, 200));
        c = mul(3L, ones(100, 200));
        s = stack(new Tensor[] {a, b, c}, 2);
        nb.show(s.shape());
      });
      nb.cell(() -> nb.show(equal(s.get(":, :, 1"), b), stack(a, b, c).shape()));
    }
  }
}
