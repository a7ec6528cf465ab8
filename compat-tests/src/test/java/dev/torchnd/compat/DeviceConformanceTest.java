package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torchnd.Device;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * PyTorch's device model against {@code fixtures/device.json} (recorded by {@code
 * recorder/record_device.py} from a CPU-only PyTorch 1.13): device-string parsing, {@code
 * torch.device(type, index)}, and the errors for CUDA where no CUDA backend is available (checked
 * only when {@code cuda.is_available()} is false, i.e. not under {@code -Dtorchnd.cudaOnCpu}).
 */
class DeviceConformanceTest {
  private static final JsonObject FIX = Fixtures.load("/fixtures/device.json").getAsJsonObject();

  private static void checkDevice(JsonObject want, Device d) {
    assertEquals(want.get("str").getAsString(), d.toString());
    assertEquals(want.get("repr").getAsString(), d.repr());
    assertEquals(want.get("type").getAsString(), d.type());
    JsonElement idx = want.get("index");
    assertEquals(idx == null || idx.isJsonNull() ? -1 : idx.getAsInt(), d.index());
  }

  private static void checkError(JsonObject err, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertEquals(err.get("message").getAsString(), e.getMessage());
  }

  @TestFactory
  Stream<DynamicTest> parse() {
    List<DynamicTest> out = new ArrayList<>();
    for (JsonElement e : FIX.getAsJsonArray("parse")) {
      JsonObject c = e.getAsJsonObject();
      String spec = c.get("spec").getAsString();
      out.add(DynamicTest.dynamicTest("device('" + spec + "')", () -> {
        if (c.has("error")) {
          checkError(c.getAsJsonObject("error"), () -> Torch.device(spec));
        } else {
          checkDevice(c, Torch.device(spec));
        }
      }));
    }
    for (JsonElement e : FIX.getAsJsonArray("parse2")) {
      JsonObject c = e.getAsJsonObject();
      String type = c.get("type").getAsString();
      int index = c.get("index").getAsInt();
      out.add(DynamicTest.dynamicTest("device('" + type + "', " + index + ")", () -> {
        if (c.has("error")) {
          checkError(c.getAsJsonObject("error"), () -> Torch.device(type, index));
        } else {
          checkDevice(c.getAsJsonObject("result"), Torch.device(type, index));
        }
      }));
    }
    return out.stream();
  }

  @Test
  void equality() {
    JsonObject eq = FIX.getAsJsonObject("equal");
    assertEquals(eq.get("cuda==cuda:0").getAsBoolean(),
        Torch.device("cuda").equals(Torch.device("cuda:0")));
    assertEquals(eq.get("cpu==cpu:0").getAsBoolean(),
        Torch.device("cpu").equals(Torch.device("cpu:0")));
  }

  @Test
  void cpuTensor() {
    assumeFalse(Boolean.getBoolean("torchnd.deviceOnly"), "cpu tensors are refused in this pass");
    JsonObject c = FIX.getAsJsonObject("cpu_tensor");
    Tensor t = Torch.ones(new long[] {2}, Torch.device("cpu"));
    assertEquals(c.get("repr_device").getAsString(), t.device().repr());
    assertEquals(c.get("is_cuda").getAsBoolean(), t.is_cuda());
    assertEquals(c.get("get_device").getAsInt(), t.get_device());
    assertSame(t, t.cpu());
    assertSame(t, t.to("cpu"));
  }

  @TestFactory
  Stream<DynamicTest> withoutCuda() {
    assumeFalse(Torch.cuda.is_available(), "a CUDA backend is available");
    JsonObject cu = FIX.getAsJsonObject("cuda");
    Map<String, Supplier<Object>> calls =
        Map.of(
            "zeros", () -> Torch.zeros(new long[] {2}, Torch.device("cuda")),
            "tensor", () -> Torch.tensor(new double[] {1}, null, Torch.device("cuda:0")),
            "cuda", () -> Torch.ones(2).cuda(),
            "to", () -> Torch.ones(2).to("cuda"),
            "current_device", () -> Torch.cuda.current_device());
    List<DynamicTest> out = new ArrayList<>();
    out.add(DynamicTest.dynamicTest("is_available/device_count", () -> {
      assertEquals(cu.get("is_available").getAsBoolean(), Torch.cuda.is_available());
      assertEquals(cu.get("device_count").getAsInt(), Torch.cuda.device_count());
    }));
    for (JsonElement e : FIX.getAsJsonArray("no_cuda")) {
      JsonObject c = e.getAsJsonObject();
      String call = c.get("call").getAsString();
      out.add(DynamicTest.dynamicTest(call, () -> {
        IllegalStateException ex =
            assertThrows(IllegalStateException.class, () -> calls.get(call).get());
        assertEquals(c.getAsJsonObject("error").get("message").getAsString(), ex.getMessage());
      }));
    }
    assertFalse(out.isEmpty());
    return out.stream();
  }
}
