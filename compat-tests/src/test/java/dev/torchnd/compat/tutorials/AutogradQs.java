package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;

/**
 * PyTorch's "Automatic Differentiation with torch.autograd" tutorial ({@code
 * beginner_source/basics/autogradqs_tutorial.py}) ported cell by cell.
 */
public final class AutogradQs {
  private AutogradQs() {}

  public static void main(String[] args) {
    manual_seed(0);
    Tensor x = ones(5); // input tensor
    Tensor y = zeros(3); // expected output
    Tensor w = randn(new long[] {5, 3}, true);
    Tensor b = randn(new long[] {3}, true);
    Tensor z = matmul(x, w).add(b);
    Tensor loss = F.binary_cross_entropy_with_logits(z, y);

    print("Gradient function for z = " + z.grad_fn());
    print("Gradient function for loss = " + loss.grad_fn());

    loss.backward();
    print(w.grad());
    print(b.grad());

    z = matmul(x, w).add(b);
    print(z.requires_grad());

    try (var g = no_grad()) {
      z = matmul(x, w).add(b);
    }
    print(z.requires_grad());

    z = matmul(x, w).add(b);
    Tensor z_det = z.detach();
    print(z_det.requires_grad());

    Tensor inp = eye(4, 5).requires_grad_();
    Tensor out = inp.add(1).pow(2).t();
    out.backward(ones_like(out), true);
    print("First call\n" + inp.grad());
    out.backward(ones_like(out), true);
    print("\nSecond call\n" + inp.grad());
    inp.grad().zero_();
    out.backward(ones_like(out), true);
    print("\nCall after zeroing gradients\n" + inp.grad());
  }
}
