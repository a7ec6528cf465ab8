package dev.torchnd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks analytic gradients against central finite differences. PyTorch: {@code
 * torch.autograd.gradcheck(func, inputs, eps=1e-6, atol=1e-5, rtol=1e-3)}.
 *
 * <p>For every input that requires grad, the numerical Jacobian column for element {@code j} is
 * {@code (f(x + eps e_j) - f(x - eps e_j)) / (2 eps)}; the analytic Jacobian row for output element
 * {@code k} is the vector-Jacobian product with the unit cotangent {@code e_k}. Use float64 inputs:
 * with float32 the finite differences are too coarse for the default tolerances.
 */
public final class GradCheck {
  private GradCheck() {}

  /** PyTorch's default perturbation. */
  public static final double DEFAULT_EPS = 1e-6;
  /** PyTorch's default absolute tolerance. */
  public static final double DEFAULT_ATOL = 1e-5;
  /** PyTorch's default relative tolerance. */
  public static final double DEFAULT_RTOL = 1e-3;

  /** {@link #gradcheck(Function, double, double, double, Tensor...)} with PyTorch's defaults. */
  public static boolean gradcheck(Function<Tensor[], Tensor> f, Tensor... inputs) {
    return gradcheck(f, DEFAULT_EPS, DEFAULT_ATOL, DEFAULT_RTOL, inputs);
  }

  /**
   * Returns true when {@code |analytic - numerical| <= atol + rtol * |numerical|} for every
   * Jacobian entry; otherwise throws {@link IllegalStateException} naming the input, the entry
   * and both Jacobians (PyTorch raises {@code GradcheckError}).
   */
  public static boolean gradcheck(
      Function<Tensor[], Tensor> f, double eps, double atol, double rtol, Tensor... inputs) {
    List<Integer> diff = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] != null && inputs[i].requiresGrad) {
        diff.add(i);
      }
    }
    if (diff.isEmpty()) {
      throw new IllegalArgumentException(
          "gradcheck expects at least one input tensor to require gradient, but none of the them"
              + " have requires_grad=True.");
    }
    Tensor out = f.apply(inputs);
    long nOut = out.numel();
    for (int i : diff) {
      Tensor x = inputs[i];
      long nIn = x.numel();
      double[][] numerical = numericalJacobian(f, inputs, i, eps, nOut);
      double[][] analytical = new double[(int) nIn][(int) nOut];
      if (out.requiresGrad) {
        for (long k = 0; k < nOut; k++) {
          double[] unit = new double[(int) nOut];
          unit[(int) k] = 1;
          Tensor cot = Torch.tensor(unit, out.shapeArray(), out.dtype());
          // allow_unused: an input the output ignores has a zero Jacobian, not an error.
          Tensor g =
              Autograd.run(new Tensor[] {out}, new Tensor[] {cot}, true, false, new Tensor[] {x}, true)[
                  0];
          if (g != null) {
            double[] gv = g.detach().reshape(-1).to(DType.float64).toDoubleArray();
            for (int j = 0; j < nIn; j++) {
              analytical[j][(int) k] = gv[j];
            }
          }
        }
      }
      for (int j = 0; j < nIn; j++) {
        for (int k = 0; k < nOut; k++) {
          double a = analytical[j][k];
          double n = numerical[j][k];
          if (!(Math.abs(a - n) <= atol + rtol * Math.abs(n))) {
            throw new IllegalStateException(
                "Jacobian mismatch for output 0 with respect to input "
                    + i
                    + " at (input element "
                    + j
                    + ", output element "
                    + k
                    + "): numerical "
                    + n
                    + ", analytical "
                    + a
                    + ",\nnumerical:"
                    + format(numerical)
                    + "\nanalytical:"
                    + format(analytical));
          }
        }
      }
    }
    return true;
  }

  /**
   * Column j of the result is d out / d x_j. The perturbed copies keep the input's requires_grad
   * and grad mode stays on, so a function that differentiates internally (a gradient of a
   * gradient) can be checked too.
   */
  private static double[][] numericalJacobian(
      Function<Tensor[], Tensor> f, Tensor[] inputs, int which, double eps, long nOut) {
    Tensor x = inputs[which];
    double[] base = x.detach().reshape(-1).to(DType.float64).toDoubleArray();
    double[][] jac = new double[base.length][(int) nOut];
    Tensor[] args = inputs.clone();
    for (int j = 0; j < base.length; j++) {
      double[] plus = base.clone();
      plus[j] += eps;
      args[which] = Torch.tensor(plus, x.shapeArray(), x.dtype()).requires_grad_(true);
      double[] fp = f.apply(args).detach().reshape(-1).to(DType.float64).toDoubleArray();
      double[] minus = base.clone();
      minus[j] -= eps;
      args[which] = Torch.tensor(minus, x.shapeArray(), x.dtype()).requires_grad_(true);
      double[] fm = f.apply(args).detach().reshape(-1).to(DType.float64).toDoubleArray();
      for (int k = 0; k < nOut; k++) {
        jac[j][k] = (fp[k] - fm[k]) / (2 * eps);
      }
    }
    return jac;
  }

  private static String format(double[][] m) {
    StringBuilder sb = new StringBuilder();
    for (double[] row : m) {
      sb.append("\n  ").append(java.util.Arrays.toString(row));
    }
    return sb.toString();
  }
}
