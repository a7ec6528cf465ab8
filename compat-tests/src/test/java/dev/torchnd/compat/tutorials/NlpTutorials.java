package dev.torchnd.compat.tutorials;

import static dev.torchnd.Index.*;
import static dev.torchnd.Torch.*;
import static dev.torchnd.compat.tutorials.Py.print;

import dev.torchnd.Tensor;
import dev.torchnd.nn.Embedding;
import dev.torchnd.nn.LSTM;
import dev.torchnd.nn.Linear;
import dev.torchnd.nn.Module;
import dev.torchnd.nn.NLLLoss;
import dev.torchnd.nn.Parameter;
import dev.torchnd.nn.functional.F;
import dev.torchnd.optim.SGD;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * PyTorch's "Deep Learning for NLP with Pytorch" ({@code beginner_source/nlp/}), ported line
 * for line: the tensor/autograd introduction, the bag-of-words classifier, the N-gram language
 * model (and the CBOW exercise, filled in), the LSTM part-of-speech tagger and the Bi-LSTM CRF.
 * Transcripts: {@code recorder/record_tutorials_nlp.py}.
 */
public final class NlpTutorials {
  private NlpTutorials() {}

  /** A Python {@code (a, b)} pair as Python prints it. */
  record Pair(Object a, Object b) {
    @Override
    public String toString() {
      return "(" + Py.repr(a) + ", " + Py.repr(b) + ")";
    }
  }

  static List<String> split(String s) {
    return Arrays.asList(s.trim().split("\\s+"));
  }

  /** {@code torch.tensor([to_ix[w] for w in seq], dtype=torch.long)}. */
  static Tensor prepare_sequence(List<String> seq, Map<String, Long> to_ix) {
    long[] idxs = seq.stream().mapToLong(to_ix::get).toArray();
    return tensor(idxs, int64);
  }

  // ------------------------------------------------------------------------------------------
  // nlp/pytorch_tutorial.py

  public static void pytorch_tutorial() {
    manual_seed(1);
    double[] V_data = {1., 2., 3.};
    Tensor V = tensor(V_data);
    print(V);
    double[][] M_data = {{1., 2., 3.}, {4., 5., 6}};
    Tensor M = tensor(M_data);
    print(M);
    double[][][] T_data = {{{1., 2.}, {3., 4.}}, {{5., 6.}, {7., 8.}}};
    Tensor T = tensor(T_data);
    print(T);
    print(V.get(0));
    print(V.get(0).item());
    print(M.get(0));
    print(T.get(0));
    Tensor x = randn(3, 4, 5);
    print(x);
    x = tensor(new double[] {1., 2., 3.});
    Tensor y = tensor(new double[] {4., 5., 6.});
    Tensor z = x.add(y);
    print(z);
    Tensor x_1 = randn(2, 5);
    Tensor y_1 = randn(3, 5);
    Tensor z_1 = cat(List.of(x_1, y_1));
    print(z_1);
    Tensor x_2 = randn(2, 3);
    Tensor y_2 = randn(2, 5);
    Tensor z_2 = cat(List.of(x_2, y_2), 1);
    print(z_2);
    try {
      cat(List.of(x_1, x_2));
    } catch (IllegalArgumentException e) {
      print("RuntimeError:", e.getMessage());
    }
    x = randn(2, 3, 4);
    print(x);
    print(x.view(2, 12));
    print(x.view(2, -1));
    x = tensor(new double[] {1., 2., 3}, float32, true);
    y = tensor(new double[] {4., 5., 6}, float32, true);
    z = x.add(y);
    print(z);
    print(z.grad_fn());
    Tensor s = z.sum();
    print(s);
    print(s.grad_fn());
    s.backward();
    print(x.grad());
    x = randn(2, 2);
    y = randn(2, 2);
    print(x.requires_grad(), y.requires_grad());
    z = x.add(y);
    print(z.grad_fn());
    x = x.requires_grad_();
    y = y.requires_grad_();
    z = x.add(y);
    print(z.grad_fn());
    print(z.requires_grad());
    Tensor new_z = z.detach();
    print(new_z.grad_fn());
    print(x.requires_grad());
    print(x.pow(2).requires_grad());
    try (var g = no_grad()) {
      print(x.pow(2).requires_grad());
    }
  }

  // ------------------------------------------------------------------------------------------
  // nlp/deep_learning_tutorial.py

  static final class BoWClassifier extends Module {
    final Linear linear;

    BoWClassifier(long num_labels, long vocab_size) {
      linear = register_module("linear", new Linear(vocab_size, num_labels));
    }

    @Override
    public Tensor forward(Tensor bow_vec) {
      return F.log_softmax(linear.call(bow_vec), 1);
    }
  }

  static Tensor make_bow_vector(List<String> sentence, Map<String, Long> word_to_ix) {
    Tensor vec = zeros(word_to_ix.size());
    for (String word : sentence) {
      vec.get(word_to_ix.get(word)).add_(1); // vec[word_to_ix[word]] += 1
    }
    return vec.view(1, -1);
  }

  static Tensor make_target(String label, Map<String, Long> label_to_ix) {
    return LongTensor(List.of(label_to_ix.get(label)));
  }

  public static void deep_learning() {
    manual_seed(1);
    var lin = new Linear(5, 3); // maps from R^5 to R^3, parameters A, b
    Tensor data = randn(2, 5);
    print(lin.call(data)); // yes
    data = randn(2, 2);
    print(data);
    print(F.relu(data));
    data = randn(5);
    print(data);
    print(F.softmax(data, 0));
    print(F.softmax(data, 0).sum()); // Sums to 1 because it is a distribution!
    print(F.log_softmax(data, 0)); // theres also log_softmax

    List<Pair> train = List.of(
        new Pair(split("me gusta comer en la cafeteria"), "SPANISH"),
        new Pair(split("Give it to me"), "ENGLISH"),
        new Pair(split("No creo que sea una buena idea"), "SPANISH"),
        new Pair(split("No it is not a good idea to get lost at sea"), "ENGLISH"));
    List<Pair> test_data = List.of(
        new Pair(split("Yo creo que si"), "SPANISH"),
        new Pair(split("it is lost on me"), "ENGLISH"));
    Map<String, Long> word_to_ix = new LinkedHashMap<>();
    List<Pair> all = new ArrayList<>(train);
    all.addAll(test_data);
    for (Pair p : all) {
      for (String word : words(p)) {
        word_to_ix.putIfAbsent(word, (long) word_to_ix.size());
      }
    }
    print(word_to_ix);

    int VOCAB_SIZE = word_to_ix.size();
    int NUM_LABELS = 2;
    var model = new BoWClassifier(NUM_LABELS, VOCAB_SIZE);
    for (Parameter param : model.parameters()) {
      print(param);
    }
    try (var g = no_grad()) {
      Pair sample = train.get(0);
      Tensor bow_vector = make_bow_vector(words(sample), word_to_ix);
      Tensor log_probs = model.call(bow_vector);
      print(log_probs);
    }

    Map<String, Long> label_to_ix = Map.of("SPANISH", 0L, "ENGLISH", 1L);
    try (var g = no_grad()) {
      for (Pair p : test_data) {
        Tensor bow_vec = make_bow_vector(words(p), word_to_ix);
        print(model.call(bow_vec));
      }
    }
    print(model.parameters().iterator().next().get(all(), word_to_ix.get("creo")));

    var loss_function = new NLLLoss();
    var optimizer = new SGD(model.parameters(), 0.1);
    for (int epoch = 0; epoch < 100; epoch++) {
      for (Pair p : train) {
        model.zero_grad();
        Tensor bow_vec = make_bow_vector(words(p), word_to_ix);
        Tensor target = make_target((String) p.b(), label_to_ix);
        Tensor log_probs = model.call(bow_vec);
        Tensor loss = loss_function.call(log_probs, target);
        loss.backward();
        optimizer.step();
      }
    }
    try (var g = no_grad()) {
      for (Pair p : test_data) {
        Tensor bow_vec = make_bow_vector(words(p), word_to_ix);
        print(model.call(bow_vec));
      }
    }
    print(model.parameters().iterator().next().get(all(), word_to_ix.get("creo")));
  }

  @SuppressWarnings("unchecked")
  static List<String> words(Pair p) {
    return (List<String>) p.a();
  }

  // ------------------------------------------------------------------------------------------
  // nlp/word_embeddings_tutorial.py

  static final String SONNET = """
      When forty winters shall besiege thy brow,
      And dig deep trenches in thy beauty's field,
      Thy youth's proud livery so gazed on now,
      Will be a totter'd weed of small worth held:
      Then being asked, where all thy beauty lies,
      Where all the treasure of thy lusty days;
      To say, within thine own deep sunken eyes,
      Were an all-eating shame, and thriftless praise.
      How much more praise deserv'd thy beauty's use,
      If thou couldst answer 'This fair child of mine
      Shall sum my count, and make my old excuse,'
      Proving his beauty by succession thine!
      This were to be new made when thou art old,
      And see thy blood warm when thou feel'st it cold.""";

  static final String SICP = """
      We are about to study the idea of a computational process.
      Computational processes are abstract beings that inhabit computers.
      As they evolve, processes manipulate other abstract things called data.
      The evolution of a process is directed by a pattern of rules
      called a program. People create programs to direct processes. In effect,
      we conjure the spirits of the computer with our spells.""";

  static final class NGramLanguageModeler extends Module {
    final Embedding embeddings;
    final Linear linear1;
    final Linear linear2;

    NGramLanguageModeler(long vocab_size, long embedding_dim, long context_size) {
      embeddings = register_module("embeddings", new Embedding(vocab_size, embedding_dim));
      linear1 = register_module("linear1", new Linear(context_size * embedding_dim, 128));
      linear2 = register_module("linear2", new Linear(128, vocab_size));
    }

    @Override
    public Tensor forward(Tensor inputs) {
      Tensor embeds = embeddings.call(inputs).view(1, -1);
      Tensor out = F.relu(linear1.call(embeds));
      out = linear2.call(out);
      return F.log_softmax(out, 1);
    }
  }

  /** (not in the tutorial) the exercise's CBOW, filled in. */
  static final class CBOW extends Module {
    final Embedding embeddings;
    final Linear linear;

    CBOW(long vocab_size, long embedding_dim) {
      embeddings = register_module("embeddings", new Embedding(vocab_size, embedding_dim));
      linear = register_module("linear", new Linear(embedding_dim, vocab_size));
    }

    @Override
    public Tensor forward(Tensor inputs) {
      Tensor embeds = embeddings.call(inputs).sum(0).view(1, -1);
      return F.log_softmax(linear.call(embeds), 1);
    }
  }

  static Tensor make_context_vector(List<String> context, Map<String, Long> word_to_ix) {
    return tensor(context.stream().mapToLong(word_to_ix::get).toArray(), int64);
  }

  static Map<String, Long> enumerate(List<String> vocab) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String w : vocab) {
      m.put(w, (long) m.size());
    }
    return m;
  }

  public static void word_embeddings() {
    manual_seed(1);
    Map<String, Long> word_to_ix = Map.of("hello", 0L, "world", 1L);
    var embeds = new Embedding(2, 5); // 2 words in vocab, 5 dimensional embeddings
    Tensor lookup_tensor = tensor(new long[] {word_to_ix.get("hello")}, int64);
    Tensor hello_embed = embeds.call(lookup_tensor);
    print(hello_embed);

    int CONTEXT_SIZE = 2;
    int EMBEDDING_DIM = 10;
    List<String> test_sentence = split(SONNET);
    List<Pair> ngrams = new ArrayList<>();
    for (int i = CONTEXT_SIZE; i < test_sentence.size(); i++) {
      List<String> context = new ArrayList<>();
      for (int j = 0; j < CONTEXT_SIZE; j++) {
        context.add(test_sentence.get(i - j - 1));
      }
      ngrams.add(new Pair(context, test_sentence.get(i)));
    }
    print(ngrams.subList(0, 3));
    List<String> vocab = new ArrayList<>(new TreeSet<>(test_sentence)); // sorted(set(...))
    word_to_ix = enumerate(vocab);

    List<Double> losses = new ArrayList<>();
    var loss_function = new NLLLoss();
    var model = new NGramLanguageModeler(vocab.size(), EMBEDDING_DIM, CONTEXT_SIZE);
    var optimizer = new SGD(model.parameters(), 0.001);
    for (int epoch = 0; epoch < 10; epoch++) {
      double total_loss = 0;
      for (Pair p : ngrams) {
        Tensor context_idxs = make_context_vector(words(p), word_to_ix);
        model.zero_grad();
        Tensor log_probs = model.call(context_idxs);
        Tensor loss = loss_function.call(log_probs,
            tensor(new long[] {word_to_ix.get((String) p.b())}, int64));
        loss.backward();
        optimizer.step();
        total_loss += loss.doubleValue();
      }
      losses.add(total_loss);
    }
    print(losses); // The loss decreased every iteration over the training data!
    print(model.embeddings.weight().get(word_to_ix.get("beauty")));

    List<String> raw_text = split(SICP);
    vocab = new ArrayList<>(new TreeSet<>(raw_text));
    int vocab_size = vocab.size();
    word_to_ix = enumerate(vocab);
    List<Pair> data = new ArrayList<>();
    for (int i = CONTEXT_SIZE; i < raw_text.size() - CONTEXT_SIZE; i++) {
      List<String> context = new ArrayList<>();
      for (int j = 0; j < CONTEXT_SIZE; j++) {
        context.add(raw_text.get(i - j - 1));
      }
      for (int j = 0; j < CONTEXT_SIZE; j++) {
        context.add(raw_text.get(i + j + 1));
      }
      data.add(new Pair(context, raw_text.get(i)));
    }
    print(data.subList(0, 5));

    print(make_context_vector(words(data.get(0)), word_to_ix)); // example
    var cbow = new CBOW(vocab_size, EMBEDDING_DIM);
    optimizer = new SGD(cbow.parameters(), 0.01);
    losses = new ArrayList<>();
    for (int epoch = 0; epoch < 5; epoch++) {
      double total_loss = 0;
      for (Pair p : data) {
        cbow.zero_grad();
        Tensor log_probs = cbow.call(make_context_vector(words(p), word_to_ix));
        Tensor loss = loss_function.call(log_probs, tensor(new long[] {word_to_ix.get((String) p.b())}));
        loss.backward();
        optimizer.step();
        total_loss += loss.doubleValue();
      }
      losses.add(Math.round(total_loss * 1e4) / 1e4);
    }
    print(losses);
  }

  // ------------------------------------------------------------------------------------------
  // nlp/sequence_models_tutorial.py

  static final class LSTMTagger extends Module {
    final long hidden_dim;
    final Embedding word_embeddings;
    final LSTM lstm;
    final Linear hidden2tag;

    LSTMTagger(long embedding_dim, long hidden_dim, long vocab_size, long tagset_size) {
      this.hidden_dim = hidden_dim;
      word_embeddings = register_module("word_embeddings", new Embedding(vocab_size, embedding_dim));
      lstm = register_module("lstm", new LSTM(embedding_dim, hidden_dim));
      hidden2tag = register_module("hidden2tag", new Linear(hidden_dim, tagset_size));
    }

    @Override
    public Tensor forward(Tensor sentence) {
      Tensor embeds = word_embeddings.call(sentence);
      Tensor lstm_out = lstm.run(embeds.view(sentence.len(), 1, -1)).output();
      Tensor tag_space = hidden2tag.call(lstm_out.view(sentence.len(), -1));
      return F.log_softmax(tag_space, 1);
    }
  }

  public static void sequence_models() {
    manual_seed(1);
    var lstm = new LSTM(3, 3); // Input dim is 3, output dim is 3
    List<Tensor> inputs = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      inputs.add(randn(1, 3)); // make a sequence of length 5
    }
    Tensor[] hidden = {randn(1, 1, 3), randn(1, 1, 3)};
    LSTM.Output r = null;
    for (Tensor i : inputs) {
      r = lstm.run(i.view(1, 1, -1), hidden);
      hidden = r.state();
    }
    Tensor in = cat(inputs).view(inputs.size(), 1, -1);
    hidden = new Tensor[] {randn(1, 1, 3), randn(1, 1, 3)}; // clean out hidden state
    r = lstm.run(in, hidden);
    print(r.output());
    hidden = r.state();
    print(new Pair(hidden[0], hidden[1]));

    List<Pair> training_data = List.of(
        new Pair(split("The dog ate the apple"), List.of("DET", "NN", "V", "DET", "NN")),
        new Pair(split("Everybody read that book"), List.of("NN", "V", "DET", "NN")));
    Map<String, Long> word_to_ix = new LinkedHashMap<>();
    for (Pair p : training_data) {
      for (String word : words(p)) {
        word_to_ix.putIfAbsent(word, (long) word_to_ix.size());
      }
    }
    print(word_to_ix);
    Map<String, Long> tag_to_ix = Map.of("DET", 0L, "NN", 1L, "V", 2L);
    int EMBEDDING_DIM = 6;
    int HIDDEN_DIM = 6;

    var model = new LSTMTagger(EMBEDDING_DIM, HIDDEN_DIM, word_to_ix.size(), tag_to_ix.size());
    var loss_function = new NLLLoss();
    var optimizer = new SGD(model.parameters(), 0.1);
    try (var g = no_grad()) {
      Tensor x = prepare_sequence(words(training_data.get(0)), word_to_ix);
      print(model.call(x));
    }
    for (int epoch = 0; epoch < 300; epoch++) {
      for (Pair p : training_data) {
        model.zero_grad();
        Tensor sentence_in = prepare_sequence(words(p), word_to_ix);
        @SuppressWarnings("unchecked")
        Tensor targets = prepare_sequence((List<String>) p.b(), tag_to_ix);
        Tensor tag_scores = model.call(sentence_in);
        Tensor loss = loss_function.call(tag_scores, targets);
        loss.backward();
        optimizer.step();
      }
    }
    try (var g = no_grad()) {
      Tensor x = prepare_sequence(words(training_data.get(0)), word_to_ix);
      Tensor tag_scores = model.call(x);
      print(tag_scores);
      print(tag_scores.argmax(1));
    }
  }

  // ------------------------------------------------------------------------------------------
  // nlp/advanced_tutorial.py (Bi-LSTM CRF)

  static final String START_TAG = "<START>";
  static final String STOP_TAG = "<STOP>";

  /** The argmax as a Python int. */
  static int argmax(Tensor vec) {
    var r = max(vec, 1);
    return (int) r.indices().longValue();
  }

  /** log sum exp in a numerically stable way, for the forward algorithm. */
  static Tensor log_sum_exp(Tensor vec) {
    Tensor max_score = vec.get(0, argmax(vec));
    Tensor max_score_broadcast = max_score.view(1, -1).expand(1, vec.size().get(1));
    return max_score.add(log(sum(exp(vec.sub(max_score_broadcast)))));
  }

  static final class BiLSTM_CRF extends Module {
    final long embedding_dim;
    final long hidden_dim;
    final long vocab_size;
    final Map<String, Long> tag_to_ix;
    final int tagset_size;
    final Embedding word_embeds;
    final LSTM lstm;
    final Linear hidden2tag;
    final Parameter transitions;
    Tensor[] hidden;

    BiLSTM_CRF(long vocab_size, Map<String, Long> tag_to_ix, long embedding_dim, long hidden_dim) {
      this.embedding_dim = embedding_dim;
      this.hidden_dim = hidden_dim;
      this.vocab_size = vocab_size;
      this.tag_to_ix = tag_to_ix;
      this.tagset_size = tag_to_ix.size();
      word_embeds = register_module("word_embeds", new Embedding(vocab_size, embedding_dim));
      lstm = register_module("lstm",
          new LSTM(embedding_dim, hidden_dim / 2, 1, true, false, 0.0, true, 0));
      hidden2tag = register_module("hidden2tag", new Linear(hidden_dim, tagset_size));
      transitions = register_parameter("transitions",
          new Parameter(randn(tagset_size, tagset_size)));
      transitions.data().set(new Object[] {tag_to_ix.get(START_TAG), all()}, -10000);
      transitions.data().set(new Object[] {all(), tag_to_ix.get(STOP_TAG)}, -10000);
      hidden = init_hidden();
    }

    Tensor[] init_hidden() {
      return new Tensor[] {randn(2, 1, hidden_dim / 2), randn(2, 1, hidden_dim / 2)};
    }

    Tensor _forward_alg(Tensor feats) {
      Tensor init_alphas = full(new long[] {1, tagset_size}, -10000.);
      init_alphas.get(0).set(tag_to_ix.get(START_TAG), 0.);
      Tensor forward_var = init_alphas;
      for (Tensor feat : feats) {
        List<Tensor> alphas_t = new ArrayList<>(); // The forward tensors at this timestep
        for (int next_tag = 0; next_tag < tagset_size; next_tag++) {
          Tensor emit_score = feat.get(next_tag).view(1, -1).expand(1, tagset_size);
          Tensor trans_score = transitions.get(next_tag).view(1, -1);
          Tensor next_tag_var = forward_var.add(trans_score).add(emit_score);
          alphas_t.add(log_sum_exp(next_tag_var).view(1));
        }
        forward_var = cat(alphas_t).view(1, -1);
      }
      Tensor terminal_var = forward_var.add(transitions.get(tag_to_ix.get(STOP_TAG)));
      return log_sum_exp(terminal_var);
    }

    Tensor _get_lstm_features(Tensor sentence) {
      hidden = init_hidden();
      Tensor embeds = word_embeds.call(sentence).view(sentence.len(), 1, -1);
      var r = lstm.run(embeds, hidden);
      hidden = r.state();
      Tensor lstm_out = r.output().view(sentence.len(), hidden_dim);
      return hidden2tag.call(lstm_out);
    }

    Tensor _score_sentence(Tensor feats, Tensor tags) {
      Tensor score = zeros(1);
      tags = cat(List.of(tensor(new long[] {tag_to_ix.get(START_TAG)}, int64), tags));
      int i = 0;
      for (Tensor feat : feats) {
        score = score.add(transitions.get(tags.get(i + 1), tags.get(i))).add(feat.get(tags.get(i + 1)));
        i++;
      }
      return score.add(transitions.get(tag_to_ix.get(STOP_TAG), tags.get(-1)));
    }

    Pair _viterbi_decode(Tensor feats) {
      List<int[]> backpointers = new ArrayList<>();
      Tensor init_vvars = full(new long[] {1, tagset_size}, -10000.);
      init_vvars.get(0).set(tag_to_ix.get(START_TAG), 0);
      Tensor forward_var = init_vvars;
      for (Tensor feat : feats) {
        int[] bptrs_t = new int[tagset_size]; // holds the backpointers for this step
        List<Tensor> viterbivars_t = new ArrayList<>(); // holds the viterbi variables for this step
        for (int next_tag = 0; next_tag < tagset_size; next_tag++) {
          Tensor next_tag_var = forward_var.add(transitions.get(next_tag));
          int best_tag_id = argmax(next_tag_var);
          bptrs_t[next_tag] = best_tag_id;
          viterbivars_t.add(next_tag_var.get(0).get(best_tag_id).view(1));
        }
        forward_var = cat(viterbivars_t).add(feat).view(1, -1);
        backpointers.add(bptrs_t);
      }
      Tensor terminal_var = forward_var.add(transitions.get(tag_to_ix.get(STOP_TAG)));
      int best_tag_id = argmax(terminal_var);
      Tensor path_score = terminal_var.get(0).get(best_tag_id);
      List<Integer> best_path = new ArrayList<>(List.of(best_tag_id));
      for (int k = backpointers.size() - 1; k >= 0; k--) {
        best_tag_id = backpointers.get(k)[best_tag_id];
        best_path.add(best_tag_id);
      }
      int start = best_path.remove(best_path.size() - 1);
      if (start != tag_to_ix.get(START_TAG)) {
        throw new AssertionError(); // Sanity check
      }
      Collections.reverse(best_path);
      return new Pair(path_score, best_path);
    }

    Tensor neg_log_likelihood(Tensor sentence, Tensor tags) {
      Tensor feats = _get_lstm_features(sentence);
      Tensor forward_score = _forward_alg(feats);
      Tensor gold_score = _score_sentence(feats, tags);
      return forward_score.sub(gold_score);
    }

    /** PyTorch's {@code forward}, which returns a (score, tag sequence) pair. */
    Pair decode(Tensor sentence) {
      Tensor lstm_feats = _get_lstm_features(sentence);
      return _viterbi_decode(lstm_feats);
    }
  }

  public static void advanced() {
    manual_seed(1);
    int EMBEDDING_DIM = 5;
    int HIDDEN_DIM = 4;
    List<Pair> training_data = List.of(
        new Pair(split("the wall street journal reported today that apple corporation made money"),
            split("B I I I O O O B I O O")),
        new Pair(split("georgia tech is a university in georgia"), split("B I O O O O B")));
    Map<String, Long> word_to_ix = new LinkedHashMap<>();
    for (Pair p : training_data) {
      for (String word : words(p)) {
        word_to_ix.putIfAbsent(word, (long) word_to_ix.size());
      }
    }
    Map<String, Long> tag_to_ix = new LinkedHashMap<>();
    tag_to_ix.put("B", 0L);
    tag_to_ix.put("I", 1L);
    tag_to_ix.put("O", 2L);
    tag_to_ix.put(START_TAG, 3L);
    tag_to_ix.put(STOP_TAG, 4L);
    var model = new BiLSTM_CRF(word_to_ix.size(), tag_to_ix, EMBEDDING_DIM, HIDDEN_DIM);
    var optimizer = new SGD(model.parameters(), 0.01, 0, 0, 1e-4);
    Tensor precheck_sent;
    Tensor precheck_tags;
    try (var g = no_grad()) {
      precheck_sent = prepare_sequence(words(training_data.get(0)), word_to_ix);
      @SuppressWarnings("unchecked")
      Tensor t = prepare_sequence((List<String>) training_data.get(0).b(), tag_to_ix);
      precheck_tags = t;
      print(model.decode(precheck_sent));
    }
    for (int epoch = 0; epoch < 300; epoch++) {
      for (Pair p : training_data) {
        model.zero_grad();
        Tensor sentence_in = prepare_sequence(words(p), word_to_ix);
        @SuppressWarnings("unchecked")
        Tensor targets = prepare_sequence((List<String>) p.b(), tag_to_ix);
        Tensor loss = model.neg_log_likelihood(sentence_in, targets);
        loss.backward();
        optimizer.step();
      }
    }
    try (var g = no_grad()) {
      precheck_sent = prepare_sequence(words(training_data.get(0)), word_to_ix);
      print(model.decode(precheck_sent));
    }
    print(model.neg_log_likelihood(precheck_sent, precheck_tags));
  }
}
