package dev.torchnd.compat.tutorials;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each of PyTorch's tutorials ported to Java ({@code beginner_source/basics}, "Learning PyTorch
 * with Examples", "What is torch.nn really?") prints what the Python original printed under
 * PyTorch 1.13 ({@code recorder/record_tutorials.py}, {@code fixtures/tutorials/*.txt}). Lines
 * that may differ in the last digits are listed per tutorial with the reason; everything else
 * must be identical.
 */
class TutorialsTest {
  @Test
  void tensorqs() {
    Transcript.check("tensorqs", () -> TensorQs.main(new String[0]), Map.of(), 0);
  }

  @Test
  void autogradqs() {
    Transcript.check("autogradqs", () -> AutogradQs.main(new String[0]), Map.of(), 0);
  }

  @Test
  void buildmodel() {
    Transcript.check("buildmodel", () -> BuildModel.main(new String[0]), Map.of(), 0);
  }

  @Test
  void data() {
    Transcript.check("data", () -> DataTutorial.main(new String[0]), Map.of(), 0);
  }

  @Test
  void saveloadrun() {
    Transcript.check("saveloadrun", () -> SaveLoadRun.main(new String[0]), Map.of(), 0);
  }

  @Test
  void polynomial_tensor() {
    Transcript.check("polynomial_tensor", PolynomialExamples::polynomial_tensor, Map.of(), 0);
  }

  @Test
  void polynomial_autograd() {
    Transcript.check("polynomial_autograd", PolynomialExamples::polynomial_autograd, Map.of(), 0);
  }

  @Test
  void polynomial_custom_function() {
    Transcript.check(
        "polynomial_custom_function", PolynomialExamples::polynomial_custom_function, Map.of(), 0);
  }

  @Test
  void polynomial_nn() {
    Transcript.check("polynomial_nn", PolynomialExamples::polynomial_nn, Map.of(), 0);
  }

  @Test
  void polynomial_optim() {
    Transcript.check("polynomial_optim", PolynomialExamples::polynomial_optim, Map.of(), 0);
  }

  @Test
  void polynomial_module() {
    Transcript.check("polynomial_module", PolynomialExamples::polynomial_module, Map.of(), 0);
  }

  @Test
  void dynamic_net() {
    Transcript.check("dynamic_net", PolynomialExamples::dynamic_net, Map.of(), 0);
  }

  @Test
  void nn_tutorial() {
    Transcript.check("nn_tutorial", () -> NnTutorial.main(new String[0]), Map.of(), 0);
  }
}
