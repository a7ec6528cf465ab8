package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.spi.BinaryOp;
import dev.torchnd.spi.GraphOp;
import dev.torchnd.spi.Op;
import dev.torchnd.spi.ReduceOp;
import dev.torchnd.spi.ScanOp;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.spi.UnaryOp;
import dev.torchnd.ValuesIndices;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * API to fixture coverage: every public op of {@link Tensor} and {@link Torch} (found by
 * reflection) and every op-enum constant has a forward case recorded from PyTorch in some {@code
 * fixtures/ops*.json}, and every differentiable one a vector-Jacobian case in {@code
 * autograd*.json}. A method that is not an op is listed in {@link #NOT_OPS} with its reason; a
 * Java name that replays under another fixture name is in {@link #FIXTURE_NAME}. The
 * "adding an op" steps of the README end here.
 */
class OpCoverageTest {

  /** Public methods that are not tensor ops, and why they need no op fixture. */
  static final Map<String, String> NOT_OPS = new TreeMap<>();

  /** Java names whose fixtures are recorded under another name (Python spelling or alias). */
  static final Map<String, String> FIXTURE_NAME = new TreeMap<>();

  /**
   * Tensor-returning ops without a gradient in PyTorch (bool/integral results, creation, random
   * draws, detach), beyond the op-enum constants that declare {@code differentiable() == false}.
   */
  static final Map<String, String> NOT_DIFFERENTIABLE = new TreeMap<>();

  /**
   * Ops whose fixtures another helper of issue 11 is recording right now, with who; the test
   * fails for an entry once its fixture exists, so the list can only shrink.
   */
  static final Map<String, String> AWAITING_FIXTURES = new TreeMap<>();

  private static void notOp(String reason, String... names) {
    for (String n : names) {
      NOT_OPS.put(n, reason);
    }
  }

  private static void notDiff(String reason, String... names) {
    for (String n : names) {
      NOT_DIFFERENTIABLE.put(n, reason);
    }
  }

  static {
    notOp("tensor metadata, not an op; read by every fixture's comparison (shape, dtype, strides)",
        "dtype", "stride", "storage_offset", "storage", "element_size", "shares_storage", "_version",
        "is_leaf", "requires_grad", "grad", "grad_fn", "retains_grad", "type");
    notOp("autograd control, not an op; AutogradEngineTest and autograd.json cover it",
        "backward", "requires_grad_", "retain_grad", "register_hook", "set_grad", "detach_",
        "autograd_grad", "no_grad", "enable_grad", "set_grad_enabled", "is_grad_enabled");
    notOp("Java conversion to arrays or text; tolist/repr fixtures cover the values",
        "toDoubleArray", "toFloatArray", "toLongArray", "toBooleanArray", "toString");
    notOp("Java resource management (not in PyTorch)", "close");
    notOp("random draws: GeneratorTest replays record_random.py's streams bit for bit",
        "rand", "randn", "rand_like", "randn_like", "randint", "randperm", "normal", "manual_seed",
        "seed", "initial_seed", "get_rng_state", "set_rng_state");
    notOp("global settings: the default dtype is exercised by every creation fixture, printing"
        + " options by TensorFormatterTest; get_num_threads is read back in set_num_threads's cases",
        "get_default_dtype", "set_default_dtype", "set_printoptions", "get_num_threads");
    notOp("a Java instanceof check (Python's isinstance)", "is_tensor");
    notOp("device placement, not a computation on values: DeviceMixingTest checks the rules and"
        + " the device pass replays every conformance case on the cuda device",
        "cpu", "cuda", "device", "get_device", "is_cuda");
    notOp("attribute assignment (PyTorch's t.data = other), not an op; Module.to(dtype) uses it"
        + " and the nn fixtures cover that", "set_data");
    notOp("file I/O, not a tensor op; the serialization tests round-trip PyTorch's own files",
        "save", "load");
    // ---- device support ----
    notOp("the device model (torch.device, t.device, moves between devices): device.json's"
        + " recorded parsing and errors (DeviceConformanceTest) and DeviceMixingTest cover it; the"
        + " build's device pass reruns every fixture on cuda", "device", "get_device", "is_cuda",
        "cuda", "cpu");

    FIXTURE_NAME.put("get", "index");
    FIXTURE_NAME.put("item", "item");
    FIXTURE_NAME.put("itemObject", "item");
    FIXTURE_NAME.put("doubleValue", "float");
    FIXTURE_NAME.put("floatValue", "float");
    FIXTURE_NAME.put("longValue", "int");
    FIXTURE_NAME.put("intValue", "int");
    FIXTURE_NAME.put("booleanValue", "bool");
    FIXTURE_NAME.put("shape", "size");
    FIXTURE_NAME.put("to", "to");
    // torch.linalg names of the same ATen ops (torch.det and torch.inverse are their aliases;
    // linalg.cross is cross with dim=-1, the only form TorchND's cross takes without a dim)
    FIXTURE_NAME.put("linalg_det", "det");
    FIXTURE_NAME.put("linalg_inv", "inverse");
    FIXTURE_NAME.put("linalg_cross", "cross");
    FIXTURE_NAME.put("set", "setitem");

    notDiff("creation: the result is a new leaf", "tensor", "zeros", "ones", "empty", "full",
        "zeros_like", "ones_like", "empty_like", "full_like", "arange", "linspace", "eye");
    notDiff("bool result", "eq", "ne", "lt", "le", "gt", "ge", "greater", "less", "greater_equal",
        "less_equal", "not_equal", "eq_", "ne_", "lt_", "le_", "gt_", "ge_", "isclose",
        "logical_and", "logical_or", "logical_xor", "logical_not", "isnan", "all", "any",
        "bool_", "bitwise_not", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_and_",
        "bitwise_or_", "bitwise_xor_");
    notDiff("integral result", "argmax", "argmin", "nonzero", "long_", "int_");
    notDiff("PyTorch 1.13 records NotImplemented: backward raises 'derivative for"
        + " aten::floor_divide is not implemented' (autograd_core.json's errors)", "floor_divide",
        "floor_divide_");
    notDiff("bool or integral result", "argsort", "isinf", "isfinite");
    notDiff("creation (new leaves)", "new_empty", "new_full", "new_ones", "new_tensor",
        "new_zeros");
    notDiff("in-place random draw: overwrites with samples, PyTorch's gradient is none", "random_");
    // ---- nn support
    notDiff("in-place random draws: PyTorch's node (UniformBackward0, …) passes a zero gradient;"
        + " nn.json's sampler_grad_fn text checks the names and the zeros",
        "uniform_", "normal_", "bernoulli_", "exponential_");
    notDiff("the .data attribute: shares storage outside the graph, like detach()", "data");
    notDiff("PyTorch 1.13 has no derivative for unique (_unique2)", "unique");

    notDiff("integral result", "argwhere", "bincount", "count_nonzero");
    notDiff("integral result (index creation)", "tril_indices", "triu_indices");
    notDiff("PyTorch 1.13 records NotImplemented: backward raises 'derivative for aten::aminmax is"
        + " not implemented' (autograd_stats.json's errors)", "aminmax");
    notDiff("integral result (insertion indices)", "searchsorted", "bucketize");
    notDiff("PyTorch 1.13's histc result does not require grad (no derivative)", "histc");
    notDiff("PyTorch 1.13 has no derivative for unique_consecutive", "unique_consecutive");
    String optim = "optim-data's fused pointwise kernels (fixtures in its own file)";
    for (String n : new String[] {"addcdiv", "addcdiv_", "addcmul", "addcmul_"}) {
      AWAITING_FIXTURES.put(n, optim);
    }
    notOp("legacy type constructors and Iterable's iterator, checked by TutorialsNlpTest's"
        + " tutorial_gaps transcript (recorded from PyTorch 1.13), not by op fixtures",
        "BoolTensor", "DoubleTensor", "FloatTensor", "IntTensor", "LongTensor", "Tensor",
        "iterator");
    String views = "in-place view ops from the tutorials pass, checked by the tutorial_gaps"
        + " transcript; op and VJP fixtures not recorded yet";
    for (String n : new String[] {"squeeze_", "swapaxes_", "swapdims_", "t_", "transpose_",
        "unsqueeze_"}) {
      AWAITING_FIXTURES.put(n, views);
    }
    notDiff("creation: the result is a new leaf", "logspace");
    notDiff("bool or integral result", "signbit", "gcd", "gcd_", "lcm", "lcm_");
    notDiff("PyTorch 1.13 has no in-place derivative: the node (AsinhBackward1, ...) raises"
        + " 'the derivative for 'inplace version of asinh' is not implemented' on backward"
        + " (autograd_enum.json's errors)", "asinh_", "acosh_", "atanh_", "arcsinh_", "arccosh_",
        "arctanh_");
    notDiff("PyTorch 1.13 records NotImplemented: backward raises 'derivative for aten::heaviside"
        + " is not implemented'", "heaviside", "heaviside_");
    notDiff("detach() returns a tensor outside the graph by definition", "detach");
    notDiff("integral result (a count of singular values)", "linalg_matrix_rank");
    // ---- api-samplers
    notDiff("random draws (ops_samplers.json): integral results, or PyTorch's node (BernoulliBackward0,"
        + " PoissonBackward0, CauchyBackward0, …) passes a zero gradient", "multinomial", "bernoulli",
        "poisson", "binomial", "randint_like", "cauchy_", "log_normal_", "geometric_");
    notDiff("fills with a constant: PyTorch's gradient for self is zero and TorchND records no"
        + " node, as PyTorch's fill_/zero_ on a leaf raises (checked in AutogradEngineTest)",
        "fill_", "zero_");
    // ---- api-gaps (record_ops_gaps.py / record_autograd_gaps.py)
    notOp("inference mode is autograd control, not an op (GapsApiTest checks it)",
        "inference_mode", "is_inference_mode_enabled", "is_inference");
    FIXTURE_NAME.put("rsub", "rsub_fn");
    notDiff("integral or bool result", "byte_", "char_", "short_", "isneginf", "isposinf",
        "bitwise_left_shift", "bitwise_left_shift_", "bitwise_right_shift", "bitwise_right_shift_",
        "isreal", "isin");
    notDiff("creation: the result is a new leaf", "scalar_tensor", "range", "hann_window",
        "hamming_window", "blackman_window", "bartlett_window", "kaiser_window");
    notDiff("PyTorch 1.13 refuses autograd here: ldexp_ is mul(out=self), which raises 'functions"
        + " with out=... arguments don't support automatic differentiation' (GapsApiTest)", "ldexp_");
    notDiff("PyTorch 1.13's vander backward always fails its saved-version check (cumprod written"
        + " back into its own input); TorchND records the same failing node (GapsApiTest)", "vander");
  }

  /** Public method names of a class, static or instance as asked. */
  static Set<String> publicNames(Class<?> c, boolean statics) {
    Set<String> out = new TreeSet<>();
    for (Method m : c.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (Modifier.isPublic(mod) && Modifier.isStatic(mod) == statics && !m.isSynthetic()) {
        out.add(m.getName());
      }
    }
    return out;
  }

  /** Whether some public method of that name returns tensors (the ones a VJP can apply to). */
  static boolean returnsTensor(Class<?> c, String name) {
    for (Method m : c.getDeclaredMethods()) {
      Class<?> r = m.getReturnType();
      if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())
          && (r == Tensor.class || r == ValuesIndices.class || r == Tensor[].class)) {
        return true;
      }
    }
    return false;
  }

  static Set<String> forwardFixtureOps() {
    Set<String> ops = new TreeSet<>();
    for (JsonObject c : Fixtures.opCases()) {
      ops.add(c.get("op").getAsString());
    }
    return ops;
  }

  static Set<String> vjpFixtureOps() {
    Set<String> ops = new TreeSet<>();
    JsonObject ag = Fixtures.merged("autograd");
    for (JsonElement e : ag.getAsJsonArray("cases")) {
      ops.add(e.getAsJsonObject().get("op").getAsString());
    }
    return ops;
  }

  /** A VJP case named {@code name}, {@code name<digits>} or {@code name_<variant>}. */
  static boolean hasVjp(Set<String> vjp, String javaName) {
    String name = FIXTURE_NAME.getOrDefault(javaName, javaName);
    for (String f : vjp) {
      if (f.equals(name) || f.matches(java.util.regex.Pattern.quote(name) + "(\\d+|_[a-z0-9].*)")) {
        return true;
      }
    }
    return false;
  }

  static List<Op> allDeclarations() {
    List<Op> ops = new ArrayList<>();
    Stream.of(UnaryOp.values(), BinaryOp.values(), ReduceOp.values(), ScanOp.values(), GraphOp.values())
        .forEach(a -> ops.addAll(List.of(a)));
    return ops;
  }

  /** Declared differentiability by PyTorch name, in-place forms included ({@code exp_}). */
  static Map<String, Boolean> declared() {
    Map<String, Boolean> m = new LinkedHashMap<>();
    for (Op op : allDeclarations()) {
      m.put(op.torchName(), op.differentiable());
      m.putIfAbsent(op.torchName() + "_", op.differentiable());
    }
    return m;
  }

  /** The public ops: method names of Tensor (instance) and Torch (static), minus non-ops. */
  static Set<String> publicOps() {
    Set<String> names = new TreeSet<>(publicNames(Tensor.class, false));
    names.addAll(publicNames(Torch.class, true));
    names.removeAll(NOT_OPS.keySet());
    return names;
  }

  static boolean differentiable(String name) {
    // an explicit entry wins over the in-place form's default (asinh_ has no derivative in 1.13)
    if (NOT_DIFFERENTIABLE.containsKey(name)) {
      return false;
    }
    Boolean d = declared().get(name);
    if (d != null) {
      return d;
    }
    if (NOT_DIFFERENTIABLE.containsKey(name)) {
      return false;
    }
    return returnsTensor(Tensor.class, name) || returnsTensor(Torch.class, name);
  }

  @Test
  void everyPublicOpHasAForwardFixture() {
    Set<String> fixtures = forwardFixtureOps();
    Set<String> missing = new TreeSet<>();
    for (String name : publicOps()) {
      if (!fixtures.contains(FIXTURE_NAME.getOrDefault(name, name))
          && !AWAITING_FIXTURES.containsKey(name)) {
        missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(),
        missing.size() + " public ops have no forward case in fixtures/ops*.json"
            + " (record them, see README 'Adding an op'): " + missing);
  }

  @Test
  void everyOpDeclarationHasAForwardFixture() {
    Set<String> fixtures = forwardFixtureOps();
    Set<String> missing = new TreeSet<>();
    for (Op op : allDeclarations()) {
      if (!fixtures.contains(op.torchName())) {
        missing.add(op + " (" + op.torchName() + ")");
      }
    }
    assertTrue(missing.isEmpty(), "op declarations without a forward fixture: " + missing);
  }

  @Test
  void everyDifferentiableOpHasAVjpFixture() {
    Set<String> vjp = vjpFixtureOps();
    Set<String> missing = new TreeSet<>();
    for (String name : publicOps()) {
      if (differentiable(name) && !hasVjp(vjp, name) && !AWAITING_FIXTURES.containsKey(name)) {
        missing.add(name);
      }
    }
    for (Op op : allDeclarations()) {
      if (op.differentiable() && !hasVjp(vjp, op.torchName())) {
        missing.add(op + " (" + op.torchName() + ")");
      }
    }
    assertTrue(missing.isEmpty(),
        missing.size() + " differentiable ops have no VJP case in fixtures/autograd*.json"
            + " (record_autograd.py + GradCases): " + missing);
  }

  /** The exception lists name real methods, and awaited fixtures have not landed unnoticed. */
  @Test
  void listsAreNotStale() {
    Set<String> all = new TreeSet<>(publicNames(Tensor.class, false));
    all.addAll(publicNames(Torch.class, true));
    Set<String> stale = new TreeSet<>();
    for (String n : NOT_OPS.keySet()) {
      if (!all.contains(n)) {
        stale.add("NOT_OPS " + n);
      }
    }
    for (String n : FIXTURE_NAME.keySet()) {
      if (!all.contains(n)) {
        stale.add("FIXTURE_NAME " + n);
      }
    }
    Set<String> fixtures = forwardFixtureOps();
    Set<String> vjp = vjpFixtureOps();
    for (String n : AWAITING_FIXTURES.keySet()) {
      if (!all.contains(n)) {
        stale.add("AWAITING_FIXTURES " + n + " (no such method)");
      } else if (fixtures.contains(n) && (!differentiable(n) || hasVjp(vjp, n))) {
        stale.add("AWAITING_FIXTURES " + n + " (its fixtures exist now: remove it)");
      }
    }
    assertTrue(stale.isEmpty(), "stale entries: " + stale);
  }
}
