package dev.torchnd.compat.tutorials;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More of PyTorch's tutorials ported to Java (the "Deep Learning for NLP" series, the blitz's
 * autograd, the PyTorch-on-YouTube introductions) print what the Python originals printed under
 * PyTorch 1.13 ({@code recorder/record_tutorials_nlp.py}, {@code fixtures/tutorials/*.txt}). Lines
 * that may differ in the last digits are listed per tutorial with the reason; everything else
 * must be identical.
 */
class TutorialsNlpTest {
  @BeforeEach
  void cpuOnly() {
    // The transcripts are CPU runs; the surefire "device" pass puts every tensor on the cuda
    // stand-in (ND4J's kernels, and tensors print device='cuda:0').
    Assumptions.assumeFalse(
        System.getProperty("torchnd.defaultDevice", "cpu").startsWith("cuda"),
        "tutorial transcripts are recorded on the CPU");
  }

  @Test
  void nlp_pytorch_tutorial() {
    Transcript.check("nlp_pytorch_tutorial", NlpTutorials::pytorch_tutorial, Map.of(), 0);
  }

  @Test
  void nlp_deep_learning() {
    Transcript.check("nlp_deep_learning", NlpTutorials::deep_learning, Map.of(), 0);
  }

  @Test
  void nlp_word_embeddings() {
    Transcript.check("nlp_word_embeddings", NlpTutorials::word_embeddings, Map.of(
        4, "ten sums of 111 float32 losses each printed to 17 digits (Python floats): the last"
            + " float bits of sgemm's summation order accumulate over the SGD steps"), 1e-6);
  }

  @Test
  void nlp_sequence_models() {
    Transcript.check("nlp_sequence_models", NlpTutorials::sequence_models, Map.of(), 0);
  }

  @Test
  void nlp_advanced() {
    Transcript.check("nlp_advanced", NlpTutorials::advanced, Map.of(), 0);
  }

  @Test
  void introyt_tensors() {
    // torch.svd's singular vectors are unique up to sign; PyTorch's come from LAPACK's gesdd,
    // TorchND's from its own kernel, which picks the other sign for this matrix
    Transcript.checkUpToSign("introyt_tensors", () -> IntroYtTensors.main(new String[0]),
        java.util.Set.of(154, 155, 157, 158), "singular vectors are unique only up to sign");
  }

  @Test
  void introyt_autograd() {
    Transcript.check("introyt_autograd", () -> IntroYtAutograd.main(new String[0]), Map.of(), 0);
  }

  @Test
  void introyt_models() {
    Transcript.check("introyt_models", () -> IntroYtModels.main(new String[0]), Map.of(), 0);
  }

  @Test
  void blitz_autograd() {
    Transcript.check("blitz_autograd", () -> BlitzAutograd.main(new String[0]), Map.of(), 0);
  }

  @Test
  void tutorial_gaps() {
    Transcript.check("tutorial_gaps", () -> TutorialGaps.main(new String[0]), Map.of(), 0);
  }

  @Test
  void torchies_nn() {
    Transcript.check("torchies_nn", () -> TorchiesNn.main(new String[0]), Map.of(), 0);
  }
}
