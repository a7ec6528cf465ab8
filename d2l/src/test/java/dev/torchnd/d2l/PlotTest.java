package dev.torchnd.d2l;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** d2l.plot and d2l.plt render headless to PNG and SVG. */
class PlotTest {
  @TempDir Path dir;

  @Test
  void plotWritesPngAndSvg() throws Exception {
    double[] x = {1, 2, 3, 4};
    D2l.plot(x, List.of(new double[] {1, 4, 9, 16}, new double[] {1, 8, 27, 64}), "x", "y",
        List.of("x^2", "x^3"), null, null, "log", "log", new String[] {"-", "m--"},
        new double[] {3.5, 2.5}, null);
    assertEquals(2, D2l.plt.gca().lineCount());
    Path png = dir.resolve("a.png");
    Path svg = dir.resolve("a.svg");
    D2l.plt.savefig(png);
    D2l.plt.savefig(svg);
    assertTrue(Files.size(png) > 0);
    assertTrue(Files.readString(svg).contains("<svg"));
  }

  @Test
  void pyplotCallsAndErrors() {
    D2l.set_figsize(4.5, 3.5);
    D2l.plt.plot(new double[] {0.4, 0.5, 0.6}, "P(heads)");
    D2l.plt.axhline(0.5, "black", "dashed");
    D2l.plt.legend();
    D2l.plt.savefig(dir.resolve("b.png"));
    assertThrows(IllegalArgumentException.class, () -> D2l.plt.gca().set_xscale("symlog2"));
    assertThrows(IllegalArgumentException.class, () -> D2l.plt.savefig(dir.resolve("b.gif")));
    assertThrows(
        IllegalArgumentException.class,
        () -> D2l.plt.gca().plot(new double[] {1, 2}, new double[] {1}, "-"));
  }
}
