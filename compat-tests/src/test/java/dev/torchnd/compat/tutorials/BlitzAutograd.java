package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;

/**
 * The 60-minute blitz's "A Gentle Introduction to torch.autograd" ({@code
 * beginner_source/blitz/autograd_tutorial.py}): {@code Q.backward(gradient=external_grad)} and
 * the check against the analytic gradients, and which results require grad. Its resnet18 cells
 * (pretrained weights, nothing printed) are left out.
 */
public final class BlitzAutograd {
  private BlitzAutograd() {}

  public static void main(String[] args) {
    manual_seed(0);
    Tensor a = tensor(new double[] {2., 3.}, true);
    Tensor b = tensor(new double[] {6., 4.}, true);
    Tensor Q = mul(3, a.pow(3)).sub(b.pow(2));
    Tensor external_grad = tensor(new double[] {1., 1.});
    Q.backward(external_grad);
    // check if collected gradients are correct
    print(mul(9, a.pow(2)).eq(a.grad()));
    print(mul(-2, b).eq(b.grad()));
    Tensor x = rand(5, 5);
    Tensor y = rand(5, 5);
    Tensor z = rand(new long[] {5, 5}, true);
    a = x.add(y);
    print("Does `a` require gradients?: " + Py.format(a.requires_grad()));
    b = x.add(z);
    print("Does `b` require gradients?: " + Py.format(b.requires_grad()));
    print(Q, Q.grad_fn().next_functions());
  }
}
