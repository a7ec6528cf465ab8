package dev.torchnd;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a tensor's memory lives: {@code cpu} (Java arrays and OpenBLAS) or {@code cuda} (ND4J
 * buffers computed by ND4J's own ops; see the README's device table). PyTorch: {@code
 * torch.device}.
 *
 * <pre>{@code
 * Torch.device("cuda:0")     // device(type='cuda', index=0)
 * Torch.device("cuda:0").toString()   // cuda:0
 * }</pre>
 */
public final class Device {
  /** The CPU device, as {@code torch.device("cpu")}. */
  public static final Device CPU = new Device("cpu", -1);

  /** PyTorch 1.13's device types, in the order its parse error lists them. */
  private static final List<String> TYPES =
      List.of("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve",
          "fpga", "ort", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone");

  // c10/core/Device.cpp: a type of letters/underscores, then an optional ':' and a decimal index
  // without a leading zero.
  private static final Pattern DEVICE = Pattern.compile("([a-zA-Z_]+)(?::([1-9]\\d*|0))?");

  private final String type;
  private final int index;

  private Device(String type, int index) {
    this.type = type;
    this.index = index;
  }

  /**
   * Parses {@code "cpu"}, {@code "cuda"}, {@code "cuda:0"} and PyTorch's other device strings,
   * throwing PyTorch's message for a bad one. PyTorch: {@code torch.device(str)}.
   *
   * @throws IllegalArgumentException for an empty, malformed or unknown device string
   */
  public static Device of(String spec) {
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("Device string must not be empty");
    }
    Matcher m = DEVICE.matcher(spec);
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid device string: '" + spec + "'");
    }
    String t = m.group(1);
    if (!TYPES.contains(t)) {
      throw new IllegalArgumentException(
          "Expected one of " + String.join(", ", TYPES)
              + " device type at start of device string: " + t);
    }
    if (t.equals("cpu") && m.group(2) == null) {
      return CPU;
    }
    return new Device(t, m.group(2) == null ? -1 : Integer.parseInt(m.group(2)));
  }

  /**
   * A device with an explicit index. PyTorch: {@code torch.device(type, index)}.
   *
   * @throws IllegalArgumentException for a negative index or a type that already has one
   */
  public static Device of(String type, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Device index must not be negative");
    }
    Device d = of(type);
    if (d.index >= 0) {
      throw new IllegalArgumentException(
          "type (string) must not include an index because index was passed explicitly: " + type);
    }
    return new Device(d.type, index);
  }

  /** The device type: {@code "cpu"}, {@code "cuda"}, ... PyTorch: {@code device.type}. */
  public String type() {
    return type;
  }

  /** The device index, or -1 where PyTorch's is {@code None}. PyTorch: {@code device.index}. */
  public int index() {
    return index;
  }

  /** PyTorch's {@code str(device)}: {@code cpu}, {@code cuda}, {@code cuda:0}. */
  @Override
  public String toString() {
    return index < 0 ? type : type + ":" + index;
  }

  /** PyTorch's {@code repr(device)}: {@code device(type='cuda', index=0)}. */
  public String repr() {
    return index < 0
        ? "device(type='" + type + "')"
        : "device(type='" + type + "', index=" + index + ")";
  }

  /** Equal type and index, as PyTorch compares devices ({@code cuda != cuda:0}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Device d && d.type.equals(type) && d.index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, index);
  }

  boolean isCpu() {
    return type.equals("cpu");
  }

  boolean isCuda() {
    return type.equals("cuda");
  }

  /** The device a tensor created "on" this device lands on: {@code cuda} means {@code cuda:0}. */
  Device resolved() {
    if (isCpu()) {
      return CPU;
    }
    if (isCuda()) {
      return index < 0 ? Devices.cuda0() : this;
    }
    return this;
  }
}
