package dev.torchnd.d2l;

import dev.torchnd.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
