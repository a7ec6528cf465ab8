package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.d2l.Accumulator;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.FashionMNIST;
import dev.torchnd.d2l.GrayImage;
import dev.torchnd.d2l.Transforms;
import dev.torchnd.utils.data.DataLoader;
import dev.torchnd.utils.data.TensorDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data loading of chapters 3 to 5 against {@code fixtures/d2l/d2l_data.json}, recorded from
 * PyTorch 1.13 / torchvision 0.14 / Pillow by {@code recorder/record_d2l_ch3.py}: the stand-in's
 * bytes, {@code random_}, {@code randperm(n, generator)}, the shuffled order of {@code
 * utils.data.DataLoader} (as the d2l helpers use it), ToTensor,
 * Pillow's bilinear Resize, the data set's repr; and reading real-format IDX files (plain and
 * gzip) from {@code root/FashionMNIST/raw}.
 */
class D2lDataTest {
  private static final JsonObject DATA = Fixtures.load("/fixtures/d2l/d2l_data.json").getAsJsonObject();
  private static final JsonObject CASES = DATA.getAsJsonObject("cases");

  @TempDir Path tmp;
  private String savedStandin;
  private String savedMode;

  @BeforeEach
  void standInInTemp() {
    savedStandin = System.getProperty("torchnd.standin");
    savedMode = System.getProperty("torchnd.fashionmnist");
    System.setProperty("torchnd.standin", tmp.resolve("standin").toString());
    System.setProperty("torchnd.fashionmnist", "standin");
  }

  @AfterEach
  void restore() {
    restore("torchnd.standin", savedStandin);
    restore("torchnd.fashionmnist", savedMode);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private static long[] longs(String key) {
    return Fixtures.longs(CASES.getAsJsonArray(key));
  }

  @Test
  void standInBytesAreTheRecordersBytes() throws Exception {
    Path dir = tmp.resolve("s");
    FashionMNIST.writeStandIn(dir);
    for (Map.Entry<String, JsonElement> e : DATA.getAsJsonObject("fashion_mnist_raw_sha1").entrySet()) {
      byte[] bytes = Files.readAllBytes(dir.resolve(e.getKey()));
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
      assertEquals(e.getValue().getAsString(), sha, e.getKey());
    }
  }

  @Test
  void randomFillsLikePyTorch() {
    Torch.manual_seed(0);
    long[] got = new long[3];
    for (int i = 0; i < 3; i++) {
      got[i] = Torch.empty(new long[0], DType.int64).random_().longValue();
    }
    assertArrayEquals(longs("random_int64"), got);
    Torch.manual_seed(0);
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("random_float32")),
        Torch.empty(4).random_().toDoubleArray());
    Torch.manual_seed(0);
    assertArrayEquals(longs("random_int32"), Torch.empty(new long[] {4}, DType.int32).random_().toLongArray());
    Torch.manual_seed(0);
    assertArrayEquals(longs("random_uint8"), Torch.empty(new long[] {4}, DType.uint8).random_().toLongArray());
  }

  @Test
  void randpermWithAGenerator() {
    assertArrayEquals(longs("randperm_gen5_10"), Torch.randperm(10, new Generator(5)).toLongArray());
    assertThrows(IllegalArgumentException.class, () -> Torch.randperm(-1, new Generator(5)));
  }

  @Test
  void shuffledLoaderVisitsPyTorchsOrder() {
    Torch.manual_seed(0);
    Tensor a = Torch.arange(10);
    DataLoader<List<Tensor>> loader = new DataLoader<>(new TensorDataset(a, a.mul(10)), 4, true);
    JsonArray epochs = CASES.getAsJsonArray("loader_shuffle_epochs");
    for (JsonElement epoch : epochs) {
      List<long[]> got = new ArrayList<>();
      for (List<Tensor> b : loader) {
        got.add(b.get(0).toLongArray());
        assertArrayEquals(b.get(0).mul(10).toLongArray(), b.get(1).toLongArray());
      }
      JsonArray want = epoch.getAsJsonArray();
      assertEquals(want.size(), got.size());
      for (int i = 0; i < want.size(); i++) {
        assertArrayEquals(Fixtures.longs(want.get(i).getAsJsonArray()), got.get(i));
      }
    }
    JsonArray plain = CASES.getAsJsonArray("loader_plain");
    int i = 0;
    for (List<Tensor> b : new DataLoader<>(new TensorDataset(a, a.mul(10)), 4)) {
      assertArrayEquals(Fixtures.longs(plain.get(i++).getAsJsonArray()), b.get(1).toLongArray());
    }
    assertEquals(plain.size(), i);
    // the loaders drew from the default generator exactly as PyTorch's did
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("loader_rand_after")),
        Torch.rand(2).toDoubleArray());
    assertEquals(3, loader.len());
  }

  @Test
  void toTensorAndResizeMatchTorchvision() {
    FashionMNIST ds = new FashionMNIST("../data", true, null, false);
    assertTrue(ds.isStandIn());
    GrayImage img = (GrayImage) ds.get(0).get(0);
    assertEquals(CASES.get("standin_train0_label").getAsLong(), (long) (Long) ds.get(0).get(1));
    long sum = 0;
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        sum += img.get(x, y);
      }
    }
    assertEquals(CASES.get("standin_train0_pixels_sum").getAsLong(), sum);
    Tensor t = (Tensor) Transforms.ToTensor().apply(img);
    assertEquals("torch.Size([1, 28, 28])", t.shape().toString());
    assertEquals(CASES.get("totensor_sum").getAsDouble(), t.double_().sum().doubleValue(), 1e-9);
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("totensor_0_14_5")),
        t.get("0, 14, :5").toDoubleArray());
    for (int size : new int[] {64, 20, 7}) {
      GrayImage r = (GrayImage) Transforms.Resize(size).apply(img);
      assertArrayEquals(longs("resize_" + size), pixels(r), "Resize(" + size + ")");
    }
    GrayImage r = (GrayImage) Transforms.Resize(17, 33).apply(img);
    assertEquals(33, r.width());
    assertEquals(17, r.height());
    assertArrayEquals(longs("resize_33x17"), pixels(r), "Resize((17, 33))");
    assertThrows(IllegalArgumentException.class, () -> Transforms.ToTensor().apply("x"));
  }

  private static long[] pixels(GrayImage g) {
    long[] out = new long[g.width() * g.height()];
    for (int y = 0; y < g.height(); y++) {
      for (int x = 0; x < g.width(); x++) {
        out[y * g.width() + x] = g.get(x, y);
      }
    }
    return out;
  }

  @Test
  void reprIsTorchvisions() {
    var trans = Transforms.Compose(List.of(Transforms.Resize(64), Transforms.ToTensor()));
    assertEquals(CASES.get("repr_test").getAsString(),
        new FashionMNIST("../data", false, trans, true).toString());
  }

  /** Real-format files in root/FashionMNIST/raw are read (not the stand-in), plain or gzip. */
  @Test
  void readsRealFilesWhenPresent() throws IOException {
    System.clearProperty("torchnd.fashionmnist");
    Path raw = tmp.resolve("root").resolve("FashionMNIST").resolve("raw");
    Files.createDirectories(raw);
    byte[] img = new byte[16 + 3 * 784];
    java.nio.ByteBuffer.wrap(img).putInt(2051).putInt(3).putInt(28).putInt(28);
    for (int i = 0; i < 3 * 784; i++) {
      img[16 + i] = (byte) (i % 251);
    }
    byte[] lab = {0, 0, 8, 1, 0, 0, 0, 3, 9, 0, 5};
    Files.write(raw.resolve("train-images-idx3-ubyte"), img);
    Files.write(raw.resolve("train-labels-idx1-ubyte"), lab);
    Files.write(raw.resolve("t10k-images-idx3-ubyte.gz"), gzip(img));
    Files.write(raw.resolve("t10k-labels-idx1-ubyte.gz"), gzip(lab));
    String root = tmp.resolve("root").toString();
    for (boolean train : new boolean[] {true, false}) {
      FashionMNIST ds = new FashionMNIST(root, train, Transforms.ToTensor(), true);
      assertFalse(ds.isStandIn());
      assertEquals(3, ds.len());
      assertArrayEquals(new long[] {9, 0, 5}, ds.targets().toLongArray());
      assertEquals(785 % 251, ds.data().get(1).get(0).get(1).longValue());
      Tensor x = (Tensor) ds.get(-1).get(0);
      assertEquals((float) ((2 * 784) % 251) / 255f, x.get("0, 0, 0").floatValue());
    }
    assertThrows(IndexOutOfBoundsException.class,
        () -> new FashionMNIST(root, true, null, false).get(3));
    assertEquals(List.of("ankle boot", "t-shirt", "sandal"),
        D2l.get_fashion_mnist_labels(new FashionMNIST(root, true, null, false).targets()));
  }

  /** Without files and without download: a message on stderr names the folder and the files. */
  @Test
  void missingFilesSayWhereToPutThem() {
    System.clearProperty("torchnd.fashionmnist");
    java.io.PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    FashionMNIST ds;
    try {
      ds = new FashionMNIST(tmp.resolve("empty").toString(), true, null, false);
    } finally {
      System.setErr(err);
    }
    assertTrue(ds.isStandIn());
    assertEquals(FashionMNIST.STANDIN_TRAIN, ds.len());
    String msg = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(msg.contains(tmp.resolve("empty").resolve("FashionMNIST").resolve("raw").toAbsolutePath().toString()), msg);
    assertTrue(msg.contains("train-images-idx3-ubyte") && msg.contains("t10k-labels-idx1-ubyte"), msg);
    assertTrue(msg.contains("stand-in"), msg);
  }

  @Test
  void numpyLegacyGeneratorAndPrinting() {
    dev.torchnd.d2l.NpRandom.seed(0);
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("np_normal_seed0")),
        dev.torchnd.d2l.NpRandom.normal(0, 1, 5));
    Double[] rows = new Double[7];
    for (int i = 0; i < 7; i++) {
      rows[i] = (double) i;
    }
    dev.torchnd.d2l.NpRandom.shuffle(rows);
    double[] got = new double[7];
    for (int i = 0; i < 7; i++) {
      got[i] = rows[i];
    }
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("np_shuffle_rows")), got);
    assertArrayEquals(Fixtures.doubles(CASES.getAsJsonArray("np_normal_after")),
        dev.torchnd.d2l.NpRandom.normal(0, 0.1, 3));
    for (JsonElement e : CASES.getAsJsonArray("np_str")) {
      JsonArray c = e.getAsJsonArray();
      DType dt = c.get(1).getAsString().equals("float32") ? DType.float32 : DType.float64;
      Tensor t = Torch.tensor(toNested(c.get(0)), dt);
      assertEquals(c.get(2).getAsString(), dev.torchnd.d2l.NumPyFormat.str(t));
    }
    assertThrows(IllegalArgumentException.class, () -> dev.torchnd.d2l.NpRandom.seed(-1));
  }

  private static Object toNested(JsonElement e) {
    JsonArray a = e.getAsJsonArray();
    if (a.size() > 0 && a.get(0).isJsonArray()) {
      double[][] out = new double[a.size()][];
      for (int i = 0; i < a.size(); i++) {
        out[i] = Fixtures.doubles(a.get(i).getAsJsonArray());
      }
      return out;
    }
    return Fixtures.doubles(a);
  }

  @Test
  void accumulatorAndAccuracy() {
    Accumulator m = new Accumulator(2);
    m.add(3.0, 4L);
    m.add(Torch.tensor(1.5), 6);
    assertEquals(4.5, m.get(0));
    assertEquals(10.0, m.get(1));
    m.reset();
    assertEquals(0.0, m.get(1));
    Tensor y = Torch.tensor(new long[] {0, 2});
    Tensor yHat = Torch.tensor(new double[][] {{0.1, 0.3, 0.6}, {0.3, 0.2, 0.5}});
    assertEquals(1.0, D2l.accuracy(yHat, y));
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (OutputStream g = new GZIPOutputStream(o)) {
      g.write(b);
    }
    return o.toByteArray();
  }
}
