package dev.torchnd.compat.tutorials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a tutorial port and compares what it prints with the transcript {@code
 * recorder/record_tutorials.py} recorded from the Python original under PyTorch 1.13: line by
 * line, exactly, except the lines a test lists as numerically loose (with the reason), where
 * the text around the numbers must match and each number must agree to a relative tolerance.
 */
final class Transcript {
  private Transcript() {}

  private static final Pattern NUMBER =
      Pattern.compile("-?(?:\\d+\\.\\d*|\\.\\d+|\\d+)(?:e[-+]?\\d+)?|nan|inf");

  /** Every line may be loose (see {@link #check(String, Runnable, int, double, String)}). */
  static final int ALL = -1;

  /**
   * As {@link #check(String, Runnable, Map, double)} with every line ({@code lines == ALL})
   * compared to {@code rtol} for the same {@code reason}.
   */
  static int check(String name, Runnable program, int lines, double rtol, String reason) {
    Map<Integer, String> loose = new java.util.HashMap<>();
    int n = expected(name).split("\n", -1).length;
    for (int i = 1; i <= n; i++) {
      loose.put(i, reason);
    }
    return check(name, program, loose, rtol);
  }

  static String expected(String name) {
    try (InputStream in = Transcript.class.getResourceAsStream("/fixtures/tutorials/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("no transcript " + name + "; run record_tutorials.py");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String run(Runnable program) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(ps);
      program.run();
    } finally {
      System.setOut(old);
    }
    // as the recorder writes addresses: "<AddBackward0 object at 0x...>" -> "AddBackward0"
    return ADDRESS.matcher(buf.toString(StandardCharsets.UTF_8)).replaceAll("$1");
  }

  private static final Pattern ADDRESS =
      Pattern.compile("<(?:\\w+\\.)*(\\w+) object at 0x[0-9a-f]+>");

  /**
   * Checks {@code program}'s output against transcript {@code name}. {@code loose} maps a line
   * number (1-based) to the reason it is compared to {@code rtol}; all other lines must be equal.
   * Returns how many lines were identical.
   */
  static int check(String name, Runnable program, Map<Integer, String> loose, double rtol) {
    String want = expected(name);
    String got = run(program);
    try {
      // kept for diffing against fixtures/tutorials/<name>.txt
      java.nio.file.Path out = java.nio.file.Path.of("target", "tutorials", name + ".txt");
      java.nio.file.Files.createDirectories(out.getParent());
      java.nio.file.Files.writeString(out, got);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] w = want.split("\n", -1);
    String[] g = got.split("\n", -1);
    if (loose.isEmpty()) {
      assertEquals(want, got, name + ": output differs from PyTorch's");
      return w.length;
    }
    assertEquals(w.length, g.length, name + ": line count\n--- got:\n" + got);
    int identical = 0;
    for (int i = 0; i < w.length; i++) {
      int line = i + 1;
      if (w[i].equals(g[i])) {
        identical++;
        continue;
      }
      String why = loose.get(line);
      assertTrue(why != null, name + " line " + line + " differs:\nwant: " + w[i] + "\ngot:  " + g[i]);
      assertClose(name + " line " + line + " (" + why + ")", w[i], g[i], rtol);
    }
    return identical;
  }

  static void assertClose(String where, String want, String got, double rtol) {
    List<String> wn = new ArrayList<>();
    List<String> gn = new ArrayList<>();
    String ws = strip(want, wn);
    String gs = strip(got, gn);
    assertEquals(ws, gs, where + ": text around the numbers");
    assertEquals(wn.size(), gn.size(), where + ": number count");
    for (int i = 0; i < wn.size(); i++) {
      double a = Double.parseDouble(wn.get(i).replace("nan", "NaN").replace("inf", "Infinity"));
      double b = Double.parseDouble(gn.get(i).replace("nan", "NaN").replace("inf", "Infinity"));
      boolean ok = Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= rtol * Math.max(1, Math.abs(a));
      assertTrue(ok, where + ": " + wn.get(i) + " vs " + gn.get(i) + "\nwant: " + want + "\ngot:  " + got);
    }
  }

  private static String strip(String s, List<String> numbers) {
    Matcher m = NUMBER.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      numbers.add(m.group());
      m.appendReplacement(sb, "#");
    }
    m.appendTail(sb);
    // widths of padded numbers may differ with their digits
    return sb.toString().replaceAll(" +", " ");
  }

  /**
   * As {@link #check(String, Runnable, Map, double)} with every line exact, except the lines in
   * {@code upToSign}, which must match once signs are dropped (for {@code reason}: e.g. singular
   * vectors, which are unique only up to sign). Returns how many lines were identical.
   */
  static int checkUpToSign(String name, Runnable program, java.util.Set<Integer> upToSign, String reason) {
    String want = expected(name);
    String got = run(program);
    String[] w = want.split("\n", -1);
    String[] g = got.split("\n", -1);
    assertEquals(w.length, g.length, name + ": line count\n--- got:\n" + got);
    int identical = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i].equals(g[i])) {
        identical++;
        continue;
      }
      assertTrue(upToSign.contains(i + 1),
          name + " line " + (i + 1) + " differs:\nwant: " + w[i] + "\ngot:  " + g[i]);
      assertEquals(unsigned(w[i]), unsigned(g[i]), name + " line " + (i + 1) + " (" + reason + ")");
    }
    return identical;
  }

  private static String unsigned(String s) {
    return s.replace('-', ' ').replaceAll(" +", " ");
  }
}
