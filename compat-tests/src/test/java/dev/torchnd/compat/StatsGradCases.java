package dev.torchnd.compat;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;
import java.util.function.Function;

/**
 * The differentiable ops of {@code record_autograd_stats.py}'s {@code OPS} table ({@code
 * fixtures/autograd_stats.json}): var/std/var_mean/std_mean over dims with unbiased and
 * correction, cummax, cummin, logcumsumexp, kthvalue, mode, nanmedian, nansum, nanmean, msort,
 * quantile, nanquantile, cov, corrcoef,
 * each the Java spelling of the recorded Python lambda; registered through {@link GradCases#OPS}.
 */
final class StatsGradCases {
  private StatsGradCases() {}

  static void addTo(Map<String, Function<Tensor[], Tensor>> m) {
    m.put("var_dim", x -> x[0].var(1));
    m.put("var_dims_keepdim", x -> x[0].var(new int[] {0, 2}, false, true));
    m.put("var_correction", x -> Torch.var(x[0], 0, 0L, false));
    m.put("var_correction2_all", x -> Torch.var(x[0], null, 2L, true));
    m.put("std_dim", x -> x[0].std(0));
    m.put("std_dims_correction", x -> Torch.std(x[0], new int[] {1, 2}, 3L, false));
    m.put("std_unbiased_false", x -> x[0].std(false));
    m.put("var_mean_correction_var", x -> Torch.var_mean(x[0], 1, 0L, false)[0]);
    m.put("var_mean_correction_mean", x -> Torch.var_mean(x[0], 1, 0L, true)[1]);
    m.put("std_mean_dims_std", x -> Torch.std_mean(x[0], new int[] {0, 2}, true, true)[0]);
    m.put("std_mean_dims_mean", x -> Torch.std_mean(x[0], new int[] {0, 1})[1]);
    m.put("cummax", x -> Torch.cummax(x[0], 1).values());
    m.put("cummax_dim0", x -> x[0].cummax(0).values());
    m.put("cummin", x -> Torch.cummin(x[0], 1).values());
    m.put("cummin_dim0", x -> x[0].cummin(-3).values());
    m.put("logcumsumexp", x -> Torch.logcumsumexp(x[0], 1));
    m.put("logcumsumexp_dim0", x -> x[0].logcumsumexp(0));
    m.put("kthvalue", x -> Torch.kthvalue(x[0], 2).values());
    m.put("kthvalue_dim0_keepdim", x -> x[0].kthvalue(3, 0, true).values());
    m.put("mode", x -> Torch.mode(x[0]).values());
    m.put("mode_dim0", x -> x[0].mode(0, true).values());
    m.put("nanmedian", x -> Torch.nanmedian(x[0]));
    m.put("nanmedian_dim", x -> x[0].nanmedian(1).values());
    m.put("nanmedian_dim0_keepdim", x -> Torch.nanmedian(x[0], 0, true).values());
    m.put("nansum", x -> Torch.nansum(x[0]));
    m.put("nansum_dim", x -> x[0].nansum(1, true));
    m.put("nanmean", x -> Torch.nanmean(x[0]));
    m.put("nanmean_dims", x -> x[0].nanmean(new int[] {0, 2}));
    m.put("msort", x -> Torch.msort(x[0]));
    m.put("msort_method", x -> x[0].msort());
    m.put("quantile", x -> Torch.quantile(x[0], 0.3));
    m.put("quantile_dim_tensor_q", x -> x[0].quantile(
        Torch.tensor(new double[] {0.2, 0.75}, new long[] {2}, x[0].dtype()), 1, true));
    m.put("quantile_midpoint", x -> Torch.quantile(x[0], 0.5, 0, false, "midpoint"));
    m.put("quantile_lower", x -> x[0].quantile(0.4, null, true, "lower"));
    m.put("nanquantile", x -> Torch.nanquantile(x[0], 0.6, 1));
    m.put("nanquantile_nearest", x -> x[0].nanquantile(0.3, 0, false, "nearest"));
    m.put("mean_dims_batchnorm", x -> {
      int[] d = {0, 2, 3};
      Tensor c = x[0].sub(x[0].mean(d, true));
      return c.pow(2L).mean(d, true);
    });
    m.put("cov", x -> Torch.cov(x[0]));
    m.put("cov_weights", x -> x[0].cov(0, Torch.tensor(new long[] {1, 2, 1, 3}, new long[] {4}, DType.int64),
        Torch.tensor(new double[] {0.5, 1.0, 2.0, 0.25}, new long[] {4}, x[0].dtype())));
    m.put("cov_1d", x -> x[0].cov());
    m.put("corrcoef", x -> Torch.corrcoef(x[0]));
    m.put("corrcoef_method", x -> x[0].corrcoef());
  }
}
