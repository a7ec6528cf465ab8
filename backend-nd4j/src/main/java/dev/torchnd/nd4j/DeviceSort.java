package dev.torchnd.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Sorting for the {@code cuda} device as PyTorch 1.13's CUDA build sorts, in ND4J ops over
 * contiguous {@code [rows, len]} arrays (each row sorted on its own).
 *
 * <p>PyTorch's CUDA {@code sort} (aten/src/ATen/native/cuda/Sort.cpp, Sort.cu, SortUtils.cuh): a
 * row of at most 32 elements without {@code stable=True} goes through a 32-wide bitonic network
 * ({@code bitonicSortKVInPlace}), which is not stable but is deterministic, and is reproduced here
 * step by step (bitonic); every other row is sorted stably (cub's block radix sort up to
 * 4096 elements, its segmented radix sort beyond), reproduced by {@link #stable}. {@code topk}
 * (TensorTopK.cu) gathers the elements strictly beyond the k-th value in index order, then the
 * elements equal to it in index order, and, when {@code sorted}, sorts those k with the same
 * unstable small sort ({@link #topk}).
 *
 * <p>The stable sort is n log n: each row's keys become distinct int64 values that carry their
 * index ({@code key * 2^b + index}, b bits for an index), so libnd4j's own (unstable) sort along a dimension
 * ({@code sortTad}) puts them in exactly the stable order; 64-bit keys (float64, int64) go through
 * two such passes, low 32 bits then high 32 bits (LSD radix). Floats compare as PyTorch's
 * comparators do: {@code -0.0 == 0.0}, every NaN equal and above every number.
 */
final class DeviceSort {
  private DeviceSort() {}

  /** libnd4j's int64 sort along dim 1 of a contiguous [rows, len] array, ascending, in place. */
  private static INDArray sortRows(INDArray c) {
    return Nd4j.sort(c, 1, true);
  }

  private static INDArray op(String name, INDArray... in) {
    return Nd4j.exec(DynamicCustomOp.builder(name).addInputs(in).build())[0];
  }

  private static INDArray select(INDArray cond, INDArray a, INDArray b) {
    return op("select", cond, a, b);
  }

  private static INDArray bitcast(INDArray x, DataType to) {
    return Nd4j.exec(DynamicCustomOp.builder("bitcast").addInputs(x)
        .addIntegerArguments(to.toInt()).build())[0];
  }

  /** {@code [1, len]} int64 0..len-1. */
  private static INDArray iota(long len) {
    return Nd4j.arange(0, len).castTo(DataType.LONG).reshape(1, len);
  }

  /** {@code x[r, idx[r, j]]} for int64 {@code idx} of shape [rows, m]. */
  static INDArray takeRows(INDArray x, INDArray idx) {
    long rows = x.size(0);
    long len = x.size(1);
    long m = idx.size(1);
    INDArray flat = idx.add(Nd4j.arange(0, rows).castTo(DataType.LONG).muli(len).reshape(rows, 1))
        .reshape(rows * m);
    INDArray src = x.reshape(rows * len);
    boolean bool = src.dataType() == DataType.BOOL;
    INDArray in = bool ? src.castTo(DataType.BYTE) : src;
    INDArray r = Nd4j.exec(DynamicCustomOp.builder("gather").addInputs(in, flat)
        .addIntegerArguments(0).build())[0];
    return (bool ? r.neq(0) : r).reshape(rows, m);
  }

  /**
   * Order-preserving int64 keys of {@code x}'s values (float16/bfloat16 already in float32), and
   * whether they need 64 bits. {@code zeroDistinct}: -0.0 ranks below 0.0 (the radix keys of
   * topk's selection, {@code TopKTypeConfig::convert}); otherwise they are equal. Every NaN maps to
   * one key above +inf.
   */
  private static Object[] keys(INDArray x, boolean zeroDistinct) {
    DataType dt = x.dataType();
    if (dt == DataType.FLOAT || dt == DataType.DOUBLE) {
      boolean dbl = dt == DataType.DOUBLE;
      INDArray v = select(x.isNaN(), Nd4j.valueArrayOf(x.shape(), Double.NaN, dt), x);
      if (!zeroDistinct) {
        v = select(v.eq(0), Nd4j.zeros(dt, x.shape()), v);
      }
      INDArray bits = bitcast(v, dbl ? DataType.LONG : DataType.INT);
      if (!dbl) {
        bits = bits.castTo(DataType.LONG);
      }
      // Sign-magnitude to two's complement order: negative floats flip their magnitude bits.
      long mag = dbl ? Long.MAX_VALUE : 0x7FFFFFFFL;
      INDArray flipped = op("bitwise_xor", bits, Nd4j.scalar(mag));
      return new Object[] {select(bits.lt(0), flipped, bits), dbl};
    }
    boolean wide = dt == DataType.LONG || dt == DataType.UINT32 || dt == DataType.UINT64;
    INDArray k = dt == DataType.BOOL ? x.castTo(DataType.INT).castTo(DataType.LONG)
        : x.castTo(DataType.LONG);
    return new Object[] {k, wide};
  }

  /** Bits that hold an index below {@code len}. */
  private static int indexBits(long len) {
    return len <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(len - 1);
  }

  /**
   * The low {@code bits} bits of {@code c}: the index a composite key carries (libnd4j's floormod
   * on int64 goes through floating point and is wrong past 2^24, the bitwise ops are exact).
   */
  private static INDArray lowBits(INDArray c, int bits) {
    return op("bitwise_and", c, Nd4j.scalar((1L << bits) - 1));
  }

  /**
   * The stable ascending order of each row of int64 keys: [rows, len] int64 positions.
   * {@code wide}: keys use all 64 bits, else they fit in 32 signed bits.
   */
  private static INDArray stableOrder(INDArray key, boolean wide) {
    long rows = key.size(0);
    long len = key.size(1);
    int bits = indexBits(len);
    long scale = 1L << bits;
    INDArray idx = iota(len).broadcast(rows, len);
    if (!wide) {
      // key + 2^31 is in [0, 2^32); shifted above the index bits it stays below 2^63.
      INDArray c = key.add(1L << 31).muli(scale).addi(idx);
      return lowBits(sortRows(c), bits);
    }
    INDArray lo = op("bitwise_and", key, Nd4j.scalar(0xFFFFFFFFL));
    INDArray hi = op("rshift_bits", key, Nd4j.scalar(32L));
    INDArray p1 = lowBits(sortRows(lo.muli(scale).addi(idx)), bits);
    INDArray c2 = takeRows(hi, p1).addi(1L << 31).muli(scale).addi(idx);
    INDArray p2 = lowBits(sortRows(c2), bits);
    return takeRows(p1, p2);
  }

  /** The stable order (ascending, or descending with equal keys still in index order). */
  static INDArray stable(INDArray x, boolean descending) {
    Object[] k = keys(x, false);
    INDArray key = (INDArray) k[0];
    if (descending) {
      // Bitwise not reverses the order and maps the 32-bit and the 64-bit ranges onto themselves.
      key = op("bitwise_xor", key, Nd4j.scalar(-1L));
    }
    return stableOrder(key, (Boolean) k[1]);
  }

  /**
   * The order PyTorch's CUDA {@code bitonicSortKVInPlace} leaves a row of at most 32 elements in
   * (SortUtils.cuh): the row padded to 32 with invalid entries, then the network's 15
   * compare-exchange steps, each {@code swap = (comp(a, b) && validA) || !validB}, exchanged when
   * {@code swap == dir}, with LTOp/GTOp (NaN largest).
   *
   * <p>Computed with about twelve ND4J ops a step and no gathers: each element's key is its
   * dense rank among the row's values (reversed when descending, so the comparator is always
   * "less than"). Padding takes a key above every value, which gives the same exchanges as the
   * validity flags except between two padding entries, which nothing observes; then {@code swap}
   * is just {@code kFirst < kSecond}. A step's pairs (p, p + stride) are two strided views of the
   * row, and below the last merge a pair's dir is bit {@code size} of p, so the views split
   * into alternating dir groups along one axis.
   */
  private static INDArray bitonic(INDArray rank, boolean descending) {
    long rows = rank.size(0);
    int n = (int) rank.size(1);
    final int width = 32;
    INDArray k = descending ? rank.rsub(32L) : rank.add(1L);
    if (n < width) {
      k = Nd4j.concat(1, k, Nd4j.valueArrayOf(new long[] {rows, width - n}, 33.0,
          DataType.LONG));
    }
    INDArray v = iota(width).broadcast(rows, width).dup('c');
    for (int size = 2; size <= width; size *= 2) {
      boolean last = size == width;
      long dirs = last ? 1 : 2;
      long groups = last ? 1 : width / (2 * size);
      for (int stride = size / 2; stride > 0; stride /= 2) {
        long[] shape = {rows, groups, dirs, size / (2 * stride), 2, stride};
        // Exchange where swap == dir: where dir is false, where swap is false.
        boolean[] dirFalse = new boolean[(int) (groups * dirs * (size / (2 * stride)) * stride)];
        int w = 0;
        for (long g = 0; g < groups; g++) {
          for (long d = 0; d < dirs; d++) {
            for (long q = 0; q < (size / (2 * stride)) * stride; q++) {
              dirFalse[w++] = d == 0;
            }
          }
        }
        long[] half = {rows, groups, dirs, size / (2 * stride), stride};
        INDArray flip = Nd4j.createFromArray(dirFalse)
            .reshape(1, groups, dirs, size / (2 * stride), stride).broadcast(half);
        INDArray k6 = k.reshape('c', shape);
        INDArray v6 = v.reshape('c', shape);
        INDArray kA = k6.get(all(), all(), all(), all(), point(0), all());
        INDArray kB = k6.get(all(), all(), all(), all(), point(1), all());
        INDArray vA = v6.get(all(), all(), all(), all(), point(0), all());
        INDArray vB = v6.get(all(), all(), all(), all(), point(1), all());
        INDArray exchange = op("boolean_xor", kA.lt(kB), flip);
        INDArray k2 = Nd4j.createUninitialized(DataType.LONG, rows, width);
        INDArray v2 = Nd4j.createUninitialized(DataType.LONG, rows, width);
        INDArray k26 = k2.reshape('c', shape);
        INDArray v26 = v2.reshape('c', shape);
        k26.get(all(), all(), all(), all(), point(0), all()).assign(select(exchange, kB, kA));
        k26.get(all(), all(), all(), all(), point(1), all()).assign(select(exchange, kA, kB));
        v26.get(all(), all(), all(), all(), point(0), all()).assign(select(exchange, vB, vA));
        v26.get(all(), all(), all(), all(), point(1), all()).assign(select(exchange, vA, vB));
        k = k2;
        v = v2;
      }
    }
    return v.get(all(), NDArrayIndex.interval(0, n)).dup('c');
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex all() {
    return NDArrayIndex.all();
  }

  private static org.nd4j.linalg.indexing.INDArrayIndex point(long i) {
    return NDArrayIndex.point(i);
  }

  /**
   * Each element's dense rank in its row (0 for the smallest value; equal values, -0.0 and 0.0,
   * and all NaNs share a rank; NaN ranks last), as int64, for rows of at most 32, given the rows'
   * stable ascending order. (Rows of distinct keys need no network, but telling so would read a
   * device result back to the host: every row goes through it.)
   */
  private static INDArray denseRanks(INDArray x, INDArray ascending) {
    long n = x.size(1);
    INDArray key = (INDArray) keys(x, false)[0];
    INDArray sorted = takeRows(key, ascending);
    INDArray run = Nd4j.zeros(DataType.LONG, x.size(0), n);
    INDArray step = sorted.get(NDArrayIndex.all(), NDArrayIndex.interval(1, n))
        .neq(sorted.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n - 1)))
        .castTo(DataType.LONG);
    run.get(NDArrayIndex.all(), NDArrayIndex.interval(1, n)).assign(step);
    run = scanSum(run);
    // Back to index order: sort (position << 6 | run) by position.
    return op("bitwise_and", sortRows(ascending.mul(64L).addi(run)), Nd4j.scalar(63L));
  }

  /** Inclusive int64 prefix sum along dim 1 by doubling steps. */
  private static INDArray scanSum(INDArray w) {
    long len = w.size(1);
    for (long s = 1; s < len; s *= 2) {
      INDArray sum = w.get(NDArrayIndex.all(), NDArrayIndex.interval(s, len))
          .add(w.get(NDArrayIndex.all(), NDArrayIndex.interval(0, len - s)));
      w.get(NDArrayIndex.all(), NDArrayIndex.interval(s, len)).assign(sum);
    }
    return w;
  }

  /** PyTorch CUDA's sort order of each row: bitonic for short rows without stable, else stable. */
  static INDArray order(INDArray x, boolean descending, boolean stable) {
    long len = x.size(1);
    if (len <= 1) {
      return Nd4j.zeros(DataType.LONG, x.size(0), len);
    }
    if (stable || len > 32) {
      return stable(x, descending);
    }
    INDArray ascending = stable(x, false);
    // Distinct keys have distinct ranks, which the network puts in their one order.
    return bitonic(denseRanks(x, ascending), descending);
  }

  /**
   * PyTorch CUDA's topk of each row: {values, indices}, each [rows, k]. The k-th value is found
   * on radix keys ({@code -0.0 < 0.0}, NaN largest); the strictly greater (largest) or smaller
   * elements come first in index order, then the equal ones in index order; with {@code sorted}
   * (and more than one result element) those k are sorted as {@code sortKeyValueInplace} does.
   */
  static INDArray[] topk(INDArray x, int k, boolean largest, boolean sorted) {
    long rows = x.size(0);
    long len = x.size(1);
    Object[] kk = keys(x, true);
    INDArray key = (INDArray) kk[0];
    INDArray sortedKeys = sortRows(key.dup('c'));
    long at = largest ? len - k : k - 1;
    // [rows, 1] against [rows, len] in libnd4j's broadcasting comparisons: INDArray.broadcast
    // copies int64 through double, which would round these 64-bit keys.
    INDArray kth = sortedKeys.get(NDArrayIndex.all(), NDArrayIndex.interval(at, at + 1)).dup('c');
    INDArray beyond = op(largest ? "greater" : "less", key, kth);
    INDArray equal = op("equals", key, kth);
    INDArray idx = iota(len).broadcast(rows, len);
    int bits = indexBits(len);
    long scale = 1L << bits;
    INDArray rank = select(beyond, idx, select(equal, idx.add(scale), idx.add(2 * scale)));
    INDArray first = sortRows(rank.dup('c')).get(NDArrayIndex.all(), NDArrayIndex.interval(0, k))
        .dup('c');
    INDArray gathered = lowBits(first, bits);
    INDArray values = takeRows(x, gathered);
    if (sorted && rows * k > 1) {
      INDArray q = order(values, largest, false);
      gathered = takeRows(gathered, q);
      values = takeRows(values, q);
    }
    return new INDArray[] {values, gathered};
  }
}
