package dev.torchnd.examples;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.FashionMNIST;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.d2l.Timer;
import dev.torchnd.d2l.Transforms;
import dev.torchnd.utils.data.DataLoader;
import java.util.List;

/**
 * D2L-zh §3.5 图像分类数据集 (the Fashion-MNIST data set). {@code torchvision.datasets.FashionMNIST}
 * is {@link FashionMNIST} (without the real files and without network it reads a stand-in and
 * says so on stderr); a sample is {@code [image, label]}, so its batches are {@code List<Object>}
 * of two tensors. The {@code #@save} helpers are {@link D2l}'s.
 */
final class Ch3_5 {
  private Transforms.Transform trans;
  private FashionMNIST mnist_train;
  private FashionMNIST mnist_test;
  private int batch_size;
  private DataLoader<List<Object>> train_iter;

  void zh(Notebook nb) {
    nb.cell(() -> D2l.use_svg_display()); // imports; d2l.use_svg_display()
    nb.cell(() -> {
      // 通过ToTensor实例将图像数据从PIL类型变换成32位浮点数格式，
      // 并除以255使得所有像素的数值均在0～1之间
      trans = Transforms.ToTensor();
      mnist_train = new FashionMNIST("../data", true, trans, true);
      mnist_test = new FashionMNIST("../data", false, trans, true);
    });
    nb.cell(() -> nb.show(mnist_train.len(), mnist_test.len()));
    nb.cell(() -> nb.show(((Tensor) mnist_train.get(0).get(0)).shape()));
    nb.cell(() -> {}); // def get_fashion_mnist_labels(labels):  #@save -> D2l.get_fashion_mnist_labels
    nb.cell(() -> {}); // def show_images(imgs, num_rows, num_cols, titles=None, scale=1.5):  #@save -> D2l.show_images
    nb.cell(() -> {
      List<Object> Xy = new DataLoader<>(mnist_train, 18).iterator().next();
      Tensor X = (Tensor) Xy.get(0);
      Tensor y = (Tensor) Xy.get(1);
      D2l.show_images(X.reshape(18, 28, 28), 2, 9, D2l.get_fashion_mnist_labels(y));
    });
    nb.cell(() -> {
      batch_size = 256;
      // def get_dataloader_workers():  #@save -> D2l.get_dataloader_workers (4; ignored)
      train_iter = new DataLoader<>(mnist_train, batch_size, true);
    });
    nb.cell(() -> {
      Timer timer = new Timer();
      for (List<Object> Xy : train_iter) {
        continue;
      }
      nb.show(PyFormat.f(timer.stop(), 2) + " sec");
    });
    nb.cell(() -> {}); // def load_data_fashion_mnist(batch_size, resize=None):  #@save -> D2l.load_data_fashion_mnist
    nb.cell(() -> {
      var iters = D2l.load_data_fashion_mnist(32, 64);
      for (List<Tensor> Xy : iters.get(0)) {
        Tensor X = Xy.get(0);
        Tensor y = Xy.get(1);
        nb.print(X.shape(), X.dtype(), y.shape(), y.dtype());
        break;
      }
    });
    // exercise 1: batch_size = 1
    nb.cell(() -> {
      Timer timer = new Timer();
      for (List<Object> Xy : new DataLoader<>(mnist_train, 1)) {
        continue;
      }
      nb.show(PyFormat.f(timer.stop(), 2) + " sec");
    });
  }
}
