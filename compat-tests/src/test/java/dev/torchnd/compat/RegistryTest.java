package dev.torchnd.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistryTest {
  @Test
  void aNameRegisteredTwiceFailsNamingBothAreas() {
    Registry<String> r = new Registry<String>("forward op").area("a.json", m -> m.put("add", "x"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> r.area("b.json", m -> m.put("add", "y")));
    assertEquals("forward op 'add' registered twice: by a.json and by b.json", e.getMessage());
    assertThrows(IllegalStateException.class, () -> r.area("a.json", m -> m.putIfAbsent("add", "z")));
    assertEquals("x", r.get("add"));
  }

  @Test
  void theReplayTablesShareNoName() {
    // loading the tables runs every registration through the check (ExceptionInInitializerError)
    assertTrue(OpRegistry.OPS.size() > 300);
    assertTrue(GradCases.OPS.size() > 300);
  }
}
