package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/LearnTheBasics} (PyTorch's "Learn the Basics" training loop ported line for
 * line) and compares what it prints with the transcript {@code recorder/record_learn_the_basics.py}
 * recorded from PyTorch 1.13: the model's repr, the seeded losses, accuracies and average test
 * losses of 3 epochs, and the optimizer's repr.
 */
class LearnTheBasicsTest {
  @Test
  void printsWhatPyTorchPrints() throws IOException {
    String want;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/learn_the_basics.txt")) {
      want = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(ps);
      dev.torchnd.examples.LearnTheBasics.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertEquals(want, buf.toString(StandardCharsets.UTF_8));
  }
}
