package dev.torchnd.compat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child-JVM side of {@link FuzzConformanceTest}: replays a fuzz corpus case by case and writes
 * one protocol line per event to stdout, flushed at once, so that the parent knows which case was
 * running if this JVM dies (native crash, SIGFPE, OOM).
 *
 * <pre>
 *   java dev.torchnd.compat.FuzzReplayMain CORPUS FIRST END
 *   &#64;&#64;FZ S i          case i started
 *   &#64;&#64;FZ R i OK       case i conforms (same rules as OpConformanceTest.check)
 *   &#64;&#64;FZ R i FAIL msg case i differs; msg is escaped onto one line (\\, \n, \r)
 *   &#64;&#64;FZ DONE         the range [FIRST, END) is finished
 * </pre>
 *
 * CORPUS is a classpath resource (starting with '/') or a file. Any other line on stdout is noise
 * from ND4J or native code, which the parent reports as a failure.
 */
public final class FuzzReplayMain {
  static final String TAG = "@@FZ ";

  private FuzzReplayMain() {}

  public static void main(String[] argv) throws IOException {
    // The protocol goes straight to fd 1 (no System.out buffering games); System.out itself is
    // left alone so that a stray Java-level print still shows up as noise and is reported.
    PrintStream proto =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    List<JsonObject> cases = load(argv[0]);
    int first = Integer.parseInt(argv[1]);
    int end = Math.min(Integer.parseInt(argv[2]), cases.size());
    for (int i = first; i < end; i++) {
      System.out.flush();
      proto.print(TAG + "S " + i + "\n");
      proto.flush();
      String outcome;
      try {
        OpConformanceTest.check(cases.get(i));
        outcome = "OK";
      } catch (Throwable e) { // NOPMD - every failure, including Errors, is a reportable result
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        outcome = "FAIL " + escape(msg);
      }
      System.out.flush();
      proto.print(TAG + "R " + i + " " + outcome + "\n");
      proto.flush();
    }
    proto.print(TAG + "DONE\n");
    proto.flush();
    System.exit(0);
  }

  static List<JsonObject> load(String corpus) throws IOException {
    InputStream in =
        corpus.startsWith("/")
                && FuzzReplayMain.class.getResource(corpus) != null
            ? FuzzReplayMain.class.getResourceAsStream(corpus)
            : Files.newInputStream(Path.of(corpus));
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      JsonReader jr = new JsonReader(r);
      jr.setStrictness(Strictness.LENIENT);
      List<JsonObject> out = new ArrayList<>();
      for (JsonElement e : JsonParser.parseReader(jr).getAsJsonArray()) {
        out.add(e.getAsJsonObject());
      }
      return out;
    }
  }

  static String escape(String s) {
    return String.valueOf(s).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
