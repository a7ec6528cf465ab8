package dev.torchnd;

import java.util.function.Supplier;

/**
 * The device rules PyTorch applies around its kernels: which device a new tensor lands on, which
 * device an op's result takes from its inputs, and PyTorch's errors for a device that is missing
 * or for inputs on two devices.
 */
final class Devices {
  private Devices() {}

  /**
   * The device factories use when none is given. {@code -Dtorchnd.defaultDevice=cuda} is
   * PyTorch 1.13's {@code torch.set_default_tensor_type(torch.cuda.FloatTensor)}: every tensor is
   * created on {@code cuda:0}, and printing then leaves out {@code device='cuda:0'} as PyTorch
   * does. The build's second conformance pass runs that way.
   */
  private static final class Default {
    static final Device DEVICE = load();

    private static Device load() {
      String d = System.getProperty("torchnd.defaultDevice", "cpu");
      Device dev = Device.of(d);
      if (!dev.isCpu() && !dev.isCuda()) {
        throw new IllegalArgumentException(
            "-Dtorchnd.defaultDevice must be cpu or cuda, got " + d);
      }
      return dev.isCpu() ? Device.CPU : checked(dev);
    }
  }

  private static final Device CUDA0 = Device.of("cuda", 0);

  /** Set while a factory called with an explicit device runs (see {@link #on}). */
  private static final ThreadLocal<Device> SCOPE = new ThreadLocal<>();

  static Device cuda0() {
    return CUDA0;
  }

  static Device defaultDevice() {
    return Default.DEVICE;
  }

  /** The device a tensor created now lands on. */
  static Device current() {
    Device d = SCOPE.get();
    return d != null ? d : Default.DEVICE;
  }

  /**
   * Runs a factory with {@code device} as the place new tensors go; {@code null} means the
   * default, as PyTorch's {@code device=None}.
   */
  static Tensor on(Device device, Supplier<Tensor> factory) {
    if (device == null) {
      return factory.get();
    }
    Device d = checked(device);
    Device prev = SCOPE.get();
    SCOPE.set(d);
    try {
      return factory.get();
    } finally {
      if (prev == null) {
        SCOPE.remove();
      } else {
        SCOPE.set(prev);
      }
    }
  }

  /**
   * The resolved device ({@code cuda} is {@code cuda:0}), after PyTorch's checks that it exists.
   *
   * @throws IllegalStateException {@code Torch not compiled with CUDA enabled} where no ND4J
   *     device backend is available (PyTorch raises an AssertionError)
   */
  static Device checked(Device device) {
    if (device.isCpu()) {
      return Device.CPU;
    }
    if (device.isCuda()) {
      int n = Backends.cudaDeviceCount();
      if (n == 0) {
        throw new IllegalStateException("Torch not compiled with CUDA enabled");
      }
      Device r = device.resolved();
      if (r.index() >= n) {
        throw new IllegalArgumentException("CUDA error: invalid device ordinal");
      }
      return r;
    }
    throw new UnsupportedOperationException(
        "Could not run 'aten::empty.memory_format' with arguments from the '"
            + backendKey(device.type())
            + "' backend. TorchND runs tensors on cpu and cuda only.");
  }

  private static String backendKey(String type) {
    return switch (type) {
      case "mps", "xla", "hip", "ipu", "xpu", "hpu", "ort", "fpga", "ve" -> type.toUpperCase();
      case "meta" -> "Meta";
      case "vulkan" -> "Vulkan";
      case "lazy" -> "Lazy";
      default -> type;
    };
  }

  /**
   * The device an op over these tensors computes on: the first non-CPU one, as PyTorch's
   * TensorIterator picks it. Mismatches are reported by the backend dispatch, which sees every
   * operand (a CPU 0-d operand may join a CUDA op, as in PyTorch).
   */
  static Device common(Tensor... ts) {
    for (Tensor t : ts) {
      Device d = t.storage.device();
      if (d != Device.CPU) {
        return d;
      }
    }
    return Device.CPU;
  }

  static Device common(Iterable<Tensor> ts) {
    if (ts instanceof Tensor one) { // a Tensor is Iterable over its rows: it is one operand
      return common(new Tensor[] {one});
    }
    for (Tensor t : ts) {
      Device d = t.storage.device();
      if (d != Device.CPU) {
        return d;
      }
    }
    return Device.CPU;
  }

  /**
   * TensorIterator's device rule, operands in its order (outputs first): all on the common device,
   * except that a 0-d CPU input may join a non-CPU op.
   */
  static void checkOperands(Tensor... operands) {
    Device common = common(operands);
    if (common == Device.CPU) {
      return;
    }
    for (int i = 0; i < operands.length; i++) {
      Device d = operands[i].storage.device();
      if (!d.equals(common) && !(i > 0 && d == Device.CPU && operands[i].dim() == 0)) {
        throw mismatch(common, d);
      }
    }
  }

  /** PyTorch's check for ops whose inputs must all be on one device (cat, mm, ...). */
  static void checkSame(String arg, String method, Tensor first, Iterable<Tensor> rest) {
    Device common = first.device();
    for (Tensor t : rest) {
      if (!t.device().equals(common)) {
        throw mismatch(common, t.device(), arg, method);
      }
    }
  }

  static IllegalArgumentException mismatch(Device a, Device b) {
    return new IllegalArgumentException(
        "Expected all tensors to be on the same device, but found at least two devices, "
            + a + " and " + b + "!");
  }

  static IllegalArgumentException mismatch(Device a, Device b, String arg, String method) {
    return new IllegalArgumentException(
        "Expected all tensors to be on the same device, but found at least two devices, "
            + a + " and " + b + "! (when checking argument for argument " + arg + " in method "
            + method + ")");
  }

  /** PyTorch prints {@code device='...'} unless the tensor is on the default device's type (index 0). */
  static String printed(Device d) {
    Device def = Default.DEVICE;
    boolean sameType = d.type().equals(def.type());
    if (!sameType || (d.isCuda() && d.index() != 0)) {
      return "device='" + d + "'";
    }
    return null;
  }
}
