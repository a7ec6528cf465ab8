package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Device;
import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Sequential;

/**
 * D2L-zh §5.6 GPU, as recorded on a machine without CUDA (the transcript shows PyTorch's CPU-only
 * answers and errors; Java's {@code cuda} is ND4J's device backend, absent with nd4j-native).
 * Cell 1 ({@code !nvidia-smi}) is a shell escape and cells 9-10 use {@code Z}, which cell 8 failed
 * to define: Python-only, listed in the conformance test.
 */
final class Ch5_6 {
  private Tensor X;
  private Tensor Y;
  private Tensor Z;
  private Sequential net;

  void zh(Notebook nb) {
    nb.cell(() -> {}); // !nvidia-smi (a shell command, not Python)
    nb.cell(() -> nb.show(device("cpu"), device("cuda"), device("cuda:1")));
    nb.cell(() -> nb.show(cuda.device_count()));
    nb.cell(() -> {
      // def try_gpu(i=0):  #@save; def try_all_gpus():  #@save -> D2l.try_gpu, D2l.try_all_gpus
      nb.show(D2l.try_gpu(), D2l.try_gpu(10), D2l.try_all_gpus());
    });
    nb.cell(() -> {
      Tensor x = tensor(new long[] {1, 2, 3});
      nb.show(x.device());
    });
    nb.cell(() -> {
      X = ones(new long[] {2, 3}, D2l.try_gpu());
      nb.show(X);
    });
    nb.cell(() -> {
      Y = rand(new long[] {2, 3}, D2l.try_gpu(1));
      nb.show(Y);
    });
    nb.cell(() -> {
      Z = X.cuda(1);
      nb.print(X);
      nb.print(Z);
    });
    nb.cell(() -> nb.show(Y.add(Z)));
    nb.cell(() -> nb.show(Z.cuda(1) == Z));
    nb.cell(() -> {
      net = new Sequential(new Linear(3, 1));
      net = (Sequential) net.to(D2l.try_gpu());
    });
    nb.cell(() -> nb.show(net.call(X)));
    nb.cell(() -> nb.show(net.<Linear>get(0).weight().data().device()));
  }
}
