package dev.torchnd.nd4j;

import static dev.torchnd.Torch.get_num_threads;
import static dev.torchnd.Torch.manual_seed;
import static dev.torchnd.Torch.rand;
import static dev.torchnd.Torch.randint;
import static dev.torchnd.Torch.set_num_threads;
import static dev.torchnd.Torch.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Large ops (above the 32,768-element grain) split over threads give what one thread gives:
 * elementwise results, extremes, indices and integer reductions bit for bit; float sums to
 * rounding. Layouts cover contiguous, offset, strided, transposed and broadcast operands.
 */
class ParallelKernelsTest {
  private final int saved = get_num_threads();

  @AfterEach
  void restore() {
    set_num_threads(saved);
  }

  private static Map<String, Supplier<Tensor>> cases() {
    manual_seed(7);
    Tensor a = rand(300, 517);
    Tensor b = rand(300, 517);
    Tensor col = rand(700, 1);
    Tensor row = rand(1, 300);
    Tensor nan = rand(300, 517);
    nan.set("17, 4", Float.NaN);
    nan.set("200, 500", Float.NaN);
    Tensor li = randint(-1000, 1000, new long[] {300, 517});
    Tensor lj = randint(-1000, 1000, new long[] {300, 517});
    Tensor flat = rand(200_001);
    Tensor d = rand(90, 40, 30).to(DType.float64);
    Map<String, Supplier<Tensor>> m = new LinkedHashMap<>();
    m.put("add", () -> a.add(b));
    m.put("sub", () -> a.sub(b));
    m.put("mul", () -> a.mul(b));
    m.put("div", () -> a.div(b));
    m.put("add scalar", () -> a.add(2.5));
    m.put("sub scalar", () -> a.sub(2.5));
    m.put("atan2", () -> a.atan2(b));
    m.put("col + row", () -> col.add(row));
    m.put("row - col", () -> row.sub(col));
    m.put("col / row", () -> col.div(row));
    m.put("row * col", () -> row.mul(col));
    m.put("offsets differ", () -> flat.narrow(0, 1, 200_000).add(flat.narrow(0, 0, 200_000)));
    m.put("offsets equal", () -> flat.narrow(0, 1, 200_000).mul(flat.narrow(0, 1, 200_000)));
    m.put("strided", () -> a.get("1:, :-1:2").add(b.get(":-1, 1::2")));
    m.put("transposed copy", () -> a.T().contiguous());
    m.put("in place", () -> a.clone().add_(b));
    m.put("exp", () -> a.mul(20).sub(10).exp());
    m.put("sin", () -> a.sin());
    m.put("gt", () -> a.gt(b));
    m.put("where", () -> where(a.gt(0.5), a, b));
    m.put("int add", () -> li.add(lj));
    m.put("int mul scalar", () -> li.mul(3));
    m.put("float64 sub", () -> d.sub(d.permute(0, 2, 1).contiguous().permute(0, 2, 1)));
    m.put("max()", () -> nan.max());
    m.put("max(1) values", () -> nan.max(1).values());
    m.put("max(1) indices", () -> nan.max(1).indices());
    m.put("min(0) values", () -> a.min(0).values());
    m.put("min(0) indices", () -> a.min(0).indices());
    m.put("argmax(1)", () -> a.argmax(1));
    m.put("argmin()", () -> a.argmin());
    m.put("amax strided", () -> a.get(":, ::3").max());
    m.put("int sum(0)", () -> li.sum(0));
    m.put("int sum()", () -> li.sum());
    m.put("int max(1)", () -> li.max(1).values());
    m.put("int argmax(1)", () -> li.argmax(1));
    m.put("prod(1) int", () -> li.remainder(3).add(1).prod(1));
    m.put("all(1)", () -> a.gt(0.001).all(1));
    m.put("int cumsum(0)", () -> li.cumsum(0));
    m.put("any(0)", () -> a.gt(0.998).any(0));
    return m;
  }

  private static Map<String, Supplier<Tensor>> sums() {
    manual_seed(8);
    Tensor a = rand(300, 517);
    Tensor flat = rand(1_000_003);
    Tensor d = rand(90, 40, 30).to(DType.float64);
    Map<String, Supplier<Tensor>> m = new LinkedHashMap<>();
    m.put("sum()", () -> a.sum());
    m.put("sum() long", () -> flat.sum());
    m.put("sum(0)", () -> a.sum(0));
    Tensor c = rand(70, 40, 90);
    m.put("sum(0, 1)", () -> c.sum(new int[] {1, 0}));
    m.put("mean(0)", () -> c.mean(0));
    m.put("sum(1)", () -> a.sum(1));
    m.put("mean(1)", () -> a.mean(1));
    m.put("sum strided", () -> a.get(":, 1::2").sum(0));
    m.put("sum transposed", () -> a.T().sum(1));
    m.put("float64 sum(0,2)", () -> d.sum(new int[] {0, 2}));
    m.put("prod(0)", () -> a.add(0.5).prod(0));
    Tensor v = rand(517);
    Tensor w = rand(300);
    m.put("dot", () -> flat.dot(flat));
    m.put("mv", () -> a.mv(v));
    m.put("t().mv", () -> a.t().mv(w));
    m.put("vector @ matrix", () -> w.matmul(a));
    m.put("matmul", () -> a.matmul(a.t()));
    m.put("matmul float64", () -> d.matmul(d.transpose(1, 2)));
    m.put("cumsum(1)", () -> a.cumsum(1));
    m.put("cumsum(0)", () -> a.cumsum(0));
    m.put("cumprod(1) float64", () -> d.add(0.5).cumprod(2));
    return m;
  }

  @Test
  void elementwiseExtremesAndIntegerReductionsAreBitIdentical() {
    set_num_threads(1);
    Map<String, Tensor> want = new LinkedHashMap<>();
    cases().forEach((k, v) -> want.put(k, v.get()));
    for (int threads : new int[] {2, 3}) {
      set_num_threads(threads);
      for (Map.Entry<String, Supplier<Tensor>> e : cases().entrySet()) {
        Tensor g = e.getValue().get();
        Tensor w = want.get(e.getKey());
        String what = e.getKey() + " with " + threads + " threads";
        assertEquals(w.dtype(), g.dtype(), what);
        assertEquals(w.shape(), g.shape(), what);
        // Equal, or NaN in both.
        assertTrue(g.eq(w).logical_or(g.isnan().logical_and(w.isnan())).all().booleanValue(), what);
      }
    }
  }

  @Test
  void floatSumsAgreeToRounding() {
    set_num_threads(1);
    Map<String, Tensor> want = new LinkedHashMap<>();
    sums().forEach((k, v) -> want.put(k, v.get()));
    for (int threads : new int[] {2, 3}) {
      set_num_threads(threads);
      for (Map.Entry<String, Supplier<Tensor>> e : sums().entrySet()) {
        Tensor g = e.getValue().get();
        Tensor w = want.get(e.getKey());
        assertEquals(w.dtype(), g.dtype(), e.getKey());
        assertTrue(g.allclose(w, 1e-5, 1e-6), e.getKey() + " with " + threads + " threads");
      }
    }
  }

  @Test
  void float32ProductsMatchFloat64() {
    set_num_threads(2);
    manual_seed(9);
    Tensor a = rand(300, 517);
    Tensor v = rand(517);
    Tensor w = rand(300);
    Tensor x = rand(1_000_003);
    Tensor ad = a.to(DType.float64);
    assertTrue(x.dot(x).to(DType.float64).allclose(x.to(DType.float64).dot(x.to(DType.float64)), 1e-5, 0));
    assertTrue(a.mv(v).to(DType.float64).allclose(ad.mv(v.to(DType.float64)), 1e-5, 0));
    assertTrue(a.t().mv(w).to(DType.float64).allclose(ad.t().mv(w.to(DType.float64)), 1e-5, 0));
    assertTrue(w.matmul(a).to(DType.float64).allclose(w.to(DType.float64).matmul(ad), 1e-5, 0));
    assertTrue(a.sum(0).to(DType.float64).allclose(ad.sum(0), 1e-6, 0));
    Tensor c = rand(70, 40, 90);
    assertTrue(c.sum(new int[] {0, 1}).to(DType.float64)
        .allclose(c.to(DType.float64).sum(new int[] {0, 1}), 1e-6, 0));
  }

  @Test
  void parallelSumMatchesADoubleLoop() {
    set_num_threads(2);
    manual_seed(3);
    Tensor x = rand(1_000_003);
    double want = 0;
    for (double v : x.toDoubleArray()) {
      want += v;
    }
    assertEquals(want, x.sum().doubleValue(), Math.abs(want) * 1e-6);
  }

  @Test
  void longRowExtremesMatchALoopAndKeepNaN() {
    for (int threads : new int[] {1, 2}) {
      set_num_threads(threads);
      manual_seed(4);
      Tensor x = rand(300_007).sub(0.5);
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double v : x.toDoubleArray()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      assertEquals(max, x.max().doubleValue());
      assertEquals(min, x.min().doubleValue());
      x.set("123456", Float.NaN);
      assertTrue(Double.isNaN(x.max().doubleValue()));
      assertTrue(Double.isNaN(x.min().doubleValue()));
    }
  }

  @Test
  void threadCountFollowsPyTorchsRules() {
    set_num_threads(3);
    assertEquals(3, get_num_threads());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> set_num_threads(0));
    assertEquals("set_num_threads expects a positive integer", e.getMessage());
  }
}
