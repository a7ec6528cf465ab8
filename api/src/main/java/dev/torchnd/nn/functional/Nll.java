package dev.torchnd.nn.functional;

import dev.torchnd.AutogradFunction;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Arrays;

/**
 * PyTorch's CPU {@code nll_loss} / {@code nll_loss2d} kernels: the reduced loss is summed with the
 * same eight-level cascade in the input's dtype, so float32 losses match PyTorch's bit for bit.
 * The input is read as {@code (N, C, S)} (S the product of the spatial dims, 1 for 2-d input).
 */
final class Nll {
  private Nll() {}

  static Tensor nllLossNd(Tensor self, Tensor target, Tensor weight, int red, long ignore) {
    if (self.dim() < 1) {
      throw new IllegalArgumentException("Expected 1 or more dimensions (got " + self.dim() + ")");
    }
    if (self.dim() != 1 && target.dim() > 0 && self.size(0) != target.size(0)) {
      throw new IllegalArgumentException(
          "Expected input batch_size ("
              + self.size(0)
              + ") to match target batch_size ("
              + target.size(0)
              + ").");
    }
    if (self.dim() <= 2) {
      if (target.dim() > 1) {
        throw new IllegalArgumentException(
            "0D or 1D target tensor expected, multi-target not supported");
      }
      boolean noBatch = self.dim() == 1 && target.dim() == 0;
      if (!noBatch && self.size(0) != (target.dim() == 0 ? 1 : target.size(0))) {
        throw new IllegalArgumentException(
            "size mismatch (got input: "
                + Repr.list(self.shape())
                + ", target: "
                + Repr.list(target.shape())
                + ")");
      }
      return run(self, target, weight, red, ignore, "NllLossBackward0");
    }
    long[] s = self.shape().toLongArray();
    long[] outSize = new long[s.length - 1];
    outSize[0] = s[0];
    System.arraycopy(s, 2, outSize, 1, s.length - 2);
    long[] ts = target.shape().toLongArray();
    if (!Arrays.equals(Arrays.copyOfRange(ts, 1, ts.length), Arrays.copyOfRange(s, 2, s.length))) {
      throw new IllegalArgumentException(
          "Expected target size "
              + Repr.list(new dev.torchnd.Size(outSize))
              + ", got "
              + Repr.list(target.shape()));
    }
    return run(self, target, weight, red, ignore, "NllLoss2dBackward0");
  }

  private static Tensor run(
      Tensor self, Tensor target, Tensor weight, int red, long ignore, String name) {
    if (target.dtype() != DType.int64) {
      throw new IllegalArgumentException(
          "expected scalar type Long but found " + target.dtype().scalarTypeName());
    }
    long[] shape = self.shape().toLongArray();
    int classDim = self.dim() == 1 ? 0 : 1;
    long nClasses = shape[classDim];
    if (weight != null && (weight.dim() != 1 || weight.numel() != nClasses)) {
      throw new IllegalArgumentException(
          "weight tensor should be defined either for all "
              + nClasses
              + " classes or no classes but got weight tensor of shape: "
              + Repr.list(weight.shape()));
    }
    int n = self.dim() == 1 ? 1 : (int) shape[0];
    int c = (int) nClasses;
    int sp = 1;
    for (int d = 2; d < shape.length; d++) {
      sp *= (int) shape[d];
    }
    if (self.is_cuda() && target.is_cuda() && (weight == null || weight.is_cuda())
        && self.numel() > 0 && (long) n * sp > 0) {
      try {
        return onDevice(self, target, weight, red, ignore, name, n, c, sp);
      } catch (IndexOutOfBoundsException e) {
        // A target out of range: the host kernel below reports it with PyTorch's text.
      }
    }
    long[] t = target.toLongArray();
    double[] w = weight == null ? null : weight.toDoubleArray();
    boolean f32 = self.dtype() == DType.float32;
    double[] x = self.toDoubleArray();
    // The backward's constant: -weight[target] at each target position (0 where ignored).
    double[] coef = new double[x.length];
    boolean none = red == 0 && self.dim() >= 2;
    double[] outNone = none ? new double[n * sp] : null;
    final int levels = 8;
    int numIter = n * sp;
    int levelPower = Math.max(4, ceilLog2(numIter) / levels);
    long levelMask = (1L << levelPower) - 1;
    double[] lossSums = new double[levels];
    double[] weightSums = new double[levels];
    long ignored = 0;
    for (int i = 0; i < numIter; i++) {
      int b = i / sp;
      int e = i % sp;
      long cur = t[i];
      if (cur == ignore) {
        ignored++;
        continue;
      }
      if (cur < 0 || cur >= nClasses) {
        throw new IndexOutOfBoundsException("Target " + cur + " is out of bounds.");
      }
      int idx = (int) ((b * (long) c + cur) * sp + e);
      double wv = w == null ? 1.0 : (f32 ? (float) w[(int) cur] : w[(int) cur]);
      coef[idx] = -wv;
      if (none) {
        outNone[i] = f32 ? (float) (-(float) x[idx] * (float) wv) : -x[idx] * wv;
        continue;
      }
      if (f32) {
        if (w != null) {
          lossSums[0] = (float) (lossSums[0] - (float) ((float) x[idx] * (float) wv));
          weightSums[0] = (float) (weightSums[0] + (float) wv);
        } else {
          lossSums[0] = (float) (lossSums[0] - (float) x[idx]);
        }
      } else {
        if (w != null) {
          lossSums[0] -= x[idx] * wv;
          weightSums[0] += wv;
        } else {
          lossSums[0] -= x[idx];
        }
      }
      for (int j = 0; j + 1 < levels; ++j) {
        long mask = levelMask << (j * levelPower);
        if ((i & mask) != 0) {
          break;
        }
        weightSums[j + 1] = f32 ? (float) (weightSums[j + 1] + weightSums[j]) : weightSums[j + 1] + weightSums[j];
        lossSums[j + 1] = f32 ? (float) (lossSums[j + 1] + lossSums[j]) : lossSums[j + 1] + lossSums[j];
        weightSums[j] = 0;
        lossSums[j] = 0;
      }
    }
    Tensor out;
    double totalWeight;
    if (none) {
      out = Torch.tensor(outNone, target.shape().toLongArray(), self.dtype());
      totalWeight = 0;
    } else if (numIter == 0 || (self.numel() == 0)) {
      totalWeight = 0;
      out = Torch.tensor(new double[] {red == 1 ? Double.NaN : 0}, new long[0], self.dtype());
    } else {
      double tw;
      double lv = 0;
      if (w == null) {
        tw = numIter - ignored;
      } else {
        tw = 0;
        for (double v : weightSums) {
          tw = f32 ? (float) (tw + v) : tw + v;
        }
      }
      for (double v : lossSums) {
        lv = f32 ? (float) (lv + v) : lv + v;
      }
      if (red == 1) {
        lv = f32 ? (float) ((float) lv / (float) tw) : lv / tw;
      }
      totalWeight = tw;
      out = Torch.tensor(new double[] {lv}, new long[0], self.dtype());
    }
    Tensor coefT = Torch.tensor(coef, shape, self.dtype());
    final double tw = totalWeight;
    return AutogradFunction.record(
        name,
        out,
        new Tensor[] {self},
        gr -> {
          if (none) {
            return new Tensor[] {coefT.mul(gr.unsqueeze(1))};
          }
          return new Tensor[] {coefT.mul(red == 1 ? gr.div(tw) : gr)};
        });
  }

  /**
   * The same loss as tensor ops on the {@code cuda} device, the target never read to the host:
   * the picked log-probabilities {@code x[b, t[b, e], e]} by gather, weighted and summed there.
   * The sum is the device's (libnd4j's order, as PyTorch's CUDA kernel has its own), so float32
   * losses can differ from the CPU kernel's cascade in the last place. A target out of range
   * throws from the gather, and the caller's host kernel reports it.
   */
  private static Tensor onDevice(
      Tensor self, Tensor target, Tensor weight, int red, long ignore, String name, int n, int c,
      int sp) {
    long[] shape = self.shape().toLongArray();
    Tensor valid;
    Tensor picked;
    Tensor wt;
    Tensor coefT;
    try (var g = Torch.no_grad()) {
      Tensor x = self.detach().reshape(n, c, sp);
      Tensor t = target.reshape(n, 1, sp);
      valid = t.ne(ignore);
      Tensor safe = t.masked_fill(valid.logical_not(), 0L);
      picked = x.gather(1, safe);
      Tensor wv = weight == null
          ? Torch.ones_like(picked)
          : weight.detach().index_select(0, safe.reshape(-1)).reshape(n, 1, sp);
      wt = wv.mul(valid.to(self.dtype()));
      // -w at each target position, +0.0 where ignored (as the host kernel's zeros).
      coefT = Torch.zeros_like(x).scatter_(1, safe, wt.neg().add(0.0)).reshape(shape);
    }
    boolean none = red == 0 && self.dim() >= 2;
    Tensor out;
    Tensor twT = null;
    try (var g = Torch.no_grad()) {
      // Ignored positions are 0, as the host kernel leaves them (whatever x holds there).
      Tensor losses = picked.mul(wt).neg().masked_fill(valid.logical_not(), 0.0);
      if (none) {
        out = losses.reshape(target.shape().toLongArray());
      } else {
        out = cascadeSum(losses.reshape(-1), n * sp);
        if (red == 1) {
          twT = weight == null ? wt.sum() : cascadeSum(wt.reshape(-1), n * sp);
          out = out.div(twT);
        }
      }
    }
    final Tensor twF = twT;
    return AutogradFunction.record(
        name,
        out,
        new Tensor[] {self},
        gr -> {
          if (none) {
            return new Tensor[] {coefT.mul(gr.unsqueeze(1))};
          }
          return new Tensor[] {coefT.mul(red == 1 ? gr.div(twF) : gr)};
        });
  }

  /**
   * The host kernel's eight-level cascade as tensor ops: element 0 goes straight to the top
   * level; the rest are summed sequentially (from 0, in the dtype) in groups of {@code 2^p}
   * consecutive elements, those sums again in groups of {@code 2^p}, and so on up; the top
   * value plus element 0 is the total. Since {@code a + b == b + a} exactly, adding the levels'
   * unfinished groups at the end, as the kernel does, equals finishing each group early, so the
   * result is the kernel's bit for bit; except where an ignored target sits at a position that
   * is a multiple of {@code 2^p}: the kernel then skips that flush, and the sum can differ from
   * it in the last place.
   */
  static Tensor cascadeSum(Tensor b, int numIter) {
    int levelPower = Math.max(4, ceilLog2(numIter) / 8);
    int group = 1 << levelPower;
    long len = b.numel();
    Tensor first = b.narrow(0, 0, 1).reshape(new long[0]);
    if (len == 1) {
      return Torch.zeros_like(first).add(first);
    }
    Tensor v = b.narrow(0, 1, len - 1);
    while (v.numel() > 1) {
      long n = v.numel();
      long g = (n + group - 1) / group;
      if (g * group != n) {
        v = Torch.cat(new Tensor[] {v, Torch.zeros(new long[] {g * group - n}, v.dtype(), v.device())}, 0);
      }
      Tensor m = v.reshape(g, group);
      Tensor acc = Torch.zeros(new long[] {g}, v.dtype(), v.device());
      for (int c = 0; c < group; c++) {
        acc = acc.add(m.select(1, c));
      }
      v = acc;
    }
    return Torch.zeros_like(first).add(v.reshape(new long[0])).add(first);
  }

  private static int ceilLog2(long x) {
    if (x <= 2) {
      return 1;
    }
    return 64 - Long.numberOfLeadingZeros(x - 1);
  }
}
