package dev.torchnd;

/** {@code clamp} as one op (one node, {@code ClampBackward1}), promoting with its bounds. */
final class Clamp {
  private Clamp() {}

  static Tensor clamp(Tensor t, Tensor min, Tensor max) {
    if (min == null && max == null) {
      throw new IllegalArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
    }
    DType rt = Promotion.resultType(t, min, max);
    if (rt == DType.bool) {
      throw new UnsupportedOperationException("\"clamp_cpu\" not implemented for 'Bool'");
    }
    Tensor out = t.castTo(rt).rawCopy(rt);
    Tensor r = out;
    try (Autograd.NoGrad ignored = new Autograd.NoGrad()) {
      if (min != null) {
        r = Elementwise.binary(BinaryOp.MAXIMUM, r, min.castTo(rt));
      }
      if (max != null) {
        r = Elementwise.binary(BinaryOp.MINIMUM, r, max.castTo(rt));
      }
    }
    r = r.detach();
    if (!rt.is_floating_point()) {
      return r;
    }
    boolean tensorBounds = (min != null && !min.wrappedNumber) || (max != null && !max.wrappedNumber);
    return Autograd.record(
        r,
        tensorBounds ? "ClampBackward0" : "ClampBackward1",
        new Tensor[] {t},
        g -> {
          Tensor mask = Torch.ones_like(t).to(DType.bool);
          if (min != null) {
            mask = mask.logical_and(t.ge(min));
          }
          if (max != null) {
            mask = mask.logical_and(t.le(max));
          }
          return new Tensor[] {Torch.where(mask, g, Torch.zeros_like(g))};
        },
        t);
  }
}
