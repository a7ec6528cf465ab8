package dev.torchnd.examples;

import static dev.torchnd.Torch.*;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.functional.F;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * D2L-zh §5.5 读写文件 (reading and writing files): {@code torch.save}/{@code torch.load} of
 * tensors, lists, dicts and a {@code state_dict}, in PyTorch's own file format. The files go to
 * {@code target/} (the book writes them into the notebook's folder).
 */
final class Ch5_5 {
  private static final String DIR = "target/";
  private Tensor x;
  private Tensor y;
  private MLP net;
  private MLP clone;
  private Tensor X;
  private Tensor Y;

  /** {@code class MLP(nn.Module)}. */
  static final class MLP extends Module {
    final Linear hidden = register_module("hidden", new Linear(20, 256));
    final Linear output = register_module("output", new Linear(256, 10));

    @Override
    public Tensor forward(Tensor x) {
      return output.call(F.relu(hidden.call(x)));
    }
  }

  void zh(Notebook nb) {
    nb.cell(() -> {
      x = arange(4);
      save(x, DIR + "x-file");
    });
    nb.cell(() -> {
      Tensor x2 = load(DIR + "x-file");
      nb.show(x2);
    });
    nb.cell(() -> {
      y = zeros(4);
      save(List.of(x, y), DIR + "x-files");
      List<Tensor> x2y2 = load(DIR + "x-files");
      nb.show(x2y2.get(0), x2y2.get(1));
    });
    nb.cell(() -> {
      Map<String, Tensor> mydict = new LinkedHashMap<>();
      mydict.put("x", x);
      mydict.put("y", y);
      save(mydict, DIR + "mydict");
      Map<String, Tensor> mydict2 = load(DIR + "mydict");
      nb.show(mydict2);
    });
    nb.cell(() -> {
      // class MLP(nn.Module): ... -> Ch5_5.MLP
      net = new MLP();
      X = randn(2, 20);
      Y = net.call(X);
    });
    nb.cell(() -> save(net.state_dict(), DIR + "mlp.params"));
    nb.cell(() -> {
      clone = new MLP();
      clone.load_state_dict(load(DIR + "mlp.params"));
      nb.show(clone.eval());
    });
    nb.cell(() -> {
      Tensor Y_clone = clone.call(X);
      nb.show(Y_clone.eq(Y));
    });
    // exercise 1: reuse part of a saved network (its hidden layer) in a new one
    nb.cell(() -> {
      Map<String, Tensor> params = load(DIR + "mlp.params");
      Linear hidden = new Linear(20, 256);
      Map<String, Tensor> part = new LinkedHashMap<>();
      part.put("weight", params.get("hidden.weight"));
      part.put("bias", params.get("hidden.bias"));
      hidden.load_state_dict(part);
      var new_net = new dev.torchnd.nn.Sequential(hidden, new dev.torchnd.nn.ReLU(), new Linear(256, 2));
      nb.show(hidden.weight().eq(net.hidden.weight()).all(), new_net.call(X).shape());
    });
  }
}
