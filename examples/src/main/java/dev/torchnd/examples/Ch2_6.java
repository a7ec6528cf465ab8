package dev.torchnd.examples;

import static dev.torchnd.Torch.manual_seed;
import static dev.torchnd.Torch.ones;
import static dev.torchnd.Torch.tensor;

import dev.torchnd.Tensor;
import dev.torchnd.d2l.D2l;
import dev.torchnd.d2l.PyRandom;
import dev.torchnd.distributions.Multinomial;
import java.util.List;

/**
 * D2L §2.6 Probability, cell by cell; the Python of each cell is in its comment. As in the
 * recorded transcripts, {@code torch.manual_seed(0)} runs before every cell that samples, and
 * {@code random.seed(0)} before the cell using Python's {@code random} ({@link PyRandom}, the same
 * MT19937 stream). Both generators are bit-exact, so the sampled counts match PyTorch's. Figures
 * go to {@code target/figures} ({@link D2l#savefig}); the cells print nothing for them.
 */
final class Ch2_6 {
  private Tensor fairProbs;
  private Tensor counts;

  void en(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import random; import torch; from ... import Multinomial
    nb.cell(() -> { // num_tosses = 100
      PyRandom.seed(0);
      int numTosses = 100;
      int heads = 0; // heads = sum([random.random() > 0.5 for _ in range(num_tosses)])
      for (int i = 0; i < numTosses; i++) {
        heads += PyRandom.random() > 0.5 ? 1 : 0;
      }
      int tails = numTosses - heads;
      nb.print("heads, tails: ", List.of(heads, tails)); // print("heads, tails: ", [heads, tails])
    });
    nb.cell(() -> { // fair_probs = torch.tensor([0.5, 0.5]); Multinomial(100, fair_probs).sample()
      manual_seed(0);
      fairProbs = tensor(new double[] {0.5, 0.5});
      nb.show(new Multinomial(100, fairProbs).sample());
    });
    nb.cell(() -> { // Multinomial(100, fair_probs).sample() / 100
      manual_seed(0);
      nb.show(new Multinomial(100, fairProbs).sample().div(100));
    });
    nb.cell(() -> { // counts = Multinomial(10000, fair_probs).sample(); counts / 10000
      manual_seed(0);
      counts = new Multinomial(10000, fairProbs).sample();
      nb.show(counts.div(10000));
    });
    nb.cell(() -> { // counts = Multinomial(1, fair_probs).sample((10000,))
      manual_seed(0);
      counts = new Multinomial(1, fairProbs).sample(10000);
      Tensor cumCounts = counts.cumsum(0); // cum_counts = counts.cumsum(dim=0)
      // estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True); estimates = estimates.numpy()
      Tensor estimates = cumCounts.div(cumCounts.sum(1, true));
      D2l.set_figsize(4.5, 3.5); // d2l.set_figsize((4.5, 3.5))
      D2l.plt.plot(estimates.get(":, 0").toDoubleArray(), "P(coin=heads)");
      D2l.plt.plot(estimates.get(":, 1").toDoubleArray(), "P(coin=tails)");
      D2l.plt.axhline(0.5, "black", "dashed"); // d2l.plt.axhline(y=0.5, color='black', ...)
      D2l.plt.gca().set_xlabel("Samples");
      D2l.plt.gca().set_ylabel("Estimated probability");
      D2l.plt.legend(); // d2l.plt.legend();
      D2l.savefig("ch2_6_en_coin");
    });
    exercises(nb);
  }

  void zh(Notebook nb) {
    nb.cell(() -> {}); // from d2l import torch as d2l; import torch; from torch.distributions import multinomial
    nb.cell(() -> { // fair_probs = torch.ones([6]) / 6; multinomial.Multinomial(1, fair_probs).sample()
      manual_seed(0);
      fairProbs = ones(6).div(6);
      nb.show(new Multinomial(1, fairProbs).sample());
    });
    nb.cell(() -> { // multinomial.Multinomial(10, fair_probs).sample()
      manual_seed(0);
      nb.show(new Multinomial(10, fairProbs).sample());
    });
    nb.cell(() -> { // counts = multinomial.Multinomial(1000, fair_probs).sample(); counts / 1000
      manual_seed(0);
      counts = new Multinomial(1000, fairProbs).sample();
      nb.show(counts.div(1000));
    });
    nb.cell(() -> { // counts = multinomial.Multinomial(10, fair_probs).sample((500,))
      manual_seed(0);
      counts = new Multinomial(10, fairProbs).sample(500);
      Tensor cumCounts = counts.cumsum(0); // cum_counts = counts.cumsum(dim=0)
      Tensor estimates = cumCounts.div(cumCounts.sum(1, true));
      D2l.set_figsize(6, 4.5); // d2l.set_figsize((6, 4.5))
      for (int i = 0; i < 6; i++) { // d2l.plt.plot(estimates[:, i].numpy(), label=("P(die=" + ...))
        D2l.plt.plot(estimates.get(":, " + i).toDoubleArray(), "P(die=" + (i + 1) + ")");
      }
      D2l.plt.axhline(0.167, "black", "dashed"); // d2l.plt.axhline(y=0.167, ...)
      D2l.plt.gca().set_xlabel("Groups of experiments");
      D2l.plt.gca().set_ylabel("Estimated probability");
      D2l.plt.legend();
      D2l.savefig("ch2_6_zh_die");
    });
    exercises(nb);
  }

  private void exercises(Notebook nb) {
    // ZH / EN v0.17 ex. 1: m = 500 groups of n = 10 samples, and other m, n
    nb.cell(() -> { // counts = Multinomial(10, torch.ones([6]) / 6).sample((500,))
      manual_seed(0);
      counts = new Multinomial(10, ones(6).div(6)).sample(500);
      // counts.shape, counts.sum(), counts.sum(dim=1)[:5]
      nb.show(counts.shape(), counts.sum(), counts.sum(1).get(":5"));
    });
    nb.cell(() -> { // counts = Multinomial(100, torch.ones([6]) / 6).sample((50,))
      manual_seed(0);
      counts = new Multinomial(100, ones(6).div(6)).sample(50);
      Tensor estimates = counts.sum(0).div(counts.sum()); // counts.sum(dim=0) / counts.sum()
      nb.show(counts.shape(), estimates);
    });
    nb.cell(() -> { // counts = Multinomial(3, torch.tensor([0.2, 0.3, 0.5])).sample((2, 4))
      manual_seed(0);
      counts = new Multinomial(3, tensor(new double[] {0.2, 0.3, 0.5})).sample(2, 4);
      nb.show(counts.shape(), counts.get("1")); // counts.shape, counts[1]
    });
    nb.cell(() -> { // m = Multinomial(10, torch.tensor([1., 1., 2.])); m.probs, m.mean, m.variance
      Multinomial m = new Multinomial(10, tensor(new double[] {1., 1., 2.}));
      nb.show(m.probs(), m.mean(), m.variance());
    });
    // argument validation: PyTorch's ValueError / NotImplementedError, which Java raises as
    // IllegalArgumentException / UnsupportedOperationException with the same text
    nb.cell(() -> { // Multinomial(10, torch.tensor([0.5, -0.5]))
      try {
        new Multinomial(10, tensor(new double[] {0.5, -0.5}));
      } catch (IllegalArgumentException e) {
        nb.print("ValueError: " + e.getMessage());
      }
    });
    nb.cell(() -> { // Multinomial(10.0, torch.tensor([0.5, 0.5]))
      try {
        new Multinomial(10.0, tensor(new double[] {0.5, 0.5}));
      } catch (UnsupportedOperationException e) {
        nb.print("NotImplementedError: " + e.getMessage());
      }
    });
  }
}
