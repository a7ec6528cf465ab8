package dev.torchnd.compat;

import com.google.gson.JsonElement;

/** The nn parts of the serialization tests (a module's state_dict), kept apart from the rest. */
final class SerializationNnSupport {
  private SerializationNnSupport() {}

  interface Writer {
    void write(String name, Object obj, JsonElement expected);
  }

  /** Writes a Java MLP's state_dict (once nn.Module lands; until then nothing). */
  static void writeStateDict(Writer w) {}
}
