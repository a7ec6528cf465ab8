package dev.torchnd.compat.tutorials;

import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.Dataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * PyTorch's "Datasets &amp; DataLoaders" and "Transforms" tutorials ({@code
 * beginner_source/basics/data_tutorial.py}, {@code transforms_tutorial.py}): indexing a data set,
 * a custom {@code Dataset} ({@code __len__}/{@code __getitem__} are {@code len()}/{@code get}),
 * {@code DataLoader(..., shuffle=True)} and a {@code Lambda} target transform (a Java
 * {@code Function}). FashionMNIST is a seeded stand-in of the same shapes (no download), the
 * image files of the custom data set are in memory, and the matplotlib cells print the sample
 * they would show.
 */
public final class DataTutorial {
  private DataTutorial() {}

  /** The recorder's stand-in for {@code datasets.FashionMNIST(root, train, transform, target_transform)}. */
  static final class FakeFashionMNIST implements Dataset<List<Object>> {
    final Tensor images;
    final Tensor targets;
    final Function<Tensor, Tensor> transform;
    final Function<Long, Object> target_transform;

    FakeFashionMNIST(int n, long seed, Function<Tensor, Tensor> transform,
        Function<Long, Object> target_transform) {
      Generator g = new Generator().manual_seed(seed);
      this.images = randint(0, 256, new long[] {n, 28, 28}, uint8, g);
      this.targets = randint(0, 10, new long[] {n}, int64, g);
      this.transform = transform;
      this.target_transform = target_transform;
    }

    @Override
    public int len() {
      return (int) targets.len();
    }

    @Override
    public List<Object> get(int idx) {
      Tensor image = images.get(idx);
      long label = targets.get(idx).longValue();
      if (transform != null) {
        image = transform.apply(image);
      }
      Object target = label;
      if (target_transform != null) {
        target = target_transform.apply(label);
      }
      return List.of(image, target);
    }
  }

  static Tensor to_tensor(Tensor img) {
    return img.unsqueeze(0).to(float32).div(255);
  }

  /** The tutorial's {@code CustomImageDataset}, with the label CSV and the image files in memory. */
  static final class CustomImageDataset implements Dataset<List<Object>> {
    final List<List<Object>> img_labels;
    final Map<String, Tensor> images;
    final Function<Tensor, Tensor> transform;
    final Function<Long, Object> target_transform;

    CustomImageDataset(List<List<Object>> annotations, Map<String, Tensor> images,
        Function<Tensor, Tensor> transform, Function<Long, Object> target_transform) {
      this.img_labels = annotations;
      this.images = images;
      this.transform = transform;
      this.target_transform = target_transform;
    }

    @Override
    public int len() {
      return img_labels.size();
    }

    @Override
    public List<Object> get(int idx) {
      String img_path = (String) img_labels.get(idx).get(0);
      Tensor image = images.get(img_path);
      Object label = img_labels.get(idx).get(1);
      if (transform != null) {
        image = transform.apply(image);
      }
      if (target_transform != null) {
        label = target_transform.apply((Long) label);
      }
      return List.of(image, label);
    }
  }

  public static void main(String[] args) {
    manual_seed(0);
    var training_data = new FakeFashionMNIST(600, 1, DataTutorial::to_tensor, null);
    var test_data = new FakeFashionMNIST(100, 2, DataTutorial::to_tensor, null);

    Map<Long, String> labels_map = new LinkedHashMap<>();
    String[] names = {"T-Shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
      "Sneaker", "Bag", "Ankle Boot"};
    for (int i = 0; i < names.length; i++) {
      labels_map.put((long) i, names[i]);
    }
    int cols = 3;
    int rows = 3;
    for (int i = 1; i < cols * rows + 1; i++) {
      int sample_idx = (int) randint(training_data.len(), new long[] {1}).longValue();
      List<Object> sample = training_data.get(sample_idx);
      Tensor img = (Tensor) sample.get(0);
      Object label = sample.get(1);
      print(sample_idx, labels_map.get(label), img.squeeze().shape());
    }

    List<String> files = List.of("tshirt1.jpg", "tshirt2.jpg", "trouser1.jpg", "ankleboot999.jpg");
    long[] labels = {0, 0, 1, 9};
    List<List<Object>> annotations = new java.util.ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      annotations.add(List.of(files.get(i), labels[i]));
    }
    Map<String, Tensor> images = new LinkedHashMap<>();
    for (String n : files) {
      images.put(n, randint(0, 256, new long[] {1, 28, 28}, uint8, null));
    }
    var custom = new CustomImageDataset(annotations, images, t -> t.float_().div(255), null);
    print(custom.len());
    List<Object> item = custom.get(3);
    Tensor img = (Tensor) item.get(0);
    print(img.shape(), img.dtype(), item.get(1), img.mean());

    var train_dataloader = new DataLoader<>(training_data, 64, true);
    var test_dataloader = new DataLoader<>(test_data, 64, true);

    List<Object> batch = train_dataloader.iterator().next();
    Tensor train_features = (Tensor) batch.get(0);
    Tensor train_labels = (Tensor) batch.get(1);
    print("Feature batch shape: " + train_features.size());
    print("Labels batch shape: " + train_labels.size());
    img = train_features.get(0).squeeze();
    Tensor label = train_labels.get(0);
    print("Label: " + Py.format(label)); // f"{label}" formats a 0-d tensor's item
    print(train_dataloader.len(), test_dataloader.len());

    // transforms_tutorial.py
    var ds = new FakeFashionMNIST(600, 1, DataTutorial::to_tensor,
        y -> zeros(new long[] {10}, float32).scatter_(0, tensor(y), 1));
    Function<Long, Tensor> target_transform =
        y -> zeros(new long[] {10}, float32).scatter_(0, tensor(y), 1);
    List<Object> first = ds.get(0);
    print(((Tensor) first.get(0)).shape(), first.get(1));
    print(target_transform.apply(3L));
    List<Object> b4 = new DataLoader<>(ds, 4).iterator().next();
    print(b4.get(1));
  }
}
