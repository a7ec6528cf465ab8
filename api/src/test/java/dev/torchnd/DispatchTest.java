package dev.torchnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.spi.Backend;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTest {
  /**
   * Every Backend method must be forwarded by Dispatch: an inherited default would bypass the
   * device backends' own implementation (a new Backend method must be added to Dispatch too).
   */
  @Test
  void dispatchForwardsEveryBackendMethod() {
    List<String> missing = new ArrayList<>();
    for (Method m : Backend.class.getMethods()) {
      try {
        Method d = Dispatch.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
        assertEquals(m.getReturnType(), d.getReturnType());
      } catch (NoSuchMethodException e) {
        missing.add(m.toString());
      }
    }
    assertTrue(missing.isEmpty(), "Dispatch lacks " + missing);
  }

  @Test
  void mismatchTexts() {
    Device c = Device.of("cuda", 0);
    assertEquals(
        "Expected all tensors to be on the same device, but found at least two devices, cuda:0"
            + " and cpu!",
        Devices.mismatch(c, Device.CPU).getMessage());
    assertEquals(
        "Expected all tensors to be on the same device, but found at least two devices, cpu and"
            + " cuda:0! (when checking argument for argument mat2 in method wrapper_mm)",
        Devices.mismatch(Device.CPU, c, "mat2", "wrapper_mm").getMessage());
  }

  @Test
  void printedDeviceFollowsTorchTensorStr() {
    // The default device here is cpu: a cuda:0 tensor names its device, a cpu one does not.
    assertEquals("device='cuda:0'", Devices.printed(Device.of("cuda", 0)));
    assertEquals("device='cuda:1'", Devices.printed(Device.of("cuda", 1)));
    assertEquals(null, Devices.printed(Device.CPU));
  }

  @Test
  void otherDeviceTypesParseButHoldNoTensors() {
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> Devices.checked(Device.of("mps")));
    assertTrue(e.getMessage().startsWith(
        "Could not run 'aten::empty.memory_format' with arguments from the 'MPS' backend."));
  }
}
