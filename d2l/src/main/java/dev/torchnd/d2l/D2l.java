package dev.torchnd.d2l;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.torchnd.nn.Module;
import dev.torchnd.optim.Optimizer;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.Dataset;
import dev.torchnd.utils.data.TensorDataset;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The {@code d2l} package's chapter-2 helpers (the {@code #@save} functions of §2.4, "Defined in
 * sec_calculus"), with the book's names and defaults: {@link #use_svg_display}, {@link
 * #set_figsize}, {@link #set_axes}, {@link #plot}, and {@link #plt} for {@code d2l.plt}.
 *
 * <p>Where Jupyter shows a figure inline, Java writes it: {@link #savefig(String)} saves the
 * current figure as PNG and SVG under {@code target/figures} (or the folder in the system
 * property {@code torchnd.figures}).
 */
public final class D2l {
  private D2l() {}

  /** {@code d2l.plt} ({@code matplotlib.pyplot}). */
  public static final Pyplot plt = new Pyplot();

  private static final String[] FMTS = {"-", "m--", "g-.", "r:"};

  /** {@code d2l.use_svg_display()}: figures are always also written as SVG here; a no-op. */
  public static void use_svg_display() {}

  /** {@code d2l.set_figsize()}: 3.5 x 2.5 inches. */
  public static void set_figsize() {
    set_figsize(3.5, 2.5);
  }

  /** {@code d2l.set_figsize((w, h))}: the size of the next figure, in inches. */
  public static void set_figsize(double width, double height) {
    use_svg_display();
    plt.close();
    plt.rcParams.put("figure.figsize", new double[] {width, height});
  }

  /** {@code d2l.set_axes(axes, xlabel, ylabel, xlim, ylim, xscale, yscale, legend)}. */
  public static void set_axes(
      Axes axes,
      String xlabel,
      String ylabel,
      double[] xlim,
      double[] ylim,
      String xscale,
      String yscale,
      List<String> legend) {
    axes.set_xlabel(xlabel);
    axes.set_ylabel(ylabel);
    axes.set_xscale(xscale);
    axes.set_yscale(yscale);
    axes.set_xlim(xlim);
    axes.set_ylim(ylim);
    if (legend != null && !legend.isEmpty()) {
      axes.legend(legend);
    }
    axes.grid();
  }

  /** {@code d2l.plot(X, Y, xlabel, ylabel, legend=legend)} with the other defaults. */
  public static void plot(Object x, Object y, String xlabel, String ylabel, List<String> legend) {
    plot(x, y, xlabel, ylabel, legend, null, null, "linear", "linear", FMTS, new double[] {3.5, 2.5},
        null);
  }

  /** {@code d2l.plot(X)}: Y only, against 0, 1, 2, ... */
  public static void plot(Object y) {
    plot(y, null, null, null, List.of());
  }

  /**
   * {@code d2l.plot(X, Y=None, xlabel=None, ylabel=None, legend=[], xlim=None, ylim=None,
   * xscale='linear', yscale='linear', fmts=('-', 'm--', 'g-.', 'r:'), figsize=(3.5, 2.5),
   * axes=None)}. {@code X} and {@code Y} are each a {@code double[]}, a 1-D {@link Tensor}, a
   * {@code double[][]} or a {@link List} of those (several curves); {@code Y == null} plots
   * {@code X} against indices; one X is shared by several Y.
   */
  public static void plot(
      Object xs,
      Object ys,
      String xlabel,
      String ylabel,
      List<String> legend,
      double[] xlim,
      double[] ylim,
      String xscale,
      String yscale,
      String[] fmts,
      double[] figsize,
      Axes axes) {
    List<double[]> xl = curves(xs);
    List<double[]> yl;
    if (ys == null) {
      yl = xl;
      xl = new ArrayList<>();
      for (int i = 0; i < yl.size(); i++) {
        xl.add(new double[0]);
      }
    } else {
      yl = curves(ys);
    }
    if (xl.size() != yl.size()) {
      List<double[]> rep = new ArrayList<>();
      for (int k = 0; k < yl.size(); k++) {
        rep.addAll(xl);
      }
      xl = rep;
    }
    set_figsize(figsize[0], figsize[1]);
    Axes ax = axes == null ? plt.gca() : axes;
    ax.cla();
    String[] f = fmts == null ? FMTS : fmts;
    for (int i = 0; i < Math.min(Math.min(xl.size(), yl.size()), f.length); i++) {
      if (xl.get(i).length > 0) {
        ax.plot(xl.get(i), yl.get(i), f[i]);
      } else {
        ax.plot(yl.get(i), f[i]);
      }
    }
    set_axes(ax, xlabel, ylabel, xlim, ylim, xscale, yscale, legend);
  }

  /** {@code has_one_axis(X)} and the wrapping into a list of curves. */
  static List<double[]> curves(Object o) {
    List<double[]> out = new ArrayList<>();
    if (o instanceof double[] d) {
      out.add(d);
    } else if (o instanceof Tensor t) {
      if (t.dim() == 1) {
        out.add(t.detach().toDoubleArray());
      } else if (t.dim() == 2) {
        for (long i = 0; i < t.shape().at(0); i++) {
          out.add(t.get(i).detach().toDoubleArray());
        }
      } else {
        throw new IllegalArgumentException("plot takes 1-D or 2-D tensors, got " + t.dim() + "-D");
      }
    } else if (o instanceof double[][] dd) {
      out.addAll(List.of(dd));
    } else if (o instanceof List<?> l) {
      if (!l.isEmpty() && l.get(0) instanceof Number) {
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
          d[i] = ((Number) l.get(i)).doubleValue();
        }
        out.add(d);
      } else {
        for (Object e : l) {
          out.addAll(curves(e));
        }
      }
    } else {
      throw new IllegalArgumentException("cannot plot " + (o == null ? "None" : o.getClass()));
    }
    return out;
  }

  /** The folder figures are written to: {@code -Dtorchnd.figures}, else {@code target/figures}. */
  public static Path figuresDir() {
    return Path.of(System.getProperty("torchnd.figures", "target/figures"));
  }

  /** Writes the current figure as {@code <figuresDir>/<name>.png} and {@code .svg}. */
  public static List<Path> savefig(String name) {
    Path png = figuresDir().resolve(name + ".png");
    Path svg = figuresDir().resolve(name + ".svg");
    plt.savefig(png);
    plt.savefig(svg);
    synchronized (SAVED) {
      SAVED.add(png);
    }
    return List.of(png, svg);
  }

  private static final List<Path> SAVED = new ArrayList<>();

  /**
   * The PNG files {@link #savefig} (and {@link Animator}) wrote since the last call, oldest
   * first; a walkthrough page shows them under the cell that made them. Not in d2l.
   */
  public static List<Path> drainSavedFigures() {
    synchronized (SAVED) {
      List<Path> out = List.copyOf(SAVED);
      SAVED.clear();
      return out;
    }
  }

  /** Records a figure written outside {@link #savefig} (for {@link #drainSavedFigures}). */
  static void noteSaved(Path png) {
    synchronized (SAVED) {
      SAVED.add(png);
    }
  }

  /** Keeps one entry for a figure saved again (an {@link Animator} redraws each epoch). */
  static void replaceSaved(Path png) {
    synchronized (SAVED) {
      int first = SAVED.indexOf(png);
      SAVED.removeIf(p -> p.equals(png));
      SAVED.add(first < 0 ? SAVED.size() : first, png);
    }
  }

  // ---- chapters 3 to 5: the helpers of d2l/torch.py (d2l-zh 2.0) ----

  private static String figurePrefix = "figure";
  private static final Map<String, Integer> FIGURE_COUNTS = new HashMap<>();

  /**
   * The prefix of the names of figures that helpers write ({@link #show_images}, {@link
   * Animator}): a walkthrough section sets its own ({@code ch3_6_zh} gives {@code
   * ch3_6_zh_images1}); not in d2l.
   */
  public static synchronized void setFigurePrefix(String prefix) {
    figurePrefix = prefix;
    FIGURE_COUNTS.clear();
  }

  /** The next figure name of a kind: {@code <prefix>_<kind><n>}. */
  static synchronized String nextFigureName(String kind) {
    int n = FIGURE_COUNTS.merge(kind, 1, Integer::sum);
    return figurePrefix + "_" + kind + n;
  }

  /**
   * {@code d2l.synthetic_data(w, b, num_examples)}: {@code y = Xw + b + noise}, {@code X} from
   * {@code N(0, 1)}, noise from {@code N(0, 0.01)}; returns {@code {X, y.reshape(-1, 1)}}.
   */
  public static Tensor[] synthetic_data(Tensor w, double b, int num_examples) {
    Tensor X = Torch.normal(0, 1, num_examples, w.len());
    Tensor y = Torch.matmul(X, w).add(b);
    y.add_(Torch.normal(0, 0.01, y.shape().toLongArray()));
    return new Tensor[] {X, y.reshape(-1, 1)};
  }

  /** {@code d2l.linreg(X, w, b)}: {@code Xw + b}. */
  public static Tensor linreg(Tensor X, Tensor w, Tensor b) {
    return Torch.matmul(X, w).add(b);
  }

  /** {@code d2l.squared_loss(y_hat, y)}: {@code (y_hat - y.reshape(y_hat.shape)) ** 2 / 2}. */
  public static Tensor squared_loss(Tensor y_hat, Tensor y) {
    return y_hat.sub(y.reshape(y_hat.shape())).pow(2).div(2);
  }

  /** {@code d2l.sgd(params, lr, batch_size)}: {@code param -= lr * param.grad / batch_size}, then zeroes the grads. */
  public static void sgd(List<Tensor> params, double lr, long batch_size) {
    try (var g = Torch.no_grad()) {
      for (Tensor param : params) {
        param.sub_(Torch.mul(lr, param.grad()).div(batch_size));
        param.grad().zero_();
      }
    }
  }

  /** {@code d2l.load_array(data_arrays, batch_size, is_train=True)}: a shuffling loader over tensors. */
  public static DataLoader<List<Tensor>> load_array(Tensor[] data_arrays, int batch_size) {
    return load_array(data_arrays, batch_size, true);
  }

  /**
   * {@code d2l.load_array((features, labels), batch_size, is_train)}: {@code
   * data.DataLoader(data.TensorDataset(*data_arrays), batch_size, shuffle=is_train)}.
   */
  public static DataLoader<List<Tensor>> load_array(Tensor[] data_arrays, int batch_size,
      boolean is_train) {
    return new DataLoader<>(new TensorDataset(data_arrays), batch_size, is_train);
  }

  private static final List<String> TEXT_LABELS = List.of("t-shirt", "trouser", "pullover",
      "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle boot");

  /** {@code d2l.get_fashion_mnist_labels(labels)}: the text label of each class index. */
  public static List<String> get_fashion_mnist_labels(Tensor labels) {
    List<String> out = new ArrayList<>();
    for (long i : labels.reshape(-1).long_().toLongArray()) {
      out.add(TEXT_LABELS.get((int) i));
    }
    return out;
  }

  /** {@code d2l.show_images(imgs, num_rows, num_cols, titles=None, scale=1.5)}. */
  public static void show_images(Object imgs, int num_rows, int num_cols) {
    show_images(imgs, num_rows, num_cols, null, 1.5);
  }

  /** {@code d2l.show_images(imgs, num_rows, num_cols, titles=titles)}. */
  public static void show_images(Object imgs, int num_rows, int num_cols, List<String> titles) {
    show_images(imgs, num_rows, num_cols, titles, 1.5);
  }

  /**
   * {@code d2l.show_images(imgs, num_rows, num_cols, titles, scale)}: a grid of images with
   * titles, written as a figure ({@code <prefix>_images<n>.png|svg}); {@code imgs} is a tensor
   * whose first dimension runs over the images, or a list of 2-D tensors or {@link GrayImage}s.
   */
  public static void show_images(Object imgs, int num_rows, int num_cols, List<String> titles,
      double scale) {
    List<double[][]> list = new ArrayList<>();
    if (imgs instanceof Tensor t) {
      for (long i = 0; i < t.shape().at(0); i++) {
        list.add(ImageGrid.rows(t.get(i)));
      }
    } else if (imgs instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Tensor t) {
          list.add(ImageGrid.rows(t));
        } else if (o instanceof GrayImage g) {
          double[][] r = new double[g.height()][g.width()];
          for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
              r[y][x] = g.get(x, y);
            }
          }
          list.add(r);
        }
      }
    } else {
      throw new IllegalArgumentException("show_images takes a tensor or a list of images");
    }
    Path png = ImageGrid.draw(list, num_rows, num_cols, titles, scale, nextFigureName("images"));
    noteSaved(png);
  }

  /** {@code d2l.get_dataloader_workers()}: 4 (the loaders here read in the calling thread). */
  public static int get_dataloader_workers() {
    return 4;
  }

  /** {@code d2l.load_data_fashion_mnist(batch_size)}: {@code [train_iter, test_iter]}. */
  public static List<DataLoader<List<Tensor>>> load_data_fashion_mnist(int batch_size) {
    return load_data_fashion_mnist(batch_size, null);
  }

  /**
   * {@code d2l.load_data_fashion_mnist(batch_size, resize)}: Fashion-MNIST from {@code ../data}
   * ({@link FashionMNIST}: downloaded, or the stand-in), {@code Resize} then {@code ToTensor};
   * the training loader shuffles. Batches are {@code [X, y]}.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<DataLoader<List<Tensor>>> load_data_fashion_mnist(int batch_size, Integer resize) {
    List<Transforms.Transform> trans = new ArrayList<>(List.of(Transforms.ToTensor()));
    if (resize != null && resize != 0) {
      trans.add(0, Transforms.Resize(resize));
    }
    Transforms.Transform t = Transforms.Compose(trans);
    // ToTensor makes both fields of a sample tensors once collated: the batches are List<Tensor>
    Dataset train = new FashionMNIST("../data", true, t, true);
    Dataset test = new FashionMNIST("../data", false, t, true);
    return List.of(new DataLoader<List<Tensor>>(train, batch_size, true),
        new DataLoader<List<Tensor>>(test, batch_size, false));
  }

  /** {@code d2l.accuracy(y_hat, y)}: the number of correct predictions, as a float. */
  public static double accuracy(Tensor y_hat, Tensor y) {
    if (y_hat.dim() > 1 && y_hat.shape().at(1) > 1) {
      y_hat = y_hat.argmax(1);
    }
    Tensor cmp = y_hat.to(y.dtype()).eq(y);
    return cmp.to(y.dtype()).sum().doubleValue();
  }

  /** What {@code net} may be: a Python function ({@code Function}) or an {@code nn.Module}. */
  private static Tensor forward(Object net, Tensor X) {
    if (net instanceof Module m) {
      return m.call(X);
    }
    @SuppressWarnings("unchecked")
    Function<Tensor, Tensor> f = (Function<Tensor, Tensor>) net;
    return f.apply(X);
  }

  @SuppressWarnings("unchecked")
  private static Tensor lossOf(Object loss, Tensor y_hat, Tensor y) {
    if (loss instanceof Module m) {
      return m.call(y_hat, y);
    }
    return ((BiFunction<Tensor, Tensor, Tensor>) loss).apply(y_hat, y);
  }

  /** {@code d2l.evaluate_accuracy(net, data_iter)}: the accuracy over a data set, without grad. */
  public static double evaluate_accuracy(Function<Tensor, Tensor> net,
      Iterable<? extends List<Tensor>> data_iter) {
    return evaluateAccuracy(net, data_iter);
  }

  /** {@code d2l.evaluate_accuracy(net, data_iter)} for a module (put in evaluation mode first). */
  public static double evaluate_accuracy(Module net, Iterable<? extends List<Tensor>> data_iter) {
    return evaluateAccuracy(net, data_iter);
  }

  private static double evaluateAccuracy(Object net, Iterable<? extends List<Tensor>> data_iter) {
    if (net instanceof Module m) {
      m.eval(); // 将模型设置为评估模式
    }
    Accumulator metric = new Accumulator(2); // 正确预测数、预测总数
    try (var g = Torch.no_grad()) {
      for (List<Tensor> b : data_iter) {
        metric.add(accuracy(forward(net, b.get(0)), b.get(1)), b.get(1).numel());
      }
    }
    return metric.get(0) / metric.get(1);
  }

  /**
   * {@code d2l.train_epoch_ch3(net, train_iter, loss, updater)} with a custom updater ({@code
   * updater(batch_size)} after {@code l.sum().backward()}); returns {train loss, train accuracy}.
   */
  public static double[] train_epoch_ch3(Function<Tensor, Tensor> net,
      Iterable<? extends List<Tensor>> train_iter, BiFunction<Tensor, Tensor, Tensor> loss,
      IntConsumer updater) {
    return trainEpoch(net, train_iter, loss, updater);
  }

  /** {@code d2l.train_epoch_ch3} with a function, a loss module and a {@code torch.optim} optimizer. */
  public static double[] train_epoch_ch3(Function<Tensor, Tensor> net,
      Iterable<? extends List<Tensor>> train_iter, Module loss, Optimizer updater) {
    return trainEpoch(net, train_iter, loss, updater);
  }

  /** {@code d2l.train_epoch_ch3} with a module (put in training mode), a loss module and an optimizer. */
  public static double[] train_epoch_ch3(Module net, Iterable<? extends List<Tensor>> train_iter,
      Module loss, Optimizer updater) {
    return trainEpoch(net, train_iter, loss, updater);
  }

  private static double[] trainEpoch(Object net, Iterable<? extends List<Tensor>> train_iter,
      Object loss, Object updater) {
    if (net instanceof Module m) {
      m.train(); // 将模型设置为训练模式
    }
    Accumulator metric = new Accumulator(3); // 训练损失总和、训练准确度总和、样本数
    for (List<Tensor> b : train_iter) {
      Tensor X = b.get(0);
      Tensor y = b.get(1);
      Tensor y_hat = forward(net, X);
      Tensor l = lossOf(loss, y_hat, y);
      if (updater instanceof Optimizer opt) {
        // 使用PyTorch内置的优化器和损失函数
        opt.zero_grad();
        l.mean().backward();
        opt.step();
      } else {
        // 使用定制的优化器和损失函数
        l.sum().backward();
        ((IntConsumer) updater).accept((int) X.shape().at(0));
      }
      metric.add(l.sum().doubleValue(), accuracy(y_hat, y), y.numel());
    }
    return new double[] {metric.get(0) / metric.get(2), metric.get(1) / metric.get(2)};
  }

  /**
   * {@code d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, updater)}: an {@link
   * Animator} of train loss, train accuracy and test accuracy per epoch (a progress line each),
   * then the book's checks ({@code assert train_loss < 0.5} ... as {@link AssertionError}).
   */
  public static void train_ch3(Function<Tensor, Tensor> net, Iterable<? extends List<Tensor>> train_iter,
      Iterable<? extends List<Tensor>> test_iter, BiFunction<Tensor, Tensor, Tensor> loss,
      int num_epochs, IntConsumer updater) {
    trainCh3(net, train_iter, test_iter, loss, num_epochs, updater);
  }

  /** {@code d2l.train_ch3} with a function, a loss module and an optimizer (§4.2). */
  public static void train_ch3(Function<Tensor, Tensor> net, Iterable<? extends List<Tensor>> train_iter,
      Iterable<? extends List<Tensor>> test_iter, Module loss, int num_epochs, Optimizer updater) {
    trainCh3(net, train_iter, test_iter, loss, num_epochs, updater);
  }

  /** {@code d2l.train_ch3} with a module, a loss module and an optimizer (§3.7, §4.3, §4.6). */
  public static void train_ch3(Module net, Iterable<? extends List<Tensor>> train_iter,
      Iterable<? extends List<Tensor>> test_iter, Module loss, int num_epochs, Optimizer updater) {
    trainCh3(net, train_iter, test_iter, loss, num_epochs, updater);
  }

  private static void trainCh3(Object net, Iterable<? extends List<Tensor>> train_iter,
      Iterable<? extends List<Tensor>> test_iter, Object loss, int num_epochs, Object updater) {
    Animator animator = new Animator("epoch", null, List.of("train loss", "train acc", "test acc"),
        new double[] {1, num_epochs}, new double[] {0.3, 0.9}, "linear", "linear");
    double[] train_metrics = null;
    double test_acc = 0;
    for (int epoch = 0; epoch < num_epochs; epoch++) {
      train_metrics = trainEpoch(net, train_iter, loss, updater);
      test_acc = evaluateAccuracy(net, test_iter);
      animator.add(epoch + 1, train_metrics[0], train_metrics[1], test_acc);
    }
    double train_loss = train_metrics[0];
    double train_acc = train_metrics[1];
    if (!(train_loss < 0.5)) {
      throw new AssertionError(PyFormat.repr(train_loss));
    }
    if (!(train_acc <= 1 && train_acc > 0.7)) {
      throw new AssertionError(PyFormat.repr(train_acc));
    }
    if (!(test_acc <= 1 && test_acc > 0.7)) {
      throw new AssertionError(PyFormat.repr(test_acc));
    }
  }

  /** {@code d2l.predict_ch3(net, test_iter)} ({@code n = 6}). */
  public static void predict_ch3(Function<Tensor, Tensor> net, Iterable<? extends List<Tensor>> test_iter) {
    predictCh3(net, test_iter, 6);
  }

  /** {@code d2l.predict_ch3(net, test_iter, n)}: the first batch's labels and predictions as image titles. */
  public static void predict_ch3(Function<Tensor, Tensor> net, Iterable<? extends List<Tensor>> test_iter, int n) {
    predictCh3(net, test_iter, n);
  }

  /** {@code d2l.predict_ch3(net, test_iter)} for a module. */
  public static void predict_ch3(Module net, Iterable<? extends List<Tensor>> test_iter) {
    predictCh3(net, test_iter, 6);
  }

  private static void predictCh3(Object net, Iterable<? extends List<Tensor>> test_iter, int n) {
    Tensor X = null;
    Tensor y = null;
    for (List<Tensor> b : test_iter) {
      X = b.get(0);
      y = b.get(1);
      break;
    }
    List<String> trues = get_fashion_mnist_labels(y);
    List<String> preds = get_fashion_mnist_labels(forward(net, X).argmax(1));
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < Math.min(trues.size(), preds.size()); i++) {
      titles.add(trues.get(i) + "\n" + preds.get(i));
    }
    show_images(X.get("0:" + n).reshape(n, 28, 28), 1, n, titles.subList(0, Math.min(n, titles.size())));
  }

  /** {@code d2l.evaluate_loss(net, data_iter, loss)}: the mean loss over a data set. */
  public static double evaluate_loss(Function<Tensor, Tensor> net,
      Iterable<? extends List<Tensor>> data_iter, BiFunction<Tensor, Tensor, Tensor> loss) {
    return evaluateLoss(net, data_iter, loss);
  }

  /** {@code d2l.evaluate_loss(net, data_iter, loss)} for a module and a loss module. */
  public static double evaluate_loss(Module net, Iterable<? extends List<Tensor>> data_iter, Module loss) {
    return evaluateLoss(net, data_iter, loss);
  }

  private static double evaluateLoss(Object net, Iterable<? extends List<Tensor>> data_iter, Object loss) {
    Accumulator metric = new Accumulator(2); // 损失的总和,样本数量
    for (List<Tensor> b : data_iter) {
      Tensor out = forward(net, b.get(0));
      Tensor y = b.get(1).reshape(out.shape());
      Tensor l = lossOf(loss, out, y);
      metric.add(l.sum(), l.numel());
    }
    return metric.get(0) / metric.get(1);
  }

  /** {@code d2l.DATA_HUB} ({@link DataHub#DATA_HUB}). */
  public static final Map<String, String[]> DATA_HUB = DataHub.DATA_HUB;

  /** {@code d2l.DATA_URL}. */
  public static final String DATA_URL = DataHub.DATA_URL;

  /** {@code d2l.download(name)} ({@link DataHub#download(String)}). */
  public static String download(String name) {
    return DataHub.download(name);
  }

  /** {@code d2l.download(name, cache_dir)}. */
  public static String download(String name, String cache_dir) {
    return DataHub.download(name, cache_dir);
  }
}
