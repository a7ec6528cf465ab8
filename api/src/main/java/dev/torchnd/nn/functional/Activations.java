package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.function.UnaryOperator;

/**
 * The activations behind {@link F}'s {@code elu} … {@code hardshrink}: each computes its value under
 * no_grad and records one node named as PyTorch's kernel ({@code EluBackward0}, ...), with the
 * backward rule of PyTorch's {@code derivatives.yaml} written in tensor ops (so it differentiates
 * again); the ones PyTorch composes in Python ({@code softsign}, {@code tanhshrink}, {@code
 * softmin}, {@code relu6}) are composed the same way.
 */
final class Activations {
  private Activations() {}

  static final double SELU_ALPHA = 1.6732632423543772848170429916717;
  static final double SELU_SCALE = 1.0507009873554804934193349852946;

  /** PyTorch's dispatch error of a floating-only CPU kernel. */
  static void requireFloating(String kernel, Tensor t) {
    if (!t.is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"" + kernel + "\" not implemented for '" + t.dtype().scalarTypeName() + "'");
    }
  }

  /**
   * The {@code inplace=True} form: the result is written into {@code input} by {@code copy_}, so
   * autograd sees the in-place write (and raises PyTorch's error for a leaf that requires grad);
   * the op runs on a clone so the saved input is not the overwritten one.
   */
  static Tensor inplace(Tensor input, UnaryOperator<Tensor> op) {
    if (!AutogradFunction.needs_grad(input)) {
      Tensor out;
      try (var g = Torch.no_grad()) {
        out = op.apply(input.detach());
      }
      try (var g = Torch.no_grad()) {
        input.copy_(out);
      }
      return input;
    }
    return input.copy_(op.apply(input.clone()));
  }

  private static Tensor zeros(Tensor like) {
    return Torch.zeros(new long[0], like.dtype());
  }

  static Tensor elu(Tensor input, double alpha, double scale, double inputScale, String node) {
    requireFloating("elu_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      // exp(x) - 1 as PyTorch's kernel (not expm1): elu(-0.0) is +0.0
      out = Torch.where(x.gt(0L), x.mul(scale), x.mul(inputScale).exp().sub(1L).mul(alpha * scale));
    }
    Tensor x = input;
    return AutogradFunction.record(
        node,
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {
          Torch.where(x.gt(0L), gr.mul(scale), gr.mul(x.mul(inputScale).exp()).mul(alpha * scale * inputScale))
        },
        input);
  }

  static Tensor celu(Tensor input, double alpha) {
    if (alpha == 0) {
      throw new IllegalArgumentException("ZeroDivisionError: alpha cannot be 0 for CELU");
    }
    return elu(input, alpha, 1.0, 1.0 / alpha, "CeluBackward0");
  }

  static Tensor silu(Tensor input) {
    requireFloating("silu_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = x.div(x.neg().exp().add(1L));
    }
    Tensor x = input;
    return AutogradFunction.record(
        "SiluBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor s = x.sigmoid();
          return new Tensor[] {gr.mul(s).mul(x.mul(s.neg().add(1L)).add(1L))};
        },
        input);
  }

  static Tensor mish(Tensor input) {
    requireFloating("mish_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = x.mul(x.exp().log1p().tanh());
    }
    Tensor x = input;
    return AutogradFunction.record(
        "MishBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor t = x.exp().log1p().tanh();
          Tensor d = t.add(x.mul(x.sigmoid()).mul(t.square().neg().add(1L)));
          return new Tensor[] {gr.mul(d)};
        },
        input);
  }

  static Tensor softplus(Tensor input, double beta, double threshold) {
    requireFloating("softplus_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      Tensor xb = x.mul(beta);
      out = Torch.where(xb.gt(threshold), x, xb.exp().log1p().div(beta));
    }
    Tensor x = input;
    return AutogradFunction.record(
        "SoftplusBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor xb = x.mul(beta);
          Tensor z = xb.exp();
          return new Tensor[] {Torch.where(xb.gt(threshold), gr, gr.mul(z).div(z.add(1L)))};
        },
        input);
  }

  static Tensor hardtanh(Tensor input, double min, double max) {
    if (!input.is_floating_point()) {
      // The integral kernel clamps at the bounds converted to the input's type (truncated).
      return input.clamp((long) min, (long) max);
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = input.detach().clamp(min, max);
    }
    Tensor x = input;
    return AutogradFunction.record(
        "HardtanhBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.le(min).logical_or(x.ge(max)), zeros(gr), gr)},
        input);
  }

  static Tensor hardsigmoid(Tensor input) {
    requireFloating("hardsigmoid_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = input.detach().add(3L).clamp(0.0, 6.0).div(6L);
    }
    Tensor x = input;
    return AutogradFunction.record(
        "HardsigmoidBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.gt(-3L).logical_and(x.lt(3L)), gr.div(6L), zeros(gr))},
        input);
  }

  static Tensor hardswish(Tensor input) {
    requireFloating("hardswish_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = x.mul(x.add(3L).clamp(0.0, 6.0)).div(6L);
    }
    Tensor x = input;
    return AutogradFunction.record(
        "HardswishBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {
          Torch.where(x.lt(-3L), zeros(gr), Torch.where(x.le(3L), gr.mul(x.div(3L).add(0.5)), gr))
        },
        input);
  }

  static Tensor logsigmoid(Tensor input) {
    requireFloating("log_sigmoid_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = x.clamp_max(0.0).sub(x.abs().neg().exp().log1p());
    }
    Tensor x = input;
    return AutogradFunction.record(
        "LogSigmoidBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {gr.mul(x.neg().sigmoid())},
        input);
  }

  static Tensor prelu(Tensor input, Tensor weight) {
    requireFloating("prelu_cpu", input);
    long wn = weight.numel();
    if (wn != 1) {
      if (input.dim() == 0) {
        throw new IllegalArgumentException("Not allow zero-dim input tensor.");
      }
      long channels = input.dim() > 1 ? input.size(1) : 1;
      if (channels != wn) {
        throw new IllegalArgumentException(
            "Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                + wn
                + " and channel size = "
                + channels
                + ".");
      }
    }
    Tensor wb = prelu_weight_view(weight, input.dim());
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = Torch.where(x.gt(0L), x, x.mul(wb.detach()));
    }
    Tensor x = input;
    return AutogradFunction.record(
        "PreluBackward0",
        out,
        new Tensor[] {input, weight},
        gr -> {
          Tensor pos = x.gt(0L);
          Tensor gx = Torch.where(pos, gr, gr.mul(wb));
          Tensor gw = Torch.where(pos, zeros(gr), x.mul(gr));
          if (wn == 1) {
            gw = gw.sum().reshape(weight.shape().toLongArray());
          } else {
            int[] dims = new int[x.dim() - 1];
            for (int i = 0, k = 0; i < x.dim(); i++) {
              if (i != 1) {
                dims[k++] = i;
              }
            }
            gw = (dims.length == 0 ? gw : gw.sum(dims, false)).reshape(weight.shape().toLongArray());
          }
          return new Tensor[] {gx, gw};
        },
        input,
        weight);
  }

  /** The weight shaped to broadcast along dim 1 (a single weight broadcasts as is). */
  private static Tensor prelu_weight_view(Tensor weight, int ndim) {
    if (weight.numel() == 1) {
      return weight.reshape(new long[0]);
    }
    if (ndim < 2) {
      return weight.reshape(new long[] {weight.numel()});
    }
    long[] s = new long[ndim];
    java.util.Arrays.fill(s, 1);
    s[1] = weight.numel();
    return weight.reshape(s);
  }

  static Tensor threshold(Tensor input, double threshold, double value) {
    boolean fp = input.is_floating_point();
    Tensor v = fp ? Torch.full(new long[0], value, input.dtype()) : Torch.full(new long[0], (long) value, input.dtype());
    if (!fp) {
      // Integral kernels compare with the threshold converted to the input's type.
      return Torch.where(input.le((long) threshold), v, input);
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = Torch.where(x.le(threshold), v, x);
    }
    Tensor x = input;
    return AutogradFunction.record(
        "ThresholdBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.le(threshold), zeros(gr), gr)},
        input);
  }

  static Tensor glu(Tensor input, int dim) {
    if (input.dim() == 0) {
      throw new IllegalArgumentException("glu does not support scalars because halving size must be even");
    }
    int d = wrapDim(dim, input.dim());
    requireFloating("glu_cpu", input);
    long n = input.size(d);
    if (n % 2 != 0) {
      throw new IllegalArgumentException(
          "Halving dimension must be even, but dimension " + d + " is size " + n);
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = x.narrow(d, 0, n / 2).mul(x.narrow(d, n / 2, n / 2).sigmoid());
    }
    Tensor x = input;
    return AutogradFunction.record(
        "GluBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor a = x.narrow(d, 0, n / 2);
          Tensor s = x.narrow(d, n / 2, n / 2).sigmoid();
          Tensor ga = gr.mul(s);
          Tensor gb = gr.mul(a).mul(s).mul(s.neg().add(1L));
          return new Tensor[] {Torch.cat(new Tensor[] {ga, gb}, d)};
        },
        input);
  }

  /** PyTorch's {@code maybe_wrap_dim} with its IndexError text. */
  static int wrapDim(int dim, int ndim) {
    int n = Math.max(ndim, 1);
    if (dim < -n || dim >= n) {
      throw new IndexOutOfBoundsException(
          "Dimension out of range (expected to be in range of ["
              + (-n)
              + ", "
              + (n - 1)
              + "], but got "
              + dim
              + ")");
    }
    return dim < 0 ? dim + n : dim;
  }

  static Tensor softshrink(Tensor input, double lambd) {
    if (lambd < 0) {
      throw new IllegalArgumentException(
          "lambda must be greater or equal to 0, but found to be " + Repr.cppDouble(lambd) + ".");
    }
    requireFloating("softshrink_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = Torch.where(x.gt(lambd), x.sub(lambd), Torch.where(x.lt(-lambd), x.add(lambd), zeros(x)));
    }
    Tensor x = input;
    return AutogradFunction.record(
        "SoftshrinkBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.ge(-lambd).logical_and(x.le(lambd)), zeros(gr), gr)},
        input);
  }

  static Tensor hardshrink(Tensor input, double lambd) {
    requireFloating("hardshrink_cpu", input);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = Torch.where(x.ge(-lambd).logical_and(x.le(lambd)), zeros(x), x);
    }
    Tensor x = input;
    return AutogradFunction.record(
        "HardshrinkBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.ge(-lambd).logical_and(x.le(lambd)), zeros(gr), gr)},
        input);
  }
}
