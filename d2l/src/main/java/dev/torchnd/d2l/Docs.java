package dev.torchnd.d2l;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * D2L §2.7 in Java: what {@code dir(...)} and {@code help(...)} are for in Python.
 *
 * <ul>
 *   <li>{@link #dir(Class)}: the sorted public static member names of a class, e.g. {@code
 *       dir(Torch.class)} for {@code dir(torch)}; {@link #dir(String)}: the public classes of a
 *       package, e.g. {@code dir("dev.torchnd.distributions")} for {@code
 *       dir(torch.distributions)}. Python also lists modules and dunder names; Java has none.
 *   <li>{@link #help(Class, String)}: every public overload of a method with its javadoc's first
 *       paragraph (read from the API sources packaged with this module), the way {@code
 *       help(torch.ones)} prints a docstring. Java overloads replace Python's keyword arguments,
 *       so there is one entry per overload.
 * </ul>
 */
public final class Docs {
  private Docs() {}

  /** Python: {@code dir(module)}: sorted names of the public static methods and fields. */
  public static List<String> dir(Class<?> c) {
    TreeSet<String> names = new TreeSet<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
        names.add(m.getName());
      }
    }
    for (Field f : c.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        names.add(f.getName());
      }
    }
    return new ArrayList<>(names);
  }

  /** Python: {@code dir(package)}: the sorted simple names of a package's public classes. */
  public static List<String> dir(String packageName) {
    TreeSet<String> names = new TreeSet<>();
    String path = packageName.replace('.', '/');
    try {
      Enumeration<URL> urls = Docs.class.getClassLoader().getResources(path);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        List<String> files = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
          JarURLConnection conn = (JarURLConnection) url.openConnection();
          conn.setUseCaches(false); // a private JarFile: closing it leaves shared ones open
          try (JarFile jar = conn.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              String n = e.nextElement().getName();
              if (n.startsWith(path + "/") && n.indexOf('/', path.length() + 1) < 0) {
                files.add(n.substring(path.length() + 1));
              }
            }
          }
        } else if ("file".equals(url.getProtocol())) {
          try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            s.forEach(p -> files.add(p.getFileName().toString()));
          }
        }
        for (String f : files) {
          if (f.endsWith(".class") && !f.contains("$") && !f.startsWith("package-info")) {
            String simple = f.substring(0, f.length() - ".class".length());
            try {
              Class<?> k = Class.forName(packageName + "." + simple, false, Docs.class.getClassLoader());
              if (Modifier.isPublic(k.getModifiers())) {
                names.add(simple);
              }
            } catch (ClassNotFoundException | LinkageError e) {
              // not loadable: not listed
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(names);
  }

  /**
   * Python: {@code help(torch.ones)}: the text describing every public overload of {@code
   * c.name}, each as {@code name(params) -> Return} followed by its javadoc summary.
   */
  public static String help(Class<?> c, String name) {
    String src = source(c);
    StringBuilder sb = new StringBuilder();
    sb.append("Help on static method ").append(name).append(" in class ").append(c.getName())
        .append(":\n");
    int found = 0;
    if (src != null) {
      Pattern decl =
          Pattern.compile(
              "/\\*\\*((?:(?!\\*/).)*?)\\*/\\s*public\\s+(?:static\\s+)?(?:final\\s+)?"
                  + "([\\w.<>\\[\\], ?]+?)\\s+"
                  + Pattern.quote(name)
                  + "\\s*\\(([^)]*)\\)",
              Pattern.DOTALL);
      Matcher m = decl.matcher(src);
      while (m.find()) {
        found++;
        sb.append('\n').append(name).append('(').append(m.group(3).replaceAll("\\s+", " ").strip())
            .append(") -> ").append(m.group(2).strip()).append('\n');
        sb.append("    ").append(summary(m.group(1))).append('\n');
      }
    }
    if (found == 0) {
      for (Method m : c.getMethods()) {
        if (m.getName().equals(name)) {
          found++;
          sb.append('\n').append(m.toGenericString()).append('\n');
        }
      }
    }
    if (found == 0) {
      throw new IllegalArgumentException(
          "AttributeError: class '" + c.getName() + "' has no public method '" + name + "'");
    }
    return sb.toString().stripTrailing();
  }

  /** The first paragraph of a javadoc comment body, as plain text. */
  static String summary(String javadoc) {
    StringBuilder sb = new StringBuilder();
    for (String line : javadoc.split("\n")) {
      String t = line.strip();
      if (t.startsWith("*")) {
        t = t.substring(1).strip();
      }
      if (t.isEmpty() && sb.length() > 0) {
        break;
      }
      if (t.startsWith("@") || t.startsWith("<p>")) {
        break;
      }
      if (!t.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(t);
      }
    }
    return sb.toString()
        .replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "");
  }

  private static String source(Class<?> c) {
    String res = "sources/" + c.getName().replace('.', '/') + ".java";
    try (InputStream in = Docs.class.getResourceAsStream(res)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
