package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchnd.examples.D2lChapter2;
import dev.torchnd.examples.D2lChapter2.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each D2L walkthrough section and compares its output, cell by cell, with the transcript
 * recorded from real PyTorch by {@code recorder/record_d2l.py}.
 */
class WalkthroughConformanceTest {

  /**
   * Cells whose output names a Python type and cannot match in Java, with the line Java prints
   * instead: {@code type(X.numpy())} is an ND4J {@code INDArray} here, not a NumPy array.
   */
  private static final Map<String, String> LANGUAGE_CELLS =
      Map.of(
          "ch2_1_en.txt#23", "(<class 'org.nd4j.linalg.api.ndarray.INDArray'>, <class 'torch.Tensor'>)",
          "ch2_1_zh.txt#23", "(<class 'org.nd4j.linalg.api.ndarray.INDArray'>, <class 'torch.Tensor'>)");

  @TestFactory
  Stream<DynamicTest> everyCellMatchesPyTorch() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Section s : Section.values()) {
      List<String> expected = cells(read("/fixtures/d2l/" + s.transcript()));
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      D2lChapter2.run(s, new PrintStream(buf, true, StandardCharsets.UTF_8));
      List<String> actual = cells(buf.toString(StandardCharsets.UTF_8));
      tests.add(
          DynamicTest.dynamicTest(
              s.transcript() + " cell count",
              () -> assertEquals(expected.size(), actual.size(), "number of cells")));
      for (int i = 0; i < expected.size(); i++) {
        String key = s.transcript() + "#" + (i + 1);
        String want = LANGUAGE_CELLS.getOrDefault(key, expected.get(i));
        String got = i < actual.size() ? actual.get(i) : "<missing cell>";
        tests.add(DynamicTest.dynamicTest(key, () -> assertEquals(want, got)));
      }
    }
    return tests.stream();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = WalkthroughConformanceTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Splits a transcript at its {@code ### cell n} lines. */
  static List<String> cells(String transcript) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (String line : transcript.split("\n", -1)) {
      if (line.startsWith("### cell ")) {
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
}
