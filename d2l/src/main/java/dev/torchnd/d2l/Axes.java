package dev.torchnd.d2l;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of matplotlib's {@code Axes} that D2L uses: lines given by a format string
 * ({@code '-'}, {@code 'm--'}, {@code 'g-.'}, {@code 'r:'}) or a label, horizontal reference
 * lines, labels, linear/log scales, limits, a legend and a grid. Drawing happens when the figure
 * is saved ({@link Pyplot#savefig}).
 */
public final class Axes {
  /** One plotted line. */
  record Line(double[] x, double[] y, String fmt, String label) {}

  /** One {@code axhline}. */
  record HLine(double y, String color, String linestyle) {}

  final List<Line> lines = new ArrayList<>();
  final List<HLine> hlines = new ArrayList<>();
  String xlabel;
  String ylabel;
  String xscale = "linear";
  String yscale = "linear";
  double[] xlim;
  double[] ylim;
  List<String> legend;
  boolean grid;

  /** matplotlib: {@code axes.cla()}: clears everything. */
  public void cla() {
    lines.clear();
    hlines.clear();
    xlabel = null;
    ylabel = null;
    xscale = "linear";
    yscale = "linear";
    xlim = null;
    ylim = null;
    legend = null;
    grid = false;
  }

  /** matplotlib: {@code axes.plot(x, y, fmt)}. */
  public void plot(double[] x, double[] y, String fmt) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have same first dimension, but have shapes (" + x.length + ",) and ("
              + y.length + ",)");
    }
    lines.add(new Line(x.clone(), y.clone(), fmt == null ? "" : fmt, null));
  }

  /** matplotlib: {@code axes.scatter(x, y, s)}: markers only (the size {@code s} in points^2). */
  public void scatter(double[] x, double[] y, double s) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y must be the same size");
    }
    lines.add(new Line(x.clone(), y.clone(), SCATTER, null));
  }

  static final String SCATTER = "\u0000scatter";

  /** matplotlib: {@code axes.plot(y, fmt)}: x is {@code 0, 1, ..., len(y) - 1}. */
  public void plot(double[] y, String fmt) {
    plot(range(y.length), y, fmt);
  }

  /** matplotlib: {@code axes.plot(y, label=label)}. */
  public void plotLabeled(double[] y, String label) {
    lines.add(new Line(range(y.length), y.clone(), "", label));
  }

  static double[] range(int n) {
    double[] x = new double[n];
    Arrays.setAll(x, i -> i);
    return x;
  }

  /** matplotlib: {@code axes.axhline(y=y, color=color, linestyle=linestyle)}. */
  public void axhline(double y, String color, String linestyle) {
    hlines.add(new HLine(y, color, linestyle));
  }

  /** matplotlib: {@code axes.set_xlabel(label)}. */
  public void set_xlabel(String label) {
    xlabel = label;
  }

  /** matplotlib: {@code axes.set_ylabel(label)}. */
  public void set_ylabel(String label) {
    ylabel = label;
  }

  /** matplotlib: {@code axes.set_xscale('linear' | 'log')}. */
  public void set_xscale(String scale) {
    xscale = checkScale(scale);
  }

  /** matplotlib: {@code axes.set_yscale('linear' | 'log')}. */
  public void set_yscale(String scale) {
    yscale = checkScale(scale);
  }

  private static String checkScale(String s) {
    String v = s == null ? "linear" : s;
    if (!v.equals("linear") && !v.equals("log")) {
      throw new IllegalArgumentException(
          "'" + v + "' is not a valid value for scale; supported values are 'linear', 'log'");
    }
    return v;
  }

  /** matplotlib: {@code axes.set_xlim(lim)}; null leaves it automatic. */
  public void set_xlim(double[] lim) {
    xlim = lim == null ? null : lim.clone();
  }

  /** matplotlib: {@code axes.set_ylim(lim)}; null leaves it automatic. */
  public void set_ylim(double[] lim) {
    ylim = lim == null ? null : lim.clone();
  }

  /** matplotlib: {@code axes.legend(labels)}: labels the lines in order. */
  public void legend(List<String> labels) {
    legend = List.copyOf(labels);
  }

  /** matplotlib: {@code axes.legend()}: shows the labels given to {@code plot}. */
  public void legend() {
    List<String> l = new ArrayList<>();
    for (Line line : lines) {
      if (line.label() != null) {
        l.add(line.label());
      }
    }
    legend = l;
  }

  /** matplotlib: {@code axes.grid()}. */
  public void grid() {
    grid = true;
  }

  /** The lines drawn so far (for tests). */
  public int lineCount() {
    return lines.size();
  }
}
