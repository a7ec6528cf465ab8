package dev.torchnd.compat;

import static dev.torchnd.Torch.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.torchnd.Device;
import dev.torchnd.Tensor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's rules across the {@code cpu} and {@code cuda} devices: where results live, the
 * device-mismatch errors, copies and autograd across devices, and {@code device='cuda:0'} in
 * printing. Runs in the build's {@code device-mixed} pass ({@code -Dtorchnd.cudaOnCpu=true}, default
 * device cpu). The expected texts come from PyTorch 1.13's source, which a CPU-only PyTorch
 * cannot record: {@code torch/_tensor_str.py} (device suffix first, only off the default device),
 * {@code TensorIterator::compute_types} (the first non-CPU operand's device is the common one; 0-d
 * CPU tensors may join a CUDA op) and {@code check_and_update_common_device} (the suffix naming the
 * argument and the wrapper).
 */
class DeviceMixingTest {
  private static final String MISMATCH =
      "Expected all tensors to be on the same device, but found at least two devices, ";

  @BeforeAll
  static void onlyWithTheTestSwitch() {
    assumeTrue(cuda.is_available(), "no cuda backend (run with -Dtorchnd.cudaOnCpu=true)");
    assumeTrue(!Boolean.getBoolean("torchnd.deviceOnly"), "cpu tensors are refused in this pass");
    assumeTrue(zeros(1).device().equals(device("cpu")), "default device is not cpu");
  }

  private static Device gpu() {
    return device("cuda");
  }

  @Test
  void deviceAttributes() {
    Tensor t = zeros(new long[] {2}, gpu());
    assertEquals("cuda:0", t.device().toString());
    assertEquals("device(type='cuda', index=0)", t.device().repr());
    assertTrue(t.is_cuda());
    assertEquals(0, t.get_device());
    assertEquals(1, cuda.device_count());
    assertEquals(0, cuda.current_device());
    assertSame(t, t.cuda());
    assertSame(t, t.to("cuda:0"));
    assertEquals("cpu", t.cpu().device().toString());
  }

  @Test
  void printingShowsTheDeviceFirst() {
    assertEquals("tensor([0., 0.], device='cuda:0')", zeros(new long[] {2}, gpu()).toString());
    assertEquals("tensor([1, 2], device='cuda:0', dtype=torch.int32)",
        tensor(new long[] {1, 2}, int32, gpu()).toString());
    assertEquals("tensor([], device='cuda:0', size=(0, 3))",
        zeros(new long[] {0, 3}, gpu()).toString());
    Tensor x = ones(new long[] {2}, gpu()).requires_grad_();
    assertEquals("tensor([1., 1.], device='cuda:0', requires_grad=True)", x.toString());
    assertEquals("tensor([2., 2.], device='cuda:0', grad_fn=<MulBackward0>)",
        x.mul(2).toString());
    assertEquals("tensor(3, device='cuda:0')", tensor(3L).cuda().toString());
    assertEquals("tensor([1., 2.])", tensor(new double[] {1, 2}).toString());
  }

  @Test
  void resultsStayOnTheInputsDevice() {
    Tensor x = arange(6L, float32, gpu()).reshape(2, 3);
    List<Tensor> results =
        List.of(x.add(1), x.exp(), x.sum(), x.sum(0), x.argmax(), x.cumsum(1), x.matmul(x.T()),
            x.get("1"), x.get(tensor(new long[] {1, 0})), where(x.gt(2), x, 0.0), cat(x, x),
            zeros_like(x), ones_like(x), full_like(x, 2.0), rand_like(x), x.to(float64), x.clone(),
            x.T().contiguous(), x.max(1).values(), tensor(x));
    for (Tensor r : results) {
      assertEquals(gpu().toString(), r.device().toString().replace(":0", ""), r.toString());
    }
  }

  @Test
  void copiesAcrossDevicesKeepValues() {
    Tensor c = tensor(new double[][] {{1.5, -2}, {3, 4}}, float64);
    Tensor g = c.cuda();
    assertArrayEquals(c.toDoubleArray(), g.toDoubleArray());
    assertArrayEquals(c.T().toDoubleArray(), c.T().cuda().cpu().toDoubleArray());
    Tensor big = tensor(new long[] {Long.MAX_VALUE, Long.MIN_VALUE + 1});
    assertArrayEquals(big.toLongArray(), big.cuda().cpu().toLongArray());
    Tensor dst = zeros(2, 2);
    dst.copy_(g);
    assertArrayEquals(c.toDoubleArray(), dst.toDoubleArray());
    Tensor gdst = zeros(new long[] {2, 2}, int32, gpu());
    gdst.copy_(c);
    assertArrayEquals(new long[] {1, -2, 3, 4}, gdst.toLongArray());
  }

  @Test
  void mixingDevicesRaisesPyTorchsError() {
    Tensor g = ones(new long[] {3}, gpu());
    Tensor c = ones(3);
    assertEquals(MISMATCH + "cuda:0 and cpu!",
        assertThrows(IllegalArgumentException.class, () -> g.add(c)).getMessage());
    assertEquals(MISMATCH + "cuda:0 and cpu!",
        assertThrows(IllegalArgumentException.class, () -> c.mul(g)).getMessage());
    assertEquals(MISMATCH + "cuda:0 and cpu!",
        assertThrows(IllegalArgumentException.class, () -> c.add_(g)).getMessage());
    assertEquals(MISMATCH + "cpu and cuda:0! (when checking argument for argument mat2 in method"
            + " wrapper_mm)",
        assertThrows(IllegalArgumentException.class,
            () -> c.reshape(1, 3).mm(g.reshape(3, 1))).getMessage());
    assertEquals(MISMATCH + "cuda:0 and cpu! (when checking argument for argument tensors in"
            + " method wrapper_cat)",
        assertThrows(IllegalArgumentException.class, () -> cat(g, c)).getMessage());
  }

  @Test
  void cpuScalarsJoinCudaOps() {
    Tensor g = arange(3L, float32, gpu());
    Tensor r = g.add(tensor(2.0));
    assertEquals("cuda:0", r.device().toString());
    assertArrayEquals(new double[] {2, 3, 4}, r.toDoubleArray());
    assertEquals("cuda:0", g.mul(3).device().toString());
    assertEquals("cuda:0", where(g.gt(0), g, tensor(-1.0)).device().toString());
    // Only a 0-d tensor counts as a scalar: a one-element 1-d cpu tensor is a mismatch.
    assertEquals(MISMATCH + "cuda:0 and cpu!",
        assertThrows(IllegalArgumentException.class, () -> g.add(tensor(new double[] {2})))
            .getMessage());
  }

  @Test
  void autogradFlowsBackAcrossDevices() {
    Tensor x = tensor(new double[] {1, 2, 3}).requires_grad_();
    Tensor y = x.cuda();
    assertEquals("ToCopyBackward0", y.grad_fn().name());
    Tensor loss = y.mul(y).sum();
    loss.backward();
    assertEquals("cpu", x.grad().device().toString());
    assertArrayEquals(new double[] {2, 4, 6}, x.grad().toDoubleArray());
    Tensor w = ones(new long[] {3}, gpu()).requires_grad_();
    w.mul(x.detach().cuda()).sum().backward();
    assertEquals("cuda:0", w.grad().device().toString());
    assertArrayEquals(new double[] {1, 2, 3}, w.grad().toDoubleArray());
  }

  @Test
  void randomNumbersAreTheCpuGeneratorsCopied() {
    manual_seed(7);
    Tensor c = randn(2, 3);
    manual_seed(7);
    Tensor g = randn(new long[] {2, 3}, gpu());
    assertEquals("cuda:0", g.device().toString());
    assertArrayEquals(c.toDoubleArray(), g.toDoubleArray());
  }

  @Test
  void moduleToMovesParametersInPlace() {
    manual_seed(0);
    dev.torchnd.nn.Linear cpuNet = new dev.torchnd.nn.Linear(3, 2);
    manual_seed(0);
    dev.torchnd.nn.Linear net = new dev.torchnd.nn.Linear(3, 2);
    dev.torchnd.nn.Parameter w = net.weight();
    var opt = new dev.torchnd.optim.SGD(net.parameters(), 0.1);
    assertSame(net, net.to(gpu()));
    assertSame(w, net.weight());
    assertEquals("cuda:0", w.device().toString());
    Tensor x = arange(6.0).reshape(2, 3);
    for (int step = 0; step < 2; step++) {
      opt.zero_grad();
      net.forward(x.cuda()).pow(2).sum().backward();
      opt.step();
    }
    var cpuOpt = new dev.torchnd.optim.SGD(cpuNet.parameters(), 0.1);
    for (int step = 0; step < 2; step++) {
      cpuOpt.zero_grad();
      cpuNet.forward(x).pow(2).sum().backward();
      cpuOpt.step();
    }
    assertEquals("cuda:0", w.grad().device().toString());
    double[] got = w.cpu().toDoubleArray();
    double[] want = cpuNet.weight().toDoubleArray();
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-5);
    }
    // PyTorch names addmm's argument here (F.linear is one addmm); TorchND's Linear multiplies
    // then adds, so only the common part of the text is PyTorch's.
    assertTrue(assertThrows(IllegalArgumentException.class, () -> net.forward(x)).getMessage()
        .startsWith(MISMATCH));
    net.cpu();
    assertEquals("cpu", w.device().toString());
  }

  @Test
  void onlyCuda0Exists() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> zeros(new long[] {1}, device("cuda:1")));
    assertEquals("CUDA error: invalid device ordinal", e.getMessage());
  }
}
