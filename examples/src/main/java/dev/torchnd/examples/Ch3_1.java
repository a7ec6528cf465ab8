package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyFormat;
import dev.torchnd.d2l.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * D2L-zh §3.1 线性回归 (linear regression): vectorisation timing and the normal distribution.
 * NumPy arrays are {@code double[]}; {@code d2l.Timer} is {@link Timer}.
 */
final class Ch3_1 {
  private Tensor a;
  private Tensor b;
  private int n;
  private Timer timer;

  /** {@code def normal(x, mu, sigma)}: the Gaussian density, in float64 as NumPy. */
  static double[] normal(double[] x, double mu, double sigma) {
    double p = 1 / Math.sqrt(2 * Math.PI * Math.pow(sigma, 2));
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = p * Math.exp(-0.5 / Math.pow(sigma, 2) * Math.pow(x[i] - mu, 2));
    }
    return out;
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // %matplotlib inline; from d2l import torch as d2l; import math, torch, numpy, time
    nb.cell(() -> {
      n = 10000;
      a = ones(n);
      b = ones(n);
    });
    nb.cell(() -> {}); // class Timer: ...  #@save -> dev.torchnd.d2l.Timer
    nb.cell(() -> {
      Tensor c = zeros(n);
      timer = new Timer();
      for (int i = 0; i < n; i++) {
        c.set(new Object[] {(long) i}, a.get(i).add(b.get(i)));
      }
      nb.show(PyFormat.f(timer.stop(), 5) + " sec");
    });
    nb.cell(() -> {
      timer.start();
      Tensor d = a.add(b);
      nb.show(PyFormat.f(timer.stop(), 5) + " sec");
    });
    nb.cell(() -> {}); // def normal(x, mu, sigma): ... -> Ch3_1.normal
    nb.cell(() -> {
      double[] x = Ch2_4.arange(-7, 7, 0.01);
      double[][] params = {{0, 1}, {0, 2}, {3, 1}};
      List<double[]> ys = new ArrayList<>();
      List<String> legend = new ArrayList<>();
      for (double[] p : params) {
        ys.add(normal(x, p[0], p[1]));
        legend.add("mean " + (long) p[0] + ", std " + (long) p[1]);
      }
      D2l.plot(x, ys, "x", "p(x)", legend, null, null, "linear", "linear", null,
          new double[] {4.5, 2.5}, null);
      D2l.savefig("ch3_1_zh_normal");
    });
  }
}
