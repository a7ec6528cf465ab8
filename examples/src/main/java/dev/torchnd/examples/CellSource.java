package dev.torchnd.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  // ---- definitions: the Java a function-defining cell points to ----

  /** {@code Class.member}, {@code Class.Nested} or {@code dev.torchnd.pkg.Class[.member]}. */
  private static final String REF = "(?:[A-Z][\\w$]*|dev\\.torchnd(?:\\.[a-z]\\w*)*\\.[A-Z][\\w$]*)"
      + "(?:\\.[A-Za-z_][\\w$]*)*";

  /**
   * {@code -> Ref, Ref} in a comment: what a cell's {@code def}/{@code class} became in Java. A
   * bare name after an arrow ({@code // NA -> mean}) is prose, not a pointer.
   */
  private static final Pattern POINTER =
      Pattern.compile("->\\s*(" + REF + "(?:\\s*,\\s*" + REF + ")*)");

  private static final String MODIFIERS =
      "(?:(?:public|protected|private|static|final|abstract|synchronized|default|native|sealed|non-sealed)\\s+)*";

  /** Packages a pointer's first name is looked up in, after the caller's own. */
  private static final List<String> PACKAGES = List.of("dev.torchnd.d2l", "dev.torchnd");

  /**
   * The definitions a cell's comments point to ({@code // def softmax(X): ... -> Ch3_6.softmax},
   * {@code -> D2l.accuracy}, {@code -> dev.torchnd.d2l.Accumulator}, {@code -> Ch4_6.Net}),
   * each read from its source file: a method with all its overloads (and the private method an
   * overload only delegates to), a nested class, or a whole class.
   */
  static List<Notebook.Definition> definitions(Class<?> caller, String java) {
    List<Notebook.Definition> out = new ArrayList<>();
    for (String line : java.split("\n", -1)) {
      int c = commentStart(line);
      if (c < 0) {
        continue;
      }
      Matcher m = POINTER.matcher(line.substring(c));
      if (!m.find()) {
        continue;
      }
      for (String ref : m.group(1).split("\\s*,\\s*")) {
        out.add(resolve(caller.getPackageName(), ref));
      }
    }
    return out;
  }

  /** Where a {@code //} comment starts in a line of Java, outside string and char literals. */
  private static int commentStart(String l) {
    for (int i = 0; i < l.length(); i++) {
      char ch = l.charAt(i);
      if (ch == '"' || ch == '\'') {
        int j = i + 1;
        while (j < l.length() && l.charAt(j) != ch) {
          j += l.charAt(j) == '\\' ? 2 : 1;
        }
        i = j;
      } else if (ch == '/' && i + 1 < l.length() && l.charAt(i + 1) == '/') {
        return i;
      }
    }
    return -1;
  }

  static Notebook.Definition resolve(String pkg, String ref) {
    String[] seg = ref.split("\\.");
    List<String> packages = new ArrayList<>();
    packages.add(pkg);
    packages.addAll(PACKAGES);
    // a fully qualified name: the longest prefix naming a source file
    for (int k = seg.length; k >= 1; k--) {
      String path = String.join("/", java.util.Arrays.copyOfRange(seg, 0, k)) + ".java";
      List<String> candidates = new ArrayList<>();
      if (k == 1 || Character.isLowerCase(seg[0].charAt(0))) {
        if (k == 1) {
          for (String p : packages) {
            candidates.add(p.replace('.', '/') + "/" + path);
          }
        } else {
          candidates.add(path);
        }
      }
      for (String resource : candidates) {
        List<String> lines = FILES.computeIfAbsent(resource, CellSource::load);
        if (!lines.isEmpty()) {
          String file = seg[k - 1] + ".java";
          return member(ref, file, lines, java.util.Arrays.copyOfRange(seg, k, seg.length));
        }
      }
    }
    return new Notebook.Definition(ref, "", 0, "// (no source file for " + ref + ")");
  }

  /** The member {@code path} of the top-level type in {@code lines} (empty: the whole type). */
  private static Notebook.Definition member(String ref, String file, List<String> lines,
      String[] path) {
    int[] depth = depths(lines);
    int from = 0;
    int to = lines.size();
    List<int[]> found = new ArrayList<>();
    String top = file.substring(0, file.length() - 5);
    int[] type = findType(lines, depth, 0, from, to, top);
    if (type == null) {
      return new Notebook.Definition(ref, file, 0, "// (type " + top + " not found in " + file + ")");
    }
    for (int i = 0; i < path.length; i++) {
      boolean last = i == path.length - 1;
      int[] t = findType(lines, depth, i + 1, type[0], type[1], path[i]);
      if (t != null) {
        type = t;
        continue;
      }
      if (!last) {
        return new Notebook.Definition(ref, file, 0,
            "// (type " + path[i] + " not found in " + file + ")");
      }
      found.addAll(findMethods(lines, depth, i + 1, type[0], type[1], path[i]));
      // an overload that only calls a private method (the shared body): show that method too
      List<int[]> more = new ArrayList<>();
      for (int[] m : found) {
        String callee = delegate(lines, m);
        if (callee != null && !callee.equals(path[i])) {
          for (int[] d : findMethods(lines, depth, i + 1, type[0], type[1], callee)) {
            if (lines.get(d[2]).strip().startsWith("private ")
                && more.stream().noneMatch(x -> x[0] == d[0])) {
              more.add(d);
            }
          }
        }
      }
      found.addAll(more);
      if (found.isEmpty()) {
        return new Notebook.Definition(ref, file, 0,
            "// (" + path[i] + " not found in " + file + ")");
      }
    }
    if (found.isEmpty()) {
      found.add(type);
    }
    List<String> text = new ArrayList<>();
    for (int[] r : found) {
      if (!text.isEmpty()) {
        text.add("");
      }
      text.addAll(dedent(lines.subList(r[0], r[1])));
    }
    return new Notebook.Definition(ref, file, found.get(0)[2] + 1, String.join("\n", text));
  }

  /** Brace depth at the start of each line, ignoring braces in strings, chars and comments. */
  private static int[] depths(List<String> lines) {
    int[] d = new int[lines.size() + 1];
    int depth = 0;
    boolean block = false;
    for (int li = 0; li < lines.size(); li++) {
      d[li] = depth;
      String l = lines.get(li);
      for (int i = 0; i < l.length(); i++) {
        char ch = l.charAt(i);
        if (block) {
          if (ch == '*' && i + 1 < l.length() && l.charAt(i + 1) == '/') {
            block = false;
            i++;
          }
        } else if (ch == '/' && i + 1 < l.length() && l.charAt(i + 1) == '/') {
          break;
        } else if (ch == '/' && i + 1 < l.length() && l.charAt(i + 1) == '*') {
          block = true;
          i++;
        } else if (ch == '"' || ch == '\'') {
          int j = i + 1;
          while (j < l.length() && l.charAt(j) != ch) {
            j += l.charAt(j) == '\\' ? 2 : 1;
          }
          i = j;
        } else if (ch == '{') {
          depth++;
        } else if (ch == '}') {
          depth--;
        }
      }
    }
    d[lines.size()] = depth;
    return d;
  }

  /** {start (its javadoc/annotations), end (exclusive), declaration line} of a named type. */
  private static int[] findType(List<String> lines, int[] depth, int level, int from, int to,
      String name) {
    Pattern p = Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*" + MODIFIERS
        + "(?:class|record|interface|enum)\\s+" + Pattern.quote(name) + "\\b");
    for (int li = from; li < to; li++) {
      if (depth[li] == level && p.matcher(lines.get(li).strip()).find()) {
        return extent(lines, depth, level, li);
      }
    }
    return null;
  }

  private static List<int[]> findMethods(List<String> lines, int[] depth, int level, int from,
      int to, String name) {
    Pattern p = Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*" + MODIFIERS
        + "(?:<[^>]*>\\s+)?[\\w.$<>\\[\\],?]+(?:\\s*<[^=;]*>)?(?:\\[\\])*\\s+" + Pattern.quote(name) + "\\s*\\(");
    List<int[]> out = new ArrayList<>();
    for (int li = from; li < to; li++) {
      String l = lines.get(li).strip();
      if (depth[li] == level && !l.startsWith("return ") && !l.startsWith("new ")
          && p.matcher(l).find()) {
        int[] r = extent(lines, depth, level, li);
        out.add(r);
        li = r[1] - 1;
      }
    }
    return out;
  }

  /** The lines of a declaration starting at {@code li}: its comment above, to its closing brace. */
  private static int[] extent(List<String> lines, int[] depth, int level, int li) {
    int start = li;
    while (start > 0) {
      String above = lines.get(start - 1).strip();
      if (above.startsWith("@") || above.startsWith("//")) {
        start--;
      } else if (above.endsWith("*/")) {
        int k = start - 1;
        while (k > 0 && !lines.get(k).strip().startsWith("/*")) {
          k--;
        }
        start = k;
      } else {
        break;
      }
    }
    int end = li;
    boolean opened = false;
    while (end < lines.size()) {
      if (depth[end + 1] > level) {
        opened = true;
      }
      String l = lines.get(end);
      end++;
      if ((opened && depth[end] == level) || (!opened && depth[end] == level
          && (l.strip().endsWith(";") || l.strip().endsWith("}")))) {
        break;
      }
    }
    return new int[] {start, end, li};
  }

  /** The method a declaration's body only calls ({@code return f(...);}), or null. */
  private static String delegate(List<String> lines, int[] r) {
    StringBuilder sb = new StringBuilder();
    for (int i = r[2]; i < r[1]; i++) {
      sb.append(lines.get(i).strip()).append(' ');
    }
    String text = sb.toString().strip();
    int open = text.indexOf('{');
    if (open < 0 || !text.endsWith("}")) {
      return null;
    }
    String body = text.substring(open + 1, text.length() - 1).strip();
    Matcher m = Pattern.compile("^(?:return\\s+)?([A-Za-z_]\\w*)\\s*\\(").matcher(body);
    return m.find() && body.indexOf(';') == body.length() - 1 ? m.group(1) : null;
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
