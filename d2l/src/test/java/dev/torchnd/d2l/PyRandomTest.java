package dev.torchnd.d2l;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values from CPython 3.11: {@code random.seed(n); random.random()}. */
class PyRandomTest {
  @Test
  void seedZero() {
    PyRandom.seed(0);
    assertEquals(0.8444218515250481, PyRandom.random());
    assertEquals(0.7579544029403025, PyRandom.random());
    assertEquals(0.420571580830845, PyRandom.random());
  }

  @Test
  void multiWordAndNegativeSeeds() {
    assertEquals(0.02504137575317178, new PyRandom(12345678901234L).nextRandom());
    assertEquals(0.32383276483316237, new PyRandom(-7).nextRandom());
  }

  @Test
  void coinTossesOfSection26() {
    PyRandom.seed(0);
    int heads = 0;
    for (int i = 0; i < 100; i++) {
      heads += PyRandom.random() > 0.5 ? 1 : 0;
    }
    assertEquals(63, heads);
  }
}
