package dev.torchnd.utils.data;

import dev.torchnd.DType;
import dev.torchnd.Generator;
import dev.torchnd.Torch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Iterates over a data set in batches, as PyTorch 1.13's {@code DataLoader}: the same sampler
 * chain ({@link SequentialSampler} or, with {@code shuffle}, {@link RandomSampler}, inside a
 * {@link BatchSampler}), the same draws from the default generator (one int64 base seed per
 * iteration, then the sampler's seed), so a seeded loop sees PyTorch's batches in PyTorch's
 * order and leaves the default generator where PyTorch leaves it. Batches are collated by {@link
 * Data#default_collate}: a batch has the structure of a sample (a {@code List<Tensor>} sample
 * gives a {@code List<Tensor>} batch).
 *
 * <pre>{@code
 * var data_iter = new DataLoader<>(new TensorDataset(X, y), 10, true);   // data.DataLoader(dataset, 10, shuffle=True)
 * for (List<Tensor> batch : data_iter) {                                   // for X, y in data_iter:
 *   Tensor Xb = batch.get(0), yb = batch.get(1);
 * }
 * new DataLoader<>(ds, Map.of("batch_size", 64, "shuffle", true, "num_workers", 2));
 * }</pre>
 *
 * <p>With {@code num_workers > 0}, batches are fetched and collated by that many background
 * threads, {@code prefetch_factor * num_workers} ahead, and handed out in sampler order (never
 * reordered). Unlike PyTorch's worker processes, the threads share the default generator, so a
 * data set that draws random numbers in {@code get} sees them in thread order.
 *
 * <p>PyTorch: {@code torch.utils.data.DataLoader}.
 *
 * @param <B> the batch type: for the default collate, the sample type of the data set
 */
public class DataLoader<B> implements Iterable<B> {
  private static final Set<String> KWARGS =
      Set.of(
          "batch_size",
          "shuffle",
          "sampler",
          "batch_sampler",
          "num_workers",
          "collate_fn",
          "pin_memory",
          "drop_last",
          "timeout",
          "worker_init_fn",
          "multiprocessing_context",
          "generator",
          "prefetch_factor",
          "persistent_workers",
          "pin_memory_device");

  private final Dataset<?> dataset;
  private final Integer batchSize;
  private final boolean dropLast;
  private final Sampler<Integer> sampler;
  private final Iterable<List<Integer>> batchSampler;
  private final int numWorkers;
  private final int prefetchFactor;
  private final double timeout;
  private final Generator generator;
  private final Function<Object, Object> collateFn;
  private final IntConsumer workerInitFn;

  /** PyTorch: {@code DataLoader(dataset)} (batch_size 1). */
  public DataLoader(Dataset<? extends B> dataset) {
    this(dataset, Map.of());
  }

  /** PyTorch: {@code DataLoader(dataset, batch_size)}. */
  public DataLoader(Dataset<? extends B> dataset, int batch_size) {
    this(dataset, Map.of("batch_size", batch_size));
  }

  /** PyTorch: {@code DataLoader(dataset, batch_size, shuffle)}. */
  public DataLoader(Dataset<? extends B> dataset, int batch_size, boolean shuffle) {
    this(dataset, Map.of("batch_size", batch_size, "shuffle", shuffle));
  }

  /** PyTorch: {@code DataLoader(dataset, batch_size, shuffle, drop_last=drop_last)}. */
  public DataLoader(
      Dataset<? extends B> dataset, int batch_size, boolean shuffle, boolean drop_last) {
    this(dataset, Map.of("batch_size", batch_size, "shuffle", shuffle, "drop_last", drop_last));
  }

  /**
   * PyTorch: {@code DataLoader(dataset, **kwargs)} with PyTorch's keyword names: {@code
   * batch_size} (an Integer, or null to disable batching), {@code shuffle}, {@code sampler} (a
   * {@link Sampler} or iterable of indices), {@code batch_sampler}, {@code num_workers}, {@code
   * collate_fn} (a {@code Function<List<S>, B>}), {@code drop_last}, {@code generator}, {@code
   * prefetch_factor}, {@code timeout} (seconds, with workers), {@code worker_init_fn} (an {@code
   * IntConsumer} run with the worker id in each worker thread as it starts); {@code pin_memory},
   * {@code pin_memory_device} and {@code persistent_workers} are accepted and change nothing on
   * the CPU.
   */
  public DataLoader(Dataset<? extends B> dataset, Map<String, ?> kwargs) {
    this((Dataset<?>) dataset, kwargs, true);
  }

  /**
   * {@link #DataLoader(Dataset, Map)} with a custom {@code collate_fn} that turns a list of
   * samples into a batch of another type.
   *
   * <pre>{@code
   * new DataLoader<Tensor>(ds, Map.of("batch_size", 4), batch -> stack(batch.stream().map(s -> s.get(0)).toList()));
   * }</pre>
   */
  public <S> DataLoader(
      Dataset<S> dataset, Map<String, ?> kwargs, Function<? super List<S>, ? extends B> collate_fn) {
    this(dataset, withCollate(kwargs, collate_fn), true);
  }

  private static Map<String, Object> withCollate(Map<String, ?> kwargs, Function<?, ?> fn) {
    Map<String, Object> m = new LinkedHashMap<>(kwargs);
    m.put("collate_fn", fn);
    return m;
  }

  @SuppressWarnings("unchecked")
  private DataLoader(Dataset<?> dataset, Map<String, ?> kwargs, boolean checked) {
    for (String k : kwargs.keySet()) {
      if (!KWARGS.contains(k)) {
        throw new IllegalArgumentException(
            "DataLoader.__init__() got an unexpected keyword argument '" + k + "'");
      }
    }
    Map<String, Object> kw = new LinkedHashMap<>(kwargs);
    Object bsArg = kw.containsKey("batch_size") ? kw.get("batch_size") : Integer.valueOf(1);
    Integer bs = bsArg == null ? null : Integer.valueOf(((Number) bsArg).intValue());
    Object shuffleArg = kw.get("shuffle");
    boolean shuffle = shuffleArg != null && (Boolean) shuffleArg;
    Object samplerArg = kw.get("sampler");
    Object batchSamplerArg = kw.get("batch_sampler");
    int workers = ((Number) kw.getOrDefault("num_workers", 0)).intValue();
    boolean drop = (Boolean) kw.getOrDefault("drop_last", false);
    double timeoutArg = ((Number) kw.getOrDefault("timeout", 0)).doubleValue();
    int prefetch = ((Number) kw.getOrDefault("prefetch_factor", 2)).intValue();
    boolean persistent = (Boolean) kw.getOrDefault("persistent_workers", false);
    Generator gen = (Generator) kw.get("generator");
    Object init = kw.get("worker_init_fn");
    if (workers < 0) {
      throw new IllegalArgumentException(
          "num_workers option should be non-negative; use num_workers=0 to disable"
              + " multiprocessing.");
    }
    if (timeoutArg < 0) {
      throw new IllegalArgumentException("timeout option should be non-negative");
    }
    if (workers == 0 && prefetch != 2) {
      throw new IllegalArgumentException(
          "prefetch_factor option could only be specified in multiprocessing.let num_workers > 0"
              + " to enable multiprocessing.");
    }
    if (prefetch <= 0) {
      throw new IllegalArgumentException("prefetch_factor should be positive");
    }
    if (persistent && workers == 0) {
      throw new IllegalArgumentException("persistent_workers option needs num_workers > 0");
    }
    if (kw.get("multiprocessing_context") != null && workers == 0) {
      throw new IllegalArgumentException(
          "multiprocessing_context can only be used with multi-process loading (num_workers >"
              + " 0), but got num_workers=0");
    }
    if (init != null && !(init instanceof IntConsumer) && !(init instanceof Consumer<?>)) {
      throw new IllegalArgumentException("worker_init_fn must be an IntConsumer or Consumer<Integer>");
    }
    if (samplerArg != null && shuffle) {
      throw new IllegalArgumentException("sampler option is mutually exclusive with shuffle");
    }
    if (batchSamplerArg != null) {
      if (bs == null || bs != 1 || shuffle || samplerArg != null || drop) {
        throw new IllegalArgumentException(
            "batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and"
                + " drop_last");
      }
      bs = null;
      drop = false;
    } else if (bs == null && drop) {
      throw new IllegalArgumentException(
          "batch_size=None option disables auto-batching and is mutually exclusive with"
              + " drop_last");
    }
    Sampler<Integer> smp;
    if (samplerArg == null) {
      smp = shuffle ? new RandomSampler(dataset, gen) : new SequentialSampler(dataset);
    } else if (samplerArg instanceof Sampler<?> s) {
      smp = (Sampler<Integer>) s;
    } else {
      Iterable<Integer> it = (Iterable<Integer>) samplerArg;
      smp =
          new Sampler<>() {
            @Override
            public Iterator<Integer> iterator() {
              return it.iterator();
            }

            @Override
            public int len() {
              int n = 0;
              for (Object ignored : it) {
                n++;
              }
              return n;
            }
          };
    }
    Iterable<List<Integer>> bsmp = (Iterable<List<Integer>>) batchSamplerArg;
    if (bs != null && bsmp == null) {
      bsmp = new BatchSampler(smp, bs, drop);
    }
    Object collate = kw.get("collate_fn");
    Function<Object, Object> cf;
    if (collate != null) {
      Function<Object, Object> user = (Function<Object, Object>) collate;
      cf = user;
    } else if (bsmp != null) {
      cf = b -> Data.default_collate((List<?>) b);
    } else {
      cf = Data::default_convert;
    }
    this.dataset = dataset;
    this.batchSize = bs;
    this.dropLast = drop;
    this.sampler = smp;
    this.batchSampler = bsmp;
    this.numWorkers = workers;
    this.prefetchFactor = prefetch;
    this.timeout = timeoutArg;
    this.generator = gen;
    this.collateFn = cf;
    if (init instanceof IntConsumer ic) {
      this.workerInitFn = ic;
    } else if (init != null) {
      Consumer<Integer> c = (Consumer<Integer>) init;
      this.workerInitFn = c::accept;
    } else {
      this.workerInitFn = null;
    }
  }

  /** PyTorch: {@code loader.dataset}. */
  public Dataset<?> dataset() {
    return dataset;
  }

  /** PyTorch: {@code loader.batch_size} (null without automatic batching). */
  public Integer batch_size() {
    return batchSize;
  }

  /** PyTorch: {@code loader.drop_last}. */
  public boolean drop_last() {
    return dropLast;
  }

  /** PyTorch: {@code loader.sampler}. */
  public Sampler<Integer> sampler() {
    return sampler;
  }

  /** PyTorch: {@code loader.batch_sampler} (null without automatic batching). */
  public Iterable<List<Integer>> batch_sampler() {
    return batchSampler;
  }

  /** PyTorch: {@code loader.num_workers}. */
  public int num_workers() {
    return numWorkers;
  }

  /** PyTorch: {@code loader.generator}. */
  public Generator generator() {
    return generator;
  }

  /** The number of batches (of samples without batching). PyTorch: {@code len(loader)}. */
  public int len() {
    if (batchSampler == null) {
      return sampler.len();
    }
    if (batchSampler instanceof Sampler<?> s) {
      return s.len();
    }
    int n = 0;
    for (Object ignored : batchSampler) {
      n++;
    }
    return n;
  }

  /**
   * A fresh pass over the data. Like PyTorch, starting one draws the base seed (an int64) from
   * the loader's generator (the default one unless given).
   */
  @Override
  public Iterator<B> iterator() {
    // PyTorch's _BaseDataLoaderIter draws _base_seed at construction.
    Torch.empty(new long[0], DType.int64).random_(generator);
    Iterator<?> indices =
        batchSampler != null ? batchSampler.iterator() : sampler.iterator();
    return numWorkers == 0 ? new Single(indices) : new Prefetching(indices);
  }

  @SuppressWarnings("unchecked")
  private B fetch(Object index) {
    Object data;
    if (batchSampler != null) {
      List<Integer> idx = (List<Integer>) index;
      List<Object> samples = new ArrayList<>(idx.size());
      for (int i : idx) {
        samples.add(dataset.get(i));
      }
      data = samples;
    } else {
      data = dataset.get((Integer) index);
    }
    return (B) collateFn.apply(data);
  }

  private final class Single implements Iterator<B> {
    private final Iterator<?> indices;

    Single(Iterator<?> indices) {
      this.indices = indices;
    }

    @Override
    public boolean hasNext() {
      return indices.hasNext();
    }

    @Override
    public B next() {
      if (!indices.hasNext()) {
        throw new NoSuchElementException();
      }
      return fetch(indices.next());
    }
  }

  /** Background fetching by {@code num_workers} daemon threads, results in sampler order. */
  private final class Prefetching implements Iterator<B> {
    private final Iterator<?> indices;
    private final ThreadPoolExecutor pool;
    private final ArrayDeque<Future<B>> inFlight = new ArrayDeque<>();

    Prefetching(Iterator<?> indices) {
      this.indices = indices;
      AtomicInteger nextId = new AtomicInteger();
      this.pool =
          new ThreadPoolExecutor(
              numWorkers,
              numWorkers,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                int id = nextId.getAndIncrement() % numWorkers;
                Runnable body =
                    workerInitFn == null
                        ? r
                        : () -> {
                          workerInitFn.accept(id);
                          r.run();
                        };
                Thread t = new Thread(body, "DataLoader-worker-" + id);
                t.setDaemon(true);
                return t;
              });
      // Idle workers exit, so a loop that stops early leaves no threads behind.
      pool.allowCoreThreadTimeOut(true);
      fill();
    }

    private void fill() {
      while (inFlight.size() < prefetchFactor * numWorkers && indices.hasNext()) {
        Object index = indices.next();
        inFlight.add(pool.submit(() -> fetch(index)));
      }
      if (inFlight.isEmpty()) {
        pool.shutdown();
      }
    }

    @Override
    public boolean hasNext() {
      return !inFlight.isEmpty();
    }

    @Override
    public B next() {
      Future<B> f = inFlight.poll();
      if (f == null) {
        throw new NoSuchElementException();
      }
      B batch;
      try {
        batch = timeout > 0 ? f.get((long) (timeout * 1e9), TimeUnit.NANOSECONDS) : f.get();
      } catch (TimeoutException e) {
        pool.shutdownNow();
        throw new IllegalStateException(
            "DataLoader timed out after " + PyTimeout.str(timeout) + " seconds");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        pool.shutdownNow();
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      }
      fill();
      return batch;
    }
  }

  private static final class PyTimeout {
    static String str(double t) {
      return t == Math.rint(t) && Math.abs(t) < 1e15 ? String.valueOf((long) t) : String.valueOf(t);
    }
  }
}
