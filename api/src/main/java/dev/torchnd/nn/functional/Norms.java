package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The normalisation layers behind {@link F}'s {@code batch_norm}, {@code layer_norm}, {@code
 * group_norm}, {@code instance_norm}, and {@code embedding}/{@code bilinear}: each is one node named
 * as PyTorch's ({@code NativeBatchNormBackward0}, ...), its backward the closed form of the
 * normalisation's derivative in tensor ops, with the statistics recomputed from the input so the
 * rule differentiates again.
 */
final class Norms {
  private Norms() {}

  /** Python's {@code torch.Size([1, 3])}. */
  static String pySize(long[] s) {
    StringBuilder sb = new StringBuilder("torch.Size([");
    for (int i = 0; i < s.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(s[i]);
    }
    return sb.append("])").toString();
  }

  static String cppList(long[] s) {
    List<Long> l = new ArrayList<>();
    for (long v : s) {
      l.add(v);
    }
    return Repr.list(l);
  }

  /** {@code 1/sqrt(var + eps)} of {@code x} over {@code dims} (biased variance), keepdim. */
  private static Tensor[] stats(Tensor x, int[] dims, double eps) {
    Tensor mean = x.mean(dims, true);
    Tensor xc = x.sub(mean);
    Tensor invstd = xc.square().mean(dims, true).add(eps).rsqrt();
    return new Tensor[] {mean, invstd, xc.mul(invstd)};
  }

  /** d/dx of {@code (x - mean(x)) / sqrt(var(x) + eps)} over {@code dims}, applied to {@code gxhat}. */
  private static Tensor normalizeBackward(Tensor x, Tensor gxhat, int[] dims, double eps) {
    Tensor[] s = stats(x, dims, eps);
    Tensor xhat = s[2];
    return s[1].mul(gxhat.sub(gxhat.mean(dims, true)).sub(xhat.mul(gxhat.mul(xhat).mean(dims, true))));
  }

  private static Tensor channelView(Tensor t, int ndim) {
    if (t == null || ndim < 2) {
      return t;
    }
    long[] s = new long[ndim];
    Arrays.fill(s, 1);
    s[1] = t.numel();
    return t.reshape(s);
  }

  private static int[] allBut1(int ndim) {
    int[] dims = new int[ndim - 1];
    for (int i = 0, k = 0; i < ndim; i++) {
      if (i != 1) {
        dims[k++] = i;
      }
    }
    return dims;
  }

  /** Records {@code out} over the non-null inputs among {@code input, weight, bias}. */
  /** Training-mode batch norm's backward: through the batch statistics, as PyTorch's. */
  private static Tensor trainingBackward(
      Tensor out, Tensor x, Tensor weight, Tensor bias, Tensor wb, int[] dims, double eps) {
    return record("NativeBatchNormBackward0", out, x, weight, bias, gr -> {
      Tensor gxhat = wb == null ? gr : gr.mul(wb);
      Tensor gx = normalizeBackward(x, gxhat, dims, eps);
      Tensor gw = weight == null ? null : gr.mul(stats(x, dims, eps)[2]).sum(dims, false);
      Tensor gb = bias == null ? null : gr.sum(dims, false);
      return new Tensor[] {gx, gw, gb};
    });
  }

  private static Tensor record(
      String name, Tensor out, Tensor input, Tensor weight, Tensor bias, AutogradFunction.Backward all) {
    List<Tensor> ins = new ArrayList<>();
    ins.add(input);
    if (weight != null) {
      ins.add(weight);
    }
    if (bias != null) {
      ins.add(bias);
    }
    return AutogradFunction.record(
        name,
        out,
        ins.toArray(new Tensor[0]),
        gr -> {
          Tensor[] g3 = all.apply(gr);
          List<Tensor> r = new ArrayList<>();
          r.add(g3[0]);
          if (weight != null) {
            r.add(g3[1]);
          }
          if (bias != null) {
            r.add(g3[2]);
          }
          return r.toArray(new Tensor[0]);
        },
        ins.toArray(new Tensor[0]));
  }

  private static void checkFeatures(String arg, long expected, Tensor t) {
    if (t != null && t.numel() != expected) {
      throw new IllegalArgumentException(
          arg + " should contain " + expected + " elements not " + t.numel());
    }
  }

  static void verifyBatchSize(long[] size, String shown) {
    long prod = size[0];
    for (int i = 2; i < size.length; i++) {
      prod *= size[i];
    }
    if (prod == 1) {
      throw new IllegalArgumentException(
          "Expected more than 1 value per channel when training, got input size " + shown);
    }
  }

  static Tensor batchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training,
      double momentum,
      double eps) {
    if (training) {
      verifyBatchSize(input.shape().toLongArray(), pySize(input.shape().toLongArray()));
    }
    return nativeBatchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
  }

  static Tensor nativeBatchNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean training,
      double momentum,
      double eps) {
    long c = input.size(1);
    checkFeatures("running_mean", c, runningMean);
    if (runningMean == null && !training) {
      throw new IllegalArgumentException("running_mean must be defined in evaluation mode");
    }
    checkFeatures("running_var", c, runningVar);
    if (runningVar == null && !training) {
      throw new IllegalArgumentException("running_var must be defined in evaluation mode");
    }
    checkFeatures("weight", c, weight);
    checkFeatures("bias", c, bias);
    int nd = input.dim();
    int[] dims = allBut1(nd);
    Tensor wb = channelView(weight, nd);
    Tensor bb = channelView(bias, nd);
    Tensor out;
    if (cpuContiguousPath(input)) {
      return cpuContiguousBatchNorm(input, runningMean, runningVar, weight, bias, training, momentum, eps);
    }
    if (training) {
      long n = input.numel() / c;
      try (var g = Torch.no_grad()) {
        Tensor[] s = stats(input.detach(), dims, eps);
        out = s[2];
        if (runningMean != null || runningVar != null) {
          Tensor mean = s[0].reshape(new long[] {c});
          Tensor var = input.detach().sub(s[0]).square().sum(dims, false).div((double) Math.max(n - 1, 0));
          if (runningMean != null) {
            runningMean.copy_(mean.mul(momentum).add(runningMean.mul(1 - momentum)));
          }
          if (runningVar != null) {
            runningVar.copy_(var.mul(momentum).add(runningVar.mul(1 - momentum)));
          }
        }
        out = affine(out, wb == null ? null : wb.detach(), bb == null ? null : bb.detach());
      }
      return trainingBackward(out, input, weight, bias, wb, dims, eps);
    }
    Tensor rm = channelView(runningMean.detach().clone(), nd);
    Tensor rinv = channelView(runningVar.detach().add(eps).rsqrt(), nd);
    try (var g = Torch.no_grad()) {
      out = affine(input.detach().sub(rm).mul(rinv), wb == null ? null : wb.detach(), bb == null ? null : bb.detach());
    }
    Tensor x = input;
    return record("NativeBatchNormBackward0", out, input, weight, bias, gr -> {
      Tensor gx = wb == null ? gr.mul(rinv) : gr.mul(wb).mul(rinv);
      Tensor gw = weight == null ? null : gr.mul(x.sub(rm).mul(rinv)).sum(dims, false);
      Tensor gb = bias == null ? null : gr.sum(dims, false);
      return new Tensor[] {gx, gw, gb};
    });
  }

  /**
   * Whether PyTorch's CPU kernel takes its contiguous fast path with per-channel images
   * ({@code batch_norm_cpu_collect_stats_contiguous_impl}, {@code batch_norm_cpu_contiguous_impl}):
   * a contiguous float input of at least 3 dims whose images have more than one element.
   */
  private static boolean cpuContiguousPath(Tensor input) {
    if (input.dim() < 3 || !input.is_contiguous() || input.numel() == 0) {
      return false;
    }
    DType dt = input.dtype();
    return (dt == DType.float32 || dt == DType.float64)
        && input.numel() / input.size(0) / input.size(1) > 1;
  }

  /**
   * Batch norm with PyTorch 1.13's CPU arithmetic for {@link #cpuContiguousPath}: per channel, the
   * mean is a double-accumulated sum / N rounded to the input's type, the variance sum
   * double-accumulates the rounded {@code (x - mean) * (x - mean)}, {@code invstd = 1 / sqrt(var_sum
   * / N + eps)} in double (eval: {@code 1 / sqrt(running_var + eps)} in the input's type), and the
   * output is the fused {@code fma(x, alpha, beta)} with {@code alpha = invstd * weight}, {@code beta = bias -
   * mean * alpha}; the running statistics update as its {@code momentum * stat + (1 - momentum) *
   * running} in the parameter type. The backward is the one of the general path.
   */
  private static Tensor cpuContiguousBatchNorm(Tensor input, Tensor runningMean, Tensor runningVar,
      Tensor weight, Tensor bias, boolean training, double momentum, double eps) {
    long c = input.size(1);
    int nd = input.dim();
    int[] dims = allBut1(nd);
    DType dt = input.dtype();
    boolean f32 = dt == DType.float32;
    Tensor out;
    Tensor mean;
    Tensor invstd;
    try (var g = Torch.no_grad()) {
      Tensor x = input.detach();
      if (training) {
        long n = input.numel() / c;
        mean = x.to(DType.float64).sum(dims, false).div(n).to(dt); // scalar_t mean = sum / N
        Tensor d = x.sub(channelView(mean, nd));
        Tensor varSum = d.mul(d).to(DType.float64).sum(dims, false).to(dt);
        invstd = varSum.div(n).to(DType.float64).add(eps).sqrt().reciprocal().to(dt);
        double m = f32 ? (double) (float) momentum : momentum;
        double oneMinus = f32 ? (double) (1f - (float) momentum) : 1 - momentum;
        if (runningMean != null) {
          runningMean.copy_(mean.mul(m).add(runningMean.mul(oneMinus)));
        }
        if (runningVar != null) {
          // accscalar_t unbiased_var = var_sum / (n - 1) (divided in scalar_t), then
          // momentum * unbiased_var (double) + (1 - momentum) * running_var (scalar_t)
          Tensor uv = varSum.div(n - 1).to(DType.float64);
          runningVar.copy_(uv.mul(m).add(runningVar.mul(oneMinus).to(DType.float64)));
        }
      } else {
        mean = runningMean.detach();
        invstd = runningVar.detach().add(eps).sqrt().reciprocal();
      }
      Tensor alpha = weight == null ? invstd : invstd.mul(weight.detach());
      Tensor beta = (bias == null ? Torch.zeros_like(mean) : bias.detach()).sub(mean.mul(alpha));
      if (f32) {
        // PyTorch's vectorised fmadd(x, alpha, beta): the float product is exact in double, so
        // one rounding of the double sum gives the fused result (but for rare double-rounding ties)
        out = x.to(DType.float64).mul(channelView(alpha, nd).to(DType.float64))
            .add(channelView(beta, nd).to(DType.float64)).to(dt);
      } else {
        out = x.mul(channelView(alpha, nd)).add(channelView(beta, nd));
      }
    }
    Tensor x = input;
    Tensor wb = channelView(weight, nd);
    if (training) {
      return trainingBackward(out, input, weight, bias, wb, dims, eps);
    }
    Tensor rm = channelView(runningMean.detach().clone(), nd);
    Tensor rinv = channelView(runningVar.detach().add(eps).rsqrt(), nd);
    return record("NativeBatchNormBackward0", out, input, weight, bias, gr -> {
      Tensor gx = wb == null ? gr.mul(rinv) : gr.mul(wb).mul(rinv);
      Tensor gw = weight == null ? null : gr.mul(x.sub(rm).mul(rinv)).sum(dims, false);
      Tensor gb = bias == null ? null : gr.sum(dims, false);
      return new Tensor[] {gx, gw, gb};
    });
  }

  private static Tensor affine(Tensor xhat, Tensor w, Tensor b) {
    Tensor out = w == null ? xhat : xhat.mul(w);
    return b == null ? out : out.add(b);
  }

  static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
    int k = normalizedShape.length;
    if (k < 1) {
      throw new IllegalArgumentException(
          "Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one"
              + " element, but got normalized_shape = []");
    }
    if (weight != null && !Arrays.equals(weight.shape().toLongArray(), normalizedShape)) {
      throw new IllegalArgumentException(
          "Expected weight to be of same shape as normalized_shape, but got weight of shape "
              + cppList(weight.shape().toLongArray())
              + " and normalized_shape = "
              + cppList(normalizedShape));
    }
    if (bias != null && !Arrays.equals(bias.shape().toLongArray(), normalizedShape)) {
      throw new IllegalArgumentException(
          "Expected bias to be of same shape as normalized_shape, but got bias of shape "
              + cppList(bias.shape().toLongArray())
              + " and normalized_shape = "
              + cppList(normalizedShape));
    }
    long[] in = input.shape().toLongArray();
    boolean ok = in.length >= k;
    for (int i = 0; ok && i < k; i++) {
      ok = in[in.length - k + i] == normalizedShape[i];
    }
    if (!ok) {
      StringBuilder sb = new StringBuilder();
      for (long s : normalizedShape) {
        sb.append(", ").append(s);
      }
      throw new IllegalArgumentException(
          "Given normalized_shape="
              + cppList(normalizedShape)
              + ", expected input with shape [*"
              + sb
              + "], but got input of size"
              + cppList(in));
    }
    int[] dims = new int[k];
    for (int i = 0; i < k; i++) {
      dims[i] = in.length - k + i;
    }
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = affine(stats(input.detach(), dims, eps)[2],
          weight == null ? null : weight.detach(), bias == null ? null : bias.detach());
    }
    int[] lead = new int[in.length - k];
    for (int i = 0; i < lead.length; i++) {
      lead[i] = i;
    }
    Tensor x = input;
    return record("NativeLayerNormBackward0", out, input, weight, bias, gr -> {
      Tensor gxhat = weight == null ? gr : gr.mul(weight);
      Tensor gx = normalizeBackward(x, gxhat, dims, eps);
      Tensor gw = null;
      if (weight != null) {
        Tensor p = gr.mul(stats(x, dims, eps)[2]);
        gw = lead.length == 0 ? p : p.sum(lead, false);
      }
      Tensor gb = bias == null ? null : lead.length == 0 ? gr : gr.sum(lead, false);
      return new Tensor[] {gx, gw, gb};
    });
  }

  static Tensor groupNorm(Tensor input, long numGroups, Tensor weight, Tensor bias, double eps) {
    long n = input.size(0);
    long c = input.size(1);
    long[] in = input.shape().toLongArray();
    long[] vb = new long[in.length];
    vb[0] = n * c / numGroups;
    vb[1] = numGroups;
    System.arraycopy(in, 2, vb, 2, in.length - 2);
    verifyBatchSize(vb, dev.torchnd.PyRepr.repr(vb));
    if (c % numGroups != 0) {
      throw new IllegalArgumentException(
          "Expected number of channels in input to be divisible by num_groups, but got input of shape "
              + cppList(in)
              + " and num_groups="
              + numGroups);
    }
    if (weight != null && (weight.dim() != 1 || weight.numel() != c)) {
      throw new IllegalArgumentException(
          "Expected weight to be a vector of size equal to the number of channels in input, but got"
              + " weight of shape "
              + cppList(weight.shape().toLongArray())
              + " and input of shape "
              + cppList(in));
    }
    if (bias != null && (bias.dim() != 1 || bias.numel() != c)) {
      throw new IllegalArgumentException(
          "Expected bias to be a vector of size equal to the number of channels in input, but got"
              + " bias of shape "
              + cppList(bias.shape().toLongArray())
              + " and input of shape "
              + cppList(in));
    }
    long[] grouped = {n, numGroups, -1};
    int[] gdim = {2};
    int nd = in.length;
    Tensor wb = channelView(weight, nd);
    Tensor bb = channelView(bias, nd);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor xhat = stats(input.detach().reshape(grouped), gdim, eps)[2].reshape(in);
      out = affine(xhat, wb == null ? null : wb.detach(), bb == null ? null : bb.detach());
    }
    int[] dims = allBut1(nd);
    Tensor x = input;
    return record("NativeGroupNormBackward0", out, input, weight, bias, gr -> {
      Tensor gxhat = wb == null ? gr : gr.mul(wb);
      Tensor gx = normalizeBackward(x.reshape(grouped), gxhat.reshape(grouped), gdim, eps).reshape(in);
      Tensor gw = weight == null ? null
          : gr.mul(stats(x.reshape(grouped), gdim, eps)[2].reshape(in)).sum(dims, false);
      Tensor gb = bias == null ? null : gr.sum(dims, false);
      return new Tensor[] {gx, gw, gb};
    });
  }

  static Tensor instanceNorm(
      Tensor input,
      Tensor runningMean,
      Tensor runningVar,
      Tensor weight,
      Tensor bias,
      boolean useInputStats,
      double momentum,
      double eps) {
    long[] in = input.shape().toLongArray();
    long spatial = 1;
    for (int i = 2; i < in.length; i++) {
      spatial *= in[i];
    }
    if (useInputStats && spatial == 1) {
      throw new IllegalArgumentException(
          "Expected more than 1 spatial element when training, got input size " + pySize(in));
    }
    if (!useInputStats && (runningMean == null || runningVar == null)) {
      throw new IllegalArgumentException(
          "Expected running_mean and running_var to be defined when use_input_stats is false");
    }
    long b = in[0];
    long c = in[1];
    long[] shape = in.clone();
    shape[0] = 1;
    shape[1] = b * c;
    Tensor w = weight == null ? null : weight.repeat(b);
    Tensor bi = bias == null ? null : bias.repeat(b);
    Tensor rm = runningMean == null ? null : runningMean.detach().repeat(b);
    Tensor rv = runningVar == null ? null : runningVar.detach().repeat(b);
    Tensor out = nativeBatchNorm(input.contiguous().view(shape), rm, rv, w, bi, useInputStats, momentum, eps);
    try (var g = Torch.no_grad()) {
      if (runningMean != null) {
        runningMean.copy_(rm.view(new long[] {b, c}).mean(0, false));
      }
      if (runningVar != null) {
        runningVar.copy_(rv.view(new long[] {b, c}).mean(0, false));
      }
    }
    return out.view(in);
  }

  // ------------------------------------------------------------------ embedding

  static Tensor embedding(Tensor input, Tensor weight, long paddingIdx, boolean scaleGradByFreq) {
    DType it = input.dtype();
    if (it != DType.int64 && it != DType.int32) {
      throw new IllegalArgumentException(
          "Expected tensor for argument #1 'indices' to have one of the following scalar types:"
              + " Long, Int; but got "
              + input.type()
              + " instead (while checking arguments for embedding)");
    }
    long num = weight.size(0);
    Tensor flat = input.reshape(new long[] {-1}).to(DType.int64);
    // On cuda the index stays there: index_select below gives the same error for it.
    if (flat.numel() > 0 && !flat.is_cuda()) {
      long lo = flat.min().longValue();
      long hi = flat.max().longValue();
      if (lo < 0 || hi >= num) {
        throw new IndexOutOfBoundsException("index out of range in self");
      }
    }
    long[] outShape = Arrays.copyOf(input.shape().toLongArray(), input.dim() + 1);
    outShape[input.dim()] = weight.size(1);
    Tensor out;
    try (var g = Torch.no_grad()) {
      out = weight.detach().index_select(0, flat).reshape(outShape);
    }
    return AutogradFunction.record(
        "EmbeddingBackward0",
        out,
        new Tensor[] {weight},
        gr -> {
          Tensor rows = gr.reshape(new long[] {-1, weight.size(1)});
          Tensor keep = flat.ne(paddingIdx).unsqueeze(1);
          rows = Torch.where(keep, rows, Torch.zeros(new long[0], rows.dtype()));
          if (scaleGradByFreq) {
            Tensor counts = rows.new_zeros(num).index_add(0, flat, rows.new_ones(flat.numel()));
            rows = rows.div(counts.index_select(0, flat).unsqueeze(1));
          }
          Tensor gw = rows.new_zeros(weight.shape().toLongArray()).index_add(0, flat, rows);
          return new Tensor[] {gw};
        });
  }

  /** PyTorch's {@code embedding_renorm_}: rows met in {@code input} rescaled to {@code max_norm}. */
  static void embeddingRenorm(Tensor weight, Tensor input, double maxNorm, double normType) {
    try (var g = Torch.no_grad()) {
      Tensor w = weight.detach();
      long[] idx = input.reshape(new long[] {-1}).to(DType.int64).unique().toLongArray();
      for (long i : idx) {
        Tensor row = w.get((int) i);
        double norm = row.norm(normType).doubleValue();
        if (norm > maxNorm) {
          row.mul_(maxNorm / (norm + 1e-7));
        }
      }
    }
  }

  /**
   * PyTorch's {@code embedding_bag} kernel on a 1-d {@code input} with {@code offsets}: bag {@code
   * b} reduces the rows at {@code input[offsets[b] : offsets[b + 1]]} (entries equal to {@code
   * paddingIdx} skipped; an empty bag is zeros) by sum (times {@code perSampleWeights}), mean or
   * max; one node, {@code EmbeddingBagBackward0}.
   */
  static Tensor embeddingBag(Tensor input, Tensor weight, Tensor offsets, int mode, Tensor perSampleWeights,
      boolean includeLastOffset, long paddingIdx, boolean scaleGradByFreq) {
    DType it = input.dtype();
    if (it != DType.int64 && it != DType.int32) {
      throw new IllegalArgumentException(
          "Expected tensor for argument #1 'indices' to have one of the following scalar types:"
              + " Long, Int; but got "
              + input.type()
              + " instead (while checking arguments for embedding_bag)");
    }
    long[] idx = input.to(DType.int64).toLongArray();
    long[] off = offsets.to(DType.int64).toLongArray();
    int n = idx.length;
    if (off.length > 0 && off[0] != 0) {
      throw new IllegalArgumentException(
          "offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from"
              + " position 0. However, got " + off[0] + "\n[ "
              + (offsets.is_cuda() ? offsets.type().replace("torch.", "torch.cuda.") : offsets.type()) + "{} ]");
    }
    if (off.length > 0 && off[off.length - 1] > n) {
      throw new IllegalArgumentException(
          "offsets[-1] can not be greater than input's length " + n + " but got offsets[-1] of "
              + off[off.length - 1]);
    }
    long num = weight.size(0);
    long dim = weight.size(1);
    for (int i = 0; i < n; i++) {
      if (idx[i] < 0 || idx[i] >= num) {
        throw new IndexOutOfBoundsException(
            "[enforce fail at embedding_lookup_idx.cc:214] 0 <= idx && idx < data_size. Index " + i
                + " is out of bounds: " + idx[i] + ", range 0 to " + num);
      }
    }
    int bags = includeLastOffset ? Math.max(off.length - 1, 0) : off.length;
    long[] bagOf = new long[n];
    long[] count = new long[bags];
    java.util.Arrays.fill(bagOf, -1);
    for (int b = 0; b < bags; b++) {
      long end = b + 1 < off.length ? off[b + 1] : n;
      for (long i = off[b]; i < Math.min(end, n); i++) {
        if (idx[(int) i] != paddingIdx) {
          bagOf[(int) i] = b;
          count[b]++;
        }
      }
    }
    List<Long> keptPos = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (bagOf[i] >= 0) {
        keptPos.add((long) i);
      }
    }
    long[] kp = keptPos.stream().mapToLong(Long::longValue).toArray();
    long[] kIdx = new long[kp.length];
    long[] kBag = new long[kp.length];
    for (int k = 0; k < kp.length; k++) {
      kIdx[k] = idx[(int) kp[k]];
      kBag[k] = bagOf[(int) kp[k]];
    }
    Tensor posT = Torch.tensor(kp, new long[] {kp.length}, DType.int64).to(weight.device());
    Tensor idxT = Torch.tensor(kIdx, new long[] {kIdx.length}, DType.int64).to(weight.device());
    Tensor bagT = Torch.tensor(kBag, new long[] {kBag.length}, DType.int64).to(weight.device());
    long[] outShape = {bags, dim};
    if (mode == 2) {
      // max: the weight row that holds each bag's maximum, per column (the first on ties)
      long[] arg = new long[(int) (bags * dim)];
      boolean[] filled = new boolean[bags];
      double[] best = new double[(int) (bags * dim)];
      double[] rows = weight.detach().index_select(0, idxT).to(DType.float64).toDoubleArray();
      for (int k = 0; k < kp.length; k++) {
        int b = (int) kBag[k];
        for (int d = 0; d < dim; d++) {
          double v = rows[(int) (k * dim + d)];
          int o = (int) (b * dim + d);
          if (!filled[b] || v > best[o]) {
            best[o] = v;
            arg[o] = kIdx[k];
          }
        }
        filled[b] = true;
      }
      long[] emptyRows = new long[bags];
      for (int b = 0; b < bags; b++) {
        emptyRows[b] = filled[b] ? 1 : 0;
      }
      Tensor argT = Torch.tensor(arg, outShape, DType.int64).to(weight.device());
      Tensor keep = Torch.tensor(emptyRows, new long[] {bags, 1}, DType.int64).to(weight.device()).eq(1L);
      Tensor out;
      try (var g = Torch.no_grad()) {
        out = Torch.where(keep, weight.detach().gather(0, argT), Torch.zeros(new long[0], weight.dtype()));
      }
      return AutogradFunction.record("EmbeddingBagBackward0", out, new Tensor[] {weight}, gr -> {
        Tensor gm = Torch.where(keep, gr, Torch.zeros(new long[0], gr.dtype()));
        return new Tensor[] {gr.new_zeros(weight.shape().toLongArray()).scatter_add(0, argT, gm)};
      });
    }
    long[] cnt = count.clone();
    Tensor scale = Torch.tensor(java.util.Arrays.stream(cnt).mapToDouble(c -> mode == 1 && c > 0 ? 1.0 / c : 1.0)
        .toArray(), new long[] {bags, 1}, weight.dtype()).to(weight.device());
    Tensor psw = perSampleWeights == null ? null : perSampleWeights.index_select(0, posT).unsqueeze(1);
    Tensor out;
    try (var g = Torch.no_grad()) {
      Tensor rows = weight.detach().index_select(0, idxT);
      if (psw != null) {
        rows = rows.mul(psw.detach());
      }
      out = weight.detach().new_zeros(outShape).index_add(0, bagT, rows).mul(scale);
    }
    Tensor[] ins = perSampleWeights == null ? new Tensor[] {weight} : new Tensor[] {weight, perSampleWeights};
    return AutogradFunction.record("EmbeddingBagBackward0", out, ins, gr -> {
      Tensor gb = gr.mul(scale).index_select(0, bagT);
      Tensor gRows = psw == null ? gb : gb.mul(psw);
      if (scaleGradByFreq) {
        Tensor counts = gr.new_zeros(num).index_add(0, idxT, gr.new_ones(idxT.numel()));
        gRows = gRows.div(counts.index_select(0, idxT).unsqueeze(1));
      }
      Tensor gw = gr.new_zeros(weight.shape().toLongArray()).index_add(0, idxT, gRows);
      if (perSampleWeights == null) {
        return new Tensor[] {gw};
      }
      Tensor gp = gb.mul(weight.index_select(0, idxT)).sum(1);
      Tensor gpFull = gr.new_zeros(perSampleWeights.shape().toLongArray()).index_add(0, posT, gp);
      return new Tensor[] {gw, gpFull};
    });
  }

  // ------------------------------------------------------------------ bilinear

  static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
    if (input1.dim() != input2.dim()) {
      throw new IllegalArgumentException(
          "bilinear(): input dimensions do not match: got " + input1.dim() + " and " + input2.dim());
    }
    for (int i = 0; i < input1.dim() - 1; i++) {
      if (input1.size(i) != input2.size(i)) {
        throw new IllegalArgumentException(
            "bilinear(): input batch dimensions do not match: got "
                + input1.size(i)
                + " and "
                + input2.size(i));
      }
    }
    if (input1.size(-1) != weight.size(1)) {
      throw new IllegalArgumentException(
          "bilinear(): input1 size does not match weight size: got "
              + input1.size(-1)
              + " but expected "
              + weight.size(1));
    }
    if (input2.size(-1) != weight.size(2)) {
      throw new IllegalArgumentException(
          "bilinear(): input2 size does not match weight size: got "
              + input2.size(-1)
              + " but expected "
              + weight.size(2));
    }
    if (bias != null && bias.size(0) != weight.size(0)) {
      throw new IllegalArgumentException(
          "bilinear(): bias size does not match weight size: got "
              + bias.size(0)
              + " but expected "
              + weight.size(0));
    }
    long[] s1 = input1.shape().toLongArray();
    long[] outShape = s1.clone();
    outShape[s1.length - 1] = weight.size(0);
    long o = weight.size(0);
    long i1 = weight.size(1);
    long i2 = weight.size(2);
    Tensor x1 = input1.reshape(new long[] {-1, i1});
    Tensor x2 = input2.reshape(new long[] {-1, i2});
    // out[n, o] = sum_ij x1[n, i] W[o, i, j] x2[n, j]
    Tensor t = x1.matmul(weight.permute(1, 0, 2).reshape(new long[] {i1, o * i2}))
        .reshape(new long[] {-1, o, i2});
    Tensor out = t.mul(x2.unsqueeze(1)).sum(2).reshape(outShape);
    return bias == null ? out : out.add(bias);
  }
}
