package dev.torchnd.optim;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.Map;

/** {@code _single_tensor_adam} and {@code _single_tensor_adamw} of PyTorch 1.13. */
final class AdamMath {
  private AdamMath() {}

  static void update(Optimizer opt, Map<String, Object> group, boolean decoupled) {
    double[] betas = Optimizer.pair(group.get("betas"), "betas");
    double beta1 = betas[0];
    double beta2 = betas[1];
    double lr = Optimizer.num(group, "lr");
    double weightDecay = Optimizer.num(group, "weight_decay");
    double eps = Optimizer.num(group, "eps");
    boolean amsgrad = Optimizer.flag(group, "amsgrad");
    boolean maximize = Optimizer.flag(group, "maximize");
    boolean foreach = Optimizer.flag(group, "foreach");
    if (Optimizer.flag(group, "capturable")) {
      throw new IllegalStateException(
          "If capturable=True, params and state_steps must be CUDA tensors.");
    }
    for (Tensor param : Optimizer.params(group)) {
      Tensor grad = param.grad();
      if (grad == null) {
        continue;
      }
      Map<String, Object> state = opt.stateOf(param);
      if (state.isEmpty()) {
        state.put("step", Torch.tensor(0.0));
        state.put("exp_avg", Torch.zeros_like(param));
        state.put("exp_avg_sq", Torch.zeros_like(param));
        if (amsgrad) {
          state.put("max_exp_avg_sq", Torch.zeros_like(param));
        }
      }
      Tensor expAvg = (Tensor) state.get("exp_avg");
      Tensor expAvgSq = (Tensor) state.get("exp_avg_sq");
      Tensor stepT = (Tensor) state.get("step");
      if (maximize) {
        grad = grad.neg();
      }
      stepT.add_(1L);
      if (decoupled) {
        param.mul_(1 - lr * weightDecay);
      } else if (weightDecay != 0) {
        // _multi_tensor_adam (foreach=True) decays the gradient in place, p.grad included.
        grad = foreach ? grad.add_(param, weightDecay) : grad.add(param, weightDecay);
      }
      expAvg.mul_(beta1).add_(grad, 1 - beta1);
      expAvgSq.mul_(beta2).addcmul_(grad, grad, 1 - beta2);
      double step = stepT.doubleValue();
      double biasCorrection1 = 1 - Math.pow(beta1, step);
      double biasCorrection2 = 1 - Math.pow(beta2, step);
      double stepSize = lr / biasCorrection1;
      double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
      Tensor denom;
      if (amsgrad) {
        Tensor maxSq = (Tensor) state.get("max_exp_avg_sq");
        maxSq.copy_(Torch.maximum(maxSq, expAvgSq));
        denom = maxSq.sqrt().div(biasCorrection2Sqrt).add_(eps);
      } else {
        denom = expAvgSq.sqrt().div(biasCorrection2Sqrt).add_(eps);
      }
      param.addcdiv_(expAvg, denom, -stepSize);
    }
  }

  /** State saved before PyTorch 1.12 kept {@code step} as a number. */
  static void stepsToTensors(Map<Tensor, Map<String, Object>> state) {
    if (state.isEmpty()) {
      return;
    }
    Object first = state.values().iterator().next().get("step");
    if (first instanceof Tensor) {
      return;
    }
    for (Map<String, Object> s : state.values()) {
      Object v = s.get("step");
      if (v instanceof Number n) {
        s.put("step", Torch.tensor(n.doubleValue()));
      }
    }
  }
}
