package dev.torchnd.d2l;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.List;

/**
 * torchvision 0.14's {@code transforms} that the book uses: {@link #ToTensor}, {@link #Resize}
 * and {@link #Compose}. A transform maps an image ({@link GrayImage}, PyTorch's PIL image) or a
 * tensor to another.
 *
 * <pre>{@code
 * Transform trans = Transforms.Compose(List.of(Transforms.Resize(64), Transforms.ToTensor()));
 * trans.apply(img)   // a 1 x 64 x 64 float32 tensor in [0, 1]
 * }</pre>
 */
public final class Transforms {
  private Transforms() {}

  /** A transform: {@code transforms.*} objects are callables on images. */
  public interface Transform {
    Object apply(Object img);
  }

  /**
   * {@code transforms.ToTensor()}: an 8-bit image becomes a float32 tensor {@code (1, H, W)}
   * with values {@code pixel / 255} (divided in float32, as {@code img.to(float32).div(255)}).
   */
  public static Transform ToTensor() {
    return new Named("ToTensor()") {
      @Override
      public Object apply(Object img) {
        if (!(img instanceof GrayImage g)) {
          throw new IllegalArgumentException(
              "pic should be PIL Image or ndarray. Got " + typeName(img));
        }
        byte[] p = g.pixels();
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
          v[i] = (float) (p[i] & 0xff) / 255f;
        }
        return Torch.tensor(v, new long[] {1, g.height(), g.width()}, DType.float32);
      }
    };
  }

  /**
   * {@code transforms.Resize(size)} on a PIL image, bilinear (the book resizes before {@code
   * ToTensor}): the smaller edge becomes {@code size}, the other keeps the aspect ratio
   * ({@code int(size * long / short)}).
   */
  public static Transform Resize(int size) {
    return new Named("Resize(size=" + size + ", interpolation=bilinear, max_size=None, antialias=None)") {
      @Override
      public Object apply(Object img) {
        GrayImage g = image(img);
        int w = g.width();
        int h = g.height();
        int shortSide = Math.min(w, h);
        int longSide = Math.max(w, h);
        if (shortSide == size) {
          return g;
        }
        int newShort = size;
        int newLong = (int) ((long) size * longSide / shortSide);
        return w <= h ? g.resize(newShort, newLong) : g.resize(newLong, newShort);
      }
    };
  }

  /** {@code transforms.Resize((h, w))}: exactly {@code h x w}, bilinear. */
  public static Transform Resize(int h, int w) {
    return new Named("Resize(size=(" + h + ", " + w + "), interpolation=bilinear, max_size=None, antialias=None)") {
      @Override
      public Object apply(Object img) {
        return image(img).resize(w, h);
      }
    };
  }

  /** {@code transforms.Compose(transforms)}: applies each in turn. */
  public static Transform Compose(List<Transform> transforms) {
    List<Transform> ts = new ArrayList<>(transforms);
    StringBuilder sb = new StringBuilder("Compose(");
    for (Transform t : ts) {
      sb.append("\n    ").append(t);
    }
    sb.append("\n)");
    return new Named(sb.toString()) {
      @Override
      public Object apply(Object img) {
        Object x = img;
        for (Transform t : ts) {
          x = t.apply(x);
        }
        return x;
      }
    };
  }

  private static GrayImage image(Object img) {
    if (img instanceof GrayImage g) {
      return g;
    }
    throw new UnsupportedOperationException(
        "Resize of a " + typeName(img) + " is not supported here (only PIL images, as the book uses)");
  }

  private static String typeName(Object o) {
    return o instanceof Tensor ? "<class 'torch.Tensor'>" : "<class '" + (o == null ? "NoneType" : o.getClass().getSimpleName()) + "'>";
  }

  private abstract static class Named implements Transform {
    private final String repr;

    Named(String repr) {
      this.repr = repr;
    }

    @Override
    public String toString() {
      return repr;
    }
  }
}
