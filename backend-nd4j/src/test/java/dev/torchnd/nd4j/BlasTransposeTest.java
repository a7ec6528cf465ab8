package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchnd.DType;
import dev.torchnd.Tensor;
import dev.torchnd.Torch;
import dev.torchnd.spi.Layout;
import org.junit.jupiter.api.Test;

/**
 * Transposed operands go to BLAS as they lie ({@code CblasTrans}) instead of being gathered into
 * row-major copies: the products must be the same bits as those of the gathered copies (which
 * is what {@code .contiguous()} hands to BLAS), for both operands, float32 and float64, 2-d and
 * batched, at the book MLP's shapes and at ragged ones.
 */
class BlasTransposeTest {

  private static void assertSameBits(Tensor want, Tensor got, String what) {
    assertEquals(want.shape(), got.shape(), what);
    double[] w = want.to(DType.float64).contiguous().toDoubleArray();
    double[] g = got.to(DType.float64).contiguous().toDoubleArray();
    for (int i = 0; i < w.length; i++) {
      if (Double.doubleToLongBits(w[i]) != Double.doubleToLongBits(g[i])) {
        throw new AssertionError(what + " element " + i + ": " + w[i] + " vs " + g[i]);
      }
    }
  }

  @Test
  void transposedOperandsGiveTheBitsOfTheirCopies() {
    Torch.manual_seed(7);
    long[][] shapes = {
      {256, 784, 256}, {256, 256, 784}, {784, 256, 256}, {256, 256, 10}, {10, 256, 256},
      {256, 10, 256}, {64, 64, 64}, {33, 17, 45}, {5, 300, 7}, {2, 2, 2}, {1000, 3, 40}
    };
    for (DType dt : new DType[] {DType.float32, DType.float64}) {
      for (long[] s : shapes) {
        long n = s[0];
        long k = s[1];
        long m = s[2];
        // aT and bT are contiguous; aT.t() and bT.t() are column-major views of them.
        Tensor aT = Torch.randn(new long[] {k, n}).to(dt);
        Tensor bT = Torch.randn(new long[] {m, k}).to(dt);
        Tensor a = aT.t();
        Tensor b = bT.t();
        Tensor ac = a.contiguous();
        Tensor bc = b.contiguous();
        String what = dt + " " + n + "x" + k + "x" + m;
        assertSameBits(ac.mm(bc), a.mm(bc), what + " a transposed");
        assertSameBits(ac.mm(bc), ac.mm(b), what + " b transposed");
        assertSameBits(ac.mm(bc), a.mm(b), what + " both transposed");
      }
      // Batched: transpose(1, 2) of contiguous [B, k, n] stacks.
      Tensor x = Torch.randn(new long[] {3, 40, 24}).to(dt).transpose(1, 2);
      Tensor y = Torch.randn(new long[] {3, 32, 40}).to(dt).transpose(1, 2);
      assertSameBits(x.contiguous().bmm(y.contiguous()), x.bmm(y), dt + " bmm both transposed");
      // A transposed slice has gaps between its columns: still gathered, still equal.
      Tensor z = Torch.randn(new long[] {50, 30}).to(dt).narrow(1, 0, 20).t();
      Tensor w = Torch.randn(new long[] {50, 40}).to(dt);
      assertSameBits(z.contiguous().mm(w), z.mm(w), dt + " gapped transpose");
    }
  }

  @Test
  void onlyGaplessColumnMajorLayoutsCountAsColumnMajor() {
    assertTrue(Blas.columnMajor(new Layout(new long[] {1, 4, 3}, new long[] {12, 1, 4}, 0)));
    assertTrue(!Blas.columnMajor(new Layout(new long[] {1, 4, 3}, new long[] {12, 3, 1}, 0)));
    assertTrue(!Blas.columnMajor(new Layout(new long[] {1, 4, 3}, new long[] {12, 1, 5}, 0)));
    assertTrue(!Blas.columnMajor(new Layout(new long[] {1, 4, 1}, new long[] {4, 1, 4}, 0)));
    assertTrue(!Blas.columnMajor(new Layout(new long[] {1, 4, 3}, new long[] {0, 0, 1}, 0)));
  }
}
