package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.GradCheck;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.GRU;
import dev.torchnd.nn.GRUCell;
import dev.torchnd.nn.LSTM;
import dev.torchnd.nn.LSTMCell;
import dev.torchnd.nn.RNN;
import dev.torchnd.nn.RNNCell;
import dev.torchnd.nn.functional.F;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Numerical float64 gradcheck (and, for the convolutions, gradgradcheck: their backward rules
 * are tensor ops) of the functional forms behind {@code nn_conv_rnn.json}: conv1d, transposed
 * convolutions, the padding modes, 1-d pooling and the recurrent layers and cells.
 */
class NnConvRnnGradCheckTest {
  record Case(Function<Tensor[], Tensor> f, Supplier<Tensor[]> inputs, boolean second) {}

  static final Map<String, Case> CASES = new LinkedHashMap<>();

  static Tensor d(long... shape) {
    return Torch.randn(shape, DType.float64, null).requires_grad_();
  }

  static long[] s(long... v) {
    return v;
  }

  static void add(String id, Function<Tensor[], Tensor> f, boolean second, long[]... shapes) {
    CASES.put(id, new Case(f, () -> {
      Tensor[] in = new Tensor[shapes.length];
      for (int i = 0; i < shapes.length; i++) {
        in[i] = d(shapes[i]);
      }
      return in;
    }, second));
  }

  static {
    add("conv1d_s2p1d2g2", t -> F.conv1d(t[0], t[1], t[2], 2, 1, 2, 2), true,
        s(2, 4, 7), s(4, 2, 2), s(4));
    add("conv1d_unbatched_same", t -> F.conv1d(t[0], t[1], null, 1, "same", 1, 1), true,
        s(2, 5), s(3, 2, 4));
    add("conv_transpose2d_groups", t -> F.conv_transpose2d(t[0], t[1], t[2], s(2, 1), s(1, 0),
        s(1, 0), 2, s(1, 2)), true, s(1, 4, 3, 2), s(4, 1, 3, 2), s(2));
    add("conv_transpose1d", t -> F.conv_transpose1d(t[0], t[1], t[2], 3, 1, 2, 1, 1), true,
        s(2, 3, 3), s(3, 2, 4), s(2));
    add("pad_reflect_1d", t -> F.pad(t[0], s(2, 1), "reflect"), true, s(2, 3, 4));
    add("pad_reflect_2d_neg", t -> F.pad(t[0], s(-1, 2, 1, 1), "reflect"), false, s(1, 2, 3, 4));
    add("pad_reflect_3d", t -> F.pad(t[0], s(1, 1, 1, 0, 0, 2), "reflect"), false,
        s(1, 2, 3, 3, 3));
    add("pad_replicate_2d", t -> F.pad(t[0], s(2, 0, 1, 3), "replicate"), true, s(1, 2, 3, 3));
    add("pad_circular_2d_neg", t -> F.pad(t[0], s(-1, 2, 2, 1), "circular"), true, s(1, 2, 3, 4));
    add("max_pool1d_ceil", t -> F.max_pool1d(t[0], 3, 2, 1, 1, true), false, s(2, 2, 7));
    add("avg_pool1d", t -> F.avg_pool1d(t[0], 3, 2, 1, true, false), false, s(2, 2, 7));
    add("adaptive_max_pool2d", t -> F.adaptive_max_pool2d(t[0], s(2, 3)), false, s(1, 2, 5, 4));
    add("adaptive_avg_pool1d", t -> F.adaptive_avg_pool1d(t[0], 3), false, s(2, 2, 7));
  }

  static {
    Torch.manual_seed(0);
    RNN rnn = new RNN(3, 4, 2, "tanh", true, true, 0, true, DType.float64);
    add("rnn_bidir_batch_first", t -> {
      var r = rnn.run(t[0], t[1]);
      return r.output().sum().add(r.h_n().mul(r.h_n()).sum());
    }, false, s(2, 3, 3), s(4, 2, 4));
    GRU gru = new GRU(3, 3, 2, true, false, 0, false, DType.float64);
    add("gru_2l", t -> {
      var r = gru.run(t[0], t[1]);
      return r.output().mul(r.output()).sum().add(r.h_n().sum());
    }, false, s(3, 2, 3), s(2, 2, 3));
    LSTM lstm = new LSTM(2, 4, 1, true, false, 0, true, 2, DType.float64);
    add("lstm_bidir_proj", t -> {
      var r = lstm.run(t[0], t[1], t[2]);
      return r.output().sum().add(r.h_n().mul(r.c_n().sum()).sum());
    }, false, s(3, 2, 2), s(2, 2, 2), s(2, 2, 4));
    RNNCell rc = new RNNCell(3, 2, true, "relu", DType.float64);
    add("rnncell_relu", t -> rc.call(t[0], t[1]), false, s(2, 3), s(2, 2));
    GRUCell gc = new GRUCell(3, 2, true, DType.float64);
    add("grucell", t -> gc.call(t[0], t[1]), false, s(2, 3), s(2, 2));
    LSTMCell lc = new LSTMCell(3, 2, false, DType.float64);
    add("lstmcell", t -> {
      Tensor[] hc = lc.run(t[0], t[1], t[2]);
      return hc[0].add(hc[1].mul(2));
    }, false, s(2, 3), s(2, 2), s(2, 2));
  }

  @TestFactory
  Stream<DynamicTest> gradcheck() {
    return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Torch.manual_seed(1);
      Case c = e.getValue();
      Tensor[] in = c.inputs().get();
      assertTrue(GradCheck.gradcheck(c.f(), in), e.getKey());
      if (c.second()) {
        // gradgradcheck: the first input's gradient (create_graph) as a function of the inputs
        Tensor cot = Torch.randn(c.f().apply(in).shape().toLongArray(), DType.float64, null);
        Function<Tensor[], Tensor> g = t -> Torch.autograd_grad(
            new Tensor[] {c.f().apply(t)}, new Tensor[] {t[0]}, new Tensor[] {cot}, true, true)[0];
        assertTrue(GradCheck.gradcheck(g, in), e.getKey() + " (second order)");
      }
    }));
  }
}
