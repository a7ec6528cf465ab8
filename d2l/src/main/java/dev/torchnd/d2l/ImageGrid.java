package dev.torchnd.d2l;

import dev.torchnd.Tensor;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The figure of {@code d2l.show_images}: a {@code num_rows x num_cols} grid of images without
 * axes, each with its title, drawn as matplotlib's {@code imshow} draws a 2-D array (the viridis
 * colour map, scaled from the image's minimum to its maximum); 100 pixels per inch.
 */
final class ImageGrid {
  private ImageGrid() {}

  /** viridis at 0, 1/8, ..., 1 (matplotlib's table, sampled); linear in between. */
  private static final int[] VIRIDIS = {
    0x440154, 0x46327e, 0x365c8d, 0x277f8e, 0x1fa187, 0x4ac16d, 0xa0da39, 0xdae319, 0xfde725
  };

  static Color viridis(double t) {
    double u = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
    int i = Math.min((int) u, VIRIDIS.length - 2);
    double f = u - i;
    int a = VIRIDIS[i];
    int b = VIRIDIS[i + 1];
    int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
    int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    return new Color(r, g, bl);
  }

  /** Draws the grid and writes {@code name.png} and {@code name.svg}; returns the PNG path. */
  static Path draw(List<double[][]> imgs, int numRows, int numCols, List<String> titles,
      double scale, String name) {
    int cell = (int) Math.round(scale * 100);
    int titleH = titles == null ? 4 : 30;
    int w = numCols * cell;
    int h = numRows * (cell + titleH);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    for (int k = 0; k < Math.min(imgs.size(), numRows * numCols); k++) {
      double[][] img = imgs.get(k);
      int r = k / numCols;
      int c = k % numCols;
      int x0 = c * cell + 6;
      int y0 = r * (cell + titleH) + titleH;
      int side = cell - 12;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : img) {
        for (double v : row) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      int ih = img.length;
      int iw = img[0].length;
      for (int py = 0; py < side; py++) {
        for (int px = 0; px < side; px++) {
          double v = img[py * ih / side][px * iw / side];
          out.setRGB(x0 + px, y0 + py, viridis(max > min ? (v - min) / (max - min) : 0).getRGB());
        }
      }
      if (titles != null && k < titles.size()) {
        g.setColor(Color.BLACK);
        String[] lines = titles.get(k).split("\n");
        for (int li = 0; li < lines.length; li++) {
          int tw = fm.stringWidth(lines[li]);
          g.drawString(lines[li], c * cell + (cell - tw) / 2,
              y0 - 4 - (lines.length - 1 - li) * (fm.getHeight() - 2));
        }
      }
    }
    g.dispose();
    try {
      Files.createDirectories(D2l.figuresDir());
      Path png = D2l.figuresDir().resolve(name + ".png");
      ImageIO.write(out, "png", png.toFile());
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      ImageIO.write(out, "png", buf);
      String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h
          + "\"><image width=\"" + w + "\" height=\"" + h + "\" href=\"data:image/png;base64,"
          + Base64.getEncoder().encodeToString(buf.toByteArray()) + "\"/></svg>\n";
      Files.writeString(D2l.figuresDir().resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 2-D tensor (or 1 x H x W) as rows of doubles. */
  static double[][] rows(Tensor t) {
    Tensor x = t.detach();
    if (x.dim() == 3 && x.shape().at(0) == 1) {
      x = x.get(0);
    }
    if (x.dim() != 2) {
      throw new IllegalArgumentException("Invalid shape " + x.shape() + " for image data");
    }
    int h = (int) x.shape().at(0);
    int w = (int) x.shape().at(1);
    double[] flat = x.contiguous().toDoubleArray();
    double[][] out = new double[h][w];
    for (int i = 0; i < h; i++) {
      System.arraycopy(flat, i * w, out[i], 0, w);
    }
    return out;
  }
}
