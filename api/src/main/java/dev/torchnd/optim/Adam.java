package dev.torchnd.optim;

import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Adam (with AMSGrad, L2 weight decay and maximize): PyTorch 1.13's single-tensor algorithm, op
 * for op, so float32 results match.
 *
 * <pre>{@code
 * var opt = new Adam(net.parameters(), 0.001);                 // torch.optim.Adam(..., lr=0.001)
 * var opt = new Adam(params, Map.of("lr", 0.01, "amsgrad", true));
 * }</pre>
 *
 * PyTorch: {@code torch.optim.Adam}.
 */
public class Adam extends Optimizer {

  static Map<String, Object> signature() {
    return ordered(
        "lr", 0.001,
        "betas", List.of(0.9, 0.999),
        "eps", 1e-08,
        "weight_decay", 0,
        "amsgrad", false,
        "maximize", false,
        "foreach", null,
        "capturable", false,
        "differentiable", false,
        "fused", false);
  }

  /** PyTorch: {@code Adam(params, **kwargs)}, e.g. {@code Map.of("lr", 0.01, "amsgrad", true)}. */
  public Adam(Iterable<?> params, Map<String, ?> kwargs) {
    super(params, checkAdam(kwargs("Adam", signature(), kwargs)));
    if (flag(defaults(), "fused")) {
      if (flag(defaults(), "differentiable")) {
        throw new IllegalStateException("`fused` cannot be `differentiable`");
      }
      throw new IllegalStateException(
          "FusedAdam requires all the params to be CUDA, floating point");
    }
  }

  /** PyTorch: {@code Adam(params)} (lr 0.001, betas (0.9, 0.999), eps 1e-08). */
  public Adam(Iterable<?> params) {
    this(params, Map.of());
  }

  /** PyTorch: {@code Adam(params, lr)}. */
  public Adam(Iterable<?> params, double lr) {
    this(params, ordered("lr", lr));
  }

  /** PyTorch: {@code Adam(params, lr, betas)}. */
  public Adam(Iterable<?> params, double lr, double[] betas) {
    this(params, ordered("lr", lr, "betas", List.of(betas[0], betas[1])));
  }

  /** PyTorch: {@code Adam(params, lr, betas, eps, weight_decay, amsgrad)}. */
  public Adam(
      Iterable<?> params,
      double lr,
      double[] betas,
      double eps,
      double weight_decay,
      boolean amsgrad) {
    this(
        params,
        ordered("lr", lr, "betas", List.of(betas[0], betas[1]), "eps", eps, "weight_decay",
            weight_decay, "amsgrad", amsgrad));
  }

  static Map<String, Object> checkAdam(Map<String, Object> d) {
    if (!(0.0 <= number(d.get("lr")))) {
      throw new IllegalArgumentException("Invalid learning rate: " + str(d.get("lr")));
    }
    if (!(0.0 <= number(d.get("eps")))) {
      throw new IllegalArgumentException("Invalid epsilon value: " + str(d.get("eps")));
    }
    double[] betas = pair(d.get("betas"), "betas");
    if (!(0.0 <= betas[0] && betas[0] < 1.0)) {
      throw new IllegalArgumentException(
          "Invalid beta parameter at index 0: " + PyRepr.repr(betas[0]));
    }
    if (!(0.0 <= betas[1] && betas[1] < 1.0)) {
      throw new IllegalArgumentException(
          "Invalid beta parameter at index 1: " + PyRepr.repr(betas[1]));
    }
    if (!(0.0 <= number(d.get("weight_decay")))) {
      throw new IllegalArgumentException(
          "Invalid weight_decay value: " + str(d.get("weight_decay")));
    }
    return d;
  }

  @Override
  protected void setstate() {
    super.setstate();
    for (Map<String, Object> g : param_groups()) {
      g.putIfAbsent("amsgrad", false);
      g.putIfAbsent("maximize", false);
      g.putIfAbsent("foreach", null);
      g.putIfAbsent("capturable", false);
      g.putIfAbsent("fused", false);
    }
    AdamMath.stepsToTensors(state());
  }

  @Override
  protected void update(Map<String, Object> group) {
    AdamMath.update(this, group, false);
  }
}
