package dev.torchnd.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page per walkthrough section: for each cell, the Java source (and the
 * Java definitions a function-defining cell points to), what it printed and its figures
 * (embedded, so the page reads offline), beside the book's PyTorch cell and the output
 * recorded from PyTorch 1.13 (both packaged from {@code
 * compat-tests/src/test/resources/fixtures/d2l}), with a mark saying whether the two outputs
 * agree (timings masked).
 */
final class WalkthroughPage {
  private static final Pattern TIMING =
      Pattern.compile("\\d+(\\.\\d+)?( sec| examples/sec)");

  private WalkthroughPage() {}

  /** The folder the pages go to: {@code -Dtorchnd.pages}, else {@code target/walkthrough}. */
  static Path pagesDir() {
    return Path.of(System.getProperty("torchnd.pages", "target/walkthrough"));
  }

  /** Replaces wall-clock figures ({@code 3.21 sec}, {@code 123.4 examples/sec}) by a mask. */
  static String maskTimings(String s) {
    return TIMING.matcher(s).replaceAll("<time>$2");
  }

  /** Writes {@code <pagesDir>/<name>.html} and returns its path. */
  static Path write(String name, String title, String notes, List<Notebook.CellRecord> cells) {
    List<String> py = split(resource("d2l-cells/" + name + ".cells.py"), "# ### cell ");
    List<String> pyOut = split(resource("d2l-cells/" + name + ".txt"), "### cell ");
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style></head>\n<body>\n")
        .append("<p class=\"nav\"><a href=\"index.html\">all sections</a></p>\n<h1>")
        .append(esc(title)).append("</h1>\n");
    if (!notes.isBlank()) {
      h.append("<p class=\"notes\">").append(esc(notes)).append("</p>\n");
    }
    int same = 0;
    for (Notebook.CellRecord c : cells) {
      int i = c.number() - 1;
      String pyCode = i < py.size() ? py.get(i) : null;
      String want = i < pyOut.size() ? pyOut.get(i) : null;
      String got = c.output().strip();
      boolean match = want != null && maskTimings(want).equals(maskTimings(got));
      same += match ? 1 : 0;
      h.append("<section class=\"cell\" id=\"cell").append(c.number()).append("\">\n")
          .append("<div class=\"side java\"><div class=\"label\">[").append(c.number())
          .append("] Java</div>\n<pre class=\"code\">").append(esc(c.java())).append("</pre>\n");
      for (Notebook.Definition d : c.definitions()) {
        h.append("<div class=\"deflabel\">").append(d.found() ? "the Java it defines: " : "")
            .append("<code>").append(esc(d.title())).append("</code></div>\n<pre class=\"code def\">")
            .append(esc(d.source())).append("</pre>\n");
      }
      if (!got.isEmpty()) {
        h.append("<pre class=\"out\">").append(esc(c.output().stripTrailing())).append("</pre>\n");
      }
      for (Path f : c.figures()) {
        h.append("<img alt=\"").append(esc(f.getFileName().toString())).append("\" src=\"")
            .append(dataUri(f)).append("\">\n");
      }
      h.append("</div>\n<div class=\"side py\"><div class=\"label\">PyTorch 1.13 (book cell)")
          .append(want == null ? "" : match ? " <span class=\"ok\">output identical</span>"
              : listed(name, c.number()) != null
                  ? " <span class=\"near\">output differs (a listed cell): "
                      + esc(listed(name, c.number())) + "</span>"
                  : " <span class=\"diff\">output differs</span>")
          .append("</div>\n<pre class=\"code\">")
          .append(esc(pyCode == null ? "(no recorded cell)" : pyCode.stripTrailing()))
          .append("</pre>\n");
      if (want != null && !want.isEmpty()) {
        h.append("<pre class=\"out\">").append(esc(want)).append("</pre>\n");
      }
      h.append("</div>\n</section>\n");
    }
    h.append("<p class=\"notes\">").append(same).append(" of ").append(cells.size())
        .append(" cells print exactly what PyTorch printed (timings masked).</p>\n</body></html>\n");
    try {
      Files.createDirectories(pagesDir());
      Path p = pagesDir().resolve(name + ".html");
      Files.writeString(p, h, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code index.html} linking the given pages. */
  static void writeIndex(List<String[]> nameAndTitle) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>TorchND D2L walkthrough</title>\n<style>\n").append(CSS)
        .append("</style></head>\n<body>\n<h1>TorchND: the D2L walkthrough in Java</h1>\n<ul>\n");
    for (String[] nt : nameAndTitle) {
      h.append("<li><a href=\"").append(nt[0]).append(".html\">").append(esc(nt[1]))
          .append("</a></li>\n");
    }
    h.append("</ul>\n</body></html>\n");
    try {
      Files.createDirectories(pagesDir());
      Files.writeString(pagesDir().resolve("index.html"), h, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String listed(String name, int cell) {
    String key = name + "#" + cell;
    String r = Walkthrough.ROUNDING_CELLS.get(key);
    if (r == null) {
      r = Walkthrough.DIVERGING_CELLS.get(key);
    }
    return r != null ? r : Walkthrough.MACHINE_DEPENDENT_CELLS.get(key);
  }

  private static String dataUri(Path png) {
    try {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    } catch (IOException e) {
      return png.toAbsolutePath().toUri().toString();
    }
  }

  private static String resource(String name) {
    try (InputStream in = WalkthroughPage.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blocks after each line starting with {@code marker} (the text before the first drops). */
  static List<String> split(String text, String marker) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(marker)) {
        if (cur != null) {
          out.add(cur.toString().strip());
        }
        cur = new StringBuilder();
      } else if (cur != null) {
        cur.append(line).append('\n');
      }
    }
    if (cur != null) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS =
      "body{font-family:system-ui,sans-serif;margin:1.5em;max-width:1500px;color:#222}\n"
          + "h1{font-size:1.5em}.notes{color:#555}.nav{font-size:.9em}\n"
          + ".cell{display:flex;gap:1em;border-top:1px solid #ddd;padding:.6em 0}\n"
          + ".side{flex:1;min-width:0}.label{font-size:.8em;color:#666;margin-bottom:.2em}\n"
          + "pre{margin:.2em 0;padding:.5em;overflow-x:auto;font-size:12.5px;line-height:1.35}\n"
          + ".java pre.code{background:#f3f6fb;border-left:3px solid #4a78c2}\n"
          + ".java pre.def{background:#f7f9fc;border-left:3px solid #8fb0e0}\n"
          + ".deflabel{font-size:.8em;color:#4a78c2;margin:.4em 0 0}\n"
          + ".py pre.code{background:#f7f5ee;border-left:3px solid #c2a04a}\n"
          + "pre.out{background:#fff;border:1px solid #e4e4e4}\n"
          + "img{max-width:100%;border:1px solid #eee;margin:.3em 0}\n"
          + ".ok{color:#1a7f37}.diff{color:#c0392b;font-weight:bold}.near{color:#9a6700}\n";
}
