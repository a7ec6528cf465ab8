package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.autograd.Functional;
import dev.torchnd.nn.BatchNorm1d;
import dev.torchnd.nn.BatchNorm2d;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.SGD;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Not a tutorial: the API the tutorial ports in this package needed (legacy constructors,
 * iteration over a tensor, in-place view ops, {@code torch.f_}, {@code out=} factories, {@code
 * requires_grad} forms, the grad_fn edges of {@code 2 * x}, batch norm's CPU arithmetic, {@code
 * torch.autograd.functional}), with edge cases and PyTorch's errors; transcript {@code
 * tutorial_gaps} of {@code record_tutorials_nlp.py}.
 */
public final class TutorialGaps {
  private TutorialGaps() {}

  /** Prints {@code f()}, or the error under its Python type name. */
  static void err(String pyType, Supplier<?> f) {
    try {
      print(f.get());
    } catch (RuntimeException e) {
      print(pyType + ":", e.getMessage());
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    print(LongTensor(new double[] {1.5, -2.7}), LongTensor(new long[][] {{1, 2}, {3, 4}}));
    print(FloatTensor(new long[] {1, 2}), DoubleTensor(new long[] {1}), IntTensor(List.of()),
        BoolTensor(new long[] {0, 2}));
    print(Tensor(new long[] {0}), Tensor(2, 3).shape(), LongTensor(3).shape(), LongTensor());
    print(Tensor(tensor(new long[] {1})));
    err("TypeError", () -> LongTensor(2.5));
    err("TypeError", () -> LongTensor(true));
    err("TypeError", () -> LongTensor(tensor(new double[] {1.})));

    Tensor x = arange(6.).view(3, 2).requires_grad_();
    for (Tensor row : x) {
      print(row);
    }
    List<Object> sums = new ArrayList<>();
    for (Tensor r : arange(6).view(2, 3)) {
      sums.add(r.sum().item());
    }
    print(sums);
    err("TypeError", () -> tensor(1.).iterator());
    err("TypeError", () -> new SGD(ones(2), 0.1));

    print(cat(List.of(ones(1, 2), zeros(2, 2))), stack(List.of(ones(2), zeros(2))));

    Tensor a = ones(new long[] {2, 3}, true);
    err("RuntimeError", () -> a.unsqueeze_(0));
    Tensor b = a.mul(2);
    long v0 = b._version();
    print(b.unsqueeze_(0).shape(), b.grad_fn(), b._version() - v0);
    print(b.squeeze_().shape(), b.grad_fn());
    print(b.unsqueeze_(1).squeeze_(1).shape(), b.grad_fn());
    print(b.t_().shape(), b.grad_fn(), b.is_contiguous());
    print(b.transpose_(0, 1).shape(), b.grad_fn());
    b.sum().backward();
    print(a.grad());
    err("RuntimeError", () -> ones(2, 3, 4).t_());
    Tensor c = arange(6).view(2, 3);
    print(c.swapdims_(0, 1), c.swapaxes_(0, 1));

    Tensor t = tensor(new double[] {0.25, 1.0, 4.0});
    print(sqrt_(t), t, exp_(zeros(2)), relu_(tensor(new double[] {-1., 2.})));
    print(sigmoid_(zeros(2)), neg_(ones(2)), square_(tensor(new double[] {3.})));

    Tensor o = empty(3);
    manual_seed(5);
    print(Py.str(rand(new long[] {2, 2}, o) == o), o);
    manual_seed(5);
    print(rand(2, 2));
    print(randn(new long[] {3}, empty(new long[] {3}, float64)));
    print(zeros(new long[] {2}, ones(new long[] {2}, int64)), ones(new long[] {1, 2}, zeros(3)));
    err("RuntimeError", () -> rand(new long[] {2}, empty(new long[] {2}, int64)));

    print(rand(new long[] {2}, true), zeros(new long[] {2}, true), ones(new long[] {1}, true));
    print(tensor(new double[] {1., 2.}, true));
    err("RuntimeError", () -> tensor(new long[] {1, 2}, true));

    Tensor w = ones(new long[] {2}, true).mul(1);
    print(mul(2, w).grad_fn().next_functions(), add(2.5, w).grad_fn().next_functions());

    manual_seed(3);
    var bn = new BatchNorm2d(3);
    Tensor xb = randn(4, 3, 5, 5).mul(3).add(1);
    Tensor y = bn.call(xb);
    print(y.get("0, :, 0"), y.mean(), bn.running_mean(), bn.running_var());
    y = bn.call(xb.mul(2));
    print(bn.running_mean(), bn.running_var());
    bn.eval();
    print(bn.call(xb).get("1, :, 1"));
    var bn1 = new BatchNorm1d(2, 1e-5, 0.1, false, true);
    print(bn1.call(randn(3, 2, 4)).get(0), bn1.running_var());
    Tensor xb64 = randn(new long[] {2, 2, 3}, float64, null);
    print(new BatchNorm1d(2, 1e-5, 0.1, true, true, float64).call(xb64));

    Tensor xs = tensor(new double[] {0.5, -1.0, 2.0});
    print(Functional.jacobian(v -> v.pow(2).cumsum(0), xs));
    print(Functional.jacobian(v -> ones(2), xs));
    print((Object) Functional.jacobian(vs -> vs[0].mul(vs[1].sum()), new Tensor[] {xs, xs.get("0:2")}));
    print(Functional.hessian(v -> v.pow(3).sum(), xs));
    print(Functional.vjp(v -> v.exp().sum(), xs));
    print(Functional.jvp(v -> v.mul(3), tensor(new double[] {2.})));
    err("RuntimeError", () -> Functional.vjp(v -> v.mul(2), xs));
    err("RuntimeError", () -> Functional.vjp(v -> v.mul(2), xs, ones(2)));
    err("RuntimeError", () -> Functional.jvp(v -> v.mul(2), xs));
    err("RuntimeError", () -> Functional.hessian(v -> v.mul(2), xs));
    err("RuntimeError", () -> Functional.vhp(v -> v.mul(2), xs, xs));
    print(Functional.hvp(v -> v.sin().mul(v).sum(), xs, ones(3)));
    print(F.log_softmax(tensor(new double[][] {{1., 2.}, {3., 5.}})),
        F.softmax(tensor(new double[] {1., 2., 3.})));
    print(F.softmax(ones(2, 2, 2)).sum(0));

    var lin = new Linear(2, 2);
    var h = lin.register_full_backward_hook((m, gi, go) -> new Tensor[] {gi[0], gi[0]});
    err("RuntimeError", () -> {
      lin.call(ones(new long[] {1, 2}, true)).sum().backward();
      return null;
    });
    h.remove();
    lin.register_full_backward_hook((m, gi, go) -> {
      print("no input grad:", gi, go);
      return new Tensor[] {ones(1, 2)};
    });
    err("RuntimeError", () -> {
      lin.call(ones(1, 2)).sum().backward();
      return null;
    });
    var lin2 = new Linear(2, 1);
    lin2.register_full_backward_hook((m, gi, go) -> {
      print("hook:", gi, go);
      return null;
    });
    Tensor y2 = lin2.call(ones(1, 2));
    print(y2.grad_fn());
    y2.sum().backward();
    print(lin2.weight().grad());
  }
}
