package dev.torchnd.compat;

import static dev.torchnd.Torch.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.torchnd.Device;
import dev.torchnd.Tensor;
import dev.torchnd.nn.functional.F;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code cuda} device computes as ND4J ops on the device buffer: an op over {@code cuda}
 * tensors moves no data to the host. The device backend counts every transfer of a device
 * storage's data to the host ({@code dev.torchnd.nd4j.HostReads}: element reads, bulk copies, a
 * device result read back to steer the host); each case below runs one op on prepared {@code
 * cuda} tensors and asserts the count it leaves.
 *
 * <p>Three kinds of case: those that must read nothing; {@link #HOST_BY_DEFINITION}, whose result
 * is host data (printing, {@code item}, {@code tolist}), which must read; and {@link
 * #STILL_READS}, the ops that still read to the host, each with the reason, which must read too so
 * that the list (and the README's "Devices" section, written from it) stays exact: an op fixed
 * without being taken off the list fails here.
 *
 * <p>Runs wherever a {@code cuda} backend is present: in the build's {@code device} pass (and
 * under {@code -Dtorchnd.cudaOnCpu=true}); skipped in the plain cpu pass.
 */
class DeviceHostReadsTest {
  /** Ops whose result is host data: the reads are the op. */
  static final Map<String, String> HOST_BY_DEFINITION = new LinkedHashMap<>();
  /** Ops that still move device data to the host, with the reason. */
  static final Map<String, String> STILL_READS = new LinkedHashMap<>();

  static {
    HOST_BY_DEFINITION.put("item", "a Java number: one element read");
    HOST_BY_DEFINITION.put("tolist", "Java lists: the whole tensor read");
    HOST_BY_DEFINITION.put("toString", "printing formats host values");
    HOST_BY_DEFINITION.put("equal", "a Java boolean");
    HOST_BY_DEFINITION.put("allclose", "a Java boolean");

    String shape = "the result's shape depends on the values (PyTorch's CUDA kernels read a count"
        + " back too)";
    STILL_READS.put("index_by_bool_mask", shape + ": the mask's nonzero positions");
    STILL_READS.put("masked_select", shape);
    STILL_READS.put("nonzero", shape);
    STILL_READS.put("repeat_interleave_tensor", shape + ": the repeats");
    STILL_READS.put("unique", shape);
    String zero = "the ZeroDivisionError check of integer divisors (PyTorch's CPU kernel raises;"
        + " its CUDA kernel does not check): one bool";
    STILL_READS.put("floor_divide_int", zero);
    STILL_READS.put("remainder_int", zero);
    STILL_READS.put("pow_int", "exact integer pow by squaring runs while an exponent bit is left:"
        + " one bool per step, and one for negative exponents (libnd4j's pow rounds through"
        + " double)");
    STILL_READS.put("binary_cross_entropy", "the check that inputs lie in [0, 1] (PyTorch's CUDA"
        + " kernel asserts on the device)");
    STILL_READS.put("mode", "a host loop over the values (StatsOps.Keys): the index among equal"
        + " values is where libstdc++'s std::sort (introsort) leaves them, not yet ported to"
        + " device ops");
    STILL_READS.put("quantile", "the q-range check reads one bool, as PyTorch's does");
    STILL_READS.put("inverse", "the singularity check reads LAPACK's info, one per matrix, as"
        + " PyTorch's does");
    STILL_READS.put("adam_step", "the step count (PyTorch 1.13 keeps state['step'] on the CPU,"
        + " here it lives with the parameter): one element per parameter and step");
  }

  private static Method count;
  private static Method reset;
  private static Method sites;
  private static final Map<String, Long> MEASURED = new TreeMap<>();

  @BeforeAll
  static void counter() throws ReflectiveOperationException {
    assumeTrue(cuda.is_available(), "no cuda backend (run with -Dtorchnd.cudaOnCpu=true)");
    // The backend is a runtime dependency of this module: its counter is reached by name.
    Class<?> c = Class.forName("dev.torchnd.nd4j.HostReads");
    count = c.getMethod("count");
    reset = c.getMethod("reset");
    sites = c.getMethod("sites");
    c.getMethod("trace", boolean.class).invoke(null, true);
  }

  @AfterAll
  static void table() {
    if (MEASURED.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("host reads per op on cuda:\n");
    MEASURED.forEach((k, v) -> sb.append(String.format("  %-28s %d%n", k, v)));
    System.out.print(sb);
  }

  private static Device gpu() {
    return device("cuda");
  }

  private static Tensor x() {
    return tensor(new double[][] {
        {0.5, -1.25, 2.0, 0.0, 3.5}, {-0.75, 1.5, -2.5, 4.0, 0.25},
        {1.0, 0.125, -3.0, 2.25, -0.5}, {2.5, -0.25, 0.75, -1.0, 1.75}}, float32, gpu());
  }

  private static Tensor ids() {
    return tensor(new long[] {2, 0, 4, 1}, int64, gpu());
  }

  private record Case(String name, Supplier<Object> setup, java.util.function.Function<Object, Object> op) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void op(String name, Supplier<Object> op) {
    CASES.add(new Case(name, () -> null, ignored -> op.get()));
  }

  @SuppressWarnings("unchecked")
  private static <T> void op(String name, Supplier<T> setup, java.util.function.Function<T, Object> op) {
    CASES.add(new Case(name, (Supplier<Object>) setup, o -> op.apply((T) o)));
  }

  /** Inputs made before the counter starts: uploads from Java arrays are no host reads. */
  private record In(Tensor x, Tensor y, Tensor ids, Tensor idx2, Tensor mask, Tensor lx, Tensor w) {}

  private static In in() {
    Tensor x = x();
    Tensor y = x.mul(0.5).add(0.25);
    Tensor idx2 = tensor(new long[][] {{0, 4}, {1, 1}, {3, 2}, {0, 0}}, int64, gpu());
    Tensor mask = x.gt(0.3);
    Tensor lx = arange(20L, int64, gpu()).reshape(4, 5);
    Tensor w = tensor(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9},
        {1.0, 1.1, 1.2}, {1.3, 1.4, 1.5}}, float32, gpu());
    return new In(x, y, ids(), idx2, mask, lx, w);
  }

  static {
    // Host by definition.
    op("item", () -> x().sum(), t -> t.item());
    op("tolist", () -> x(), t -> t.tolist());
    op("toString", () -> x(), t -> t.toString());
    op("equal", () -> x(), t -> t.equal(t));
    op("allclose", () -> x(), t -> t.allclose(t));

    // Elementwise, reductions, products.
    op("add", DeviceHostReadsTest::in, i -> i.x.add(i.y));
    op("mul_scalar", DeviceHostReadsTest::in, i -> i.x.mul(3));
    op("exp", DeviceHostReadsTest::in, i -> i.x.exp());
    op("relu", DeviceHostReadsTest::in, i -> i.x.relu());
    op("sum", DeviceHostReadsTest::in, i -> i.x.sum());
    op("sum_dim", DeviceHostReadsTest::in, i -> i.x.sum(1));
    op("amax", DeviceHostReadsTest::in, i -> i.x.amax(1));
    op("matmul", DeviceHostReadsTest::in, i -> i.x.matmul(i.y.T()));
    op("linear", DeviceHostReadsTest::in, i -> F.linear(i.x, i.w.T()));

    // Softmax family.
    op("softmax", DeviceHostReadsTest::in, i -> i.x.softmax(1));
    op("softmax_dim0", DeviceHostReadsTest::in, i -> i.x.softmax(0));
    op("log_softmax", DeviceHostReadsTest::in, i -> i.x.log_softmax(1));
    op("logsumexp", DeviceHostReadsTest::in, i -> i.x.logsumexp(1));

    // Losses.
    op("nll_loss", DeviceHostReadsTest::in, i -> F.nll_loss(i.x.log_softmax(1), i.ids));
    op("cross_entropy", DeviceHostReadsTest::in, i -> F.cross_entropy(i.x, i.ids));
    op("cross_entropy_backward", () -> {
      In i = in();
      i.x.requires_grad_();
      return F.cross_entropy(i.x, i.ids);
    }, l -> {
      l.backward();
      return l;
    });
    op("mse_loss", DeviceHostReadsTest::in, i -> F.mse_loss(i.x, i.y));
    op("nll_loss_weighted_mean", DeviceHostReadsTest::in, i -> F.nll_loss(i.x.log_softmax(1), i.ids,
        tensor(new double[] {1, 2, 3, 4, 5}, float32, gpu()), -100, "mean"));
    op("nll_loss_ignore_none", DeviceHostReadsTest::in,
        i -> F.nll_loss(i.x.log_softmax(1), i.ids, null, 4, "none"));
    op("linear_relu_mse_backward", () -> {
      In i = in();
      i.w.requires_grad_();
      return F.mse_loss(F.linear(i.x, i.w.T()).relu(), i.x.get(":, :3"));
    }, l -> {
      l.backward();
      return l;
    });

    // Indexing.
    op("gather", DeviceHostReadsTest::in, i -> i.x.gather(1, i.idx2));
    op("index_select", DeviceHostReadsTest::in, i -> i.x.index_select(0, i.idx2.get(":, 0")));
    op("take_along_dim", DeviceHostReadsTest::in, i -> i.x.take_along_dim(i.idx2, 1));
    op("embedding", DeviceHostReadsTest::in, i -> F.embedding(i.ids, i.w));
    op("gather_backward", () -> {
      In i = in();
      i.x.requires_grad_();
      return i.x.gather(1, i.idx2).sum();
    }, l -> {
      l.backward();
      return l;
    });
    op("embedding_backward", () -> {
      In i = in();
      i.w.requires_grad_();
      return F.embedding(i.ids, i.w).sum();
    }, l -> {
      l.backward();
      return l;
    });
    op("scatter_add_", DeviceHostReadsTest::in,
        i -> zeros(new long[] {4, 5}, gpu()).scatter_add_(1, i.idx2, i.x.get(":, :2")));
    op("index_add_", DeviceHostReadsTest::in,
        i -> zeros(new long[] {5, 5}, gpu()).index_add_(0, i.ids, i.x));

    // Statistics.
    op("mean", DeviceHostReadsTest::in, i -> i.x.mean());
    op("mean_dim", DeviceHostReadsTest::in, i -> i.x.mean(1));
    op("var", DeviceHostReadsTest::in, i -> i.x.var());
    op("var_dim", DeviceHostReadsTest::in, i -> i.x.var(1));
    op("std_dim", DeviceHostReadsTest::in, i -> i.x.std(1));
    op("var_mean", DeviceHostReadsTest::in, i -> var_mean(i.x));

    // Scans.
    op("cumsum", DeviceHostReadsTest::in, i -> i.x.cumsum(1));
    op("cumsum_int64", DeviceHostReadsTest::in, i -> i.lx.cumsum(1));
    op("cumprod", DeviceHostReadsTest::in, i -> i.x.cumprod(1));
    op("logcumsumexp", DeviceHostReadsTest::in, i -> i.x.logcumsumexp(1));

    // Arg/max.
    op("argmax", DeviceHostReadsTest::in, i -> i.x.argmax());
    op("argmax_dim", DeviceHostReadsTest::in, i -> i.x.argmax(1));
    op("max_dim", DeviceHostReadsTest::in, i -> i.x.max(1));
    op("max", DeviceHostReadsTest::in, i -> i.x.max());

    // Selection.
    op("where", DeviceHostReadsTest::in, i -> where(i.mask, i.x, i.y));
    op("masked_fill", DeviceHostReadsTest::in, i -> i.x.masked_fill(i.mask, 0.0));
    op("clamp", DeviceHostReadsTest::in, i -> i.x.clamp(-0.5, 0.5));
    op("clamp_tensor", DeviceHostReadsTest::in, i -> i.x.clamp(i.y.neg(), i.y));
    op("histc", DeviceHostReadsTest::in, i -> i.x.histc(4, -2, 2));

    // Advanced indexing.
    op("index_by_tensor", DeviceHostReadsTest::in, i -> i.x.get(i.idx2.get(":, 0")));
    op("index_rows_and_labels", DeviceHostReadsTest::in,
        i -> i.x.get(arange(4L, int64, gpu()), i.ids));
    op("index_by_bool_mask", DeviceHostReadsTest::in, i -> i.x.get(i.mask));
    op("masked_select", DeviceHostReadsTest::in, i -> i.x.masked_select(i.mask));
    op("nonzero", DeviceHostReadsTest::in, i -> i.mask.nonzero());
    op("index_put_", DeviceHostReadsTest::in, i -> {
      i.x.set(i.ids.get("0:2"), 0.0);
      return i.x;
    });
    op("repeat_interleave_tensor", DeviceHostReadsTest::in,
        i -> i.ids.repeat_interleave(tensor(new long[] {1, 2, 0, 1}, int64, gpu())));
    op("flip", DeviceHostReadsTest::in, i -> i.x.flip(1));
    op("roll", DeviceHostReadsTest::in, i -> i.x.roll(2, 1));
    op("tril", DeviceHostReadsTest::in, i -> i.x.tril());
    op("diag", DeviceHostReadsTest::in, i -> i.x.diag());

    // Integer arithmetic.
    op("pow_int", () -> {
      In i = in();
      return new Tensor[] {i.lx, tensor(new long[] {0, 1, 2, 3, 1}, int64, gpu())};
    }, t -> t[0].pow(t[1]));
    op("floor_divide_int", DeviceHostReadsTest::in, i -> i.lx.floor_divide(3L));
    op("remainder_int", DeviceHostReadsTest::in, i -> i.lx.remainder(3L));

    // Sorting and order statistics.
    op("sort", DeviceHostReadsTest::in, i -> i.x.sort(1));
    op("argsort", DeviceHostReadsTest::in, i -> i.x.argsort(1));
    op("topk", DeviceHostReadsTest::in, i -> i.x.topk(2, 1));
    op("cummax", DeviceHostReadsTest::in, i -> i.x.cummax(1));
    op("cummin_int", DeviceHostReadsTest::in, i -> i.lx.flip(1).cummin(1));
    op("median_dim", DeviceHostReadsTest::in, i -> i.x.median(1));
    op("kthvalue", DeviceHostReadsTest::in, i -> i.x.kthvalue(2, 1));
    op("median_dim_ties_nan", () -> tensor(new double[][] {{1, 2, 2, 1, 3}, {3, Double.NaN, 1,
        Double.NaN, 2}}, float32, gpu()), t -> t.median(1));
    op("median", DeviceHostReadsTest::in, i -> i.x.median());
    op("nanmedian", () -> tensor(new double[] {2, Double.NaN, 1, 3}, float64, gpu()),
        t -> t.nanmedian());
    op("nanmedian_dim", () -> tensor(new double[][] {{1, Double.NaN, 2, 2}, {Double.NaN,
        Double.NaN, Double.NaN, Double.NaN}}, float32, gpu()), t -> t.nanmedian(1));
    op("kthvalue_ties_int", () -> tensor(new long[][] {{3, 1, 3, 2, 1, 3, 1, 2, 3, 1},
        {0, 0, 1, 1, 0, 1, 0, 1, 1, 0}}, int64, gpu()), t -> t.kthvalue(4, 1));
    op("kthvalue_nan_dim0", () -> tensor(new double[][] {{2, 1}, {Double.NaN, 1}, {1, 0},
        {Double.NaN, 1}, {3, 2}, {1, Double.NaN}}, float32, gpu()), t -> t.kthvalue(5, 0, true));
    op("mode", () -> tensor(new long[][] {{1, 2, 2}, {0, 0, 1}}, int64, gpu()), t -> t.mode(1));
    op("quantile", DeviceHostReadsTest::in, i -> i.x.quantile(0.25, 1));
    op("unique", DeviceHostReadsTest::in, i -> i.ids.unique());

    // Other reductions and linear algebra.
    op("prod", DeviceHostReadsTest::in, i -> i.x.prod(1));
    op("norm", DeviceHostReadsTest::in, i -> i.x.norm());
    op("aminmax", DeviceHostReadsTest::in, i -> i.x.aminmax());
    op("det", DeviceHostReadsTest::in, i -> i.x.get(":, :4").det());
    op("inverse", DeviceHostReadsTest::in, i -> i.x.get(":, :4").inverse());

    // Training building blocks.
    op("dropout", DeviceHostReadsTest::in, i -> F.dropout(i.x, 0.5, true));
    op("layer_norm", DeviceHostReadsTest::in, i -> F.layer_norm(i.x, new long[] {5}));
    op("conv2d", DeviceHostReadsTest::in,
        i -> F.conv2d(i.x.reshape(1, 1, 4, 5), i.w.get(":2, :2").reshape(1, 1, 2, 2)));
    op("max_pool2d", DeviceHostReadsTest::in, i -> F.max_pool2d(i.x.reshape(1, 1, 4, 5), 2));
    op("binary_cross_entropy", DeviceHostReadsTest::in,
        i -> F.binary_cross_entropy(i.x.sigmoid(), i.mask.to(float32)));
    op("sgd_step", () -> {
      In i = in();
      i.w.requires_grad_();
      F.linear(i.x, i.w.T()).sum().backward();
      return new dev.torchnd.optim.SGD(List.of(i.w), 0.1, 0.9);
    }, o -> {
      o.step();
      return o;
    });
    op("adam_step", () -> {
      In i = in();
      i.w.requires_grad_();
      F.linear(i.x, i.w.T()).sum().backward();
      return new dev.torchnd.optim.Adam(List.of(i.w), 0.01);
    }, o -> {
      o.step();
      return o;
    });

    // Factories from a tensor keep its device.
    op("new_zeros", DeviceHostReadsTest::in, i -> onCuda(i.x.new_zeros(2, 3)));
    op("new_ones", DeviceHostReadsTest::in, i -> onCuda(i.x.new_ones(2, 3)));
    op("new_full", DeviceHostReadsTest::in, i -> onCuda(i.x.new_full(new long[] {2, 3}, 1.5)));
    op("new_tensor", DeviceHostReadsTest::in,
        i -> onCuda(i.x.new_tensor(new double[] {1, 2, 3})));
  }

  private static Tensor onCuda(Tensor t) {
    assertTrue(t.is_cuda(), "result left the cuda device: " + t.device());
    return t;
  }

  @TestFactory
  Stream<DynamicTest> hostReadsPerOp() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  /**
   * With the index on the device, an index out of range still raises PyTorch's error (the texts
   * of ATen's checks, as the conformance fixtures record them) and an in-place op leaves its
   * receiver as it was.
   */
  @Test
  void outOfRangeIndicesRaisePyTorchsErrors() {
    Tensor x = x();
    Tensor bad = tensor(new long[][] {{0, 7}, {1, 1}, {3, 2}, {0, 0}}, int64, gpu());
    assertEquals("index 7 is out of bounds for dimension 1 with size 5",
        assertThrows(IndexOutOfBoundsException.class, () -> x.gather(1, bad)).getMessage());
    Tensor self = zeros(new long[] {4, 5}, gpu());
    assertEquals("index 7 is out of bounds for dimension 1 with size 5",
        assertThrows(IndexOutOfBoundsException.class,
            () -> self.scatter_add_(1, bad, x.get(":, :2"))).getMessage());
    assertEquals("tensor([0., 0., 0., 0., 0.])", self.sum(0).toString().replace(
        ", device='cuda:0'", ""));
    assertEquals("index out of range in self",
        assertThrows(IndexOutOfBoundsException.class,
            () -> x.index_select(0, tensor(new long[] {1, 4}, int64, gpu()))).getMessage());
    assertEquals("index -5 is out of bounds for dimension 0 with size 4",
        assertThrows(IndexOutOfBoundsException.class,
            () -> x.get(tensor(new long[] {1, -5}, int64, gpu()))).getMessage());
    assertEquals("Target 5 is out of bounds.",
        assertThrows(IndexOutOfBoundsException.class,
            () -> F.cross_entropy(x, tensor(new long[] {0, 5, 1, 2}, int64, gpu()))).getMessage());
    // Negative indices count from the end, as on the host.
    assertEquals(x.get("3").tolist(), x.get(tensor(new long[] {-1}, int64, gpu())).get("0").tolist());
  }

  @SuppressWarnings("unchecked")
  private static void run(Case c) throws ReflectiveOperationException {
    Object in = c.setup().get();
    reset.invoke(null);
    c.op().apply(in);
    long n = (Long) count.invoke(null);
    Map<String, Long> where = (Map<String, Long>) sites.invoke(null);
    MEASURED.put(c.name(), n);
    if (HOST_BY_DEFINITION.containsKey(c.name())) {
      assertTrue(n > 0, c.name() + " should read to the host: " + HOST_BY_DEFINITION.get(c.name()));
    } else if (STILL_READS.containsKey(c.name())) {
      assertTrue(n > 0, c.name() + " no longer reads to the host: take it off STILL_READS"
          + " and the README's list");
    } else {
      assertEquals(0, n, c.name() + " read device data to the host " + n + " times: " + where);
    }
  }
}
