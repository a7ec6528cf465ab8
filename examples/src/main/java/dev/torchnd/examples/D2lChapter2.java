package dev.torchnd.examples;

import java.io.PrintStream;

/**
 * The D2L chapter 2 walkthrough in Java: every PyTorch cell of §2.1 to §2.7 (English and
 * Chinese editions, exercises included), printing what Jupyter shows for the Python original;
 * figures (§2.4, §2.6) are written to {@code target/figures}.
 * Run it with {@code mvn -q -pl examples exec:java}.
 */
public final class D2lChapter2 {
  private D2lChapter2() {}

  /** The sections in book order, each printable on its own (the conformance test does that). */
  public enum Section {
    CH2_1_EN("2.1 Data Manipulation (EN)"),
    CH2_1_ZH("2.1 数据操作 (ZH)"),
    CH2_2_EN("2.2 Data Preprocessing (EN)"),
    CH2_2_ZH("2.2 数据预处理 (ZH)"),
    CH2_3_EN("2.3 Linear Algebra (EN)"),
    CH2_3_ZH("2.3 线性代数 (ZH)"),
    CH2_4_EN("2.4 Calculus (EN)"),
    CH2_4_ZH("2.4 微积分 (ZH)"),
    CH2_5_EN("2.5 Automatic Differentiation (EN)"),
    CH2_5_ZH("2.5 自动微分 (ZH)"),
    CH2_6_EN("2.6 Probability and Statistics (EN)"),
    CH2_6_ZH("2.6 概率 (ZH)"),
    CH2_7_EN("2.7 Documentation (EN; the ZH cells are the same)");

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
    run(section, new Notebook(out));
  }

  /** Runs one section's cells in the given notebook. */
  static void run(Section section, Notebook nb) {
    switch (section) {
      case CH2_1_EN -> new Ch2_1().en(nb);
      case CH2_1_ZH -> new Ch2_1().zh(nb);
      case CH2_2_EN -> new Ch2_2().en(nb);
      case CH2_2_ZH -> new Ch2_2().zh(nb);
      case CH2_3_EN -> new Ch2_3().en(nb);
      case CH2_3_ZH -> new Ch2_3().zh(nb);
      case CH2_4_EN -> new Ch2_4("en").en(nb);
      case CH2_4_ZH -> new Ch2_4("zh").zh(nb);
      case CH2_5_EN -> new Ch2_5().en(nb);
      case CH2_5_ZH -> new Ch2_5().zh(nb);
      case CH2_6_EN -> new Ch2_6().en(nb);
      case CH2_6_ZH -> new Ch2_6().zh(nb);
      case CH2_7_EN -> new Ch2_7().run(nb);
    }
  }

  /** Chapter 2 only: {@code Walkthrough --chapters 2}. */
  public static void main(String[] args) {
    Walkthrough.main(new String[] {"--chapters", "2"});
  }
}
