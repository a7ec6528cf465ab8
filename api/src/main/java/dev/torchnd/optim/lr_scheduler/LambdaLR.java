package dev.torchnd.optim.lr_scheduler;

import dev.torchnd.optim.Optimizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Sets each group's rate to its initial rate times {@code lr_lambda(epoch)}.
 *
 * <pre>{@code
 * var scheduler = new LambdaLR(optimizer, epoch -> 1.0 / (epoch + 1));   // LambdaLR(opt, lambda epoch: ...)
 * }</pre>
 *
 * PyTorch: {@code torch.optim.lr_scheduler.LambdaLR}.
 */
public class LambdaLR extends LRScheduler {
  private final List<IntToDoubleFunction> lrLambdas;

  /** PyTorch: {@code LambdaLR(optimizer, lr_lambda)}: one function for every group. */
  public LambdaLR(Optimizer optimizer, IntToDoubleFunction lr_lambda) {
    this(optimizer, Collections.nCopies(optimizer.param_groups().size(), lr_lambda), -1, false);
  }

  /** PyTorch: {@code LambdaLR(optimizer, [lambda0, lambda1, ...])}: one function per group. */
  public LambdaLR(Optimizer optimizer, List<IntToDoubleFunction> lr_lambda) {
    this(optimizer, lr_lambda, -1, false);
  }

  /** PyTorch: {@code LambdaLR(optimizer, lr_lambda, last_epoch, verbose)}. */
  public LambdaLR(
      Optimizer optimizer, List<IntToDoubleFunction> lr_lambda, int last_epoch, boolean verbose) {
    super(checked(optimizer, lr_lambda), last_epoch, verbose);
    this.lrLambdas = List.copyOf(lr_lambda);
    initialStep();
  }

  private static Optimizer checked(Optimizer optimizer, List<IntToDoubleFunction> lr_lambda) {
    if (lr_lambda.size() != optimizer.param_groups().size()) {
      throw new IllegalArgumentException(
          "Expected "
              + optimizer.param_groups().size()
              + " lr_lambdas, but got "
              + lr_lambda.size());
    }
    return optimizer;
  }

  @Override
  protected List<Double> get_lr_chained() {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < base_lrs.size(); i++) {
      out.add(base_lrs.get(i) * lrLambdas.get(i).applyAsDouble(last_epoch));
    }
    return out;
  }

  @Override
  protected void ownState(Map<String, Object> sd) {}

  /** Java functions carry no state, so they save as {@code None}, as PyTorch's lambdas do. */
  @Override
  public Map<String, Object> state_dict() {
    Map<String, Object> sd = super.state_dict();
    sd.put("lr_lambdas", new ArrayList<>(Collections.nCopies(lrLambdas.size(), null)));
    return sd;
  }

  @Override
  protected void loadOwnState(Map<String, ?> sd) {}
}
