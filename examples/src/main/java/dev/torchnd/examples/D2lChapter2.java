package dev.torchnd.examples;

import java.io.PrintStream;

/**
 * The D2L chapter 2 walkthrough in Java: every PyTorch cell of §2.1, §2.3 and §2.5 (English and
 * Chinese editions, exercises included), printing what Jupyter shows for the Python original.
 * Run it with {@code mvn -q -pl examples exec:java}.
 */
public final class D2lChapter2 {
  private D2lChapter2() {}

  /** The sections in book order, each printable on its own (the conformance test does that). */
  public enum Section {
    CH2_1_EN("2.1 Data Manipulation (EN)"),
    CH2_1_ZH("2.1 数据操作 (ZH)"),
    CH2_3_EN("2.3 Linear Algebra (EN)"),
    CH2_3_ZH("2.3 线性代数 (ZH)"),
    CH2_5_EN("2.5 Automatic Differentiation (EN)"),
    CH2_5_ZH("2.5 自动微分 (ZH)");

    final String title;

    Section(String title) {
      this.title = title;
    }

    /** The transcript file name of this section, e.g. {@code ch2_1_en.txt}. */
    public String transcript() {
      return name().toLowerCase(java.util.Locale.ROOT) + ".txt";
    }
  }

  /** Prints one section's cells. */
  public static void run(Section section, PrintStream out) {
    Notebook nb = new Notebook(out);
    switch (section) {
      case CH2_1_EN -> new Ch2_1().en(nb);
      case CH2_1_ZH -> new Ch2_1().zh(nb);
      case CH2_3_EN -> new Ch2_3().en(nb);
      case CH2_3_ZH -> new Ch2_3().zh(nb);
      case CH2_5_EN -> new Ch2_5().en(nb);
      case CH2_5_ZH -> new Ch2_5().zh(nb);
    }
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    for (Section s : Section.values()) {
      out.println("=".repeat(78));
      out.println("## " + s.title);
      out.println("=".repeat(78));
      run(s, out);
    }
  }
}
