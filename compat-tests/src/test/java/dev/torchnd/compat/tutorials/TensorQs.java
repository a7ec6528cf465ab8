package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import java.util.List;

/**
 * PyTorch's "Tensors" tutorial ({@code beginner_source/basics/tensorqs_tutorial.py}) ported cell
 * by cell. The NumPy cells ({@code torch.from_numpy}, {@code t.numpy()} sharing memory) are left
 * out: Java has no NumPy array to share with.
 */
public final class TensorQs {
  private TensorQs() {}

  public static void main(String[] args) {
    manual_seed(0);
    long[][] data = {{1, 2}, {3, 4}};
    Tensor x_data = tensor(data);

    Tensor x_ones = ones_like(x_data); // retains the properties of x_data
    print("Ones Tensor: \n " + x_ones + " \n");

    Tensor x_rand = rand_like(x_data, float32); // overrides the datatype of x_data
    print("Random Tensor: \n " + x_rand + " \n");

    long[] shape = {2, 3};
    Tensor rand_tensor = rand(shape);
    Tensor ones_tensor = ones(shape);
    Tensor zeros_tensor = zeros(shape);

    print("Random Tensor: \n " + rand_tensor + " \n");
    print("Ones Tensor: \n " + ones_tensor + " \n");
    print("Zeros Tensor: \n " + zeros_tensor);

    Tensor tensor = rand(3, 4);

    print("Shape of tensor: " + tensor.shape());
    print("Datatype of tensor: " + tensor.dtype());
    print("Device tensor is stored on: " + tensor.device());

    if (cuda.is_available()) {
      tensor = tensor.to("cuda");
    }

    tensor = ones(4, 4);
    print("First row: ", tensor.get("0"));
    print("First column: ", tensor.get(":, 0"));
    print("Last column:", tensor.get("..., -1"));
    tensor.set(":, 1", 0);
    print(tensor);

    Tensor t1 = cat(List.of(tensor, tensor, tensor), 1);
    print(t1);

    Tensor y1 = tensor.matmul(tensor.T());
    Tensor y2 = tensor.matmul(tensor.T());

    Tensor y3 = rand_like(tensor);
    matmul(tensor, tensor.T(), y3);

    Tensor z1 = tensor.mul(tensor);
    Tensor z2 = tensor.mul(tensor);

    Tensor z3 = rand_like(tensor);
    mul(tensor, tensor, z3);
    print(y1 + "\n" + y2 + "\n" + y3);
    print(z1 + "\n" + z2 + "\n" + z3);

    Tensor agg = tensor.sum();
    Object agg_item = agg.item();
    print(agg_item, Py.type(agg_item));

    print(tensor, "\n");
    tensor.add_(5);
    print(tensor);
  }
}
