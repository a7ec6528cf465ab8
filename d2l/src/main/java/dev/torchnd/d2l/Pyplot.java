package dev.torchnd.d2l;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code d2l.plt}: the {@code matplotlib.pyplot} calls D2L makes, on one current figure with one
 * {@link Axes}. Figures are rendered with XChart, headless, when saved: {@link #savefig(Path)}
 * writes PNG or SVG by the file's extension. Sizes are matplotlib's inches at 100 dpi.
 */
public final class Pyplot {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** matplotlib's default colour cycle ({@code tab10}). */
  private static final String[] CYCLE = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
  };

  private static final Map<String, Color> COLORS = new HashMap<>();

  static {
    COLORS.put("b", new Color(0, 0, 255));
    COLORS.put("g", new Color(0, 128, 0));
    COLORS.put("r", new Color(255, 0, 0));
    COLORS.put("c", new Color(0, 191, 191));
    COLORS.put("m", new Color(191, 0, 191));
    COLORS.put("y", new Color(191, 191, 0));
    COLORS.put("k", Color.BLACK);
    COLORS.put("w", Color.WHITE);
    COLORS.put("black", Color.BLACK);
    COLORS.put("red", Color.RED);
    COLORS.put("green", new Color(0, 128, 0));
    COLORS.put("blue", Color.BLUE);
    COLORS.put("gray", new Color(128, 128, 128));
  }

  /** matplotlib: {@code rcParams}; D2L sets {@code 'figure.figsize'} (inches, a double[2]). */
  public final Map<String, Object> rcParams = new HashMap<>();

  private Axes axes = new Axes();
  private double[] figsize;

  Pyplot() {
    rcParams.put("figure.figsize", new double[] {6.4, 4.8});
  }

  /** matplotlib: {@code plt.gca()}: the current axes (a new figure starts with the rcParams). */
  public Axes gca() {
    if (figsize == null) {
      figsize = ((double[]) rcParams.get("figure.figsize")).clone();
    }
    return axes;
  }

  /** matplotlib: {@code plt.plot(y, label=label)}. */
  public void plot(double[] y, String label) {
    gca().plotLabeled(y, label);
  }

  /** matplotlib: {@code plt.plot(x, y, fmt)}. */
  public void plot(double[] x, double[] y, String fmt) {
    gca().plot(x, y, fmt);
  }

  /** matplotlib: {@code plt.scatter(x, y, s)}. */
  public void scatter(double[] x, double[] y, double s) {
    gca().scatter(x, y, s);
  }

  /** matplotlib: {@code plt.axhline(y=y, color=color, linestyle=linestyle)}. */
  public void axhline(double y, String color, String linestyle) {
    gca().axhline(y, color, linestyle);
  }

  /** matplotlib: {@code plt.legend()}. */
  public void legend() {
    gca().legend();
  }

  /** matplotlib: {@code plt.close()}: drops the current figure. */
  public void close() {
    axes = new Axes();
    figsize = null;
  }

  /**
   * matplotlib: {@code plt.savefig(path)}: PNG for {@code .png}, SVG for {@code .svg}; creates
   * the parent folders. The figure stays current.
   */
  public void savefig(Path path) {
    String name = path.getFileName().toString();
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      XYChart chart = render();
      if (name.endsWith(".png")) {
        BitmapEncoder.saveBitmap(chart, path.toString(), BitmapEncoder.BitmapFormat.PNG);
      } else if (name.endsWith(".svg")) {
        VectorGraphicsEncoder.saveVectorGraphic(
            chart, path.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        throw new IllegalArgumentException(
            "Format '" + name + "' is not supported (supported formats: png, svg)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the XChart chart of the current figure. */
  XYChart render() {
    Axes ax = gca();
    int w = (int) Math.round(figsize[0] * 100);
    int h = (int) Math.round(figsize[1] * 100);
    XYChart chart = new XYChart(w, h);
    Styler st = chart.getStyler();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesVisible(ax.grid);
    chart.getStyler().setChartTitleVisible(false);
    chart.getStyler().setXAxisLogarithmic("log".equals(ax.xscale));
    chart.getStyler().setYAxisLogarithmic("log".equals(ax.yscale));
    chart.getStyler().setLegendPosition(bestLegend(ax));
    chart.getStyler().setXAxisDecimalPattern("#.##");
    List<String> legend = ax.legend;
    st.setLegendVisible(legend != null && !legend.isEmpty());
    chart.setXAxisTitle(ax.xlabel == null ? "" : ax.xlabel);
    chart.setYAxisTitle(ax.ylabel == null ? "" : ax.ylabel);
    double xmin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ax.lines.size(); i++) {
      Axes.Line line = ax.lines.get(i);
      boolean labelled = legend != null && i < legend.size();
      String seriesName = labelled ? legend.get(i) : "_line" + i;
      if (chart.getSeriesMap().containsKey(seriesName)) {
        seriesName = seriesName + " (" + i + ")";
      }
      XYSeries s = chart.addSeries(seriesName, line.x(), line.y());
      s.setMarker(SeriesMarkers.NONE);
      s.setShowInLegend(labelled);
      if (Axes.SCATTER.equals(line.fmt())) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Color.decode(CYCLE[i % CYCLE.length]));
        st.setMarkerSize(3);
      } else {
        style(s, line.fmt(), i);
      }
      for (double x : line.x()) {
        xmin = Math.min(xmin, x);
        xmax = Math.max(xmax, x);
      }
    }
    for (int i = 0; i < ax.hlines.size(); i++) {
      Axes.HLine hl = ax.hlines.get(i);
      double a = Double.isFinite(xmin) ? xmin : 0;
      double b = Double.isFinite(xmax) ? xmax : 1;
      XYSeries s = chart.addSeries("_hline" + i, new double[] {a, b}, new double[] {hl.y(), hl.y()});
      s.setMarker(SeriesMarkers.NONE);
      s.setShowInLegend(false);
      s.setLineColor(color(hl.color(), Color.BLACK));
      s.setLineStyle(stroke(dashOf(hl.linestyle())));
    }
    if (ax.xlim != null) {
      chart.getStyler().setXAxisMin(ax.xlim[0]);
      chart.getStyler().setXAxisMax(ax.xlim[1]);
    }
    if (ax.ylim != null) {
      chart.getStyler().setYAxisMin(ax.ylim[0]);
      chart.getStyler().setYAxisMax(ax.ylim[1]);
    }
    return chart;
  }

  /**
   * matplotlib's {@code legend(loc='best')} (what {@code d2l.set_axes} asks for), among the four
   * inside corners: the one whose quarter of the axes holds the fewest data points, in
   * matplotlib's order of preference (upper right, upper left, lower left, lower right) on ties.
   */
  static Styler.LegendPosition bestLegend(Axes ax) {
    double[] xr = range(ax, true);
    double[] yr = range(ax, false);
    Styler.LegendPosition[] order = {Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW,
        Styler.LegendPosition.InsideSW, Styler.LegendPosition.InsideSE};
    int[] count = new int[4];
    for (Axes.Line line : ax.lines) {
      int n = Math.min(line.x().length, line.y().length);
      for (int i = 0; i < n; i++) {
        double fx = frac(line.x()[i], xr, "log".equals(ax.xscale));
        double fy = frac(line.y()[i], yr, "log".equals(ax.yscale));
        if (Double.isNaN(fx) || Double.isNaN(fy)) {
          continue;
        }
        boolean right = fx > 0.55;
        boolean left = fx < 0.45;
        boolean top = fy > 0.55;
        boolean bottom = fy < 0.45;
        count[0] += right && top ? 1 : 0;
        count[1] += left && top ? 1 : 0;
        count[2] += left && bottom ? 1 : 0;
        count[3] += right && bottom ? 1 : 0;
      }
    }
    int best = 0;
    for (int k = 1; k < 4; k++) {
      if (count[k] < count[best]) {
        best = k;
      }
    }
    return order[best];
  }

  private static double[] range(Axes ax, boolean x) {
    double[] lim = x ? ax.xlim : ax.ylim;
    if (lim != null) {
      return lim;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Axes.Line line : ax.lines) {
      for (double v : x ? line.x() : line.y()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return new double[] {lo, hi};
  }

  private static double frac(double v, double[] r, boolean log) {
    double a = r[0];
    double b = r[1];
    if (log) {
      if (!(v > 0 && a > 0 && b > 0)) {
        return Double.NaN;
      }
      v = Math.log(v);
      a = Math.log(a);
      b = Math.log(b);
    }
    if (!Double.isFinite(v) || !(b > a)) {
      return Double.NaN;
    }
    return (v - a) / (b - a);
  }

  private static void style(XYSeries s, String fmt, int i) {
    String f = fmt == null ? "" : fmt;
    String dash = "-";
    for (String ls : new String[] {"--", "-.", ":", "-"}) {
      if (f.contains(ls)) {
        dash = ls;
        f = f.replace(ls, "");
        break;
      }
    }
    Color c = f.isEmpty() ? Color.decode(CYCLE[i % CYCLE.length]) : color(f, null);
    if (c == null) {
      throw new IllegalArgumentException("Unrecognized character " + f.charAt(0) + " in format string '" + fmt + "'");
    }
    s.setLineColor(c);
    s.setLineStyle(stroke(dash));
  }

  private static Color color(String name, Color dflt) {
    if (name == null) {
      return dflt;
    }
    if (name.startsWith("#")) {
      return Color.decode(name);
    }
    return COLORS.getOrDefault(name, dflt);
  }

  private static String dashOf(String linestyle) {
    if (linestyle == null) {
      return "-";
    }
    return switch (linestyle) {
      case "dashed", "--" -> "--";
      case "dashdot", "-." -> "-.";
      case "dotted", ":" -> ":";
      default -> "-";
    };
  }

  private static BasicStroke stroke(String dash) {
    float lw = 1.5f;
    return switch (dash) {
      case "--" -> new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
          new float[] {5.5f, 2.4f}, 0f);
      case "-." -> new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
          new float[] {9.6f, 2.4f, 1.5f, 2.4f}, 0f);
      case ":" -> new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
          new float[] {1.5f, 2.5f}, 0f);
      default -> new BasicStroke(lw, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    };
  }
}
