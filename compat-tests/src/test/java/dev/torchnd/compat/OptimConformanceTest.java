package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.CrossEntropyLoss;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.MSELoss;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.ReLU;
import dev.torchnd.nn.Sequential;
import dev.torchnd.optim.Adagrad;
import dev.torchnd.optim.Adam;
import dev.torchnd.optim.AdamW;
import dev.torchnd.optim.Optimizer;
import dev.torchnd.optim.RMSprop;
import dev.torchnd.optim.SGD;
import dev.torchnd.optim.lr_scheduler.CosineAnnealingLR;
import dev.torchnd.optim.lr_scheduler.ExponentialLR;
import dev.torchnd.optim.lr_scheduler.LambdaLR;
import dev.torchnd.optim.lr_scheduler.LRScheduler;
import dev.torchnd.optim.lr_scheduler.MultiStepLR;
import dev.torchnd.optim.lr_scheduler.StepLR;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code fixtures/optim.json} (recorded by {@code recorder/record_optim.py}): every
 * optimizer and option set stepped with recorded gradients (parameters and state bit for bit,
 * state_dict layout, repr), the same optimizers training a small MLP (losses and parameters),
 * the schedulers' learning-rate sequences and state_dicts, the fused pointwise ops they are
 * built on, and PyTorch's error texts.
 */
class OptimConformanceTest {
  private static final JsonObject FIXTURE = Fixtures.load("/fixtures/optim.json").getAsJsonObject();
  private static final List<String> NAMES = List.of("W1", "b1", "W2", "b2");

  // ------------------------------------------------------------------ helpers

  static Tensor tensor(JsonObject t) {
    DType dtype = DType.valueOf(t.get("dtype").getAsString());
    long[] shape = Fixtures.longs(t.getAsJsonArray("shape"));
    if (dtype.is_floating_point()) {
      return Torch.tensor(Fixtures.doubles(t.getAsJsonArray("values")), shape, dtype);
    }
    return Torch.tensor(Fixtures.longs(t.getAsJsonArray("values")), shape, dtype);
  }

  /** Bit-for-bit equality of values, with shape and dtype. */
  static void assertExact(JsonObject want, Tensor got, String what) {
    assertEquals(want.getAsJsonArray("shape").toString(), got.shape().toString()
        .replace("torch.Size(", "").replace(")", "").replace(" ", ""), what + " shape");
    assertEquals(DType.valueOf(want.get("dtype").getAsString()), got.dtype(), what + " dtype");
    double[] w = Fixtures.doubles(want.getAsJsonArray("values"));
    double[] g = got.to(DType.float64).toDoubleArray();
    for (int i = 0; i < w.length; i++) {
      if (Double.doubleToLongBits(w[i]) != Double.doubleToLongBits(g[i])) {
        fail(what + " element " + i + ": expected " + w[i] + " but was " + g[i]);
      }
    }
  }

  /** A JSON value as Java values the optimizers take: ints, doubles, booleans, lists, maps. */
  static Object java(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonPrimitive()) {
      JsonPrimitive p = e.getAsJsonPrimitive();
      if (p.isBoolean()) {
        return p.getAsBoolean();
      }
      if (p.isString()) {
        return p.getAsString();
      }
      return Fixtures.isFloatLiteral(p) ? (Object) p.getAsDouble() : (Object) p.getAsInt();
    }
    if (e.isJsonArray()) {
      List<Object> l = new ArrayList<>();
      for (JsonElement x : e.getAsJsonArray()) {
        l.add(java(x));
      }
      return l;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (var en : e.getAsJsonObject().entrySet()) {
      m.put(en.getKey(), java(en.getValue()));
    }
    return m;
  }

  /** Python-typed equality of a recorded JSON value and a Java one (0 and 0.0 differ). */
  static void assertSameValue(JsonElement want, Object got, String what) {
    if (want.isJsonNull()) {
      assertEquals(null, got, what);
    } else if (want.isJsonPrimitive() && want.getAsJsonPrimitive().isBoolean()) {
      assertEquals(want.getAsBoolean(), got, what);
    } else if (want.isJsonPrimitive()) {
      JsonPrimitive p = want.getAsJsonPrimitive();
      assertTrue(got instanceof Number, what + ": not a number: " + got);
      if (Fixtures.isFloatLiteral(p)) {
        assertTrue(got instanceof Double, what + ": expected a float, got " + got);
        assertEquals(p.getAsDouble(), (Double) got, 0.0, what);
      } else {
        assertTrue(got instanceof Integer || got instanceof Long, what + ": expected an int, got " + got);
        assertEquals(p.getAsLong(), ((Number) got).longValue(), what);
      }
    } else if (want.isJsonArray()) {
      List<?> l = got instanceof double[] d ? List.of(d[0], d[1]) : (List<?>) got;
      JsonArray a = want.getAsJsonArray();
      assertEquals(a.size(), l.size(), what + " length");
      for (int i = 0; i < a.size(); i++) {
        assertSameValue(a.get(i), l.get(i), what + "[" + i + "]");
      }
    } else if (want.getAsJsonObject().has("values") && got instanceof Tensor t) {
      assertExact(want.getAsJsonObject(), t, what);
    } else {
      Map<?, ?> m = (Map<?, ?>) got;
      JsonObject o = want.getAsJsonObject();
      assertEquals(o.keySet(), keys(m), what + " keys");
      for (var en : o.entrySet()) {
        Object v = m.containsKey(en.getKey()) ? m.get(en.getKey()) : m.get(Integer.valueOf(en.getKey()));
        assertSameValue(en.getValue(), v, what + "." + en.getKey());
      }
    }
  }

  private static Set<String> keys(Map<?, ?> m) {
    Set<String> s = new java.util.LinkedHashSet<>();
    for (Object k : m.keySet()) {
      s.add(String.valueOf(k));
    }
    return s;
  }

  static Map<String, Tensor> params() {
    JsonObject m = FIXTURE.getAsJsonObject("model");
    Map<String, Tensor> p = new LinkedHashMap<>();
    for (String n : NAMES) {
      p.put(n, tensor(m.getAsJsonObject(n)).requires_grad_());
    }
    return p;
  }

  @SuppressWarnings("unchecked")
  static Optimizer build(JsonObject c, Map<String, Tensor> p) {
    Map<String, Object> kwargs = (Map<String, Object>) java(c.get("kwargs"));
    List<Object> params = new ArrayList<>();
    if (c.get("groups").isJsonNull()) {
      for (String n : NAMES) {
        params.add(p.get(n));
      }
    } else {
      for (JsonElement g : c.getAsJsonArray("groups")) {
        Map<String, Object> group = (Map<String, Object>) java(g);
        List<Tensor> ts = new ArrayList<>();
        for (Object n : (List<Object>) group.get("params")) {
          ts.add(p.get((String) n));
        }
        group.put("params", ts);
        params.add(group);
      }
    }
    return switch (c.get("optimizer").getAsString()) {
      case "SGD" -> new SGD(params, kwargs);
      case "Adam" -> new Adam(params, kwargs);
      case "AdamW" -> new AdamW(params, kwargs);
      case "Adagrad" -> new Adagrad(params, kwargs);
      case "RMSprop" -> new RMSprop(params, kwargs);
      default -> throw new IllegalArgumentException(c.get("optimizer").getAsString());
    };
  }

  static Tensor mlpLoss(Tensor X, Tensor Y, Map<String, Tensor> p) {
    return X.matmul(p.get("W1")).add(p.get("b1")).relu().matmul(p.get("W2")).add(p.get("b2"))
        .sub(Y).pow(2).mean();
  }

  // ------------------------------------------------------------------ optimizers

  @TestFactory
  Stream<DynamicTest> stepsWithRecordedGradientsMatchBitForBit() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> replay(c)));
    }
    return tests.stream();
  }

  private static void replay(JsonObject c) {
    Map<String, Tensor> p = params();
    Optimizer opt = build(c, p);
    JsonObject r = c.getAsJsonObject("replay");
    for (JsonElement step : r.getAsJsonArray("grads")) {
      JsonObject gs = step.getAsJsonObject();
      for (String n : NAMES) {
        JsonElement g = gs.get(n);
        p.get(n).set_grad(g.isJsonNull() ? null : tensor(g.getAsJsonObject()));
      }
      opt.step();
    }
    for (String n : NAMES) {
      assertExact(r.getAsJsonObject("params").getAsJsonObject(n), p.get(n), n);
      JsonElement g = r.getAsJsonObject("grads_after").get(n);
      if (g.isJsonNull()) {
        assertEquals(null, p.get(n).grad(), n + ".grad");
      } else {
        assertExact(g.getAsJsonObject(), p.get(n).grad(), n + ".grad after the steps");
      }
    }
    Map<String, Object> sd = opt.state_dict();
    assertSameValue(r.get("state"), sd.get("state"), "state");
    assertSameValue(r.get("param_groups"), sd.get("param_groups"), "param_groups");
    assertEquals(r.get("repr").getAsString(), opt.toString(), "repr");
  }

  @TestFactory
  Stream<DynamicTest> trainingTheMlpMatchesPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("cases")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> train(c)));
    }
    return tests.stream();
  }

  private static void train(JsonObject c) {
    JsonObject m = FIXTURE.getAsJsonObject("model");
    Tensor X = tensor(m.getAsJsonObject("X"));
    Tensor Y = tensor(m.getAsJsonObject("Y"));
    Map<String, Tensor> p = params();
    Optimizer opt = build(c, p);
    JsonObject t = c.getAsJsonObject("train");
    double[] losses = Fixtures.doubles(t.getAsJsonArray("losses"));
    for (int i = 0; i < losses.length; i++) {
      opt.zero_grad();
      Tensor loss = mlpLoss(X, Y, p);
      loss.backward();
      opt.step();
      assertEquals(losses[i], loss.doubleValue(), 1e-6 * Math.max(1, Math.abs(losses[i])), "loss " + i);
    }
    for (String n : NAMES) {
      double[] want = Fixtures.doubles(t.getAsJsonObject("params").getAsJsonObject(n).getAsJsonArray("values"));
      double[] got = p.get(n).to(DType.float64).toDoubleArray();
      for (int i = 0; i < want.length; i++) {
        assertEquals(want[i], got[i], 1e-5 * Math.max(1, Math.abs(want[i])), n + "[" + i + "]");
      }
    }
  }

  // ------------------------------------------------------------------ schedulers

  @TestFactory
  Stream<DynamicTest> schedulerSequencesMatchPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("schedulers")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> schedule(c)));
    }
    return tests.stream();
  }

  /** The recorder's LAMBDAS. */
  private static final Map<String, java.util.function.IntToDoubleFunction> LAMBDAS = Map.of(
      "inverse", epoch -> 1.0 / (epoch + 1), "step3", epoch -> epoch >= 3 ? 0.5 : 1.0);

  @SuppressWarnings("unchecked")
  private static void schedule(JsonObject c) {
    Map<String, Object> args = (Map<String, Object>) java(c.get("args"));
    int lastEpoch = args.containsKey("last_epoch") ? (Integer) args.get("last_epoch") : -1;
    List<Tensor> ws = new ArrayList<>();
    List<Map<String, Object>> groups = new ArrayList<>();
    for (JsonElement lr : c.getAsJsonArray("initial")) {
      Tensor w = Torch.zeros(2).requires_grad_();
      ws.add(w);
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("params", List.of(w));
      g.put("lr", lr.getAsDouble());
      if (lastEpoch != -1) {
        g.put("initial_lr", lr.getAsDouble());
      }
      groups.add(g);
    }
    SGD opt = new SGD(groups, c.has("epochs") ? 0.1 : 0.5);
    double gamma = args.containsKey("gamma") ? ((Number) args.get("gamma")).doubleValue() : 0.1;
    LRScheduler s =
        switch (c.get("scheduler").getAsString()) {
          case "StepLR" -> new StepLR(opt, (Integer) args.get("step_size"), gamma, lastEpoch, false);
          case "MultiStepLR" -> new MultiStepLR(
              opt, (List<Integer>) (List<?>) args.get("milestones"), gamma, lastEpoch, false);
          case "ExponentialLR" -> new ExponentialLR(opt, gamma, lastEpoch, false);
          case "CosineAnnealingLR" -> args.containsKey("eta_min")
              ? new CosineAnnealingLR(opt, (Integer) args.get("T_max"),
                  ((Number) args.get("eta_min")).doubleValue(), lastEpoch, false)
              : lastEpoch == -1
                  ? new CosineAnnealingLR(opt, (Integer) args.get("T_max"))
                  : new CosineAnnealingLR(opt, (Integer) args.get("T_max"), 0.0, lastEpoch, false);
          case "LambdaLR" -> {
            Object l = args.get("lr_lambda");
            if (l instanceof List<?> names) {
              List<java.util.function.IntToDoubleFunction> fs = new ArrayList<>();
              for (Object n : names) {
                fs.add(LAMBDAS.get((String) n));
              }
              yield new LambdaLR(opt, fs);
            }
            yield new LambdaLR(opt, LAMBDAS.get((String) l));
          }
          default -> throw new IllegalArgumentException(c.get("scheduler").getAsString());
        };
    JsonArray lrs = c.getAsJsonArray("lrs");
    assertSameValue(lrs.get(0), s.get_last_lr(), "initial lr");
    JsonArray epochs = c.has("epochs") ? c.getAsJsonArray("epochs") : null;
    for (int i = 1; i < lrs.size(); i++) {
      for (Tensor w : ws) {
        w.set_grad(Torch.ones(2));
      }
      opt.step();
      if (epochs == null) {
        s.step();
      } else {
        s.step(epochs.get(i - 1).getAsInt());
      }
      assertSameValue(lrs.get(i), s.get_last_lr(), "lr after step " + i);
    }
    List<Object> groupLrs = new ArrayList<>();
    for (Map<String, Object> g : opt.param_groups()) {
      groupLrs.add(g.get("lr"));
    }
    assertSameValue(c.get("groups"), groupLrs, "group lrs");
    if (c.has("state_dict")) {
      Map<String, Object> sd = s.state_dict();
      JsonObject want = c.getAsJsonObject("state_dict");
      assertEquals(List.copyOf(want.keySet()), List.copyOf(sd.keySet()), "state_dict keys");
      for (var en : want.entrySet()) {
        if (en.getKey().equals("eta_min") && !args.containsKey("eta_min") && lastEpoch != -1) {
          // Java's positional form cannot leave eta_min at Python's int default 0 here.
          assertEquals(en.getValue().getAsDouble(), ((Number) sd.get("eta_min")).doubleValue());
          continue;
        }
        assertSameValue(en.getValue(), sd.get(en.getKey()), "state_dict." + en.getKey());
      }
    }
  }

  // ------------------------------------------------------------------ pointwise ops

  @Test
  void fusedPointwiseOpsRoundAsPyTorch() {
    int n = 0;
    for (JsonElement e : FIXTURE.getAsJsonArray("pointwise")) {
      JsonObject c = e.getAsJsonObject();
      JsonArray in = c.getAsJsonArray("inputs");
      Tensor a = tensor(in.get(0).getAsJsonObject());
      Tensor b = tensor(in.get(1).getAsJsonObject());
      JsonPrimitive sp = c.getAsJsonPrimitive("scalar");
      double s = sp.getAsDouble();
      String what = c.get("op").getAsString() + " " + a.shape() + " " + s;
      Tensor out =
          switch (c.get("op").getAsString()) {
            case "add" -> Fixtures.isFloatLiteral(sp) ? a.add(b, s) : a.add(b, sp.getAsLong());
            case "sub" -> a.sub(b, s);
            case "addcmul" -> a.addcmul(b, tensor(in.get(2).getAsJsonObject()), s);
            case "addcdiv" -> a.addcdiv(b, tensor(in.get(2).getAsJsonObject()), s);
            default -> throw new IllegalArgumentException(c.get("op").getAsString());
          };
      assertExact(c.getAsJsonObject("out"), out, what);
      // The in-place forms write the same bits.
      Tensor inPlace = a.clone();
      switch (c.get("op").getAsString()) {
        case "add" -> {
          if (Fixtures.isFloatLiteral(sp)) {
            inPlace.add_(b, s);
          } else {
            inPlace.add_(b, sp.getAsLong());
          }
        }
        case "sub" -> inPlace.sub_(b, s);
        case "addcmul" -> inPlace.addcmul_(b, tensor(in.get(2).getAsJsonObject()), s);
        default -> inPlace.addcdiv_(b, tensor(in.get(2).getAsJsonObject()), s);
      }
      if (inPlace.shape().equals(out.shape())) {
        assertExact(c.getAsJsonObject("out"), inPlace, what + " in place");
      }
      n++;
    }
    assertTrue(n > 50);
  }

  // ------------------------------------------------------------------ errors

  private static Tensor w3() {
    return Torch.tensor(new double[] {1, 2, 3}).requires_grad_();
  }

  private static void backwardAfterStep(java.util.function.Function<List<Tensor>, Optimizer> make) {
    Tensor w = w3();
    Optimizer opt = make.apply(List.of(w));
    Tensor loss = w.mul(w).sum();
    loss.backward(null, true, false);
    opt.step();
    loss.backward();
  }

  private static void loadMismatch(boolean groups) {
    Tensor a = w3();
    Tensor b = w3();
    SGD opt = new SGD(List.of(a, b), 0.1);
    SGD other =
        groups
            ? new SGD(List.of(Map.of("params", List.of(a)), Map.of("params", List.of(b))), 0.1)
            : new SGD(List.of(a), 0.1);
    opt.load_state_dict(other.state_dict());
  }

  private static final Map<String, Runnable> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("sgd_negative_lr", () -> new SGD(List.of(w3()), -0.1));
    ERRORS.put("sgd_negative_momentum", () -> new SGD(List.of(w3()), 0.1, -0.5));
    ERRORS.put("sgd_negative_weight_decay", () -> new SGD(List.of(w3()), 0.1, 0, 0, -1e-4));
    ERRORS.put("sgd_nesterov_no_momentum", () -> new SGD(List.of(w3()), Map.of("lr", 0.1, "nesterov", true)));
    ERRORS.put("sgd_nesterov_dampening", () -> new SGD(List.of(w3()), 0.1, 0.9, 0.1, 0, true));
    ERRORS.put("sgd_missing_lr", () -> new SGD(List.of(w3())));
    ERRORS.put("sgd_empty", () -> new SGD(List.of(), 0.1));
    ERRORS.put("sgd_duplicate_groups", () -> {
      Tensor w = w3();
      new SGD(List.of(Map.of("params", List.of(w)), Map.of("params", List.of(w))), 0.1);
    });
    ERRORS.put("sgd_non_leaf", () -> new SGD(List.of(w3().mul(2)), 0.1));
    ERRORS.put("sgd_set", () -> new SGD(List.of(Map.of("params", Set.of(w3()))), 0.1));
    ERRORS.put("sgd_unexpected_kwarg", () -> new SGD(List.of(w3()), Map.of("lr", 0.1, "betas", List.of(0.9, 0.99))));
    ERRORS.put("adam_negative_lr", () -> new Adam(List.of(w3()), -1e-3));
    ERRORS.put("adam_negative_eps", () -> new Adam(List.of(w3()), Map.of("eps", -1e-8)));
    ERRORS.put("adam_beta0", () -> new Adam(List.of(w3()), 0.001, new double[] {1.0, 0.999}));
    ERRORS.put("adam_beta1", () -> new Adam(List.of(w3()), 0.001, new double[] {0.9, -0.1}));
    ERRORS.put("adam_negative_weight_decay", () -> new Adam(List.of(w3()), Map.of("weight_decay", -0.5)));
    ERRORS.put("adamw_beta0", () -> new AdamW(List.of(w3()), 0.001, new double[] {1.5, 0.999}));
    ERRORS.put("adagrad_lr_decay", () -> new Adagrad(List.of(w3()), Map.of("lr_decay", -0.1)));
    ERRORS.put("adagrad_initial_accumulator", () -> new Adagrad(List.of(w3()), Map.of("initial_accumulator_value", -1.0)));
    ERRORS.put("adagrad_eps", () -> new Adagrad(List.of(w3()), Map.of("eps", -1.0)));
    ERRORS.put("rmsprop_alpha", () -> new RMSprop(List.of(w3()), Map.of("alpha", -0.5)));
    ERRORS.put("rmsprop_momentum", () -> new RMSprop(List.of(w3()), Map.of("momentum", -0.9)));
    ERRORS.put("rmsprop_eps", () -> new RMSprop(List.of(w3()), Map.of("eps", -1.0)));
    ERRORS.put("load_group_count", () -> loadMismatch(true));
    ERRORS.put("load_group_size", () -> loadMismatch(false));
    ERRORS.put("backward_after_sgd_step", () -> backwardAfterStep(ps -> new SGD(ps, 0.1)));
    ERRORS.put("backward_after_sgd_momentum_step", () -> backwardAfterStep(ps -> new SGD(ps, 0.1, 0.9, 0, 0.1)));
    ERRORS.put("backward_after_adam_step", () -> backwardAfterStep(ps -> new Adam(ps, 0.1)));
    ERRORS.put("backward_after_adamw_step", () -> backwardAfterStep(ps -> new AdamW(ps, 0.1)));
    ERRORS.put("backward_after_rmsprop_step", () -> backwardAfterStep(ps -> new RMSprop(ps, 0.1)));
    ERRORS.put("lambda_lr_count", () -> new LambdaLR(new SGD(List.of(w3()), 0.1),
        List.of(LAMBDAS.get("inverse"), LAMBDAS.get("step3"))));
    ERRORS.put("step_lr_resume_without_initial_lr", () -> new StepLR(new SGD(List.of(w3()), 0.1), 3, 0.1, 2, false));
    ERRORS.put("inplace_on_param_outside_no_grad", () -> w3().add_(Torch.ones(3), 0.5));
    ERRORS.put("add_int_float_alpha", () -> Torch.arange(3).add(Torch.arange(3), 0.5));
    ERRORS.put("addcdiv_integer", () -> Torch.arange(3).addcdiv(Torch.arange(3), Torch.arange(1, 4), 1));
  }

  private static Class<? extends RuntimeException> javaType(String name, String pythonType) {
    return switch (pythonType) {
      case "ValueError", "TypeError", "KeyError" -> IllegalArgumentException.class;
      case "RuntimeError" -> name.startsWith("backward_after") || name.startsWith("inplace")
          ? IllegalStateException.class
          : IllegalArgumentException.class;
      default -> throw new IllegalArgumentException(pythonType);
    };
  }

  @TestFactory
  Stream<DynamicTest> errorsCarryPyTorchsText() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("errors")) {
      JsonObject c = e.getAsJsonObject();
      String name = c.get("name").getAsString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Runnable r = ERRORS.get(name);
        assertNotNull(r, "no Java scenario for " + name);
        String message = Fixtures.onDevice(c.get("message").getAsString());
        if (c.get("type").getAsString().equals("KeyError")) {
          message = message.substring(1, message.length() - 1); // str(KeyError) quotes its text
        }
        RuntimeException ex = org.junit.jupiter.api.Assertions.assertThrows(
            javaType(name, c.get("type").getAsString()), r::run);
        assertEquals(message, ex.getMessage());
      }));
    }
    assertEquals(ERRORS.size(), tests.size(), "every Java scenario has a fixture");
    return tests.stream();
  }

  // ------------------------------------------------------------------ checkpoints from PyTorch

  @TestFactory
  Stream<DynamicTest> pytorchCheckpointsResumeBitForBit() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("checkpoints")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> resume(c)));
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void resume(JsonObject c) throws java.io.IOException {
    Map<String, Object> ckpt;
    try (java.io.InputStream in =
        OptimConformanceTest.class.getResourceAsStream("/fixtures/" + c.get("file").getAsString())) {
      assertNotNull(in, c.get("file").getAsString());
      ckpt = Torch.load(in);
    }
    Map<String, Object> saved = (Map<String, Object>) ckpt.get("params");
    Map<String, Tensor> p = new LinkedHashMap<>();
    List<Tensor> ordered = new ArrayList<>();
    for (String n : NAMES) {
      Tensor t = ((Tensor) saved.get(n)).clone().requires_grad_();
      p.put(n, t);
      ordered.add(t);
    }
    JsonObject spec = new JsonObject();
    spec.add("kwargs", c.get("kwargs"));
    spec.add("groups", com.google.gson.JsonNull.INSTANCE);
    spec.add("optimizer", c.get("optimizer"));
    Optimizer opt = build(spec, p);
    opt.load_state_dict((Map<String, ?>) ckpt.get("optimizer"));
    JsonArray grads = c.getAsJsonArray("grads");
    for (int step = 3; step < grads.size(); step++) {
      JsonObject gs = grads.get(step).getAsJsonObject();
      for (String n : NAMES) {
        p.get(n).set_grad(tensor(gs.getAsJsonObject(n)));
      }
      opt.step();
    }
    for (String n : NAMES) {
      assertExact(c.getAsJsonObject("params").getAsJsonObject(n), p.get(n), n);
    }
  }

  // ------------------------------------------------------------------ nn models

  @TestFactory
  Stream<DynamicTest> nnModelsTrainAsInPyTorch() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonElement e : FIXTURE.getAsJsonArray("nn_cases")) {
      JsonObject c = e.getAsJsonObject();
      tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> trainNet(c)));
    }
    return tests.stream();
  }

  private static void trainNet(JsonObject c) {
    JsonObject m = FIXTURE.getAsJsonObject("model");
    Tensor X = tensor(m.getAsJsonObject("X"));
    Tensor Y = tensor(m.getAsJsonObject("Y"));
    Torch.manual_seed(0);
    Sequential net = new Sequential(new Linear(5, 6), new ReLU(), new Linear(6, 3));
    String name = c.get("name").getAsString();
    Optimizer opt =
        switch (name) {
          case "sgd_parameters" -> new SGD(net.parameters(), 0.03);
          case "sgd_book_weight_decay" -> {
            Linear first = net.get(0);
            Linear last = net.get(2);
            yield new SGD(
                List.of(
                    Map.of("params", first.weight(), "weight_decay", 0.1),
                    Map.of("params", first.bias()),
                    Map.of("params", last.parameters())),
                0.05);
          }
          case "adam_parameters" -> new Adam(net.parameters(), 0.01);
          case "sgd_cross_entropy" -> new SGD(net.parameters(), 0.1, 0.9);
          default -> throw new IllegalArgumentException(name);
        };
    boolean mse = c.get("loss").getAsString().equals("mse");
    Module lossFn = mse ? new MSELoss() : new CrossEntropyLoss();
    Tensor target = mse ? Y : Y.argmax(1);
    double[] losses = Fixtures.doubles(c.getAsJsonArray("losses"));
    for (int i = 0; i < losses.length; i++) {
      Tensor l = lossFn.call(net.call(X), target);
      opt.zero_grad();
      l.backward();
      opt.step();
      assertEquals(losses[i], l.doubleValue(), 1e-6 * Math.max(1, Math.abs(losses[i])), "loss " + i);
    }
    Map<String, Tensor> sd = net.state_dict();
    JsonObject want = c.getAsJsonObject("state_dict");
    assertEquals(List.copyOf(want.keySet()), List.copyOf(sd.keySet()), "state_dict keys");
    for (var en : want.entrySet()) {
      double[] w = Fixtures.doubles(en.getValue().getAsJsonObject().getAsJsonArray("values"));
      double[] g = sd.get(en.getKey()).to(DType.float64).toDoubleArray();
      for (int i = 0; i < w.length; i++) {
        assertEquals(w[i], g[i], 1e-5 * Math.max(1, Math.abs(w[i])), en.getKey() + "[" + i + "]");
      }
    }
    assertSameValue(c.get("param_groups"), opt.state_dict().get("param_groups"), "param_groups");
    assertEquals(c.get("repr").getAsString(), opt.toString(), "repr");
  }
}
