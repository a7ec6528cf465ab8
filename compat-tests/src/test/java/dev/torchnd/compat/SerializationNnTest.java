package dev.torchnd.compat;

import static dev.torchnd.Torch.load;
import static dev.torchnd.Torch.randn;
import static dev.torchnd.Torch.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.functional.F;
import dev.torchnd.serialization.OrderedDict;
import dev.torchnd.serialization.Tuple;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State dicts across the two libraries: D2L 5.5's MLP, and PyTorch's checkpoint in Java. */
class SerializationNnTest {
  @TempDir Path dir;

  /** D2L 5.5's MLP: hidden Linear, ReLU, output Linear. */
  static final class MLP extends Module {
    final Linear hidden;
    final Linear output;

    MLP(long in, long hiddenSize, long out) {
      hidden = register_module("hidden", new Linear(in, hiddenSize));
      output = register_module("output", new Linear(hiddenSize, out));
    }

    @Override
    public Tensor forward(Tensor x) {
      return output.call(F.relu(hidden.call(x)));
    }
  }

  /** D2L 5.5 as the book writes it; each printed cell against PyTorch's recorded text. */
  @Test
  void d2lSection55PrintsWhatPytorchPrints() throws IOException {
    com.google.gson.JsonObject book =
        SerializationConformanceTest.fixture().getAsJsonObject("d2l_5_5");
    Tensor x = Torch.arange(4);
    save(x, dir.resolve("x-file").toString());
    Tensor x2 = load(dir.resolve("x-file").toString());
    assertEquals(book.get("x2").getAsString(), x2.toString());

    Tensor y = Torch.zeros(4);
    save(List.of(x, y), dir.resolve("x-files").toString());
    List<Tensor> xy = load(dir.resolve("x-files").toString());
    assertEquals(book.get("x2_y2").getAsString(), Tuple.of(xy.get(0), xy.get(1)).toString());

    Map<String, Tensor> mydict = new java.util.LinkedHashMap<>();
    mydict.put("x", x);
    mydict.put("y", y);
    save(mydict, dir.resolve("mydict").toString());
    Map<String, Tensor> mydict2 = load(dir.resolve("mydict").toString());
    assertEquals(book.get("mydict2").getAsString(), mydict2.toString());

    MLP net = new MLP(20, 256, 10);
    Tensor X = randn(2, 20);
    Tensor Y = net.call(X);
    save(net.state_dict(), dir.resolve("mlp.params").toString());
    MLP clone = new MLP(20, 256, 10);
    clone.load_state_dict(load(dir.resolve("mlp.params").toString()));
    assertEquals(book.get("clone_eval").getAsString(), clone.eval().toString());
    Tensor yClone = clone.call(X);
    assertEquals(book.get("Y_clone_eq_Y").getAsString(), yClone.eq(Y).toString());
    List<String> keys = new java.util.ArrayList<>();
    book.getAsJsonArray("state_dict_keys").forEach(k -> keys.add(k.getAsString()));
    assertEquals(keys, List.copyOf(net.state_dict().keySet()));
    assertEquals(
        book.get("metadata").getAsString(),
        ((OrderedDict<?, ?>) net.state_dict())._metadata().toString());
  }

  @Test
  void stateDictIsAnOrderedDictWithPytorchMetadata() throws IOException {
    MLP net = new MLP(4, 8, 3);
    Map<String, Tensor> sd = net.state_dict();
    assertInstanceOf(OrderedDict.class, sd);
    Map<String, Object> meta = ((OrderedDict<?, ?>) sd)._metadata();
    assertEquals(List.of("", "hidden", "output"), List.copyOf(meta.keySet()));
    for (Object v : meta.values()) {
      assertEquals(Map.of("version", 1L), v);
    }
    save(sd, dir.resolve("sd.pt"));
    OrderedDict<String, Tensor> back = load(dir.resolve("sd.pt"));
    assertEquals(List.copyOf(sd.keySet()), List.copyOf(back.keySet()));
    assertEquals(((OrderedDict<?, ?>) sd)._metadata(), back._metadata());
  }

  @Test
  void pytorchStateDictRunsInJava() throws IOException {
    OrderedDict<String, Tensor> sd = load(SerializationConformanceTest.file("mlp.params"));
    Map<String, Tensor> io = load(SerializationConformanceTest.file("mlp_io.pt"));
    MLP net = new MLP(4, 8, 3);
    assertEquals("<All keys matched successfully>", net.load_state_dict(sd).toString());
    Tensor y = net.call(io.get("X")).detach();
    double diff = y.sub(io.get("Y")).abs().max().doubleValue();
    assertTrue(diff <= 1e-6, "max |Java - PyTorch| = " + diff);
    assertTrue(Torch.allclose(y, io.get("Y"), 1e-5, 1e-6));
  }

  @Test
  void parametersLoadAsParameters() throws IOException {
    MLP net = new MLP(4, 8, 3);
    save(List.of(net.hidden.weight(), new Parameter(Torch.ones(2), false)), dir.resolve("p.pt"));
    List<Tensor> back = load(dir.resolve("p.pt"));
    Parameter w = assertInstanceOf(Parameter.class, back.get(0));
    assertTrue(w.requires_grad());
    assertTrue(w.is_leaf());
    Parameter frozen = assertInstanceOf(Parameter.class, back.get(1));
    assertTrue(!frozen.requires_grad());
    assertTrue(back.get(0).toString().startsWith("Parameter containing:\ntensor([["));
  }
}
