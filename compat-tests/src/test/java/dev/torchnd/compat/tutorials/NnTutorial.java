package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Device;
import dev.torchnd.Tensor;
import dev.torchnd.nn.AdaptiveAvgPool2d;
import dev.torchnd.nn.AvgPool2d;
import dev.torchnd.nn.Conv2d;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.Optimizer;
import dev.torchnd.optim.SGD;
import dev.torchnd.serialization.Numpy;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.TensorDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * PyTorch's "What is torch.nn really?" ({@code beginner_source/nn_tutorial.py}) ported cell by
 * cell: logistic regression on MNIST by hand, then refactored step by step onto {@code
 * F.cross_entropy}, {@code nn.Module}/{@code nn.Parameter}, {@code nn.Linear}, {@code optim},
 * {@code TensorDataset}, {@code DataLoader}, validation, and a CNN ({@code nn.Conv2d},
 * {@code F.avg_pool2d}, a {@code Lambda} module, {@code nn.Sequential}, {@code
 * nn.AdaptiveAvgPool2d}, a wrapped loader, a device). MNIST is the recorder's committed stand-in
 * ({@code fixtures/tutorials/mnist_standin.npz}, 384 training and 128 validation images, loaded
 * with {@code Numpy.load} as the tutorial unpickles its NumPy arrays); the plot is left out.
 * Python's module-level variables are this class's fields.
 */
public final class NnTutorial {
  Tensor x_train;
  Tensor y_train;
  Tensor x_valid;
  Tensor y_valid;
  long n;
  int bs = 64;
  double lr = 0.5;
  int epochs = 2;
  Tensor weights;
  Tensor bias;
  UnaryOperator<Tensor> model;
  Module module;
  BiFunction<Tensor, Tensor, Tensor> loss_func;

  public static void main(String[] args) {
    new NnTutorial().run();
  }

  static Tensor log_softmax(Tensor x) {
    return x.sub(x.exp().sum(-1).log().unsqueeze(-1));
  }

  static Tensor nll(Tensor input, Tensor target) {
    return input.get(arange(target.shape().at(0)), target).mean().neg();
  }

  static Tensor accuracy(Tensor out, Tensor yb) {
    Tensor preds = argmax(out, 1);
    return preds.eq(yb).float_().mean();
  }

  static final class Mnist_Logistic_Params extends Module {
    final Parameter weights =
        register_parameter("weights", new Parameter(randn(784, 10).div(Math.sqrt(784))));
    final Parameter bias = register_parameter("bias", new Parameter(zeros(10)));

    @Override
    public Tensor forward(Tensor xb) {
      return xb.matmul(weights).add(bias);
    }
  }

  static final class Mnist_Logistic extends Module {
    final Linear lin = register_module("lin", new Linear(784, 10));

    @Override
    public Tensor forward(Tensor xb) {
      return lin.call(xb);
    }
  }

  /** {@code fit()} of the "Refactor using nn.Module" section (the model is a field). */
  void fit() {
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (long i = 0; i < (n - 1) / bs + 1; i++) {
        long start_i = i * bs;
        long end_i = start_i + bs;
        Tensor xb = x_train.get(start_i + ":" + end_i);
        Tensor yb = y_train.get(start_i + ":" + end_i);
        Tensor pred = module.call(xb);
        Tensor loss = loss_func.apply(pred, yb);

        loss.backward();
        try (var g = no_grad()) {
          for (Parameter p : module.parameters()) {
            p.sub_(p.grad().mul(lr));
          }
          module.zero_grad();
        }
      }
    }
  }

  /** {@code get_model()}: a fresh model and its SGD optimizer. */
  Object[] get_model() {
    var m = new Mnist_Logistic();
    return new Object[] {m, new SGD(m.parameters(), lr)};
  }

  static Object[] loss_batch(Module model, BiFunction<Tensor, Tensor, Tensor> loss_func,
      Tensor xb, Tensor yb, Optimizer opt) {
    Tensor loss = loss_func.apply(model.call(xb), yb);

    if (opt != null) {
      loss.backward();
      opt.step();
      opt.zero_grad();
    }

    return new Object[] {loss.doubleValue(), xb.len()};
  }

  static void fit(int epochs, Module model, BiFunction<Tensor, Tensor, Tensor> loss_func,
      Optimizer opt, Iterable<List<Tensor>> train_dl, Iterable<List<Tensor>> valid_dl) {
    for (int epoch = 0; epoch < epochs; epoch++) {
      model.train();
      for (List<Tensor> b : train_dl) {
        loss_batch(model, loss_func, b.get(0), b.get(1), opt);
      }

      model.eval();
      List<Object[]> results = new ArrayList<>();
      try (var g = no_grad()) {
        for (List<Tensor> b : valid_dl) {
          results.add(loss_batch(model, loss_func, b.get(0), b.get(1), null));
        }
      }
      // np.sum(np.multiply(losses, nums)) / np.sum(nums)
      double num = 0;
      long den = 0;
      for (Object[] r : results) {
        num += (double) r[0] * (long) r[1];
        den += (long) r[1];
      }
      double val_loss = num / den;

      print(epoch, val_loss);
    }
  }

  static List<DataLoader<List<Tensor>>> get_data(TensorDataset train_ds, TensorDataset valid_ds, int bs) {
    return List.of(
        new DataLoader<>(train_ds, bs, true),
        new DataLoader<>(valid_ds, bs * 2));
  }

  static final class Mnist_CNN extends Module {
    final Conv2d conv1 = register_module("conv1", new Conv2d(1, 16, 3, 2, 1));
    final Conv2d conv2 = register_module("conv2", new Conv2d(16, 16, 3, 2, 1));
    final Conv2d conv3 = register_module("conv3", new Conv2d(16, 10, 3, 2, 1));

    @Override
    public Tensor forward(Tensor xb) {
      xb = xb.view(-1, 1, 28, 28);
      xb = F.relu(conv1.call(xb));
      xb = F.relu(conv2.call(xb));
      xb = F.relu(conv3.call(xb));
      xb = F.avg_pool2d(xb, 4);
      return xb.view(-1, xb.size(1));
    }
  }

  /** The tutorial's {@code Lambda} layer: a module running a function. */
  static final class Lambda extends Module {
    final UnaryOperator<Tensor> func;

    Lambda(UnaryOperator<Tensor> func) {
      this.func = func;
    }

    @Override
    public Tensor forward(Tensor x) {
      return func.apply(x);
    }
  }

  static Tensor preprocess(Tensor x) {
    return x.view(-1, 1, 28, 28);
  }

  /** The tutorial's {@code WrappedDataLoader}: applies {@code func} to every batch. */
  static final class WrappedDataLoader implements Iterable<List<Tensor>> {
    final DataLoader<List<Tensor>> dl;
    final BiFunction<Tensor, Tensor, List<Tensor>> func;

    WrappedDataLoader(DataLoader<List<Tensor>> dl, BiFunction<Tensor, Tensor, List<Tensor>> func) {
      this.dl = dl;
      this.func = func;
    }

    int len() {
      return dl.len();
    }

    @Override
    public Iterator<List<Tensor>> iterator() {
      Iterator<List<Tensor>> batches = dl.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return batches.hasNext();
        }

        @Override
        public List<Tensor> next() {
          List<Tensor> b = batches.next();
          return func.apply(b.get(0), b.get(1));
        }
      };
    }
  }

  void run() {
    manual_seed(0);
    Map<String, Tensor> f;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/tutorials/mnist_standin.npz")) {
      f = Numpy.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    x_train = f.get("x_train");
    y_train = f.get("y_train");
    x_valid = f.get("x_valid");
    y_valid = f.get("y_valid");
    // print(x_train.shape) of the NumPy array
    print("(" + x_train.size(0) + ", " + x_train.size(1) + ")");

    n = x_train.size(0);
    print(x_train, y_train);
    print(x_train.shape());
    print(y_train.min(), y_train.max());

    weights = randn(784, 10).div(Math.sqrt(784));
    weights.requires_grad_();
    bias = zeros(10).requires_grad_();

    model = xb -> log_softmax(xb.matmul(weights).add(bias));

    Tensor xb = x_train.get("0:" + bs); // a mini-batch from x
    Tensor preds = model.apply(xb); // predictions
    print(preds.get(0), preds.shape());

    loss_func = NnTutorial::nll;

    Tensor yb = y_train.get("0:" + bs);
    print(loss_func.apply(preds, yb));

    print(accuracy(preds, yb));

    for (int epoch = 0; epoch < epochs; epoch++) {
      for (long i = 0; i < (n - 1) / bs + 1; i++) {
        long start_i = i * bs;
        long end_i = start_i + bs;
        xb = x_train.get(start_i + ":" + end_i);
        yb = y_train.get(start_i + ":" + end_i);
        Tensor pred = model.apply(xb);
        Tensor loss = loss_func.apply(pred, yb);

        loss.backward();
        try (var g = no_grad()) {
          weights.sub_(weights.grad().mul(lr));
          bias.sub_(bias.grad().mul(lr));
          weights.grad().zero_();
          bias.grad().zero_();
        }
      }
    }

    print(loss_func.apply(model.apply(xb), yb), accuracy(model.apply(xb), yb));

    // Using torch.nn.functional
    loss_func = F::cross_entropy;

    model = b -> b.matmul(weights).add(bias);

    print(loss_func.apply(model.apply(xb), yb), accuracy(model.apply(xb), yb));

    // Refactor using nn.Module
    module = new Mnist_Logistic_Params();
    print(loss_func.apply(module.call(xb), yb));

    fit();
    print(loss_func.apply(module.call(xb), yb));

    // Refactor using nn.Linear
    module = new Mnist_Logistic();
    print(loss_func.apply(module.call(xb), yb));
    fit();
    print(loss_func.apply(module.call(xb), yb));

    // Refactor using optim
    Object[] mo = get_model();
    Module m = (Module) mo[0];
    Optimizer opt = (Optimizer) mo[1];
    print(loss_func.apply(m.call(xb), yb));

    for (int epoch = 0; epoch < epochs; epoch++) {
      for (long i = 0; i < (n - 1) / bs + 1; i++) {
        long start_i = i * bs;
        long end_i = start_i + bs;
        xb = x_train.get(start_i + ":" + end_i);
        yb = y_train.get(start_i + ":" + end_i);
        Tensor pred = m.call(xb);
        Tensor loss = loss_func.apply(pred, yb);

        loss.backward();
        opt.step();
        opt.zero_grad();
      }
    }

    print(loss_func.apply(m.call(xb), yb));

    // Refactor using Dataset
    var train_ds = new TensorDataset(x_train, y_train);

    mo = get_model();
    m = (Module) mo[0];
    opt = (Optimizer) mo[1];

    for (int epoch = 0; epoch < epochs; epoch++) {
      for (long i = 0; i < (n - 1) / bs + 1; i++) {
        List<Tensor> xy = train_ds.get((i * bs) + ":" + (i * bs + bs));
        xb = xy.get(0);
        yb = xy.get(1);
        Tensor pred = m.call(xb);
        Tensor loss = loss_func.apply(pred, yb);

        loss.backward();
        opt.step();
        opt.zero_grad();
      }
    }

    print(loss_func.apply(m.call(xb), yb));

    // Refactor using DataLoader
    train_ds = new TensorDataset(x_train, y_train);
    var train_dl = new DataLoader<>(train_ds, bs);

    mo = get_model();
    m = (Module) mo[0];
    opt = (Optimizer) mo[1];

    for (int epoch = 0; epoch < epochs; epoch++) {
      for (List<Tensor> xy : train_dl) {
        xb = xy.get(0);
        yb = xy.get(1);
        Tensor pred = m.call(xb);
        Tensor loss = loss_func.apply(pred, yb);

        loss.backward();
        opt.step();
        opt.zero_grad();
      }
    }

    print(loss_func.apply(m.call(xb), yb));

    // Add validation
    train_ds = new TensorDataset(x_train, y_train);
    train_dl = new DataLoader<>(train_ds, bs, true);

    var valid_ds = new TensorDataset(x_valid, y_valid);
    var valid_dl = new DataLoader<>(valid_ds, bs * 2);

    mo = get_model();
    m = (Module) mo[0];
    opt = (Optimizer) mo[1];

    for (int epoch = 0; epoch < epochs; epoch++) {
      m.train();
      for (List<Tensor> xy : train_dl) {
        Tensor pred = m.call(xy.get(0));
        Tensor loss = loss_func.apply(pred, xy.get(1));

        loss.backward();
        opt.step();
        opt.zero_grad();
      }

      m.eval();
      Tensor valid_loss = tensor(0L);
      try (var g = no_grad()) {
        for (List<Tensor> xy : valid_dl) {
          valid_loss = valid_loss.add(loss_func.apply(m.call(xy.get(0)), xy.get(1)));
        }
      }

      print(epoch, valid_loss.div(valid_dl.len()));
    }

    // Create fit() and get_data()
    var dls = get_data(train_ds, valid_ds, bs);
    mo = get_model();
    fit(epochs, (Module) mo[0], loss_func, (Optimizer) mo[1], dls.get(0), dls.get(1));

    // Switch to CNN
    lr = 0.1;

    var cnn = new Mnist_CNN();
    print(cnn);
    opt = new SGD(cnn.parameters(), lr, 0.9);

    fit(epochs, cnn, loss_func, opt, dls.get(0), dls.get(1));

    // nn.Sequential
    var seq = new Sequential(
        new Lambda(NnTutorial::preprocess),
        new Conv2d(1, 16, 3, 2, 1),
        new ReLU(),
        new Conv2d(16, 16, 3, 2, 1),
        new ReLU(),
        new Conv2d(16, 10, 3, 2, 1),
        new ReLU(),
        new AvgPool2d(4),
        new Lambda(x -> x.view(x.size(0), -1)));
    print(seq);

    opt = new SGD(seq.parameters(), lr, 0.9);

    fit(epochs, seq, loss_func, opt, dls.get(0), dls.get(1));

    // Wrapping DataLoader
    BiFunction<Tensor, Tensor, List<Tensor>> preprocess2 = (x, y) -> List.of(x.view(-1, 1, 28, 28), y);

    dls = get_data(train_ds, valid_ds, bs);
    var wtrain_dl = new WrappedDataLoader(dls.get(0), preprocess2);
    var wvalid_dl = new WrappedDataLoader(dls.get(1), preprocess2);

    seq = new Sequential(
        new Conv2d(1, 16, 3, 2, 1),
        new ReLU(),
        new Conv2d(16, 16, 3, 2, 1),
        new ReLU(),
        new Conv2d(16, 10, 3, 2, 1),
        new ReLU(),
        new AdaptiveAvgPool2d(1),
        new Lambda(x -> x.view(x.size(0), -1)));
    print(seq);

    opt = new SGD(seq.parameters(), lr, 0.9);

    fit(epochs, seq, loss_func, opt, wtrain_dl, wvalid_dl);

    // Using your GPU
    print(cuda.is_available());

    Device dev = cuda.is_available() ? device("cuda") : device("cpu");

    BiFunction<Tensor, Tensor, List<Tensor>> preprocess3 =
        (x, y) -> List.of(x.view(-1, 1, 28, 28).to(dev), y.to(dev));

    dls = get_data(train_ds, valid_ds, bs);
    wtrain_dl = new WrappedDataLoader(dls.get(0), preprocess3);
    wvalid_dl = new WrappedDataLoader(dls.get(1), preprocess3);

    seq.to(dev);
    opt = new SGD(seq.parameters(), lr, 0.9);

    fit(epochs, seq, loss_func, opt, wtrain_dl, wvalid_dl);
  }
}
