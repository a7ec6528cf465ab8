package dev.torchnd.compat;

import static dev.torchnd.Torch.manual_seed;
import static dev.torchnd.Torch.ones;
import static dev.torchnd.Torch.randn;
import static dev.torchnd.Torch.zeros;
import static dev.torchnd.compat.NnConformanceTest.assertOutput;
import static dev.torchnd.compat.NnConformanceTest.assertValues;
import static dev.torchnd.compat.NnConformanceTest.doubles;
import static dev.torchnd.compat.NnConformanceTest.py;
import static dev.torchnd.compat.NnConformanceTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.*;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.SGD;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/nn_layers.json} (recorded by {@code recorder/record_nn_layers.py}): the
 * activation, normalisation, embedding, container and loss modules beyond {@link
 * NnConformanceTest}'s: seeded initialisation bit for bit, outputs, input and parameter gradients
 * and buffers after a training step, {@code print(m)}, state_dict and named_* keys, Module API
 * transcripts and error texts. Each fixture id names a construction spelled in Java below.
 */
class NnLayersConformanceTest {
  static final JsonObject FIX = Fixtures.load("/fixtures/nn_layers.json").getAsJsonObject();

  /** Runs a two-input module on {@code x[0], x[1]}, as the recorder's {@code _Pair}. */
  static final class Pair extends Module {
    final Module m;

    Pair(Module m) {
      this.m = register_module("m", m);
    }

    @Override
    public Tensor forward(Tensor x) {
      return m.call(x.get(0), x.get(1));
    }
  }

  static final class _WithParams extends Module {
    final Linear lin = register_module("lin", new Linear(2, 2));
    final ParameterList plist = register_module("plist", plist());
    final ParameterDict pdict = register_module("pdict", pdict());
  }

  /** PyTorch's "Text classification with the torchtext library" model. */
  static final class TextClassificationModel extends Module {
    final EmbeddingBag embedding;
    final Linear fc;

    TextClassificationModel(long vocab_size, long embed_dim, long num_class) {
      embedding = register_module("embedding", new EmbeddingBag(vocab_size, embed_dim));
      fc = register_module("fc", new Linear(embed_dim, num_class));
      init_weights();
    }

    void init_weights() {
      double initrange = 0.5;
      embedding.weight().data().uniform_(-initrange, initrange);
      fc.weight().data().uniform_(-initrange, initrange);
      fc.bias().data().zero_();
    }

    @Override
    public Tensor forward(Tensor text, Tensor offsets) {
      Tensor embedded = embedding.call(text, offsets);
      return fc.call(embedded);
    }
  }

  static ParameterList plist() {
    return new ParameterList(new Parameter(ones(2, 3)),
        new Parameter(zeros(new long[] {4}, DType.float64)));
  }

  static ParameterDict pdict() {
    Map<String, Tensor> m = new LinkedHashMap<>();
    m.put("a", new Parameter(ones(2)));
    m.put("b", new Parameter(ones(1, 2)));
    return new ParameterDict(m);
  }

  static BatchNorm1d bnTrained() {
    BatchNorm1d m = new BatchNorm1d(3);
    m.call(randn(5, 3));
    m.call(randn(5, 3));
    return m.eval();
  }

  static Sequential bnMlp() {
    return new Sequential(new Linear(4, 6), new BatchNorm1d(6), new ReLU(), new Linear(6, 2));
  }

  static Tensor pretrained() {
    return Torch.arange(30.0).view(10, 3).div(10L);
  }

  static final Map<String, Supplier<Module>> INIT = new LinkedHashMap<>();
  static final Map<String, Supplier<Module>> MODULES = new LinkedHashMap<>();
  static final Map<String, long[]> MODULE_INPUT = new LinkedHashMap<>();
  static final Map<String, Supplier<Embedding>> EMBEDDINGS = new LinkedHashMap<>();
  static final Map<String, Supplier<Module>> REPRS = new LinkedHashMap<>();
  static final Map<String, Runnable> ERRORS = new LinkedHashMap<>();
  static final Map<String, Supplier<String>> TEXTS = new LinkedHashMap<>();

  static void module(String id, Supplier<Module> s, long... inputShape) {
    MODULES.put(id, s);
    MODULE_INPUT.put(id, inputShape);
  }

  static {
    INIT.put("Embedding(10,3)", () -> new Embedding(10, 3));
    INIT.put("Embedding(6,4,padding_idx=2)", () -> new Embedding(6, 4, 2L));
    INIT.put("PReLU(3,0.1)", () -> new PReLU(3, 0.1));
    INIT.put("BatchNorm1d(3)", () -> new BatchNorm1d(3));
    INIT.put("LayerNorm((2,3))", () -> new LayerNorm(new long[] {2, 3}));
    INIT.put("GroupNorm(2,4)", () -> new GroupNorm(2, 4));
    INIT.put("Bilinear(3,4,2)", () -> new Bilinear(3, 4, 2));
    INIT.put("Bilinear(2,2,3,bias=False)", () -> new Bilinear(2, 2, 3, false));
    INIT.put("Linear_Embedding_Linear",
        () -> new Sequential(new Linear(3, 2), new Embedding(4, 2), new Linear(2, 2)));
    INIT.put("EmbeddingBag(6,2,mode=sum)", () -> new EmbeddingBag(6, 2, "sum"));
    INIT.put("ParameterList(randn)",
        () -> new ParameterList(new Parameter(randn(2, 3)), new Parameter(randn(3))));

    module("ELU", ELU::new, 3, 4);
    module("ELU(0.5)", () -> new ELU(0.5), 3, 4);
    module("SELU", SELU::new, 3, 4);
    module("CELU(2.0)", () -> new CELU(2.0), 3, 4);
    module("SiLU", SiLU::new, 3, 4);
    module("Mish", Mish::new, 3, 4);
    module("Softplus", Softplus::new, 3, 4);
    module("Softplus(2,1)", () -> new Softplus(2, 1), 3, 4);
    module("Softsign", Softsign::new, 3, 4);
    module("Hardtanh", Hardtanh::new, 3, 4);
    module("Hardtanh(-2,2)", () -> new Hardtanh(-2, 2), 3, 4);
    module("ReLU6", ReLU6::new, 3, 4);
    module("Hardsigmoid", Hardsigmoid::new, 3, 4);
    module("Hardswish", Hardswish::new, 3, 4);
    module("LogSigmoid", LogSigmoid::new, 3, 4);
    module("PReLU", PReLU::new, 3, 4);
    module("PReLU(3)", () -> new PReLU(3), 2, 3, 4);
    module("Threshold(0.1,20)", () -> new Threshold(0.1, 20), 3, 4);
    module("GLU", GLU::new, 3, 4);
    module("GLU(0)", () -> new GLU(0), 4, 3);
    module("Softmin(1)", () -> new Softmin(1), 3, 4);
    module("Tanhshrink", Tanhshrink::new, 3, 4);
    module("Softshrink", Softshrink::new, 3, 4);
    module("Hardshrink(0.3)", () -> new Hardshrink(0.3), 3, 4);
    module("BatchNorm1d(3)", () -> new BatchNorm1d(3), 5, 3);
    module("BatchNorm1d(3)@3d", () -> new BatchNorm1d(3), 4, 3, 2);
    module("BatchNorm1d(3).eval", () -> new BatchNorm1d(3).eval(), 5, 3);
    module("BatchNorm1d_trained.eval", NnLayersConformanceTest::bnTrained, 5, 3);
    module("BatchNorm1d(3,affine=False,momentum=None)",
        () -> new BatchNorm1d(3, 1e-5, null, false, true), 6, 3);
    module("BatchNorm1d(3,track=False).eval",
        () -> new BatchNorm1d(3, 1e-5, 0.1, true, false).eval(), 6, 3);
    module("BatchNorm2d(2)", () -> new BatchNorm2d(2), 3, 2, 2, 3);
    module("BatchNorm2d(2,eps,momentum)", () -> new BatchNorm2d(2, 1e-3, 0.3), 3, 2, 2, 3);
    module("BatchNorm2d(2).eval", () -> new BatchNorm2d(2).eval(), 3, 2, 2, 3);
    module("LayerNorm(4)", () -> new LayerNorm(4), 3, 4);
    module("LayerNorm((2,4))", () -> new LayerNorm(new long[] {2, 4}), 3, 2, 4);
    module("LayerNorm(4,affine=False)", () -> new LayerNorm(new long[] {4}, 1e-5, false), 2, 3, 4);
    module("GroupNorm(2,4)", () -> new GroupNorm(2, 4), 3, 4, 5);
    module("GroupNorm(3,6,affine=False)", () -> new GroupNorm(3, 6, 1e-5, false), 2, 6, 2, 2);
    module("InstanceNorm2d(3)", () -> new InstanceNorm2d(3), 2, 3, 2, 3);
    module("InstanceNorm2d(3,affine)", () -> new InstanceNorm2d(3, 1e-5, 0.1, true, false), 2, 3, 2, 3);
    module("InstanceNorm2d(3,track)", () -> new InstanceNorm2d(3, 1e-5, 0.1, false, true), 2, 3, 2, 3);
    module("InstanceNorm2d(3)@3d", () -> new InstanceNorm2d(3), 3, 2, 3);
    module("CosineSimilarity", () -> new Pair(new CosineSimilarity()), 2, 3, 4);
    module("PairwiseDistance", () -> new Pair(new PairwiseDistance()), 2, 3, 4);
    module("Bilinear(3,3,2)", () -> new Pair(new Bilinear(3, 3, 2)), 2, 4, 3);
    module("bn_mlp", NnLayersConformanceTest::bnMlp, 5, 4);
    module("bn_cnn", () -> new Sequential(new Conv2d(1, 2, 3), new BatchNorm2d(2), new Sigmoid(),
        new Flatten(), new Linear(8, 3)), 2, 1, 4, 4);

    EMBEDDINGS.put("Embedding(10,3)", () -> new Embedding(10, 3));
    EMBEDDINGS.put("Embedding(10,3,padding_idx=3)", () -> new Embedding(10, 3, 3L));
    EMBEDDINGS.put("Embedding(10,3,padding_idx=-1)", () -> new Embedding(10, 3, -1L));
    EMBEDDINGS.put("Embedding(10,3,max_norm=1)", () -> new Embedding(10, 3, null, 1.0, 2.0, false));
    EMBEDDINGS.put("Embedding(10,3,max_norm=0.5,norm_type=1)",
        () -> new Embedding(10, 3, null, 0.5, 1.0, false));
    EMBEDDINGS.put("Embedding.from_pretrained", () -> Embedding.from_pretrained(pretrained()));
    EMBEDDINGS.put("Embedding.from_pretrained(freeze=False,padding_idx=0)",
        () -> Embedding.from_pretrained(pretrained(), false, 0L, null, 2.0, false));

    REPRS.put("ELU", ELU::new);
    REPRS.put("ELU(0.5,inplace)", () -> new ELU(0.5, true));
    REPRS.put("SELU", SELU::new);
    REPRS.put("SELU(inplace)", () -> new SELU(true));
    REPRS.put("CELU", CELU::new);
    REPRS.put("CELU(2.0)", () -> new CELU(2.0));
    REPRS.put("SiLU", SiLU::new);
    REPRS.put("SiLU(inplace)", () -> new SiLU(true));
    REPRS.put("Mish", Mish::new);
    REPRS.put("Softplus", Softplus::new);
    REPRS.put("Softplus(2,10)", () -> new Softplus(2, 10));
    REPRS.put("Softplus(0.5,15.0)", () -> new Softplus(0.5, 15.0));
    REPRS.put("Softsign", Softsign::new);
    REPRS.put("Hardtanh", Hardtanh::new);
    REPRS.put("Hardtanh(-2,2,inplace)", () -> new Hardtanh(-2, 2, true));
    REPRS.put("ReLU6", ReLU6::new);
    REPRS.put("ReLU6(inplace)", () -> new ReLU6(true));
    REPRS.put("Hardsigmoid", Hardsigmoid::new);
    REPRS.put("Hardswish", Hardswish::new);
    REPRS.put("LogSigmoid", LogSigmoid::new);
    REPRS.put("PReLU", PReLU::new);
    REPRS.put("PReLU(3,0.1)", () -> new PReLU(3, 0.1));
    REPRS.put("Threshold(0.1,20)", () -> new Threshold(0.1, 20));
    REPRS.put("Threshold(0.1,20.0,inplace)", () -> new Threshold(0.1, 20.0, true));
    REPRS.put("GLU", GLU::new);
    REPRS.put("GLU(1)", () -> new GLU(1));
    REPRS.put("Softmin(1)", () -> new Softmin(1));
    REPRS.put("Softmin()", Softmin::new);
    REPRS.put("Tanhshrink", Tanhshrink::new);
    REPRS.put("Softshrink", Softshrink::new);
    REPRS.put("Softshrink(1)", () -> new Softshrink(1));
    REPRS.put("Hardshrink(0.3)", () -> new Hardshrink(0.3));
    REPRS.put("CosineSimilarity", CosineSimilarity::new);
    REPRS.put("PairwiseDistance", PairwiseDistance::new);
    REPRS.put("BatchNorm1d(3)", () -> new BatchNorm1d(3));
    REPRS.put("BatchNorm2d(16,momentum=None,affine=False,track=False)",
        () -> new BatchNorm2d(16, 1e-5, null, false, false));
    REPRS.put("BatchNorm2d(4,eps=0.001,momentum=0.3)", () -> new BatchNorm2d(4, 0.001, 0.3));
    REPRS.put("LayerNorm(4)", () -> new LayerNorm(4));
    REPRS.put("LayerNorm((3,4),eps=1e-6,affine=False)", () -> new LayerNorm(new long[] {3, 4}, 1e-6, false));
    REPRS.put("GroupNorm(2,4)", () -> new GroupNorm(2, 4));
    REPRS.put("GroupNorm(1,3,eps=0.01,affine=False)", () -> new GroupNorm(1, 3, 0.01, false));
    REPRS.put("InstanceNorm2d(3)", () -> new InstanceNorm2d(3));
    REPRS.put("InstanceNorm2d(3,affine,track)", () -> new InstanceNorm2d(3, 1e-5, 0.1, true, true));
    REPRS.put("Embedding(10,3)", () -> new Embedding(10, 3));
    REPRS.put("Embedding(10,3,padding_idx=-1,max_norm=1.0)", () -> new Embedding(10, 3, -1L, 1.0, 2.0, false));
    REPRS.put("Embedding(5,2,max_norm=2.0,norm_type=1.0)", () -> new Embedding(5, 2, null, 2.0, 1.0, false));
    REPRS.put("Embedding.from_pretrained", () -> Embedding.from_pretrained(ones(2, 3)));
    REPRS.put("EmbeddingBag(10,3)", () -> new EmbeddingBag(10, 3));
    REPRS.put("EmbeddingBag(10,3,max_norm=1.0,mode=max,padding_idx=-1)",
        () -> new EmbeddingBag(10, 3, 1.0, 2.0, false, "max", false, -1L));
    REPRS.put("ParameterList", NnLayersConformanceTest::plist);
    REPRS.put("ParameterList()", ParameterList::new);
    REPRS.put("ParameterDict", NnLayersConformanceTest::pdict);
    REPRS.put("WithParams", _WithParams::new);
    REPRS.put("Bilinear(2,3,4)", () -> new Bilinear(2, 3, 4));
    REPRS.put("Bilinear(2,3,4,bias=False)", () -> new Bilinear(2, 3, 4, false));
    REPRS.put("KLDivLoss", KLDivLoss::new);
    REPRS.put("MarginRankingLoss", MarginRankingLoss::new);
    REPRS.put("HingeEmbeddingLoss", HingeEmbeddingLoss::new);
    REPRS.put("SoftMarginLoss", SoftMarginLoss::new);
    REPRS.put("CosineEmbeddingLoss", CosineEmbeddingLoss::new);
    REPRS.put("PoissonNLLLoss", PoissonNLLLoss::new);
    REPRS.put("GaussianNLLLoss", GaussianNLLLoss::new);
    REPRS.put("TripletMarginLoss", TripletMarginLoss::new);
    REPRS.put("MultiLabelSoftMarginLoss", MultiLabelSoftMarginLoss::new);
    REPRS.put("MultiLabelSoftMarginLoss(weight)", () -> new MultiLabelSoftMarginLoss(ones(3)));
    REPRS.put("bn_mlp", NnLayersConformanceTest::bnMlp);

    TEXTS.put("text_classification", () -> {
      TextClassificationModel model = new TextClassificationModel(20, 8, 4);
      SGD opt = new SGD(model.parameters(), 5);
      CrossEntropyLoss crit = new CrossEntropyLoss();
      Tensor text = Torch.randint(0, 20, 15);
      Tensor offsets = Torch.tensor(new long[] {0, 4, 9, 9, 12}, new long[] {5}, DType.int64);
      Tensor label = Torch.tensor(new long[] {0, 3, 1, 2, 1}, new long[] {5}, DType.int64);
      List<String> out = new ArrayList<>();
      out.add(model.toString());
      for (int i = 0; i < 3; i++) {
        opt.zero_grad();
        Tensor pred = model.call(text, offsets);
        Tensor loss = crit.call(pred, label);
        loss.backward();
        opt.step();
        out.add(loss.toString());
      }
      out.add(model.call(text, offsets).toString());
      return String.join("\n", out);
    });
    TEXTS.put("inplace", () -> {
      List<java.util.function.UnaryOperator<Tensor>> fs = List.of(
          y -> F.elu(y, 0.5, true), y -> F.relu6(y, true), y -> F.hardswish(y, true),
          y -> F.silu(y, true), y -> F.threshold(y, 0.5, -1.0, true),
          y -> new Hardtanh(-0.5, 0.5, true).call(y), y -> new SELU(true).call(y));
      List<String> out = new ArrayList<>();
      for (var f : fs) {
        Tensor x = randn(6).requires_grad_();
        Tensor y = x.mul(2L);
        Tensor r = f.apply(y);
        y.mul(Torch.arange(1.0, 7.0)).sum().backward();
        out.add(py(r == y) + " " + y.detach() + " " + x.grad());
      }
      Tensor x = randn(3);
      F.mish(x, true);
      out.add(x.toString());
      return String.join("\n", out);
    });
    TEXTS.put("bn_momentum_none", () -> {
      BatchNorm1d m = new BatchNorm1d(2, 1e-5, null);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        m.call(randn(4, 2));
        out.add(m.running_mean() + " " + m.running_var() + " " + m.num_batches_tracked());
      }
      return String.join("\n", out);
    });
    TEXTS.put("bn_train_eval", () -> {
      BatchNorm2d m = new BatchNorm2d(2);
      Tensor x = randn(2, 2, 2, 2);
      Tensor y1 = m.call(x);
      m.eval();
      Tensor y2 = m.call(x);
      m.train();
      Tensor y3 = m.call(x);
      return String.join("\n", y1.toString(), y2.toString(), y3.toString(), m.running_mean().toString(),
          m.running_var().toString(), m.num_batches_tracked().toString());
    });
    TEXTS.put("bn_double", () -> {
      BatchNorm1d m = new BatchNorm1d(2).double_();
      m.call(randn(new long[] {3, 2}, DType.float64, null));
      List<String> out = new ArrayList<>();
      m.state_dict().forEach((k, v) -> out.add(k + ": " + v));
      return String.join("\n", out);
    });
    TEXTS.put("bn_load", () -> {
      BatchNorm1d a = new BatchNorm1d(2);
      a.call(randn(4, 2));
      BatchNorm1d b = new BatchNorm1d(2);
      var r = b.load_state_dict(a.state_dict());
      return r + "\n" + b.running_mean() + "\n" + b.num_batches_tracked();
    });
    TEXTS.put("emb_from_pretrained", () -> {
      Tensor w = Torch.tensor(new double[] {1.0, 2.3, 3.0, 4.0, 5.1, 6.3}, new long[] {2, 3}, DType.float32);
      Embedding e = Embedding.from_pretrained(w);
      Embedding e2 = Embedding.from_pretrained(w, false);
      return py(e.weight().requires_grad()) + " " + py(e2.weight().requires_grad()) + " "
          + py(e.weight().shares_storage(w)) + "\n" + e.call(Torch.tensor(new long[] {1}, new long[] {1}, DType.int64));
    });
    TEXTS.put("plist_ops", () -> {
      ParameterList pl = new ParameterList(new Parameter(ones(2)));
      pl.append(new Parameter(zeros(3)));
      pl.extend(List.of(new Parameter(ones(1, 1)), new Parameter(ones(2, 2))));
      Tensor s = null;
      for (Parameter p : pl) {
        s = s == null ? p.sum() : s.add(p.sum());
      }
      return pl.len() + " " + PyRepr.repr(new ArrayList<>(pl.named_parameters().keySet())) + " " + s
          + "\n" + pl + "\n" + pl.get(1);
    });
    TEXTS.put("pdict_ops", () -> {
      ParameterDict pd = new ParameterDict();
      pd.put("w", new Parameter(ones(2, 2)));
      pd.update(Map.of("b", new Parameter(zeros(2))));
      return pd.len() + " " + PyRepr.repr(new ArrayList<>(pd.keys())) + " " + py(pd.contains("w")) + " "
          + PyRepr.repr(new ArrayList<>(pd.named_parameters().keySet())) + "\n" + pd;
    });
    TEXTS.put("emb_max_norm", () -> {
      Embedding e = new Embedding(4, 3, null, 1.0, 2.0, false);
      e.call(Torch.tensor(new long[] {0, 2}, new long[] {2}, DType.int64));
      return e.weight().toString();
    });
    TEXTS.put("prelu_train", () -> {
      PReLU m = new PReLU();
      SGD opt = new SGD(m.parameters(), 0.5);
      Tensor x = randn(4, 3);
      Tensor loss = m.call(x).sum();
      loss.backward();
      opt.step();
      return m.weight().toString();
    });

    ERRORS.put("bn1d_dim", () -> new BatchNorm1d(3).call(randn(2, 3, 4, 5)));
    ERRORS.put("bn2d_dim", () -> new BatchNorm2d(3).call(randn(2, 3)));
    ERRORS.put("bn_batch1", () -> new BatchNorm1d(3).call(randn(1, 3)));
    ERRORS.put("bn_channels", () -> new BatchNorm1d(3).call(randn(4, 5)));
    ERRORS.put("layer_norm_shape", () -> new LayerNorm(4).call(randn(3, 5)));
    ERRORS.put("group_norm_divisible", () -> new GroupNorm(4, 6));
    ERRORS.put("group_norm_channels", () -> new GroupNorm(2, 4).call(randn(2, 6, 3)));
    ERRORS.put("instance_norm_dim", () -> new InstanceNorm2d(3).call(randn(2, 3)));
    ERRORS.put("emb_padding_idx", () -> new Embedding(5, 2, 5L));
    ERRORS.put("emb_padding_idx_neg", () -> new Embedding(5, 2, -6L));
    ERRORS.put("emb_oob", () -> new Embedding(5, 2).call(Torch.tensor(new long[] {5}, new long[] {1}, DType.int64)));
    ERRORS.put("emb_float_idx", () -> new Embedding(5, 2).call(Torch.tensor(new double[] {1.0}, new long[] {1}, DType.float32)));
    ERRORS.put("emb_pretrained_1d", () -> Embedding.from_pretrained(ones(3)));
    ERRORS.put("prelu_channels", () -> new PReLU(3).call(randn(2, 4)));
    ERRORS.put("glu_odd", () -> new GLU().call(randn(2, 3)));
    ERRORS.put("celu_alpha0", () -> new CELU(0.0).call(randn(2)));
    ERRORS.put("softshrink_neg", () -> new Softshrink(-1.0).call(randn(2)));
    ERRORS.put("triplet_dims", () -> new TripletMarginLoss().call(randn(3, 4), randn(3, 4), randn(4)));
    ERRORS.put("margin_ranking_dims", () -> new MarginRankingLoss().call(randn(3), randn(3), randn(3, 1)));
    ERRORS.put("cosine_embedding_dims", () -> new CosineEmbeddingLoss().call(randn(3, 4), randn(3, 4), ones(3, 1)));
    ERRORS.put("gaussian_var_size", () -> new GaussianNLLLoss().call(randn(3, 4), randn(3, 4), ones(2)));
    ERRORS.put("gaussian_var_neg", () -> new GaussianNLLLoss().call(randn(3), randn(3), ones(3).neg()));
    ERRORS.put("bilinear_shape", () -> new Bilinear(2, 3, 4).call(randn(5, 2), randn(5, 4)));
    ERRORS.put("embedding_bag_2d_offsets", () -> new EmbeddingBag(5, 2).call(
        Torch.tensor(new long[] {0, 1}, new long[] {1, 2}, DType.int64), Torch.tensor(new long[] {0}, new long[] {1}, DType.int64)));
    ERRORS.put("embedding_bag_mode", () -> new EmbeddingBag(5, 2, "median").call(
        Torch.tensor(new long[] {0, 1}, new long[] {1, 2}, DType.int64)));
    ERRORS.put("plist_index", () -> new ParameterList(new Parameter(ones(1))).get(1));
    ERRORS.put("pdict_key", () -> new ParameterDict().get("x"));
  }

  static final boolean ON_CUDA = System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda");

  /**
   * A recorded (CPU) repr as PyTorch prints it for the same module on CUDA (the device pass):
   * ParameterList/ParameterDict lines name the GPU and the cuda tensor type.
   */
  static String onDevice(String cpuRepr) {
    if (!ON_CUDA) {
      return cpuRepr;
    }
    return Fixtures.onDevice(cpuRepr.replaceAll("(Parameter containing: \\[[^\\]\n]*)\\]", "$1 (GPU 0)]"));
  }

  static Stream<JsonObject> cases(String key) {
    List<JsonObject> out = new ArrayList<>();
    for (JsonElement e : FIX.getAsJsonArray(key)) {
      out.add(e.getAsJsonObject());
    }
    return out.stream();
  }

  static Set<String> ids(String key) {
    Set<String> s = new LinkedHashSet<>();
    cases(key).forEach(c -> s.add(c.get("id").getAsString()));
    return s;
  }

  @TestFactory
  Stream<DynamicTest> initialisationIsBitExact() {
    return cases("init").map(c -> DynamicTest.dynamicTest(
        c.get("id").getAsString() + "@seed" + c.get("seed").getAsLong(), () -> {
          Supplier<Module> b = INIT.get(c.get("id").getAsString());
          assertNotNull(b, "no Java construction for " + c.get("id"));
          manual_seed(c.get("seed").getAsLong());
          Map<String, Parameter> params = b.get().named_parameters();
          JsonObject want = c.getAsJsonObject("params");
          assertEquals(new ArrayList<>(want.keySet()), new ArrayList<>(params.keySet()), "names");
          for (String k : want.keySet()) {
            JsonObject p = want.getAsJsonObject(k);
            assertEquals(p.get("dtype").getAsString(), params.get(k).dtype().name(), k + " dtype");
            assertValues(doubles(p.get("values")), params.get(k), 0, 0, k);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> moduleOutputsGradientsAndBuffers() {
    return cases("modules").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      String id = c.get("id").getAsString();
      assertNotNull(MODULES.get(id), "no Java construction for " + id);
      manual_seed(c.get("seed").getAsLong());
      Module m = MODULES.get(id).get();
      Tensor x = randn(MODULE_INPUT.get(id)).requires_grad_();
      assertValues(doubles(c.getAsJsonObject("input").get("values")), x, 0, 0, "input draw");
      Tensor y = m.call(x);
      assertOutput(c.getAsJsonObject("output"), y, "output");
      Tensor cot = randn(y.shape().toLongArray());
      y.backward(cot);
      assertValues(doubles(c.get("input_grad")), x.grad(), 1e-5, 1e-6, "input grad");
      JsonObject pg = c.getAsJsonObject("param_grads");
      Map<String, Parameter> params = m.named_parameters();
      assertEquals(new ArrayList<>(pg.keySet()), new ArrayList<>(params.keySet()), "param names");
      for (String k : pg.keySet()) {
        if (pg.get(k).isJsonNull()) {
          assertNull(params.get(k).grad(), k);
        } else {
          assertValues(doubles(pg.get(k)), params.get(k).grad(), 1e-5, 1e-6, k + " grad");
        }
      }
      JsonObject bufs = c.getAsJsonObject("buffers");
      Map<String, Tensor> got = m.named_buffers();
      assertEquals(new ArrayList<>(bufs.keySet()), new ArrayList<>(got.keySet()), "buffer names");
      for (String k : bufs.keySet()) {
        assertValues(doubles(bufs.get(k)), got.get(k), 1e-5, 1e-6, k);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> embeddingLookupsAndGradients() {
    return cases("embeddings").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      manual_seed(0);
      Embedding m = EMBEDDINGS.get(c.get("id").getAsString()).get();
      Tensor idx = Torch.tensor(new long[] {0, 3, 9, 3, 1, 1, 0, 7}, new long[] {2, 4}, DType.int64);
      Tensor y = m.call(idx);
      assertOutput(c.getAsJsonObject("output"), y, "output");
      Tensor cot = randn(y.shape().toLongArray());
      assertValues(doubles(c.get("cotangent")), cot, 0, 0, "cotangent draw");
      if (y.requires_grad()) {
        y.backward(cot);
      }
      assertValues(doubles(c.get("weight")), m.weight(), 1e-6, 1e-7, "weight after forward");
      if (c.get("weight_grad").isJsonNull()) {
        assertNull(m.weight().grad(), "weight grad");
      } else {
        assertValues(doubles(c.get("weight_grad")), m.weight().grad(), 1e-6, 1e-7, "weight grad");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> printedLikePyTorch() {
    return cases("reprs").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      Supplier<Module> b = REPRS.get(c.get("id").getAsString());
      assertNotNull(b, "no Java construction for " + c.get("id"));
      manual_seed(0);
      assertEquals(onDevice(c.get("repr").getAsString()), b.get().toString());
    }));
  }

  @TestFactory
  Stream<DynamicTest> keysLikePyTorch() {
    return cases("structure").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      manual_seed(0);
      Module m = REPRS.get(c.get("id").getAsString()).get();
      assertEquals(strings(c.get("state_dict")), new ArrayList<>(m.state_dict().keySet()), "state_dict");
      assertEquals(strings(c.get("named_parameters")), new ArrayList<>(m.named_parameters().keySet()),
          "named_parameters");
      assertEquals(strings(c.get("named_modules")), new ArrayList<>(m.named_modules().keySet()),
          "named_modules");
      assertEquals(strings(c.get("named_children")), new ArrayList<>(m.named_children().keySet()),
          "named_children");
      assertEquals(strings(c.get("named_buffers")), new ArrayList<>(m.named_buffers().keySet()),
          "named_buffers");
    }));
  }

  @TestFactory
  Stream<DynamicTest> moduleApiPrintsWhatPyTorchPrints() {
    return cases("texts").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      Supplier<String> t = TEXTS.get(c.get("id").getAsString());
      assertNotNull(t, "no Java scenario for " + c.get("id"));
      manual_seed(0);
      assertEquals(onDevice(c.get("text").getAsString()), t.get());
    }));
  }

  static Class<?>[] javaTypes(String pythonType) {
    return pythonType.equals("AssertionError") || pythonType.equals("AttributeError")
        ? new Class<?>[] {IllegalArgumentException.class}
        : NnConformanceTest.javaTypes(pythonType);
  }

  @TestFactory
  Stream<DynamicTest> errorsCarryPyTorchText() {
    return cases("errors").map(c -> DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
      Runnable r = ERRORS.get(c.get("id").getAsString());
      assertNotNull(r, "no Java scenario for " + c.get("id"));
      manual_seed(0);
      RuntimeException e = assertThrows(RuntimeException.class, r::run);
      boolean typeOk = false;
      for (Class<?> k : javaTypes(c.get("type").getAsString())) {
        typeOk |= k.isInstance(e);
      }
      assertTrue(typeOk, "PyTorch " + c.get("type").getAsString() + " but Java " + e);
      assertEquals(c.get("message").getAsString(), e.getMessage());
    }));
  }

  /** Every construction the Java maps spell is recorded, so the maps cannot drift from the fixture. */
  @Test
  void everyJavaConstructionIsRecorded() {
    assertEquals(INIT.keySet(), ids("init"));
    assertEquals(MODULES.keySet(), ids("modules"));
    assertEquals(EMBEDDINGS.keySet(), ids("embeddings"));
    assertEquals(REPRS.keySet(), ids("reprs"));
    assertEquals(ERRORS.keySet(), ids("errors"));
    assertEquals(TEXTS.keySet(), ids("texts"));
  }
}
