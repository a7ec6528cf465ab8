package dev.torchnd;

/**
 * A tensor element type, named as in PyTorch ({@code torch.float32} is {@link #float32}).
 *
 * <pre>{@code
 * arange(3).dtype()      // torch.int64
 * tensor(1.5).dtype()    // torch.float32
 * }</pre>
 */
@SuppressWarnings("checkstyle:ConstantName")
public enum DType {
  float32("float32", "Float", 4, Category.FLOAT),
  float64("float64", "Double", 8, Category.FLOAT),
  float16("float16", "Half", 2, Category.FLOAT),
  bfloat16("bfloat16", "BFloat16", 2, Category.FLOAT),
  int64("int64", "Long", 8, Category.INT),
  int32("int32", "Int", 4, Category.INT),
  int16("int16", "Short", 2, Category.INT),
  int8("int8", "Char", 1, Category.INT),
  uint8("uint8", "Byte", 1, Category.INT),
  bool("bool", "Bool", 1, Category.BOOL);

  /** Bool &lt; integral &lt; floating: the order PyTorch's type promotion uses between categories. */
  public enum Category {
    BOOL,
    INT,
    FLOAT
  }

  private final String torchName;
  private final String scalarTypeName;
  private final int itemsize;
  private final Category category;

  DType(String torchName, String scalarTypeName, int itemsize, Category category) {
    this.torchName = torchName;
    this.scalarTypeName = scalarTypeName;
    this.itemsize = itemsize;
    this.category = category;
  }

  /** C++ ScalarType name used in PyTorch's error messages, e.g. {@code Long}, {@code Float}. */
  public String scalarTypeName() {
    return scalarTypeName;
  }

  /** Bytes per element. PyTorch: {@code dtype.itemsize}. */
  public int itemsize() {
    return itemsize;
  }

  public Category category() {
    return category;
  }

  /** PyTorch: {@code dtype.is_floating_point}. */
  public boolean is_floating_point() {
    return category == Category.FLOAT;
  }

  public boolean isIntegral() {
    return category == Category.INT;
  }

  public boolean isBool() {
    return category == Category.BOOL;
  }

  /** The legacy tensor type name, e.g. {@code torch.FloatTensor}. PyTorch: {@code t.type()}. */
  public String legacyTypeName() {
    return "torch." + scalarTypeName + "Tensor";
  }

  /**
   * A tensor's type as PyTorch's error messages spell it: C++ writes {@code CPUFloatType} and
   * Python's {@code processErrorMsg} rewrites the legacy types to {@code torch.FloatTensor} (or
   * {@code torch.cuda.FloatTensor}); Bool and BFloat16 are not legacy types in 1.13 and stay
   * {@code CPUBoolType}, {@code CUDABFloat16Type}.
   */
  static String errorTypeName(DType t, Device d) {
    boolean cuda = d.type().equals("cuda");
    if (t == bool || t == bfloat16) {
      return (cuda ? "CUDA" : "CPU") + t.scalarTypeName + "Type";
    }
    return (cuda ? "torch.cuda." : "torch.") + t.scalarTypeName + "Tensor";
  }

  /** Prints as PyTorch does: {@code torch.float32}. */
  @Override
  public String toString() {
    return "torch." + torchName;
  }

  /** Looks up a dtype by its PyTorch name ({@code "float32"}, {@code "torch.int64"}, {@code "long"}). */
  public static DType of(String name) {
    String n = name.startsWith("torch.") ? name.substring(6) : name;
    switch (n) {
      case "float":
        return float32;
      case "double":
        return float64;
      case "half":
        return float16;
      case "long":
        return int64;
      case "int":
        return int32;
      case "short":
        return int16;
      default:
        return valueOf(n);
    }
  }
}
