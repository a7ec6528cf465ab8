package dev.torchnd.nn;

import dev.torchnd.DType;
import dev.torchnd.PyRepr;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.functional.F;
import dev.torchnd.nn.init.Init;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The multi-layer recurrent networks {@link RNN}, {@link LSTM} and {@link GRU}: parameters
 * {@code weight_ih_l0}, {@code weight_hh_l0}, {@code bias_ih_l0}, {@code bias_hh_l0} (and
 * {@code ..._reverse}, {@code weight_hr_l0} for LSTM projections) in PyTorch's order, all drawn
 * from U(-1/√hidden_size, 1/√hidden_size), and ATen's CPU recurrence (input projection of the
 * whole sequence first, then one cell per step), so outputs and gradients are PyTorch's.
 *
 * <pre>{@code
 * var rnn = new GRU(10, 20, 2);                 // GRU(10, 20, num_layers=2)
 * var r = rnn.run(randn(5, 3, 10));             // output, h_n = rnn(input)
 * r.output().shape();                           // torch.Size([5, 3, 20])
 * r.h_n().shape();                              // torch.Size([2, 3, 20])
 * }</pre>
 *
 * <p>Python's {@code output, h_n = rnn(input, h_0)} is {@code run(input, h_0)} (LSTM: {@code
 * run(input, h_0, c_0)}, result {@code state()} {@code {h_n, c_n}}); {@code call(input)} returns
 * the output alone, so the module also fits where one tensor is expected. PyTorch: {@code
 * torch.nn.RNNBase}.
 */
public abstract class RNNBase extends Module {
  /** {@code (output, h_n)} or, for LSTM, {@code (output, (h_n, c_n))}: {@code state()}. */
  public record Output(Tensor output, Tensor[] state) {
    /** The final hidden state of every layer and direction. PyTorch: {@code h_n}. */
    public Tensor h_n() {
      return state[0];
    }

    /** LSTM's final cell state. PyTorch: {@code c_n}. */
    public Tensor c_n() {
      if (state.length < 2) {
        throw new IllegalStateException("only an LSTM has a cell state c_n");
      }
      return state[1];
    }

    /** Python's tuple repr: {@code (tensor(...), tensor(...))}. */
    @Override
    public String toString() {
      String s = state.length == 1 ? state[0].toString() : "(" + state[0] + ", " + state[1] + ")";
      return "(" + output + ", " + s + ")";
    }
  }

  final String mode;
  final long inputSize;
  final long hiddenSize;
  final long numLayers;
  final boolean bias;
  final boolean batchFirst;
  final double dropout;
  final boolean bidirectional;
  final long projSize;
  /** Per layer and direction, its parameter names in order. */
  final List<String[]> flatNames = new ArrayList<>();

  RNNBase(String mode, long input_size, long hidden_size, long num_layers, boolean bias,
      boolean batch_first, double dropout, boolean bidirectional, long proj_size, DType dtype) {
    if (!(dropout >= 0 && dropout <= 1)) {
      throw new IllegalArgumentException("dropout should be a number in range [0, 1] representing"
          + " the probability of an element being zeroed");
    }
    if (proj_size < 0) {
      throw new IllegalArgumentException(
          "proj_size should be a positive integer or zero to disable projections");
    }
    if (proj_size >= hidden_size) {
      throw new IllegalArgumentException("proj_size has to be smaller than hidden_size");
    }
    this.mode = mode;
    this.inputSize = input_size;
    this.hiddenSize = hidden_size;
    this.numLayers = num_layers;
    this.bias = bias;
    this.batchFirst = batch_first;
    this.dropout = dropout;
    this.bidirectional = bidirectional;
    this.projSize = proj_size;
    long gate = switch (mode) {
      case "LSTM" -> 4 * hidden_size;
      case "GRU" -> 3 * hidden_size;
      default -> hidden_size;
    };
    int dirs = bidirectional ? 2 : 1;
    long real = realHidden();
    for (long layer = 0; layer < num_layers; layer++) {
      for (int dir = 0; dir < dirs; dir++) {
        long in = layer == 0 ? input_size : real * dirs;
        String sfx = "_l" + layer + (dir == 1 ? "_reverse" : "");
        List<String> names = new ArrayList<>();
        names.add(param("weight_ih" + sfx, gate, in, dtype));
        names.add(param("weight_hh" + sfx, gate, real, dtype));
        if (bias) {
          names.add(param("bias_ih" + sfx, gate, -1, dtype));
          names.add(param("bias_hh" + sfx, gate, -1, dtype));
        }
        if (proj_size > 0) {
          names.add(param("weight_hr" + sfx, proj_size, hidden_size, dtype));
        }
        flatNames.add(names.toArray(String[]::new));
      }
    }
    reset_parameters();
  }

  private String param(String name, long rows, long cols, DType dtype) {
    long[] shape = cols < 0 ? new long[] {rows} : new long[] {rows, cols};
    register_parameter(name, new Parameter(Torch.empty(shape, dtype)));
    return name;
  }

  long realHidden() {
    return projSize > 0 ? projSize : hiddenSize;
  }

  /** Re-draws every parameter from U(-1/√hidden_size, 1/√hidden_size). PyTorch: {@code reset_parameters()}. */
  public void reset_parameters() {
    double stdv = hiddenSize > 0 ? 1.0 / Math.sqrt(hiddenSize) : 0;
    for (Parameter w : parameters()) {
      Init.uniform_(w, -stdv, stdv);
    }
  }

  /** PyTorch's CPU no-op (cuDNN packs weights there). PyTorch: {@code flatten_parameters()}. */
  public void flatten_parameters() {}

  /** PyTorch: {@code rnn.input_size}. */
  public long input_size() {
    return inputSize;
  }

  /** PyTorch: {@code rnn.hidden_size}. */
  public long hidden_size() {
    return hiddenSize;
  }

  /** PyTorch: {@code rnn.num_layers}. */
  public long num_layers() {
    return numLayers;
  }

  /** PyTorch: {@code rnn.bidirectional}. */
  public boolean bidirectional() {
    return bidirectional;
  }

  /** PyTorch: {@code rnn.batch_first}. */
  public boolean batch_first() {
    return batchFirst;
  }

  /** PyTorch: {@code rnn.dropout}. */
  public double dropout() {
    return dropout;
  }

  /** PyTorch: {@code rnn.bias}. */
  public boolean bias() {
    return bias;
  }

  /** PyTorch: {@code rnn.proj_size}. */
  public long proj_size() {
    return projSize;
  }

  /** The output alone: {@code run(input).output()}. PyTorch: {@code rnn(input)[0]}. */
  @Override
  public Tensor forward(Tensor input) {
    return run(input).output();
  }

  /**
   * Runs the network over {@code input} {@code (L, N, H_in)} ({@code (N, L, H_in)} with {@code
   * batch_first}, or unbatched {@code (L, H_in)}) from the initial state {@code hx} (none: zeros;
   * RNN/GRU {@code h_0}; LSTM {@code h_0, c_0}). PyTorch: {@code output, h_n = rnn(input, hx)}.
   */
  public Output run(Tensor input, Tensor... hx) {
    boolean lstm = mode.equals("LSTM");
    if (hx != null && hx.length == 1 && hx[0] == null) {
      hx = new Tensor[0];
    }
    if (hx != null && hx.length != 0 && hx.length != (lstm ? 2 : 1)) {
      throw new IllegalArgumentException(lstm
          ? "LSTM expects the initial state as (h_0, c_0), got " + hx.length + " tensors"
          : _get_name() + " expects one initial state h_0, got " + hx.length + " tensors");
    }
    boolean given = hx != null && hx.length > 0;
    Tensor[] h = given ? hx.clone() : null;
    int dirs = bidirectional ? 2 : 1;
    boolean batched = input.dim() == 3;
    int batchDim = batchFirst ? 0 : 1;
    if (!batched) {
      input = input.unsqueeze(batchDim);
      if (given) {
        if (lstm && (h[0].dim() != 2 || h[1].dim() != 2)) {
          throw new IllegalArgumentException("For unbatched 2-D input, hx and cx should also be"
              + " 2-D but got (" + h[0].dim() + "-D, " + h[1].dim() + "-D) tensors");
        }
        if (!lstm && h[0].dim() != 2) {
          throw new IllegalArgumentException("For unbatched 2-D input, hx should also be 2-D but"
              + " got " + h[0].dim() + "-D tensor");
        }
        for (int i = 0; i < h.length; i++) {
          h[i] = h[i].unsqueeze(1);
        }
      }
    } else if (given) {
      if (lstm && (h[0].dim() != 3 || h[1].dim() != 3)) {
        throw new IllegalArgumentException("For batched 3-D input, hx and cx should also be 3-D"
            + " but got (" + h[0].dim() + "-D, " + h[1].dim() + "-D) tensors");
      }
      if (!lstm && h[0].dim() != 3) {
        throw new IllegalArgumentException("For batched 3-D input, hx should also be 3-D but got "
            + h[0].dim() + "-D tensor");
      }
    }
    long batch = input.size(batchFirst ? 0 : 1);
    if (!given) {
      h = lstm
          ? new Tensor[] {
            Torch.zeros(new long[] {numLayers * dirs, batch, realHidden()}, input.dtype(), input.device()),
            Torch.zeros(new long[] {numLayers * dirs, batch, hiddenSize}, input.dtype(), input.device())}
          : new Tensor[] {
            Torch.zeros(new long[] {numLayers * dirs, batch, hiddenSize}, input.dtype(), input.device())};
    }
    // check_forward_args: input, then the hidden sizes
    if (input.dim() != 3) {
      throw new IllegalArgumentException("input must have 3 dimensions, got " + input.dim());
    }
    if (input.size(-1) != inputSize) {
      throw new IllegalArgumentException("input.size(-1) must be equal to input_size. Expected "
          + inputSize + ", got " + input.size(-1));
    }
    long[] expH = {numLayers * dirs, batch, realHidden()};
    long[] expC = {numLayers * dirs, batch, hiddenSize};
    checkHidden(h[0], expH, lstm ? "Expected hidden[0] size " : "Expected hidden size ");
    if (lstm) {
      checkHidden(h[1], expC, "Expected hidden[1] size ");
    }
    Tensor x = batchFirst ? input.transpose(0, 1) : input;
    Tensor[] h0 = h[0].unbind(0);
    Tensor[] c0 = lstm ? h[1].unbind(0) : null;
    List<Tensor> hn = new ArrayList<>();
    List<Tensor> cn = new ArrayList<>();
    for (int layer = 0; layer < numLayers; layer++) {
      Tensor[] outs = new Tensor[dirs];
      for (int dir = 0; dir < dirs; dir++) {
        int idx = layer * dirs + dir;
        Tensor[] p = params(idx);
        // ATen's CPU FullLayer: the input projection of every step at once, then the cells
        Tensor[] xw = F.linear(x, p[0], p[2]).unbind(0);
        Tensor hh = h0[idx];
        Tensor cc = lstm ? c0[idx] : null;
        Tensor[] steps = new Tensor[xw.length];
        for (int s = 0; s < xw.length; s++) {
          int t = dir == 0 ? s : xw.length - 1 - s;
          Tensor[] next = cell(mode, xw[t], hh, cc, p[1], p[3], p[4]);
          hh = next[0];
          cc = lstm ? next[1] : null;
          steps[t] = hh;
        }
        outs[dir] = Torch.stack(steps, 0);
        hn.add(hh);
        if (lstm) {
          cn.add(cc);
        }
      }
      Tensor out = dirs == 2 ? Torch.cat(new Tensor[] {outs[0], outs[1]}, outs[0].dim() - 1) : outs[0];
      x = dropout != 0 && training && layer < numLayers - 1 ? F.dropout(out, dropout, true) : out;
    }
    Tensor output = batchFirst ? x.transpose(0, 1) : x;
    Tensor hN = Torch.stack(hn.toArray(Tensor[]::new), 0);
    Tensor cN = lstm ? Torch.stack(cn.toArray(Tensor[]::new), 0) : null;
    if (!batched) {
      output = output.squeeze(batchDim);
      hN = hN.squeeze(1);
      cN = lstm ? cN.squeeze(1) : null;
    }
    return new Output(output, lstm ? new Tensor[] {hN, cN} : new Tensor[] {hN});
  }

  private static void checkHidden(Tensor hx, long[] expected, String msg) {
    if (!Arrays.equals(hx.shape().toLongArray(), expected)) {
      throw new IllegalArgumentException(msg + dev.torchnd.nn.functional.Repr.tuple(expected)
          + ", got " + dev.torchnd.nn.functional.Repr.list(
              Arrays.stream(hx.shape().toLongArray()).boxed().toList()));
    }
  }

  /** {w_ih, w_hh, b_ih, b_hh, w_hr} of one layer and direction (null where absent). */
  private Tensor[] params(int idx) {
    String[] names = flatNames.get(idx);
    Tensor[] p = new Tensor[5];
    p[0] = get_parameter(names[0]);
    p[1] = get_parameter(names[1]);
    int k = 2;
    if (bias) {
      p[2] = get_parameter(names[k++]);
      p[3] = get_parameter(names[k++]);
    }
    if (projSize > 0) {
      p[4] = get_parameter(names[k]);
    }
    return p;
  }

  /**
   * One step of ATen's cells ({@code RNN.cpp}, CPU): {@code xw} is the input already projected
   * ({@code x W_ih^T + b_ih}); returns {h'} or, for LSTM, {h', c'}.
   */
  static Tensor[] cell(String mode, Tensor xw, Tensor h, Tensor c, Tensor wHh, Tensor bHh,
      Tensor wHr) {
    Tensor hw = F.linear(h, wHh, bHh);
    switch (mode) {
      case "RNN_TANH":
        return new Tensor[] {hw.add(xw).tanh()};
      case "RNN_RELU":
        return new Tensor[] {hw.add(xw).relu()};
      case "LSTM": {
        Tensor[] g = hw.add(xw).chunk(4, 1);
        Tensor in = g[0].sigmoid();
        Tensor forget = g[1].sigmoid();
        Tensor cellGate = g[2].tanh();
        Tensor out = g[3].sigmoid();
        Tensor cy = forget.mul(c).add(in.mul(cellGate));
        Tensor hy = out.mul(cy.tanh());
        if (wHr != null) {
          hy = hy.matmul(wHr.t());
        }
        return new Tensor[] {hy, cy};
      }
      case "GRU": {
        Tensor[] ig = xw.chunk(3, 1);
        Tensor[] hg = hw.chunk(3, 1);
        Tensor reset = hg[0].add(ig[0]).sigmoid();
        Tensor update = hg[1].add(ig[1]).sigmoid();
        Tensor n = ig[2].add(hg[2].mul(reset)).tanh();
        return new Tensor[] {h.sub(n).mul(update).add(n)};
      }
      default:
        throw new AssertionError(mode);
    }
  }

  @Override
  public String extra_repr() {
    StringBuilder s = new StringBuilder().append(inputSize).append(", ").append(hiddenSize);
    if (projSize != 0) {
      s.append(", proj_size=").append(projSize);
    }
    if (numLayers != 1) {
      s.append(", num_layers=").append(numLayers);
    }
    if (!bias) {
      s.append(", bias=False");
    }
    if (batchFirst) {
      s.append(", batch_first=True");
    }
    if (dropout != 0) {
      s.append(", dropout=").append(PyRepr.repr(dropout));
    }
    if (bidirectional) {
      s.append(", bidirectional=True");
    }
    return s.toString();
  }
}
