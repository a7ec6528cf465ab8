package dev.torchnd.d2l;

/**
 * An 8-bit grayscale image, what torchvision's MNIST data sets hand to their transform (a PIL
 * {@code Image} in mode {@code "L"}, from {@code Image.fromarray(img.numpy(), mode="L")}).
 * {@link #resize} is Pillow's bilinear resampling for 8-bit images, fixed point and all.
 *
 * <pre>{@code
 * GrayImage img = mnist_train.image(0);   // <PIL.Image.Image image mode=L size=28x28>
 * img.resize(64, 64).size()               // [64, 64]
 * }</pre>
 */
public final class GrayImage {
  private final int width;
  private final int height;
  private final byte[] pixels;

  /** An image of {@code width x height} pixels, row-major. */
  public GrayImage(int width, int height, byte[] pixels) {
    if (pixels.length != width * height) {
      throw new IllegalArgumentException("not enough image data");
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** PIL: {@code img.size}: {@code [width, height]}. */
  public int[] size() {
    return new int[] {width, height};
  }

  /** The pixel at column {@code x}, row {@code y}, 0 to 255. */
  public int get(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** The pixels, row-major (not a copy). */
  byte[] pixels() {
    return pixels;
  }

  @Override
  public String toString() {
    return "<PIL.Image.Image image mode=L size=" + width + "x" + height + ">";
  }

  // ---- Pillow's Resample.c (ImagingResample, bilinear, 8 bits per channel) ----

  private static final int PRECISION_BITS = 32 - 8 - 2;

  /** PIL: {@code img.resize((w, h), Image.BILINEAR)}: two passes, horizontal then vertical. */
  public GrayImage resize(int w, int h) {
    if (w < 1 || h < 1) {
      throw new IllegalArgumentException("height and width must be > 0");
    }
    if (w == width && h == height) {
      return new GrayImage(w, h, pixels.clone());
    }
    Coeffs horiz = coeffs(width, 0, width, w);
    Coeffs vert = coeffs(height, 0, height, h);
    int yFirst = vert.bounds[0];
    int yLast = vert.bounds[h * 2 - 2] + vert.bounds[h * 2 - 1];
    boolean needH = w != width;
    boolean needV = h != height;
    byte[] src = pixels;
    int srcW = width;
    int srcH = height;
    if (needH) {
      for (int i = 0; i < h; i++) {
        vert.bounds[i * 2] -= yFirst;
      }
      int th = needV ? yLast - yFirst : height;
      int offset = needV ? yFirst : 0;
      byte[] tmp = new byte[w * th];
      for (int yy = 0; yy < th; yy++) {
        for (int xx = 0; xx < w; xx++) {
          int xmin = horiz.bounds[xx * 2];
          int xmax = horiz.bounds[xx * 2 + 1];
          int k = xx * horiz.ksize;
          long ss = 1L << (PRECISION_BITS - 1);
          for (int x = 0; x < xmax; x++) {
            ss += (src[(yy + offset) * srcW + x + xmin] & 0xff) * (long) horiz.kk[k + x];
          }
          tmp[yy * w + xx] = clip8(ss);
        }
      }
      src = tmp;
      srcW = w;
      srcH = th;
    }
    if (!needV) {
      return new GrayImage(w, srcH, src);
    }
    byte[] out = new byte[w * h];
    for (int yy = 0; yy < h; yy++) {
      int ymin = vert.bounds[yy * 2];
      int ymax = vert.bounds[yy * 2 + 1];
      int k = yy * vert.ksize;
      for (int xx = 0; xx < w; xx++) {
        long ss = 1L << (PRECISION_BITS - 1);
        for (int y = 0; y < ymax; y++) {
          ss += (src[(y + ymin) * srcW + xx] & 0xff) * (long) vert.kk[k + y];
        }
        out[yy * w + xx] = clip8(ss);
      }
    }
    return new GrayImage(w, h, out);
  }

  private static byte clip8(long in) {
    if (in >= (1L << PRECISION_BITS << 8)) {
      return (byte) 255;
    }
    if (in <= 0) {
      return 0;
    }
    return (byte) (in >> PRECISION_BITS);
  }

  private record Coeffs(int ksize, int[] bounds, int[] kk) {}

  /** precompute_coeffs + normalize_coeffs_8bpc for the bilinear (triangle) filter, support 1. */
  private static Coeffs coeffs(int inSize, double in0, double in1, int outSize) {
    double scale = (in1 - in0) / outSize;
    double filterscale = Math.max(scale, 1.0);
    double support = 1.0 * filterscale;
    int ksize = (int) Math.ceil(support) * 2 + 1;
    int[] bounds = new int[outSize * 2];
    int[] kk = new int[outSize * ksize];
    double[] k = new double[ksize];
    for (int xx = 0; xx < outSize; xx++) {
      double center = in0 + (xx + 0.5) * scale;
      double ww = 0.0;
      double ss = 1.0 / filterscale;
      int xmin = (int) (center - support + 0.5);
      if (xmin < 0) {
        xmin = 0;
      }
      int xmax = (int) (center + support + 0.5);
      if (xmax > inSize) {
        xmax = inSize;
      }
      xmax -= xmin;
      for (int x = 0; x < xmax; x++) {
        double t = Math.abs((x + xmin - center + 0.5) * ss);
        double w = t < 1.0 ? 1.0 - t : 0.0;
        k[x] = w;
        ww += w;
      }
      for (int x = 0; x < ksize; x++) {
        double v = x < xmax ? (ww != 0.0 ? k[x] / ww : k[x]) : 0;
        kk[xx * ksize + x] = v < 0
            ? (int) (-0.5 + v * (1 << PRECISION_BITS))
            : (int) (0.5 + v * (1 << PRECISION_BITS));
      }
      bounds[xx * 2] = xmin;
      bounds[xx * 2 + 1] = xmax;
    }
    return new Coeffs(ksize, bounds, kk);
  }
}
