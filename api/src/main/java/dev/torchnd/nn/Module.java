package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.serialization.OrderedDict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The base of every layer and model: it owns parameters, buffers and submodules registered under
 * names, in registration order, which give the {@link #state_dict()} keys ({@code "0.weight"},
 * {@code "hidden.bias"}). A subclass declares a field and registers it in one line, as in
 * PyTorch's C++ frontend, and overrides {@link #forward(Tensor)}:
 *
 * <pre>{@code
 * class MLP extends Module {
 *   final Linear hidden = register_module("hidden", new Linear(20, 256));
 *   final Linear out = register_module("output", new Linear(256, 10));
 *
 *   public Tensor forward(Tensor X) {
 *     return out.call(F.relu(hidden.call(X)));
 *   }
 * }
 * }</pre>
 *
 * {@code net.call(x)} is Python's {@code net(x)} (PyTorch's {@code Module.apply} is the
 * recursive {@link #apply(Consumer)}). PyTorch: {@code torch.nn.Module}.
 */
public class Module {
  private final Map<String, Parameter> parameters = new LinkedHashMap<>();
  private final Map<String, Tensor> buffers = new LinkedHashMap<>();
  private final Set<String> nonPersistent = new HashSet<>();
  private final Map<String, Module> modules = new LinkedHashMap<>();
  /** PyTorch: {@code module.training}; see {@link #training()}. */
  protected boolean training = true;

  /** An empty module (PyTorch: {@code nn.Module()}). */
  public Module() {}

  /**
   * This module typed as the caller's variable, for the methods that return {@code self} in
   * PyTorch: {@code NeuralNetwork model = new NeuralNetwork().double_();}.
   */
  @SuppressWarnings("unchecked")
  private <M extends Module> M self() {
    return (M) this;
  }

  // ------------------------------------------------------------------ forward

  /**
   * The computation of this module on one input. Subclasses override it; the base raises
   * PyTorch's error. PyTorch: {@code forward(self, input)}.
   */
  public Tensor forward(Tensor input) {
    throw missingForward();
  }

  /** The computation on two inputs (losses: input and target). */
  public Tensor forward(Tensor input, Tensor other) {
    throw missingForward();
  }

  /**
   * The computation on any number of inputs; the base dispatches one or two inputs to the fixed
   * forms, so a subclass overrides whichever form it needs.
   */
  public Tensor forward(Tensor... inputs) {
    if (inputs.length == 1) {
      return forward(inputs[0]);
    }
    if (inputs.length == 2) {
      return forward(inputs[0], inputs[1]);
    }
    throw missingForward();
  }

  private UnsupportedOperationException missingForward() {
    return new UnsupportedOperationException(
        "Module [" + className(getClass()) + "] is missing the required \"forward\" function");
  }

  /**
   * Runs {@link #forward(Tensor)} (with any forward hooks): Python's {@code net(x)}.
   *
   * <pre>{@code new Linear(2, 1).call(ones(3, 2)).shape()   // torch.Size([3, 1])}</pre>
   */
  public final Tensor call(Tensor input) {
    return invoke(new Tensor[] {input});
  }

  /** Python's {@code loss(input, target)}: runs {@link #forward(Tensor, Tensor)}. */
  public final Tensor call(Tensor input, Tensor other) {
    return invoke(new Tensor[] {input, other});
  }

  /** Python's {@code net(a, b, c, ...)}: runs {@link #forward(Tensor...)}. */
  public final Tensor call(Tensor... inputs) {
    return invoke(inputs.clone());
  }

  private Tensor invoke(Tensor[] args) {
    if (preHooks != null) {
      for (ForwardPreHook h : new ArrayList<>(preHooks.values())) {
        Tensor[] r = h.apply(this, args);
        if (r != null) {
          args = r;
        }
      }
    }
    BackwardHookState bw = backwardHooks != null && !backwardHooks.isEmpty()
        ? new BackwardHookState(args.length) : null;
    if (bw != null) {
      args = bw.setupInputs(args);
    }
    Tensor out =
        args.length == 1 ? forward(args[0]) : args.length == 2 ? forward(args[0], args[1]) : forward(args);
    if (hooks != null) {
      for (ForwardHook h : new ArrayList<>(hooks.values())) {
        Tensor r = h.apply(this, args, out);
        if (r != null) {
          out = r;
        }
      }
    }
    if (bw != null) {
      out = bw.setupOutput(out);
    }
    return out;
  }

  // ------------------------------------------------------------------ full backward hooks

  /**
   * Called with the gradients of the module's inputs and of its output once the inputs' are
   * computed; a non-null result replaces {@code grad_input}. Entries are null (Python's None)
   * for inputs that need no gradient.
   */
  @FunctionalInterface
  public interface BackwardHook {
    Tensor[] apply(Module module, Tensor[] grad_input, Tensor[] grad_output);
  }

  private Map<Integer, BackwardHook> backwardHooks;

  /**
   * Registers {@code hook(module, grad_input, grad_output)}, run in backward when the gradients
   * with respect to this call's inputs are computed (inputs and output then pass through
   * {@code BackwardHookFunctionBackward} nodes, as in PyTorch). PyTorch: {@code
   * module.register_full_backward_hook(hook)}.
   */
  public RemovableHandle register_full_backward_hook(BackwardHook hook) {
    if (backwardHooks == null) {
      backwardHooks = new LinkedHashMap<>();
    }
    int id = NEXT_HOOK.incrementAndGet();
    backwardHooks.put(id, hook);
    return new RemovableHandle(backwardHooks, id);
  }

  /** One call's {@code torch.utils.hooks.BackwardHook}: the grad_output seen, the hooks to run. */
  private final class BackwardHookState {
    final int nInputs;
    final List<BackwardHook> userHooks = new ArrayList<>(backwardHooks.values());
    int[] inputIndex; // positions of the wrapped inputs; null: no input required grad
    boolean[] needsGrad; // per wrapped input: whether it requires grad (else its grad is None)
    Tensor[] gradOutputs;

    BackwardHookState(int nInputs) {
      this.nInputs = nInputs;
    }

    Tensor[] setupInputs(Tensor[] args) {
      List<Integer> idx = new ArrayList<>();
      boolean anyGrad = false;
      for (int i = 0; i < args.length; i++) {
        if (args[i] != null) {
          idx.add(i);
          anyGrad |= args[i].requires_grad();
        }
      }
      if (!anyGrad || !dev.torchnd.Torch.is_grad_enabled()) {
        return args;
      }
      inputIndex = idx.stream().mapToInt(Integer::intValue).toArray();
      Tensor[] ts = new Tensor[inputIndex.length];
      needsGrad = new boolean[ts.length];
      for (int k = 0; k < ts.length; k++) {
        ts[k] = args[inputIndex[k]];
        needsGrad[k] = ts[k].requires_grad();
      }
      Tensor[] wrapped = new BackwardHookFunction(this::inputsBackward).apply(ts);
      Tensor[] res = args.clone();
      for (int k = 0; k < ts.length; k++) {
        res[inputIndex[k]] = wrapped[k];
      }
      return res;
    }

    Tensor setupOutput(Tensor out) {
      if (out == null || !out.requires_grad() || !dev.torchnd.Torch.is_grad_enabled()) {
        return out;
      }
      return new BackwardHookFunction(g -> {
        gradOutputs = g.clone();
        if (inputIndex == null) {
          Tensor[] none = new Tensor[nInputs];
          for (BackwardHook h : userHooks) {
            Tensor[] r = h.apply(Module.this, none, gradOutputs);
            if (r != null && java.util.Arrays.stream(r).anyMatch(java.util.Objects::nonNull)) {
              throw new IllegalStateException("Backward hook for Modules where no input requires"
                  + " gradient should always return None or None for all gradients.");
            }
          }
          gradOutputs = null;
        }
        return g;
      }).apply(out)[0];
    }

    Tensor[] inputsBackward(Tensor[] grads) {
      Tensor[] res = new Tensor[nInputs];
      for (int k = 0; k < inputIndex.length; k++) {
        res[inputIndex[k]] = needsGrad[k] ? grads[k] : null;
      }
      for (BackwardHook h : userHooks) {
        Tensor[] r = h.apply(Module.this, res, gradOutputs);
        if (r == null) {
          continue;
        }
        if (r.length != res.length) {
          throw new IllegalStateException("Backward hook returned an invalid number of grad_input,"
              + " got " + r.length + ", but expected " + res.length);
        }
        res = r;
      }
      gradOutputs = null;
      Tensor[] back = new Tensor[inputIndex.length];
      for (int k = 0; k < inputIndex.length; k++) {
        back[k] = res[inputIndex[k]];
      }
      return back;
    }
  }

  // ------------------------------------------------------------------ hooks

  /** Called before forward with the inputs; a non-null result replaces them. */
  @FunctionalInterface
  public interface ForwardPreHook {
    Tensor[] apply(Module module, Tensor[] input);
  }

  /** Called after forward with the inputs and output; a non-null result replaces the output. */
  @FunctionalInterface
  public interface ForwardHook {
    Tensor apply(Module module, Tensor[] input, Tensor output);
  }

  /** Removes the hook it was returned for. PyTorch: {@code torch.utils.hooks.RemovableHandle}. */
  public static final class RemovableHandle {
    private final Map<Integer, ?> owner;
    private final int id;

    RemovableHandle(Map<Integer, ?> owner, int id) {
      this.owner = owner;
      this.id = id;
    }

    /** PyTorch: {@code handle.remove()}. */
    public void remove() {
      owner.remove(id);
    }
  }

  private Map<Integer, ForwardPreHook> preHooks;
  private Map<Integer, ForwardHook> hooks;
  private static final java.util.concurrent.atomic.AtomicInteger NEXT_HOOK =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Registers {@code hook(module, input)} to run before each call's forward. PyTorch: {@code
   * module.register_forward_pre_hook(hook)}.
   */
  public RemovableHandle register_forward_pre_hook(ForwardPreHook hook) {
    if (preHooks == null) {
      preHooks = new LinkedHashMap<>();
    }
    int id = NEXT_HOOK.incrementAndGet();
    preHooks.put(id, hook);
    return new RemovableHandle(preHooks, id);
  }

  /**
   * Registers {@code hook(module, input, output)} to run after each call's forward, e.g. to read
   * activations. PyTorch: {@code module.register_forward_hook(hook)}.
   */
  public RemovableHandle register_forward_hook(ForwardHook hook) {
    if (hooks == null) {
      hooks = new LinkedHashMap<>();
    }
    int id = NEXT_HOOK.incrementAndGet();
    hooks.put(id, hook);
    return new RemovableHandle(hooks, id);
  }

  // ------------------------------------------------------------------ registration

  /**
   * Registers {@code param} (or null, a declared-but-absent parameter such as a disabled bias)
   * under {@code name} and returns it; registering a name again replaces it in place. PyTorch:
   * {@code register_parameter(name, param)} / {@code self.name = nn.Parameter(...)}.
   *
   * @throws IllegalArgumentException for an empty or dotted name, a name already used by a buffer
   *     or submodule, or a non-leaf tensor
   */
  public <P extends Parameter> P register_parameter(String name, P param) {
    checkName(name, "parameter name can't contain \".\"", "parameter name can't be empty string \"\"");
    if ((buffers.containsKey(name) || modules.containsKey(name)) && !parameters.containsKey(name)) {
      throw new IllegalArgumentException("attribute '" + name + "' already exists");
    }
    if (param != null && param.grad_fn() != null) {
      throw new IllegalArgumentException(
          "Cannot assign non-leaf Tensor to parameter '"
              + name
              + "'. Model parameters must be created explicitly. To express '"
              + name
              + "' as a function of another Tensor, compute the value in the forward() method.");
    }
    parameters.put(name, param);
    return param;
  }

  /**
   * Registers a buffer: state that is not a parameter but belongs in the {@link #state_dict()}
   * (unless {@code persistent} is false) and follows {@link #to(DType)}. PyTorch: {@code
   * register_buffer(name, tensor, persistent)}.
   */
  public Tensor register_buffer(String name, Tensor tensor, boolean persistent) {
    checkName(name, "buffer name can't contain \".\"", "buffer name can't be empty string \"\"");
    if ((parameters.containsKey(name) || modules.containsKey(name)) && !buffers.containsKey(name)) {
      throw new IllegalArgumentException("attribute '" + name + "' already exists");
    }
    buffers.put(name, tensor);
    if (persistent) {
      nonPersistent.remove(name);
    } else {
      nonPersistent.add(name);
    }
    return tensor;
  }

  /** A persistent buffer. PyTorch: {@code register_buffer(name, tensor)}. */
  public Tensor register_buffer(String name, Tensor tensor) {
    return register_buffer(name, tensor, true);
  }

  /**
   * Registers {@code module} as a child named {@code name} and returns it, so a field is declared
   * and registered in one line; registering a name again replaces the child in place. PyTorch:
   * {@code add_module(name, module)} / {@code self.name = module}.
   */
  public <M extends Module> M register_module(String name, M module) {
    if ((parameters.containsKey(name) || buffers.containsKey(name)) && !modules.containsKey(name)) {
      throw new IllegalArgumentException("attribute '" + name + "' already exists");
    }
    if (name.contains(".")) {
      throw new IllegalArgumentException("module name can't contain \".\", got: " + name);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("module name can't be empty string \"\"");
    }
    modules.put(name, module);
    return module;
  }

  /** Same as {@link #register_module}. PyTorch: {@code add_module(name, module)}. */
  public <M extends Module> M add_module(String name, M module) {
    return register_module(name, module);
  }

  private static void checkName(String name, String dotted, String empty) {
    if (name.contains(".")) {
      throw new IllegalArgumentException(dotted);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException(empty);
    }
  }

  /** The children by name, in registration order (null entries included), for containers. */
  Map<String, Module> childMap() {
    return modules;
  }

  /** Replaces the children wholesale (containers renumber after a removal). */
  void setChildren(Map<String, Module> children) {
    modules.clear();
    modules.putAll(children);
  }

  // ------------------------------------------------------------------ lookup

  /**
   * The submodule at a dotted path such as {@code "net.0"}; {@code ""} is this module. PyTorch:
   * {@code get_submodule(target)}.
   */
  @SuppressWarnings("unchecked")
  public <M extends Module> M get_submodule(String target) {
    if (target.isEmpty()) {
      return (M) this;
    }
    Module mod = this;
    for (String item : target.split("\\.", -1)) {
      if (!mod.modules.containsKey(item)) {
        if (mod.parameters.containsKey(item) || mod.buffers.containsKey(item)) {
          throw new IllegalArgumentException("`" + item + "` is not an nn.Module");
        }
        throw new IllegalArgumentException(mod._get_name() + " has no attribute `" + item + "`");
      }
      mod = mod.modules.get(item);
    }
    return (M) mod;
  }

  /** The parameter at a dotted path such as {@code "0.weight"}. PyTorch: {@code get_parameter}. */
  public Parameter get_parameter(String target) {
    int dot = target.lastIndexOf('.');
    Module mod = get_submodule(dot < 0 ? "" : target.substring(0, dot));
    String name = target.substring(dot + 1);
    if (!mod.parameters.containsKey(name)) {
      if (mod.buffers.containsKey(name) || mod.modules.containsKey(name)) {
        throw new IllegalArgumentException("`" + name + "` is not an nn.Parameter");
      }
      throw new IllegalArgumentException(mod._get_name() + " has no attribute `" + name + "`");
    }
    return mod.parameters.get(name);
  }

  /** The buffer at a dotted path. PyTorch: {@code get_buffer(target)}. */
  public Tensor get_buffer(String target) {
    int dot = target.lastIndexOf('.');
    Module mod = get_submodule(dot < 0 ? "" : target.substring(0, dot));
    String name = target.substring(dot + 1);
    if (!mod.buffers.containsKey(name)) {
      if (mod.parameters.containsKey(name) || mod.modules.containsKey(name)) {
        throw new IllegalArgumentException("`" + name + "` is not a buffer");
      }
      throw new IllegalArgumentException(mod._get_name() + " has no attribute `" + name + "`");
    }
    return mod.buffers.get(name);
  }

  // ------------------------------------------------------------------ traversal

  /**
   * All parameters of this module and its descendants, each once, in registration order.
   * PyTorch: {@code module.parameters()}.
   */
  public List<Parameter> parameters() {
    return parameters(true);
  }

  /** PyTorch: {@code module.parameters(recurse)}. */
  public List<Parameter> parameters(boolean recurse) {
    return new ArrayList<>(named_parameters("", recurse).values());
  }

  /**
   * Parameters by dotted name ({@code "0.weight"}), in registration order.
   *
   * <pre>{@code
   * new Sequential(new Linear(2, 1)).named_parameters().keySet()   // [0.weight, 0.bias]
   * }</pre>
   *
   * PyTorch: {@code module.named_parameters()}.
   */
  public Map<String, Parameter> named_parameters() {
    return named_parameters("", true);
  }

  /** PyTorch: {@code module.named_parameters(prefix, recurse)}. */
  public Map<String, Parameter> named_parameters(String prefix, boolean recurse) {
    return namedMembers(prefix, recurse, m -> m.parameters);
  }

  /** PyTorch: {@code module.buffers()}. */
  public List<Tensor> buffers() {
    return new ArrayList<>(named_buffers().values());
  }

  /** PyTorch: {@code module.named_buffers()}. */
  public Map<String, Tensor> named_buffers() {
    return named_buffers("", true);
  }

  /** PyTorch: {@code module.named_buffers(prefix, recurse)}. */
  public Map<String, Tensor> named_buffers(String prefix, boolean recurse) {
    return namedMembers(prefix, recurse, m -> m.buffers);
  }

  private <T extends Tensor> Map<String, T> namedMembers(
      String prefix, boolean recurse, java.util.function.Function<Module, Map<String, T>> get) {
    Map<String, T> out = new LinkedHashMap<>();
    Set<Tensor> memo = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, Module> mods = recurse ? named_modules(prefix) : Map.of(prefix, this);
    for (Map.Entry<String, Module> e : mods.entrySet()) {
      for (Map.Entry<String, T> m : get.apply(e.getValue()).entrySet()) {
        T v = m.getValue();
        if (v == null || !memo.add(v)) {
          continue;
        }
        out.put(e.getKey() + (e.getKey().isEmpty() ? "" : ".") + m.getKey(), v);
      }
    }
    return out;
  }

  /** The direct submodules, each once. PyTorch: {@code module.children()}. */
  public List<Module> children() {
    return new ArrayList<>(named_children().values());
  }

  /** The direct submodules by name. PyTorch: {@code module.named_children()}. */
  public Map<String, Module> named_children() {
    Map<String, Module> out = new LinkedHashMap<>();
    Set<Module> memo = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      if (e.getValue() != null && memo.add(e.getValue())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** This module and all descendants, each once, depth first. PyTorch: {@code module.modules()}. */
  public List<Module> modules() {
    return new ArrayList<>(named_modules().values());
  }

  /**
   * This module (under {@code ""}) and all descendants by dotted name. PyTorch: {@code
   * module.named_modules()}.
   */
  public Map<String, Module> named_modules() {
    return named_modules("");
  }

  /** PyTorch: {@code module.named_modules(prefix=prefix)}. */
  public Map<String, Module> named_modules(String prefix) {
    Map<String, Module> out = new LinkedHashMap<>();
    collectModules(Collections.newSetFromMap(new IdentityHashMap<>()), prefix, out);
    return out;
  }

  private void collectModules(Set<Module> memo, String prefix, Map<String, Module> out) {
    if (!memo.add(this)) {
      return;
    }
    out.put(prefix, this);
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      if (e.getValue() != null) {
        e.getValue().collectModules(memo, prefix + (prefix.isEmpty() ? "" : ".") + e.getKey(), out);
      }
    }
  }

  /**
   * Calls {@code fn} on every submodule (children first) and then on this module; returns this
   * module. PyTorch: {@code module.apply(fn)}, e.g. {@code net.apply(init_weights)}.
   */
  public <M extends Module> M apply(Consumer<Module> fn) {
    for (Module m : children()) {
      m.apply(fn);
    }
    fn.accept(this);
    return self();
  }

  // ------------------------------------------------------------------ modes and grads

  /** Sets training mode on this module and its descendants. PyTorch: {@code module.train(mode)}. */
  public <M extends Module> M train(boolean mode) {
    training = mode;
    for (Module m : children()) {
      m.train(mode);
    }
    return self();
  }

  /** PyTorch: {@code module.train()}. */
  public <M extends Module> M train() {
    return train(true);
  }

  /** Evaluation mode (dropout off). PyTorch: {@code module.eval()}. */
  public <M extends Module> M eval() {
    return train(false);
  }

  /** Whether this module is in training mode. PyTorch: {@code module.training}. */
  public boolean training() {
    return training;
  }

  /** Turns gradient recording on or off for every parameter. PyTorch: {@code requires_grad_()}. */
  public <M extends Module> M requires_grad_(boolean requiresGrad) {
    for (Parameter p : parameters()) {
      p.requires_grad_(requiresGrad);
    }
    return self();
  }

  /** PyTorch: {@code module.requires_grad_()}. */
  public <M extends Module> M requires_grad_() {
    return requires_grad_(true);
  }

  /**
   * Zeroes every parameter's gradient in place (PyTorch 1.13's default keeps the tensors). PyTorch:
   * {@code module.zero_grad()}.
   */
  public void zero_grad() {
    zero_grad(false);
  }

  /** With {@code setToNone}, drops the gradients instead. PyTorch: {@code zero_grad(set_to_none)}. */
  public void zero_grad(boolean setToNone) {
    for (Parameter p : parameters()) {
      Tensor g = p.grad();
      if (g == null) {
        continue;
      }
      if (setToNone) {
        p.set_grad(null);
      } else {
        if (g.grad_fn() != null) {
          g.detach_();
        } else {
          g.requires_grad_(false);
        }
        g.zero_();
      }
    }
  }

  // ------------------------------------------------------------------ conversion

  /**
   * Converts floating-point parameters, their gradients and buffers to {@code dtype}, in place
   * (the parameter objects stay the same, as in PyTorch, so optimizers built earlier still hold
   * them). PyTorch: {@code module.to(dtype)}.
   *
   * @throws IllegalArgumentException for a non-floating dtype
   */
  public <M extends Module> M to(DType dtype) {
    if (!dtype.is_floating_point()) {
      throw new IllegalArgumentException(
          "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype="
              + dtype);
    }
    return _apply(t -> t.is_floating_point() ? t.to(dtype) : t);
  }

  // ---- device support ----

  /**
   * Moves every parameter, gradient and buffer to {@code device}, in place (the parameter
   * objects stay the same, so optimizers built earlier keep working). PyTorch: {@code
   * module.to(device)}.
   *
   * <pre>{@code net.to(device("cuda"));   // net.weight.device() is cuda:0}</pre>
   *
   * @throws IllegalStateException {@code Torch not compiled with CUDA enabled} without CUDA
   */
  public Module to(dev.torchnd.Device device) {
    return _apply(t -> t.to(device));
  }

  /** PyTorch: {@code module.to("cuda:0")}. */
  public Module to(String device) {
    return to(dev.torchnd.Device.of(device));
  }

  /** PyTorch: {@code module.to(device, dtype)}: floating tensors also convert to {@code dtype}. */
  public Module to(dev.torchnd.Device device, DType dtype) {
    to(dtype);
    return to(device);
  }

  /** PyTorch: {@code module.cuda()}. */
  public Module cuda() {
    return to(dev.torchnd.Device.of("cuda", 0));
  }

  /** PyTorch: {@code module.cpu()}. */
  public Module cpu() {
    return to(dev.torchnd.Device.CPU);
  }

  // ---- end device support ----

  /** PyTorch: {@code module.double()}. */
  public <M extends Module> M double_() {
    return _apply(t -> t.is_floating_point() ? t.double_() : t);
  }

  /** PyTorch: {@code module.float()}. */
  public <M extends Module> M float_() {
    return _apply(t -> t.is_floating_point() ? t.float_() : t);
  }

  /** PyTorch: {@code module.bfloat16()}. */
  public <M extends Module> M bfloat16() {
    return _apply(t -> t.is_floating_point() ? t.to(DType.bfloat16) : t);
  }

  /** Casts every parameter and buffer, integral ones included. PyTorch: {@code module.type(dst_type)}. */
  public <M extends Module> M type(DType dstType) {
    return _apply(t -> t.to(dstType));
  }

  /** PyTorch: {@code module.half()}. */
  public <M extends Module> M half() {
    return _apply(t -> t.is_floating_point() ? t.half() : t);
  }

  /**
   * Applies {@code fn} to every parameter, gradient and buffer of this module and its
   * descendants, writing each result back into the same tensor object ({@code t.data = fn(t)}).
   * PyTorch: {@code module._apply(fn)}, which {@code to()} and {@code double()} use.
   */
  public <M extends Module> M _apply(UnaryOperator<Tensor> fn) {
    for (Module m : children()) {
      m._apply(fn);
    }
    for (Parameter p : parameters.values()) {
      if (p == null) {
        continue;
      }
      try (var g = Torch.no_grad()) {
        Tensor applied = fn.apply(p);
        if (applied != p) {
          p.set_data(applied);
        }
        Tensor grad = p.grad();
        if (grad != null) {
          Tensor ga = fn.apply(grad);
          if (ga != grad) {
            grad.set_data(ga);
          }
        }
      }
    }
    // PyTorch rebinds buffers to the converted tensors; Java fields hold the old objects, so the
    // conversion is written into them instead.
    for (Tensor b : buffers.values()) {
      if (b != null) {
        try (var g = Torch.no_grad()) {
          Tensor applied = fn.apply(b);
          if (applied != b) {
            b.set_data(applied);
          }
        }
      }
    }
    return self();
  }

  // ------------------------------------------------------------------ state

  /**
   * Parameters and persistent buffers by dotted name, detached, in registration order; the keys
   * are PyTorch's ({@code "0.weight"}, {@code "hidden.bias"}). PyTorch: {@code
   * module.state_dict()}.
   */
  public OrderedDict<String, Tensor> state_dict() {
    return state_dict("", false);
  }

  /**
   * PyTorch: {@code module.state_dict(prefix=prefix, keep_vars=keep_vars)}. Like PyTorch's, the
   * dict carries {@code _metadata} (each module's prefix to {@code {'version': 1}}), which {@code
   * torch.save} writes.
   */
  public OrderedDict<String, Tensor> state_dict(String prefix, boolean keepVars) {
    OrderedDict<String, Tensor> out = new OrderedDict<>();
    OrderedDict<String, Object> meta = new OrderedDict<>();
    saveState(out, meta, prefix, keepVars);
    out._metadata(meta);
    return out;
  }

  private void saveState(
      Map<String, Tensor> out, Map<String, Object> meta, String prefix, boolean keepVars) {
    meta.put(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), versionMetadata());
    for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
      Parameter p = e.getValue();
      if (p != null) {
        boolean lazy = p instanceof UninitializedParameter u && !u.is_materialized();
        out.put(prefix + e.getKey(), keepVars || lazy ? p : p.detach());
      }
    }
    for (Map.Entry<String, Tensor> e : buffers.entrySet()) {
      if (e.getValue() != null && !nonPersistent.contains(e.getKey())) {
        out.put(prefix + e.getKey(), keepVars ? e.getValue() : e.getValue().detach());
      }
    }
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      if (e.getValue() != null) {
        e.getValue().saveState(out, meta, prefix + e.getKey() + ".", keepVars);
      }
    }
  }

  private static Map<String, Object> versionMetadata() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", 1L);
    return m;
  }

  /** The keys {@link #load_state_dict(Map, boolean)} found missing or unexpected. */
  public record IncompatibleKeys(List<String> missing_keys, List<String> unexpected_keys) {
    /** PyTorch's repr: {@code <All keys matched successfully>} when both lists are empty. */
    @Override
    public String toString() {
      if (missing_keys.isEmpty() && unexpected_keys.isEmpty()) {
        return "<All keys matched successfully>";
      }
      return "_IncompatibleKeys(missing_keys="
          + pyList(missing_keys)
          + ", unexpected_keys="
          + pyList(unexpected_keys)
          + ")";
    }

    private static String pyList(List<String> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append('\'').append(l.get(i)).append('\'');
      }
      return sb.append(']').toString();
    }
  }

  /** Strict {@link #load_state_dict(Map, boolean)}. PyTorch: {@code load_state_dict(sd)}. */
  public IncompatibleKeys load_state_dict(Map<String, ? extends Tensor> stateDict) {
    return load_state_dict(stateDict, true);
  }

  /**
   * Copies the tensors of {@code stateDict} into this module's parameters and buffers (under
   * {@code no_grad}). With {@code strict}, missing and unexpected keys are errors.
   *
   * @throws IllegalArgumentException with PyTorch's text, e.g. {@code Error(s) in loading
   *     state_dict for Linear:\n\tMissing key(s) in state_dict: "bias". }
   */
  public IncompatibleKeys load_state_dict(Map<String, ? extends Tensor> stateDict, boolean strict) {
    List<String> missing = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    // PyTorch collects missing and unexpected keys in either mode; strict only makes them errors.
    loadState(new LinkedHashMap<>(stateDict), "", true, missing, unexpected, errors);
    if (strict) {
      if (!unexpected.isEmpty()) {
        errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
      }
      if (!missing.isEmpty()) {
        errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "Error(s) in loading state_dict for "
              + className(getClass())
              + ":\n\t"
              + String.join("\n\t", errors));
    }
    return new IncompatibleKeys(missing, unexpected);
  }

  private static String quoted(List<String> keys) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append('"');
    }
    return sb.toString();
  }

  private void loadState(
      Map<String, ? extends Tensor> sd,
      String prefix,
      boolean strict,
      List<String> missing,
      List<String> unexpected,
      List<String> errors) {
    Map<String, Tensor> local = new LinkedHashMap<>();
    parameters.forEach((k, v) -> {
      if (v != null) {
        local.put(k, v);
      }
    });
    buffers.forEach((k, v) -> {
      if (v != null && !nonPersistent.contains(k)) {
        local.put(k, v);
      }
    });
    for (Map.Entry<String, Tensor> e : local.entrySet()) {
      String key = prefix + e.getKey();
      Tensor param = e.getValue();
      if (sd.containsKey(key)) {
        Tensor input = sd.get(key);
        boolean lazy = param instanceof UninitializedParameter u && !u.is_materialized();
        if (!lazy && param.dim() == 0 && input.dim() == 1) {
          input = input.get(0);
        }
        if (!lazy && !input.shape().equals(param.shape())) {
          errors.add(
              "size mismatch for "
                  + key
                  + ": copying a param with shape "
                  + input.shape()
                  + " from checkpoint, the shape in current model is "
                  + param.shape()
                  + ".");
          continue;
        }
        try (var g = Torch.no_grad()) {
          if (lazy) {
            ((UninitializedParameter) param).materialize(input.shape().toLongArray(), input.dtype());
          }
          param.copy_(input);
        } catch (RuntimeException ex) {
          errors.add(
              "While copying the parameter named \""
                  + key
                  + "\", whose dimensions in the model are "
                  + param.size()
                  + " and whose dimensions in the checkpoint are "
                  + input.size()
                  + ", an exception occurred : ('"
                  + ex.getMessage()
                  + "',).");
        }
      } else if (strict) {
        missing.add(key);
      }
    }
    if (strict) {
      for (String key : sd.keySet()) {
        if (key.startsWith(prefix)) {
          String inputName = key.substring(prefix.length());
          int dot = inputName.indexOf('.');
          if (dot >= 0) {
            inputName = inputName.substring(0, dot);
          }
          if (!modules.containsKey(inputName) && !local.containsKey(inputName)) {
            unexpected.add(key);
          }
        }
      }
    }
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      if (e.getValue() != null) {
        String childPrefix = prefix + e.getKey() + ".";
        Map<String, Tensor> child = new LinkedHashMap<>();
        sd.forEach((k, v) -> {
          if (k.startsWith(childPrefix)) {
            child.put(k, v);
          }
        });
        e.getValue().loadState(child, childPrefix, strict, missing, unexpected, errors);
      }
    }
  }

  // ------------------------------------------------------------------ printing

  /** The name {@code print(net)} shows: the class's simple name. PyTorch: {@code _get_name()}. */
  public String _get_name() {
    return className(getClass());
  }

  /** An anonymous subclass has no simple name; it prints as the class it extends. */
  private static String className(Class<?> c) {
    while (c.getSimpleName().isEmpty() && c.getSuperclass() != null) {
      c = c.getSuperclass();
    }
    return c.getSimpleName();
  }

  /**
   * The module's own settings inside its printed parentheses, e.g. {@code in_features=2,
   * out_features=1, bias=True}; empty by default. PyTorch: {@code extra_repr()}.
   */
  public String extra_repr() {
    return "";
  }

  /** PyTorch's {@code repr(module)}: the name, {@link #extra_repr()}, then each child indented. */
  @Override
  public String toString() {
    List<String> extraLines = new ArrayList<>();
    String extra = extra_repr();
    if (!extra.isEmpty()) {
      extraLines.addAll(List.of(extra.split("\n", -1)));
    }
    List<String> childLines = new ArrayList<>();
    for (Map.Entry<String, Module> e : modules.entrySet()) {
      String modStr = addIndent(e.getValue() == null ? "None" : e.getValue().toString(), 2);
      childLines.add("(" + e.getKey() + "): " + modStr);
    }
    List<String> lines = new ArrayList<>(extraLines);
    lines.addAll(childLines);
    StringBuilder main = new StringBuilder(_get_name()).append('(');
    if (!lines.isEmpty()) {
      if (extraLines.size() == 1 && childLines.isEmpty()) {
        main.append(extraLines.get(0));
      } else {
        main.append("\n  ").append(String.join("\n  ", lines)).append('\n');
      }
    }
    return main.append(')').toString();
  }

  private static String addIndent(String s, int n) {
    String[] lines = s.split("\n", -1);
    if (lines.length == 1) {
      return s;
    }
    StringBuilder sb = new StringBuilder(lines[0]);
    String pad = " ".repeat(n);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n').append(pad).append(lines[i]);
    }
    return sb.toString();
  }
}
