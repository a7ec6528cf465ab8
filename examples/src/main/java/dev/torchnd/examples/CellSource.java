package dev.torchnd.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java source of a notebook cell, as written in the example: the lambda passed to {@code
 * nb.cell(...)} at the calling line, read from the example's {@code .java} file (packaged beside
 * its classes). A block lambda shows its statements, dedented; an expression lambda shows the
 * expression as a statement; a comment after {@code ");"} (the Python the cell stands for, where
 * the body is empty) is kept. Text blocks are not understood (the examples use none).
 */
final class CellSource {
  private static final Map<String, List<String>> FILES = new ConcurrentHashMap<>();

  private CellSource() {}

  static String of(StackWalker.StackFrame caller) {
    Class<?> c = caller.getDeclaringClass();
    String file = caller.getFileName();
    int line = caller.getLineNumber();
    if (file == null || line <= 0) {
      return "// (source not available)";
    }
    String resource = c.getPackageName().replace('.', '/') + "/" + file;
    List<String> lines = FILES.computeIfAbsent(resource, CellSource::load);
    if (lines.isEmpty() || line > lines.size()) {
      return "// (source of " + file + " not packaged)";
    }
    return extract(lines, line - 1);
  }

  private static List<String> load(String resource) {
    try (InputStream in = CellSource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell whose {@code cell(} call starts on line {@code start} (0-based). */
  static String extract(List<String> lines, int start) {
    String first = lines.get(start);
    int col = first.indexOf("cell(");
    if (col < 0) {
      return "// (no cell( call on " + (start + 1) + ")";
    }
    // scan from the '(' of cell( to its matching ')', skipping strings, chars and comments
    StringBuilder text = new StringBuilder();
    int depth = 0;
    int li = start;
    int ci = col + 4;
    boolean done = false;
    boolean inBlock = false;
    String tail = "";
    while (li < lines.size() && !done) {
      String l = lines.get(li);
      while (ci < l.length()) {
        char ch = l.charAt(ci);
        if (inBlock) {
          text.append(ch);
          if (ch == '*' && ci + 1 < l.length() && l.charAt(ci + 1) == '/') {
            text.append('/');
            ci++;
            inBlock = false;
          }
          ci++;
          continue;
        }
        if (ch == '/' && ci + 1 < l.length() && l.charAt(ci + 1) == '/') {
          text.append(l, ci, l.length());
          ci = l.length();
          break;
        }
        if (ch == '/' && ci + 1 < l.length() && l.charAt(ci + 1) == '*') {
          inBlock = true;
          text.append("/*");
          ci += 2;
          continue;
        }
        if (ch == '"' || ch == '\'') {
          int j = ci + 1;
          while (j < l.length() && l.charAt(j) != ch) {
            j += l.charAt(j) == '\\' ? 2 : 1;
          }
          text.append(l, ci, Math.min(j + 1, l.length()));
          ci = j + 1;
          continue;
        }
        if (ch == '(') {
          depth++;
        } else if (ch == ')') {
          depth--;
          if (depth == 0) {
            String rest = l.substring(ci + 1).strip();
            if (rest.startsWith(";")) {
              rest = rest.substring(1).strip();
            }
            if (rest.startsWith("//")) {
              tail = rest;
            }
            done = true;
            break;
          }
        }
        text.append(ch);
        ci++;
      }
      if (!done) {
        text.append('\n');
        li++;
        ci = 0;
      }
    }
    String args = text.substring(1); // drop the '(' of cell(
    int arrow = args.indexOf("->");
    String body = arrow >= 0 ? args.substring(arrow + 2).strip() : args.strip();
    List<String> out = new ArrayList<>();
    if (body.startsWith("{")) {
      String inner = body.substring(1, body.lastIndexOf('}'));
      String[] parts = inner.split("\n", -1);
      String head = parts[0].strip();
      if (!head.isEmpty()) {
        out.add(head);
      }
      List<String> rest = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        rest.add(parts[i]);
      }
      while (!rest.isEmpty() && rest.get(rest.size() - 1).isBlank()) {
        rest.remove(rest.size() - 1);
      }
      out.addAll(dedent(rest));
    } else {
      String[] parts = body.split("\n", -1);
      List<String> rest = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        rest.add(parts[i]);
      }
      List<String> d = dedent(rest);
      out.add(parts[0].strip() + (d.isEmpty() ? ";" : ""));
      for (int i = 0; i < d.size(); i++) {
        out.add("    " + d.get(i) + (i == d.size() - 1 ? ";" : ""));
      }
    }
    if (!tail.isEmpty()) {
      out.add(tail);
    }
    return String.join("\n", out);
  }

  private static List<String> dedent(List<String> lines) {
    int min = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
          n++;
        }
        min = Math.min(min, n);
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(min).stripTrailing());
    }
    return out;
  }
}
