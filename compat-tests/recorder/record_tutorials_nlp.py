#!/usr/bin/python3
"""Records more of PyTorch's tutorials (pytorch/tutorials) under PyTorch 1.13, for the Java ports in
compat-tests/src/test/java/dev/torchnd/compat/tutorials/ (TutorialsNlpTest):

  beginner_source/nlp/pytorch_tutorial.py          -> nlp_pytorch_tutorial.txt
  beginner_source/nlp/deep_learning_tutorial.py    -> nlp_deep_learning.txt
  beginner_source/nlp/word_embeddings_tutorial.py  -> nlp_word_embeddings.txt
  beginner_source/nlp/sequence_models_tutorial.py  -> nlp_sequence_models.txt
  beginner_source/nlp/advanced_tutorial.py         -> nlp_advanced.txt  (Bi-LSTM CRF)
  beginner_source/blitz/autograd_tutorial.py       -> blitz_autograd.txt
  beginner_source/introyt/tensors_deeper_tutorial.py -> introyt_tensors.txt
  beginner_source/introyt/autogradyt_tutorial.py   -> introyt_autograd.txt
  beginner_source/introyt/modelsyt_tutorial.py     -> introyt_models.txt
  beginner_source/former_torchies/nnft_tutorial.py -> torchies_nn.txt
  (not a tutorial) the API the ports needed, edge cases and errors -> tutorial_gaps.txt

Run:  /usr/bin/python3 compat-tests/recorder/record_tutorials_nlp.py [name ...]
Out:  compat-tests/src/test/resources/fixtures/tutorials/<name>.txt (what each program prints)

Each program is the tutorial's code with these changes only:
  * the seed each tutorial sets (torch.manual_seed(1) in the NLP ones) is kept, others get
    torch.manual_seed(0) first;
  * Python sets iterate in hash order, which changes with PYTHONHASHSEED, so where a tutorial
    numbers a vocabulary by enumerate(set(words)) this numbers sorted(set(words)) instead;
  * exercises the tutorial leaves empty (word_embeddings' CBOW) are filled in with the obvious
    model and marked "(not in the tutorial)";
  * torchvision's pretrained resnet18 (a download) and matplotlib plots are left out;
  * object addresses are not reproducible: "<AddBackward0 object at 0x7f...>" is written as
    "AddBackward0", as the Java side's Transcript writes TorchND's grad_fn() prints.
"""

import contextlib
import io
import math
import os
import re
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "test", "resources", "fixtures", "tutorials")
torch.set_num_threads(1)

PROGRAMS = {}


def program(fn):
    PROGRAMS[fn.__name__] = fn
    return fn


# ----------------------------------------------------------------------------------------------
# nlp/pytorch_tutorial.py

@program
def nlp_pytorch_tutorial():
    torch.manual_seed(1)
    V_data = [1., 2., 3.]
    V = torch.tensor(V_data)
    print(V)
    M_data = [[1., 2., 3.], [4., 5., 6]]
    M = torch.tensor(M_data)
    print(M)
    T_data = [[[1., 2.], [3., 4.]],
              [[5., 6.], [7., 8.]]]
    T = torch.tensor(T_data)
    print(T)
    print(V[0])
    print(V[0].item())
    print(M[0])
    print(T[0])
    x = torch.randn((3, 4, 5))
    print(x)
    x = torch.tensor([1., 2., 3.])
    y = torch.tensor([4., 5., 6.])
    z = x + y
    print(z)
    x_1 = torch.randn(2, 5)
    y_1 = torch.randn(3, 5)
    z_1 = torch.cat([x_1, y_1])
    print(z_1)
    x_2 = torch.randn(2, 3)
    y_2 = torch.randn(2, 5)
    z_2 = torch.cat([x_2, y_2], 1)
    print(z_2)
    # If your tensors are not compatible, torch will complain.  Uncomment to see the error
    try:
        torch.cat([x_1, x_2])
    except RuntimeError as e:
        print("RuntimeError:", e)
    x = torch.randn(2, 3, 4)
    print(x)
    print(x.view(2, 12))
    print(x.view(2, -1))
    x = torch.tensor([1., 2., 3], requires_grad=True)
    y = torch.tensor([4., 5., 6], requires_grad=True)
    z = x + y
    print(z)
    print(z.grad_fn)
    s = z.sum()
    print(s)
    print(s.grad_fn)
    s.backward()
    print(x.grad)
    x = torch.randn(2, 2)
    y = torch.randn(2, 2)
    print(x.requires_grad, y.requires_grad)
    z = x + y
    print(z.grad_fn)
    x = x.requires_grad_()
    y = y.requires_grad_()
    z = x + y
    print(z.grad_fn)
    print(z.requires_grad)
    new_z = z.detach()
    print(new_z.grad_fn)
    print(x.requires_grad)
    print((x ** 2).requires_grad)
    with torch.no_grad():
        print((x ** 2).requires_grad)


# ----------------------------------------------------------------------------------------------
# nlp/deep_learning_tutorial.py

@program
def nlp_deep_learning():
    torch.manual_seed(1)
    lin = nn.Linear(5, 3)  # maps from R^5 to R^3, parameters A, b
    data = torch.randn(2, 5)
    print(lin(data))  # yes
    data = torch.randn(2, 2)
    print(data)
    print(F.relu(data))
    data = torch.randn(5)
    print(data)
    print(F.softmax(data, dim=0))
    print(F.softmax(data, dim=0).sum())  # Sums to 1 because it is a distribution!
    print(F.log_softmax(data, dim=0))  # theres also log_softmax

    data = [("me gusta comer en la cafeteria".split(), "SPANISH"),
            ("Give it to me".split(), "ENGLISH"),
            ("No creo que sea una buena idea".split(), "SPANISH"),
            ("No it is not a good idea to get lost at sea".split(), "ENGLISH")]
    test_data = [("Yo creo que si".split(), "SPANISH"),
                 ("it is lost on me".split(), "ENGLISH")]
    word_to_ix = {}
    for sent, _ in data + test_data:
        for word in sent:
            if word not in word_to_ix:
                word_to_ix[word] = len(word_to_ix)
    print(word_to_ix)

    VOCAB_SIZE = len(word_to_ix)
    NUM_LABELS = 2

    class BoWClassifier(nn.Module):  # inheriting from nn.Module!
        def __init__(self, num_labels, vocab_size):
            super(BoWClassifier, self).__init__()
            self.linear = nn.Linear(vocab_size, num_labels)

        def forward(self, bow_vec):
            return F.log_softmax(self.linear(bow_vec), dim=1)

    def make_bow_vector(sentence, word_to_ix):
        vec = torch.zeros(len(word_to_ix))
        for word in sentence:
            vec[word_to_ix[word]] += 1
        return vec.view(1, -1)

    def make_target(label, label_to_ix):
        return torch.LongTensor([label_to_ix[label]])

    model = BoWClassifier(NUM_LABELS, VOCAB_SIZE)
    for param in model.parameters():
        print(param)
    with torch.no_grad():
        sample = data[0]
        bow_vector = make_bow_vector(sample[0], word_to_ix)
        log_probs = model(bow_vector)
        print(log_probs)

    label_to_ix = {"SPANISH": 0, "ENGLISH": 1}
    with torch.no_grad():
        for instance, label in test_data:
            bow_vec = make_bow_vector(instance, word_to_ix)
            log_probs = model(bow_vec)
            print(log_probs)
    print(next(model.parameters())[:, word_to_ix["creo"]])

    loss_function = nn.NLLLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(100):
        for instance, label in data:
            model.zero_grad()
            bow_vec = make_bow_vector(instance, word_to_ix)
            target = make_target(label, label_to_ix)
            log_probs = model(bow_vec)
            loss = loss_function(log_probs, target)
            loss.backward()
            optimizer.step()

    with torch.no_grad():
        for instance, label in test_data:
            bow_vec = make_bow_vector(instance, word_to_ix)
            log_probs = model(bow_vec)
            print(log_probs)
    print(next(model.parameters())[:, word_to_ix["creo"]])


# ----------------------------------------------------------------------------------------------
# nlp/word_embeddings_tutorial.py

SONNET = """When forty winters shall besiege thy brow,
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
And see thy blood warm when thou feel'st it cold."""

SICP = """We are about to study the idea of a computational process.
Computational processes are abstract beings that inhabit computers.
As they evolve, processes manipulate other abstract things called data.
The evolution of a process is directed by a pattern of rules
called a program. People create programs to direct processes. In effect,
we conjure the spirits of the computer with our spells."""


@program
def nlp_word_embeddings():
    torch.manual_seed(1)
    word_to_ix = {"hello": 0, "world": 1}
    embeds = nn.Embedding(2, 5)  # 2 words in vocab, 5 dimensional embeddings
    lookup_tensor = torch.tensor([word_to_ix["hello"]], dtype=torch.long)
    hello_embed = embeds(lookup_tensor)
    print(hello_embed)

    CONTEXT_SIZE = 2
    EMBEDDING_DIM = 10
    test_sentence = SONNET.split()
    ngrams = [
        (
            [test_sentence[i - j - 1] for j in range(CONTEXT_SIZE)],
            test_sentence[i]
        )
        for i in range(CONTEXT_SIZE, len(test_sentence))
    ]
    print(ngrams[:3])
    vocab = sorted(set(test_sentence))  # the tutorial: set(test_sentence)
    word_to_ix = {word: i for i, word in enumerate(vocab)}

    class NGramLanguageModeler(nn.Module):
        def __init__(self, vocab_size, embedding_dim, context_size):
            super(NGramLanguageModeler, self).__init__()
            self.embeddings = nn.Embedding(vocab_size, embedding_dim)
            self.linear1 = nn.Linear(context_size * embedding_dim, 128)
            self.linear2 = nn.Linear(128, vocab_size)

        def forward(self, inputs):
            embeds = self.embeddings(inputs).view((1, -1))
            out = F.relu(self.linear1(embeds))
            out = self.linear2(out)
            log_probs = F.log_softmax(out, dim=1)
            return log_probs

    losses = []
    loss_function = nn.NLLLoss()
    model = NGramLanguageModeler(len(vocab), EMBEDDING_DIM, CONTEXT_SIZE)
    optimizer = optim.SGD(model.parameters(), lr=0.001)
    for epoch in range(10):
        total_loss = 0
        for context, target in ngrams:
            context_idxs = torch.tensor([word_to_ix[w] for w in context], dtype=torch.long)
            model.zero_grad()
            log_probs = model(context_idxs)
            loss = loss_function(log_probs, torch.tensor([word_to_ix[target]], dtype=torch.long))
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        losses.append(total_loss)
    print(losses)  # The loss decreased every iteration over the training data!
    # To get the embedding of a particular word, e.g. "beauty"
    print(model.embeddings.weight[word_to_ix["beauty"]])

    CONTEXT_SIZE = 2  # 2 words to the left, 2 to the right
    raw_text = SICP.split()
    vocab = sorted(set(raw_text))  # the tutorial: set(raw_text)
    vocab_size = len(vocab)
    word_to_ix = {word: i for i, word in enumerate(vocab)}
    data = []
    for i in range(CONTEXT_SIZE, len(raw_text) - CONTEXT_SIZE):
        context = (
            [raw_text[i - j - 1] for j in range(CONTEXT_SIZE)]
            + [raw_text[i + j + 1] for j in range(CONTEXT_SIZE)]
        )
        target = raw_text[i]
        data.append((context, target))
    print(data[:5])

    # (not in the tutorial) the exercise's CBOW, filled in
    class CBOW(nn.Module):
        def __init__(self, vocab_size, embedding_dim):
            super(CBOW, self).__init__()
            self.embeddings = nn.Embedding(vocab_size, embedding_dim)
            self.linear = nn.Linear(embedding_dim, vocab_size)

        def forward(self, inputs):
            embeds = self.embeddings(inputs).sum(dim=0).view(1, -1)
            return F.log_softmax(self.linear(embeds), dim=1)

    def make_context_vector(context, word_to_ix):
        idxs = [word_to_ix[w] for w in context]
        return torch.tensor(idxs, dtype=torch.long)

    print(make_context_vector(data[0][0], word_to_ix))  # example
    cbow = CBOW(vocab_size, EMBEDDING_DIM)
    optimizer = optim.SGD(cbow.parameters(), lr=0.01)
    losses = []
    for epoch in range(5):
        total_loss = 0
        for context, target in data:
            cbow.zero_grad()
            log_probs = cbow(make_context_vector(context, word_to_ix))
            loss = loss_function(log_probs, torch.tensor([word_to_ix[target]]))
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        losses.append(round(total_loss, 4))
    print(losses)


# ----------------------------------------------------------------------------------------------
# nlp/sequence_models_tutorial.py

@program
def nlp_sequence_models():
    torch.manual_seed(1)
    lstm = nn.LSTM(3, 3)  # Input dim is 3, output dim is 3
    inputs = [torch.randn(1, 3) for _ in range(5)]  # make a sequence of length 5
    hidden = (torch.randn(1, 1, 3),
              torch.randn(1, 1, 3))
    for i in inputs:
        out, hidden = lstm(i.view(1, 1, -1), hidden)
    inputs = torch.cat(inputs).view(len(inputs), 1, -1)
    hidden = (torch.randn(1, 1, 3), torch.randn(1, 1, 3))  # clean out hidden state
    out, hidden = lstm(inputs, hidden)
    print(out)
    print(hidden)

    def prepare_sequence(seq, to_ix):
        idxs = [to_ix[w] for w in seq]
        return torch.tensor(idxs, dtype=torch.long)

    training_data = [
        ("The dog ate the apple".split(), ["DET", "NN", "V", "DET", "NN"]),
        ("Everybody read that book".split(), ["NN", "V", "DET", "NN"])
    ]
    word_to_ix = {}
    for sent, tags in training_data:
        for word in sent:
            if word not in word_to_ix:
                word_to_ix[word] = len(word_to_ix)
    print(word_to_ix)
    tag_to_ix = {"DET": 0, "NN": 1, "V": 2}
    EMBEDDING_DIM = 6
    HIDDEN_DIM = 6

    class LSTMTagger(nn.Module):
        def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
            super(LSTMTagger, self).__init__()
            self.hidden_dim = hidden_dim
            self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
            self.lstm = nn.LSTM(embedding_dim, hidden_dim)
            self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

        def forward(self, sentence):
            embeds = self.word_embeddings(sentence)
            lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
            tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
            tag_scores = F.log_softmax(tag_space, dim=1)
            return tag_scores

    model = LSTMTagger(EMBEDDING_DIM, HIDDEN_DIM, len(word_to_ix), len(tag_to_ix))
    loss_function = nn.NLLLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.1)
    with torch.no_grad():
        inputs = prepare_sequence(training_data[0][0], word_to_ix)
        tag_scores = model(inputs)
        print(tag_scores)
    for epoch in range(300):
        for sentence, tags in training_data:
            model.zero_grad()
            sentence_in = prepare_sequence(sentence, word_to_ix)
            targets = prepare_sequence(tags, tag_to_ix)
            tag_scores = model(sentence_in)
            loss = loss_function(tag_scores, targets)
            loss.backward()
            optimizer.step()
    with torch.no_grad():
        inputs = prepare_sequence(training_data[0][0], word_to_ix)
        tag_scores = model(inputs)
        print(tag_scores)
        # (not in the tutorial) the predicted tags it describes
        print(tag_scores.argmax(dim=1))


# ----------------------------------------------------------------------------------------------
# nlp/advanced_tutorial.py (Bi-LSTM CRF)

@program
def nlp_advanced():
    torch.manual_seed(1)

    def argmax(vec):
        # return the argmax as a python int
        _, idx = torch.max(vec, 1)
        return idx.item()

    def prepare_sequence(seq, to_ix):
        idxs = [to_ix[w] for w in seq]
        return torch.tensor(idxs, dtype=torch.long)

    # Compute log sum exp in a numerically stable way for the forward algorithm
    def log_sum_exp(vec):
        max_score = vec[0, argmax(vec)]
        max_score_broadcast = max_score.view(1, -1).expand(1, vec.size()[1])
        return max_score + \
            torch.log(torch.sum(torch.exp(vec - max_score_broadcast)))

    START_TAG = "<START>"
    STOP_TAG = "<STOP>"

    class BiLSTM_CRF(nn.Module):
        def __init__(self, vocab_size, tag_to_ix, embedding_dim, hidden_dim):
            super(BiLSTM_CRF, self).__init__()
            self.embedding_dim = embedding_dim
            self.hidden_dim = hidden_dim
            self.vocab_size = vocab_size
            self.tag_to_ix = tag_to_ix
            self.tagset_size = len(tag_to_ix)
            self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
            self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2,
                                num_layers=1, bidirectional=True)
            self.hidden2tag = nn.Linear(hidden_dim, self.tagset_size)
            self.transitions = nn.Parameter(
                torch.randn(self.tagset_size, self.tagset_size))
            self.transitions.data[tag_to_ix[START_TAG], :] = -10000
            self.transitions.data[:, tag_to_ix[STOP_TAG]] = -10000
            self.hidden = self.init_hidden()

        def init_hidden(self):
            return (torch.randn(2, 1, self.hidden_dim // 2),
                    torch.randn(2, 1, self.hidden_dim // 2))

        def _forward_alg(self, feats):
            init_alphas = torch.full((1, self.tagset_size), -10000.)
            init_alphas[0][self.tag_to_ix[START_TAG]] = 0.
            forward_var = init_alphas
            for feat in feats:
                alphas_t = []  # The forward tensors at this timestep
                for next_tag in range(self.tagset_size):
                    emit_score = feat[next_tag].view(
                        1, -1).expand(1, self.tagset_size)
                    trans_score = self.transitions[next_tag].view(1, -1)
                    next_tag_var = forward_var + trans_score + emit_score
                    alphas_t.append(log_sum_exp(next_tag_var).view(1))
                forward_var = torch.cat(alphas_t).view(1, -1)
            terminal_var = forward_var + self.transitions[self.tag_to_ix[STOP_TAG]]
            alpha = log_sum_exp(terminal_var)
            return alpha

        def _get_lstm_features(self, sentence):
            self.hidden = self.init_hidden()
            embeds = self.word_embeds(sentence).view(len(sentence), 1, -1)
            lstm_out, self.hidden = self.lstm(embeds, self.hidden)
            lstm_out = lstm_out.view(len(sentence), self.hidden_dim)
            lstm_feats = self.hidden2tag(lstm_out)
            return lstm_feats

        def _score_sentence(self, feats, tags):
            score = torch.zeros(1)
            tags = torch.cat([torch.tensor([self.tag_to_ix[START_TAG]], dtype=torch.long), tags])
            for i, feat in enumerate(feats):
                score = score + \
                    self.transitions[tags[i + 1], tags[i]] + feat[tags[i + 1]]
            score = score + self.transitions[self.tag_to_ix[STOP_TAG], tags[-1]]
            return score

        def _viterbi_decode(self, feats):
            backpointers = []
            init_vvars = torch.full((1, self.tagset_size), -10000.)
            init_vvars[0][self.tag_to_ix[START_TAG]] = 0
            forward_var = init_vvars
            for feat in feats:
                bptrs_t = []  # holds the backpointers for this step
                viterbivars_t = []  # holds the viterbi variables for this step
                for next_tag in range(self.tagset_size):
                    next_tag_var = forward_var + self.transitions[next_tag]
                    best_tag_id = argmax(next_tag_var)
                    bptrs_t.append(best_tag_id)
                    viterbivars_t.append(next_tag_var[0][best_tag_id].view(1))
                forward_var = (torch.cat(viterbivars_t) + feat).view(1, -1)
                backpointers.append(bptrs_t)
            terminal_var = forward_var + self.transitions[self.tag_to_ix[STOP_TAG]]
            best_tag_id = argmax(terminal_var)
            path_score = terminal_var[0][best_tag_id]
            best_path = [best_tag_id]
            for bptrs_t in reversed(backpointers):
                best_tag_id = bptrs_t[best_tag_id]
                best_path.append(best_tag_id)
            start = best_path.pop()
            assert start == self.tag_to_ix[START_TAG]  # Sanity check
            best_path.reverse()
            return path_score, best_path

        def neg_log_likelihood(self, sentence, tags):
            feats = self._get_lstm_features(sentence)
            forward_score = self._forward_alg(feats)
            gold_score = self._score_sentence(feats, tags)
            return forward_score - gold_score

        def forward(self, sentence):  # dont confuse this with _forward_alg above.
            lstm_feats = self._get_lstm_features(sentence)
            score, tag_seq = self._viterbi_decode(lstm_feats)
            return score, tag_seq

    EMBEDDING_DIM = 5
    HIDDEN_DIM = 4
    training_data = [(
        "the wall street journal reported today that apple corporation made money".split(),
        "B I I I O O O B I O O".split()
    ), (
        "georgia tech is a university in georgia".split(),
        "B I O O O O B".split()
    )]
    word_to_ix = {}
    for sentence, tags in training_data:
        for word in sentence:
            if word not in word_to_ix:
                word_to_ix[word] = len(word_to_ix)
    tag_to_ix = {"B": 0, "I": 1, "O": 2, START_TAG: 3, STOP_TAG: 4}
    model = BiLSTM_CRF(len(word_to_ix), tag_to_ix, EMBEDDING_DIM, HIDDEN_DIM)
    optimizer = optim.SGD(model.parameters(), lr=0.01, weight_decay=1e-4)
    with torch.no_grad():
        precheck_sent = prepare_sequence(training_data[0][0], word_to_ix)
        precheck_tags = torch.tensor([tag_to_ix[t] for t in training_data[0][1]], dtype=torch.long)
        print(model(precheck_sent))
    for epoch in range(300):
        for sentence, tags in training_data:
            model.zero_grad()
            sentence_in = prepare_sequence(sentence, word_to_ix)
            targets = torch.tensor([tag_to_ix[t] for t in tags], dtype=torch.long)
            loss = model.neg_log_likelihood(sentence_in, targets)
            loss.backward()
            optimizer.step()
    with torch.no_grad():
        precheck_sent = prepare_sequence(training_data[0][0], word_to_ix)
        print(model(precheck_sent))
    # (not in the tutorial) the loss it minimised, at the end
    print(model.neg_log_likelihood(precheck_sent, precheck_tags))


# ----------------------------------------------------------------------------------------------
# introyt/tensors_deeper_tutorial.py

@program
def introyt_tensors():
    torch.manual_seed(0)
    x = torch.empty(3, 4)
    print(type(x))
    print(x.shape)  # the tutorial prints x: torch.empty's memory is uninitialised
    zeros = torch.zeros(2, 3)
    print(zeros)
    ones = torch.ones(2, 3)
    print(ones)
    torch.manual_seed(1729)
    random = torch.rand(2, 3)
    print(random)
    torch.manual_seed(1729)
    random1 = torch.rand(2, 3)
    print(random1)
    random2 = torch.rand(2, 3)
    print(random2)
    torch.manual_seed(1729)
    random3 = torch.rand(2, 3)
    print(random3)
    random4 = torch.rand(2, 3)
    print(random4)

    x = torch.empty(2, 2, 3)
    print(x.shape)
    empty_like_x = torch.empty_like(x)
    print(empty_like_x.shape)
    zeros_like_x = torch.zeros_like(x)
    print(zeros_like_x.shape)
    print(zeros_like_x)
    ones_like_x = torch.ones_like(x)
    print(ones_like_x.shape)
    print(ones_like_x)
    rand_like_x = torch.rand_like(x)
    print(rand_like_x.shape)
    print(rand_like_x)

    some_constants = torch.tensor([[3.1415926, 2.71828], [1.61803, 0.0072897]])
    print(some_constants)
    some_integers = torch.tensor((2, 3, 5, 7, 11, 13, 17, 19))
    print(some_integers)
    more_integers = torch.tensor(((2, 4, 6), [3, 6, 9]))
    print(more_integers)

    a = torch.ones((2, 3), dtype=torch.int16)
    print(a)
    b = torch.rand((2, 3), dtype=torch.float64) * 20.
    print(b)
    c = b.to(torch.int32)
    print(c)

    ones = torch.zeros(2, 2) + 1
    twos = torch.ones(2, 2) * 2
    threes = (torch.ones(2, 2) * 7 - 1) / 2
    fours = twos ** 2
    sqrt2s = twos ** 0.5
    print(ones)
    print(twos)
    print(threes)
    print(fours)
    print(sqrt2s)
    powers2 = twos ** torch.tensor([[1, 2], [3, 4]])
    print(powers2)
    fives = ones + fours
    print(fives)
    dozens = threes * fours
    print(dozens)
    # the cell the tutorial says throws
    try:
        a = torch.rand(2, 3)
        b = torch.rand(3, 2)
        print(a * b)
    except RuntimeError as e:
        print("RuntimeError:", e)

    rand = torch.rand(2, 4)
    doubled = rand * (torch.ones(1, 4) * 2)
    print(rand)
    print(doubled)

    a = torch.ones(4, 3, 2)
    b = a * torch.rand(3, 2)  # 3rd & 2nd dims identical to a, dim 1 absent
    print(b)
    c = a * torch.rand(3, 1)  # 3rd dim = 1, 2nd dim identical to a
    print(c)
    d = a * torch.rand(1, 2)  # 3rd dim identical to a, 2nd dim = 1
    print(d)
    # the broadcasts the tutorial says fail
    for f in (lambda: a * torch.rand(4, 3), lambda: a * torch.rand(2, 3),
              lambda: a * torch.rand((0, ))):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)

    a = torch.rand(2, 4) * 2 - 1
    print('Common functions:')
    print(torch.abs(a))
    print(torch.ceil(a))
    print(torch.floor(a))
    print(torch.clamp(a, -0.5, 0.5))
    angles = torch.tensor([0, math.pi / 4, math.pi / 2, 3 * math.pi / 4])
    sines = torch.sin(angles)
    inverses = torch.asin(sines)
    print('\nSine and arcsine:')
    print(angles)
    print(sines)
    print(inverses)
    print('\nBitwise XOR:')
    b = torch.tensor([1, 5, 11])
    c = torch.tensor([2, 7, 10])
    print(torch.bitwise_xor(b, c))
    print('\nBroadcasted, element-wise equality comparison:')
    d = torch.tensor([[1., 2.], [3., 4.]])
    e = torch.ones(1, 2)  # many comparison ops support broadcasting!
    print(torch.eq(d, e))  # returns a tensor of type bool
    print('\nReduction ops:')
    print(torch.max(d))  # returns a single-element tensor
    print(torch.max(d).item())  # extracts the value from the returned tensor
    print(torch.mean(d))  # average
    print(torch.std(d))  # standard deviation
    print(torch.prod(d))  # product of all numbers
    print(torch.unique(torch.tensor([1, 2, 1, 2, 1, 2])))  # filter unique elements
    v1 = torch.tensor([1., 0., 0.])  # x unit vector
    v2 = torch.tensor([0., 1., 0.])  # y unit vector
    m1 = torch.rand(2, 2)  # random matrix
    m2 = torch.tensor([[3., 0.], [0., 3.]])  # three times identity matrix
    print('\nVectors & Matrices:')
    print(torch.cross(v2, v1))  # negative of z unit vector (v1 x v2 == -v2 x v1)
    print(m1)
    m3 = torch.matmul(m1, m2)
    print(m3)  # 3 times m1
    print(torch.svd(m3))  # singular value decomposition

    a = torch.tensor([0, math.pi / 4, math.pi / 2, 3 * math.pi / 4])
    print('a:')
    print(a)
    print(torch.sin(a))  # this operation creates a new tensor in memory
    print(a)  # a has not changed
    b = torch.tensor([0, math.pi / 4, math.pi / 2, 3 * math.pi / 4])
    print('\nb:')
    print(b)
    print(torch.sin_(b))  # note the underscore
    print(b)  # b has changed

    a = torch.ones(2, 2)
    b = torch.rand(2, 2)
    print('Before:')
    print(a)
    print(b)
    print('\nAfter adding:')
    print(a.add_(b))
    print(a)
    print(b)
    print('\nAfter multiplying')
    print(b.mul_(b))
    print(b)

    a = torch.rand(2, 2)
    b = torch.rand(2, 2)
    c = torch.zeros(2, 2)
    old_id = id(c)
    print(c)
    d = torch.matmul(a, b, out=c)
    print(c)  # contents of c have changed
    assert c is d  # test c & d are same object, not just containing equal values
    assert id(c) == old_id  # make sure that our new c is the same object as the old one
    torch.rand(2, 2, out=c)  # works for creation too!
    print(c)  # c has changed again
    assert id(c) == old_id  # still the same object!

    a = torch.ones(2, 2)
    b = a
    a[0][1] = 561  # we change a...
    print(b)  # ...and b is also altered
    a = torch.ones(2, 2)
    b = a.clone()
    assert b is not a  # different objects in memory...
    print(torch.eq(a, b))  # ...but still with the same contents!
    a[0][1] = 561  # a changes...
    print(b)  # ...but b is still all ones

    a = torch.rand(2, 2, requires_grad=True)  # turn on autograd
    print(a)
    b = a.clone()
    print(b)
    c = a.detach().clone()
    print(c)
    print(a)

    if torch.cuda.is_available():
        print('We have a GPU!')
    else:
        print('Sorry, CPU only.')
    if torch.cuda.is_available():
        my_device = torch.device('cuda')
    else:
        my_device = torch.device('cpu')
    print('Device: {}'.format(my_device))
    x = torch.rand(2, 2, device=my_device)
    print(x)
    y = torch.rand(2, 2)
    y = y.to(my_device)
    # the cell the tutorial says throws
    try:
        x = torch.rand(2, 2)
        y = torch.rand(2, 2, device='gpu')
    except RuntimeError as e:
        print("RuntimeError:", e)

    a = torch.rand(3, 226, 226)
    b = a.unsqueeze(0)
    print(a.shape)
    print(b.shape)
    c = torch.rand(1, 1, 1, 1, 1)
    print(c)
    a = torch.rand(1, 20)
    print(a.shape)
    print(a)
    b = a.squeeze(0)
    print(b.shape)
    print(b)
    c = torch.rand(2, 2)
    print(c.shape)
    d = c.squeeze(0)
    print(d.shape)
    a = torch.ones(4, 3, 2)
    b = torch.rand(3)  # trying to multiply a * b will give a runtime error
    c = b.unsqueeze(1)  # change to a 2-dimensional tensor, adding new dim at the end
    print(c.shape)
    print(a * c)  # broadcasting works again!
    batch_me = torch.rand(3, 226, 226)
    print(batch_me.shape)
    batch_me.unsqueeze_(0)
    print(batch_me.shape)
    output3d = torch.rand(6, 20, 20)
    print(output3d.shape)
    input1d = output3d.reshape(6 * 20 * 20)
    print(input1d.shape)
    # can also call it as a method on the torch module:
    print(torch.reshape(output3d, (6 * 20 * 20,)).shape)


# ----------------------------------------------------------------------------------------------
# introyt/autogradyt_tutorial.py (the plots and the autograd profiler's timing table left out;
# the notebook cells' last values, which the .py does not print, are printed)

@program
def introyt_autograd():
    torch.manual_seed(0)
    a = torch.linspace(0., 2. * math.pi, steps=25, requires_grad=True)
    print(a)
    b = torch.sin(a)
    print(b)
    c = 2 * b
    print(c)
    d = c + 1
    print(d)
    out = d.sum()
    print(out)
    print('d:')
    print(d.grad_fn)
    print(d.grad_fn.next_functions)
    print(d.grad_fn.next_functions[0][0].next_functions)
    print(d.grad_fn.next_functions[0][0].next_functions[0][0].next_functions)
    print(d.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0].next_functions)
    print('\nc:')
    print(c.grad_fn)
    print('\nb:')
    print(b.grad_fn)
    print('\na:')
    print(a.grad_fn)
    out.backward()
    print(a.grad)

    BATCH_SIZE = 16
    DIM_IN = 1000
    HIDDEN_SIZE = 100
    DIM_OUT = 10

    class TinyModel(torch.nn.Module):
        def __init__(self):
            super(TinyModel, self).__init__()
            self.layer1 = torch.nn.Linear(1000, 100)
            self.relu = torch.nn.ReLU()
            self.layer2 = torch.nn.Linear(100, 10)

        def forward(self, x):
            x = self.layer1(x)
            x = self.relu(x)
            x = self.layer2(x)
            return x

    some_input = torch.randn(BATCH_SIZE, DIM_IN, requires_grad=False)
    ideal_output = torch.randn(BATCH_SIZE, DIM_OUT, requires_grad=False)
    model = TinyModel()
    print(model.layer2.weight[0][0:10])  # just a small slice
    print(model.layer2.weight.grad)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.001)
    prediction = model(some_input)
    loss = (ideal_output - prediction).pow(2).sum()
    print(loss)
    loss.backward()
    print(model.layer2.weight[0][0:10])
    print(model.layer2.weight.grad[0][0:10])
    optimizer.step()
    print(model.layer2.weight[0][0:10])
    print(model.layer2.weight.grad[0][0:10])
    print(model.layer2.weight.grad[0][0:10])
    for i in range(0, 5):
        prediction = model(some_input)
        loss = (ideal_output - prediction).pow(2).sum()
        loss.backward()
    print(model.layer2.weight.grad[0][0:10])
    optimizer.zero_grad()
    print(model.layer2.weight.grad[0][0:10])

    a = torch.ones(2, 3, requires_grad=True)
    print(a)
    b1 = 2 * a
    print(b1)
    a.requires_grad = False
    b2 = 2 * a
    print(b2)

    a = torch.ones(2, 3, requires_grad=True) * 2
    b = torch.ones(2, 3, requires_grad=True) * 3
    c1 = a + b
    print(c1)
    with torch.no_grad():
        c2 = a + b
    print(c2)
    c3 = a * b
    print(c3)

    def add_tensors1(x, y):
        return x + y

    @torch.no_grad()
    def add_tensors2(x, y):
        return x + y

    a = torch.ones(2, 3, requires_grad=True) * 2
    b = torch.ones(2, 3, requires_grad=True) * 3
    c1 = add_tensors1(a, b)
    print(c1)
    c2 = add_tensors2(a, b)
    print(c2)

    x = torch.rand(5, requires_grad=True)
    y = x.detach()
    print(x)
    print(y)
    # the cell the tutorial says throws
    try:
        a = torch.linspace(0., 2. * math.pi, steps=25, requires_grad=True)
        torch.sin_(a)
    except RuntimeError as e:
        print("RuntimeError:", e)

    x = torch.randn(3, requires_grad=True)
    y = x * 2
    while y.data.norm() < 1000:
        y = y * 2
    print(y)
    v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)  # stand-in for gradients
    y.backward(v)
    print(x.grad)

    def exp_adder(x, y):
        return 2 * x.exp() + 3 * y

    inputs = (torch.rand(1), torch.rand(1))  # arguments for the function
    print(inputs)
    print(torch.autograd.functional.jacobian(exp_adder, inputs))
    inputs = (torch.rand(3), torch.rand(3))  # arguments for the function
    print(inputs)
    print(torch.autograd.functional.jacobian(exp_adder, inputs))

    def do_some_doubling(x):
        y = x * 2
        while y.data.norm() < 1000:
            y = y * 2
        return y

    inputs = torch.randn(3)
    my_gradients = torch.tensor([0.1, 1.0, 0.0001])
    print(torch.autograd.functional.vjp(do_some_doubling, inputs, v=my_gradients))
    # (not in the tutorial) the other functions its text names, on small functions
    print(torch.autograd.functional.jvp(do_some_doubling, inputs, v=my_gradients))
    f = lambda x: (x.pow(3) * x.sin()).sum()
    x = torch.randn(3)
    print(torch.autograd.functional.hessian(f, x))
    print(torch.autograd.functional.vhp(f, x, my_gradients))
    print(torch.autograd.functional.hvp(f, x, my_gradients))
    print(torch.autograd.functional.hessian(lambda x, y: (x * y.exp()).sum(), (x, x + 1)))


# ----------------------------------------------------------------------------------------------
# introyt/modelsyt_tutorial.py (LeNet and LSTMTagger are only defined there; they run in
# neural_networks and nlp_sequence_models)

@program
def introyt_models():
    import warnings
    warnings.simplefilter("ignore")  # Softmax's implicit dim warns on stderr
    torch.manual_seed(0)

    class TinyModel(torch.nn.Module):
        def __init__(self):
            super(TinyModel, self).__init__()
            self.linear1 = torch.nn.Linear(100, 200)
            self.activation = torch.nn.ReLU()
            self.linear2 = torch.nn.Linear(200, 10)
            self.softmax = torch.nn.Softmax()

        def forward(self, x):
            x = self.linear1(x)
            x = self.activation(x)
            x = self.linear2(x)
            x = self.softmax(x)
            return x

    tinymodel = TinyModel()
    print('The model:')
    print(tinymodel)
    print('\n\nJust one layer:')
    print(tinymodel.linear2)
    print('\n\nModel params:')
    for param in tinymodel.parameters():
        print(param)
    print('\n\nLayer params:')
    for param in tinymodel.linear2.parameters():
        print(param)
    # (not in the tutorial) the model run once, through Softmax's implicit dim
    print(tinymodel(torch.rand(2, 100)).sum(dim=1))
    print(tinymodel(torch.rand(100)).sum())

    lin = torch.nn.Linear(3, 2)
    x = torch.rand(1, 3)
    print('Input:')
    print(x)
    print('\n\nWeight and Bias parameters:')
    for param in lin.parameters():
        print(param)
    y = lin(x)
    print('\n\nOutput:')
    print(y)

    my_tensor = torch.rand(1, 6, 6)
    print(my_tensor)
    maxpool_layer = torch.nn.MaxPool2d(3)
    print(maxpool_layer(my_tensor))

    my_tensor = torch.rand(1, 4, 4) * 20 + 5
    print(my_tensor)
    print(my_tensor.mean())
    norm_layer = torch.nn.BatchNorm1d(4)
    normed_tensor = norm_layer(my_tensor)
    print(normed_tensor)
    print(normed_tensor.mean())

    my_tensor = torch.rand(1, 4, 4)
    dropout = torch.nn.Dropout(p=0.4)
    print(dropout(my_tensor))
    print(dropout(my_tensor))


# ----------------------------------------------------------------------------------------------
# blitz/autograd_tutorial.py ("A Gentle Introduction to torch.autograd"; its resnet18 cells need
# torchvision's pretrained weights and print nothing, so they are left out)

@program
def blitz_autograd():
    torch.manual_seed(0)
    a = torch.tensor([2., 3.], requires_grad=True)
    b = torch.tensor([6., 4.], requires_grad=True)
    Q = 3*a**3 - b**2
    external_grad = torch.tensor([1., 1.])
    Q.backward(gradient=external_grad)
    # check if collected gradients are correct
    print(9*a**2 == a.grad)
    print(-2*b == b.grad)
    x = torch.rand(5, 5)
    y = torch.rand(5, 5)
    z = torch.rand((5, 5), requires_grad=True)
    a = x + y
    print(f"Does `a` require gradients?: {a.requires_grad}")
    b = x + z
    print(f"Does `b` require gradients?: {b.requires_grad}")
    # (not in the tutorial) the graph behind Q
    print(Q, Q.grad_fn.next_functions)


# ----------------------------------------------------------------------------------------------
# not a tutorial: the API the ports above needed, with its edge cases and errors

@program
def tutorial_gaps():
    torch.manual_seed(0)

    def err(f):
        try:
            print(f())
        except (RuntimeError, TypeError, ValueError, IndexError) as e:
            print(type(e).__name__ + ":", e)

    # legacy constructors
    print(torch.LongTensor([1.5, -2.7]), torch.LongTensor([[1, 2], [3, 4]]))
    print(torch.FloatTensor([1, 2]), torch.DoubleTensor([1]), torch.IntTensor([]), torch.BoolTensor([0, 2]))
    print(torch.Tensor([0]), torch.Tensor(2, 3).shape, torch.LongTensor(3).shape, torch.LongTensor())
    print(torch.Tensor(torch.tensor([1])))
    err(lambda: torch.LongTensor(2.5))
    err(lambda: torch.LongTensor(True))
    err(lambda: torch.LongTensor(torch.tensor([1.])))
    # iteration
    x = torch.arange(6.).view(3, 2).requires_grad_()
    for row in x:
        print(row)
    print([r.sum().item() for r in torch.arange(6).view(2, 3)])
    err(lambda: iter(torch.tensor(1.)))
    err(lambda: torch.optim.SGD(torch.ones(2), lr=0.1))
    # lists
    print(torch.cat([torch.ones(1, 2), torch.zeros(2, 2)]), torch.stack([torch.ones(2), torch.zeros(2)]))
    # in-place views
    a = torch.ones(2, 3, requires_grad=True)
    err(lambda: a.unsqueeze_(0))
    b = a * 2
    v0 = b._version
    print(b.unsqueeze_(0).shape, b.grad_fn, b._version - v0)
    print(b.squeeze_().shape, b.grad_fn)
    print(b.unsqueeze_(1).squeeze_(1).shape, b.grad_fn)
    print(b.t_().shape, b.grad_fn, b.is_contiguous())
    print(b.transpose_(0, 1).shape, b.grad_fn)
    b.sum().backward()
    print(a.grad)
    err(lambda: torch.ones(2, 3, 4).t_())
    c = torch.arange(6).view(2, 3)
    print(c.swapdims_(0, 1), c.swapaxes_(0, 1))
    # torch.f_ in-place forms
    t = torch.tensor([0.25, 1.0, 4.0])
    print(torch.sqrt_(t), t, torch.exp_(torch.zeros(2)), torch.relu_(torch.tensor([-1., 2.])))
    print(torch.sigmoid_(torch.zeros(2)), torch.neg_(torch.ones(2)), torch.square_(torch.tensor([3.])))
    # out= factories
    o = torch.empty(3)
    torch.manual_seed(5)
    print(torch.rand(2, 2, out=o) is o, o)
    torch.manual_seed(5)
    print(torch.rand(2, 2))
    print(torch.randn(3, out=torch.empty(3, dtype=torch.float64)))
    print(torch.zeros(2, out=torch.ones(2, dtype=torch.long)), torch.ones(1, 2, out=torch.zeros(3)))
    err(lambda: torch.rand(2, out=torch.empty(2, dtype=torch.long)))
    # requires_grad forms
    print(torch.rand(2, requires_grad=True), torch.zeros(2, requires_grad=True), torch.ones(1, requires_grad=True))
    print(torch.tensor([1., 2.], requires_grad=True))
    err(lambda: torch.tensor([1, 2], requires_grad=True))
    # Python scalars on the left: the tensor is the first input of mul/add
    w = torch.ones(2, requires_grad=True) * 1
    print((2 * w).grad_fn.next_functions, (2.5 + w).grad_fn.next_functions)
    # batch norm's contiguous CPU path, training and eval, with running stats
    torch.manual_seed(3)
    bn = nn.BatchNorm2d(3)
    xb = torch.randn(4, 3, 5, 5) * 3 + 1
    y = bn(xb)
    print(y[0, :, 0], y.mean(), bn.running_mean, bn.running_var)
    y = bn(xb * 2)
    print(bn.running_mean, bn.running_var)
    bn.eval()
    print(bn(xb)[1, :, 1])
    bn1 = nn.BatchNorm1d(2, affine=False)
    print(bn1(torch.randn(3, 2, 4))[0], bn1.running_var)
    xb64 = torch.randn(2, 2, 3, dtype=torch.float64)
    print(nn.BatchNorm1d(2, dtype=torch.float64)(xb64))
    # torch.autograd.functional on small functions
    from torch.autograd.functional import jacobian, hessian, vjp, jvp, vhp, hvp
    xs = torch.tensor([0.5, -1.0, 2.0])
    print(jacobian(lambda x: x.pow(2).cumsum(0), xs))
    print(jacobian(lambda x: torch.ones(2), xs))
    print(jacobian(lambda x, y: x * y.sum(), (xs, xs[:2])))
    print(hessian(lambda x: x.pow(3).sum(), xs))
    print(vjp(lambda x: x.exp().sum(), xs))
    print(jvp(lambda x: x * 3, torch.tensor([2.])))
    err(lambda: vjp(lambda x: x * 2, xs))
    err(lambda: vjp(lambda x: x * 2, xs, torch.ones(2)))
    err(lambda: jvp(lambda x: x * 2, xs))
    err(lambda: hessian(lambda x: x * 2, xs))
    err(lambda: vhp(lambda x: x * 2, xs, xs))
    print(hvp(lambda x: (x.sin() * x).sum(), xs, torch.ones(3)))
    # implicit-dim F.softmax / F.log_softmax (older tutorials), warning aside
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(F.log_softmax(torch.tensor([[1., 2.], [3., 5.]])), F.softmax(torch.tensor([1., 2., 3.])))
        print(F.softmax(torch.ones(2, 2, 2)).sum(0))
    # full backward hooks: their errors, and a module called on an input that needs no grad
    lin = nn.Linear(2, 2)
    h = lin.register_full_backward_hook(lambda m, gi, go: (gi[0], gi[0]))
    err(lambda: lin(torch.ones(1, 2, requires_grad=True)).sum().backward())
    h.remove()
    lin.register_full_backward_hook(lambda m, gi, go: print("no input grad:", gi, go) or (torch.ones(1, 2),))
    err(lambda: lin(torch.ones(1, 2)).sum().backward())
    lin2 = nn.Linear(2, 1)
    lin2.register_full_backward_hook(lambda m, gi, go: print("hook:", gi, go))
    y = lin2(torch.ones(1, 2))
    print(y.grad_fn)
    y.sum().backward()
    print(lin2.weight.grad)


# ----------------------------------------------------------------------------------------------
# former_torchies/nnft_tutorial.py ("nn package"); its deprecated register_backward_hook is
# register_full_backward_hook here (what PyTorch's warning recommends; for conv2 the printed
# grad_input[0] and grad_output[0] are the same)

@program
def torchies_nn():
    torch.manual_seed(0)

    class MNISTConvNet(nn.Module):
        def __init__(self):
            super(MNISTConvNet, self).__init__()
            self.conv1 = nn.Conv2d(1, 10, 5)
            self.pool1 = nn.MaxPool2d(2, 2)
            self.conv2 = nn.Conv2d(10, 20, 5)
            self.pool2 = nn.MaxPool2d(2, 2)
            self.fc1 = nn.Linear(320, 50)
            self.fc2 = nn.Linear(50, 10)

        def forward(self, input):
            x = self.pool1(F.relu(self.conv1(input)))
            x = self.pool2(F.relu(self.conv2(x)))
            x = x.flatten(start_dim=1)
            x = F.relu(self.fc1(x))
            x = F.relu(self.fc2(x))
            return x

    net = MNISTConvNet()
    print(net)
    input = torch.randn(1, 1, 28, 28)
    out = net(input)
    print(out.size())
    target = torch.tensor([3], dtype=torch.long)
    loss_fn = nn.CrossEntropyLoss()  # LogSoftmax + ClassNLL Loss
    err = loss_fn(out, target)
    err.backward()
    print(err)
    print(net.conv1.weight.grad.size())
    print(net.conv1.weight.data.norm())  # norm of the weight
    print(net.conv1.weight.grad.data.norm())  # norm of the gradients

    def printnorm(self, input, output):
        print('Inside ' + self.__class__.__name__ + ' forward')
        print('')
        print('input: ', type(input))
        print('input[0]: ', type(input[0]))
        print('output: ', type(output))
        print('')
        print('input size:', input[0].size())
        print('output size:', output.data.size())
        print('output norm:', output.data.norm())

    net.conv2.register_forward_hook(printnorm)
    out = net(input)

    def printgradnorm(self, grad_input, grad_output):
        print('Inside ' + self.__class__.__name__ + ' backward')
        print('Inside class:' + self.__class__.__name__)
        print('')
        print('grad_input: ', type(grad_input))
        print('grad_input[0]: ', type(grad_input[0]))
        print('grad_output: ', type(grad_output))
        print('grad_output[0]: ', type(grad_output[0]))
        print('')
        print('grad_input size:', grad_input[0].size())
        print('grad_output size:', grad_output[0].size())
        print('grad_input norm:', grad_input[0].norm())

    net.conv2.register_full_backward_hook(printgradnorm)
    out = net(input)
    err = loss_fn(out, target)
    err.backward()
    # (not in the tutorial) what the hooks wrap, and a hook that rescales grad_input
    print(out.grad_fn, net.conv1(input).grad_fn)
    net.fc2.register_full_backward_hook(lambda m, gi, go: (gi[0] * 0,))
    net.zero_grad()
    loss_fn(net(input), target).backward()
    print(net.fc1.weight.grad.abs().sum(), net.fc2.weight.grad.abs().sum() > 0)

    class RNN(nn.Module):
        def __init__(self, data_size, hidden_size, output_size):
            super(RNN, self).__init__()
            self.hidden_size = hidden_size
            input_size = data_size + hidden_size
            self.i2h = nn.Linear(input_size, hidden_size)
            self.h2o = nn.Linear(hidden_size, output_size)

        def forward(self, data, last_hidden):
            input = torch.cat((data, last_hidden), 1)
            hidden = self.i2h(input)
            output = self.h2o(hidden)
            return hidden, output

    rnn = RNN(50, 20, 10)
    loss_fn = nn.MSELoss()
    batch_size = 10
    TIMESTEPS = 5
    batch = torch.randn(batch_size, 50)
    hidden = torch.zeros(batch_size, 20)
    target = torch.zeros(batch_size, 10)
    loss = 0
    for t in range(TIMESTEPS):
        hidden, output = rnn(batch, hidden)
        loss += loss_fn(output, target)
    loss.backward()
    # (not in the tutorial) the loss and a gradient
    print(loss, rnn.i2h.weight.grad.norm())


# ----------------------------------------------------------------------------------------------

ADDRESS = re.compile(r"<(?:\w+\.)*(\w+) object at 0x[0-9a-f]+>")


def record_transcripts(names):
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            PROGRAMS[name]()
        text = ADDRESS.sub(r"\1", buf.getvalue())
        with open(os.path.join(OUT, name + ".txt"), "w") as f:
            f.write(text)
        print(f"{name}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    record_transcripts(sys.argv[1:] or list(PROGRAMS))
