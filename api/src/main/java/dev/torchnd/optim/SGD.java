package dev.torchnd.optim;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum (dampening, Nesterov), weight decay and
 * maximize: PyTorch 1.13's single-tensor algorithm, op for op, so float32 results match.
 *
 * <pre>{@code
 * var trainer = new SGD(net.parameters(), 0.03);            // torch.optim.SGD(net.parameters(), lr=0.03)
 * var opt = new SGD(params, Map.of("lr", 0.1, "momentum", 0.9, "nesterov", true));
 * }</pre>
 *
 * PyTorch: {@code torch.optim.SGD}.
 */
public class SGD extends Optimizer {

  private static Map<String, Object> signature() {
    return ordered(
        "lr", required,
        "momentum", 0,
        "dampening", 0,
        "weight_decay", 0,
        "nesterov", false,
        "maximize", false,
        "foreach", null,
        "differentiable", false);
  }

  /** PyTorch: {@code SGD(params, **kwargs)}, e.g. {@code Map.of("lr", 0.1, "maximize", true)}. */
  public SGD(Iterable<?> params, Map<String, ?> kwargs) {
    super(params, check(kwargs("SGD", signature(), kwargs)));
  }

  /** PyTorch: {@code SGD(params)}: every group must then set {@code lr}. */
  public SGD(Iterable<?> params) {
    this(params, Map.of());
  }

  /** PyTorch: {@code SGD(params, lr)}. */
  public SGD(Iterable<?> params, double lr) {
    this(params, ordered("lr", lr));
  }

  /** PyTorch: {@code SGD(params, lr, momentum)}. */
  public SGD(Iterable<?> params, double lr, double momentum) {
    this(params, ordered("lr", lr, "momentum", momentum));
  }

  /** PyTorch: {@code SGD(params, lr, momentum, dampening)}. */
  public SGD(Iterable<?> params, double lr, double momentum, double dampening) {
    this(params, ordered("lr", lr, "momentum", momentum, "dampening", dampening));
  }

  /** PyTorch: {@code SGD(params, lr, momentum, dampening, weight_decay)}. */
  public SGD(
      Iterable<?> params, double lr, double momentum, double dampening, double weight_decay) {
    this(
        params,
        ordered("lr", lr, "momentum", momentum, "dampening", dampening, "weight_decay",
            weight_decay));
  }

  /** PyTorch: {@code SGD(params, lr, momentum, dampening, weight_decay, nesterov)}. */
  public SGD(
      Iterable<?> params,
      double lr,
      double momentum,
      double dampening,
      double weight_decay,
      boolean nesterov) {
    this(
        params,
        ordered("lr", lr, "momentum", momentum, "dampening", dampening, "weight_decay",
            weight_decay, "nesterov", nesterov));
  }

  private static Map<String, Object> check(Map<String, Object> d) {
    Object lr = d.get("lr");
    if (lr != required && number(lr) < 0.0) {
      throw new IllegalArgumentException("Invalid learning rate: " + str(lr));
    }
    if (number(d.get("momentum")) < 0.0) {
      throw new IllegalArgumentException("Invalid momentum value: " + str(d.get("momentum")));
    }
    if (number(d.get("weight_decay")) < 0.0) {
      throw new IllegalArgumentException(
          "Invalid weight_decay value: " + str(d.get("weight_decay")));
    }
    if (flag(d, "nesterov") && (num(d, "momentum") <= 0 || num(d, "dampening") != 0)) {
      throw new IllegalArgumentException(
          "Nesterov momentum requires a momentum and zero dampening");
    }
    return d;
  }

  @Override
  protected void setstate() {
    super.setstate();
    for (Map<String, Object> g : param_groups()) {
      g.putIfAbsent("nesterov", false);
      g.putIfAbsent("maximize", false);
      g.putIfAbsent("foreach", null);
    }
  }

  @Override
  protected void update(Map<String, Object> group) {
    double weightDecay = num(group, "weight_decay");
    double momentum = num(group, "momentum");
    double lr = num(group, "lr");
    double dampening = num(group, "dampening");
    boolean nesterov = flag(group, "nesterov");
    boolean maximize = flag(group, "maximize");
    boolean foreach = flag(group, "foreach");
    for (Tensor param : params(group)) {
      Tensor grad = param.grad();
      if (grad == null) {
        continue;
      }
      Map<String, Object> state = stateOf(param);
      Tensor buf = (Tensor) state.get("momentum_buffer");
      Tensor dp = maximize ? grad.neg() : grad;
      if (weightDecay != 0) {
        dp = dp.add(param, weightDecay);
      }
      if (momentum != 0) {
        if (buf == null) {
          buf = Torch.clone(dp).detach();
        } else {
          buf.mul_(momentum).add_(dp, 1 - dampening);
        }
        // foreach=True (_multi_tensor_sgd) adds in place, into p.grad itself when no weight decay
        // or maximize made a copy; the values are the same.
        dp = nesterov ? (foreach ? dp.add_(buf, momentum) : dp.add(buf, momentum)) : buf;
      }
      param.add_(dp, -lr);
      state.put("momentum_buffer", buf);
    }
  }
}
