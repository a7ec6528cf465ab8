package dev.torchnd;

import dev.torchnd.spi.Layout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * outer, cross, trace, det, inverse, einsum, isinf/isfinite, nan_to_num: compositions of
 * primitives with PyTorch's checks and node names, plus the backend's LU kernels for det and
 * inverse.
 */
final class MathOps {
  private MathOps() {}

  static Tensor outer(Tensor a, Tensor b) {
    check1d(a, "self", "outer");
    check1d(b, "vec2", "outer");
    return a.reshape(a.shape[0], 1).mul(b);
  }

  private static void check1d(Tensor t, String arg, String fn) {
    if (t.dim() != 1) {
      throw new IllegalArgumentException(
          fn + ": Expected 1-D argument " + arg + ", but got " + t.dim() + "-D");
    }
  }

  static Tensor cross(Tensor a, Tensor b, Integer dim) {
    int d0;
    if (dim != null) {
      d0 = dim;
    } else {
      d0 = -1;
      for (int i = 0; i < a.dim(); i++) {
        if (a.shape[i] == 3) {
          d0 = i;
          break;
        }
      }
      if (d0 < 0) {
        throw new IllegalArgumentException("no dimension of size 3 in input");
      }
    }
    if (a.dim() != b.dim()) {
      throw new IllegalArgumentException("linalg.cross: inputs must have the same number of dimensions.");
    }
    int d = Shapes.wrapDim(d0, a.dim());
    if (a.shape[d] != 3 || b.shape[d] != 3) {
      throw new IllegalArgumentException(
          "linalg.cross: inputs dimension " + d0 + " must have length 3. Got " + a.shape[d] + " and "
              + b.shape[d]);
    }
    long[] shape = Shapes.broadcast(a.shapeArray(), b.shapeArray());
    Tensor x = a.expand(shape);
    Tensor y = b.expand(shape);
    Tensor[] c = new Tensor[3];
    for (int i = 0; i < 3; i++) {
      int j = (i + 1) % 3;
      int k = (i + 2) % 3;
      c[i] = x.select(d, j).mul(y.select(d, k)).sub(x.select(d, k).mul(y.select(d, j)));
    }
    return Autograd.rename(Torch.stack(c, d), "LinalgCrossBackward0");
  }

  static Tensor trace(Tensor t) {
    if (t.dim() != 2) {
      throw new IllegalArgumentException("trace: expected a matrix, but got tensor with dim " + t.dim());
    }
    if (t.dtype() == DType.bool || t.dtype() == DType.float16) {
      throw new UnsupportedOperationException(
          "\"trace\" not implemented for '" + t.dtype().scalarTypeName() + "'");
    }
    return Autograd.rename(IndexOps.diag(t, 0).sum(), "TraceBackward0");
  }

  private static void squareFloat(Tensor a, String fn) {
    if (a.dim() < 2) {
      throw new IllegalArgumentException(
          fn + ": The input tensor A must have at least 2 dimensions.");
    }
    long r = a.shape[a.dim() - 2];
    long c = a.shape[a.dim() - 1];
    if (r != c) {
      throw new IllegalArgumentException(
          fn + ": A must be batches of square matrices, but they are " + r + " by " + c + " matrices");
    }
    if (!a.dtype().is_floating_point()) {
      throw new IllegalArgumentException(
          fn + ": Expected a floating point or complex tensor as input. Got " + a.dtype().scalarTypeName());
    }
    if (a.dtype() == DType.float16 || a.dtype() == DType.bfloat16) {
      throw new UnsupportedOperationException(
          fn.equals("linalg.inv")
              ? fn + ": Low precision dtypes not supported. Got " + a.dtype().scalarTypeName()
              : "\"lu_cpu\" not implemented for '" + a.dtype().scalarTypeName() + "'");
    }
  }

  private static long[] batchShape(Tensor a) {
    return Arrays.copyOf(a.shapeArray(), a.dim() - 2);
  }

  static Tensor det(Tensor a) {
    squareFloat(a, "linalg.det");
    long n = a.shape[a.dim() - 1];
    long[] bs = batchShape(a);
    long batch = Shapes.numel(bs);
    Tensor out = Tensor.uninit(bs, a.dtype(), a.device()); // device support
    if (batch > 0) {
      if (n == 0) {
        out.fill_(1L);
      } else {
        Layout l = a.reshape(batch, n, n).layout();
        Tensor src = a.reshape(batch, n, n);
        Backends.get().det(src.storage, l, out.storage);
      }
    }
    return Autograd.record(
        out,
        "LinalgDetBackward0",
        new Tensor[] {a},
        g -> {
          Tensor scale = g.mul(out).unsqueeze(-1).unsqueeze(-1);
          return new Tensor[] {scale.mul(inverse(a).mT())};
        },
        a,
        out);
  }

  static Tensor inverse(Tensor a) {
    squareFloat(a, "linalg.inv");
    long n = a.shape[a.dim() - 1];
    long[] bs = batchShape(a);
    long batch = Shapes.numel(bs);
    Tensor out = Tensor.uninit(a.shapeArray(), a.dtype(), a.device()); // device support
    if (batch > 0 && n > 0) {
      Tensor src = a.reshape(batch, n, n);
      long[] info = new long[(int) batch];
      Backends.get().inverse(src.storage, src.layout(), out.storage, info);
      for (int b = 0; b < batch; b++) {
        if (info[b] != 0) {
          throw new IllegalArgumentException(
              "linalg.inv: " + (a.dim() > 2 ? "(Batch element " + b + "): " : "")
                  + "The diagonal element " + info[b]
                  + " is zero, the inversion could not be completed because the input matrix is"
                  + " singular.");
        }
      }
    }
    return Autograd.record(
        out,
        "LinalgInvExBackward0",
        new Tensor[] {a},
        g -> {
          Tensor it = out.mT();
          return new Tensor[] {it.matmul(g).matmul(it).neg()};
        },
        out);
  }

  // ------------------------------------------------------------------ elementwise checks

  static Tensor isinf(Tensor t) {
    if (!t.dtype().is_floating_point()) {
      return Torch.zeros(t.shapeArray(), DType.bool);
    }
    return t.abs().eq(Double.POSITIVE_INFINITY);
  }

  static Tensor isfinite(Tensor t) {
    if (!t.dtype().is_floating_point()) {
      return Torch.ones(t.shapeArray(), DType.bool);
    }
    return t.eq(t).logical_and(t.abs().ne(Double.POSITIVE_INFINITY));
  }

  static Tensor nanToNum(Tensor t, Double nan, Double posinf, Double neginf) {
    if (!t.dtype().is_floating_point()) {
      return Autograd.rename(t.clone(), "NanToNumBackward0");
    }
    double big = maxOf(t.dtype());
    Tensor x = t.detach();
    Tensor nanMask = x.isnan();
    Tensor posMask = x.eq(Double.POSITIVE_INFINITY);
    Tensor negMask = x.eq(Double.NEGATIVE_INFINITY);
    Tensor r = Torch.where(nanMask, Torch.full(new long[0], nan == null ? 0.0 : nan, t.dtype()), t);
    r = Torch.where(posMask, Torch.full(new long[0], posinf == null ? big : posinf, t.dtype()), r);
    r = Torch.where(negMask, Torch.full(new long[0], neginf == null ? -big : neginf, t.dtype()), r);
    return Autograd.rename(r, "NanToNumBackward0");
  }

  private static double maxOf(DType t) {
    return switch (t) {
      case float64 -> Double.MAX_VALUE;
      case float16 -> 65504;
      case bfloat16 -> 3.3895313892515355E38;
      default -> Float.MAX_VALUE;
    };
  }

  // ------------------------------------------------------------------ einsum

  private static final int ELL = 52;

  private static int label(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return 26 + (c - 'a');
    }
    throw new IllegalArgumentException(
        "einsum(): invalid subscript given at index " + 0
            + " in the equation string, subscripts must be in [a-zA-Z]");
  }

  /** Subscripts of one term: labels, with the ellipsis as -1 (at most once). */
  private static List<Integer> parseTerm(String term, boolean output, int index) {
    List<Integer> out = new ArrayList<>();
    boolean ell = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (c == '.') {
        if (ell || i + 2 >= term.length() || term.charAt(i + 1) != '.' || term.charAt(i + 2) != '.') {
          throw new IllegalArgumentException(
              "einsum(): found '.' for " + (output ? "output" : "operand " + index)
                  + " that is not part of any ellipsis");
        }
        ell = true;
        out.add(-1);
        i += 2;
        continue;
      }
      out.add(label(c));
    }
    return out;
  }

  static Tensor einsum(String equation, Tensor[] operands) {
    String eq = equation;
    int arrow = eq.indexOf("->");
    String lhs = arrow < 0 ? eq : eq.substring(0, arrow);
    String[] terms = lhs.split(",", -1);
    if (operands.length == 0) {
      throw new IllegalArgumentException("einsum(): must provide at least one operand");
    }
    if (terms.length > operands.length) {
      throw new IllegalArgumentException(
          "einsum(): fewer operands were provided than specified in the equation");
    }
    if (terms.length < operands.length) {
      throw new IllegalArgumentException(
          "einsum(): more operands were provided than specified in the equation");
    }
    int nOps = operands.length;
    List<List<Integer>> raw = new ArrayList<>();
    int ellDims = 0;
    for (int i = 0; i < nOps; i++) {
      List<Integer> t = parseTerm(terms[i], false, i);
      raw.add(t);
      boolean hasEll = t.contains(-1);
      int nLabels = t.size() - (hasEll ? 1 : 0);
      int nd = operands[i].dim();
      if (hasEll ? nLabels > nd : nLabels != nd) {
        throw new IllegalArgumentException(
            "einsum(): the number of subscripts in the equation (" + nLabels
                + (hasEll ? ") is more than the number of dimensions (" : ") does not match the number of dimensions (")
                + nd + ") for operand " + i + (hasEll ? "" : " and no ellipsis was given"));
      }
      if (hasEll) {
        ellDims = Math.max(ellDims, nd - nLabels);
      }
    }
    // Expand each term's ellipsis into labels ELL.. aligned to the right.
    List<int[]> labels = new ArrayList<>();
    int[] count = new int[ELL + ellDims];
    for (int i = 0; i < nOps; i++) {
      List<Integer> t = raw.get(i);
      int nd = operands[i].dim();
      int[] ls = new int[nd];
      int p = 0;
      for (int x : t) {
        if (x == -1) {
          int covered = nd - (t.size() - 1);
          for (int k = 0; k < covered; k++) {
            ls[p++] = ELL + ellDims - covered + k;
          }
        } else {
          ls[p++] = x;
        }
      }
      for (int x : ls) {
        count[x]++;
      }
      labels.add(ls);
    }
    long[] seen = new long[ELL + ellDims];
    for (int i = 0; i < nOps; i++) {
      int[] ls = labels.get(i);
      long[] mine = new long[ELL + ellDims];
      for (int k = 0; k < ls.length; k++) {
        int x = ls[k];
        long size = operands[i].shape[k];
        if (mine[x] != 0 && mine[x] != size + 1) {
          throw new IllegalArgumentException(
              "einsum(): subscript " + letter(x) + " is repeated for operand " + i
                  + " but the sizes don't match, " + size + " != " + (mine[x] - 1));
        }
        mine[x] = size + 1;
      }
      for (int k = 0; k < ls.length; k++) {
        int x = ls[k];
        long size = operands[i].shape[k];
        if (seen[x] == 0 || seen[x] == 2) {
          seen[x] = size + 1;
        } else if (size != 1 && seen[x] != size + 1) {
          throw new IllegalArgumentException(
              "einsum(): subscript " + letter(x) + " has size " + size + " for operand " + i
                  + " which does not broadcast with previously seen size " + (seen[x] - 1));
        }
      }
    }
    List<Integer> outLabels = new ArrayList<>();
    if (arrow >= 0) {
      for (int x : parseTerm(eq.substring(arrow + 2), true, 0)) {
        if (x == -1) {
          for (int k = 0; k < ellDims; k++) {
            outLabels.add(ELL + k);
          }
        } else {
          if (count[x] == 0) {
            throw new IllegalArgumentException(
                "einsum(): output subscript " + letter(x)
                    + " does not appear in the equation for any input operand");
          }
          if (outLabels.contains(x)) {
            throw new IllegalArgumentException(
                "einsum(): output subscript " + letter(x) + " appears more than once in the output");
          }
          outLabels.add(x);
        }
      }
    } else {
      for (int k = 0; k < ellDims; k++) {
        outLabels.add(ELL + k);
      }
      for (int x = 0; x < ELL; x++) {
        if (count[x] == 1) {
          outLabels.add(x);
        }
      }
    }
    // Per operand: take repeated-label diagonals.
    Tensor[] ops = new Tensor[nOps];
    List<List<Integer>> opLabels = new ArrayList<>();
    for (int i = 0; i < nOps; i++) {
      Tensor t = operands[i];
      List<Integer> ls = new ArrayList<>();
      for (int x : labels.get(i)) {
        ls.add(x);
      }
      while (true) {
        int a = -1;
        int b = -1;
        for (int p = 0; p < ls.size() && a < 0; p++) {
          for (int q = p + 1; q < ls.size(); q++) {
            if (ls.get(p).equals(ls.get(q))) {
              a = p;
              b = q;
              break;
            }
          }
        }
        if (a < 0) {
          break;
        }
        t = diagonal(t, a, b);
        ls.remove(b);
      }
      ops[i] = t;
      opLabels.add(ls);
    }
    if (nOps == 1) {
      List<Integer> ls = opLabels.get(0);
      int[] perm = new int[ls.size()];
      int p = 0;
      for (int x : outLabels) {
        perm[p++] = ls.indexOf(x);
      }
      int kept = p;
      for (int k = 0; k < ls.size(); k++) {
        if (!outLabels.contains(ls.get(k))) {
          perm[p++] = k;
        }
      }
      Tensor r = ops[0].permute(perm);
      if (kept < ls.size()) {
        int[] sumDims = new int[ls.size() - kept];
        for (int k = 0; k < sumDims.length; k++) {
          sumDims[k] = kept + k;
        }
        r = r.sum(sumDims);
      }
      return r;
    }
    Tensor cur = ops[0];
    List<Integer> curL = opLabels.get(0);
    for (int i = 1; i < nOps; i++) {
      Tensor nxt = ops[i];
      List<Integer> nxtL = opLabels.get(i);
      List<Integer> later = new ArrayList<>(outLabels);
      for (int j = i + 1; j < nOps; j++) {
        later.addAll(opLabels.get(j));
      }
      // Labels of one side only that nothing later needs are summed out first.
      Object[] c = sumOutLocal(cur, curL, nxtL, later);
      cur = (Tensor) c[0];
      curL = castList(c[1]);
      c = sumOutLocal(nxt, nxtL, curL, later);
      nxt = (Tensor) c[0];
      nxtL = castList(c[1]);
      List<Integer> batch = new ArrayList<>();
      List<Integer> contract = new ArrayList<>();
      List<Integer> lo = new ArrayList<>();
      List<Integer> ro = new ArrayList<>();
      for (int x : curL) {
        if (nxtL.contains(x)) {
          (later.contains(x) ? batch : contract).add(x);
        } else {
          lo.add(x);
        }
      }
      for (int x : nxtL) {
        if (!curL.contains(x)) {
          ro.add(x);
        }
      }
      if (contract.isEmpty()) {
        List<Integer> union = new ArrayList<>(curL);
        for (int x : nxtL) {
          if (!union.contains(x)) {
            union.add(x);
          }
        }
        if (i == nOps - 1 && union.containsAll(outLabels) && outLabels.containsAll(union)) {
          union = new ArrayList<>(outLabels);
        }
        cur = align(cur, curL, union).mul(align(nxt, nxtL, union));
        curL = union;
        continue;
      }
      long[] sizes = new long[ELL + ellDims];
      for (int k = 0; k < curL.size(); k++) {
        sizes[curL.get(k)] = cur.shape[k];
      }
      for (int k = 0; k < nxtL.size(); k++) {
        int x = nxtL.get(k);
        if (sizes[x] == 0 && !curL.contains(x) || sizes[x] == 1) {
          sizes[x] = nxt.shape[k];
        } else if (nxt.shape[k] != 1 && nxt.shape[k] != sizes[x]) {
          throw new IllegalArgumentException(
              "einsum(): operands do not broadcast with remapped shapes [original->remapped]: "
                  + Shapes.list(operands[0].shapeArray()) + " and " + Shapes.list(operands[i].shapeArray()));
        }
      }
      List<Integer> lorder = new ArrayList<>(batch);
      lorder.addAll(lo);
      lorder.addAll(contract);
      List<Integer> rorder = new ArrayList<>(batch);
      rorder.addAll(contract);
      rorder.addAll(ro);
      Tensor l = expandTo(cur.permute(order(curL, lorder)), lorder, sizes);
      Tensor r = expandTo(nxt.permute(order(nxtL, rorder)), rorder, sizes);
      long b = prod(batch, sizes);
      long m = prod(lo, sizes);
      long k = prod(contract, sizes);
      long n = prod(ro, sizes);
      Tensor prodT = l.reshape(b, m, k).bmm(r.reshape(b, k, n));
      List<Integer> resL = new ArrayList<>(batch);
      resL.addAll(lo);
      resL.addAll(ro);
      long[] resShape = new long[resL.size()];
      for (int q = 0; q < resShape.length; q++) {
        resShape[q] = sizes[resL.get(q)];
      }
      cur = prodT.view(resShape);
      curL = resL;
    }
    // Labels left that the output does not name are summed; then the output order.
    List<Integer> sumL = new ArrayList<>();
    for (int x : curL) {
      if (!outLabels.contains(x)) {
        sumL.add(x);
      }
    }
    if (!sumL.isEmpty()) {
      int[] dims = new int[sumL.size()];
      for (int q = 0; q < dims.length; q++) {
        dims[q] = curL.indexOf(sumL.get(q));
      }
      cur = cur.sum(dims);
      List<Integer> rest = new ArrayList<>(curL);
      rest.removeAll(sumL);
      curL = rest;
    }
    if (!curL.equals(outLabels)) {
      cur = cur.permute(order(curL, outLabels));
    }
    return cur;
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> castList(Object o) {
    return (List<Integer>) o;
  }

  private static String letter(int x) {
    if (x >= ELL) {
      return "...";
    }
    return String.valueOf((char) (x < 26 ? 'A' + x : 'a' + x - 26));
  }

  private static Object[] sumOutLocal(Tensor t, List<Integer> ls, List<Integer> other, List<Integer> later) {
    List<Integer> drop = new ArrayList<>();
    for (int x : ls) {
      if (!other.contains(x) && !later.contains(x)) {
        drop.add(x);
      }
    }
    if (drop.isEmpty()) {
      return new Object[] {t, ls};
    }
    int[] dims = new int[drop.size()];
    for (int q = 0; q < dims.length; q++) {
      dims[q] = ls.indexOf(drop.get(q));
    }
    List<Integer> rest = new ArrayList<>(ls);
    rest.removeAll(drop);
    return new Object[] {t.sum(dims), rest};
  }

  private static int[] order(List<Integer> from, List<Integer> to) {
    int[] p = new int[to.size()];
    for (int q = 0; q < p.length; q++) {
      p[q] = from.indexOf(to.get(q));
    }
    return p;
  }

  private static long prod(List<Integer> ls, long[] sizes) {
    long p = 1;
    for (int x : ls) {
      p *= sizes[x];
    }
    return p;
  }

  private static Tensor expandTo(Tensor t, List<Integer> ls, long[] sizes) {
    long[] target = new long[ls.size()];
    boolean same = true;
    for (int q = 0; q < target.length; q++) {
      target[q] = sizes[ls.get(q)];
      same &= target[q] == t.shape[q];
    }
    return same ? t : t.expand(target);
  }

  /** {@code t} with its dims put in {@code union} order, size 1 for labels it lacks. */
  private static Tensor align(Tensor t, List<Integer> ls, List<Integer> union) {
    List<Integer> present = new ArrayList<>();
    for (int x : union) {
      if (ls.contains(x)) {
        present.add(x);
      }
    }
    Tensor r = t;
    if (!present.equals(ls)) {
      r = r.permute(order(ls, present));
    }
    if (present.size() == union.size()) {
      return r;
    }
    long[] shape = new long[union.size()];
    for (int q = 0; q < shape.length; q++) {
      int x = union.get(q);
      shape[q] = present.contains(x) ? r.shape[present.indexOf(x)] : 1;
    }
    return r.reshape(shape);
  }

  /** The diagonal over dims {@code a < b} (a copy), placed at {@code a}; dim {@code b} removed. */
  private static Tensor diagonal(Tensor t, int a, int b) {
    long n = Math.min(t.shape[a], t.shape[b]);
    int nd = t.dim();
    long[] outShape = new long[nd - 1];
    for (int q = 0, p = 0; q < nd; q++) {
      if (q != b) {
        outShape[p++] = q == a ? n : t.shape[q];
      }
    }
    long[] cs = Layout.contiguousStrides(t.shapeArray());
    long total = Shapes.numel(outShape);
    long[] lin = new long[(int) total];
    long[] pos = new long[outShape.length];
    for (int k = 0; k < total; k++) {
      long o = 0;
      for (int q = 0, p = 0; q < nd; q++) {
        if (q == b) {
          o += pos[a] * cs[q];
        } else {
          o += pos[p] * cs[q];
          p++;
        }
      }
      lin[k] = o;
      for (int q = outShape.length - 1; q >= 0; q--) {
        if (++pos[q] < outShape[q]) {
          break;
        }
        pos[q] = 0;
      }
    }
    return IndexOps.take(t, outShape, lin, "DiagonalBackward0");
  }
}
