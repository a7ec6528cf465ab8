package dev.torchnd;

/**
 * Typed index items for {@link Tensor#get(Object...)} and {@link Tensor#set(Object[], Tensor)},
 * the Java spelling of Python's {@code x[1:3, None, ..., 0]}: {@code x.get(slice(1, 3), None,
 * Ellipsis, 0)} with {@code import static dev.torchnd.Index.*}. Integers select, tensors and
 * {@code long[]} index advanced-style.
 */
public final class Index {
  private final Long start;
  private final Long stop;
  private final Long step;
  private final int kind;

  private static final int SLICE = 0;
  private static final int NONE_KIND = 1;
  private static final int ELLIPSIS_KIND = 2;

  private Index(Long start, Long stop, Long step, int kind) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.kind = kind;
  }

  /** Python's {@code None} in an index: inserts a dimension of size 1. */
  public static final Index None = new Index(null, null, null, NONE_KIND);

  /** Python's {@code ...}: as many full slices as needed. */
  public static final Index Ellipsis = new Index(null, null, null, ELLIPSIS_KIND);

  /** Python's {@code :}. */
  public static Index all() {
    return new Index(null, null, null, SLICE);
  }

  /** {@code start:stop}; null means open. */
  public static Index slice(Long start, Long stop) {
    return new Index(start, stop, null, SLICE);
  }

  /** {@code start:stop:step}; null means open or default. */
  public static Index slice(Long start, Long stop, Long step) {
    return new Index(start, stop, step, SLICE);
  }

  /** {@code start:stop}. */
  public static Index slice(long start, long stop) {
    return new Index(start, stop, null, SLICE);
  }

  /** {@code start:stop:step}. */
  public static Index slice(long start, long stop, long step) {
    return new Index(start, stop, step, SLICE);
  }

  Long start() {
    return start;
  }

  Long stop() {
    return stop;
  }

  Long step() {
    return step;
  }

  boolean isNone() {
    return kind == NONE_KIND;
  }

  boolean isEllipsis() {
    return kind == ELLIPSIS_KIND;
  }

  @Override
  public String toString() {
    if (kind == NONE_KIND) {
      return "None";
    }
    if (kind == ELLIPSIS_KIND) {
      return "...";
    }
    return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == null ? "" : ":" + step);
  }
}
