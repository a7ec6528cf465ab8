package dev.torchnd.compat;

import static dev.torchnd.Index.Ellipsis;
import static dev.torchnd.Index.all;
import static dev.torchnd.Index.slice;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The vector-Jacobian replay tables, one per area ({@link BaseGradCases}, {@link CoreGradCases},
 * {@link MoreGradCases}, {@link NnGradCases}), registered in one place ({@link Registry}: a name
 * registered twice fails), plus the second-order functions. Used by the fixture replay ({@link
 * AutogradConformanceTest}) and by {@link GradCheckTest}.
 */
final class GradCases {
  private GradCases() {}

  /** Op name to function of the case's inputs: every area's table, each name once. */
  static final Map<String, Function<Tensor[], Tensor>> OPS =
      new Registry<Function<Tensor[], Tensor>>("VJP op")
          .area("autograd.json (record_autograd.py)", BaseGradCases::addTo)
          .area("autograd_core.json (record_autograd_core.py)", CoreGradCases::addTo)
          .area("autograd_more.json (record_autograd_more.py)", MoreGradCases::addTo)
          .area("autograd_nn.json (record_nn.py)", NnGradCases::addTo)
          .area("autograd_nn_layers.json (record_nn_layers.py)", NnLayersGradCases::addTo)
          .area("autograd_tutorials.json (record_tutorials.py)", TutorialGradCases::addTo)

          .area("autograd_common.json (record_autograd_common.py)", CommonGradCases::addTo)
          .area("autograd_stats.json (record_autograd_stats.py)", StatsGradCases::addTo)
          .area("autograd_extra.json (record_autograd_extra.py)", ExtraGradCases::addTo)
          .area("autograd_enum.json (record_autograd_enum.py)", EnumGradCases::addTo)
          .area("autograd_index.json (record_autograd_index.py)", IndexGradCases::addTo)
          .area("autograd_gaps.json (record_autograd_gaps.py)", GapsGradCases::addTo)
          .area("autograd_special.json (record_autograd_special.py)", SpecialGradCases::addTo)
          .freeze();

  /** Second-order functions of {@code record_autograd.py}'s {@code SECOND_ORDER}. */
  static final Map<String, Function<Tensor, Tensor>> SECOND_ORDER = new LinkedHashMap<>();

  static {
    SECOND_ORDER.put("cube", x -> x.pow(3L));
    SECOND_ORDER.put("cube_vec", x -> x.pow(3L).sum());
    SECOND_ORDER.put("sin", x -> Torch.sin(x).sum());
    SECOND_ORDER.put("exp_mul", x -> Torch.exp(x).mul(x).sum());
    SECOND_ORDER.put("matmul", x -> x.matmul(x).sum());
    SECOND_ORDER.put("tanh_matmul", x -> Torch.tanh(x.matmul(x)).sum());
  }
}
