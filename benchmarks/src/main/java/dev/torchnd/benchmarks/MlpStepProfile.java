package dev.torchnd.benchmarks;

import static dev.torchnd.Torch.randint;
import static dev.torchnd.Torch.randn;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.SGD;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link TrainingBench#mlp_step_torchnd}'s step, timed by phase in the calling thread's CPU time
 * (medians over many steps), for profiling without JMH:
 *
 * <pre>{@code java -cp ... dev.torchnd.benchmarks.MlpStepProfile [warmupSeconds] [steps] [rounds] [threads]}</pre>
 *
 * Prints one line per round: the step's median and each phase's (forward, loss, zero_grad,
 * backward, step), in microseconds, plus the checksum of the last loss so builds can be compared.
 */
public final class MlpStepProfile {
  private MlpStepProfile() {}

  public static void main(String[] args) {
    double warm = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (args.length > 3) {
      Torch.set_num_threads(Integer.parseInt(args[3]));
    }
    Common.init();
    Tensor x = randn(256, 784);
    Tensor y = randint(0, 10, 256);
    Sequential net = new Sequential(new Linear(784, 256), new ReLU(), new Linear(256, 10));
    CrossEntropyLoss loss = new CrossEntropyLoss();
    SGD trainer = new SGD(net.parameters(), 0.1);
    // Ten deterministic steps first: their losses and the weights' sums compare builds bit for bit.
    StringBuilder sb = new StringBuilder("check");
    for (int i = 0; i < 10; i++) {
      Tensor l = loss.call(net.call(x), y);
      trainer.zero_grad();
      l.backward();
      trainer.step();
      sb.append(' ').append(Integer.toHexString(Float.floatToRawIntBits(l.floatValue())));
    }
    for (Tensor p : net.parameters()) {
      sb.append(" | ").append(p.sum().doubleValue()).append(' ').append(p.abs().sum().doubleValue());
    }
    System.out.println(sb);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + (long) (warm * 1e9);
    double last = 0;
    while (System.nanoTime() < end) {
      Tensor l = loss.call(net.call(x), y);
      trainer.zero_grad();
      l.backward();
      trainer.step();
      last = l.doubleValue();
    }
    for (int r = 0; r < rounds; r++) {
      long[][] t = new long[6][steps];
      long wall0 = System.nanoTime();
      for (int s = 0; s < steps; s++) {
        long c0 = mx.getCurrentThreadCpuTime();
        Tensor out = net.call(x);
        long c1 = mx.getCurrentThreadCpuTime();
        Tensor l = loss.call(out, y);
        long c2 = mx.getCurrentThreadCpuTime();
        trainer.zero_grad();
        long c3 = mx.getCurrentThreadCpuTime();
        l.backward();
        long c4 = mx.getCurrentThreadCpuTime();
        trainer.step();
        long c5 = mx.getCurrentThreadCpuTime();
        t[0][s] = c5 - c0;
        t[1][s] = c1 - c0;
        t[2][s] = c2 - c1;
        t[3][s] = c3 - c2;
        t[4][s] = c4 - c3;
        t[5][s] = c5 - c4;
        if (s == steps - 1) {
          last = l.doubleValue();
        }
      }
      double wall = (System.nanoTime() - wall0) / 1e3 / steps;
      System.out.printf(
          "step %.0f  fwd %.0f  loss %.0f  zero %.0f  bwd %.0f  sgd %.0f  (wall %.0f us, threads %d, loss %s)%n",
          med(t[0]), med(t[1]), med(t[2]), med(t[3]), med(t[4]), med(t[5]), wall,
          Torch.get_num_threads(), Float.toString((float) last));
    }
  }

  private static double med(long[] a) {
    long[] c = a.clone();
    Arrays.sort(c);
    return c[c.length / 2] / 1e3;
  }
}
