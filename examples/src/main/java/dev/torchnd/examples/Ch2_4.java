package dev.torchnd.examples;

import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import java.util.List;

/**
 * D2L §2.4 Calculus, cell by cell; the Python of each cell is in its comment. The book uses NumPy
 * here, not torch: NumPy arrays are {@code double[]} (float64, like NumPy's). The {@code #@save}
 * helpers ({@code use_svg_display}, {@code set_figsize}, {@code set_axes}, {@code plot}) are
 * {@link D2l}'s, so their cells define nothing. A figure, shown inline by Jupyter, is written to
 * {@code target/figures/<name>.png} and {@code .svg} by {@link D2l#savefig}; the cell prints
 * nothing, like the notebook. {@code f'{h:.5f}'} is {@link PyFormat#f}: Python's rounding
 * (half-even on the exact double), independent of the JVM locale.
 */
final class Ch2_4 {
  /** {@code def f(x): return 3 * x ** 2 - 4 * x}. */
  static double f(double x) {
    return 3 * (x * x) - 4 * x;
  }

  /** {@code def g(x): return x ** 3 - 1 / x} (exercise). */
  static double g(double x) {
    return Math.pow(x, 3) - 1 / x;
  }

  /** NumPy's {@code np.arange(start, stop, step)} for float64: {@code start + i * step}. */
  static double[] arange(double start, double stop, double step) {
    int n = (int) Math.ceil((stop - start) / step);
    double[] out = new double[Math.max(n, 0)];
    for (int i = 0; i < out.length; i++) {
      out[i] = start + i * step;
    }
    return out;
  }

  interface Fn {
    double apply(double x);
  }

  /** Elementwise {@code fn(x)} of an array, as NumPy evaluates {@code f(x)}. */
  static double[] map(double[] x, Fn fn) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = fn.apply(x[i]);
    }
    return out;
  }

  private final String lang;

  Ch2_4(String lang) {
    this.lang = lang;
  }

  void en(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; ...; import numpy as np
    nb.cell(() -> {}); // def f(x): return 3 * x ** 2 - 4 * x -> Ch2_4.f
    nb.cell(() -> { // for h in 10.0**np.arange(-1, -6, -1): print(f'h={h:.5f}, ...')
      for (int k = -1; k > -6; k--) {
        double h = Math.pow(10.0, k);
        nb.print("h=" + PyFormat.f(h, 5) + ", numerical limit=" + PyFormat.f((f(1 + h) - f(1)) / h, 5));
      }
    });
    helpers(nb);
    tangent(nb);
    exercises(nb);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // imports; def f(x): return 3 * x ** 2 - 4 * x -> Ch2_4.f
    nb.cell(() -> { // def numerical_lim(f, x, h): ... -> Ch2_4.numericalLim; h = 0.1; for i in range(5): ...; h *= 0.1
      double h = 0.1;
      for (int i = 0; i < 5; i++) {
        nb.print("h=" + PyFormat.f(h, 5) + ", numerical limit=" + PyFormat.f(numericalLim(1, h), 5));
        h *= 0.1;
      }
    });
    helpers(nb);
    tangent(nb);
    exercises(nb);
  }

  /** {@code def numerical_lim(f, x, h): return (f(x + h) - f(x)) / h}. */
  static double numericalLim(double x, double h) {
    return (f(x + h) - f(x)) / h;
  }

  private void helpers(Notebook nb) {
    nb.cell(() -> D2l.use_svg_display()); // def use_svg_display(): ...  #@save -> D2l.use_svg_display
    nb.cell(() -> {}); // def set_figsize(figsize=(3.5, 2.5)): ...  #@save -> D2l.set_figsize
    nb.cell(() -> {}); // def set_axes(axes, xlabel, ylabel, ...): ...  #@save -> D2l.set_axes
    nb.cell(() -> {}); // def plot(X, Y=None, xlabel=None, ...): ...  #@save -> D2l.plot
  }

  private void tangent(Notebook nb) {
    nb.cell(() -> { // x = np.arange(0, 3, 0.1)
      double[] x = arange(0, 3, 0.1);
      // plot(x, [f(x), 2 * x - 3], 'x', 'f(x)', legend=['f(x)', 'Tangent line (x=1)'])
      D2l.plot(x, List.of(map(x, Ch2_4::f), map(x, v -> 2 * v - 3)), "x", "f(x)",
          List.of("f(x)", "Tangent line (x=1)"));
      D2l.savefig("ch2_4_" + lang + "_tangent");
    });
  }

  private void exercises(Notebook nb) {
    // EN 6 / ZH 1: plot g(x) = x^3 - 1/x and its tangent at x = 1 (y = 4x - 4)
    nb.cell(() -> { // def g(x): ... -> Ch2_4.g; x = np.arange(0.1, 3, 0.1); plot(x, [g(x), 4 * x - 4], ...)
      double[] x = arange(0.1, 3, 0.1);
      D2l.plot(x, List.of(map(x, Ch2_4::g), map(x, v -> 4 * v - 4)), "x", "g(x)",
          List.of("g(x)", "Tangent line (x=1)"));
      D2l.savefig("ch2_4_" + lang + "_ex_tangent_g");
    });
    nb.cell(() -> { // for h in 10.0**np.arange(-1, -6, -1): print(... (g(1+h)-g(1))/h ...)
      for (int k = -1; k > -6; k--) {
        double h = Math.pow(10.0, k);
        nb.print("h=" + PyFormat.f(h, 5) + ", numerical limit=" + PyFormat.f((g(1 + h) - g(1)) / h, 5));
      }
    });
    nb.cell(() -> { // x = np.arange(1, 100, 1.0); plot(x, [x, x**2, x**3], ..., xscale='log', yscale='log')
      double[] x = arange(1, 100, 1.0);
      D2l.plot(x, List.of(x, map(x, v -> v * v), map(x, v -> Math.pow(v, 3))), "x", "y",
          List.of("x", "x^2", "x^3"), null, null, "log", "log",
          new String[] {"-", "m--", "g-.", "r:"}, new double[] {3.5, 2.5}, null);
      D2l.savefig("ch2_4_" + lang + "_ex_loglog");
    });
  }
}
