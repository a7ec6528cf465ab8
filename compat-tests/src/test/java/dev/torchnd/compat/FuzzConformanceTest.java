package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Replays the fuzz corpus {@code fixtures/fuzz.json} (recorded from PyTorch 1.13 by {@code
 * compat-tests/recorder/record_fuzz.py}) in forked JVMs, so that a native crash, a SIGFPE or an
 * OutOfMemoryError in one case is reported as that case's failure instead of killing the build.
 *
 * <p>Each child runs {@link FuzzReplayMain} over a range of cases and announces every case before
 * running it; when a child dies, the last announced case is failed (with the exit status and the
 * tail of the child's stderr) and a fresh child continues after it. A hung case (no output for
 * {@link #CASE_TIMEOUT_S} seconds) is killed and reported the same way. The comparison is
 * {@link OpConformanceTest#check}: exact for integral/bool values and NaN-ness, per-dtype float
 * tolerances, exact error messages and reprs. Anything on the child's stdout that is not a
 * protocol line (ND4J or native code printing) fails the test.
 *
 * <p>Accepted divergences are listed, each with its reason, in {@link FuzzDivergences}; a listed
 * case that starts matching PyTorch fails, so the list cannot go stale. A larger corpus drawn with
 * {@code record_fuzz.py --cases N --seed S --out F} is replayed with {@code -Dfuzz.file=F}
 * (divergence ids only apply to the committed corpus). {@code -Dfuzz.jvms=K} sets the number of
 * child JVMs run side by side (default: 2).
 */
class FuzzConformanceTest {
  static final String RESOURCE = "/fixtures/fuzz.json";
  static final long CASE_TIMEOUT_S = 120;

  /** Outcome per case index: null = not run, "" = OK, else a failure message. */
  private String[] results;

  private final List<String> noise = Collections.synchronizedList(new ArrayList<>());
  private final List<String> crashes = Collections.synchronizedList(new ArrayList<>());

  @Test
  void fuzzCorpusMatchesPyTorch() throws Exception {
    String file = System.getProperty("fuzz.file");
    String corpus = file != null ? new File(file).getAbsolutePath() : RESOURCE;
    List<JsonObject> cases = FuzzReplayMain.load(corpus);
    String[] ids = new String[cases.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = cases.get(i).get("id").getAsString();
    }
    cases = null; // the parent only needs the ids
    results = new String[ids.length];
    int jvms = Integer.getInteger("fuzz.jvms", 2);
    List<Thread> shards = new ArrayList<>();
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    for (int s = 0; s < jvms; s++) {
      int from = (int) ((long) ids.length * s / jvms);
      int to = (int) ((long) ids.length * (s + 1) / jvms);
      Thread t =
          new Thread(
              () -> {
                try {
                  runShard(corpus, ids, from, to);
                } catch (Throwable e) { // NOPMD - rethrown below
                  errors.add(e);
                }
              },
              "fuzz-shard-" + s);
      t.start();
      shards.add(t);
    }
    for (Thread t : shards) {
      t.join();
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("fuzz replay harness failed", errors.get(0));
    }

    boolean committed = file == null;
    Map<String, String> listed = committed ? FuzzDivergences.CASES : Map.of();
    List<String> failures = new ArrayList<>();
    Map<String, Integer> perOp = new TreeMap<>();
    Set<String> stale = new TreeSet<>(listed.keySet());
    int ok = 0;
    int accepted = 0;
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      stale.remove(id);
      String r = results[i];
      boolean excused = listed.containsKey(id);
      if (r == null) {
        failures.add(id + ": never ran");
      } else if (r.isEmpty()) {
        ok++;
        if (excused) {
          failures.add(id + ": listed in FuzzDivergences but now matches PyTorch; remove it");
        }
      } else if (excused) {
        accepted++;
      } else {
        failures.add(id + ": " + r);
        String op = id.substring(id.indexOf(':') + 1, id.indexOf('/'));
        perOp.merge(op, 1, Integer::sum);
      }
    }
    for (String id : stale) {
      failures.add(id + ": listed in FuzzDivergences but not in the corpus");
    }
    StringBuilder msg = new StringBuilder();
    msg.append(ids.length).append(" fuzz cases: ").append(ok).append(" match, ").append(accepted)
        .append(" accepted divergences, ").append(failures.size()).append(" failures");
    if (!perOp.isEmpty()) {
      msg.append(" (per op: ").append(perOp).append(')');
    }
    for (String c : crashes) {
      msg.append("\n  CHILD JVM DIED: ").append(c);
    }
    for (String n : noise) {
      msg.append("\n  STDOUT NOISE from the replay JVM: ").append(n);
    }
    int shown = 0;
    int maxShown = Integer.getInteger("fuzz.maxShown", 300);
    for (String f : failures) {
      if (shown++ == maxShown) {
        msg.append("\n  ... ").append(failures.size() - maxShown).append(" more");
        break;
      }
      msg.append("\n  ").append(f);
    }
    System.err.println(msg.toString().lines().findFirst().orElse(""));
    assertTrue(failures.isEmpty() && noise.isEmpty() && crashes.isEmpty(), msg.toString());
  }

  /** Runs cases [from, to) in child JVMs, starting a new one after each death. */
  private void runShard(String corpus, String[] ids, int from, int to) throws Exception {
    int next = from;
    while (next < to) {
      Process p = start(corpus, next, to);
      Deque<String> errTail = new ArrayDeque<>();
      Thread errPump =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    synchronized (errTail) {
                      errTail.addLast(line);
                      if (errTail.size() > 30) {
                        errTail.removeFirst();
                      }
                    }
                  }
                } catch (IOException ignored) {
                  // the child is gone
                }
              });
      errPump.setDaemon(true);
      errPump.start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      String eof = new String("<eof>");
      Thread outPump =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                  }
                } catch (IOException ignored) {
                  // the child is gone
                }
                lines.add(eof);
              });
      outPump.setDaemon(true);
      outPump.start();

      int running = -1;
      boolean done = false;
      String death = null;
      while (true) {
        String line = lines.poll(CASE_TIMEOUT_S, TimeUnit.SECONDS);
        if (line == null) {
          p.destroyForcibly();
          death = "no output for " + CASE_TIMEOUT_S + " s (hung); killed";
          break;
        }
        if (line == eof) {
          break;
        }
        if (!line.startsWith(FuzzReplayMain.TAG)) {
          noise.add((running >= 0 ? "during " + ids[running] + ": " : "") + line);
          continue;
        }
        String body = line.substring(FuzzReplayMain.TAG.length());
        if (body.equals("DONE")) {
          done = true;
        } else if (body.startsWith("S ")) {
          running = Integer.parseInt(body.substring(2).trim());
        } else if (body.startsWith("R ")) {
          int sp = body.indexOf(' ', 2);
          int i = Integer.parseInt(body.substring(2, sp));
          String outcome = body.substring(sp + 1);
          results[i] = outcome.equals("OK") ? "" : FuzzReplayMain.unescape(outcome.substring(5));
          next = i + 1;
          running = -1;
        }
      }
      p.waitFor(30, TimeUnit.SECONDS);
      errPump.join(2000);
      if (done) {
        return;
      }
      int exit = p.isAlive() ? -1 : p.exitValue();
      if (death == null) {
        death = "exit status " + exit;
      }
      String tail;
      synchronized (errTail) {
        tail = String.join("\n      ", errTail);
      }
      if (running >= 0) {
        results[running] = "child JVM died while running this case (" + death + ")";
        crashes.add(ids[running] + " (" + death + "); stderr tail:\n      " + tail);
        next = running + 1;
      } else {
        // died between cases (start-up, or after the last result): do not loop forever
        crashes.add("between cases, before " + (next < ids.length ? ids[next] : "the end")
            + " (" + death + "); stderr tail:\n      " + tail);
        if (next < to) {
          results[next] = "child JVM died before this case (" + death + ")";
        }
        next++;
      }
    }
  }

  private static Process start(String corpus, int from, int to) throws IOException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String cp = System.getProperty("surefire.test.class.path");
    if (cp == null || cp.isEmpty()) {
      cp = System.getProperty("java.class.path");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx768m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Xshare:auto");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add(FuzzReplayMain.class.getName());
    cmd.add(corpus);
    cmd.add(Integer.toString(from));
    cmd.add(Integer.toString(to));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }
}
