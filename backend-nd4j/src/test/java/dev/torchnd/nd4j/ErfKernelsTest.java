package dev.torchnd.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tabulated Taylor evaluation of erf against its positive series, on a dense grid. */
class ErfKernelsTest {

  @Test
  void matchesTheSeriesEverywhere() {
    double worst = 0;
    for (int i = -700_000; i <= 700_000; i++) {
      double x = i * 1e-5 + 1.234567e-7;
      double want = ErfKernels.erfSeries(x);
      double got = ErfKernels.erf(x);
      double err = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
      worst = Math.max(worst, err);
    }
    assertTrue(worst < 5e-15, "worst relative error " + worst);
  }

  @Test
  void knownValuesAndEdges() {
    assertEquals(0.8427007929497149, ErfKernels.erf(1.0), 3e-16);
    assertEquals(-0.5204998778130465, ErfKernels.erf(-0.5), 3e-16);
    assertEquals(0.9999779095030014, ErfKernels.erf(3.0), 5e-16);
    assertEquals(1.0, ErfKernels.erf(7.0));
    assertEquals(-1.0, ErfKernels.erf(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(ErfKernels.erf(Double.NaN)));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ErfKernels.erf(-0.0)));
    assertEquals(1.1283791670955126e-300, ErfKernels.erf(1e-300), 1e-310);
  }
}
