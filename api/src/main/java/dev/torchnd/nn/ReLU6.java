package dev.torchnd.nn;

/** {@code min(max(x, 0), 6)}, a {@link Hardtanh} from 0 to 6; prints {@code ReLU6()}. PyTorch: {@code torch.nn.ReLU6}. */
public class ReLU6 extends Hardtanh {
  /** PyTorch: {@code nn.ReLU6()}. */
  public ReLU6() {
    this(false);
  }

  /** PyTorch: {@code nn.ReLU6(inplace)}. */
  public ReLU6(boolean inplace) {
    super(0.0, 6.0, inplace);
  }

  @Override
  public String extra_repr() {
    return inplace ? "inplace=True" : "";
  }
}
