package dev.torchnd.optim;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;

/**
 * RMSprop (centered, with momentum, weight decay and maximize): PyTorch 1.13's single-tensor
 * algorithm, op for op.
 *
 * <pre>{@code
 * var opt = new RMSprop(net.parameters(), 0.01);   // torch.optim.RMSprop(..., lr=0.01)
 * }</pre>
 *
 * PyTorch: {@code torch.optim.RMSprop}.
 */
public class RMSprop extends Optimizer {

  private static Map<String, Object> signature() {
    return ordered(
        "lr", 0.01,
        "momentum", 0,
        "alpha", 0.99,
        "eps", 1e-08,
        "centered", false,
        "weight_decay", 0,
        "foreach", null,
        "maximize", false,
        "differentiable", false);
  }

  /** PyTorch: {@code RMSprop(params, **kwargs)}. */
  public RMSprop(Iterable<?> params, Map<String, ?> kwargs) {
    super(params, check(kwargs("RMSprop", signature(), kwargs)));
  }

  /** PyTorch: {@code RMSprop(params)} (lr 0.01, alpha 0.99). */
  public RMSprop(Iterable<?> params) {
    this(params, Map.of());
  }

  /** PyTorch: {@code RMSprop(params, lr)}. */
  public RMSprop(Iterable<?> params, double lr) {
    this(params, ordered("lr", lr));
  }

  /** PyTorch: {@code RMSprop(params, lr, alpha, eps, weight_decay, momentum, centered)}. */
  public RMSprop(
      Iterable<?> params,
      double lr,
      double alpha,
      double eps,
      double weight_decay,
      double momentum,
      boolean centered) {
    this(
        params,
        ordered("lr", lr, "alpha", alpha, "eps", eps, "weight_decay", weight_decay, "momentum",
            momentum, "centered", centered));
  }

  private static Map<String, Object> check(Map<String, Object> d) {
    if (!(0.0 <= number(d.get("lr")))) {
      throw new IllegalArgumentException("Invalid learning rate: " + str(d.get("lr")));
    }
    if (!(0.0 <= number(d.get("eps")))) {
      throw new IllegalArgumentException("Invalid epsilon value: " + str(d.get("eps")));
    }
    if (!(0.0 <= number(d.get("momentum")))) {
      throw new IllegalArgumentException("Invalid momentum value: " + str(d.get("momentum")));
    }
    if (!(0.0 <= number(d.get("weight_decay")))) {
      throw new IllegalArgumentException(
          "Invalid weight_decay value: " + str(d.get("weight_decay")));
    }
    if (!(0.0 <= number(d.get("alpha")))) {
      throw new IllegalArgumentException("Invalid alpha value: " + str(d.get("alpha")));
    }
    return d;
  }

  @Override
  protected void setstate() {
    super.setstate();
    for (Map<String, Object> g : param_groups()) {
      g.putIfAbsent("momentum", 0);
      g.putIfAbsent("centered", false);
      g.putIfAbsent("foreach", null);
      g.putIfAbsent("maximize", false);
    }
  }

  @Override
  protected void update(Map<String, Object> group) {
    double lr = num(group, "lr");
    double alpha = num(group, "alpha");
    double eps = num(group, "eps");
    double weightDecay = num(group, "weight_decay");
    double momentum = num(group, "momentum");
    boolean centered = flag(group, "centered");
    boolean maximize = flag(group, "maximize");
    boolean differentiable = flag(group, "differentiable");
    boolean foreach = flag(group, "foreach");
    for (Tensor param : params(group)) {
      Tensor grad = param.grad();
      if (grad == null) {
        continue;
      }
      Map<String, Object> state = stateOf(param);
      if (state.isEmpty()) {
        state.put("step", 0);
        state.put("square_avg", Torch.zeros_like(param));
        if (momentum > 0) {
          state.put("momentum_buffer", Torch.zeros_like(param));
        }
        if (centered) {
          state.put("grad_avg", Torch.zeros_like(param));
        }
      }
      Object step = state.get("step");
      if (differentiable && step instanceof Tensor) {
        throw new IllegalStateException("`step` can't be a tensor");
      }
      state.put("step", step instanceof Tensor t ? t.add(1L) : ((Number) step).intValue() + 1);
      if (maximize) {
        grad = grad.neg();
      }
      Tensor squareAvg = (Tensor) state.get("square_avg");
      if (weightDecay != 0) {
        // _multi_tensor_rmsprop (foreach=True) decays the gradient in place, p.grad included.
        grad = foreach ? grad.add_(param, weightDecay) : grad.add(param, weightDecay);
      }
      squareAvg.mul_(alpha).addcmul_(grad, grad, 1 - alpha);
      Tensor avg;
      if (centered) {
        Tensor gradAvg = (Tensor) state.get("grad_avg");
        gradAvg.mul_(alpha).add_(grad, 1 - alpha);
        avg = squareAvg.addcmul(gradAvg, gradAvg, -1).sqrt_();
      } else {
        avg = squareAvg.sqrt();
      }
      avg = differentiable ? avg.add(eps) : avg.add_(eps);
      if (momentum > 0) {
        Tensor buf = (Tensor) state.get("momentum_buffer");
        buf.mul_(momentum).addcdiv_(grad, avg);
        param.add_(buf, -lr);
      } else {
        param.addcdiv_(grad, avg, -lr);
      }
    }
  }
}
