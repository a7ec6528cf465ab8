package dev.torchnd;

import dev.torchnd.spi.PointwiseOp;
import java.util.Arrays;

/**
 * The scaled pointwise ops optimizers are written in: {@code add}/{@code sub} with {@code alpha},
 * {@code addcmul} and {@code addcdiv}, out of place and in place, with their backward rules.
 * Floating dtypes run one fused kernel ({@link PointwiseOp}) so the rounding is PyTorch's; integral
 * dtypes compose the plain ops, as exact integer arithmetic needs no fusing.
 */
final class Pointwise {
  private Pointwise() {}

  // ---------------------------------------------------------------- add / sub with alpha

  static Tensor addAlpha(Tensor a, Tensor b, double alpha, boolean sub) {
    DType promoted = Promotion.resultType(a, b);
    if (!promoted.is_floating_point()) {
      if (promoted != DType.bool || alpha != 1) {
        alphaFloatError();
      }
      return sub ? a.sub(b) : a.add(b);
    }
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    Tensor out = Tensor.uninit(shape, promoted, Devices.common(a, b)); // device support
    kernel(PointwiseOp.ADD_ALPHA, sub ? -alpha : alpha, a.castTo(promoted), b.castTo(promoted),
        null, out);
    return recordAdd(a, b, sub ? -alpha : alpha, sub, out);
  }

  static Tensor addAlpha(Tensor a, Tensor b, long alpha, boolean sub) {
    DType promoted = Promotion.resultType(a, b);
    if (promoted.is_floating_point()) {
      return addAlpha(a, b, (double) alpha, sub);
    }
    if (promoted == DType.bool && !sub) {
      // An integral alpha is allowed on bool results: a || (alpha != 0 && b), as PyTorch computes.
      return a.add(alpha != 0 ? b : Torch.zeros_like(b));
    }
    Tensor scaled = alpha == 1 ? b : b.mul(alpha);
    return sub ? a.sub(scaled) : a.add(scaled);
  }

  static Tensor addAlphaInplace(Tensor self, Tensor b, double alpha, boolean sub) {
    DType promoted = Promotion.resultType(self, b);
    if (!promoted.is_floating_point()) {
      if (promoted != DType.bool || alpha != 1) {
        alphaFloatError();
      }
      return sub ? self.sub_(b) : self.add_(b);
    }
    double s = sub ? -alpha : alpha;
    Tensor before = prepareInplace(self, promoted, b);
    writeInplace(PointwiseOp.ADD_ALPHA, s, self, promoted, b, null);
    if (before != null) {
      recordAdd(before, b, s, sub, self);
    }
    return self;
  }

  static Tensor addAlphaInplace(Tensor self, Tensor b, long alpha, boolean sub) {
    DType promoted = Promotion.resultType(self, b);
    if (promoted.is_floating_point()) {
      return addAlphaInplace(self, b, (double) alpha, sub);
    }
    if (promoted == DType.bool && !sub) {
      // An integral alpha is allowed on bool results: a || (alpha != 0 && b), as PyTorch computes.
      return self.add_(alpha != 0 ? b : Torch.zeros_like(b));
    }
    Tensor scaled = alpha == 1 ? b : b.mul(alpha);
    return sub ? self.sub_(scaled) : self.add_(scaled);
  }

  private static void alphaFloatError() {
    throw new IllegalArgumentException(
        "For integral input tensors, argument alpha must not be a floating point number.");
  }

  private static Tensor recordAdd(Tensor a, Tensor b, double s, boolean sub, Tensor out) {
    if (!Autograd.needsGrad(a, b)) {
      return out;
    }
    return Autograd.record(
        out,
        sub ? "SubBackward0" : "AddBackward0",
        new Tensor[] {a, b},
        g -> new Tensor[] {g, s == 1 ? g : g.mul(s)});
  }

  // ---------------------------------------------------------------- addcmul / addcdiv

  static Tensor addc(PointwiseOp op, Tensor self, Tensor t1, Tensor t2, double value) {
    DType promoted = Promotion.resultType(self, t1, t2);
    checkAddcdivIntegral(op, t1, t2);
    if (!promoted.is_floating_point()) {
      return composeIntegral(op, self, t1, t2, value);
    }
    long[] shape =
        Shapes.broadcast(Shapes.broadcast(self.shapeArray(), t1.shapeArray()), t2.shapeArray());
    Tensor out = Tensor.uninit(shape, promoted, Devices.common(self, t1, t2)); // device support
    kernel(op, value, self.castTo(promoted), t1.castTo(promoted), t2.castTo(promoted), out);
    return recordAddc(op, self, t1, t2, value, out);
  }

  static Tensor addcInplace(PointwiseOp op, Tensor self, Tensor t1, Tensor t2, double value) {
    DType promoted = Promotion.resultType(self, t1, t2);
    checkAddcdivIntegral(op, t1, t2);
    if (!promoted.is_floating_point()) {
      Tensor r = composeIntegral(op, self, t1, t2, value);
      return self.copy_(r);
    }
    Tensor before = prepareInplace(self, promoted, t1, t2);
    writeInplace(op, value, self, promoted, t1, t2);
    if (before != null) {
      recordAddc(op, before, t1, t2, value, self);
    }
    return self;
  }

  private static void checkAddcdivIntegral(PointwiseOp op, Tensor t1, Tensor t2) {
    if (op == PointwiseOp.ADDCDIV
        && !t1.dtype().is_floating_point()
        && !t2.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          "Integer division with addcdiv is no longer supported, and in a future  release"
              + " addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv"
              + " behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2))"
              + ".to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for"
              + " float inputs. The future addcdiv behavior is just the latter implementation:"
              + " (input + value * tensor1 / tensor2), for all dtypes.");
    }
  }

  private static Tensor composeIntegral(
      PointwiseOp op, Tensor self, Tensor t1, Tensor t2, double value) {
    if (value != Math.rint(value)) {
      throw new IllegalArgumentException(
          "For integral input tensors, argument value must not be a floating point number.");
    }
    return self.add(t1.mul(t2).mul((long) value));
  }

  private static Tensor recordAddc(
      PointwiseOp op, Tensor self, Tensor t1, Tensor t2, double value, Tensor out) {
    if (!Autograd.needsGrad(self, t1, t2)) {
      return out;
    }
    Tensor[] in = {self, t1, t2};
    if (op == PointwiseOp.ADDCMUL) {
      return Autograd.record(
          out,
          "AddcmulBackward0",
          in,
          g -> new Tensor[] {g, g.mul(t2).mul(value), g.mul(t1).mul(value)},
          t1,
          t2);
    }
    return Autograd.record(
        out,
        "AddcdivBackward0",
        in,
        g ->
            new Tensor[] {
              g, g.mul(value).div(t2), g.neg().mul(value).mul(t1).div(t2.mul(t2))
            },
        t1,
        t2);
  }

  // ---------------------------------------------------------------- shared plumbing

  /** PyTorch's in-place checks; returns the pre-write snapshot when autograd must record. */
  private static Tensor prepareInplace(Tensor self, DType promoted, Tensor... others) {
    Autograd.checkInplace(self);
    Elementwise.checkNoInternalOverlap(self);
    if (!Promotion.canCast(promoted, self.dtype())) {
      throw new IllegalArgumentException(
          "result type "
              + promoted.scalarTypeName()
              + " can't be cast to the desired output type "
              + self.dtype().scalarTypeName());
    }
    long[] shape = self.shapeArray();
    for (Tensor o : others) {
      shape = Shapes.broadcast(shape, o.shapeArray());
    }
    if (!Arrays.equals(shape, self.shapeArray())) {
      throw new IllegalArgumentException(
          "output with shape "
              + Shapes.list(self.shapeArray())
              + " doesn't match the broadcast shape "
              + Shapes.list(shape));
    }
    boolean grad = self.requiresGrad;
    for (Tensor o : others) {
      grad |= o.requiresGrad;
    }
    return grad && Autograd.isGradEnabled() ? self.shallowSnapshot() : null;
  }

  private static void writeInplace(
      PointwiseOp op, double s, Tensor self, DType promoted, Tensor b, Tensor c) {
    Tensor x = self.castTo(promoted);
    Tensor y = b.castTo(promoted);
    Tensor z = c == null ? null : c.castTo(promoted);
    boolean direct =
        x == self
            && y.storage != self.storage
            && (z == null || z.storage != self.storage);
    if (direct) {
      kernel(op, s, x, y, z, self);
    } else {
      Tensor tmp = Tensor.uninit(self.shapeArray(), promoted, self.device()); // device support
      kernel(op, s, x, y, z, tmp);
      self.copyFrom(tmp);
    }
    self.bumpVersion();
  }

  /**
   * {@code self <= threshold ? 0 : grad}, PyTorch's {@code threshold_backward} (ReLU's backward,
   * {@code threshold_backward(grad, result, 0)}): one pass, where a NaN in {@code self} passes the
   * gradient. Under {@code create_graph} (a differentiable gradient) or mixed dtypes or shapes it
   * is composed of {@code where}, whose own backward gives the double backward.
   */
  static Tensor thresholdBackward(Tensor grad, Tensor self, double threshold) {
    if (!grad.dtype().is_floating_point() || grad.dtype() != self.dtype()
        || !Arrays.equals(grad.shapeArray(), self.shapeArray())
        || (Torch.is_grad_enabled() && (grad.requires_grad() || self.requires_grad()))) {
      return Torch.where(self.le(threshold), Torch.zeros_like(grad), grad);
    }
    Tensor out = Tensor.uninit(grad.shapeArray(), grad.dtype(), Devices.common(grad, self));
    kernel(PointwiseOp.THRESHOLD_BACKWARD, threshold, grad, self, null, out);
    return out;
  }

  private static void kernel(PointwiseOp op, double s, Tensor a, Tensor b, Tensor c, Tensor out) {
    long[] shape = out.shapeArray();
    Backends.get()
        .pointwise(
            op,
            s,
            a.storage,
            Shapes.expandLayout(a.layout(), shape),
            b.storage,
            Shapes.expandLayout(b.layout(), shape),
            c == null ? null : c.storage,
            c == null ? null : Shapes.expandLayout(c.layout(), shape),
            out.storage,
            out.layout());
  }
}
