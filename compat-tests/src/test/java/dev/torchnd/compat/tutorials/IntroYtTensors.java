package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Device;
import dev.torchnd.Tensor;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Introduction to PyTorch Tensors" of the PyTorch-on-YouTube series ({@code
 * beginner_source/introyt/tensors_deeper_tutorial.py}), line for line: creation and seeding,
 * {@code *_like}, dtypes, arithmetic and broadcasting (and the broadcasts it says fail), the
 * math sample, in-place ops ({@code torch.sin_}), {@code out=} ({@code torch.matmul(a, b,
 * out=c)}, {@code torch.rand(2, 2, out=c)}), copies, devices and reshaping. The NumPy bridge is
 * left out (no NumPy in Java); {@code torch.empty}'s uninitialised values are not printed.
 */
public final class IntroYtTensors {
  private IntroYtTensors() {}

  static void runtimeError(Supplier<?> f) {
    try {
      f.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      print("RuntimeError:", e.getMessage());
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    Tensor x = empty(3, 4);
    print(Py.type(x));
    print(x.shape());
    Tensor zeros = zeros(2, 3);
    print(zeros);
    Tensor ones = ones(2, 3);
    print(ones);
    manual_seed(1729);
    Tensor random = rand(2, 3);
    print(random);
    manual_seed(1729);
    Tensor random1 = rand(2, 3);
    print(random1);
    Tensor random2 = rand(2, 3);
    print(random2);
    manual_seed(1729);
    Tensor random3 = rand(2, 3);
    print(random3);
    Tensor random4 = rand(2, 3);
    print(random4);

    x = empty(2, 2, 3);
    print(x.shape());
    Tensor empty_like_x = empty_like(x);
    print(empty_like_x.shape());
    Tensor zeros_like_x = zeros_like(x);
    print(zeros_like_x.shape());
    print(zeros_like_x);
    Tensor ones_like_x = ones_like(x);
    print(ones_like_x.shape());
    print(ones_like_x);
    Tensor rand_like_x = rand_like(x);
    print(rand_like_x.shape());
    print(rand_like_x);

    Tensor some_constants = tensor(new double[][] {{3.1415926, 2.71828}, {1.61803, 0.0072897}});
    print(some_constants);
    Tensor some_integers = tensor(List.of(2L, 3L, 5L, 7L, 11L, 13L, 17L, 19L));
    print(some_integers);
    Tensor more_integers = tensor(List.of(List.of(2L, 4L, 6L), List.of(3L, 6L, 9L)));
    print(more_integers);

    Tensor a = ones(new long[] {2, 3}, int16);
    print(a);
    Tensor b = rand(new long[] {2, 3}, float64, null).mul(20.);
    print(b);
    Tensor c = b.to(int32);
    print(c);

    ones = zeros(2, 2).add(1);
    Tensor twos = ones(2, 2).mul(2);
    Tensor threes = ones(2, 2).mul(7).sub(1).div(2);
    Tensor fours = twos.pow(2);
    Tensor sqrt2s = twos.pow(0.5);
    print(ones);
    print(twos);
    print(threes);
    print(fours);
    print(sqrt2s);
    Tensor powers2 = twos.pow(tensor(new long[][] {{1, 2}, {3, 4}}));
    print(powers2);
    Tensor fives = ones.add(fours);
    print(fives);
    Tensor dozens = threes.mul(fours);
    print(dozens);
    runtimeError(() -> {
      Tensor a2 = rand(2, 3);
      Tensor b2 = rand(3, 2);
      print(a2.mul(b2));
      return null;
    });

    Tensor rand = rand(2, 4);
    Tensor doubled = rand.mul(ones(1, 4).mul(2));
    print(rand);
    print(doubled);

    a = ones(4, 3, 2);
    b = a.mul(rand(3, 2)); // 3rd & 2nd dims identical to a, dim 1 absent
    print(b);
    c = a.mul(rand(3, 1)); // 3rd dim = 1, 2nd dim identical to a
    print(c);
    Tensor d = a.mul(rand(1, 2)); // 3rd dim identical to a, 2nd dim = 1
    print(d);
    final Tensor fa = a;
    runtimeError(() -> fa.mul(rand(4, 3))); // dimensions must match last-to-first
    runtimeError(() -> fa.mul(rand(2, 3))); // both 3rd & 2nd dims different
    runtimeError(() -> fa.mul(rand(new long[] {0}))); // can't broadcast with an empty tensor

    a = rand(2, 4).mul(2).sub(1);
    print("Common functions:");
    print(abs(a));
    print(ceil(a));
    print(floor(a));
    print(clamp(a, -0.5, 0.5));
    Tensor angles = tensor(List.of(0L, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4));
    Tensor sines = sin(angles);
    Tensor inverses = asin(sines);
    print("\nSine and arcsine:");
    print(angles);
    print(sines);
    print(inverses);
    print("\nBitwise XOR:");
    b = tensor(new long[] {1, 5, 11});
    c = tensor(new long[] {2, 7, 10});
    print(bitwise_xor(b, c));
    print("\nBroadcasted, element-wise equality comparison:");
    d = tensor(new double[][] {{1., 2.}, {3., 4.}});
    Tensor e = ones(1, 2); // many comparison ops support broadcasting!
    print(eq(d, e)); // returns a tensor of type bool
    print("\nReduction ops:");
    print(max(d)); // returns a single-element tensor
    print(max(d).item()); // extracts the value from the returned tensor
    print(mean(d)); // average
    print(std(d)); // standard deviation
    print(prod(d)); // product of all numbers
    print(unique(tensor(new long[] {1, 2, 1, 2, 1, 2}))); // filter unique elements
    Tensor v1 = tensor(new double[] {1., 0., 0.}); // x unit vector
    Tensor v2 = tensor(new double[] {0., 1., 0.}); // y unit vector
    Tensor m1 = rand(2, 2); // random matrix
    Tensor m2 = tensor(new double[][] {{3., 0.}, {0., 3.}}); // three times identity matrix
    print("\nVectors & Matrices:");
    print(cross(v2, v1)); // negative of z unit vector (v1 x v2 == -v2 x v1)
    print(m1);
    Tensor m3 = matmul(m1, m2);
    print(m3); // 3 times m1
    // torch.svd returns {U, S, V} as a Tensor[] here; Python prints its named tuple
    Tensor[] usv = svd(m3); // singular value decomposition
    print("torch.return_types.svd(\nU=" + usv[0] + ",\nS=" + usv[1] + ",\nV=" + usv[2] + ")");

    a = tensor(List.of(0L, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4));
    print("a:");
    print(a);
    print(sin(a)); // this operation creates a new tensor in memory
    print(a); // a has not changed
    b = tensor(List.of(0L, Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4));
    print("\nb:");
    print(b);
    print(sin_(b)); // note the underscore
    print(b); // b has changed

    a = ones(2, 2);
    b = rand(2, 2);
    print("Before:");
    print(a);
    print(b);
    print("\nAfter adding:");
    print(a.add_(b));
    print(a);
    print(b);
    print("\nAfter multiplying");
    print(b.mul_(b));
    print(b);

    a = rand(2, 2);
    b = rand(2, 2);
    c = zeros(2, 2);
    Tensor old_id = c;
    print(c);
    d = matmul(a, b, c);
    print(c); // contents of c have changed
    check(c == d); // test c & d are same object, not just containing equal values
    check(c == old_id); // make sure that our new c is the same object as the old one
    rand(new long[] {2, 2}, c); // works for creation too!
    print(c); // c has changed again
    check(c == old_id); // still the same object!

    a = ones(2, 2);
    b = a;
    a.get(0).set(1, 561); // we change a...
    print(b); // ...and b is also altered
    a = ones(2, 2);
    b = a.clone();
    check(b != a); // different objects in memory...
    print(eq(a, b)); // ...but still with the same contents!
    a.get(0).set(1, 561); // a changes...
    print(b); // ...but b is still all ones

    a = rand(new long[] {2, 2}, true); // turn on autograd
    print(a);
    b = a.clone();
    print(b);
    c = a.detach().clone();
    print(c);
    print(a);

    if (cuda.is_available()) {
      print("We have a GPU!");
    } else {
      print("Sorry, CPU only.");
    }
    Device my_device = cuda.is_available() ? device("cuda") : device("cpu");
    print(String.format("Device: %s", my_device));
    x = rand(new long[] {2, 2}, my_device);
    print(x);
    Tensor y = rand(2, 2);
    y = y.to(my_device);
    runtimeError(() -> {
      Tensor x2 = rand(2, 2);
      Tensor y2 = rand(new long[] {2, 2}, device("gpu"));
      return x2.add(y2); // exception will be thrown
    });

    a = rand(3, 226, 226);
    b = a.unsqueeze(0);
    print(a.shape());
    print(b.shape());
    c = rand(1, 1, 1, 1, 1);
    print(c);
    a = rand(1, 20);
    print(a.shape());
    print(a);
    b = a.squeeze(0);
    print(b.shape());
    print(b);
    c = rand(2, 2);
    print(c.shape());
    d = c.squeeze(0);
    print(d.shape());
    a = ones(4, 3, 2);
    b = rand(3); // trying to multiply a * b will give a runtime error
    c = b.unsqueeze(1); // change to a 2-dimensional tensor, adding new dim at the end
    print(c.shape());
    print(a.mul(c)); // broadcasting works again!
    Tensor batch_me = rand(3, 226, 226);
    print(batch_me.shape());
    batch_me.unsqueeze_(0);
    print(batch_me.shape());
    Tensor output3d = rand(6, 20, 20);
    print(output3d.shape());
    Tensor input1d = output3d.reshape(6 * 20 * 20);
    print(input1d.shape());
    // can also call it as a method on the torch module:
    print(reshape(output3d, 6 * 20 * 20).shape());
  }

  static void check(boolean b) {
    if (!b) {
      throw new AssertionError();
    }
  }
}
