package dev.torchnd.nd4j;

import dev.torchnd.DType;
import dev.torchnd.spi.Layout;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Matrix products through OpenBLAS's {@code cblas_sgemm}/{@code cblas_dgemm} directly: the same
 * OpenBLAS that ND4J bundles, minus ND4J's op machinery. Measured here (2 threads): 256³ fp32
 * 0.39 ms direct vs 3.4–4.5 ms through {@code INDArray.mmuli}; 1024³ 15 ms vs 25–36 ms (PyTorch:
 * 0.45 ms and 20 ms). Operands are packed per matrix into thread-local native scratch memory,
 * which also makes any stride pattern (transposed, expanded) legal for BLAS.
 */
final class Blas {
  private Blas() {}

  private static final ThreadLocal<FloatPointer[]> FLOATS =
      ThreadLocal.withInitial(() -> new FloatPointer[3]);
  private static final ThreadLocal<DoublePointer[]> DOUBLES =
      ThreadLocal.withInitial(() -> new DoublePointer[3]);

  private static final ThreadLocal<float[][]> FLOAT_TMP = ThreadLocal.withInitial(() -> new float[3][]);
  private static final ThreadLocal<double[][]> DOUBLE_TMP =
      ThreadLocal.withInitial(() -> new double[3][]);

  /** Reused packing arrays: a fresh 4 MB array costs ~2 ms here, more than the copy itself. */
  private static float[] tmp(int slot, int n) {
    float[][] t = FLOAT_TMP.get();
    if (t[slot] == null || t[slot].length < n) {
      t[slot] = new float[n];
    }
    return t[slot];
  }

  private static double[] tmpD(int slot, int n) {
    double[][] t = DOUBLE_TMP.get();
    if (t[slot] == null || t[slot].length < n) {
      t[slot] = new double[n];
    }
    return t[slot];
  }

  private static FloatPointer floats(int slot, long n) {
    FloatPointer[] p = FLOATS.get();
    if (p[slot] == null || p[slot].capacity() < n) {
      if (p[slot] != null) {
        p[slot].close();
      }
      p[slot] = new FloatPointer(Math.max(n, 1));
    }
    return p[slot];
  }

  private static DoublePointer doubles(int slot, long n) {
    DoublePointer[] p = DOUBLES.get();
    if (p[slot] == null || p[slot].capacity() < n) {
      if (p[slot] != null) {
        p[slot].close();
      }
      p[slot] = new DoublePointer(Math.max(n, 1));
    }
    return p[slot];
  }

  /**
   * True when the [r, c] matrices of {@code l} are column-major with no gaps (a transposed view
   * of a contiguous matrix, such as {@code weight.t()} or {@code input.t()}): they are handed to
   * BLAS as they lie, with {@code CblasTrans}, instead of being gathered element by element into
   * row-major order. Row-major matrices keep {@code CblasNoTrans}; anything else is gathered.
   */
  static boolean columnMajor(Layout l) {
    int r = (int) l.shape()[1];
    int c = (int) l.shape()[2];
    long rs = l.strides()[1];
    long cs = l.strides()[2];
    boolean rowMajor = (cs == 1 || c == 1) && (rs == c || r == 1);
    return !rowMajor && (rs == 1 || r == 1) && (cs == r || c == 1);
  }

  /** Copies matrix {@code batchIndex} of a [B, r, c] layout into native scratch {@code p}. */
  private static void packF(Access.F32 src, Layout l, long batchIndex, int slot, FloatPointer p) {
    int r = (int) l.shape()[1];
    int c = (int) l.shape()[2];
    long base = l.offset() + batchIndex * l.strides()[0];
    long rs = l.strides()[1];
    long cs = l.strides()[2];
    if (src.arr != null && (((cs == 1 || c == 1) && (rs == c || r == 1)) || columnMajor(l))) {
      // Row-major, or column-major for CblasTrans: the r * c floats lie in one run.
      p.position(0).put(src.arr, (int) base, r * c);
      return;
    }
    float[] tmp = tmp(slot, r * c);
    int k = 0;
    for (int i = 0; i < r; i++) {
      int ri = (int) (base + i * rs);
      if (cs == 1) {
        if (src.arr != null) {
          System.arraycopy(src.arr, ri, tmp, k, c);
        } else {
          src.b.get(ri, tmp, k, c);
        }
        k += c;
      } else if (src.arr != null) {
        float[] a = src.arr;
        for (int j = 0; j < c; j++) {
          tmp[k++] = a[(int) (ri + j * cs)];
        }
      } else {
        for (int j = 0; j < c; j++) {
          tmp[k++] = src.b.get((int) (ri + j * cs));
        }
      }
    }
    p.position(0).put(tmp, 0, r * c);
  }

  /** float64 twin of {@link #packF}; other storages read through {@link Access#getD}. */
  private static void packD(Access src, Layout l, long batchIndex, int slot, DoublePointer p) {
    int r = (int) l.shape()[1];
    int c = (int) l.shape()[2];
    long base = l.offset() + batchIndex * l.strides()[0];
    long rs = l.strides()[1];
    long cs = l.strides()[2];
    Access.F64 f = src instanceof Access.F64 d ? d : null;
    if (f != null && f.arr != null
        && (((cs == 1 || c == 1) && (rs == c || r == 1)) || columnMajor(l))) {
      p.position(0).put(f.arr, (int) base, r * c);
      return;
    }
    double[] tmp = tmpD(slot, r * c);
    int k = 0;
    for (int i = 0; i < r; i++) {
      int ri = (int) (base + i * rs);
      if (f != null && cs == 1) {
        if (f.arr != null) {
          System.arraycopy(f.arr, ri, tmp, k, c);
        } else {
          f.b.get(ri, tmp, k, c);
        }
        k += c;
      } else if (f != null && f.arr != null) {
        double[] a = f.arr;
        for (int j = 0; j < c; j++) {
          tmp[k++] = a[(int) (ri + j * cs)];
        }
      } else {
        for (int j = 0; j < c; j++) {
          tmp[k++] = src.getD((int) (ri + j * cs));
        }
      }
    }
    p.position(0).put(tmp, 0, r * c);
  }

  /** [B, n, k] x [B, k, m] into [B, n, m] for float32/float64; false for other dtypes. */
  /** OpenBLAS's thread count as last set here; follows {@code torch.set_num_threads}. */
  private static int blasThreads = -1;

  private static synchronized void syncThreads() {
    int t = Parallel.threads();
    if (t != blasThreads) {
      openblas_nolapack.blas_set_num_threads(t);
      blasThreads = t;
    }
  }

  /**
   * {@code o = a @ b}, or {@code o = c + a @ b} when {@code c} is not null: {@code c} (out's
   * shape, any strides) is copied into the result buffer and gemm runs with {@code beta = 1}, as
   * PyTorch's addmm calls it.
   */
  static boolean gemm(DType dt, Access a, Layout al, Access b, Layout bl, Access c, Layout cl,
      Access o, Layout ol) {
    if (dt == DType.float32 || dt == DType.float64) {
      syncThreads();
    }
    int n = (int) al.shape()[1];
    int k = (int) al.shape()[2];
    int m = (int) bl.shape()[2];
    long batch = al.shape()[0];
    if (dt == DType.float32) {
      Access.F32 fa = (Access.F32) a;
      Access.F32 fb = (Access.F32) b;
      FloatPointer pa = floats(0, (long) n * k);
      FloatPointer pb = floats(1, (long) k * m);
      FloatPointer pc = floats(2, (long) n * m);
      boolean ta = fa.arr != null && columnMajor(al);
      boolean tb = fb.arr != null && columnMajor(bl);
      if (c != null && !(c instanceof Access.F32)) {
        return false;
      }
      for (long bi = 0; bi < batch; bi++) {
        packF(fa, al, bi, 0, pa);
        packF(fb, bl, bi, 1, pb);
        if (c != null) {
          packRowMajorF((Access.F32) c, cl, bi, pc);
        }
        openblas_nolapack.cblas_sgemm(
            openblas_nolapack.CblasRowMajor, ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
            tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, n, m, k, 1f,
            pa.position(0), ta ? n : k, pb.position(0), tb ? k : m, c != null ? 1f : 0f,
            pc.position(0), m);
        unpackF(pc, o, ol, bi, n, m);
      }
      return true;
    }
    if (dt == DType.float64) {
      DoublePointer pa = doubles(0, (long) n * k);
      DoublePointer pb = doubles(1, (long) k * m);
      DoublePointer pc = doubles(2, (long) n * m);
      boolean ta = a instanceof Access.F64 da && da.arr != null && columnMajor(al);
      boolean tb = b instanceof Access.F64 db && db.arr != null && columnMajor(bl);
      for (long bi = 0; bi < batch; bi++) {
        packD(a, al, bi, 0, pa);
        packD(b, bl, bi, 1, pb);
        if (c != null) {
          packRowMajorD(c, cl, bi, pc);
        }
        openblas_nolapack.cblas_dgemm(
            openblas_nolapack.CblasRowMajor, ta ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
            tb ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans, n, m, k, 1d,
            pa.position(0), ta ? n : k, pb.position(0), tb ? k : m, c != null ? 1d : 0d,
            pc.position(0), m);
        unpackD(pc, o, ol, bi, n, m);
      }
      return true;
    }
    return false;
  }

  /**
   * Matrix {@code bi} of {@code c} into {@code p} row-major (gemm's C with {@code ldc = m}):
   * {@link #packF} with its column-major shortcut left out, since C has no transpose flag.
   */
  private static void packRowMajorF(Access.F32 c, Layout cl, long bi, FloatPointer p) {
    if (columnMajor(cl)) {
      // Gathered element by element (slot 2's scratch is free until the unpack).
      packGatherF(c, cl, bi, p);
      return;
    }
    packF(c, cl, bi, 2, p);
  }

  private static void packGatherF(Access.F32 src, Layout l, long bi, FloatPointer p) {
    int r = (int) l.shape()[1];
    int cols = (int) l.shape()[2];
    long base = l.offset() + bi * l.strides()[0];
    long rs = l.strides()[1];
    long cs = l.strides()[2];
    float[] tmp = tmp(2, r * cols);
    int k = 0;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < cols; j++) {
        tmp[k++] = (float) src.getD((int) (base + i * rs + j * cs));
      }
    }
    p.position(0).put(tmp, 0, r * cols);
  }

  /** float64 twin of {@link #packRowMajorF}. */
  private static void packRowMajorD(Access c, Layout cl, long bi, DoublePointer p) {
    if (columnMajor(cl)) {
      int r = (int) cl.shape()[1];
      int cols = (int) cl.shape()[2];
      long base = cl.offset() + bi * cl.strides()[0];
      double[] tmp = tmpD(2, r * cols);
      int k = 0;
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < cols; j++) {
          tmp[k++] = c.getD((int) (base + i * cl.strides()[1] + j * cl.strides()[2]));
        }
      }
      p.position(0).put(tmp, 0, r * cols);
      return;
    }
    packD(c, cl, bi, 2, p);
  }

  private static void unpackF(FloatPointer pc, Access o, Layout ol, long bi, int n, int m) {
    long base = ol.offset() + bi * ol.strides()[0];
    long rs = ol.strides()[1];
    long cs = ol.strides()[2];
    if (o instanceof Access.F32 fo && fo.arr != null && (cs == 1 || m == 1)
        && (rs == m || n == 1)) {
      pc.position(0).get(fo.arr, (int) base, n * m);
      return;
    }
    float[] tc = tmp(2, n * m);
    pc.position(0).get(tc, 0, n * m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        o.setD((int) (base + i * rs + j * cs), tc[i * m + j]);
      }
    }
  }

  private static void unpackD(DoublePointer pc, Access o, Layout ol, long bi, int n, int m) {
    long base = ol.offset() + bi * ol.strides()[0];
    long rs = ol.strides()[1];
    long cs = ol.strides()[2];
    if (o instanceof Access.F64 fo && fo.arr != null && (cs == 1 || m == 1)
        && (rs == m || n == 1)) {
      pc.position(0).get(fo.arr, (int) base, n * m);
      return;
    }
    double[] tc = tmpD(2, n * m);
    pc.position(0).get(tc, 0, n * m);
    if (o instanceof Access.F64 fo && fo.arr != null) {
      double[] arr = fo.arr;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          arr[(int) (base + i * rs + j * cs)] = tc[i * m + j];
        }
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        o.setD((int) (base + i * rs + j * cs), tc[i * m + j]);
      }
    }
  }
}
