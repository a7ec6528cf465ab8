package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;

/**
 * The distances and losses behind {@link F}'s {@code normalize}, {@code cosine_similarity}, {@code
 * pairwise_distance}, {@code kl_div}, {@code margin_ranking_loss} …: composed from tensor ops in
 * the order of PyTorch's ATen/Python code, so values, grad_fn names and gradients follow, except
 * {@code soft_margin_loss}, which is one node as in ATen.
 */
final class MoreLosses {
  private MoreLosses() {}

  private static Tensor reduce(Tensor loss, int reduction) {
    return reduction == 1 ? loss.mean() : reduction == 2 ? loss.sum() : loss;
  }

  private static String pyDims(Tensor t) {
    return Norms.pySize(t.shape().toLongArray());
  }

  static Tensor normalize(Tensor input, double p, int dim, double eps) {
    Tensor denom = input.norm(p, dim, true).clamp_min(eps).expand_as(input);
    return input.div(denom);
  }

  static Tensor[] broadcast(Tensor a, Tensor b) {
    long[] shape;
    try (var g = Torch.no_grad()) {
      shape = a.detach().add(b.detach()).shape().toLongArray();
    }
    return new Tensor[] {a.expand(shape), b.expand(shape)};
  }

  static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
    dev.torchnd.DType common = Torch.result_type(x1, x2);
    if (!common.is_floating_point()) {
      throw new IllegalArgumentException(
          "expected common dtype to be floating point, yet common dtype is " + common.scalarTypeName());
    }
    Tensor[] b = broadcast(x1, x2);
    // Each input is divided by its own norm first (clamped below at eps), as ATen does.
    Tensor n1 = b[0].norm(2.0, dim, true).clone();
    Tensor n2 = b[1].norm(2.0, dim, true).clone();
    try (var g = Torch.no_grad()) {
      n1.detach().clamp_(eps, Double.POSITIVE_INFINITY);
      n2.detach().clamp_(eps, Double.POSITIVE_INFINITY);
    }
    return b[0].div(n1).mul(b[1].div(n2)).sum(dim);
  }

  static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
    int outDim = Math.max(x1.dim(), x2.dim());
    return x1.sub(x2).add(eps).norm(p, outDim - 1, keepdim);
  }

  static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
    int red = reduction.equals("batchmean") ? 2 : F.reductionEnum(reduction);
    Tensor out;
    if (logTarget) {
      out = target.exp().mul(target.sub(input));
    } else {
      Tensor xlogy = Torch.where(target.eq(0L), Torch.zeros(new long[0], target.dtype()), target.mul(target.log()));
      out = xlogy.sub(target.mul(input));
    }
    out = reduce(out, red);
    if (reduction.equals("batchmean") && input.dim() != 0) {
      out = out.div(input.size(0));
    }
    return out;
  }

  static Tensor marginRanking(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
    if (input1.dim() != input2.dim() || input1.dim() != target.dim()) {
      throw new IllegalArgumentException(
          "margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: "
              + pyDims(input1)
              + ", input2: "
              + pyDims(input2)
              + ", target: "
              + pyDims(target)
              + " ");
    }
    int red = F.reductionEnum(reduction);
    return reduce(target.neg().mul(input1.sub(input2)).add(margin).clamp_min(0.0), red);
  }

  static Tensor hingeEmbedding(Tensor input, Tensor target, double margin, String reduction) {
    int red = F.reductionEnum(reduction);
    Tensor zeros = Torch.zeros_like(input);
    Tensor marginClamp = input.neg().add(margin).clamp_min(0.0);
    Tensor outMargin = Torch.where(target.ne(1L), marginClamp, zeros);
    Tensor outSelf = Torch.where(target.ne(-1L), input, zeros);
    return reduce(outMargin.add(outSelf), red);
  }

  static Tensor softMargin(Tensor input, Tensor target, String reduction) {
    int red = F.reductionEnum(reduction);
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = reduce(input.detach().neg().mul(target.detach()).exp().log1p(), red);
    }
    double norm = red == 1 ? 1.0 / input.numel() : 1.0;
    return AutogradFunction.record(
        "SoftMarginLossBackward0",
        out,
        new Tensor[] {input},
        gr -> {
          Tensor z = target.neg().mul(input).exp();
          return new Tensor[] {target.neg().mul(z).div(z.add(1L)).mul(gr).mul(norm)};
        },
        input);
  }

  static Tensor cosineEmbedding(Tensor input1, Tensor input2, Tensor target, double margin, String reduction) {
    int td = target.dim();
    if (td != 1 && td != 0) {
      throw new IllegalArgumentException("0D or 1D target tensor expected, multi-target not supported");
    }
    if (td == 1 && (input1.dim() != 2 || input2.dim() != 2)) {
      throw new IllegalArgumentException(
          "1D target tensor expects 2D input tensors, but found inputs with sizes "
              + Norms.cppList(input1.shape().toLongArray())
              + " and "
              + Norms.cppList(input2.shape().toLongArray())
              + ".");
    }
    if (td == 0 && (input1.dim() != 1 || input2.dim() != 1)) {
      throw new IllegalArgumentException(
          "0D target tensor expects 1D input tensors, but found inputs with sizes "
              + Norms.cppList(input1.shape().toLongArray())
              + " and "
              + Norms.cppList(input2.shape().toLongArray())
              + ".");
    }
    int red = F.reductionEnum(reduction);
    final double epsilon = 1e-12;
    Tensor prodSum = input1.mul(input2).sum(td);
    Tensor mag1 = input1.mul(input1).sum(td).add(epsilon);
    Tensor mag2 = input2.mul(input2).sum(td).add(epsilon);
    Tensor denom = mag1.mul(mag2).sqrt();
    Tensor cos = prodSum.div(denom);
    Tensor zeros = Torch.zeros_like(cos);
    Tensor pos = cos.neg().add(1L);
    Tensor neg = cos.sub(margin).clamp_min(0.0);
    Tensor outPos = Torch.where(target.eq(1L), pos, zeros);
    Tensor outNeg = Torch.where(target.eq(-1L), neg, zeros);
    return reduce(outPos.add(outNeg), red);
  }

  static Tensor poissonNll(Tensor input, Tensor target, boolean logInput, boolean full, double eps, String reduction) {
    if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum")) {
      throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
    }
    int red = F.reductionEnum(reduction);
    Tensor loss = logInput
        ? input.exp().sub(target.mul(input))
        : input.sub(target.mul(input.add(eps).log()));
    if (full) {
      Tensor stirling = target.mul(target.log()).sub(target).add(target.mul(2 * Math.PI).log().mul(0.5));
      loss = loss.add(stirling.masked_fill(target.le(1L), 0.0));
    }
    return reduce(loss, red);
  }

  static Tensor gaussianNll(Tensor input, Tensor target, Tensor var, boolean full, double eps, String reduction) {
    long[] is = input.shape().toLongArray();
    long[] vs = var.shape().toLongArray();
    if (!java.util.Arrays.equals(is, vs)) {
      long[] lead = java.util.Arrays.copyOf(is, Math.max(is.length - 1, 0));
      if (java.util.Arrays.equals(lead, vs)) {
        var = var.unsqueeze(-1);
      } else if (vs.length > 0 && java.util.Arrays.equals(lead, java.util.Arrays.copyOf(vs, vs.length - 1))
          && vs[vs.length - 1] == 1) {
        // homoscedastic: var broadcasts over the last dim
      } else {
        throw new IllegalArgumentException("var is of incorrect size");
      }
    }
    if (!reduction.equals("none") && !reduction.equals("mean") && !reduction.equals("sum")) {
      throw new IllegalArgumentException(reduction + " is not valid");
    }
    if (var.lt(0L).any().booleanValue()) {
      throw new IllegalArgumentException("var has negative entry/entries");
    }
    var = var.clone();
    try (var g = Torch.no_grad()) {
      var.detach().clamp_(eps, Double.POSITIVE_INFINITY);
    }
    Tensor loss = var.log().add(input.sub(target).pow(2L).div(var)).mul(0.5);
    if (full) {
      loss = loss.add(0.5 * Math.log(2 * Math.PI));
    }
    return reduction.equals("mean") ? loss.mean() : reduction.equals("sum") ? loss.sum() : loss;
  }

  static Tensor tripletMargin(
      Tensor anchor, Tensor positive, Tensor negative, double margin, double p, double eps, boolean swap,
      String reduction) {
    int red = F.reductionEnum(reduction);
    if (anchor.dim() != positive.dim() || positive.dim() != negative.dim()) {
      throw new IllegalArgumentException(
          "All inputs should have same dimension but got "
              + anchor.dim()
              + "D, "
              + positive.dim()
              + "D and "
              + negative.dim()
              + "D inputs.");
    }
    Tensor dPos = pairwiseDistance(anchor, positive, p, eps, false);
    Tensor dNeg = pairwiseDistance(anchor, negative, p, eps, false);
    if (swap) {
      dNeg = Torch.minimum(dNeg, pairwiseDistance(positive, negative, p, eps, false));
    }
    return reduce(dPos.add(margin).sub(dNeg).clamp_min(0.0), red);
  }

  static Tensor multilabelSoftMargin(Tensor input, Tensor target, Tensor weight, String reduction) {
    Tensor loss = target.mul(F.logsigmoid(input)).add(target.neg().add(1L).mul(F.logsigmoid(input.neg()))).neg();
    if (weight != null) {
      loss = loss.mul(weight);
    }
    int classDim = input.dim() - 1;
    long c = input.size(classDim);
    loss = loss.sum(classDim).div(c);
    switch (reduction) {
      case "none":
        return loss;
      case "mean":
        return loss.mean();
      case "sum":
        return loss.sum();
      default:
        throw new IllegalArgumentException(reduction + " is not valid");
    }
  }
}
