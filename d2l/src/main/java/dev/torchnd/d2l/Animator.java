package dev.torchnd.d2l;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code d2l.Animator}: plots data incrementally. Where Jupyter redraws the figure in place after
 * each {@link #add}, this writes it to {@code <figuresDir>/<name>.png} and {@code .svg} and prints
 * one progress line, {@code <xlabel> <x>: <legend 1> <y1>, ...} with 3 decimals (the transcript
 * recorder prints the same line from its stand-in for IPython's display).
 *
 * <pre>{@code
 * Animator a = new Animator("epoch", null, List.of("train loss", "test acc"), new double[] {1, 10},
 *     new double[] {0.3, 0.9}, "linear", "linear");
 * a.add(1, 0.812, 0.745);   // prints "epoch 1: train loss 0.812, test acc 0.745"
 * }</pre>
 */
public final class Animator {
  private final String xlabel;
  private final String ylabel;
  private final List<String> legend;
  private final double[] xlim;
  private final double[] ylim;
  private final String xscale;
  private final String yscale;
  private final String[] fmts;
  private final double[] figsize;
  private final String name;
  private List<List<Double>> xs;
  private List<List<Double>> ys;
  private final List<Object> lastX = new ArrayList<>();

  /** {@code Animator(xlabel, ylabel, legend, xlim, ylim, xscale, yscale)} with the other defaults. */
  public Animator(String xlabel, String ylabel, List<String> legend, double[] xlim, double[] ylim,
      String xscale, String yscale) {
    this(xlabel, ylabel, legend, xlim, ylim, xscale, yscale,
        new String[] {"-", "m--", "g-.", "r:"}, new double[] {3.5, 2.5});
  }

  /** {@code Animator(xlabel=..., ..., fmts=..., figsize=...)} ({@code nrows = ncols = 1}). */
  public Animator(String xlabel, String ylabel, List<String> legend, double[] xlim, double[] ylim,
      String xscale, String yscale, String[] fmts, double[] figsize) {
    this.xlabel = xlabel;
    this.ylabel = ylabel;
    this.legend = legend == null ? List.of() : List.copyOf(legend);
    this.xlim = xlim;
    this.ylim = ylim;
    this.xscale = xscale == null ? "linear" : xscale;
    this.yscale = yscale == null ? "linear" : yscale;
    this.fmts = fmts;
    this.figsize = figsize;
    this.name = D2l.nextFigureName("animator");
  }

  /** The figure's file name, without extension. */
  public String name() {
    return name;
  }

  /** {@code animator.add(x, y)}: one x for every y (a null y is skipped, as Python's None). */
  public void add(Number x, Number... y) {
    Number[] xsArr = new Number[y.length];
    java.util.Arrays.fill(xsArr, x);
    add(xsArr, y);
  }

  /** {@code animator.add([x1, x2, ...], [y1, y2, ...])}. */
  public void add(Number[] x, Number[] y) {
    int n = y.length;
    if (xs == null) {
      xs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        xs.add(new ArrayList<>());
      }
    }
    if (ys == null) {
      ys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ys.add(new ArrayList<>());
      }
    }
    for (int i = 0; i < Math.min(n, Math.min(x.length, xs.size())); i++) {
      if (x[i] != null && y[i] != null) {
        xs.get(i).add(x[i].doubleValue());
        ys.get(i).add(y[i].doubleValue());
        if (i == 0) {
          lastX.add(x[i]);
        }
      }
    }
    redraw();
    progress(System.out);
  }

  private void redraw() {
    D2l.set_figsize(figsize[0], figsize[1]);
    Axes ax = D2l.plt.gca();
    ax.cla();
    for (int i = 0; i < Math.min(xs.size(), fmts.length); i++) {
      ax.plot(toArray(xs.get(i)), toArray(ys.get(i)), fmts[i]);
    }
    D2l.set_axes(ax, xlabel, ylabel, xlim, ylim, xscale, yscale, legend);
    List<java.nio.file.Path> saved = D2l.savefig(name);
    D2l.replaceSaved(saved.get(0));
  }

  private void progress(PrintStream out) {
    if (xs.isEmpty() || xs.get(0).isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder(xlabel == null ? "" : xlabel).append(' ');
    Object x0 = lastX.get(lastX.size() - 1);
    sb.append(x0 instanceof Double || x0 instanceof Float
        ? PyFormat.repr(((Number) x0).doubleValue()) : String.valueOf(x0)).append(": ");
    for (int i = 0; i < ys.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      List<Double> yi = ys.get(i);
      sb.append(i < legend.size() ? legend.get(i) : "y" + (i + 1)).append(' ')
          .append(yi.isEmpty() ? "nan" : PyFormat.f(yi.get(yi.size() - 1), 3));
    }
    out.println(sb);
  }

  private static double[] toArray(List<Double> l) {
    double[] a = new double[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = l.get(i);
    }
    return a;
  }
}
