package dev.torchnd.optim;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;

/**
 * Adagrad (with lr decay, weight decay, an initial accumulator and maximize): PyTorch 1.13's
 * single-tensor algorithm. Its state ({@code step}, {@code sum}) exists for every parameter from
 * construction on, as in PyTorch.
 *
 * <pre>{@code
 * var opt = new Adagrad(net.parameters(), 0.01);   // torch.optim.Adagrad(..., lr=0.01)
 * }</pre>
 *
 * PyTorch: {@code torch.optim.Adagrad}.
 */
public class Adagrad extends Optimizer {

  private static Map<String, Object> signature() {
    return ordered(
        "lr", 0.01,
        "lr_decay", 0,
        "eps", 1e-10,
        "weight_decay", 0,
        "initial_accumulator_value", 0,
        "foreach", null,
        "maximize", false);
  }

  /** PyTorch: {@code Adagrad(params, **kwargs)}. */
  public Adagrad(Iterable<?> params, Map<String, ?> kwargs) {
    super(params, check(kwargs("Adagrad", signature(), kwargs)));
    for (Map<String, Object> group : param_groups()) {
      double init = num(group, "initial_accumulator_value");
      for (Tensor p : params(group)) {
        Map<String, Object> state = stateOf(p);
        state.put("step", Torch.tensor(0.0));
        state.put("sum", Torch.full_like(p, init));
      }
    }
  }

  /** PyTorch: {@code Adagrad(params)} (lr 0.01). */
  public Adagrad(Iterable<?> params) {
    this(params, Map.of());
  }

  /** PyTorch: {@code Adagrad(params, lr)}. */
  public Adagrad(Iterable<?> params, double lr) {
    this(params, ordered("lr", lr));
  }

  /** PyTorch: {@code Adagrad(params, lr, lr_decay, weight_decay, initial_accumulator_value, eps)}. */
  public Adagrad(
      Iterable<?> params,
      double lr,
      double lr_decay,
      double weight_decay,
      double initial_accumulator_value,
      double eps) {
    this(
        params,
        ordered("lr", lr, "lr_decay", lr_decay, "weight_decay", weight_decay,
            "initial_accumulator_value", initial_accumulator_value, "eps", eps));
  }

  private static Map<String, Object> check(Map<String, Object> d) {
    if (!(0.0 <= number(d.get("lr")))) {
      throw new IllegalArgumentException("Invalid learning rate: " + str(d.get("lr")));
    }
    if (!(0.0 <= number(d.get("lr_decay")))) {
      throw new IllegalArgumentException("Invalid lr_decay value: " + str(d.get("lr_decay")));
    }
    if (!(0.0 <= number(d.get("weight_decay")))) {
      throw new IllegalArgumentException(
          "Invalid weight_decay value: " + str(d.get("weight_decay")));
    }
    if (!(0.0 <= number(d.get("initial_accumulator_value")))) {
      throw new IllegalArgumentException(
          "Invalid initial_accumulator_value value: " + str(d.get("initial_accumulator_value")));
    }
    if (!(0.0 <= number(d.get("eps")))) {
      throw new IllegalArgumentException("Invalid epsilon value: " + str(d.get("eps")));
    }
    return d;
  }

  @Override
  protected void setstate() {
    for (Map<String, Object> g : param_groups()) {
      g.putIfAbsent("foreach", null);
      g.putIfAbsent("maximize", false);
    }
    AdamMath.stepsToTensors(state());
  }

  @Override
  protected void update(Map<String, Object> group) {
    double lr = num(group, "lr");
    double weightDecay = num(group, "weight_decay");
    double lrDecay = num(group, "lr_decay");
    double eps = num(group, "eps");
    boolean maximize = flag(group, "maximize");
    boolean foreach = flag(group, "foreach");
    for (Tensor param : params(group)) {
      Tensor grad = param.grad();
      if (grad == null) {
        continue;
      }
      Map<String, Object> state = stateOf(param);
      Tensor stateSum = (Tensor) state.get("sum");
      Tensor stepT = (Tensor) state.get("step");
      stepT.add_(1L);
      if (maximize) {
        grad = grad.neg();
      }
      if (foreach) {
        // _multi_tensor_adagrad: decays the gradient in place (p.grad included), computes
        // -lr / (1 + (step - 1) * lr_decay) in float32 tensor arithmetic (Python's float / tensor
        // is reciprocal() * float), and applies it as (grad * minus_clr) / std.
        if (weightDecay != 0) {
          grad = grad.add_(param, weightDecay);
        }
        Tensor minusClr = stepT.sub(1L).mul(lrDecay).add(1L).reciprocal().mul(-lr);
        stateSum.addcmul_(grad, grad, 1);
        Tensor std = stateSum.sqrt().add(eps);
        param.add_(grad.mul(minusClr).div(std));
        continue;
      }
      double step = stepT.doubleValue();
      if (weightDecay != 0) {
        grad = grad.add(param, weightDecay);
      }
      double clr = lr / (1 + (step - 1) * lrDecay);
      stateSum.addcmul_(grad, grad, 1);
      Tensor std = stateSum.sqrt().add_(eps);
      param.addcdiv_(grad, std, -clr);
    }
  }
}
