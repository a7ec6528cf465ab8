package dev.torchnd.compat;

import static dev.torchnd.Torch.manual_seed;
import static dev.torchnd.Torch.randn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.autograd.graph.Node;
import dev.torchnd.nn.*;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.functional.F;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/nn_conv_rnn.json} ({@code recorder/record_nn_conv_rnn.py}): recurrent
 * layers and cells, 1-d / transposed convolutions, pooling, padding modes and autograd-graph
 * walks. Each program below is the recorder's Python program spelled in Java, run after {@code
 * manual_seed(0)}; results compare by name and order: {@code init.*} parameters bit for bit,
 * other tensors to float tolerance (shape, dtype and grad_fn exactly), strings exactly, errors
 * by Java exception type and PyTorch's message.
 */
class NnConvRnnTest {
  static final JsonObject FIX = Fixtures.load("/fixtures/nn_conv_rnn.json").getAsJsonObject();

  /** A program's named results, in order. */
  static final class Results {
    final Map<String, Object> map = new LinkedHashMap<>();

    Results put(String name, Object v) {
      map.put(name, v);
      return this;
    }
  }

  /** An expected exception: Java type and message. */
  record Err(Class<? extends Throwable> type, String message) {}

  static Err err(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return new Err(e.getClass(), e.getMessage());
    }
    throw new AssertionError("no error");
  }

  static final Map<String, Supplier<Results>> PROGRAMS = new LinkedHashMap<>();

  static Tensor rn(long... shape) {
    return randn(shape).requires_grad_();
  }

  /** The recorder's module_run: init params, outputs, grads of sum(out * randn(out.shape)). */
  static Results moduleRun(Module m, Tensor[] inputs, Function<Tensor[], Tensor[]> call) {
    Results r = new Results();
    m.named_parameters().forEach((k, p) -> r.put("init." + k, p.detach().clone()));
    Tensor[] outs = call.apply(inputs);
    for (int i = 0; i < outs.length; i++) {
      r.put("out" + i, outs[i]);
    }
    Tensor loss = null;
    for (Tensor o : outs) {
      Tensor l = o.mul(randn(o.shape().toLongArray(), o.dtype(), null)).sum();
      loss = loss == null ? l : loss.add(l);
    }
    loss.backward();
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] != null && inputs[i].requires_grad()) {
        r.put("grad.in" + i, inputs[i].grad());
      }
    }
    m.named_parameters().forEach((k, p) -> r.put("grad." + k, p.grad()));
    return r;
  }

  static Function<Tensor[], Tensor[]> rnnCall(RNNBase m) {
    return in -> {
      RNNBase.Output o = m.run(in[0], Arrays.copyOfRange(in, 1, in.length));
      Tensor[] out = new Tensor[1 + o.state().length];
      out[0] = o.output();
      System.arraycopy(o.state(), 0, out, 1, o.state().length);
      return out;
    };
  }

  static void rnn(String id, Supplier<RNNBase> build, long[] x, long[]... h) {
    PROGRAMS.put(id, () -> {
      RNNBase m = build.get();
      Tensor[] in = new Tensor[1 + h.length];
      in[0] = x == null ? randn(new long[] {5, 2, 3}, DType.float64, null).requires_grad_() : rn(x);
      for (int i = 0; i < h.length; i++) {
        in[1 + i] = rn(h[i]);
      }
      return moduleRun(m, in, rnnCall(m));
    });
  }

  static long[] s(long... v) {
    return v;
  }

  static {
    rnn("rnn_basic", () -> new RNN(3, 4), s(5, 2, 3));
    rnn("rnn_relu_2l_nobias", () -> new RNN(3, 4, 2, "relu", false, false, 0, false), s(5, 2, 3));
    rnn("rnn_bidir_batch_first_h0", () -> new RNN(3, 4, 2, "tanh", true, true, 0, true),
        s(2, 5, 3), s(4, 2, 4));
    rnn("rnn_unbatched_h0", () -> new RNN(3, 4), s(5, 3), s(1, 4));
    rnn("gru_basic", () -> new GRU(3, 4), s(5, 2, 3));
    rnn("gru_2l_bidir_h0", () -> new GRU(3, 4, 2, true, false, 0, true), s(4, 2, 3), s(4, 2, 4));
    rnn("gru_batch_first", () -> new GRU(3, 5, 1, true, true, 0, false), s(2, 4, 3));
    rnn("gru_unbatched", () -> new GRU(3, 4, 2), s(5, 3));
    rnn("lstm_basic", () -> new LSTM(3, 4), s(5, 2, 3));
    rnn("lstm_2l_bidir_h0c0", () -> new LSTM(3, 4, 2, true, false, 0, true, 0), s(4, 2, 3),
        s(4, 2, 4), s(4, 2, 4));
    rnn("lstm_batch_first_nobias", () -> new LSTM(3, 4, 1, false, true, 0, false, 0), s(2, 4, 3));
    rnn("lstm_proj_2l_bidir", () -> new LSTM(3, 5, 2, true, false, 0, true, 2), s(4, 2, 3));
    rnn("lstm_unbatched_h0c0", () -> new LSTM(3, 4), s(5, 3), s(1, 4), s(1, 4));
    rnn("gru_dropout_train", () -> new GRU(3, 4, 3, true, false, 0.5, false), s(5, 2, 3));
    rnn("lstm_dropout_eval", () -> new LSTM(3, 4, 2, true, false, 0.3, false, 0).eval(), s(5, 2, 3));
    rnn("rnn_float64", () -> new RNN(3, 4, 2, "tanh", true, false, 0, false, DType.float64), null);
  }

  static void cell(String id, Supplier<RNNCellBase> build, long[] x, long[]... h) {
    PROGRAMS.put(id, () -> {
      RNNCellBase m = build.get();
      Tensor[] in = new Tensor[1 + h.length];
      in[0] = rn(x);
      for (int i = 0; i < h.length; i++) {
        in[1 + i] = rn(h[i]);
      }
      return moduleRun(m, in, t -> m instanceof LSTMCell l
          ? l.run(t[0], Arrays.copyOfRange(t, 1, t.length))
          : new Tensor[] {t.length > 1 ? m.call(t[0], t[1]) : m.call(t[0])});
    });
  }

  static {
    cell("rnncell_h0", () -> new RNNCell(3, 4), s(2, 3), s(2, 4));
    cell("rnncell_relu_nobias_unbatched", () -> new RNNCell(3, 4, false, "relu"), s(3));
    cell("grucell_h0", () -> new GRUCell(3, 4), s(2, 3), s(2, 4));
    cell("grucell_unbatched_h0", () -> new GRUCell(3, 4), s(3), s(4));
    cell("lstmcell", () -> new LSTMCell(3, 4), s(2, 3));
    cell("lstmcell_hc_nobias", () -> new LSTMCell(3, 4, false), s(2, 3), s(2, 4), s(2, 4));
  }

  static {
    PROGRAMS.put("rnn_reprs", () -> {
      Module[] mods = {new RNN(3, 4), new RNN(3, 4, 2, "relu", false, true, 0.5, true),
          new GRU(10, 20, 2), new GRU(3, 4, 1, true, false, 0.25, true),
          new LSTM(3, 4, 1, true, false, 0, false, 2), new LSTM(3, 4, 2, true, true, 0, false, 0),
          new RNNCell(3, 4), new RNNCell(3, 4, false, "relu"), new GRUCell(3, 4, false),
          new LSTMCell(3, 4)};
      Results r = new Results();
      for (int i = 0; i < mods.length; i++) {
        r.put("repr" + i, mods[i].toString());
      }
      r.put("keys_lstm", String.join(" ",
          new LSTM(3, 4, 2, true, false, 0, true, 2).state_dict().keySet()));
      r.put("keys_gru", String.join(" ",
          new GRU(3, 4, 1, false, false, 0, false).state_dict().keySet()));
      r.put("keys_cell", String.join(" ", new LSTMCell(3, 4, false).state_dict().keySet()));
      r.put("seq", new Sequential(new LSTM(3, 4), new Linear(4, 2)).toString());
      return r;
    });
    PROGRAMS.put("rnn_errors", () -> {
      RNN rnn = new RNN(3, 4);
      LSTM lstm = new LSTM(3, 4);
      RNNCell cell = new RNNCell(3, 4);
      LSTMCell lcell = new LSTMCell(3, 4);
      return new Results()
          .put("input_size", err(() -> rnn.run(randn(5, 2, 6))))
          .put("hidden_size", err(() -> rnn.run(randn(5, 2, 3), randn(1, 3, 4))))
          .put("hidden_dim_batched", err(() -> rnn.run(randn(5, 2, 3), randn(2, 4))))
          .put("hidden_dim_unbatched", err(() -> rnn.run(randn(5, 3), randn(1, 2, 4))))
          .put("dtype", err(() -> rnn.run(randn(new long[] {5, 2, 3}, DType.float64, null))))
          .put("dims4", err(() -> rnn.run(randn(5, 2, 3, 1))))
          .put("lstm_h0", err(() -> lstm.run(randn(5, 2, 3), randn(1, 2, 5), randn(1, 2, 4))))
          .put("lstm_c0", err(() -> lstm.run(randn(5, 2, 3), randn(1, 2, 4), randn(2, 2, 4))))
          .put("lstm_dims", err(() -> lstm.run(randn(5, 2, 3), randn(2, 4), randn(1, 2, 4))))
          .put("lstm_dims_unbatched",
              err(() -> lstm.run(randn(5, 3), randn(1, 1, 4), randn(1, 4))))
          .put("dropout_range", err(() -> new GRU(3, 4, 1, true, false, 1.5, false)))
          .put("proj_big", err(() -> new LSTM(3, 4, 1, true, false, 0, false, 4)))
          .put("proj_neg", err(() -> new LSTM(3, 4, 1, true, false, 0, false, -1)))
          .put("nonlinearity", err(() -> new RNN(3, 4, 1, "sigmoid", true, false, 0, false)))
          .put("cell_input", err(() -> cell.call(randn(2, 5))))
          .put("cell_batch", err(() -> cell.call(randn(2, 3), randn(3, 4))))
          .put("cell_hidden", err(() -> cell.call(randn(2, 3), randn(2, 5))))
          .put("cell_dims", err(() -> cell.call(randn(2, 2, 3))))
          .put("lcell_hidden1", err(() -> lcell.run(randn(2, 3), randn(2, 4), randn(2, 6))))
          .put("gcell_dims", err(() -> new GRUCell(3, 4).call(randn(1, 2, 3))))
          .put("lcell_dims", err(() -> lcell.run(randn(1, 2, 3))));
    });
  }

  // ------------------------------------------------------------------ convolutions, pooling, padding

  static void one(String id, Supplier<Module> build, long... x) {
    PROGRAMS.put(id, () -> {
      Module m = build.get();
      return moduleRun(m, new Tensor[] {rn(x)}, t -> new Tensor[] {m.call(t[0])});
    });
  }

  static void pad(String id, long[] x, long[] pad, String mode) {
    PROGRAMS.put(id, () -> moduleRun(new Identity(), new Tensor[] {rn(x)},
        t -> new Tensor[] {F.pad(t[0], pad, mode)}));
  }

  static {
    one("conv1d_basic", () -> new Conv1d(2, 3, 3), 2, 2, 7);
    one("conv1d_s2p1d2g2_nobias", () -> new Conv1d(4, 6, 3, 2, 1, 2, 2, false, "zeros"), 2, 4, 9);
    one("conv1d_same_even", () -> new Conv1d(2, 3, 4, "same"), 1, 2, 7);
    one("conv1d_unbatched", () -> new Conv1d(2, 3, 3, 2, 0), 2, 8);
    one("conv1d_circular", () -> new Conv1d(2, 3, 3, 1, 1, 1, 1, true, "circular"), 2, 2, 6);
    one("conv1d_reflect", () -> new Conv1d(2, 3, 3, 1, 2, 1, 1, true, "reflect"), 2, 2, 6);
    one("conv1d_replicate_same", () -> new Conv1d(2, 3, 4, 1, 0, "same", 1, 1, true, "replicate",
        DType.float32), 1, 2, 6);
    one("conv2d_reflect", () -> new Conv2d(2, 3, s(3), s(1), s(1, 2), s(1), 1, true, "reflect"),
        1, 2, 5, 6);
    one("conv2d_circular", () -> new Conv2d(2, 2, s(3), s(2), s(1), s(1), 1, true, "circular"),
        2, 2, 5, 5);
    one("conv2d_replicate", () -> new Conv2d(1, 2, s(2), s(1), s(1), s(1), 1, true, "replicate"),
        1, 1, 3, 4);
    one("convT2d_s2p1op1",
        () -> new ConvTranspose2d(3, 2, s(3), s(2), s(1), s(1), 1, true, s(1)), 2, 3, 4, 4);
    one("convT2d_groups_dil_nobias",
        () -> new ConvTranspose2d(4, 6, s(3, 2), s(2, 1), s(0, 1), s(0), 2, false, s(1, 2)),
        1, 4, 3, 5);
    one("convT2d_fcn", () -> new ConvTranspose2d(3, 3, 4, 2, 1), 1, 3, 5, 5);
    one("convT2d_unbatched", () -> new ConvTranspose2d(2, 3, 2), 2, 3, 3);
    one("convT1d_groups_nobias", () -> new ConvTranspose1d(2, 4, 3, 1, 0, 0, 2, false, 1), 2, 2, 5);
    one("convT1d_s3p1op2", () -> new ConvTranspose1d(3, 2, 4, 3, 1, 2, 1, true, 1), 1, 3, 4);
    one("maxpool1d", () -> new MaxPool1d(3), 2, 3, 8);
    one("maxpool1d_s2p1d1_ceil", () -> new MaxPool1d(3, 2, 1, 1, true), 2, 3, 8);
    one("avgpool1d_ceil_nopad", () -> new AvgPool1d(3, 2, 1, true, false), 2, 3, 8);
    one("adaptiveavgpool1d", () -> new AdaptiveAvgPool1d(3), 2, 3, 8);
    one("adaptivemaxpool2d", () -> new AdaptiveMaxPool2d(s(2, 3)), 2, 3, 5, 7);
    one("adaptivemaxpool2d_unbatched", () -> new AdaptiveMaxPool2d(3), 2, 4, 4);
    one("dropout2d_train", () -> new Dropout2d(0.5), 2, 4, 3, 3);
    one("dropout2d_eval", () -> new Dropout2d(0.5).eval(), 2, 4, 3, 3);
    pad("pad_reflect_1d", s(2, 3, 5), s(2, 1), "reflect");
    pad("pad_reflect_2d", s(1, 2, 3, 4), s(1, 2, 2, 0), "reflect");
    pad("pad_reflect_3d", s(1, 2, 3, 3, 4), s(1, 1, 2, 0, 0, 2), "reflect");
    pad("pad_reflect_neg", s(1, 2, 3, 4), s(-1, 2, 1, -1), "reflect");
    pad("pad_replicate_1d_unbatched", s(3, 5), s(3, 1), "replicate");
    pad("pad_replicate_2d", s(2, 1, 3, 4), s(2, 2, 0, 3), "replicate");
    pad("pad_circular_1d", s(2, 3, 5), s(2, 4), "circular");
    pad("pad_circular_2d", s(1, 2, 3, 4), s(1, 2, 3, 0), "circular");
    pad("pad_circular_neg", s(1, 2, 3, 4), s(-1, 2, 0, 1), "circular");

    PROGRAMS.put("adaptive_max_indices", () -> {
      Tensor x = Torch.tensor(new double[] {1, 3, 3, 0, 2, 7, 7, 1, 0, 7, 2, 9},
          new long[] {1, 1, 3, 4}, DType.float32);
      Tensor[] vi = new AdaptiveMaxPool2d(s(2, 3)).forward_with_indices(x);
      Tensor x1 = randn(2, 3, 9);
      Tensor[] r1 = new MaxPool1d(3, 2, 1, 1, true).forward_with_indices(x1);
      Tensor x2 = randn(1, 2, 5, 5);
      Tensor[] r2 = new MaxPool2d(s(2), null, s(0), s(1), true).forward_with_indices(x2);
      return new Results().put("v", vi[0]).put("i", vi[1])
          .put("repr", new AdaptiveMaxPool2d(s(2, 3)).toString())
          .put("v1", r1[0]).put("i1", r1[1]).put("v2", r2[0]).put("i2", r2[1]);
    });
    PROGRAMS.put("conv_reprs", () -> {
      Module[] mods = {new Conv1d(2, 3, 3), new Conv1d(2, 3, 3, 1, 1, 1, 1, true, "circular"),
          new Conv1d(2, 3, 3, "same"), new Conv1d(4, 6, 3, 2, 1, 2, 2, false, "zeros"),
          new Conv2d(2, 3, s(3), s(1), s(1, 2), s(1), 1, true, "reflect"),
          new ConvTranspose2d(2, 3, s(3), s(2), s(0), s(1), 1, true, s(2)),
          new ConvTranspose2d(3, 3, 4, 2, 1), new ConvTranspose1d(2, 4, 3, 1, 0, 0, 2, false, 1),
          new MaxPool1d(3), new MaxPool1d(3, 2, 1, 1, true), new AvgPool1d(3),
          new AvgPool1d(3, 2, 1, true, false), new AdaptiveAvgPool1d(4), new Dropout2d(0.3),
          new Dropout2d()};
      Results r = new Results();
      for (int i = 0; i < mods.length; i++) {
        r.put("repr" + i, mods[i].toString());
      }
      r.put("keys_convT", String.join(" ", new ConvTranspose2d(2, 3, 3).state_dict().keySet()));
      r.put("shape_convT", Arrays.toString(new ConvTranspose2d(4, 6, s(3), s(1), s(0), s(0), 2,
          true, s(1)).weight().shape().toLongArray()));
      return r;
    });
    PROGRAMS.put("conv_errors", () -> {
      Tensor x = randn(1, 2, 3, 4);
      Tensor w = randn(4, 2, 3, 3);
      return new Results()
          .put("pad_dims", err(() -> F.pad(x, s(1, 2), "reflect")))
          .put("pad_mode", err(() -> F.pad(x, s(1, 1), "foo")))
          .put("pad_value", err(() -> F.pad(x, s(1, 0, 0, 0), "reflect", 1.0)))
          .put("reflect_big_w", err(() -> F.pad(x, s(4, 0, 0, 0), "reflect")))
          .put("reflect_big_h", err(() -> F.pad(x, s(0, 0, 3, 0), "reflect")))
          .put("reflect_big_1d", err(() -> F.pad(x.get("0"), s(4, 1), "reflect")))
          .put("reflect_long", err(() -> F.pad(Torch.arange(6).view(1, 2, 3), s(1, 1), "reflect")))
          .put("replicate_empty", err(() -> F.pad(Torch.zeros(1, 0, 3), s(1, 1), "replicate")))
          .put("circular_wrap", err(() -> F.pad(x, s(5, 0, 0, 0), "circular")))
          .put("circular_size", err(() -> F.pad(x, s(1, 1, 1, 1, 1, 1), "circular")))
          .put("circular_2d", err(() -> F.pad(x.get("0, 0"), s(1, 1), "circular")))
          .put("conv1d_channels", err(() -> F.conv1d(randn(2, 5, 10), randn(4, 3, 3))))
          .put("conv1d_small", err(() -> F.conv1d(randn(2, 3, 2), randn(4, 3, 3))))
          .put("conv1d_dims", err(() -> F.conv1d(randn(2, 3, 4, 5), randn(4, 3, 3))))
          .put("conv1d_dims1", err(() -> F.conv1d(randn(3), randn(4, 3, 3))))
          .put("conv1d_wdims", err(() -> F.conv1d(randn(2, 3, 5), randn(4, 3, 3, 3))))
          .put("conv1d_padstr", err(() -> F.conv1d(randn(1, 2, 5), randn(3, 2, 3), null, 1, "foo",
              1, 1)))
          .put("conv1d_same_stride", err(() -> F.conv1d(randn(1, 2, 5), randn(3, 2, 3), null, 2,
              "same", 1, 1)))
          .put("convT_channels", err(() -> F.conv_transpose2d(randn(1, 3, 5, 5), w)))
          .put("convT_outpad", err(() -> F.conv_transpose2d(randn(1, 4, 5, 5), w, null, s(1),
              s(0), s(1), 1, s(1))))
          .put("convT_outpad2", err(() -> F.conv_transpose2d(randn(1, 4, 5, 5), w, null, s(2),
              s(0), s(2), 1, s(1))))
          .put("convT_small", err(() -> F.conv_transpose2d(randn(1, 4, 1, 1), w, null, 1, 3)))
          .put("mod_padding_mode",
              err(() -> new Conv2d(2, 3, s(3), s(1), s(0), s(1), 1, true, "foo")))
          .put("mod_convT_mode", err(() -> new ConvTranspose2d(2, 3, s(3), s(1), s(0), s(0), 1,
              true, s(1), "reflect", DType.float32)))
          .put("mod_same_stride", err(() -> new Conv1d(2, 3, 3, 2, 0, "same", 1, 1, true, "zeros",
              DType.float32)))
          .put("mod_padstr", err(() -> new Conv1d(2, 3, 3, "foo")))
          .put("dropout2d_p", err(() -> new Dropout2d(1.5)));
    });
  }

  // ------------------------------------------------------------------ grad_fn graph

  /** The recorder's walk: each node, breadth first, with its next_functions. */
  static String walk(Tensor t) {
    List<String> lines = new ArrayList<>();
    List<Node> seen = new ArrayList<>();
    List<Node> todo = new ArrayList<>();
    todo.add(t.grad_fn());
    while (!todo.isEmpty() && lines.size() < 40) {
      Node n = todo.remove(0);
      if (n == null || seen.stream().anyMatch(x -> x == n)) {
        continue;
      }
      seen.add(n);
      List<String> parts = new ArrayList<>();
      for (Node.Edge e : n.next_functions()) {
        parts.add("(" + (e.node() == null ? "None" : e.node().typeName()) + ", " + e.index() + ")");
        if (e.node() != null) {
          todo.add(e.node());
        }
      }
      lines.add(n.typeName() + "(" + n.name() + ") -> " + String.join(", ", parts));
    }
    return String.join("\n", lines);
  }

  static final class BlitzNet extends Module {
    final Conv2d conv1 = register_module("conv1", new Conv2d(1, 6, 5));
    final Linear fc1 = register_module("fc1", new Linear(6 * 4 * 4, 10));

    @Override
    public Tensor forward(Tensor x) {
      x = F.max_pool2d(F.relu(conv1.call(x)), 2);
      x = Torch.flatten(x, 1);
      return fc1.call(x);
    }
  }

  static {
    PROGRAMS.put("graph_blitz", () -> {
      BlitzNet net = new BlitzNet();
      Tensor x = randn(1, 1, 12, 12);
      Tensor loss = new MSELoss().call(net.call(x), randn(1, 10));
      Node g = loss.grad_fn();
      Node acc = g.next_functions()[0].node().next_functions()[0].node();
      return new Results().put("walk", walk(loss))
          .put("acc_is_bias", acc.variable() == net.fc1.bias() ? "True" : "False")
          .put("names", g.name() + " " + g.next_functions()[0].node().name() + " " + acc.name())
          .put("same_acc",
              acc == g.next_functions()[0].node().next_functions()[0].node() ? "True" : "False");
    });
    PROGRAMS.put("graph_ops", () -> {
      Tensor a = rn(3);
      Tensor b = randn(3);
      Tensor c = a.mul(b).add(a.exp()).sum();
      Tensor w = rn(2, 3);
      Tensor y = F.linear(randn(4, 3), w).relu().mean();
      Tensor z = Torch.cat(a, b).sigmoid().sum();
      return new Results().put("mul_add", walk(c)).put("linear_nobias", walk(y))
          .put("cat", walk(z)).put("leaf", String.valueOf(a.grad_fn()).replace("null", "None"));
    });
    PROGRAMS.put("graph_lstm", () -> {
      LSTM m = new LSTM(2, 3);
      RNNBase.Output o = m.run(randn(2, 1, 2));
      Tensor h = o.h_n();
      List<String> nx = new ArrayList<>();
      for (Node.Edge e : h.grad_fn().next_functions()) {
        nx.add(e.node().typeName());
      }
      return new Results().put("out", o.output().grad_fn().typeName())
          .put("h", h.grad_fn().typeName()).put("h_next", String.join(", ", nx));
    });
  }

  // ------------------------------------------------------------------ multi-output Function

  static final class SortFn extends dev.torchnd.autograd.MultiOutputFunction {
    @Override
    public Tensor[] forward(dev.torchnd.autograd.FunctionCtx ctx, Tensor... in) {
      var r = in[0].sort();
      ctx.mark_non_differentiable(r.indices());
      ctx.save_for_backward(r.indices());
      return new Tensor[] {r.values(), r.indices()};
    }

    @Override
    public Tensor[] backward(dev.torchnd.autograd.FunctionCtx ctx, Tensor... g) {
      Tensor i = ctx.saved_tensors()[0];
      return new Tensor[] {Torch.zeros_like(g[0]).scatter(0, i, g[0])};
    }
  }

  static final class MulAdd extends dev.torchnd.autograd.MultiOutputFunction {
    String flags;

    @Override
    public Tensor[] forward(dev.torchnd.autograd.FunctionCtx ctx, Tensor... in) {
      ctx.save_for_backward(in[0], in[1]);
      boolean[] n = ctx.needs_input_grad();
      flags = "(" + (n[0] ? "True" : "False") + ", " + (n[1] ? "True" : "False") + ")";
      return new Tensor[] {in[0].mul(in[1]), in[0].add(in[1])};
    }

    @Override
    public Tensor[] backward(dev.torchnd.autograd.FunctionCtx ctx, Tensor... g) {
      Tensor a = ctx.saved_tensors()[0];
      Tensor b = ctx.saved_tensors()[1];
      return new Tensor[] {g[0].mul(b).add(g[1]), g[0].mul(a).add(g[1])};
    }
  }

  static {
    PROGRAMS.put("multi_output_function", () -> {
      Tensor x = rn(5);
      Tensor[] vi = new SortFn().apply(x);
      Results r = new Results().put("v", vi[0]).put("i", vi[1])
          .put("i_requires_grad", vi[1].requires_grad() ? "True" : "False")
          .put("v_type", vi[0].grad_fn().typeName());
      vi[0].mul(Torch.arange(5.0)).sum().backward();
      r.put("grad.x", x.grad());
      Tensor a = rn(3);
      Tensor b = randn(3);
      Tensor[] y = new MulAdd().apply(a, b);
      Tensor loss = y[0].mul(2L).add(y[1]).sum();
      List<String> edges = new ArrayList<>();
      for (Node.Edge e : loss.grad_fn().next_functions()[0].node().next_functions()) {
        edges.add("('" + e.node().typeName() + "', " + e.index() + ")");
      }
      r.put("y1", y[0]).put("y2", y[1]).put("walk", walk(loss))
          .put("same_node", y[0].grad_fn() == y[1].grad_fn() ? "True" : "False")
          .put("edges", "[" + String.join(", ", edges) + "]");
      loss.backward();
      r.put("grad.a", a.grad());
      Tensor a2 = rn(3);
      MulAdd f = new MulAdd();
      Tensor[] pq = f.apply(a2, b);
      pq[0].sum().backward();
      return r.put("grad.a2", a2.grad()).put("needs", f.flags);
    });
  }

  // ------------------------------------------------------------------ replay

  /** Python exception type -> Java exception type, as the project maps them. */
  static Class<? extends Throwable> javaType(String py, String message) {
    if (message.contains("\" not implemented for '")) {
      return UnsupportedOperationException.class;   // a dtype the kernel lacks (README: Errors)
    }
    return switch (py) {
      case "RuntimeError", "ValueError", "AssertionError", "TypeError" ->
          IllegalArgumentException.class;
      case "IndexError" -> IndexOutOfBoundsException.class;
      case "NotImplementedError" -> UnsupportedOperationException.class;
      default -> throw new IllegalArgumentException("unmapped Python error " + py);
    };
  }

  /**
   * Results whose PyTorch value TorchND does not reproduce exactly, with the reason; compared to
   * what TorchND gives (still checked) but recorded here.
   */
  static final Map<String, String> GRAD_FN_DIVERGENCES = Map.of(
      "rnn_bidir_batch_first_h0/out0",
      "PyTorch's RNN/GRU transpose the batch_first output in place (TransposeBackward1);"
          + " TorchND has no in-place transpose_ and records TransposeBackward0",
      "gru_batch_first/out0",
      "PyTorch's RNN/GRU transpose the batch_first output in place (TransposeBackward1);"
          + " TorchND has no in-place transpose_ and records TransposeBackward0");

  /** String results TorchND gives differently, with the reason and TorchND's value. */
  static final Map<String, String[]> TEXT_DIVERGENCES = Map.of(
      "graph_lstm/h_next", new String[] {
        "torch.stack is unsqueeze + cat in TorchND (one StackBackward0-named node over"
            + " UnsqueezeBackward0 nodes), so the SameDiff exporter sees its primitives",
        "UnsqueezeBackward0"});

  static void assertTensor(String what, JsonObject want, Tensor got, boolean exact) {
    assertNotNull(got, what + ": null tensor");
    assertEquals(want.getAsJsonArray("shape").toString().replace(",", ", "),
        Arrays.toString(got.shape().toLongArray()), what + ": shape");
    assertEquals(want.get("dtype").getAsString(), got.dtype().name(), what + ": dtype");
    double[] w = Fixtures.doubles(want.getAsJsonArray("values"));
    double[] g = got.toDoubleArray();
    boolean f64 = got.dtype() == DType.float64;
    double rtol = exact ? 0 : f64 ? 1e-9 : 1e-4;
    double atol = exact ? 0 : f64 ? 1e-11 : 1e-5;
    for (int i = 0; i < w.length; i++) {
      boolean ok = Double.isNaN(w[i]) ? Double.isNaN(g[i])
          : Math.abs(w[i] - g[i]) <= atol + rtol * Math.abs(w[i]);
      if (!ok) {
        fail(what + ": value [" + i + "] expected " + w[i] + " but was " + g[i]);
      }
    }
    String gf = want.get("grad_fn").isJsonNull() ? null : want.get("grad_fn").getAsString();
    String gotGf = got.grad_fn() == null ? null : got.grad_fn().typeName();
    if (!GRAD_FN_DIVERGENCES.containsKey(what)) {
      assertEquals(gf, gotGf, what + ": grad_fn");
    }
  }

  @TestFactory
  Stream<DynamicTest> programs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIX.getAsJsonArray("programs")) {
      JsonObject p = e.getAsJsonObject();
      String id = p.get("id").getAsString();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        Supplier<Results> prog = PROGRAMS.get(id);
        assertNotNull(prog, "no Java program for " + id);
        manual_seed(0);
        Map<String, Object> got = prog.get().map;
        JsonArray want = p.getAsJsonArray("results");
        List<String> wantNames = new ArrayList<>();
        want.forEach(x -> wantNames.add(x.getAsJsonArray().get(0).getAsString()));
        assertEquals(wantNames, new ArrayList<>(got.keySet()), id + ": result names");
        for (JsonElement x : want) {
          String name = x.getAsJsonArray().get(0).getAsString();
          JsonElement v = x.getAsJsonArray().get(1);
          Object g = got.get(name);
          String what = id + "/" + name;
          if (v.isJsonPrimitive()) {
            String[] div = TEXT_DIVERGENCES.get(what);
            assertEquals(div != null ? div[1] : v.getAsString(), g, what);
          } else if (v.getAsJsonObject().has("error")) {
            JsonObject o = v.getAsJsonObject();
            assertTrue(g instanceof Err, what + ": expected an error, got " + g);
            Err er = (Err) g;
            assertEquals(o.get("message").getAsString(), er.message(), what + ": message");
            assertEquals(javaType(o.get("error").getAsString(), o.get("message").getAsString()),
                er.type(), what + ": type");
          } else {
            assertTrue(g instanceof Tensor, what + ": expected a tensor, got " + g);
            assertTensor(what, v.getAsJsonObject(), (Tensor) g, name.startsWith("init."));
          }
        }
      }));
    }
    return tests.stream();
  }
}
