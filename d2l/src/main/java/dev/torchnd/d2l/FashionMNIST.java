package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.utils.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * torchvision 0.14's {@code datasets.FashionMNIST(root, train, transform, download)}: reads
 * {@code root/FashionMNIST/raw/{train,t10k}-{images-idx3,labels-idx1}-ubyte} (or the {@code .gz}
 * files torchvision downloads) in the IDX format, and gives {@code (transform(image), label)}
 * with the image an 8-bit {@link GrayImage} (PyTorch's PIL image).
 *
 * <p>When the files are absent, {@code download=true} fetches them from torchvision's mirror
 * (MD5-checked). When that fails too (no network), it says on stderr which folder and files are
 * missing, and reads a deterministic stand-in of 6000 training and 1000 test images instead
 * (written under {@code target/d2l-standin/FashionMNIST/raw}, byte for byte what the transcript
 * recorder {@code record_d2l_ch3.py} writes); {@code -Dtorchnd.fashionmnist=standin} uses the
 * stand-in even when the real files are there (the conformance tests do).
 *
 * <pre>{@code
 * var mnist_train = new FashionMNIST("../data", true, Transforms.ToTensor(), true);
 * mnist_train.len()            // 60000 (6000 for the stand-in)
 * mnist_train.get(0).get(0)   // a 1 x 28 x 28 float32 tensor
 * }</pre>
 */
public final class FashionMNIST implements Dataset<List<Object>> {
  /** torchvision's mirror and the files' MD5 sums (FashionMNIST.mirrors, .resources). */
  public static final String MIRROR = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

  static final List<String[]> RESOURCES = List.of(
      new String[] {"train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"},
      new String[] {"train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"},
      new String[] {"t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"},
      new String[] {"t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310"});

  /** The sizes of the stand-in data set. */
  public static final int STANDIN_TRAIN = 6000;

  public static final int STANDIN_TEST = 1000;

  /** Folders whose download failed in this JVM, with why: said once, not retried. */
  private static final java.util.Map<Path, String> FAILED = new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final String root;
  private final boolean train;
  private final Transforms.Transform transform;
  private final byte[] images;
  private final byte[] labels;
  private final int n;
  private final int rows;
  private final int cols;
  private final Path folder;
  private final boolean standIn;

  /** PyTorch: {@code torchvision.datasets.FashionMNIST(root, train=train, transform=transform, download=download)}. */
  public FashionMNIST(String root, boolean train, Transforms.Transform transform, boolean download) {
    this.root = root;
    this.train = train;
    this.transform = transform;
    Path raw = Path.of(root, "FashionMNIST", "raw");
    boolean forced = "standin".equals(System.getProperty("torchnd.fashionmnist"));
    Path dir = raw;
    boolean useStandIn = false;
    if (forced) {
      useStandIn = true;
    } else if (!exists(raw)) {
      Path key = raw.toAbsolutePath().normalize();
      String failure = !download ? "download=False"
          : FAILED.containsKey(key) ? FAILED.get(key) : download(raw);
      if (failure != null && !exists(raw)) {
        useStandIn = true;
        if (download) {
          FAILED.putIfAbsent(key, failure);
        }
        if (WARNED.add(key + " " + failure)) {
          System.err.println("Fashion-MNIST: the files are not in " + raw.toAbsolutePath().normalize()
            + " and could not be downloaded (" + failure + "). Put train-images-idx3-ubyte,"
            + " train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (or"
            + " their .gz files from " + MIRROR + ") there. Using the deterministic stand-in ("
            + STANDIN_TRAIN + " training / " + STANDIN_TEST + " test images) in "
            + standInDir().toAbsolutePath().normalize() + ".");
        }
      }
    }
    if (useStandIn) {
      dir = standInDir();
      writeStandIn(dir);
    }
    this.folder = dir;
    this.standIn = useStandIn;
    String prefix = train ? "train" : "t10k";
    ByteBuffer img = ByteBuffer.wrap(read(dir, prefix + "-images-idx3-ubyte"));
    ByteBuffer lab = ByteBuffer.wrap(read(dir, prefix + "-labels-idx1-ubyte"));
    int magic = img.getInt();
    if (magic != 2051) {
      throw new IllegalArgumentException("not an IDX image file (magic " + magic + "): " + dir);
    }
    n = img.getInt();
    rows = img.getInt();
    cols = img.getInt();
    images = new byte[n * rows * cols];
    img.get(images);
    int lmagic = lab.getInt();
    int ln = lab.getInt();
    if (lmagic != 2049 || ln != n) {
      throw new IllegalArgumentException("not an IDX label file for " + n + " images: " + dir);
    }
    labels = new byte[n];
    lab.get(labels);
  }

  /** Whether this data set reads the stand-in (the real files were absent). */
  public boolean isStandIn() {
    return standIn;
  }

  /** The folder the files were read from. */
  public Path folder() {
    return folder;
  }

  @Override
  public int len() {
    return n;
  }

  /** {@code ds[i]}: {@code [transform(img), label]} with the label a Java {@code Long}. */
  @Override
  public List<Object> get(int index) {
    if (index < 0) {
      index += n;
    }
    if (index < 0 || index >= n) {
      throw new IndexOutOfBoundsException("index " + index + " is out of bounds for dimension 0 with size " + n);
    }
    Object img = image(index);
    List<Object> out = new ArrayList<>(2);
    out.add(transform == null ? img : transform.apply(img));
    out.add((long) labels[index]);
    return out;
  }

  /** The image {@code index} before the transform (torchvision: {@code Image.fromarray(data[i], mode="L")}). */
  public GrayImage image(int index) {
    byte[] p = new byte[rows * cols];
    System.arraycopy(images, index * rows * cols, p, 0, p.length);
    return new GrayImage(cols, rows, p);
  }

  /** PyTorch: {@code ds.data}: the images as a uint8 tensor {@code (n, 28, 28)}. */
  public Tensor data() {
    long[] v = new long[images.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = images[i] & 0xff;
    }
    return Torch.tensor(v, new long[] {n, rows, cols}, DType.uint8);
  }

  /** PyTorch: {@code ds.targets}: the labels as an int64 tensor. */
  public Tensor targets() {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = labels[i];
    }
    return Torch.tensor(v, new long[] {n}, DType.int64);
  }

  /** torchvision's repr. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Dataset FashionMNIST\n");
    sb.append("    Number of datapoints: ").append(n).append('\n');
    sb.append("    Root location: ").append(root).append('\n');
    sb.append("    Split: ").append(train ? "Train" : "Test");
    if (transform != null) {
      sb.append("\n    StandardTransform\nTransform: ")
          .append(transform.toString().replace("\n", "\n           "));
    }
    return sb.toString();
  }

  // ---- files ----

  private static boolean exists(Path raw) {
    for (String[] r : RESOURCES) {
      String name = r[0].substring(0, r[0].length() - 3);
      if (!Files.isRegularFile(raw.resolve(name)) && !Files.isRegularFile(raw.resolve(r[0]))) {
        return false;
      }
    }
    return true;
  }

  private static byte[] read(Path dir, String name) {
    try {
      Path plain = dir.resolve(name);
      if (Files.isRegularFile(plain)) {
        return Files.readAllBytes(plain);
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(name + ".gz")))) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Downloads the four .gz files into {@code raw}; returns null, or why it failed. */
  private static String download(Path raw) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      for (String[] r : RESOURCES) {
        Path target = raw.resolve(r[0]);
        if (Files.isRegularFile(target) && md5(Files.readAllBytes(target)).equals(r[1])) {
          continue;
        }
        String url = MIRROR + r[0];
        System.err.println("Downloading " + url);
        HttpResponse<byte[]> resp = client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
          return "HTTP " + resp.statusCode() + " for " + url;
        }
        if (!md5(resp.body()).equals(r[1])) {
          return "MD5 mismatch for " + url;
        }
        Files.createDirectories(raw); // only once something arrived
        Files.write(target, resp.body());
      }
      return null;
    } catch (IOException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static String md5(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the stand-in ----

  /** Where the stand-in is written: {@code -Dtorchnd.standin}, else {@code target/d2l-standin/FashionMNIST/raw}. */
  public static Path standInDir() {
    return Path.of(System.getProperty("torchnd.standin", "target/d2l-standin"), "FashionMNIST", "raw");
  }

  /**
   * Writes the stand-in's four IDX files into {@code dir} (unless they are there already):
   * images of class-dependent rectangles with noise from a 64-bit LCG, the same generator as
   * {@code standin_images} in {@code record_d2l_ch3.py}.
   */
  public static void writeStandIn(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Object[] spec : new Object[][] {{"train", STANDIN_TRAIN, 1L}, {"t10k", STANDIN_TEST, 2L}}) {
        String prefix = (String) spec[0];
        Path imgFile = dir.resolve(prefix + "-images-idx3-ubyte");
        Path labFile = dir.resolve(prefix + "-labels-idx1-ubyte");
        int count = (Integer) spec[1];
        byte[][] il = standIn(count, (Long) spec[2]);
        byte[] imgBytes = ByteBuffer.allocate(16 + il[0].length).putInt(2051).putInt(count)
            .putInt(28).putInt(28).put(il[0]).array();
        byte[] labBytes = ByteBuffer.allocate(8 + count).putInt(2049).putInt(count).put(il[1]).array();
        writeIfDifferent(imgFile, imgBytes);
        writeIfDifferent(labFile, labBytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeIfDifferent(Path file, byte[] bytes) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) == bytes.length
        && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** {@code {images, labels}} of the stand-in. */
  static byte[][] standIn(int count, long seed) {
    byte[] images = new byte[count * 784];
    byte[] labels = new byte[count];
    long state = seed;
    for (int i = 0; i < count; i++) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      int k = (int) ((state >>> 33) % 10);
      state = state * 6364136223846793005L + 1442695040888963407L;
      int dy = (int) ((state >>> 33) % 7) - 3;
      state = state * 6364136223846793005L + 1442695040888963407L;
      int dx = (int) ((state >>> 33) % 7) - 3;
      int w = 4 + (k * 3) % 9;
      int h = 4 + (k * 5) % 9;
      int base = 70 + 15 * k;
      labels[i] = (byte) k;
      int off = i * 784;
      for (int r = 0; r < 28; r++) {
        for (int c = 0; c < 28; c++) {
          state = state * 6364136223846793005L + 1442695040888963407L;
          int v = (int) ((state >>> 33) % 80);
          if (Math.abs(r - 14 - dy) <= h && Math.abs(c - 14 - dx) <= w) {
            v += base + ((r * (k + 1) + c) % 4) * 10;
          }
          images[off + r * 28 + c] = (byte) Math.min(v, 255);
        }
      }
    }
    return new byte[][] {images, labels};
  }

  /** SHA-1 of a file, hex (for checking the stand-in against the recorder's). */
  static String sha1(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
