package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * The functional forms of layers and losses, written like PyTorch's: {@code F.relu(x)}, {@code
 * F.cross_entropy(logits, y)}. Keyword arguments are positional overloads in PyTorch's order;
 * {@code reduction} is PyTorch's string ({@code "none"}, {@code "mean"}, {@code "sum"}).
 *
 * <pre>{@code
 * import dev.torchnd.nn.functional.F;
 * F.relu(tensor(new double[] {-1, 2}))   // tensor([0., 2.])
 * }</pre>
 *
 * PyTorch: {@code torch.nn.functional}.
 */
public final class F {
  private F() {}

  // ------------------------------------------------------------------ helpers

  /** PyTorch's {@code _Reduction.get_enum}: 0 none, 1 mean, 2 sum. */
  static int reductionEnum(String reduction) {
    switch (reduction) {
      case "none":
        return 0;
      case "mean":
      case "elementwise_mean":
        return 1;
      case "sum":
        return 2;
      default:
        throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
    }
  }

  private static Tensor reduce(Tensor loss, int reduction) {
    return reduction == 1 ? loss.mean() : reduction == 2 ? loss.sum() : loss;
  }

  /** PyTorch's dispatch error for a loss kernel without integral or bool support. */
  private static void requireFloatingKernel(String kernel, Tensor a, Tensor b) {
    DType dt = Torch.promote_types(a.dtype(), b.dtype());
    if (!dt.is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"" + kernel + "\" not implemented for '" + dt.scalarTypeName() + "'");
    }
  }

  private static Tensor[] broadcast(Tensor a, Tensor b) {
    long[] shape;
    try (var g = Torch.no_grad()) {
      shape = a.detach().add(b.detach()).shape().toLongArray();
    }
    // as ATen's expand_outplace: a tensor already of the broadcast shape is used as is (no
    // ExpandBackward0 node between the loss and its input, as grad_fn.next_functions shows)
    return new Tensor[] {
      Arrays.equals(a.shape().toLongArray(), shape) ? a : a.expand(shape),
      Arrays.equals(b.shape().toLongArray(), shape) ? b : b.expand(shape)};
  }

  // ------------------------------------------------------------------ activations

  /** max(x, 0) elementwise. PyTorch: {@code F.relu(input)}. */
  public static Tensor relu(Tensor input) {
    return input.relu();
  }

  /** PyTorch: {@code F.relu(input, inplace)}. */
  public static Tensor relu(Tensor input, boolean inplace) {
    return inplace ? input.relu_() : input.relu();
  }

  /** {@code x > 0 ? x : 0.01 x}. PyTorch: {@code F.leaky_relu(input)}. */
  public static Tensor leaky_relu(Tensor input) {
    return leaky_relu(input, 0.01, false);
  }

  /** PyTorch: {@code F.leaky_relu(input, negative_slope)}. */
  public static Tensor leaky_relu(Tensor input, double negativeSlope) {
    return leaky_relu(input, negativeSlope, false);
  }

  /**
   * {@code x > 0 ? x : negative_slope * x}; grad_fn {@code LeakyReluBackward0}. PyTorch: {@code
   * F.leaky_relu(input, negative_slope, inplace)}.
   */
  public static Tensor leaky_relu(Tensor input, double negativeSlope, boolean inplace) {
    if (!input.is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"leaky_relu_cpu\" not implemented for '" + input.dtype().scalarTypeName() + "'");
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      out = Torch.where(x.gt(0L), x, x.mul(negativeSlope));
    }
    if (inplace) {
      try (var g = Torch.no_grad()) {
        input.detach().copy_(out);
      }
      return input;
    }
    Tensor x = input;
    return AutogradFunction.record(
        "LeakyReluBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {Torch.where(x.gt(0L), gr, gr.mul(negativeSlope))},
        input);
  }

  /** Gaussian error linear unit, {@code x·Φ(x)}. PyTorch: {@code F.gelu(input)}. */
  public static Tensor gelu(Tensor input) {
    return gelu(input, "none");
  }

  /**
   * With {@code approximate} {@code "none"} (exact, via erf) or {@code "tanh"}. PyTorch: {@code
   * F.gelu(input, approximate=...)}.
   */
  public static Tensor gelu(Tensor input, String approximate) {
    if (!approximate.equals("none") && !approximate.equals("tanh")) {
      throw new IllegalArgumentException("approximate argument must be either none or tanh.");
    }
    if (!input.is_floating_point()) {
      throw new UnsupportedOperationException(
          "\"GeluKernelImpl\" not implemented for '" + input.dtype().scalarTypeName() + "'");
    }
    Tensor out;
    final double sqrt1_2 = Math.sqrt(0.5);
    final double beta = Math.sqrt(2) * (2 / Math.sqrt(Math.PI)) * 0.5;
    final double kappa = 0.044715;
    try (var g = Torch.no_grad()) {
      if (approximate.equals("none")) {
        Tensor x = input.detach();
        out = x.mul(0.5).mul(x.mul(sqrt1_2).erf().add(1L));
      } else {
        Tensor x = input.detach();
        Tensor inner = x.add(x.mul(x).mul(x).mul(kappa)).mul(beta);
        out = x.mul(0.5).mul(inner.tanh().add(1L));
      }
    }
    Tensor xin = input;
    return AutogradFunction.record(
        "GeluBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor d;
          if (approximate.equals("none")) {
            final double kb = (2 / Math.sqrt(Math.PI)) * sqrt1_2 * 0.5;
            Tensor x = xin;
            Tensor cdf = x.mul(sqrt1_2).erf().add(1L).mul(0.5);
            Tensor pdf = x.mul(x).mul(-0.5).exp().mul(kb);
            d = cdf.add(x.mul(pdf));
          } else {
            Tensor x = xin;
            Tensor xsq = x.mul(x);
            Tensor t = x.add(xsq.mul(x).mul(kappa)).mul(beta).tanh();
            Tensor left = x.mul(0.5);
            Tensor leftD = t.add(1L).mul(0.5);
            Tensor tanhD = sub(1.0, t.mul(t));
            Tensor innerD = xsq.mul(3 * kappa).add(1L).mul(beta);
            d = leftD.add(left.mul(tanhD).mul(innerD));
          }
          return new Tensor[] {gr.mul(d)};
        },
        input);
  }

  private static Tensor sub(double a, Tensor b) {
    return b.neg().add(a);
  }

  /** PyTorch: {@code F.sigmoid(input)} / {@code torch.sigmoid}. */
  public static Tensor sigmoid(Tensor input) {
    return input.sigmoid();
  }

  /** PyTorch: {@code F.tanh(input)} / {@code torch.tanh}. */
  public static Tensor tanh(Tensor input) {
    return input.tanh();
  }

  /** Softmax along {@code dim}. PyTorch: {@code F.softmax(input, dim)}. */
  public static Tensor softmax(Tensor input, int dim) {
    return input.softmax(dim);
  }

  /** PyTorch: {@code F.softmax(input, dim, dtype=dtype)}. */
  public static Tensor softmax(Tensor input, int dim, DType dtype) {
    return input.softmax(dim, dtype);
  }

  /** PyTorch: {@code F.log_softmax(input, dim)}. */
  public static Tensor log_softmax(Tensor input, int dim) {
    return input.log_softmax(dim);
  }

  /** PyTorch: {@code F.log_softmax(input, dim, dtype=dtype)}. */
  public static Tensor log_softmax(Tensor input, int dim, DType dtype) {
    return input.log_softmax(dim, dtype);
  }

  /** PyTorch's implicit softmax dim (deprecated in PyTorch): 0 for 0-, 1- and 3-d, else 1. */
  static int implicitDim(int ndim) {
    return ndim == 0 || ndim == 1 || ndim == 3 ? 0 : 1;
  }

  /** Dropout with p = 0.5 in training mode. PyTorch: {@code F.dropout(input)}. */
  public static Tensor dropout(Tensor input) {
    return dropout(input, 0.5, true, false);
  }

  /** PyTorch: {@code F.dropout(input, p)}. */
  public static Tensor dropout(Tensor input, double p) {
    return dropout(input, p, true, false);
  }

  /** PyTorch: {@code F.dropout(input, p, training)}. */
  public static Tensor dropout(Tensor input, double p, boolean training) {
    return dropout(input, p, training, false);
  }

  /**
   * Zeroes each element with probability {@code p} and scales the rest by {@code 1/(1-p)}, drawing
   * the mask as PyTorch's CPU kernel does ({@code empty_like(x).bernoulli_(1 - p)}), so the same
   * seed drops the same elements. Identity when not training. PyTorch: {@code F.dropout(input, p,
   * training, inplace)}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= p <= 1}
   */
  public static Tensor dropout(Tensor input, double p, boolean training, boolean inplace) {
    if (p < 0.0 || p > 1.0) {
      throw new IllegalArgumentException(
          "dropout probability has to be between 0 and 1, but got " + PyRepr.repr(p));
    }
    if (p == 0 || !training || input.numel() == 0) {
      return input;
    }
    if (p == 1) {
      Tensor zero = Torch.zeros(new long[0], input.dtype());
      return inplace ? input.mul_(zero) : input.mul(zero);
    }
    // PyTorch's _dropout_impl draws a contiguous noise tensor whatever the input's strides.
    Tensor noise = Torch.empty(input.shape().toLongArray(), input.dtype());
    noise.bernoulli_(1 - p);
    noise.div_(1 - p);
    return inplace ? input.mul_(noise) : input.mul(noise);
  }

  // ------------------------------------------------------------------ linear

  /** {@code input @ weight.T}. PyTorch: {@code F.linear(input, weight)}. */
  public static Tensor linear(Tensor input, Tensor weight) {
    return linear(input, weight, null);
  }

  /**
   * {@code input @ weight.T + bias} (bias may be null), with PyTorch's grad_fn: {@code
   * AddmmBackward0} for a 2-d input with bias.
   *
   * <pre>{@code
   * F.linear(ones(2, 3), ones(5, 4))
   * // IllegalArgumentException: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)
   * }</pre>
   *
   * PyTorch: {@code F.linear(input, weight, bias)}.
   */
  public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
    if (bias != null && input.dim() == 2) {
      return addmm(bias, input, weight.t());
    }
    if (bias != null && input.dim() == 3 && input.is_contiguous()) {
      long[] s = input.shape().toLongArray();
      Tensor flat = input.view(s[0] * s[1], s[2]);
      Tensor out = addmm(bias, flat, weight.t());
      return out.view(s[0], s[1], out.size(1));
    }
    Tensor out = input.matmul(weight.t());
    return bias == null ? out : out.add(bias);
  }

  /** {@code bias + mat1 @ mat2} as one node, PyTorch's {@code addmm}. */
  private static Tensor addmm(Tensor bias, Tensor mat1, Tensor mat2) {
    if (mat1.dim() == 2 && mat2.dim() == 2 && mat1.size(1) != mat2.size(0)) {
      throw new IllegalArgumentException(
          "mat1 and mat2 shapes cannot be multiplied ("
              + mat1.size(0)
              + "x"
              + mat1.size(1)
              + " and "
              + mat2.size(0)
              + "x"
              + mat2.size(1)
              + ")");
    }
    if (bias.dtype() != mat2.dtype()) {
      throw new IllegalArgumentException("self and mat2 must have the same dtype");
    }
    if (mat1.dtype() != mat2.dtype()) {
      throw new IllegalArgumentException("mat1 and mat2 must have the same dtype");
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      // torch.addmm: the bias copied into the result, then one gemm with beta = 1
      out = bias.detach().addmm(mat1.detach(), mat2.detach());
    }
    long[] biasShape = bias.shape().toLongArray();
    // derivatives.yaml: mm_mat1_backward / mm_mat2_backward, which follow the saved input's
    // layout: a column-major input (nn.Linear's weight.t()) gets its gradient computed as the
    // transposed product, so the gradient comes out in the parameter's own row-major layout.
    boolean mat1ColumnMajor = columnMajor(mat1);
    boolean mat2ColumnMajor = columnMajor(mat2);
    return AutogradFunction.record(
        "AddmmBackward0",
        out,
        new Tensor[] {bias, mat1, mat2},
        gr ->
            new Tensor[] {
              sumToShape(gr, biasShape),
              !mat1.requires_grad() ? null
                  : mat1ColumnMajor ? mat2.mm(gr.t()).t() : gr.mm(mat2.t()),
              !mat2.requires_grad() ? null
                  : mat2ColumnMajor ? gr.t().mm(mat1).t() : mat1.t().mm(gr)
            },
        mat1,
        mat2);
  }

  /** PyTorch's test in mm_mat1_backward/mm_mat2_backward: {@code strides[0] == 1 && strides[1] == sizes[0]}. */
  private static boolean columnMajor(Tensor m) {
    return m.dim() == 2 && m.stride(0) == 1 && m.stride(1) == m.size(0);
  }

  private static Tensor sumToShape(Tensor g, long[] shape) {
    if (Arrays.equals(g.shape().toLongArray(), shape)) {
      return g;
    }
    if (shape.length == 1) {
      return g.sum(0);
    }
    if (shape.length == 0) {
      return g.sum();
    }
    // [1, n] or [m, 1] bias: keep dims that are not broadcast.
    Tensor r = g;
    for (int d = 0; d < 2; d++) {
      if (shape[d] == 1 && g.size(d) != 1) {
        r = r.sum(d, true);
      }
    }
    return r;
  }

  // ------------------------------------------------------------------ one_hot, pad

  /** One-hot rows with {@code max + 1} classes. PyTorch: {@code F.one_hot(tensor)}. */
  public static Tensor one_hot(Tensor tensor) {
    return one_hot(tensor, -1);
  }

  /**
   * int64 one-hot encoding along a new last dim of length {@code num_classes} (-1: max + 1).
   *
   * <pre>{@code F.one_hot(tensor(new long[] {1, 0}), 3)   // tensor([[0, 1, 0],
   *                                                    //         [1, 0, 0]])}</pre>
   *
   * PyTorch: {@code F.one_hot(tensor, num_classes)}.
   */
  public static Tensor one_hot(Tensor tensor, long numClasses) {
    if (tensor.dtype() != DType.int64) {
      throw new IllegalArgumentException("one_hot is only applicable to index tensor.");
    }
    if (tensor.numel() == 0) {
      if (numClasses <= 0) {
        throw new IllegalArgumentException(
            "Can not infer total number of classes from empty tensor.");
      }
      long[] s = Arrays.copyOf(tensor.shape().toLongArray(), tensor.dim() + 1);
      s[s.length - 1] = numClasses;
      return Torch.zeros(s, DType.int64);
    }
    long min = tensor.min().longValue();
    if (min < 0) {
      throw new IllegalArgumentException("Class values must be non-negative.");
    }
    long max = tensor.max().longValue();
    if (numClasses == -1) {
      numClasses = max + 1;
    } else if (max >= numClasses) {
      throw new IllegalArgumentException("Class values must be smaller than num_classes.");
    }
    try (var g = Torch.no_grad()) {
      return tensor.unsqueeze(-1).eq(Torch.arange(numClasses)).to(DType.int64);
    }
  }

  /** PyTorch: {@code F.pad(input, pad, mode)}. */
  public static Tensor pad(Tensor input, long[] pad, String mode) {
    return pad(input, pad, mode, 0.0);
  }

  /** Constant zero padding. PyTorch: {@code F.pad(input, pad)}. */
  public static Tensor pad(Tensor input, long[] pad) {
    return pad(input, pad, "constant", 0.0);
  }

  /**
   * Pads the last {@code pad.length / 2} dims with {@code value}: {@code pad} is {@code (left,
   * right, top, bottom, …)} from the last dim backwards; negative entries crop. Modes {@code
   * "constant"}, {@code "reflect"}, {@code "replicate"}, {@code "circular"} (the last three pad
   * the last 1-3 dims of a batched or unbatched input; {@code value} must be 0 for them).
   * PyTorch: {@code F.pad(input, pad, mode, value)}.
   *
   * <pre>{@code F.pad(arange(3.0).view(1, 3), new long[] {2, 1}, "reflect", 0)   // tensor([[2., 1., 0., 1., 2., 1.]])}</pre>
   */
  public static Tensor pad(Tensor input, long[] pad, String mode, double value) {
    if (!mode.equals("constant")) {
      return ConvExtra.pad(input, pad, mode, value);
    }
    if (pad.length % 2 != 0) {
      throw new IllegalArgumentException("Padding length must be divisible by 2");
    }
    if (pad.length / 2 > input.dim()) {
      throw new IllegalArgumentException("Padding length too large");
    }
    long[] in = input.shape().toLongArray();
    long[] outShape = in.clone();
    int nd = in.length;
    // PyTorch narrows the input by the negative pads first (leading padded dim first), so its
    // narrow() errors come before the output-size check.
    for (int d = nd - pad.length / 2; d < nd; d++) {
      int k = nd - 1 - d;
      long size = in[d];
      long lo = pad[2 * k];
      long hi = pad[2 * k + 1];
      if (lo < 0) {
        long start = -lo;
        if (start != size && (start >= size || start < -size)) {
          throw new IndexOutOfBoundsException(
              "Dimension out of range (expected to be in range of ["
                  + (-size)
                  + ", "
                  + (size - 1)
                  + "], but got "
                  + start
                  + ")");
        }
        size = checkNarrow(start, size + lo, size);
      }
      if (hi < 0) {
        size = checkNarrow(0, size + hi, size);
      }
    }
    for (int i = 0; i < pad.length / 2; i++) {
      int d = nd - 1 - i;
      outShape[d] = in[d] + pad[2 * i] + pad[2 * i + 1];
      if (outShape[d] < 0) {
        throw new IllegalArgumentException(
            "The input size "
                + in[d]
                + ", plus negative padding "
                + pad[2 * i]
                + " and "
                + pad[2 * i + 1]
                + " resulted in a negative output size, which is invalid. Check dimension "
                + d
                + " of your input.");
      }
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      out =
          input.is_floating_point()
              ? Torch.full(outShape, value, input.dtype())
              : Torch.full(outShape, (long) value, input.dtype());
      Tensor src = input.detach();
      Tensor dst = out;
      boolean empty = false;
      for (int i = 0; i < pad.length / 2; i++) {
        int d = nd - 1 - i;
        long lo = pad[2 * i];
        long hi = pad[2 * i + 1];
        long srcStart = Math.max(0, -lo);
        long srcEnd = in[d] - Math.max(0, -hi);
        long len = srcEnd - srcStart;
        if (len <= 0) {
          empty = true;
          break;
        }
        src = src.narrow(d, srcStart, len);
        dst = dst.narrow(d, Math.max(0, lo), len);
      }
      if (!empty) {
        dst.copy_(src);
      }
    }
    long[] neg = new long[pad.length];
    for (int i = 0; i < pad.length; i++) {
      neg[i] = -pad[i];
    }
    return AutogradFunction.record(
        "ConstantPadNdBackward0",
        out,
        new Tensor[] {input},
        gr -> new Tensor[] {pad(gr, neg, "constant", 0.0)});
  }

  private static long checkNarrow(long start, long length, long size) {
    if (!(length >= 0 && start <= size - length)) {
      throw new IllegalArgumentException(
          "start (" + start + ") + length (" + length + ") exceeds dimension size (" + size + ").");
    }
    return length;
  }

  // ------------------------------------------------------------------ regression losses

  /** Mean squared error. PyTorch: {@code F.mse_loss(input, target)}. */
  public static Tensor mse_loss(Tensor input, Tensor target) {
    return mse_loss(input, target, "mean");
  }

  /**
   * {@code (input - target)²}, reduced; grad_fn {@code MseLossBackward0}. Inputs broadcast (PyTorch
   * warns when their sizes differ). PyTorch: {@code F.mse_loss(input, target, reduction=...)}.
   */
  public static Tensor mse_loss(Tensor input, Tensor target, String reduction) {
    int red = reductionEnum(reduction);
    Tensor[] bt = broadcast(input, target);
    requireFloatingKernel("mse_cpu", input, target);
    Tensor a = bt[0];
    Tensor b = bt[1];
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor d = a.detach().sub(b.detach());
      out = reduce(d.mul(d), red);
    }
    double norm = red == 1 ? 2.0 / a.numel() : 2.0;
    return AutogradFunction.record(
        "MseLossBackward0",
        out,
        new Tensor[] {a, b},
        gr -> {
          Tensor gi = a.sub(b).mul(norm).mul(gr);
          return new Tensor[] {gi, gi.neg()};
        },
        a,
        b);
  }

  /** Mean absolute error. PyTorch: {@code F.l1_loss(input, target)}. */
  public static Tensor l1_loss(Tensor input, Tensor target) {
    return l1_loss(input, target, "mean");
  }

  /** {@code |input - target|}, reduced. PyTorch: {@code F.l1_loss(input, target, reduction)}. */
  public static Tensor l1_loss(Tensor input, Tensor target, String reduction) {
    int red = reductionEnum(reduction);
    Tensor[] bt = broadcast(input, target);
    return reduce(bt[0].sub(bt[1]).abs(), red);
  }

  /** PyTorch: {@code F.smooth_l1_loss(input, target)} (beta 1). */
  public static Tensor smooth_l1_loss(Tensor input, Tensor target) {
    return smooth_l1_loss(input, target, "mean", 1.0);
  }

  /** PyTorch: {@code F.smooth_l1_loss(input, target, reduction)}. */
  public static Tensor smooth_l1_loss(Tensor input, Tensor target, String reduction) {
    return smooth_l1_loss(input, target, reduction, 1.0);
  }

  /**
   * {@code z < beta ? 0.5 z²/beta : z - 0.5 beta} with {@code z = |input - target|}; beta 0 is the
   * L1 loss. PyTorch: {@code F.smooth_l1_loss(input, target, reduction=..., beta=...)}.
   */
  public static Tensor smooth_l1_loss(Tensor input, Tensor target, String reduction, double beta) {
    int red = reductionEnum(reduction);
    Tensor[] bt = broadcast(input, target);
    if (beta == 0.0) {
      return l1_loss(bt[0], bt[1], reduction);
    }
    if (beta < 0) {
      throw new IllegalArgumentException(
          "smooth_l1_loss does not support negative values for beta.");
    }
    requireFloatingKernel("smooth_l1_cpu", input, target);
    Tensor a = bt[0];
    Tensor b = bt[1];
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor z = a.detach().sub(b.detach()).abs();
      out = reduce(Torch.where(z.lt(beta), z.mul(0.5).mul(z).div(beta), z.sub(0.5 * beta)), red);
    }
    double norm = red == 1 ? 1.0 / a.numel() : 1.0;
    return AutogradFunction.record(
        "SmoothL1LossBackward0",
        out,
        new Tensor[] {a, b},
        gr -> {
          Tensor x = a.sub(b);
          Tensor gn = gr.mul(norm);
          Tensor gi =
              Torch.where(
                  x.le(-beta), gn.neg(), Torch.where(x.ge(beta), gn, x.mul(norm).mul(gr).div(beta)));
          return new Tensor[] {gi, gi.neg()};
        },
        a,
        b);
  }

  /** PyTorch: {@code F.huber_loss(input, target)} (delta 1). */
  public static Tensor huber_loss(Tensor input, Tensor target) {
    return huber_loss(input, target, "mean", 1.0);
  }

  /** PyTorch: {@code F.huber_loss(input, target, reduction)}. */
  public static Tensor huber_loss(Tensor input, Tensor target, String reduction) {
    return huber_loss(input, target, reduction, 1.0);
  }

  /**
   * {@code z < delta ? 0.5 z² : delta (z - 0.5 delta)} with {@code z = |input - target|}. PyTorch:
   * {@code F.huber_loss(input, target, reduction=..., delta=...)}.
   */
  public static Tensor huber_loss(Tensor input, Tensor target, String reduction, double delta) {
    int red = reductionEnum(reduction);
    Tensor[] bt = broadcast(input, target);
    if (!(delta > 0)) {
      throw new IllegalArgumentException("huber_loss does not support non-positive values for delta.");
    }
    requireFloatingKernel("huber_cpu", input, target);
    Tensor a = bt[0];
    Tensor b = bt[1];
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor z = a.detach().sub(b.detach()).abs();
      out =
          reduce(
              Torch.where(z.lt(delta), z.mul(0.5).mul(z), z.sub(0.5 * delta).mul(delta)), red);
    }
    double norm = red == 1 ? 1.0 / a.numel() : 1.0;
    return AutogradFunction.record(
        "HuberLossBackward0",
        out,
        new Tensor[] {a, b},
        gr -> {
          Tensor x = a.sub(b);
          Tensor gd = gr.mul(norm).mul(delta);
          Tensor gi =
              Torch.where(x.le(-delta), gd.neg(), Torch.where(x.ge(delta), gd, x.mul(norm).mul(gr)));
          return new Tensor[] {gi, gi.neg()};
        },
        a,
        b);
  }

  // ------------------------------------------------------------------ classification losses

  /** Negative log likelihood of class indices. PyTorch: {@code F.nll_loss(input, target)}. */
  public static Tensor nll_loss(Tensor input, Tensor target) {
    return nll_loss(input, target, null, -100, "mean");
  }

  /** PyTorch: {@code F.nll_loss(input, target, reduction=...)}. */
  public static Tensor nll_loss(Tensor input, Tensor target, String reduction) {
    return nll_loss(input, target, null, -100, reduction);
  }

  /**
   * {@code -input[n, target[n]] * weight[target[n]]}, reduced (the mean divides by the total weight
   * of the non-ignored targets); input {@code (C)}, {@code (N, C)} or {@code (N, C, d1, …)}.
   * grad_fn {@code NllLossBackward0}.
   *
   * @throws IndexOutOfBoundsException {@code Target 10 is out of bounds.}
   */
  public static Tensor nll_loss(
      Tensor input, Tensor target, Tensor weight, long ignoreIndex, String reduction) {
    int red = reductionEnum(reduction);
    return Nll.nllLossNd(input, target, weight, red, ignoreIndex);
  }

  /** Cross entropy of logits against class indices or probabilities. PyTorch: {@code F.cross_entropy}. */
  public static Tensor cross_entropy(Tensor input, Tensor target) {
    return cross_entropy(input, target, null, -100, "mean", 0.0);
  }

  /** PyTorch: {@code F.cross_entropy(input, target, reduction=...)}. */
  public static Tensor cross_entropy(Tensor input, Tensor target, String reduction) {
    return cross_entropy(input, target, null, -100, reduction, 0.0);
  }

  /**
   * {@code nll_loss(log_softmax(input, 1), target)} for class indices, or {@code -(log_softmax(input)
   * * target).sum(1)} for class probabilities (target of input's shape), with optional per-class
   * {@code weight}, {@code ignore_index} and {@code label_smoothing}, as PyTorch composes them.
   *
   * <pre>{@code
   * F.cross_entropy(logits, tensor(new long[] {10, 0}))   // IndexOutOfBoundsException: Target 10 is out of bounds.
   * }</pre>
   *
   * PyTorch: {@code F.cross_entropy(input, target, weight, ignore_index=..., reduction=...,
   * label_smoothing=...)}.
   */
  public static Tensor cross_entropy(
      Tensor input,
      Tensor target,
      Tensor weight,
      long ignoreIndex,
      String reduction,
      double labelSmoothing) {
    int red = reductionEnum(reduction);
    int classDim = input.dim() == 1 ? 0 : 1;
    if (input.shape().equals(target.shape())) {
      if (!target.is_floating_point()) {
        throw new IllegalArgumentException(
            "Expected floating point type for target with class probabilities, got "
                + target.dtype().scalarTypeName());
      }
      if (ignoreIndex >= 0) {
        throw new IllegalArgumentException(
            "ignore_index is not supported for floating point target");
      }
      return crossEntropyProbs(input, target, weight, red, labelSmoothing, classDim);
    }
    if (labelSmoothing > 0.0) {
      if (labelSmoothing > 1.0) {
        throw new IllegalArgumentException(
            "label_smoothing must be between 0.0 and 1.0. Got: " + Repr.cppDouble(labelSmoothing));
      }
      return crossEntropySmoothed(input, target, weight, red, ignoreIndex, labelSmoothing, classDim);
    }
    return Nll.nllLossNd(input.log_softmax(classDim), target, weight, red, ignoreIndex);
  }

  private static Tensor weightView(Tensor weight, int ndim, int classDim) {
    if (ndim <= 1) {
      return weight;
    }
    long[] s = new long[ndim];
    Arrays.fill(s, 1);
    s[classDim] = weight.size(0);
    return weight.view(s);
  }

  private static Tensor crossEntropyProbs(
      Tensor self, Tensor target, Tensor weight, int red, double ls, int classDim) {
    long nClasses = self.size(classDim);
    if (weight != null && (weight.dim() != 1 || weight.numel() != nClasses)) {
      throw new IllegalArgumentException(
          "cross_entropy: weight tensor should be defined either for all "
              + nClasses
              + " classes or no classes but got weight tensor of shape: "
              + Repr.list(weight.shape()));
    }
    Tensor input = self.log_softmax(classDim);
    Tensor t = target;
    if (ls > 0.0) {
      if (ls > 1.0) {
        throw new IllegalArgumentException(
            "label_smoothing must be between 0.0 and 1.0. Got: " + Repr.cppDouble(ls));
      }
      t = target.mul(1 - ls).add(ls / nClasses);
    }
    Tensor prod = input.mul(t);
    if (weight != null) {
      prod = prod.mul(weightView(weight, input.dim(), classDim));
    }
    switch (red) {
      case 1:
        if (input.numel() == 0) {
          return prod.sum().neg().mul(Double.NaN);
        }
        return divScalar(prod.sum().neg(), input.numel() / nClasses);
      case 2:
        return prod.sum().neg();
      default:
        return prod.sum(classDim).neg();
    }
  }

  /** {@code t / s} for a C++ Scalar divisor: PyTorch records {@code DivBackward1}. */
  private static Tensor divScalar(Tensor t, long s) {
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = t.detach().div(s);
    }
    return AutogradFunction.record("DivBackward1", out, new Tensor[] {t}, gr -> new Tensor[] {gr.div(s)});
  }

  private static Tensor crossEntropySmoothed(
      Tensor self,
      Tensor target,
      Tensor weight,
      int red,
      long ignoreIndex,
      double ls,
      int classDim) {
    Tensor input = self.log_softmax(classDim);
    Tensor nll = Nll.nllLossNd(input, target, weight, red, ignoreIndex);
    long nClasses = input.size(classDim);
    Tensor smooth;
    if (weight != null) {
      smooth = input.mul(weightView(weight, input.dim(), classDim)).sum(classDim).neg();
    } else {
      smooth = input.sum(classDim).neg();
    }
    Tensor ignoreMask = target.eq(ignoreIndex);
    smooth = Torch.where(ignoreMask, Torch.zeros(new long[0], smooth.dtype()), smooth);
    Tensor ret;
    switch (red) {
      case 1:
        if (weight != null) {
          Tensor oh;
          try (var g = Torch.no_grad()) {
            Tensor safe = Torch.where(ignoreMask, 0L, target);
            oh = safe.unsqueeze(-1).eq(Torch.arange(nClasses)).logical_and(ignoreMask.logical_not().unsqueeze(-1));
          }
          Tensor wsum = Torch.where(oh, weight.detach(), Torch.zeros(new long[0], weight.dtype())).sum();
          ret = smooth.sum().div(wsum);
        } else {
          ret = smooth.sum().div(ignoreMask.logical_not().sum());
        }
        break;
      case 2:
        ret = smooth.sum();
        break;
      default:
        ret = smooth;
    }
    return nll.mul(1 - ls).add(ret.mul(ls / nClasses));
  }

  /** Binary cross entropy of probabilities. PyTorch: {@code F.binary_cross_entropy(input, target)}. */
  public static Tensor binary_cross_entropy(Tensor input, Tensor target) {
    return binary_cross_entropy(input, target, null, "mean");
  }

  /** PyTorch: {@code F.binary_cross_entropy(input, target, reduction=...)}. */
  public static Tensor binary_cross_entropy(Tensor input, Tensor target, String reduction) {
    return binary_cross_entropy(input, target, null, reduction);
  }

  /**
   * {@code -w (y log x + (1 - y) log(1 - x))} with each log clamped at -100; grad_fn {@code
   * BinaryCrossEntropyBackward0}.
   *
   * @throws IllegalArgumentException when sizes differ or an input is outside [0, 1]
   */
  public static Tensor binary_cross_entropy(
      Tensor input, Tensor target, Tensor weight, String reduction) {
    int red = reductionEnum(reduction);
    if (!target.shape().equals(input.shape())) {
      throw new IllegalArgumentException(
          "Using a target size ("
              + target.shape()
              + ") that is different to the input size ("
              + input.shape()
              + ") is deprecated. Please ensure they have the same size.");
    }
    Tensor w = weight == null ? null : weight.expand(input.shape().toLongArray());
    if (target.dtype() != input.dtype()) {
      throw new IllegalArgumentException(
          "Found dtype "
              + target.dtype().scalarTypeName()
              + " but expected "
              + input.dtype().scalarTypeName());
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      Tensor y = target.detach();
      if (x.numel() > 0) {
        boolean bad = x.lt(0L).logical_or(x.gt(1L)).logical_or(x.ne(x)).any().booleanValue();
        if (bad) {
          throw new IllegalArgumentException("all elements of input should be between 0 and 1");
        }
      }
      Tensor logx = x.log().clamp_min(-100.0);
      Tensor log1mx = x.neg().log1p().clamp_min(-100.0);
      Tensor loss = y.sub(1L).mul(log1mx).sub(y.mul(logx));
      if (w != null) {
        loss = loss.mul(w.detach());
      }
      out = reduce(loss, red);
    }
    long n = input.numel();
    return AutogradFunction.record(
        "BinaryCrossEntropyBackward0",
        out,
        new Tensor[] {input, target},
        gr -> {
          Tensor denom = sub(1.0, input).mul(input).clamp_min(1e-12);
          Tensor gi = gr.mul(input.sub(target)).div(denom);
          if (w != null) {
            gi = gi.mul(w);
          }
          if (red == 1) {
            gi = gi.div(n);
          }
          Tensor gt = null;
          if (target.requires_grad()) {
            gt = sub(1.0, input).log().sub(input.log()).mul(gr);
            if (w != null) {
              gt = gt.mul(w);
            }
            if (red == 1) {
              gt = gt.div(n);
            }
          }
          return new Tensor[] {gi, gt};
        },
        input,
        target);
  }

  /** BCE on logits. PyTorch: {@code F.binary_cross_entropy_with_logits(input, target)}. */
  public static Tensor binary_cross_entropy_with_logits(Tensor input, Tensor target) {
    return binary_cross_entropy_with_logits(input, target, null, "mean", null);
  }

  /** PyTorch: {@code F.binary_cross_entropy_with_logits(input, target, reduction=...)}. */
  public static Tensor binary_cross_entropy_with_logits(
      Tensor input, Tensor target, String reduction) {
    return binary_cross_entropy_with_logits(input, target, null, reduction, null);
  }

  /**
   * {@code sigmoid} + BCE in one stable formula ({@code (1-y)x + log(1 + e^-x)} around {@code
   * max(-x, 0)}), with optional {@code weight} and {@code pos_weight}; grad_fn {@code
   * BinaryCrossEntropyWithLogitsBackward0}. PyTorch: {@code F.binary_cross_entropy_with_logits(
   * input, target, weight, reduction=..., pos_weight=...)}.
   */
  public static Tensor binary_cross_entropy_with_logits(
      Tensor input, Tensor target, Tensor weight, String reduction, Tensor posWeight) {
    int red = reductionEnum(reduction);
    if (!target.shape().equals(input.shape())) {
      throw new IllegalArgumentException(
          "Target size (" + target.shape() + ") must be the same as input size (" + input.shape() + ")");
    }
    if (!target.is_floating_point() && input.is_floating_point()) {
      // PyTorch computes (1 - target).mul_(input) in place in target's dtype.
      throw new IllegalArgumentException(
          "result type "
              + input.dtype().scalarTypeName()
              + " can't be cast to the desired output type "
              + target.dtype().scalarTypeName());
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      Tensor y = target.detach();
      Tensor maxVal = x.neg().clamp_min(0.0);
      Tensor loss;
      Tensor lse = maxVal.neg().exp().add(x.neg().sub(maxVal).exp()).log();
      if (posWeight != null) {
        Tensor logWeight = posWeight.detach().sub(1L).mul(y).add(1L);
        loss = sub(1.0, y).mul(x).add(logWeight.mul(lse.add(maxVal)));
      } else {
        loss = sub(1.0, y).mul(x).add(maxVal).add(lse);
      }
      if (weight != null) {
        loss = loss.mul(weight.detach());
      }
      out = reduce(loss, red);
    }
    long n = input.numel();
    return AutogradFunction.record(
        "BinaryCrossEntropyWithLogitsBackward0",
        out,
        new Tensor[] {input, target},
        gr -> {
          Tensor gi;
          if (posWeight != null) {
            Tensor t = posWeight.mul(target);
            gi = t.add(1L).sub(target).mul(input.sigmoid()).sub(t).mul(gr);
          } else {
            gi = input.sigmoid().sub(target).mul(gr);
          }
          if (weight != null) {
            gi = gi.mul(weight);
          }
          if (red == 1) {
            gi = gi.div(n);
          }
          Tensor gt = null;
          if (target.requires_grad()) {
            gt =
                posWeight != null
                    ? input.neg().sigmoid().log().sub(input.sigmoid().log().mul(posWeight)).mul(gr)
                    : input.neg().mul(gr);
            if (weight != null) {
              gt = gt.mul(weight);
            }
            if (red == 1) {
              gt = gt.div(n);
            }
          }
          return new Tensor[] {gi, gt};
        },
        input,
        target);
  }

  // ------------------------------------------------------------------ more activations

  /**
   * {@code x > 0 ? x : alpha·(eˣ - 1)}; grad_fn {@code EluBackward0}.
   *
   * <pre>{@code F.elu(tensor(new double[] {-1, 2}))   // tensor([-0.6321,  2.0000])}</pre>
   *
   * PyTorch: {@code F.elu(input)}.
   */
  public static Tensor elu(Tensor input) {
    return elu(input, 1.0, false);
  }

  /** PyTorch: {@code F.elu(input, alpha)}. */
  public static Tensor elu(Tensor input, double alpha) {
    return elu(input, alpha, false);
  }

  /** PyTorch: {@code F.elu(input, alpha, inplace)}. */
  public static Tensor elu(Tensor input, double alpha, boolean inplace) {
    return inplace
        ? Activations.inplace(input, x -> Activations.elu(x, alpha, 1, 1, "EluBackward0"))
        : Activations.elu(input, alpha, 1, 1, "EluBackward0");
  }

  /** {@code scale·elu(x, alpha)} with SELU's constants; grad_fn {@code EluBackward0}. PyTorch: {@code F.selu(input)}. */
  public static Tensor selu(Tensor input) {
    return selu(input, false);
  }

  /** PyTorch: {@code F.selu(input, inplace)}. */
  public static Tensor selu(Tensor input, boolean inplace) {
    java.util.function.UnaryOperator<Tensor> f = x -> Activations.elu(
        x, Activations.SELU_ALPHA, Activations.SELU_SCALE, 1, "EluBackward0");
    return inplace ? Activations.inplace(input, f) : f.apply(input);
  }

  /** {@code max(0, x) + min(0, alpha·(e^(x/alpha) - 1))}. PyTorch: {@code F.celu(input)}. */
  public static Tensor celu(Tensor input) {
    return celu(input, 1.0, false);
  }

  /** PyTorch: {@code F.celu(input, alpha)}; alpha 0 raises PyTorch's ZeroDivisionError text. */
  public static Tensor celu(Tensor input, double alpha) {
    return celu(input, alpha, false);
  }

  /** PyTorch: {@code F.celu(input, alpha, inplace)}. */
  public static Tensor celu(Tensor input, double alpha, boolean inplace) {
    return inplace ? Activations.inplace(input, x -> Activations.celu(x, alpha)) : Activations.celu(input, alpha);
  }

  /** {@code x·sigmoid(x)} (swish). PyTorch: {@code F.silu(input)}. */
  public static Tensor silu(Tensor input) {
    return Activations.silu(input);
  }

  /** PyTorch: {@code F.silu(input, inplace)}. */
  public static Tensor silu(Tensor input, boolean inplace) {
    return inplace ? Activations.inplace(input, Activations::silu) : Activations.silu(input);
  }

  /** {@code x·tanh(softplus(x))}. PyTorch: {@code F.mish(input)}. */
  public static Tensor mish(Tensor input) {
    return Activations.mish(input);
  }

  /** PyTorch: {@code F.mish(input, inplace)}. */
  public static Tensor mish(Tensor input, boolean inplace) {
    return inplace ? Activations.inplace(input, Activations::mish) : Activations.mish(input);
  }

  /** {@code log(1 + eˣ)}. PyTorch: {@code F.softplus(input)} (beta 1, threshold 20). */
  public static Tensor softplus(Tensor input) {
    return Activations.softplus(input, 1, 20);
  }

  /**
   * {@code log(1 + e^(beta·x))/beta}, linear where {@code beta·x > threshold}. PyTorch: {@code
   * F.softplus(input, beta, threshold)}.
   */
  public static Tensor softplus(Tensor input, double beta, double threshold) {
    return Activations.softplus(input, beta, threshold);
  }

  /** {@code x / (1 + |x|)}. PyTorch: {@code F.softsign(input)}. */
  public static Tensor softsign(Tensor input) {
    return input.div(input.abs().add(1L));
  }

  /** {@code clamp(x, -1, 1)}; grad_fn {@code HardtanhBackward0}. PyTorch: {@code F.hardtanh(input)}. */
  public static Tensor hardtanh(Tensor input) {
    return hardtanh(input, -1.0, 1.0, false);
  }

  /** PyTorch: {@code F.hardtanh(input, min_val, max_val)}. */
  public static Tensor hardtanh(Tensor input, double minVal, double maxVal) {
    return hardtanh(input, minVal, maxVal, false);
  }

  /** PyTorch: {@code F.hardtanh(input, min_val, max_val, inplace)}. */
  public static Tensor hardtanh(Tensor input, double minVal, double maxVal, boolean inplace) {
    return inplace
        ? Activations.inplace(input, x -> Activations.hardtanh(x, minVal, maxVal))
        : Activations.hardtanh(input, minVal, maxVal);
  }

  /** {@code min(max(x, 0), 6)} ({@code hardtanh(x, 0, 6)}). PyTorch: {@code F.relu6(input)}. */
  public static Tensor relu6(Tensor input) {
    return hardtanh(input, 0.0, 6.0, false);
  }

  /** PyTorch: {@code F.relu6(input, inplace)}. */
  public static Tensor relu6(Tensor input, boolean inplace) {
    return hardtanh(input, 0.0, 6.0, inplace);
  }

  /** {@code relu6(x + 3) / 6}. PyTorch: {@code F.hardsigmoid(input)}. */
  public static Tensor hardsigmoid(Tensor input) {
    return Activations.hardsigmoid(input);
  }

  /** PyTorch: {@code F.hardsigmoid(input, inplace)}. */
  public static Tensor hardsigmoid(Tensor input, boolean inplace) {
    return inplace ? Activations.inplace(input, Activations::hardsigmoid) : Activations.hardsigmoid(input);
  }

  /** {@code x·relu6(x + 3) / 6}. PyTorch: {@code F.hardswish(input)}. */
  public static Tensor hardswish(Tensor input) {
    return Activations.hardswish(input);
  }

  /** PyTorch: {@code F.hardswish(input, inplace)}. */
  public static Tensor hardswish(Tensor input, boolean inplace) {
    return inplace ? Activations.inplace(input, Activations::hardswish) : Activations.hardswish(input);
  }

  /** {@code log(sigmoid(x))}, computed stably. PyTorch: {@code F.logsigmoid(input)}. */
  public static Tensor logsigmoid(Tensor input) {
    return Activations.logsigmoid(input);
  }

  /**
   * {@code x > 0 ? x : weight·x} with one weight or one per channel (dim 1); grad_fn {@code
   * PreluBackward0}. PyTorch: {@code F.prelu(input, weight)}.
   */
  public static Tensor prelu(Tensor input, Tensor weight) {
    return Activations.prelu(input, weight);
  }

  /** {@code x > threshold ? x : value}. PyTorch: {@code F.threshold(input, threshold, value)}. */
  public static Tensor threshold(Tensor input, double threshold, double value) {
    return threshold(input, threshold, value, false);
  }

  /** PyTorch: {@code F.threshold(input, threshold, value, inplace)}. */
  public static Tensor threshold(Tensor input, double threshold, double value, boolean inplace) {
    return inplace
        ? Activations.inplace(input, x -> Activations.threshold(x, threshold, value))
        : Activations.threshold(input, threshold, value);
  }

  /** {@code a·sigmoid(b)} of the two halves of the last dim. PyTorch: {@code F.glu(input)}. */
  public static Tensor glu(Tensor input) {
    return Activations.glu(input, -1);
  }

  /** PyTorch: {@code F.glu(input, dim)}. */
  public static Tensor glu(Tensor input, int dim) {
    return Activations.glu(input, dim);
  }

  /** {@code softmax(-x, dim)}. PyTorch: {@code F.softmin(input, dim)}. */
  public static Tensor softmin(Tensor input, int dim) {
    return input.neg().softmax(dim);
  }

  /** PyTorch: {@code F.softmin(input, dim, dtype=dtype)}. */
  public static Tensor softmin(Tensor input, int dim, DType dtype) {
    return input.neg().softmax(dim, dtype);
  }

  /** {@code x - tanh(x)}. PyTorch: {@code F.tanhshrink(input)}. */
  public static Tensor tanhshrink(Tensor input) {
    return input.sub(input.tanh());
  }

  /** Shrinks towards 0 by {@code lambd}, zero inside {@code [-lambd, lambd]}. PyTorch: {@code F.softshrink(input)}. */
  public static Tensor softshrink(Tensor input) {
    return Activations.softshrink(input, 0.5);
  }

  /** PyTorch: {@code F.softshrink(input, lambd)}. */
  public static Tensor softshrink(Tensor input, double lambd) {
    return Activations.softshrink(input, lambd);
  }

  /** Zero inside {@code [-lambd, lambd]}, {@code x} outside. PyTorch: {@code F.hardshrink(input)}. */
  public static Tensor hardshrink(Tensor input) {
    return Activations.hardshrink(input, 0.5);
  }

  /** PyTorch: {@code F.hardshrink(input, lambd)}. */
  public static Tensor hardshrink(Tensor input, double lambd) {
    return Activations.hardshrink(input, lambd);
  }

  // ------------------------------------------------------------------ distances

  /**
   * {@code x / max(‖x‖_p, eps)} along {@code dim}.
   *
   * <pre>{@code F.normalize(tensor(new double[][] {{3, 4}}))   // tensor([[0.6000, 0.8000]])}</pre>
   *
   * PyTorch: {@code F.normalize(input)} (p 2, dim 1, eps 1e-12).
   */
  public static Tensor normalize(Tensor input) {
    return MoreLosses.normalize(input, 2.0, 1, 1e-12);
  }

  /** PyTorch: {@code F.normalize(input, p, dim)}. */
  public static Tensor normalize(Tensor input, double p, int dim) {
    return MoreLosses.normalize(input, p, dim, 1e-12);
  }

  /** PyTorch: {@code F.normalize(input, p, dim, eps)}. */
  public static Tensor normalize(Tensor input, double p, int dim, double eps) {
    return MoreLosses.normalize(input, p, dim, eps);
  }

  /** Cosine of the angle between {@code x1} and {@code x2} along dim 1. PyTorch: {@code F.cosine_similarity(x1, x2)}. */
  public static Tensor cosine_similarity(Tensor x1, Tensor x2) {
    return MoreLosses.cosineSimilarity(x1, x2, 1, 1e-8);
  }

  /** PyTorch: {@code F.cosine_similarity(x1, x2, dim, eps)} (inputs broadcast). */
  public static Tensor cosine_similarity(Tensor x1, Tensor x2, int dim, double eps) {
    return MoreLosses.cosineSimilarity(x1, x2, dim, eps);
  }

  /** {@code ‖x1 - x2 + eps‖₂} over the last dim. PyTorch: {@code F.pairwise_distance(x1, x2)}. */
  public static Tensor pairwise_distance(Tensor x1, Tensor x2) {
    return MoreLosses.pairwiseDistance(x1, x2, 2.0, 1e-6, false);
  }

  /** PyTorch: {@code F.pairwise_distance(x1, x2, p, eps, keepdim)}. */
  public static Tensor pairwise_distance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
    return MoreLosses.pairwiseDistance(x1, x2, p, eps, keepdim);
  }

  // ------------------------------------------------------------------ normalisation, embedding

  /**
   * Batch normalisation over every dim but 1: with {@code training} the batch statistics (and
   * the running ones updated in place with {@code momentum}, the variance unbiased), else the
   * running ones; grad_fn {@code NativeBatchNormBackward0}. Tensors may be null. PyTorch: {@code
   * F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)}.
   *
   * @throws IllegalArgumentException {@code Expected more than 1 value per channel when training,
   *     got input size torch.Size([1, 3])}
   */
  public static Tensor batch_norm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight,
      Tensor bias, boolean training, double momentum, double eps) {
    return Norms.batchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
  }

  /** PyTorch: {@code F.batch_norm(input, running_mean, running_var)} (eval mode). */
  public static Tensor batch_norm(Tensor input, Tensor runningMean, Tensor runningVar) {
    return Norms.batchNorm(input, runningMean, runningVar, null, null, false, 0.1, 1e-5);
  }

  /** PyTorch: {@code F.batch_norm(input, running_mean, running_var, weight, bias, training)}. */
  public static Tensor batch_norm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight,
      Tensor bias, boolean training) {
    return Norms.batchNorm(input, runningMean, runningVar, weight, bias, training, 0.1, 1e-5);
  }

  /** Normalises over the last dims {@code normalizedShape}. PyTorch: {@code F.layer_norm(input, normalized_shape)}. */
  public static Tensor layer_norm(Tensor input, long[] normalizedShape) {
    return Norms.layerNorm(input, normalizedShape, null, null, 1e-5);
  }

  /**
   * PyTorch: {@code F.layer_norm(input, normalized_shape, weight, bias, eps)}; grad_fn {@code
   * NativeLayerNormBackward0}. Weight and bias may be null.
   */
  public static Tensor layer_norm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    return Norms.layerNorm(input, normalizedShape, weight, bias, eps);
  }

  /** Normalises each of {@code numGroups} channel groups. PyTorch: {@code F.group_norm(input, num_groups)}. */
  public static Tensor group_norm(Tensor input, long numGroups) {
    return Norms.groupNorm(input, numGroups, null, null, 1e-5);
  }

  /** PyTorch: {@code F.group_norm(input, num_groups, weight, bias, eps)}; grad_fn {@code NativeGroupNormBackward0}. */
  public static Tensor group_norm(Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    return Norms.groupNorm(input, numGroups, weight, bias, eps);
  }

  /** Normalises each sample's channel over its spatial dims. PyTorch: {@code F.instance_norm(input)}. */
  public static Tensor instance_norm(Tensor input) {
    return Norms.instanceNorm(input, null, null, null, null, true, 0.1, 1e-5);
  }

  /**
   * PyTorch: {@code F.instance_norm(input, running_mean, running_var, weight, bias, use_input_stats,
   * momentum, eps)}: batch norm of the input seen as one sample of {@code N·C} channels.
   */
  public static Tensor instance_norm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight,
      Tensor bias, boolean useInputStats, double momentum, double eps) {
    return Norms.instanceNorm(input, runningMean, runningVar, weight, bias, useInputStats, momentum, eps);
  }

  /**
   * The rows of {@code weight} at the integer {@code input}; grad_fn {@code EmbeddingBackward0}.
   *
   * <pre>{@code F.embedding(tensor(new long[] {1}), eye(3))   // tensor([[0., 1., 0.]])}</pre>
   *
   * PyTorch: {@code F.embedding(input, weight)}.
   */
  public static Tensor embedding(Tensor input, Tensor weight) {
    return embedding(input, weight, null, null, 2.0, false);
  }

  /** PyTorch: {@code F.embedding(input, weight, padding_idx)}: that row gets no gradient. */
  public static Tensor embedding(Tensor input, Tensor weight, Long paddingIdx) {
    return embedding(input, weight, paddingIdx, null, 2.0, false);
  }

  /**
   * PyTorch: {@code F.embedding(input, weight, padding_idx, max_norm, norm_type,
   * scale_grad_by_freq)}; with {@code maxNorm} the looked-up rows of {@code weight} are renormalised
   * in place first. Null for PyTorch's None.
   */
  public static Tensor embedding(Tensor input, Tensor weight, Long paddingIdx, Double maxNorm,
      double normType, boolean scaleGradByFreq) {
    long pad = -1;
    if (paddingIdx != null) {
      long n = weight.size(0);
      if (paddingIdx > 0 && paddingIdx >= n || paddingIdx < 0 && paddingIdx < -n) {
        throw new IllegalArgumentException("Padding_idx must be within num_embeddings");
      }
      pad = paddingIdx < 0 ? n + paddingIdx : paddingIdx;
    }
    if (maxNorm != null) {
      Norms.embeddingRenorm(weight, input.contiguous(), maxNorm, normType);
    }
    return Norms.embedding(input, weight, pad, scaleGradByFreq);
  }

  /**
   * Sums, means or maxes of bags of embedding rows: a 2-d {@code input} is one bag per row
   * ({@code offsets} null), a 1-d one is cut into bags at {@code offsets}; grad_fn {@code
   * EmbeddingBagBackward0}.
   *
   * <pre>{@code F.embedding_bag(tensor(new long[] {0, 2, 1}), eye(3), tensor(new long[] {0, 2}))
   * // tensor([[0.5000, 0.0000, 0.5000], [0.0000, 1.0000, 0.0000]])}</pre>
   *
   * PyTorch: {@code F.embedding_bag(input, weight, offsets)} (mode 'mean').
   */
  public static Tensor embedding_bag(Tensor input, Tensor weight, Tensor offsets) {
    return embedding_bag(input, weight, offsets, null, 2.0, false, "mean", null, false, null);
  }

  /** PyTorch: {@code F.embedding_bag(input, weight, offsets, mode=mode)}. */
  public static Tensor embedding_bag(Tensor input, Tensor weight, Tensor offsets, String mode) {
    return embedding_bag(input, weight, offsets, null, 2.0, false, mode, null, false, null);
  }

  /**
   * PyTorch: {@code F.embedding_bag(input, weight, offsets, max_norm, norm_type,
   * scale_grad_by_freq, mode, per_sample_weights=..., include_last_offset=..., padding_idx=...)}
   * (no {@code sparse}); null for PyTorch's None.
   *
   * @throws IllegalArgumentException PyTorch's ValueError texts for bad offsets and modes
   */
  public static Tensor embedding_bag(Tensor input, Tensor weight, Tensor offsets, Double maxNorm, double normType,
      boolean scaleGradByFreq, String mode, Tensor perSampleWeights, boolean includeLastOffset, Long paddingIdx) {
    if (perSampleWeights != null && !input.shape().equals(perSampleWeights.shape())) {
      throw new IllegalArgumentException("embedding_bag: If per_sample_weights (" + perSampleWeights.shape()
          + ") is not None, then it must have the same shape as the input (" + input.shape() + ")");
    }
    if (input.dim() == 2) {
      if (offsets != null) {
        throw new IllegalArgumentException("if input is 2D, then offsets has to be None, as input is treated is"
            + " a mini-batch of fixed length sequences. However, found offsets of type <class 'torch.Tensor'>");
      }
      offsets = Torch.arange(0, input.numel(), Math.max(input.size(1), 1)).to(input.dtype());
      input = input.reshape(-1);
      if (perSampleWeights != null) {
        perSampleWeights = perSampleWeights.reshape(-1);
      }
    } else if (input.dim() == 1) {
      if (offsets == null) {
        throw new IllegalArgumentException("offsets has to be a 1D Tensor but got None");
      }
      if (offsets.dim() != 1) {
        throw new IllegalArgumentException("offsets has to be a 1D Tensor");
      }
    } else {
      throw new IllegalArgumentException(
          "input has to be 1D or 2D Tensor, but got Tensor of dimension " + input.dim());
    }
    int modeEnum;
    switch (mode) {
      case "sum":
        modeEnum = 0;
        break;
      case "mean":
        modeEnum = 1;
        break;
      case "max":
        modeEnum = 2;
        if (scaleGradByFreq) {
          throw new IllegalArgumentException("max mode does not support scaling the gradient by the frequency");
        }
        break;
      default:
        throw new IllegalArgumentException("mode has to be one of sum, mean or max");
    }
    long pad = -1;
    if (paddingIdx != null) {
      long n = weight.size(0);
      if (paddingIdx >= n || paddingIdx < -n) {
        throw new IllegalArgumentException("padding_idx must be within the number of embeddings, " + (-n)
            + " through " + (n - 1) + ", but got " + paddingIdx);
      }
      pad = paddingIdx < 0 ? n + paddingIdx : paddingIdx;
    }
    if (maxNorm != null) {
      Norms.embeddingRenorm(weight, input, maxNorm, normType);
    }
    if (perSampleWeights != null && modeEnum != 0) {
      throw new UnsupportedOperationException("embedding_bag: per_sample_weights was not None."
          + " per_sample_weights is only supported for mode='sum' (got mode='" + mode
          + "'). Please open a feature request on GitHub.");
    }
    return Norms.embeddingBag(input, weight, offsets, modeEnum, perSampleWeights, includeLastOffset, pad,
        scaleGradByFreq);
  }

  /** {@code x1ᵀ A x2 + b} per output feature. PyTorch: {@code F.bilinear(input1, input2, weight, bias)}. */
  public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    return Norms.bilinear(input1, input2, weight, bias);
  }

  // ------------------------------------------------------------------ more losses

  /**
   * Kullback-Leibler divergence of log-probabilities {@code input} from {@code target};
   * reduction also {@code "batchmean"} (sum / batch size, the true KL). PyTorch: {@code
   * F.kl_div(input, target, reduction=..., log_target=...)}.
   */
  public static Tensor kl_div(Tensor input, Tensor target, String reduction, boolean logTarget) {
    return MoreLosses.klDiv(input, target, reduction, logTarget);
  }

  /** PyTorch: {@code F.kl_div(input, target)} (reduction 'mean'). */
  public static Tensor kl_div(Tensor input, Tensor target) {
    return MoreLosses.klDiv(input, target, "mean", false);
  }

  /** {@code max(0, -y·(x1 - x2) + margin)}. PyTorch: {@code F.margin_ranking_loss(input1, input2, target, margin, reduction=...)}. */
  public static Tensor margin_ranking_loss(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
    return MoreLosses.marginRanking(input1, input2, target, margin, reduction);
  }

  /** PyTorch: {@code F.margin_ranking_loss(input1, input2, target)}. */
  public static Tensor margin_ranking_loss(Tensor input1, Tensor input2, Tensor target) {
    return MoreLosses.marginRanking(input1, input2, target, 0.0, "mean");
  }

  /** {@code y == 1 ? x : max(0, margin - x)}. PyTorch: {@code F.hinge_embedding_loss(input, target, margin, reduction=...)}. */
  public static Tensor hinge_embedding_loss(Tensor input, Tensor target, double margin, String reduction) {
    return MoreLosses.hingeEmbedding(input, target, margin, reduction);
  }

  /** PyTorch: {@code F.hinge_embedding_loss(input, target)}. */
  public static Tensor hinge_embedding_loss(Tensor input, Tensor target) {
    return MoreLosses.hingeEmbedding(input, target, 1.0, "mean");
  }

  /** {@code log(1 + e^(-y·x))}; grad_fn {@code SoftMarginLossBackward0}. PyTorch: {@code F.soft_margin_loss(input, target, reduction=...)}. */
  public static Tensor soft_margin_loss(Tensor input, Tensor target, String reduction) {
    return MoreLosses.softMargin(input, target, reduction);
  }

  /** PyTorch: {@code F.soft_margin_loss(input, target)}. */
  public static Tensor soft_margin_loss(Tensor input, Tensor target) {
    return MoreLosses.softMargin(input, target, "mean");
  }

  /** {@code y == 1 ? 1 - cos : max(0, cos - margin)}. PyTorch: {@code F.cosine_embedding_loss(input1, input2, target, margin, reduction=...)}. */
  public static Tensor cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
    return MoreLosses.cosineEmbedding(input1, input2, target, margin, reduction);
  }

  /** PyTorch: {@code F.cosine_embedding_loss(input1, input2, target)}. */
  public static Tensor cosine_embedding_loss(Tensor input1, Tensor input2, Tensor target) {
    return MoreLosses.cosineEmbedding(input1, input2, target, 0.0, "mean");
  }

  /** Poisson negative log likelihood. PyTorch: {@code F.poisson_nll_loss(input, target, log_input, full, eps=..., reduction=...)}. */
  public static Tensor poisson_nll_loss(Tensor input, Tensor target, boolean logInput, boolean full, double eps, String reduction) {
    return MoreLosses.poissonNll(input, target, logInput, full, eps, reduction);
  }

  /** PyTorch: {@code F.poisson_nll_loss(input, target)} (log_input). */
  public static Tensor poisson_nll_loss(Tensor input, Tensor target) {
    return MoreLosses.poissonNll(input, target, true, false, 1e-8, "mean");
  }

  /** Gaussian negative log likelihood with variance {@code var}. PyTorch: {@code F.gaussian_nll_loss(input, target, var, full, eps, reduction)}. */
  public static Tensor gaussian_nll_loss(Tensor input, Tensor target, Tensor var, boolean full, double eps, String reduction) {
    return MoreLosses.gaussianNll(input, target, var, full, eps, reduction);
  }

  /** PyTorch: {@code F.gaussian_nll_loss(input, target, var)}. */
  public static Tensor gaussian_nll_loss(Tensor input, Tensor target, Tensor var) {
    return MoreLosses.gaussianNll(input, target, var, false, 1e-6, "mean");
  }

  /**
   * {@code max(d(a, p) - d(a, n) + margin, 0)} with {@code d} the pairwise p-distance. PyTorch:
   * {@code F.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction=...)}.
   */
  public static Tensor triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative, double margin,
      double p, double eps, boolean swap, String reduction) {
    return MoreLosses.tripletMargin(anchor, positive, negative, margin, p, eps, swap, reduction);
  }

  /** PyTorch: {@code F.triplet_margin_loss(anchor, positive, negative)}. */
  public static Tensor triplet_margin_loss(Tensor anchor, Tensor positive, Tensor negative) {
    return MoreLosses.tripletMargin(anchor, positive, negative, 1.0, 2.0, 1e-6, false, "mean");
  }

  /** Multi-label one-vs-all logistic loss, averaged over classes. PyTorch: {@code F.multilabel_soft_margin_loss(input, target, weight, reduction=...)}. */
  public static Tensor multilabel_soft_margin_loss(Tensor input, Tensor target, Tensor weight, String reduction) {
    return MoreLosses.multilabelSoftMargin(input, target, weight, reduction);
  }

  /** PyTorch: {@code F.multilabel_soft_margin_loss(input, target)}. */
  public static Tensor multilabel_soft_margin_loss(Tensor input, Tensor target) {
    return MoreLosses.multilabelSoftMargin(input, target, null, "mean");
  }

  // ---- tutorials support: convolution and pooling (ConvPool) ----

  /**
   * 2-d convolution (cross-correlation) of {@code input} {@code (N, C, H, W)} (or unbatched
   * {@code (C, H, W)}) with {@code weight} {@code (O, C/groups, kH, kW)}; one node,
   * {@code ConvolutionBackward0}. Sizes given as one value apply to both dims.
   *
   * <pre>{@code F.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2))   // tensor([[[[4., 4.], [4., 4.]]]])}</pre>
   *
   * PyTorch: {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)}.
   */
  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, long[] stride, long[] padding,
      long[] dilation, long groups) {
    return ConvPool.conv2d(input, weight, bias, stride, padding, dilation, groups);
  }

  /** PyTorch: {@code F.conv2d(input, weight)}. */
  public static Tensor conv2d(Tensor input, Tensor weight) {
    return conv2d(input, weight, null);
  }

  /** PyTorch: {@code F.conv2d(input, weight, bias)}. */
  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) {
    return conv2d(input, weight, bias, 1, 0, 1, 1);
  }

  /** PyTorch: {@code F.conv2d(input, weight, bias, stride, padding)}. */
  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, long stride, long padding) {
    return conv2d(input, weight, bias, stride, padding, 1, 1);
  }

  /** PyTorch: {@code F.conv2d(input, weight, bias, stride, padding, dilation, groups)}. */
  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, long stride, long padding,
      long dilation, long groups) {
    return conv2d(input, weight, bias, new long[] {stride}, new long[] {padding},
        new long[] {dilation}, groups);
  }

  /**
   * Convolution with {@code padding="valid"} (none) or {@code "same"} (output as large as the
   * input; stride 1 only, an odd total padding puts the extra row/column at the bottom/right as
   * PyTorch does). PyTorch: {@code F.conv2d(input, weight, bias, stride, padding="same", ...)}.
   */
  public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, long[] stride, String padding,
      long[] dilation, long groups) {
    if (padding.equals("valid")) {
      return conv2d(input, weight, bias, stride, new long[] {0}, dilation, groups);
    }
    if (!padding.equals("same")) {
      throw new IllegalArgumentException(
          "Invalid padding string: '" + padding + "'");
    }
    for (long s : ConvPool.pair(stride, "stride")) {
      if (s != 1) {
        throw new IllegalArgumentException(
            "padding='same' is not supported for strided convolutions");
      }
    }
    long[] d = ConvPool.pair(dilation, "dilation");
    if (weight.dim() != 4) {
      return conv2d(input, weight, bias, stride, new long[] {0}, dilation, groups);
    }
    long[] pad = new long[2];
    long[] extra = new long[4];
    boolean asym = false;
    for (int i = 0; i < 2; i++) {
      long total = d[i] * (weight.size(2 + i) - 1);
      pad[i] = total / 2;
      if (total % 2 != 0) {
        asym = true;
        extra[2 - 2 * i + 1] = 1;   // F.pad order: (left, right, top, bottom)
      }
    }
    Tensor x = asym ? pad(input, extra) : input;
    return conv2d(x, weight, bias, stride, pad, dilation, groups);
  }

  /**
   * Average over {@code kernel_size} windows; stride defaults to the kernel size; one node,
   * {@code AvgPool2DBackward0}.
   *
   * <pre>{@code F.avg_pool2d(arange(16.0).view(1, 1, 4, 4), 2)   // tensor([[[[ 2.5,  4.5], [10.5, 12.5]]]])}</pre>
   *
   * PyTorch: {@code F.avg_pool2d(input, kernel_size, stride, padding, ceil_mode,
   * count_include_pad, divisor_override)} ({@code divisorOverride} null for None; a null or
   * empty {@code stride} is the kernel size).
   */
  public static Tensor avg_pool2d(Tensor input, long[] kernel_size, long[] stride, long[] padding,
      boolean ceil_mode, boolean count_include_pad, Long divisor_override) {
    return ConvPool.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad,
        divisor_override);
  }

  /** PyTorch: {@code F.avg_pool2d(input, kernel_size)}. */
  public static Tensor avg_pool2d(Tensor input, long kernel_size) {
    return avg_pool2d(input, new long[] {kernel_size}, null, new long[] {0}, false, true, null);
  }

  /** PyTorch: {@code F.avg_pool2d(input, (kH, kW))}: a window given as a pair. */
  public static Tensor avg_pool2d(Tensor input, long[] kernel_size) {
    return avg_pool2d(input, kernel_size, null, new long[] {0}, false, true, null);
  }

  /** PyTorch: {@code F.avg_pool2d(input, kernel_size, stride)}. */
  public static Tensor avg_pool2d(Tensor input, long kernel_size, long stride) {
    return avg_pool2d(input, kernel_size, stride, 0);
  }

  /** PyTorch: {@code F.avg_pool2d(input, kernel_size, stride, padding)}. */
  public static Tensor avg_pool2d(Tensor input, long kernel_size, long stride, long padding) {
    return avg_pool2d(input, new long[] {kernel_size}, new long[] {stride}, new long[] {padding},
        false, true, null);
  }

  /**
   * Maximum over {@code kernel_size} windows (padding never wins); one node,
   * {@code MaxPool2DWithIndicesBackward0}. PyTorch: {@code F.max_pool2d(input, kernel_size,
   * stride, padding, dilation, ceil_mode)}.
   *
   * <pre>{@code F.max_pool2d(arange(16.0).view(1, 1, 4, 4), 2)   // tensor([[[[ 5.,  7.], [13., 15.]]]])}</pre>
   */
  public static Tensor max_pool2d(Tensor input, long[] kernel_size, long[] stride, long[] padding,
      long[] dilation, boolean ceil_mode) {
    return ConvPool.max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)[0];
  }

  /** PyTorch: {@code F.max_pool2d(input, kernel_size)}. */
  public static Tensor max_pool2d(Tensor input, long kernel_size) {
    return max_pool2d(input, new long[] {kernel_size}, null, new long[] {0}, new long[] {1}, false);
  }

  /** PyTorch: {@code F.max_pool2d(input, (kH, kW))}: a window given as a pair. */
  public static Tensor max_pool2d(Tensor input, long[] kernel_size) {
    return max_pool2d(input, kernel_size, null, new long[] {0}, new long[] {1}, false);
  }

  /** PyTorch: {@code F.max_pool2d(input, kernel_size, stride)}. */
  public static Tensor max_pool2d(Tensor input, long kernel_size, long stride) {
    return max_pool2d(input, kernel_size, stride, 0);
  }

  /** PyTorch: {@code F.max_pool2d(input, kernel_size, stride, padding)}. */
  public static Tensor max_pool2d(Tensor input, long kernel_size, long stride, long padding) {
    return max_pool2d(input, new long[] {kernel_size}, new long[] {stride}, new long[] {padding},
        new long[] {1}, false);
  }

  /**
   * {@code {output, indices}}: the maxima and their flat positions in each input plane.
   * PyTorch: {@code F.max_pool2d(..., return_indices=True)} / {@code F.max_pool2d_with_indices}.
   */
  public static Tensor[] max_pool2d_with_indices(Tensor input, long[] kernel_size, long[] stride,
      long[] padding, long[] dilation, boolean ceil_mode) {
    return ConvPool.max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode);
  }

  /**
   * Averages over an {@code output_size} grid of (possibly overlapping) windows covering the
   * input; one node, {@code AdaptiveAvgPool2DBackward0}.
   *
   * <pre>{@code F.adaptive_avg_pool2d(arange(16.0).view(1, 1, 4, 4), 1)   // tensor([[[[7.5000]]]])}</pre>
   *
   * PyTorch: {@code F.adaptive_avg_pool2d(input, output_size)}.
   */
  public static Tensor adaptive_avg_pool2d(Tensor input, long[] output_size) {
    return ConvPool.adaptive_avg_pool2d(input, output_size);
  }

  /** PyTorch: {@code F.adaptive_avg_pool2d(input, output_size)} with one size for both dims. */
  public static Tensor adaptive_avg_pool2d(Tensor input, long output_size) {
    return adaptive_avg_pool2d(input, new long[] {output_size});
  }

  // ---- 1-d and transposed convolutions, more pooling (ConvExtra, PoolExtra) ----

  /**
   * 1-d convolution of {@code input} {@code (N, C, L)} (or {@code (C, L)}) with {@code weight}
   * {@code (O, C/groups, k)}; one node, {@code ConvolutionBackward0}.
   *
   * <pre>{@code F.conv1d(ones(1, 1, 4), ones(1, 1, 2))   // tensor([[[2., 2., 2.]]])}</pre>
   *
   * PyTorch: {@code F.conv1d(input, weight, bias, stride, padding, dilation, groups)}.
   */
  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, long stride, long padding,
      long dilation, long groups) {
    return ConvExtra.conv1d(input, weight, bias, new long[] {stride}, new long[] {padding},
        new long[] {dilation}, groups);
  }

  /** PyTorch: {@code F.conv1d(input, weight)}. */
  public static Tensor conv1d(Tensor input, Tensor weight) {
    return conv1d(input, weight, null, 1, 0, 1, 1);
  }

  /** PyTorch: {@code F.conv1d(input, weight, bias)}. */
  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias) {
    return conv1d(input, weight, bias, 1, 0, 1, 1);
  }

  /** PyTorch: {@code F.conv1d(input, weight, bias, stride, padding)}. */
  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, long stride, long padding) {
    return conv1d(input, weight, bias, stride, padding, 1, 1);
  }

  /**
   * {@code padding="valid"} or {@code "same"} (stride 1; an odd total padding puts the extra
   * element on the right, as PyTorch). PyTorch: {@code F.conv1d(input, weight, bias, stride,
   * padding="same", dilation, groups)}.
   */
  public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, long stride, String padding,
      long dilation, long groups) {
    if (padding.equals("valid")) {
      return conv1d(input, weight, bias, stride, 0, dilation, groups);
    }
    if (!padding.equals("same")) {
      throw new IllegalArgumentException("Invalid padding string: '" + padding + "'");
    }
    if (stride != 1) {
      throw new IllegalArgumentException("padding='same' is not supported for strided convolutions");
    }
    if (weight.dim() != 3) {
      return conv1d(input, weight, bias, stride, 0, dilation, groups);
    }
    long total = dilation * (weight.size(2) - 1);
    Tensor x = total % 2 != 0 ? pad(input, new long[] {0, 1}) : input;
    return conv1d(x, weight, bias, stride, total / 2, dilation, groups);
  }

  /**
   * Transposed 2-d convolution (the gradient of conv2d with respect to its input) of {@code
   * input} {@code (N, C_in, H, W)} with {@code weight} {@code (C_in, C_out/groups, kH, kW)}:
   * output size {@code (H-1)·stride - 2·padding + dilation·(k-1) + output_padding + 1}; one node,
   * {@code ConvolutionBackward0}.
   *
   * <pre>{@code F.conv_transpose2d(ones(1, 1, 2, 2), ones(1, 1, 2, 2), null, new long[] {2}, new long[] {0}, new long[] {0}, 1, new long[] {1}).shape()   // torch.Size([1, 1, 4, 4])}</pre>
   *
   * PyTorch: {@code F.conv_transpose2d(input, weight, bias, stride, padding, output_padding,
   * groups, dilation)}.
   */
  public static Tensor conv_transpose2d(Tensor input, Tensor weight, Tensor bias, long[] stride,
      long[] padding, long[] output_padding, long groups, long[] dilation) {
    return ConvExtra.conv_transpose(input, weight, bias, stride, padding, output_padding, groups,
        dilation, 2);
  }

  /** PyTorch: {@code F.conv_transpose2d(input, weight)}. */
  public static Tensor conv_transpose2d(Tensor input, Tensor weight) {
    return conv_transpose2d(input, weight, null, 1, 0);
  }

  /** PyTorch: {@code F.conv_transpose2d(input, weight, bias, stride, padding)}. */
  public static Tensor conv_transpose2d(Tensor input, Tensor weight, Tensor bias, long stride,
      long padding) {
    return conv_transpose2d(input, weight, bias, new long[] {stride}, new long[] {padding},
        new long[] {0}, 1, new long[] {1});
  }

  /**
   * Transposed 1-d convolution; see {@link #conv_transpose2d}. PyTorch: {@code
   * F.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation)}.
   */
  public static Tensor conv_transpose1d(Tensor input, Tensor weight, Tensor bias, long stride,
      long padding, long output_padding, long groups, long dilation) {
    return ConvExtra.conv_transpose(input, weight, bias, new long[] {stride},
        new long[] {padding}, new long[] {output_padding}, groups, new long[] {dilation}, 1);
  }

  /** PyTorch: {@code F.conv_transpose1d(input, weight)}. */
  public static Tensor conv_transpose1d(Tensor input, Tensor weight) {
    return conv_transpose1d(input, weight, null, 1, 0, 0, 1, 1);
  }

  /**
   * Maximum over 1-d windows (stride defaults to the kernel size): PyTorch's composite, a 2-d
   * pool of height 1 (grad_fn {@code SqueezeBackward1}).
   *
   * <pre>{@code F.max_pool1d(arange(6.0).view(1, 1, 6), 2)   // tensor([[[1., 3., 5.]]])}</pre>
   *
   * PyTorch: {@code F.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)} (a
   * stride of 0 is the kernel size).
   */
  public static Tensor max_pool1d(Tensor input, long kernel_size, long stride, long padding,
      long dilation, boolean ceil_mode) {
    return max_pool2d(input.unsqueeze(-2), new long[] {1, kernel_size},
        new long[] {1, stride == 0 ? kernel_size : stride}, new long[] {0, padding},
        new long[] {1, dilation}, ceil_mode).squeeze(-2);
  }

  /**
   * {@code {output, indices}} (positions along the last dim). PyTorch: {@code
   * F.max_pool1d(..., return_indices=True)}.
   */
  public static Tensor[] max_pool1d_with_indices(Tensor input, long kernel_size, long stride,
      long padding, long dilation, boolean ceil_mode) {
    Tensor[] r = max_pool2d_with_indices(input.unsqueeze(-2), new long[] {1, kernel_size},
        new long[] {1, stride == 0 ? kernel_size : stride}, new long[] {0, padding},
        new long[] {1, dilation}, ceil_mode);
    return new Tensor[] {r[0].squeeze(-2), r[1].squeeze(-2)};
  }

  /** PyTorch: {@code F.max_pool1d(input, kernel_size)}. */
  public static Tensor max_pool1d(Tensor input, long kernel_size) {
    return max_pool1d(input, kernel_size, kernel_size, 0, 1, false);
  }

  /**
   * Average over 1-d windows (stride defaults to the kernel size): PyTorch's composite, a 2-d
   * pool of height 1 (grad_fn {@code SqueezeBackward1}).
   *
   * <pre>{@code F.avg_pool1d(arange(6.0).view(1, 1, 6), 2)   // tensor([[[0.5000, 2.5000, 4.5000]]])}</pre>
   *
   * PyTorch: {@code F.avg_pool1d(input, kernel_size, stride, padding, ceil_mode,
   * count_include_pad)} (a stride of 0 is the kernel size).
   */
  public static Tensor avg_pool1d(Tensor input, long kernel_size, long stride, long padding,
      boolean ceil_mode, boolean count_include_pad) {
    return avg_pool2d(input.unsqueeze(-2), new long[] {1, kernel_size},
        new long[] {1, stride == 0 ? kernel_size : stride}, new long[] {0, padding}, ceil_mode,
        count_include_pad, null).squeeze(-2);
  }

  /** PyTorch: {@code F.avg_pool1d(input, kernel_size)}. */
  public static Tensor avg_pool1d(Tensor input, long kernel_size) {
    return avg_pool1d(input, kernel_size, kernel_size, 0, false, true);
  }

  /**
   * Averages over {@code output_size} (possibly overlapping) windows covering the last dim.
   * PyTorch: {@code F.adaptive_avg_pool1d(input, output_size)}.
   */
  public static Tensor adaptive_avg_pool1d(Tensor input, long output_size) {
    return adaptive_avg_pool2d(input.unsqueeze(-2), new long[] {1, output_size}).squeeze(-2);
  }

  /**
   * Zeroes whole channels ({@code input[n, c]}) with probability {@code p} while training,
   * scaling the rest by 1/(1-p); the mask is drawn as PyTorch's {@code feature_dropout}: one
   * Bernoulli per (n, c). PyTorch: {@code F.dropout2d(input, p, training)}.
   */
  public static Tensor dropout2d(Tensor input, double p, boolean training) {
    if (p < 0 || p > 1) {
      throw new IllegalArgumentException(
          "dropout probability has to be between 0 and 1, but got " + PyRepr.repr(p));
    }
    if (input.dim() != 3 && input.dim() != 4) {
      throw new IllegalArgumentException("dropout2d: Received a " + input.dim() + "-D input to"
          + " dropout2d, which is deprecated and will result in an error in a future release."
          + " To retain the behavior and silence this warning, please use dropout instead. Note"
          + " that dropout2d exists to provide channel-wise dropout on inputs with 2 spatial"
          + " dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D"
          + " inputs).");
    }
    if (!training || p == 0) {
      return input;
    }
    if (p == 1) {
      return input.mul(Torch.zeros_like(input));
    }
    // PyTorch 1.13 treats a 3-D input as batched (N, C, L): one draw per (n, c)
    long[] shape = input.shape().toLongArray();
    long[] ns = new long[shape.length];
    Arrays.fill(ns, 1);
    ns[0] = shape[0];
    ns[1] = shape[1];
    Tensor noise;
    try (var g = Torch.no_grad()) {
      noise = Torch.empty(ns, input.dtype()).to(input.device()).bernoulli_(1 - p).div_(1 - p);
    }
    return input.mul(noise);
  }

  /** PyTorch: {@code F.dropout2d(input, p)} (training). */
  public static Tensor dropout2d(Tensor input, double p) {
    return dropout2d(input, p, true);
  }

  /**
   * Maximum over an {@code output_size} grid of (possibly overlapping) windows covering the
   * input; one node, {@code AdaptiveMaxPool2DBackward0}.
   *
   * <pre>{@code F.adaptive_max_pool2d(arange(16.0).view(1, 1, 4, 4), 2)   // tensor([[[[ 5.,  7.], [13., 15.]]]])}</pre>
   *
   * PyTorch: {@code F.adaptive_max_pool2d(input, output_size)}.
   */
  public static Tensor adaptive_max_pool2d(Tensor input, long output_size) {
    return PoolExtra.adaptive_max_pool2d(input, new long[] {output_size})[0];
  }

  /** PyTorch: {@code F.adaptive_max_pool2d(input, (oH, oW))}. */
  public static Tensor adaptive_max_pool2d(Tensor input, long[] output_size) {
    return PoolExtra.adaptive_max_pool2d(input, output_size)[0];
  }

  /**
   * {@code {output, indices}} (flat positions in each input plane). PyTorch: {@code
   * F.adaptive_max_pool2d(input, output_size, return_indices=True)}.
   */
  public static Tensor[] adaptive_max_pool2d_with_indices(Tensor input, long[] output_size) {
    return PoolExtra.adaptive_max_pool2d(input, output_size);
  }

  // ---- end 1-d and transposed convolutions, more pooling ----

  // ---- end tutorials support ----
}
